"""Events of a release: type, date, place, participants, parties and countries.

One event per release, except "met separately with A ... and B" / "held a separate
video call with B", which give one event per counterpart, each repeating the CPC side.
"""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.contact_days import later_stated_day, lead_stated_date, met_on
from parsers.counterpart import counterpart_party
from parsers.dateline import SENTENCE_END_RE, Dateline, resolve_day
from parsers.page_date import page_date_line
from parsers.event_countries import event_countries, supranational as _supranational
from parsers.event_dates import (body_date, ended_range_start, event_weekday, range_start, starts_ahead, stated_date, stated_weekday,
                                 weekday_range_start)
from parsers.envoy_posts import envoy_call, envoy_post
from parsers.event_type import classify, framed_contact
from parsers.remote_told import remote_told
from parsers.in_china import guests_in_china
from parsers.event_place import IN_CITY_RE as _IN_CITY_RE, MET_IN_CITY_RE as _MET_IN_CITY_RE
from parsers.event_place import city_country_of as _city_country, delegation_abroad, first_sentence_text as _first_sentence_text
from parsers.event_place import contact_sentences, foreign_place, host_premises, meeting_venue, toured_countries, visit_in_china as _visit_in_china
from parsers.event_place import visited_country as _visited_country
from parsers.gazetteer import find_countries
from parsers.headline_people import headline_people
from parsers.model import Document, Event, Participant, Party
from parsers.participants import era_party, resolve_participants, ruling_party
from parsers.party_spans import party_spans
from parsers.party_unify import add_party
from parsers.remarks_frame import REMARKS_FRAME_RE
from parsers.people import find_people
from parsers.lead_zone import CONTACT_WORD_RE, zone_end
from parsers.listed_countries import addressee_countries, listed_countries
from parsers.taking_part import list_lines, taking_part
from parsers.trip_hosts import invitation_clauses

__all__ = ["build_events"]

_SUPRA_TITLE_RE = re.compile(r"\bUnited Nations\b|\bUN\b|\bEuropean\b|\bInternational\b|\bWorld\b|\bAfrican Union\b")
_AND_OF_RE = re.compile(r"\band\s+(?:(?:(?:[A-Z][\w\-]*|[Vv]ice|[Dd]eputy)\s+){0,3}of\s+(?:the\s+)?|its\s+(?:[\w\-]+\s+){1,3})$")   # "and Chairman of the B", "and its partner B"
_SEPARATE_RE = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)
_AND_COUNTERPART_RE = re.compile(
    r"(?:,\s*|\s+)and\s+(?:with\s+)?(?:(?:a|the)\s+(?:delegation|group)\b|(?=[A-Z][\w\-]+\s+[A-Z]))")


def _cpc_filter(code: str | None) -> bool:
    return bool(code) and code != "CN"


def build_events(doc: Document, dl: Dateline, lead: str, body: str, lead_start: int) -> tuple[Event, ...]:
    """`body` is the text the extractors read (dateline blanked); `lead` is its first paragraph."""
    published = doc.published_date
    city = dl.city
    ccountry = _city_country(city) or dl.country
    met_in = _MET_IN_CITY_RE.search(_first_sentence_text(lead))
    # no dateline: "held discussions in Washington Wednesday", "In Beijing on July 4th, ..." still place the event
    lead_place = (_IN_CITY_RE.match(lead) or met_in) if city is None else None
    if city is None:
        ccountry = _city_country(lead_place.group(1)) if lead_place else None
    # "MOSCOW, October 12. /TASS/. X held talks in Beijing on October 11 with ...": the talks' city, not the filing one
    talks_at = met_in if city and met_in and ccountry and _city_country(met_in.group(1)) not in (None, ccountry) else None
    if talks_at:
        ccountry = _city_country(talks_at.group(1))
    abroad = None if ccountry is None else ccountry != "CN"
    first_text = contact_sentences(lead, lead[:_first_sentence_end(lead, 0, len(lead))])
    place = foreign_place(first_text) if abroad is None else None
    if abroad is None and not place and (away := delegation_abroad(doc.title, body)):
        abroad, place = True, (away if away[1] else None)     # "The CPC delegation ... arrived in Lima"
    following = body[lead_start + len(lead):].lstrip("\n").split("\n")
    second = "\n".join(following[:2])     # the next two paragraphs
    if abroad is None and not place and (venue := meeting_venue(lead + "\n" + second)):
        abroad, ccountry = venue[1] != "CN", venue[1]
        place = venue if abroad else None
    if abroad is None and not place and second:
        # "Greek PM X met with Liu ... on April 27." then "... met with Liu, who is heading a
        # delegation on a visit to Athens": the next paragraph's contact sentence places it
        nxt = _first_sentence_text(second.split("\n")[0])
        place = foreign_place(nxt) if CONTACT_WORD_RE.search(nxt) else None
    if abroad is None and not place and (host := host_premises(lead + "\n" + "\n".join(following[:4])))[0]:
        # "met with X at the JVP head office", "at State House": the foreign host's own premises
        abroad, place = True, ((None, host[1]) if host[1] else None)
    if place:
        # no dateline or an unknown dateline city, but the lead puts the CPC side abroad
        # ("was in Laos", "during his visit to Mongolia", "in Vientiane on May 4th")
        abroad, ccountry = True, place[1]
    # the type may come from the occasion of remarks told a few paragraphs down
    more = "\n".join(following[:4])
    etype, modality = remote_told(*classify(doc.title, lead, abroad, more), _first_sentence_text(lead), lead, more)
    if etype == "visit" and abroad is not True and _visit_in_china(lead):
        # "visited the Lao president in Kunming", "a delegation of party officials from Mexico
        # visited Fujian": a contact on Chinese soil is a meeting; visits are CPC trips abroad.
        etype = "meeting"
    two = (SENTENCE_END_RE.split(lead) + [SENTENCE_END_RE.split(following[0])[0] if following else ""])[:2]
    guests_cn = etype == "visit" and abroad is True and guests_in_china(" ".join(two))
    if guests_cn:
        etype = "meeting"   # a foreign agency's copy of a contact in China ("following talks ... in Beijing on Dec. 6")

    if etype != "other" and starts_ahead(_first_sentence_text(lead), published):
        etype, modality = "other", None     # the first sentence's range opens after publication: announced
    day = resolve_day(dl.month, dl.day, published) if dl.month and dl.day else None
    if etype != "other":
        # with a dateline day, only the first sentence's date is the event's: a later "The
        # delegation visited Beijing and Zhejiang from September 15th to 20th" is the guests' stay
        stated = lead_stated_date(lead, second, published, day)
        if stated and (day is None or abs((day - stated).days) <= 62):
            day = met_on(lead, second, published, stated) if etype == "meeting" else stated
        elif not stated:
            day = stated_weekday(lead, day or published) or day
        if etype == "visit" and not stated and not (dl.day and event_weekday(_first_sentence_text(lead))):
            # "The delegation ... visited Kenya from Tuesday to Friday" (lead or next paragraph); not over a
            # dated lead's "on Thursday received" (the next paragraph's "from 12 to 15 September" is the stay)
            anchor = resolve_day(dl.month, dl.day, published) if dl.month and dl.day else published
            day = (range_start(second.split("\n")[0], published)
                   or weekday_range_start(lead + "\n" + second, anchor, stated_weekday(lead, anchor)) or day)
            if day is None:     # "The delegation ... ended a three-day visit to Bangladesh on Wednesday."
                day = stated_weekday(_first_sentence_text(second.split("\n")[0]), published)
        if day is None and not stated:     # the lead has no date: the next paragraph may
            nxt = body.find("\n", lead_start + len(lead) + 1)
            nxt_par = body[lead_start + len(lead):nxt if nxt > 0 else len(body)]
            # "..., said Wang, in a meeting with ... on Thursday": the paragraph telling the contact
            day = body_date(nxt_par, published) or stated_weekday(nxt_par, published)
            if day is None and (frame := REMARKS_FRAME_RE.search(more)):
                # "She made the remarks during a meeting with ... in Beijing on Thursday"
                stop = more.find("\n", frame.end())
                day = stated_weekday(more[frame.start():stop if stop >= 0 else len(more)], published)
            if day is None:
                day = later_stated_day(lead + "\n" + second, published)
    if day is None and etype == "other":
        # an undated dateline over a news conference "on Thursday, Jan. 15": the day the lead states
        day = stated_date(_first_sentence_text(lead), published)
    if day is None:     # "October 18th, 2023" on its own line above "BEIJING – ...": the copy's own day
        day = page_date_line(body[:lead_start], published, body[lead_start:])
    day = published if day is None else ended_range_start(lead, body[lead_start:], day) if etype != "other" else day

    loc_city = loc_country = None
    if modality == "in_person":
        loc_city, loc_country = talks_at.group(1) if talks_at else city, ccountry
        if lead_place and _city_country(lead_place.group(1)):
            loc_city, loc_country = lead_place.group(1), _city_country(lead_place.group(1))
        if city is None and place:
            loc_city, loc_country = place
        if guests_cn:
            loc_city, loc_country = None, "CN"
        if etype == "visit" and loc_country in (None, "CN"):
            loc_country = loc_country or _visited_country(lead)
        elif etype == "visit" and city and (vc := _visited_country(first_text)) and vc != loc_country:
            # "SUVA, May 27 (Xinhua) -- ... led a CPC delegation to visit Vanuatu": a regional
            # bureau's dateline; the country visited is the host
            loc_city, loc_country = None, vc

    cmentions = find_countries(body)
    spans = party_spans(body, cmentions, ccountry if city else None)
    mentions = find_people(body, _is_official, lead_end=zone_end(body, lead_start + len(lead)),
                           lead_par_end=lead_start + len(lead),
                           # the lead's speakers made the remarks at the contact told further down
                           # (at a conference the titled speakers quoted are its speakers)
                           senders="speakers" if etype == "conference"
                           else etype == "message" or etype != "other" and framed_contact(lead, more), announcement=etype == "other")
    mentions += headline_people(doc.title, body, mentions)      # named in full only in the headline
    people = resolve_participants(mentions, spans, body, published, abroad=abroad is True or etype == "visit")
    if etype == "visit" and loc_country is None and modality == "in_person":
        loc_country = envoy_post([p.title for _, p, _ in people if p.side == "cpc"])
    if etype == "visit" and loc_country and loc_country != "CN":
        # hosts of a CPC delegation abroad without a party or a country are of the host country
        people = [(m, p if p.side == "cpc" or p.country_code or p.party or _SUPRA_TITLE_RE.search(p.title or "")
                   else replace(p, country_code=loc_country), party) for m, p, party in people]
    if etype == "visit" and envoy_call([p.title for _, p, _ in people if p.side == "cpc"], first_text + "\n" + second.split("\n")[0]):
        # a Chinese envoy's own call on a party in his host country: no delegation travelled
        etype = "meeting"
    written = tuple(s.party for s in spans)
    people = [(m, p, party) if p.side == "cpc" or (ruled := ruling_party(party, p.country_code, p.title, written)) is party
              else (m, replace(p, party=ruled.name), ruled) for m, p, party in people]
    spans = [s if (ruled := era_party(ruling_party(s.party, s.party.country_code, None), published)) is s.party
             else replace(s, party=ruled) for s in spans]
    lead_end = lead_start + len(lead)
    first_end = _first_sentence_end(body, lead_start, lead_end)

    # parties taking part: foreign participants', and the lead sentence's (delegation's, addressee's, inviter's)
    # (not those the CPC side is only "ready to work with": "... is ready to work with the A, the B and other parties")
    extra_parties = [s for s in spans if lead_start <= s.start < first_end and not _NOT_JOINING_RE.search(body, lead_start, s.start)]
    if etype in ("message",):
        extra_parties += [s for s in spans if lead_start <= s.start < lead_end]
        if not extra_parties:   # "... sent a message of condolence to Vietnam"; the addressee's party follows
            nxt = body.find("\n", lead_end + 1)
            extra_parties = [s for s in spans if lead_end <= s.start < (nxt if nxt > 0 else len(body))]
        # a roundup's list of senders, one per line ("The Political Bureau of the Iraqi Communist Party;")
        extra_parties += [s for s in spans if any(a <= s.start < b for a, b in list_lines(body, lead_start))]
    # parties shown taking part elsewhere: representatives' lists, dialogue partners, ...
    extra_parties += taking_part(body, spans, etype)
    if etype == "conference":   # the umbrella body holding it: "a special conference of the ICAPP"
        second_end = body.find("\n", lead_end + 1)
        extra_parties += [s for s in spans if lead_start <= s.start < (second_end if second_end > 0 else len(body))
                          and s.party.country_code is None and _supranational(s.party.name)]
    listed = listed_countries(body, spans)
    if etype == "visit":    # a tour: "led a CPC delegation to visit Kenya, Uganda and Rwanda"
        listed |= toured_countries(body[lead_start:first_end])
        if re.search(r"\bthe\s+(?:two|three|four|five|six|seven)\s+countries\b", body[lead_start:first_end]):
            # "... to visit the three countries": the headline names them
            listed |= {c.code for c in find_countries(doc.title) if c.code != "CN"}
    if etype == "message":
        # a country inside a party's name ("Sudan People Liberation Movement") is the party's own business
        listed |= addressee_countries(body, lead_start, first_end,
                                      [c for c in cmentions if not any(x.start <= c.start < x.end for x in spans)])
    if etype == "other" and (vc := _visited_country(first_text)):
        listed.add(vc)      # an announced trip: "will undertake a tour of Bangladesh"
    if etype in ("visit", "other"):     # the hosts: "at the invitation of ... the government of Tonga"
        clauses = invitation_clauses(body, trip=etype == "visit")
        listed |= {c.code for c in cmentions if c.code != "CN" and any(a <= c.start < b for a, b in clauses)
                   and not any(x.start <= c.start < x.end for x in spans)}    # (not "Guinea" in a party's name)

    zone_stop = zone_end(body, lead_end)
    segments = _segments(body, lead_start, zone_stop, people)
    events = []
    for seq, (a, b) in enumerate(segments):
        def inside(pos: int) -> bool:
            return a <= pos < b
        parts: list[Participant] = []
        for m, p, _ in people:
            if p.side == "cpc" or len(segments) == 1 or inside(m.start) or (not _in_any(m.start, segments) and seq == 0):
                parts.append(p)
        parties: list[Party] = []
        for m, p, party in people:
            if p.side == "foreign" and party is not None and p in parts:
                add_party(parties, party)
            if p.side == "foreign" and p in parts:   # "president of the PRI and of the COPPPAL": both bodies
                for s in spans:
                    if m.start <= s.start < m.end and _AND_OF_RE.search(body, max(0, s.start - 60), s.start):
                        add_party(parties, s.party)
        for s in extra_parties:
            if len(segments) == 1 or inside(s.start):
                add_party(parties, s.party)
        if not parties and len(segments) == 1 and etype in ("meeting", "visit", "call"):
            parties = counterpart_party(body, spans, parts)
        if etype == "visit" and loc_country not in (None, "CN"):
            # a party met on a visit abroad, of no known country, is of the host country
            parties = [x if x.country_code or _supranational(x.name) else replace(x, country_code=loc_country)
                       for x in parties]
        countries = event_countries(etype, loc_country, city, parts, parties, listed if seq == 0 else set(),
                                    body[lead_start:first_end], doc.title, lead)
        events.append(Event(seq=seq, event_type=etype, modality=modality, event_date=day,
                            location_city=loc_city, location_country=loc_country,
                            participants=tuple(_unique(parts)), parties=tuple(parties), countries=countries))
    return tuple(events)


def _unique(parts: list[Participant]) -> list[Participant]:
    seen, out = set(), []
    for p in parts:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out


def _in_any(pos: int, segments: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in segments)


def _segments(body: str, lead_start: int, lead_end: int, people) -> list[tuple[int, int]]:
    """Offsets of each counterpart's part of the lead ("met separately with ...")."""
    lead = body[lead_start:lead_end]
    foreign = [m.start for m, p, _ in people if p.side == "foreign" and lead_start <= m.start < lead_end]
    cuts: list[int] = []
    for sm in _SEPARATE_RE.finditer(lead):
        pos = lead_start + sm.start()
        if any(f < pos for f in foreign):
            cuts.append(pos)
        else:  # "met separately ... with a delegation of A led by X, and a delegation of B ..."
            sent_end = lead.find(". ", sm.end())
            sent_end = len(lead) if sent_end < 0 else sent_end
            for am in _AND_COUNTERPART_RE.finditer(lead, sm.end(), sent_end):
                cut = lead_start + am.start()
                if any(f < cut for f in foreign) and any(f > cut for f in foreign):
                    cuts.append(cut)
    cuts = sorted(set(cuts))
    bounds = [lead_start] + cuts + [lead_end]
    segs = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    segs = [s for s in segs if any(s[0] <= f < s[1] for f in foreign)]
    if len(segs) <= 1:
        return [(0, len(body))]
    segs[0] = (0, segs[0][1])
    return segs


# a lead-sentence party that takes no part: one the CPC is only "ready to work with", or the party another is the
# partner of ("leader of Komeito, the junior coalition partner of Prime Minister X's Y Party")
_NOT_JOINING_RE = re.compile(r"\b(?:is|are)\s+(?:ready|willing|prepared)\s+to\s+(?:work|cooperate)\s+with\s+[^.;]*$"
                             r"|\b(?:coalition\s+)?partner\s+of\s+[^.;,]{0,60}$|\b(?:coalition|alliance)\s+(?:led|headed)\s+by\s+(?:the\s+)?$")


def _first_sentence_end(body: str, start: int, end: int) -> int:
    m = SENTENCE_END_RE.search(body, start, end)
    return m.start() if m else end


def _is_official(name: str) -> bool:
    from parsers.officials import is_cpc_official
    try:
        return is_cpc_official(name)
    except Exception:
        return False

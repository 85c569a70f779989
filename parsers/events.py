"""Events of a release: type, date, place, participants, parties and countries.

One event per release, except "met separately with A ... and B" / "held a separate
video call with B", which give one event per counterpart, each repeating the CPC side.
"""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.dateline import Dateline, resolve_day, stated_date, stated_weekday
from parsers.event_type import classify
from parsers.gazetteer import city_country, country_code, find_countries
from parsers.model import Document, Event, Participant, Party
from parsers.participants import resolve_participants
from parsers.parties import SUPRANATIONAL
from parsers.party_spans import party_spans
from parsers.people import find_people
from parsers.taking_part import taking_part

__all__ = ["build_events"]

_SUPRA_TITLE_RE = re.compile(r"\bUnited Nations\b|\bUN\b|\bEuropean\b|\bInternational\b|\bWorld\b|\bAfrican Union\b")
_SUPRA_PARTY_RE = re.compile(r"\bInternational\b|\bEuropean\b|\bEurope\b|\bForum\b|^Group of\b|\bGroup\b|"
                             r"\bAfrican Union\b|\bPermanent Conference\b")
_SEPARATE_RE = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)
_AND_COUNTERPART_RE = re.compile(
    r"(?:,\s*|\s+)and\s+(?:with\s+)?(?:(?:a|the)\s+(?:delegation|group)\b|(?=[A-Z][\w\-]+\s+[A-Z]))")
_IN_CITY_RE = re.compile(r"\s*In\s+([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2})\s*(?:,\s*|\s+)on\b")
# "Wang Jiarui ... met in Beijing Tuesday with ...": a Xinhua lead without a dateline.
_MET_IN_CITY_RE = re.compile(r"\b(?:met|received|held\s+(?:talks|discussions))\s+in\s+([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2}?)"
                             r"\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_LISTED_RE = re.compile(
    r"\bcountries\s*(?:and\s+regions\s*)?,?\s*(?:including|such\s+as|like|namely|among\s+them|from)\s+"
    r"(?P<list>[^.;]{3,400})", re.IGNORECASE)
# "representatives of major political parties of Kazakhstan, Kyrgyzstan and Tajikistan",
# "a delegation of 20 political party officials from Mexico, Panama and Costa Rica"
_PARTIES_OF_RE = re.compile(
    r"\b(?:political\s+parties|parties|delegations|representatives|leaders|politicians"
    r"|(?:political\s+)?party\s+(?:officials|cadres|members))\s+(?:of|from)\s+"
    r"(?P<list>(?:the\s+)?[A-Z][\w'\-]*(?:\s+(?:of\s+)?[A-Z][\w'\-]*)*"       # "Democratic People's Republic of Korea"
    r"(?:\s*(?:,|and|,\s*and)\s+(?:the\s+)?[A-Z][\w'\-]*(?:\s+(?:of\s+)?[A-Z][\w'\-]*)*)*)")
_FROM_LIST_RE = re.compile(
    r"\b(?:representatives?|delegations?|leaders?|participants?|guests?|heavyweights|officials|members)\s+"
    r"(?:of\s+[^.;]{0,60}?\s+)?from\s+(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)\s+(?:attended|took\s+part|participated|were\s+present|joined)",
)


def _cpc_filter(code: str | None) -> bool:
    return bool(code) and code != "CN"


def build_events(doc: Document, dl: Dateline, lead: str, body: str, lead_start: int) -> tuple[Event, ...]:
    """`body` is the text the extractors read (dateline blanked); `lead` is its first paragraph."""
    published = doc.published_date
    city = dl.city
    ccountry = _city_country(city)
    if city is None:    # no dateline: "held discussions in Washington Wednesday" still places the event
        im = _IN_CITY_RE.match(lead) or _MET_IN_CITY_RE.search(_first_sentence_text(lead))
        ccountry = _city_country(im.group(1)) if im else None
    abroad = None if ccountry is None else ccountry != "CN"
    etype, modality = classify(doc.title, lead, abroad)
    if etype == "visit" and abroad is not True and _visit_in_china(lead):
        # "visited the Lao president in Kunming", "a delegation of party officials from Mexico
        # visited Fujian": a contact on Chinese soil is a meeting; visits are CPC trips abroad.
        etype = "meeting"

    day = resolve_day(dl.month, dl.day, published) if dl.month and dl.day else None
    if etype != "other":
        stated = stated_date(lead, published)
        if stated and (day is None or abs((day - stated).days) <= 62):
            day = stated
        elif not stated:
            day = stated_weekday(lead, day or published) or day
    if day is None:
        day = published

    loc_city = loc_country = None
    if modality == "in_person":
        loc_city, loc_country = city, ccountry
        if city is None:    # no dateline: "In Beijing on July 4th, ..."
            im = _IN_CITY_RE.match(lead) or _MET_IN_CITY_RE.search(_first_sentence_text(lead))
            if im and _city_country(im.group(1)):
                loc_city, loc_country = im.group(1), _city_country(im.group(1))
        if etype == "visit" and loc_country in (None, "CN"):
            loc_country = loc_country or _visited_country(lead)

    cmentions = find_countries(body)
    spans = party_spans(body, cmentions)
    mentions = find_people(body, _is_official, lead_end=_zone_end(body, lead_start + len(lead)))
    people = resolve_participants(mentions, spans, body, published, abroad=abroad is True or etype == "visit")
    if etype == "visit" and loc_country and loc_country != "CN":
        # hosts of a CPC delegation abroad without a party or a country are of the host country
        people = [(m, p if p.side == "cpc" or p.country_code or p.party or _SUPRA_TITLE_RE.search(p.title or "")
                   else replace(p, country_code=loc_country), party) for m, p, party in people]
    lead_end = lead_start + len(lead)
    first_end = _first_sentence_end(body, lead_start, lead_end)

    # parties taking part: those of foreign participants, and those named in the lead sentence
    # (a delegation's party, an addressee's party, the inviting party).
    extra_parties = [s for s in spans if lead_start <= s.start < first_end]
    if etype in ("message",):
        extra_parties += [s for s in spans if lead_start <= s.start < lead_end]
        if not extra_parties:   # "... sent a message of condolence to Vietnam"; the addressee's party follows
            nxt = body.find("\n", lead_end + 1)
            extra_parties = [s for s in spans if lead_end <= s.start < (nxt if nxt > 0 else len(body))]
    # parties shown taking part elsewhere: representatives' lists, dialogue partners, ...
    extra_parties += taking_part(body, spans, etype)
    listed = _listed_countries(body)

    zone_end = _zone_end(body, lead_end)
    segments = _segments(body, lead_start, zone_end, people)
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
                _add_party(parties, party)
        for s in extra_parties:
            if len(segments) == 1 or inside(s.start):
                _add_party(parties, s.party)
        if etype == "visit" and loc_country not in (None, "CN"):
            # a party met on a visit abroad, of no known country, is of the host country
            parties = [x if x.country_code or _supranational(x.name) else replace(x, country_code=loc_country)
                       for x in parties]
        countries = {p.country_code for p in parts if p.side == "foreign"} | {x.country_code for x in parties}
        if seq == 0:
            countries |= listed
        if not any(_cpc_filter(c) for c in countries) and etype != "other" \
                and not any(_supranational(x.name) for x in parties):
            countries |= _fallback_country(etype, loc_country, body[lead_start:first_end])
        countries = tuple(sorted(c for c in countries if _cpc_filter(c)))
        events.append(Event(seq=seq, event_type=etype, modality=modality, event_date=day,
                            location_city=loc_city, location_country=loc_country,
                            participants=tuple(_unique(parts)), parties=tuple(parties), countries=countries))
    return tuple(events)


def _supranational(name: str) -> bool:
    return name in SUPRANATIONAL or bool(_SUPRA_PARTY_RE.search(name))


def _fallback_country(etype: str, loc_country: str | None, first: str) -> set[str]:
    """No foreign country found from people and parties: the host country of a visit abroad
    ("mourned the passing of ... in Hanoi"), else the one foreign country the lead sentence
    names ("Vice Minister at the METI of Japan", "Acting U.S. Secretary of State")."""
    if etype == "visit" and loc_country not in (None, "CN"):
        return {loc_country}
    codes = {c.code for c in find_countries(first) if c.code != "CN"}
    return codes if len(codes) == 1 else set()


def _unique(parts: list[Participant]) -> list[Participant]:
    seen, out = set(), []
    for p in parts:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out


def _add_party(parties: list[Party], party: Party) -> None:
    key = party.name.lower()
    for i, q in enumerate(parties):
        if q.name.lower() == key or (party.acronym and q.acronym == party.acronym):
            if q.acronym is None and party.acronym:
                parties[i] = Party(q.name, party.acronym, q.country_code or party.country_code)
            return
    parties.append(party)


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


def _zone_end(body: str, lead_end: int) -> int:
    """The lead plus the next two paragraphs when they still introduce counterparts ("He met separately ...")."""
    end = pos = lead_end
    for _ in range(3):
        if pos >= len(body):
            break
        nxt = body.find("\n", pos + 1)
        nxt = len(body) if nxt < 0 else nxt
        if re.search(r"\b(?:met|held|had)\b[^.]{0,40}\bseparate(?:ly)?\b|\bseparate(?:ly)?\s+(?:met|held)",
                     body[pos + 1:nxt]):
            end = nxt
        pos = nxt
    return end


def _first_sentence_end(body: str, start: int, end: int) -> int:
    m = re.compile(r"(?<=[a-z\)\]\u201d\"]{2}[.!?])\s+(?=[A-Z])").search(body, start, end)
    return m.start() if m else end


def _listed_countries(body: str) -> set[str]:
    out: set[str] = set()
    for rx in (_LISTED_RE, _FROM_LIST_RE, _PARTIES_OF_RE):
        for m in rx.finditer(body):
            for c in find_countries(m.group("list")):
                if c.kind == "name" and c.code != "CN":
                    out.add(c.code)
    return out


def _city_country(city: str | None) -> str | None:
    if not city:
        return None
    try:
        return city_country(city) or country_code(city)
    except Exception:
        return None


_CN_PLACE_RE = re.compile(r"\b(?:visit(?:ed|s|ing)?|visit\s+to|in)\s+([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?)")


def _visit_in_china(lead: str) -> bool:
    """The first sentence puts the visit in a Chinese province or city, and names no foreign destination."""
    from parsers.data.officials_table import CHINESE_PROVINCES
    first = _first_sentence_text(lead)
    if _visited_country(first):
        return False
    for m in _CN_PLACE_RE.finditer(first):
        place = m.group(1)
        if place in CHINESE_PROVINCES or place.split()[0] in CHINESE_PROVINCES or _city_country(place) == "CN":
            return True
    return False


def _visited_country(lead: str) -> str | None:
    m = re.search(r"\b(?:visit(?:ed|s|ing)?|visit\s+to|arrived\s+in)\s+((?:the\s+)?[A-Z][\w\-' ]{2,40})", lead)
    if m:
        for c in find_countries(m.group(1)):
            if c.code != "CN":
                return c.code
    return None


def _is_official(name: str) -> bool:
    from parsers.officials import is_cpc_official
    try:
        return is_cpc_official(name)
    except Exception:
        return False


def _first_sentence_text(lead: str) -> str:
    m = re.search(r"(?<=[a-z)]{2}[.])\s", lead)
    return lead[:m.start()] if m else lead

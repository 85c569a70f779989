"""Event type and modality from a release's title and lead sentence.

Types: meeting | visit | conference | call | message | other; modality: in_person |
video | phone | written, None exactly for `other`. Order of the rules matters:
announcements and press conferences first, then messages, remote contacts,
multilateral formats, CPC delegations abroad, and meetings last. A lead telling a plan or
a quote first is typed by its occasion (parsers.plan_first).
"""
from __future__ import annotations

import re

from parsers.announcement_words import press_conference_story, OTHER_RE as _OTHER_RE, WELCOME_VISIT_RE as _WELCOME_VISIT_RE
from parsers.contact_words import (CALL_ON_RE as _CALL_ON_RE, DEPART_RE as _DEPART_RE, GUEST_VISIT_RE as _GUEST_VISIT_RE,
                                    IN_CHINA_RE as _IN_CHINA_RE, MEETING_RE as _MEETING_RE, VIDEO_CALL_RE as _VIDEO_CALL_RE,
                                    RECEPTION_FOR_RE, GENERIC_TALKS_RE, VISIT_RE as _VISIT_RE, VISIT_TITLE_RE as _VISIT_TITLE_RE,
                                    AS_WRAPPED_UP_RE as _AS_WRAPPED_UP_RE, COMING_VISIT_RE as _COMING_VISIT_RE,
                                    DELEGATION_AT_CONGRESS_RE as _DELEGATION_AT_CONGRESS_RE, IN_MESSAGE_TO_RE as _IN_MESSAGE_TO_RE,
                                    INTERVIEW_RE as _INTERVIEW_RE, PHONE_RE as _PHONE_RE, REMARKS_AT_CONTACT_RE as _REMARKS_AT_CONTACT_RE,
                                    VIDEOLINK_RE as _VIDEOLINK_RE)
from parsers.envoy_posts import AMBASSADOR_MEETS_RE, CHINESE_ENVOY_ABROAD_RE, ENVOY_TO_CHINA_RE
from parsers.gathering_words import (ADDRESSING_RE, future_gathering, TITLE_PLAN_RE, CONF_SUBJECT_RE as _CONF_SUBJECT_RE, CONFERENCE_RE as _CONFERENCE_RE,
                                     HELD_CONF_RE as _HELD_CONF_RE, ONE_COUNTERPART_CONF_RE, HYBRID_RE as _HYBRID_RE, GUESTS_REMOTE_RE, GUESTS_ONSITE_RE, MANY_PARTIES_RE as _MANY_PARTIES_RE,
                                     MULTI_RE as _MULTI_RE, OWN_CONTACT_RE as _OWN_CONTACT_RE, PRESS_TITLE_RE as _PRESS_TITLE_RE, REMOTE_RE as _REMOTE_RE,
                                     TOOK_PART_IN_RE as _TOOK_PART_IN_RE, UPCOMING_RE as _UPCOMING_RE, many_parties_told, SAID_AT_GATHERING_RE, MADE_AT_GATHERING_RE as _MADE_AT_GATHERING_RE,
                                     SPEECH_RE, TWO_SIDES_RE, SPEAKING_AT_RE as _SPEAKING_AT_RE, BRIEFED_PARTY_RE as _BRIEFED_PARTY_RE, PARTY_HEADS_MET_RE)
from parsers.event_place import host_meets_cpc
from parsers.gathering_core import gathering_core
from parsers.lead_zone import first_sentence as _first_sentence
from parsers.in_china import CN_PLACE as _CN_PLACE, IN_CHINA_RE as _EMBASSY_IN_CHINA_RE
from parsers.names import pinyin_name
from parsers.plan_first import plan_during_call, plan_first_kind, plan_first_lead, reached_at_gathering
from parsers.message_words import (CONDOLENCES_TO_RE as _CONDOLENCES_TO_RE, CONGRATULATED_ON_RE as _CONGRATULATED_ON_RE,
                                    MESSAGE_RE as _MESSAGE_RE, MOURN_RE as _MOURN_RE, RECEIVED_MESSAGE_RE as _RECEIVED_MESSAGE_RE,
                                    REMARKS_MESSAGE_RE as _REMARKS_MESSAGE_RE, HAS_SENT_RE, THANKS_RE as _THANKS_RE,
                                    WRITTEN_INTERVIEW_RE as _WRITTEN_INTERVIEW_RE, WRITTEN_RE as _WRITTEN_RE)
from parsers.remarks_frame import CLOSING_CONTACT_RE, OCCASION_NEXT_RE as _OCCASION_NEXT_RE, REMARKS_FRAME_RE, SAID_DURING_RE as _SAID_DURING_RE, frame_abroad


__all__ = ["classify", "framed_contact"]

_I = re.IGNORECASE


# "National Party Opens Dialogue with the Communist Party of China": a relation begun, not a dialogue session; "NDC
# Delegation Back from China Study Tour": the guests' trip
_OPENS_DIALOGUE_RE = re.compile(r"\b(?:Opens?|Launch(?:es)?|Starts?|Begins?|Establish(?:es)?|Seeks?)\s+(?:a\s+)?Dialogue\s+[Ww]ith\b"
                                r"|\b(?:Back|Returns?|Home)\s+from\s+(?:China\s+|Chinese\s+)?[Ss]tudy\s+[Tt]our\b")


def classify(title: str, lead: str, abroad: bool | None, more: str = "") -> tuple[str, str | None]:
    """(event_type, modality) from the headline and the lead's first sentences.

    `abroad` says whether the dateline city lies outside China (None: unknown). `more` is
    the next paragraph, read only when the lead has no contact verb at all.
    """
    title, lead = _VIDEOLINK_RE.sub("video link", title), _VIDEOLINK_RE.sub("video link", lead)
    # "welcomes more members to visit China" announces nothing
    lead = RECEPTION_FOR_RE.sub("received", _WELCOME_VISIT_RE.sub("welcomes visits", lead))
    title = RECEPTION_FOR_RE.sub("receives", title)
    vc = _VIDEO_CALL_RE.search(title)
    if vc and re.search(r"\b(?:meets|receives|holds\s+talks)\b", title[:vc.start()], _I) and not _VIDEO_CALL_RE.search(lead):
        title = title[:vc.start()]  # "X meets A delegation, holds video call with B": the call is the later event
    if re.match(r"\s*Interview\s*:", title) and _WRITTEN_INTERVIEW_RE.search(more.strip().split("\n")[0]):
        return "message", "written"     # "Interview: ..." whose next paragraph says "In a written interview with Xinhua, X said"
    if _PRESS_TITLE_RE.match(title) or re.match(r"\s*Interview\s*:", title) and not _WRITTEN_INTERVIEW_RE.search(lead):
        return "other", None        # "Press conference: ...", "Interview: ...": a transcript, an interview (not a written one)
    # "... will visit ... under a plan agreed on Friday, as the ruling parties ... wrapped up the third meeting of their
    # exchange council in Beijing": the plan's occasion, told in the clause, is the contact
    if (w := _AS_WRAPPED_UP_RE.search(_first_sentence(lead))) and _OTHER_RE.search(lead[:w.start()]):
        return classify("", lead[w.start() + 1:], abroad)
    if cl := CLOSING_CONTACT_RE.search(_first_sentence(lead)):     # a plan told first, then the speaker's own contact
        return ("message", "written") if cl.group("letter") else (("visit" if abroad else "meeting"), "in_person")
    # "A and B agreed on Tuesday to widen ... their annual seminar" then "The consensus was reached when X held talks with
    # Y" (or "This was agreed upon at online talks on March 21 between"): the occasion sentence tells the contact
    if not (_MEETING_RE.search(f0 := _first_sentence(lead)) or _VIDEO_CALL_RE.search(f0) or _PHONE_RE.search(f0)) \
            and _OCCASION_NEXT_RE.match(nxt0 := _first_sentence(lead[len(f0):].strip() or more.strip().split("\n")[0])):
        return classify("", nxt0, abroad)
    # a plan, an agreement or a quote told first: typed by its occasion (parsers.plan_first)
    if plan_first_lead(title, lead) and (kind := plan_first_kind(lead, more, abroad, classify)):
        return kind
    first = _first_sentence(lead)
    if (call := plan_during_call(first)) and not many_parties_told("\n".join([title, lead])):
        return call
    if reached := reached_at_gathering(first):
        return reached
    if press_conference_story(first, _first_sentence(lead[len(first):].strip() or more.strip().split("\n")[0])):
        return "other", None
    head = f"{title}\n{first}"
    in_china = abroad is not False and bool(_EMBASSY_IN_CHINA_RE.search(first) or ENVOY_TO_CHINA_RE.search(first))
    abroad = False if in_china else abroad
    if abroad is None and (CHINESE_ENVOY_ABROAD_RE.search(first) or any(
            pinyin_name(m.group(1)) for m in AMBASSADOR_MEETS_RE.finditer(first))):
        # "The new Chinese ambassador to Rwanda, X, on Tuesday paid a courtesy call to ...", "On 11
        # October, Ambassador Wang Tongqing met X, Chair of ...": a Chinese envoy in the host country
        abroad = True
    if _UPCOMING_RE.search(first) and not _OWN_CONTACT_RE.search(first) \
            and not _REMARKS_AT_CONTACT_RE.search(_first_sentence(more.strip().split("\n")[0]) if more.strip() else ""):
        return "other", None    # (not "... Lula's upcoming state visit ..., X said." then "X made the remarks in a video call with Y")
    if abroad and _DELEGATION_AT_CONGRESS_RE.search(first):
        return "visit", "in_person"     # a CPC delegation at a foreign party's congress in its country
    if (one := ONE_COUNTERPART_CONF_RE.search(first)) and not re.search(r"(?<!\btwo\s)\bparties\b", first[:one.start()], _I) \
            and not many_parties_told("\n".join([head, lead])):
        return "call", "video"
    if _CONF_SUBJECT_RE.search(first) or _HELD_CONF_RE.search(first) or _TOOK_PART_IN_RE.search(first):
        return "conference", _conference_modality(f"{head}\n{lead}")
    if _MOURN_RE.search(first) and not _WRITTEN_RE.search(first):
        # condolences conveyed in person: at a funeral abroad, at an embassy in Beijing
        return ("visit" if abroad else "meeting"), "in_person"
    # ("Today, ..., we send warm fraternal greetings and congratulations to the Chinese people")
    # ("Chinese envoy meets Mahinda with message from Xi": a message carried to a meeting)
    # ("X Phones Y to Express Sympathy": a call's purpose, when the lead tells a call and no message)
    if _MESSAGE_RE.search(title) and not (re.search(r"\b(?:meets|delivers|hands\s+over)\b", title, _I) and _MEETING_RE.search(first)) \
            and not re.search(r"\b(?:in|during)\s+a\s+(?:tele)?phone\s+(?:call|conversation)\s+with\b", f"{lead} {more[:300]}", _I) and not (
            re.search(r"\b(?:(?:tele)?phone|video)\s+(?:call|conversation|talks)|\b(?:spoke|talked)\s+(?:over|by|on)\s+the\s+(?:tele)?phone\b", first, _I) and not _WRITTEN_RE.search(first)) or re.search(r"\b(?:sen(?:t|ds|ding)|we\s+send)\b[^.]{0,80}\b(?:message|letter|congratulat|condolence|telegram|greetings|greeting\s+cards?)", first, _I) \
            or (_CONGRATULATED_ON_RE.search(first) or _CONDOLENCES_TO_RE.search(first)) and not _MEETING_RE.search(first) \
            and not re.search(r"\b(?:held|had)\s+a\s+(?:tele)?phone\s+(?:call|conversation)\b", first, _I) \
            or _REMARKS_MESSAGE_RE.search(first) or re.search(r"\bexchang\w*\s+(?:[\w\-]+\s+){0,2}?(?:messages|letters)\b", first, _I) \
            or re.search(r"\b(?:says|said|reads)\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter|cable)\b"
                         r"|\bsaid\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter|cable|telegram)\s+(?:on\s+\w+day|today|yesterday)?[.,]"
                         # ("X said Thursday in a message marking the 100th anniversary of ...")
                         r"|\bsaid\s+(?:(?:on\s+)?\w+day\s+|today\s+|yesterday\s+)?in\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter|cable|telegram)\s+(?:marking|on\s+the\s+occasion\s+of)\b"
                         # ("..., X said in a message of condolence sent on July 17 on the death of")
                         r"|\bsaid\s+(?:(?:on\s+)?\w+day\s+|today\s+|yesterday\s+)?in\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter|cable|telegram)\s+(?:of\s+(?:condolences?|congratulations?|sympathy|greetings)\s+)?(?:sent|addressed|dated)\b", first, _I) \
            or re.search(r"\baccording\s+to\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter|cable)(?:\s+of\s+\w+)?\s+(?:(?-i:[A-Z])[^.;]{0,200}?\b)?sent\s+(?:on\s+\w+\s+|today\s+|yesterday\s+)?(?:to|by)\b", first, _I) \
            or re.search(r"(?:,\s+|^\s*|[\u2013\u2014]\s+)in\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter|cable|telegram)\s+(?:of\s+(?:congratulations?|condolences?|greetings)\s+)?(?:addressed\s+to\b|sent\s+to\b|dated\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),)", first, _I):
        # ('"...," says a message'; "according to a message X ... sent on Tuesday to Y"; "..., in a message addressed to")
        # ("X has said in a congratulatory message to the CPC", "A and B on Saturday exchanged congratulatory messages")
        return "message", "written"
    if _WRITTEN_INTERVIEW_RE.search(head) or not (_MEETING_RE.search(first) or _VISIT_RE.search(first)) \
            and _WRITTEN_INTERVIEW_RE.search(_first_sentence(lead[len(first):].strip() or more.strip().split("\n")[0])):     # ("..., X has said." then "..., X said in a written interview")
        return "message", "written"     # "gave a written interview to Pasaxon": written words to a foreign readership
    if _THANKS_RE.search(first) and not _MEETING_RE.search(first) or (
            _RECEIVED_MESSAGE_RE.search(first) and not re.search(r"\b(?:met|meets|held\s+talks)\b", first)):
        return "message", "written"     # a statement thanking foreign parties for their messages
    # (a headline telling a video call and a phone call: the first sentence's own first one)
    if _PHONE_RE.search(head) and not ((v := _VIDEO_CALL_RE.search(first)) and v.start() < ((ph := _PHONE_RE.search(first)) and ph.start() or len(first))) and re.search(r"\b(?:calls?|conversations?|talks?|spoke|speaks|exchanged?\s+views|exchanges\s+views|(?:over|by)\s+(?:the\s+)?(?:tele)?phone)\b", head, _I):
        return "call", "phone"
    if sep := re.search(r"\bseparate\s+(video|phone|telephone|virtual|online)\s+(?:calls|conversations|talks|meetings)\b", first, _I):
        return "call", ("phone" if "phone" in sep.group(1).lower() else "video")   # "held separate video calls with A and B"
    # (not "X Holds Video Call with President of the A" over a background paragraph about many parties: one counterpart)
    if _VIDEO_CALL_RE.search(head) and many_parties_told("\n".join([head, lead, *more.split("\n")[:1]])) \
            and not re.search(r"\b(?:holds?|held)\s+(?:a\s+)?video\s+call\s+with\s+(?:the\s+)?(?:[A-Z][\w\-']*\s+)*?(?:President|Chairman|Leader|Secretary)\s+of\s+(?:the\s+)?[A-Z][^,;]*$", title, _I) \
            and not re.search(r"\bheld\s+(?:a\s+separate\s+video\s+call|separate\s+video\s+calls)\s+with\b", f"{lead}\n{more[:1500]}"):    # (two calls, one after the other)
        # (a session "held both online and offline" with diplomats in the room stays in person)
        return "conference", _conference_modality(f"{head}\n{lead}") if _HYBRID_RE.search(f"{head}\n{lead}") else "video"
    if (tv := _VIDEO_CALL_RE.search(title)) and re.search(r"\b(?:meets?|receives?)\b", title[:tv.start()], _I) \
            and _MEETING_RE.search(first) and not re.search(r"\bvideo|\bonline\b|\bvirtual", first, _I):
        return ("visit" if abroad else "meeting"), "in_person"  # "X Meets A and Holds Video Call with B": the lead's first
    if _VIDEO_CALL_RE.search(head) and not _MULTI_RE.search(head):
        return "call", "video"
    title_meets = bool(re.search(r"\b(?:meets?|receives?|holds?\s+talks|talks\s+with|calls?\s+on(?![^.;]{0,80}?\bto\s+[a-z])|visits?)\b",
                                # ("... ahead of Wen visit": another visit, the occasion's time)
                                # ("... hold virtual meet on CPEC": a noun)
                                re.sub(r"\b(?:ahead\s+of|before|after|following)\s+(?:\S+\s+){0,3}?visits?\b|\b(?:virtual|online)\s+meet\b", "", title, flags=_I), _I)) \
        and not re.search(r"\bmeets?\s+(?:in|at)\b", title, _I)   # "parties meet in 'World Symposium'", "Council Meets in Beijing"
    if title_meets and (tm := re.search(r"\b(?:meets?|receives?)\b", title, _I)) \
            and re.search(r"\b(?:briefing|seminar|forum|symposium|workshop)\b", title[:tm.start()], _I) and _CONFERENCE_RE.search(first):
        title_meets = False     # "Lao officials attend CPC briefing ..., Party leader receives Chinese delegation": the first told first
    # the CPPCC's name holds "Conference", and COPPPAL's ("Permanent Conference of Political Parties ..."): bodies
    core = gathering_core(first)
    # ("... together with representatives of some 300 political parties from 120 countries, concluded their meeting";
    # not "ready to work with all parties of Nepal, X told Y during a meeting at ...": two sides)
    many = _MANY_PARTIES_RE.search(core) and re.search(r"(?<!\bwhen\s)(?<!\bwhile\s)\bmeeting\b(?!\s+(?:separately\s+)?with\b)", core) and not re.search(r"\b(?:met|meets|received|held\s+talks)\b|\btold\s+[^.;]{3,120}?\s+(?:during|at)\s+a\s+meeting\b", core) \
        or _BRIEFED_PARTY_RE.search(core) or PARTY_HEADS_MET_RE.search(core)
        # "Song Tao ... briefed the Communist Party of Vietnam (CPV) on the spirit of ...", "The secretaries general of the six
        # former liberation movements of Southern Africa met in Windhoek"
    if ((_CONFERENCE_RE.search(title) and not title_meets and not TITLE_PLAN_RE.search(title) and not _OPENS_DIALOGUE_RE.search(title)) or (not title_meets and (
            _CONFERENCE_RE.search(core) and (not future_gathering(core) or _SPEAKING_AT_RE.search(f"{core} {more[:300]}") or re.search(
                r"\bduring\s+(?:a|an|the)\s+(?:virtual\s+|online\s+)?(?:seminar|forum|symposium|conference|workshop)\b", core)) or SPEECH_RE.search(core) or re.search(r"\bwas\s+held\b", core, _I) or many))) \
            and not TWO_SIDES_RE.search(core) \
            and not (not _MEETING_RE.search(first) and re.search(r"\b(?:made\s+the\s+(?:remarks?|statement|pledge)|said\s+this)\s+(?:when|while)\s+(?:meeting|receiving)\b"
                                                             r"|\b(?:was|were)\s+agreed\s+(?:on\s+|upon\s+)?when\s+(?:he|she|they)\s+(?:met|received)\b"
                                                             # ("This was agreed on Tuesday in a video call between A and B")
                                                             r"|^(?:This|It)\s+was\s+agreed\s+(?:on\s+\w+day\s+)?(?:in|during|at)\s+(?:a|the)\s+(?:[\w\-]+\s+)?(?:call|talks|meeting|conversation)\s+between\b",
                                                             _first_sentence(lead[len(first):].strip() or more.strip().split("\n")[0]))
                     # ("China is ready to ... the summits held in Riyadh, X said." then "X made the statement during a meeting in Beijing with")
                     or not _MEETING_RE.search(first) and _SAID_DURING_RE.search(nxt1 := _first_sentence(lead[len(first):].strip() or more.strip().split("\n")[0]))
                     and not re.search(r"\b(?:video|online|virtual|(?:tele)?phone|seminar|forum|conference|symposium)\b", nxt1, _I)):
        # two sides: a meeting ("during talks in Hanoi on May 15 between"; "... the annual theoretical workshop ..., a senior
        # official said." then "X made the statement while receiving a delegation")
        if not _MEETING_RE.search(first) and re.search(r"\b(?:reached|agreed|made)\b[^.]{0,60}?\bduring\s+a\s+(?:virtual|online)\s+(?:meeting|talks)\s+with\s+"
                                                      r"(?:the\s+head\s+of\b|(?-i:[A-Z]))(?![^.]*\bparties\b)", nxt1 := _first_sentence(lead[len(first):].strip() or more.strip().split("\n")[0])):
            return "call", "video"      # "He said the agreement was reached during a virtual meeting with the head of ..., X": one counterpart
        return "conference", _conference_modality(f"{head}\n{lead}")
    if _VIDEO_CALL_RE.search(head) or re.search(r"\bvideo\b", head, _I):
        return "call", "video"
    if not _MEETING_RE.search(first) and (made := _MADE_AT_GATHERING_RE.match(lead[len(first):].strip() or more.strip())):
        # "... have pledged ... ." then "The pledge was made at a seminar ...", "... at a video conference"
        return "conference", _conference_modality(f"{head}\n{lead}\n{_first_sentence(made.string)}")
    nxt = "" if _MEETING_RE.search(first) or _VISIT_RE.search(first) else \
        _first_sentence(lead[len(first):].strip() or more.strip().split("\n")[0])
    if abroad is None and (_IN_CHINA_RE.search(first) or _IN_CHINA_RE.search(nxt)):
        # no dateline, but "met with ... in Beijing on Monday": a headline "calls on" is a meeting here
        # (or the second sentence when the first tells no contact: "... to X, whom he met in Beijing")
        abroad = False
        head = first if _IN_CHINA_RE.search(first) else nxt
    if abroad is False and _CALL_ON_RE.search(head) and not _VISIT_RE.search(_CALL_ON_RE.sub("", head)):
        return "meeting", "in_person"   # "Ambassador X paid a courtesy call on Song Tao" in Beijing
    if _DEPART_RE.search(first) or (abroad is not False and host_meets_cpc(first)):
        return "visit", "in_person"
    # (not "to make President X's upcoming state visit to China a success": a visit still to come)
    contact = _MEETING_RE.search(head) or _GUEST_VISIT_RE.search(_COMING_VISIT_RE.sub("", head))
    if contact and more and GENERIC_TALKS_RE.search(first) and (call := _remote_call(_first_sentence(more.split("\n")[0]))):
        return call     # "said ... in separate talks with Kenyan and Ethiopian party leaders", then "X held a video call with Y"
    if in_china and (contact or _VISIT_RE.search(head)):
        return "meeting", "in_person"   # guests in China whatever their dateline: a meeting there (convention)
    if contact and not (_MEETING_RE.search(first) or _GUEST_VISIT_RE.search(first) or _VISIT_RE.search(head)) and more \
            and (later := _later_contact(title, lead, lead[len(first):].strip(), more, abroad)) and (later[0] == "call" or later[0] == "visit" and any(
                host_meets_cpc(_first_sentence(par)) for par in more.split("\n")[:2])):
        # "..., Prachanda talks to Song Tao" over a lead about supplies: the call told two paragraphs down; "X
        # receives CPC delegation" over an agreement: "X received at the party's headquarters a delegation ..."
        return later
    if _VISIT_RE.search(head) or (_VISIT_TITLE_RE.search(title) and abroad is not False) or abroad and (contact or not more):
        return "visit", "in_person"
    if contact:
        return "meeting", "in_person"
    # No contact verb: a news lead may open with a quote or what was said and tell the contact in its second
    # sentence or the next paragraph ("..., Wang said in a meeting with Martin Schulz"); else a speech, an article.
    rest = lead[len(first):].strip()
    if later := _later_contact(title, lead, rest, more, abroad):
        return later
    # the contact told only as the occasion of remarks, a few paragraphs down (parsers.remarks_frame)
    frame = None if _OTHER_RE.search(lead) else REMARKS_FRAME_RE.search("\n".join([rest, more]))
    if frame:   # (a Chinese envoy met in the country of his post: "during a meeting with the ambassador of the PRC")
        envoy = re.search(r"\bambassador\s+of\s+(?:the\s+People's\s+Republic\s+of\s+)?China\b|\bChinese\s+ambassador\b", frame.group(), _I)
        trip = abroad or frame_abroad(frame.group()) or re.search(r"\bvisit\b", frame.group(), _I) and abroad is not False
        if remote := re.search(r"\b(?:video|online|virtual|(?:tele)?phone)\b", frame.group(), _I):
            return "call", ("phone" if "phone" in remote.group().lower() else "video")   # "after holding a discussion through video conference with"
        return ("visit" if trip and not envoy else "meeting"), "in_person"
    if abroad is False and _EMBASSY_IN_CHINA_RE.search(first):
        return "meeting", "in_person"   # guests leaving for China: a meeting there (convention)
    if not abroad and re.search(r"\bdelegation\b[^.;]{0,200}?\bvisited\s+(?:" + _CN_PLACE + r")\b", first):
        return "meeting", "in_person"   # "a delegation of the A Party ... visited Fujian": guests in China (convention)
    # a dateline abroad with no contact told anywhere near: the CPC side's trip itself (but a plan told to the press,
    # "Addressing journalists at the party's secretariat, X said the group will ...", announces)
    if abroad and re.match(r"\s*(?:Addressing|Speaking\s+to|Briefing)\s+(?:journalists|reporters|the\s+press|the\s+media)\b", more):
        return "other", None
    return ("visit", "in_person") if abroad else ("other", None)


def _later_contact(title: str, lead: str, rest: str, more: str, abroad: bool | None) -> tuple[str, str | None] | None:
    """The contact told in the lead's second sentence or the next two paragraphs, when the first tells none."""
    pars = ([rest] if rest else []) + (more.split("\n")[:2] if more else [])
    # ("..., said Wang in an exclusive interview with Xinhua": what was said is the news, not a contact)
    for par in pars if not (_OTHER_RE.search(lead) or _INTERVIEW_RE.search(f"{lead}\n{more}")) else ():
        if _REMARKS_MESSAGE_RE.search(_first_sentence(par)) or HAS_SENT_RE.search(_first_sentence(par)) or _IN_MESSAGE_TO_RE.match(par):
            # ("In a message addressed to Hu Jintao, ..., X wished the congress success": the lead told only its gist)
            return "message", "written"
        fr = REMARKS_FRAME_RE.search(_first_sentence(par))
        if abroad is None and fr and frame_abroad(fr.group()):
            return "visit", "in_person"     # "X was speaking in Lusaka today during bilateral talks"
        if fr and (call := re.search(r"\b(?:video|phone|telephone)\s+(?:call|conversation)\s+with\b", fr.group())):
            return "call", ("video" if call.group().startswith("video") else "phone")   # "X made the remarks in a video call with Y"
        if fr and re.search(r"\b(?:meeting|talks)\s+(?:(?:at|in)\s+[^.;]{0,80}?\s+|here\s+this\s+(?:morning|afternoon)\s+)?with\b", fr.group()) \
                and not re.search(r"\b(?:video|online|virtual|phone)\b", fr.group(), _I):
            # "Gabriel made the remarks at a meeting with Wang ... on the sidelines of the World Expo": a meeting
            return ("visit" if abroad else "meeting"), "in_person"
        # "The agreement was reached in Beijing on September 8, when X met with Y": a contact in China
        # ("X, who is leading an SNS delegation on a visit to China, signed the document after talks with Y")
        in_cn = re.search(r"\bin\s+(?:" + _CN_PLACE + r")\b[^.;]{0,60}?\bwhen\b|\bdelegation\s+on\s+a\s+(?:[\w\-]+\s+)?visit\s+to\s+China\b"     # ("said this when
                          r"|\bwhen\s+[^.;]{0,120}?\bmet\s+[^.;]{0,160}?\bin\s+(?:" + _CN_PLACE + r")\s+on\b", _first_sentence(par))   # ... met X ... in Beijing on July 11")
        if SAID_AT_GATHERING_RE.search(_first_sentence(par)):
            return "conference", _conference_modality(par)
        second = classify(title, par, False if in_cn else abroad)
        if second[0] == "visit" and not (_MEETING_RE.search(_first_sentence(par)) or _VISIT_RE.search(_first_sentence(par))
                                         or _DEPART_RE.search(_first_sentence(par))):
            continue        # a paragraph telling no contact ("The supplies were collected by ...") is no trip of its own
        if second[0] in ("meeting", "visit", "call") or (
                # "..., spoke at the forum", "The IDCPC ... organized the second conference of the ... Mechanism"
                second[0] == "conference" and (ADDRESSING_RE.search(_first_sentence(par)) or _HELD_CONF_RE.search(_first_sentence(par))
                                               or re.search(r"\bas\s+(?:he|she)\s+opened\s+(?:a|an|the)\b|,\s+opening\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:round|session|dialogue|forum|seminar|conference)\b", _first_sentence(par)))) or (
                second[0] == "other" and re.search(r"\b(?:press|news)\s+conference\b", _first_sentence(par), _I)):  # "made the remarks at a press conference"
            return second
    return None


def _remote_call(sentence: str) -> tuple[str, str] | None:
    if _VIDEO_CALL_RE.search(sentence):
        return "call", "video"
    return ("call", "phone") if _PHONE_RE.search(sentence) else None


def framed_contact(lead: str, more: str) -> bool:
    """The contact is told only as the occasion of the lead's remarks ("She made the remarks during
    a meeting with ..."), so the lead's speakers took part in it."""
    return not (_MEETING_RE.search(lead) or _VISIT_RE.search(lead)) and bool(REMARKS_FRAME_RE.search(more))


def _conference_modality(head: str) -> str:
    return "video" if _REMOTE_RE.search(head) and (not _HYBRID_RE.search(head) or GUESTS_REMOTE_RE.search(head)
                                                  and not GUESTS_ONSITE_RE.search(head)) else "in_person"


"""Plan-first leads: a lead that tells a plan, an agreement, a pledge or a quote first, and the contact
only as its occasion, later in the lead or in the next paragraph ("The two parties agreed to ..., X said
when meeting Y"). Such a lead is typed by that occasion, or `other` when none is told (used by
parsers.event_type, which passes its own `classify` for the occasion's sentence).
"""
from __future__ import annotations

import re
from typing import Callable

from parsers.announcement_words import (FOLLOWING_REMOTE_RE, ENDORSED_WHEN_RE as _ENDORSED_WHEN_RE, FOLLOWING_TALKS_RE as _FOLLOWING_TALKS_RE,
                                        OTHER_RE as _OTHER_RE, TITLE_FUTURE_RE as _TITLE_FUTURE_RE, TITLE_LEADS_RE as _TITLE_LEADS_RE)
from parsers.contact_words import AGREED_REMOTELY_RE as _AGREED_REMOTELY_RE, SIGNED_BY_RE as _SIGNED_BY_RE
from parsers.gathering_words import AFTER_VIDEO_GATHERING_RE, MADE_AT_GATHERING_RE, REMOTE_RE as _REMOTE_RE, SPEAKING_AT_RE as _SPEAKING_AT_RE
from parsers.lead_zone import first_sentence as _first_sentence
from parsers.remarks_frame import SAID_DURING_RE

__all__ = ["plan_first_lead", "plan_first_kind", "plan_during_call", "reached_at_gathering"]

Kind = tuple[str, str | None]

# The lead's first sentence tells the plan's contact itself, so the contact is the news and the lead is no
# plan-first one ("X said after talks with Y in the parliament building on Monday").
_CONTACT_TOLD_RE = re.compile(
    r"\b(?:said|told\s+(?:[A-Z]{2,8}|(?-i:[A-Z][a-z]+-[A-Z][a-z]+)|reporters|journalists))\s+(?:here\s+)?(?:on\s+)?(?:\w+day\s+)?(?:after|following)\s+(?:his\s+|her\s+|their\s+)?(?:talks|a\s+meeting|meeting)\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+\w+day\s+)?with\b"
    r"|\bagreed\s+(?:on\s+)?\w+day\s+as\s+(?:a|the)\s+[^.]{0,200}?\b(?:held\s+talks|met)\s+with\b"
    # ("... under a memorandum of understanding signed here on Tuesday between A and B")
    r"|\b(?:memorandum|agreement|accord)\s+(?:of\s+understanding\s+)?signed\s+here\s+(?:on\s+\w+day\s+)?between\b"
    # ("..., X said after receiving a CPC delegation on June 26")
    r"|\bsaid\s+(?:here\s+)?(?:on\s+\w+day\s+)?after\s+(?:receiving|hosting)\s+(?:a|the)\s+(?:[\w\-]+\s+){0,3}?delegation\b"
    # ("..., X announced after meeting Chinese Ambassador Y at the party's headquarters on Monday", "announced on
    # Tuesday after receiving Chinese Ambassador to France Y")
    r"|\b(?:said|announced)\s+(?:here\s+)?(?:today\s+|on\s+\w+day\s+)?after\s+(?:meeting\s+(?:with\s+)?|receiving\s+)(?:Chinese|China['\u2019]s)\s+(?:Ambassador|ambassador|envoy)\b"
    r"|\bsaid\s+(?:on\s+\w+day\s+)?after\s+Chinese\s+(?:Ambassador|ambassador|envoy)\s+[^.;]{3,80}?\s+(?:called\s+on|met)\b"
    # ("..., it was agreed when X received a visiting CPC delegation here on Tuesday", "it was agreed at talks in Hanoi on
    # July 10 between A and B")
    r"|\bit\s+was\s+(?:agreed|announced)\s+(?:here\s+)?(?:today\s+|on\s+\w+day\s+|on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?(?:when|as|at\s+a\s+meeting\s+between|at\s+talks\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?between|during\s+a\s+meeting\s+(?:at\s+[^.;]{3,80}?\s+)?between)\b|\bagreed\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+)?(?:\w+day|[A-Z][a-z]+\s+\d{1,2})\s+when\b"
    r"|\bspoke\s+by\s+(?:tele)?phone\s+(?:\w+day\s+)?with\b"
    # ("..., under an understanding reached here Tuesday when a senior CPC official met with")
    # ("..., during a working visit to China by a CPV delegation led by X, from June 24 to 28")
    r"|,\s+during\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?visit\s+to\s+China\s+by\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?delegation\b"
    r"|\bunder\s+an?\s+(?:understanding|agreement)\s+reached\s+(?:here\s+)?(?:on\s+)?(?:\w+day\s+)?(?:when|as)\s+[^.;]{3,120}?\b(?:met|received|held\s+talks)\b"
    # ("..., X said here today during a meeting with Chinese Ambassador Y")
    r"|\bsaid\s+(?:here\s+)?(?:today\s+|yesterday\s+|on\s+\w+day\s+)?during\s+(?:a|the|his|her)\s+(?:[\w\-]+\s+)?(?:meeting|talks)\s+with\b"
    # ("..., said X, head of ..., during a meeting here on Wednesday with Chinese Ambassador Y")
    r"|\bsaid\s+(?-i:[A-Z])[^.;]{3,200}?,?\s+during\s+(?:a|the|his|her)\s+(?:[\w\-]+\s+)?(?:meeting|talks)\s+(?:here\s+)?(?:(?:on\s+)?\w+day\s+|today\s+|yesterday\s+)?with\b")


# a plan made at a session of a standing body of two parties: "announced the decision at the fourth meeting of the dialogue
# mechanism between the two ruling parties, which opened in Moscow on Tuesday"
_AT_MECHANISM_RE = re.compile(r"\b(?:announced|made|disclosed|unveiled)\s+the\s+(?:decision|announcement|plan|remarks|proposal)\s+at\s+(?:a|an|the)\s+"
                              r"(?:[\w\-]+\s+){0,3}?(?:meeting|session|round)\s+of\s+(?:the|their)\s+(?:[\w\-]+\s+){0,3}?(?:dialogue|mechanism|forum|council)\b")


# "A and B agreed to organise, later this year, a joint online seminar ..., during a video call held Tuesday between X and
# Y": the seminar is the plan, the call its occasion
_PLAN_DURING_CALL_RE = re.compile(r"\b(?:agreed|decided|pledged|resolved|undertook|vowed)\s+(?:on\s+\w+day\s+)?to\b[^.;]{0,300}?\b(?:during|in|after|following)\s+(?:a|an|the)\s+"
                                  r"(?P<means>video|online|virtual|(?:tele)?phone)\s+(?:call|conversation|talks)\s+(?:held\s+)?(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+)?(?:between|with)\b", re.I)


def plan_during_call(first: str) -> Kind | None:
    """The call a plan told first in the sentence was agreed in, or None."""
    if m := _PLAN_DURING_CALL_RE.search(first):
        return "call", ("phone" if "phone" in m.group("means").lower() else "video")
    return None


# "..., according to the consensus reached at an online theoretical seminar between the two Parties on November 23"
_REACHED_AT_RE = re.compile(r"\b(?:consensus|agreement|decision|understanding)\s+reached\s+at\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
                            r"(?:seminar|forum|conference|symposium|dialogue|workshop)\b")


def reached_at_gathering(first: str) -> Kind | None:
    """The gathering an agreement told first was reached at, or None."""
    if m := _REACHED_AT_RE.search(first):
        return "conference", _conference_or_video(m.group())
    return None


def _conference_or_video(sentence: str) -> str:
    return "video" if _REMOTE_RE.search(sentence) else "in_person"


def plan_first_lead(title: str, lead: str) -> bool:
    """The lead tells a plan, an agreement or a future act first (or the headline one to come), and its
    first sentence tells neither a speech at a gathering nor the contact itself."""
    if re.search(r"\b(?:Meets|Receives|Holds\s+Talks)\b", title) and not _TITLE_FUTURE_RE.search(title) \
            and not _OTHER_RE.search(_first_sentence(lead)):
        return False    # "X Meets with A Delegation" over "... is paying a visit. ..., the delegation will travel to ...": a later leg
    return bool((_OTHER_RE.search(lead) or (_TITLE_FUTURE_RE.search(title) and not _TITLE_LEADS_RE.search(title)
                and not re.search(r"\b(?:met|held|visited|attended|was held)\b", lead)))
                and not _SPEAKING_AT_RE.search(_first_sentence(lead)) and not _CONTACT_TOLD_RE.search(_first_sentence(lead)))


def plan_first_kind(lead: str, more: str, abroad: bool | None, classify: Callable[..., Kind]) -> Kind | None:
    """The plan-first lead's type and modality from its occasion; None when the first sentence tells a
    contact of its own after all (then the ordinary rules read it)."""
    # (not a plan told "when he met X": "China will host more officials, Ambassador Y said when he met X")
    if not re.search(r"\b(?:met|held talks|received|attended|arrived|flew\s+into|(?<=when\s)receiving|(?<=while\s)receiving)\b", _first_sentence(lead)) \
            or _OTHER_RE.search(_first_sentence(lead)) and not re.search(r"\b(?:said|stated)\b[^.]{0,60}?\b(?:when\s+(?:he|she|they)\s+(?:met|received|hosted)|(?:when|while)\s+(?:receiving|hosting))\b", _first_sentence(lead)):
        nxt = _first_sentence(more.strip().split("\n")[0]) if more.strip() else ""
        second = _first_sentence(lead[len(_first_sentence(lead)):].strip())
        nxt = second if SAID_DURING_RE.search(second) or _ENDORSED_WHEN_RE.search(second) else nxt    # the contact told in the lead's second sentence
        if SAID_DURING_RE.search(_first_sentence(lead)) and not _REMOTE_RE.search(_first_sentence(lead)):
            return ("visit" if abroad else "meeting"), "in_person"    # "..., it was announced during the visit of"
        if SAID_DURING_RE.search(nxt) or _ENDORSED_WHEN_RE.search(nxt) or _FOLLOWING_TALKS_RE.search(_first_sentence(lead)) \
                and re.search(r"\b(?:held\s+talks|met|received)\b", nxt):
            # "X has invited Y to visit China." then "He made the invitation during a bilateral meeting ...": the
            # announcement's occasion is the contact ("made the remarks during talks with": talks, not a speech)
            kind = ("conference", "in_person") if _SPEAKING_AT_RE.search(nxt) else classify("", nxt, abroad)
            if (kind[0] == "conference" and re.search(r"\b(?:talks|meeting)\b[^.]{0,80}?\bwith\b", nxt) or kind[0] == "other"
                    and SAID_DURING_RE.search(nxt)) and not _REMOTE_RE.search(nxt):
                kind = ("visit" if abroad else "meeting"), "in_person"
            return kind
        # ("... will hold a seminar every year." then "This was decided at the first such seminar, which took place Monday")
        if made := next((t for t in (second, nxt) if t and MADE_AT_GATHERING_RE.match(t)
                         and not re.search(r"\b(?:press|news)\s+(?:conference|briefing)\b", t, re.I)), None):
            return "conference", _conference_or_video(made)
        if reached := reached_at_gathering(_first_sentence(lead)):
            return reached
        if _AT_MECHANISM_RE.search(nxt):
            return "conference", _conference_or_video(nxt)     # "X announced the decision at the fourth meeting of the dialogue mechanism"
        if _SIGNED_BY_RE.search(nxt):
            # "... signed a memorandum under which ... will attend courses." then "The agreement was signed at the
            # party's headquarters by X and Y, who is leading a CPC delegation on a visit": the signing is the contact
            # ("... under a memorandum signed in Beijing on July 11" under a foreign dateline: guests in China met there)
            in_cn = re.search(r"\bsigned\s+in\s+(?:Beijing|China|Shanghai)\b", _first_sentence(lead))
            return ("visit" if abroad and not in_cn else "meeting"), "in_person"
        if (ft := _FOLLOWING_TALKS_RE.search(_first_sentence(lead))) and re.match(r"[^.;]{0,60}?\bbetween\s", _first_sentence(lead)[ft.end():]) \
                or re.search(r"\bas\s+agreed\s+by\b[^.;]{0,300}?\bduring\s+(?:their|the)\s+talks\b"
                             r"|\bunder\s+an?\s+agreement\s+reached\s+(?:at|during|in)\s+(?:the\s+)?talks\s+here\b"
                             # ("..., it was agreed at a meeting in Beijing on July 6 between A and B")
                             r"|\bit\s+was\s+agreed\s+(?:at|during)\s+(?:a|the)\s+meeting\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?between\b", _first_sentence(lead)):
            return ("visit" if abroad else "meeting"), "in_person"     # "..., following talks here on Thursday between A and B"
        # ("..., X said today." then "X said this after a video call with Y")
        if AFTER_VIDEO_GATHERING_RE.search(_first_sentence(lead)):
            return "conference", "video"
        # (or "..., after he and X agreed by video link to hold the next session": the agreement's call)
        # ('"...," he said.' then "According to X, the decision was made during his video call with Y")
        told = [nxt] + ([_first_sentence(p) for p in more.strip().split("\n")[1:2]] if re.match(r"\s*[\"\u201c]", nxt) else [])
        if remote := FOLLOWING_REMOTE_RE.search(_first_sentence(lead)) or _AGREED_REMOTELY_RE.search(_first_sentence(lead)) or next((
                r for t in told if re.search(r"\b(?:said\s+this|said\s+after|(?:was|were)\s+speaking|reached\s+the\s+agreement|(?:agreement|decision)\s+(?:had\s+been|was)\s+(?:reached|made|taken)"
                                             # ("He made the announcement after a video call with Y", "The sides agreed on this on Tuesday during a phone conversation between")
                                             r"|made\s+the\s+(?:announcement|remarks?|statement|invitation|pledge)|agreed\s+(?:on|to|upon)\s+(?:this|these|it)|(?:this|it)\s+was\s+agreed)\b", t)
                and (r := FOLLOWING_REMOTE_RE.search(t))), None):
            return "call", ("phone" if "phone" in remote.group().lower() else "video")
        if re.search(r"\b(?:according\s+to\s+(?:a|the)|said\s+(?:on\s+)?(?:\w+day\s+)?in\s+(?:a|an|his|her|its|their)|(?:said|says|reads)\s+(?:a|the))\s+(?:[\w\-]+\s+){0,3}?(?:message|letter|cable|telegram)\b", _first_sentence(lead)):
            return "message", "written"     # "..., according to a congratulatory message received by the party here", "said in a New Year message to", "said a message the A sent"
        return "other", None
    return None

"""Objects of a contact verb that name no one of this release's contact (used by parsers.people): a list told inside
reported speech after the lead ("Liu said ... last year President X met Y"), the guests of another gathering ("the
opening of the Games, which was attended by X"), who leads a policy or a body ("the Nepali Congress led by Prime
Minister X"). An announcement's coming contact and a speaker's own occasion ("X made the request when he met Y")
stay this contact's.
"""
from __future__ import annotations

import re

from parsers.person_roles import reported, sentence_start

__all__ = ["BODY_LED_RE", "other_objects"]

# who leads a body (a party, an institute, an embassy), told after the lead, with no delegation, team or visit of its own in the sentence
BODY_LED_RE = re.compile(r"(?:(?!\b(?:delegation|team|group|side|visit|mission)\b)[^\n])*?\b(?:Party|Congress|Front|[Aa]lliance|coalition|Movement|Union|League|Democracy|Institute|Foundation|Association|Red\sCross|(?<=The\s)[A-Z]{2,8}|(?<=the\s)[A-Z]{2,8}(?=,)|(?<=Party\sof\s)[A-Z][\w\-]+\s\([A-Z][\w\-]*\)"
                          r"|[Ee]mbassy(?:\s+in\s+[A-Z][\w\-]+)?)(?:\s+|,\s+(?:currently\s+|now\s+)?)$")
_GATHERING_NOUN_RE = re.compile(r"\b(?:meeting|talks|call|conversation|seminar|forum|session|dialogue|ceremony|reception|banquet|programme"
                                r"|discussions?|conference|briefing|symposium|workshop)\b", re.I)


def other_objects(text: str, m: re.Match, lead_end: int | None, announcement: bool) -> bool:
    """The object list `m` (parsers.object_lists) names no one of this contact: told inside reported speech after
    the lead, another gathering's guests, who leads a policy or a party."""
    if (lead_end is not None and m.start() >= lead_end) and reported(text, m.start()) and not m.group().startswith("under ") \
            and not (m.group().startswith("signed ") and re.search(r"\b(?:message|letter)\s+$", text[max(0, m.start() - 10):m.start()])) \
            and not (announcement and (re.search(r"\b(?:will|would|(?:is|are)\s+(?:scheduled|expected|due)\s+to)\s+(?:also\s+)?(?:be\s+)?$|,\s+to\s+be\s+$",
                                                 text[max(0, m.start() - 40):m.start()]) or m.group().startswith(("will ", "would ", "hold ", "and with ", "delegation"))
                                   or m.group("led") and re.search(r"\bthat\s+the\s+delegation(?:\s+of\b[^.;]{0,120}|,\s+)$", text[max(0, m.start() - 160):m.start()])
                                   # ("would hold talks with A, head of ..., and call on Chinese Vice President X")
                                   or m.group().startswith("call on") and re.search(r"\b(?:will|would)\s+(?:also\s+)?(?:hold\s+talks|meet)\b[^.;]{3,200}?\band\s+$", text[max(0, m.start() - 260):m.start()])
                                   # ("... would hold talks with the leadership of the A, led by National Chairman X")
                                   or m.group("led") and re.search(r"\b(?:will|would)\s+(?:also\s+)?(?:hold\s+talks|meet)\s+with\s+the\s+leadership\s+of\b[^.;]{0,120},\s+$", text[max(0, m.start() - 200):m.start()]))) \
            and not re.search(r"\bmade\s+the\s+\w+\s+(?:(?:on\s+)?\w+day\s+|yesterday\s+|today\s+)?(?:when|while)\s+(?:he|she|they)\s+$|\bsaid\s+this\s+(?:while|during|when)\s+(?:a\s+)?$"
                              + (r"|\bexpressed\s+the\s+\w+\s+(?:when|while)\s+$" if m.group().startswith("meeting") else "")
                              + (r"|\bsaid\s+(?:this|so)\s+$" if m.group().startswith("during ") else ""),     # "He said this during a video call with X"
                              text[max(0, m.start() - 50):m.start()]) \
            and not re.search(r"\b(?:was|were)\s+(?:conveyed|announced|made|delivered)\s+by\s+[^.;]{3,120}?\s+when\s+(?:he|she)\s+$",
                              text[max(0, m.start() - 160):m.start()]) \
            and not re.search(r"[\"\u201d]\s*,?\s*said\s+[^\"\u201c.;]{3,250}?,\s+$|\bsaid\s+this\s+during\s+a\s+(?:video\s+|phone\s+)?call\b[^.;]{3,200}?,\s+which\s+$"
                              r"|\bsaid\s+(?:that\s+)?the\s+(?:video\s+|phone\s+)?(?:call|meeting|talks|conversation|session),\s+which\s+$",     # ("X said the call, which was also attended by Y, covered")
                              text[max(0, m.start() - 260):m.start()]):
        return True     # (but "X made the request (on Thursday) when he met with Y", "The plan was conveyed by X when he met with Y",
                        # '"...," said X, ..., during talks with Y': this contact)
    # ("... held a seminar ... on Wednesday, opened by X and by Y": the gathering's openers, when it is one)
    if m.group().startswith("opened") and not _GATHERING_NOUN_RE.search(text, sentence_start(text, m.start()), m.start()):
        return True
    if text.endswith(", which ", 0, m.start()) and not _GATHERING_NOUN_RE.search(text, sentence_start(text, m.start()), m.start()) \
            or re.search(r"\bheld\s+(?:in|last)\s+[A-Za-z]+(?:\s+\d{4})?,\s+which\s+(?:was\s+)?$", text[max(0, m.start() - 50):m.start()]) \
            or re.search(r"\b(?:programme|program|[Gg]overnment|policy|reforms?|campaign|process|efforts?|coalition|struggle|revolution|war|uprising|liberation|independence)\s+$",
                         text[max(0, m.start() - 30):m.start()]) and not m.group().startswith(("was ", "were ")) \
            and not re.search(r"\bdelegation\s+of\s+[^.;]{0,60}$", text[max(0, m.start() - 80):m.start()]):    # ("a delegation of Japan's ruling coalition led by")
        return True     # "the opening of the Winter Olympic Games, which was attended by Prime Minister X": another event;
                        # "the reconstruction programme led by the President X": who leads a policy ("the liberation struggle led by X")
    if m.group("led") and lead_end is not None and m.start() >= lead_end and BODY_LED_RE.match(text, sentence_start(text, m.start()), m.start()):
        return True     # "contesting the polls against the Nepali Congress led by Prime Minister X": who leads a party
                        # ("the Pakistan-China Institute headed by Senator X")
    return False

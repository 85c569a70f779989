"""The lead sentence with the words that name no gathering of its own rewritten, before event_type looks for
one: the forum that brought guests to China, a conference the guests were attending, a study group met, dialogue
as a practice the parties want, and bodies whose names hold "Conference" (the CPPCC, COPPPAL). Used by
parsers.event_type.
"""
from __future__ import annotations

import re

__all__ = ["gathering_core"]

_I = re.IGNORECASE
# "met ... with a delegation ..., who came to China for the 12th China-UK Leadership Forum": the
# forum names why the guests came, the contact is a meeting
_CAME_FOR_RE = re.compile(r",?\s+(?:who|which)\s+(?:came|come|is|are|was|were)\s+(?:(?:to|in)\s+(?-i:[A-Z])[\w\-]*\s+)?"
                          r"(?:for|to\s+attend|attending)\b[^.]*"     # "who is in Vietnam to attend the conference"
                          # ("held talks here with X at the start of a ten-day study tour": the guests' tour, not a gathering)
                          r"|,?\s+(?:at\s+the\s+(?:start|beginning|end|close)\s+of|during|on)\s+(?:a|an|the|their|his|her)\s+"
                          r"(?:[\w\-]+\s+){0,3}?study\s+tour\b[^.]*", _I)
# "met here on Thursday with foreign representatives attending the ... Conference": guests of a conference met
_MET_ATTENDING_RE = re.compile(r"(\b(?:met|meets)\b[^.]{0,80}?\bwith\s+[^.]{0,80}?)\s(?:attending|who\s+attended)\b[^.]*", _I)
# "met here today with a cadre study group led by X": a group of guests met, not a gathering held
_MET_GROUP_RE = re.compile(r"(\b(?:met|meets|received|receives)\s+(?:\w+\s+){0,3}?(?:with\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?)"
                           r"study\s+(?:group|delegation)\b", _I)
# "through enhanced exchange and dialogue between young politicians": dialogue as a practice
# the parties want, not a gathering
_GENERIC_DIALOGUE_RE = re.compile(
    r"\b(?:exchanges?|communication|cooperation|contacts?)\s+and\s+dialogues?\b"
    r"|\bdialogues?\s+and\s+(?:exchanges?|communication|cooperation|contacts?|consultation)\b"
    r"|\b(?:through|via|by)\s+(?:friendly\s+|mutual\s+|equal\s+)?(?:consultations?|dialogue)\b"     # a manner ("settle problems through friendly consultation")
    r"|\b(?:maintain|keep\s+up|continue)\s+(?:regular\s+|close\s+)?(?:theoretical\s+|strategic\s+)?dialogue\b", _I)     # a standing tie ("is determined to maintain regular theoretical dialogue with")

_OUTCOMES_OF_RE = re.compile(r"\b(?:outcomes?|results?|spirit|consensus|achievements)\s+of\s+(?:the\s+|last\s+year['\u2019]s\s+|this\s+year['\u2019]s\s+)?"
                             r"(?:[A-Z][\w\-]*\s+)*(?:[Ss]ummit|[Ff]orum|[Cc]onference)\b")


def gathering_core(first: str) -> str:
    """`first` with those words rewritten, so that a conference word left in it names a gathering."""
    core = re.sub(r"Political\s+Consultative\s+Conference|Permanent\s+Conference\s+of\s+Political\s+Parties|Forum\s+on\s+China-Africa\s+Cooperation", "PCC",
                  _MET_ATTENDING_RE.sub(r"\1", _CAME_FOR_RE.sub("", first)))
    # ("to implement the outcomes of last year's summit of the FOCAC": a gathering of another time)
    core = _OUTCOMES_OF_RE.sub("outcomes", core)
    return _MET_GROUP_RE.sub(r"\1group", _GENERIC_DIALOGUE_RE.sub("exchanges", core))

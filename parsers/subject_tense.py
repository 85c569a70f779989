"""Subjects whose verb tells a habit or an earlier act, not this release's contact (used by parsers.people):
"President X has repeatedly called for ...", "its then president X had also visited China", "A said Prime
Minister X had directed that ...", after the lead "X has said that ...", a passive "... has been maintained".
"""
from __future__ import annotations

import re

from parsers.title_comma_name import SAID_TAIL

__all__ = ["other_occasion"]

# ("Prime Minister X has described the Eastern Opening as ...", "has travelled to China more often")
_HABIT_RE = re.compile(r"\s+(?:repeatedly|often|long|always|frequently|consistently|never|previously|once|described|in\s+the\s+past|on\s+(?:several|many|numerous)\s+occasions|time\s+and\s+again|"
                       r"travell?ed|urged|argued|warned|insisted)\b")
# after the lead, a title-first speaker who "has said" spoke on another occasion
_SAID_TAIL_RE = re.compile(SAID_TAIL)
# "had talks with", "had a meeting with": a contact; "Asad Umar said Prime Minister X had directed that": no
_HAD_CONTACT_RE = re.compile(r"\s+(?:also\s+)?(?:a|an|talks|discussions|meetings?|separate|bilateral|cordial|fruitful|friendly|in-depth|"
                             r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
_WHILE_RECEIVING_RE = re.compile(r"[^.;]{0,300}?,\s+(?:while|when)\s+(?:receiving|meeting|holding\s+talks\s+with)\b")
_PASSIVE_RE = re.compile(r"\s+been\s+(?!present\b)[a-z]+(?:ed|en|wn|ne)\b")
# (not "X also spoke at the round table, proposing youth exchanges in 2013": a plan for a year to come)
_LAST_YEAR_RE = re.compile(r"(?:(?!\b(?:proposing|suggesting|planning|calling\s+for|inviting|will|would)\b)[^.;]){0,80}?\b(?:last\s+(?:year|month)|(?:years?|months?)\s+ago|in\s+(?:19|20)\d\d)\b")
_EARLIER_RE = re.compile(r"\s+(?:also\s+)?(?:visited|met|been|led|headed|attended|earlier|previously|already)\b")


def other_occasion(text: str, m: re.Match, lead_end: int | None, sentence_start) -> bool:
    """Whether subject match `m` (ending in its verb's "has"/"have"/"had") tells another occasion (the shapes above);
    `sentence_start(text, pos)` finds where the sentence holding pos begins."""
    aux = re.search(r"\b(?:has|have|had)$", m.group())
    if lead_end is not None and m.start() >= lead_end and _LAST_YEAR_RE.match(text, m.end()):
        return True     # "President X, who leads ..., paid a state visit to China in January last year"
    if not aux:
        return False
    if (_HABIT_RE.match(text, m.end()) or _PASSIVE_RE.match(text, m.end())) and not _WHILE_RECEIVING_RE.match(text, m.end()):
        return True     # (but "X has urged ..., while receiving a delegation of the CPC": this contact's words)
    if aux.group() == "had":    # "had talks with" is a contact; a subject inside a longer sentence is read elsewhere
        return bool(_EARLIER_RE.match(text, m.end()) or not _HAD_CONTACT_RE.match(text, m.end())
                    and sentence_start(text, m.start("subject")) == m.start("subject") and ", who" not in m.group())
    return lead_end is not None and m.start() >= lead_end and bool(_SAID_TAIL_RE.match(text, m.end()))

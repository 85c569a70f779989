"""A person's title told in two parts (used by parsers.people): a title-only phrase joined by "and"
before a title-first name (`extend_titles_back`), and a second office after "also" in an
appositive or a relative clause (`extend_titles_also`).
"""
from __future__ import annotations

import re

from parsers.mention import Mention
from parsers.names import TITLE_START_RE, strip_acronyms
from parsers.title_first import title_then_name

__all__ = ["extend_titles_also", "extend_titles_back"]

# "Leader of the United National Party and President Ranil Wickremesinghe, ...": a title-only
# phrase joined by " and " to a title-first name is the first half of that person's title.
_HALF_START_RE = re.compile(r"[,;:\n]|[.!?]\s|\bwith\s")
_TITLE_HALF_RE = re.compile(r"\s*(?:and\s+)?(?P<half>[A-Za-z][^,;.\n]{2,120}?)\s+and\s+$")
_VERB_RE = re.compile(r"\b(?:met|meets|said|says|with|held|holds|received|visited|attended|was|were|is|are|has|have|had)\b")


def extend_titles_back(text: str, found: list[Mention]) -> None:
    spans = [(x.title_start if x.title_start >= 0 else x.start, x.end) for x in found]
    for x in found:
        if x.title_start <= 0 or not x.title:
            continue
        before = text[max(0, x.title_start - 160):x.title_start]
        # the half starts after the last comma, sentence end or "met with"
        m = _TITLE_HALF_RE.match(before, max([0] + [b.end() for b in _HALF_START_RE.finditer(before)]))
        if not m:
            continue
        half = m.group("half")
        h0 = x.title_start - len(before) + m.start("half")
        if not TITLE_START_RE.match(half) or _VERB_RE.search(half) or any(a <= h0 < b for a, b in spans):
            continue
        hit = title_then_name(half, None)
        if hit is not None and hit[0] is not None:
            continue            # the half names a person of its own
        x.title = f"{strip_acronyms(half)} and {x.title}"
        x.title_start = h0


# "Palestinian President Mahmoud Abbas, also chairman of the Fatah party, sent ...": a second
# office after "also" belongs to the same person (and gives the party).
# "President X, who is also the leader of the A Party": the same with a relative clause.
_ALSO_TITLE_RE = re.compile(r",\s+(?:who\s+(?:is|was)\s+)?also\s+(?:the\s+)?(?P<t>[^,.;\n]{3,120}?)(?=\s*[,.;\n])")


# "with Opposition Leader X, Leader of the Social Democratic Liberal Party (SODELPA).": a party office in an
# appositive that closes the sentence or comes before its verb, after a title-first name, is a second office of
# the same person
_PARTY_OFFICE_RE = re.compile(r",\s+(?:the\s+|an?\s+)?(?P<t>(?:[\w\-]+\s+){1,3}?of\s+(?:the\s+)?[A-Z][^,.;\n]{2,80}?"
                              r"\b(?:Party|Front|Movement|Congress|League|Alliance)(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?"
                              r"(?:\s+\([A-Z][a-z]+\))?(?:\s+\([A-Z][\w\-]{1,10}\))?)"     # ("League (Nawaz) (PML-N)")
                              # (or before the verb: "..., Foreign Minister X, chairman of the Socialist Party of Serbia (SPS), held talks")
                              # (or the venue: "met Minister X, a senior leader of the A League (ACR), at the Commission")
                              r"(?=\s*(?:[.;\n]|$)|,\s+(?:also\s+)?(?:held|met|received|hosted|welcomed|said|attended|who|at|in)\b)")


def extend_titles_also(text: str, found: list[Mention]) -> None:
    for x in found:
        if not x.title or x.title_start < 0 or x.end < x.start:
            continue
        m = _ALSO_TITLE_RE.match(text, x.end) or _PARTY_OFFICE_RE.match(text, x.end)
        if m and TITLE_START_RE.match(m.group("t")) and title_then_name(m.group("t"), None) is None:
            x.title = f"{x.title}, {'also ' if m.re is _ALSO_TITLE_RE else ''}{strip_acronyms(m.group('t'))}"
            x.end = m.end()

"""Acronym-only party mentions that need care (used by parsers.parties): a slash compound of
two dictionary acronyms ("CDU/CSU"), and whether a bare dictionary acronym names its row for certain."""
from __future__ import annotations

import re
from collections import Counter

from parsers.data.party_pattern import normalize as _norm
from parsers.party_dictionary import _ACRS, _ENTRIES, _choose
from parsers.party_mention import PartyMention

__all__ = ["certain", "compounds"]


# "CDU/CSU": acronyms joined by slashes name a joint group or list of those parties.
_COMPOUND_RX = re.compile(r"(?<![\w&/])[A-Z][\w&\-]{1,9}(?:/[A-Z][\w&\-]{1,9})+(?![\w&/])")


def certain(acr: str, idx: int, context: Counter) -> bool:
    """A text naming a party only by a dictionary acronym: its full name is certain when no
    other party of another country has that acronym, or when the text is about that row's
    country; else the acronym as written is all the text tells (tests/fixtures/README.md)."""
    rows = _ACRS.get(acr, [idx])
    return len({_ENTRIES[i].country_code for i in rows}) == 1 or _ENTRIES[idx].country_code in context


def compounds(text: str, defs: dict, by_row: dict, context: Counter) -> list[PartyMention]:
    """A slash compound of dictionary acronyms whose parties the text never writes in full is
    one party named as written ("German CDU/CSU" -> "CDU/CSU", DE): the dictionary has no
    single full name for the pair. When the text writes the full names ("the Christian
    Democratic Union and the Christian Social Union (CDU/CSU)"), each part refers to its own."""
    out = []
    for m in _COMPOUND_RX.finditer(text):
        parts = [_norm(x) for x in m.group(0).split("/")]
        if not all(a in _ACRS or a in defs for a in parts) or any(a in defs for a in parts):
            continue
        rows = [_choose(_ACRS[a], None, a, None, context) for a in parts]
        if any(i in by_row for i in rows):
            continue
        codes = {_ENTRIES[i].country_code for i in rows}
        out.append(PartyMention(m.start(), m.end(), m.group(0), m.group(0), m.group(0),
                                codes.pop() if len(codes) == 1 else None, True))
    return out

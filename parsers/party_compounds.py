"""Acronym-only party mentions that need care (used by parsers.parties): a slash compound of
two dictionary acronyms ("CDU/CSU"), whether a bare dictionary acronym names its row for certain, an
acronym the text defines for its own country's party ("the Paraguayan Communist Party (PCP)"), and
initials in two parts ("PCP-PR") that hold no acronym of their own."""
from __future__ import annotations

import re
from collections import Counter

from parsers.data.party_pattern import normalize as _norm
from parsers.gazetteer import CountryMention
from parsers.party_dictionary import _ACRS, _ENTRIES, _choose
from parsers.party_mention import PartyMention

__all__ = ["certain", "compounds", "named_for_another", "two_part_spans"]


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


_NAME_BEFORE_PAREN_RE = re.compile(r"(?:[A-Z][\w'\u2019\-]*[^\S\n]+(?:(?:of|the|and)[^\S\n]+)*){1,6}\($")


def named_for_another(text: str, pos: int, code: str | None, countries: list[CountryMention]) -> bool:
    """Whether the acronym at `pos` is written in parentheses after a capitalised name that holds
    another country than its dictionary row's ("Paraguayan Communist Party (PCP)", row PT)."""
    m = _NAME_BEFORE_PAREN_RE.search(text, max(0, pos - 90), pos)
    if not m or not code:
        return False
    inside = {c.code for c in countries if m.start() <= c.start and c.end <= m.end()} - {"CN"}
    return bool(inside) and code not in inside


def two_part_spans(text: str) -> list[tuple[int, int]]:
    """Where initials in two parts the text defines stand ("(PCP-PR)", then "the PCP-PR"): no acronym inside them is one
    of its own (not Portugal's PCP)."""
    return [(c.start(), c.end()) for a in set(re.findall(r"\(([A-Z][A-Za-z]{1,7}-[A-Z][A-Za-z]{0,7})\)", text))
            for c in re.finditer(rf"(?<![\w\-]){re.escape(a)}(?![\w\-])", text)]

"""The party dictionary (`parsers/data/party_table*.py`) as lookup indexes.

Each table row (canonical name, acronym, ISO2, forms, aliases) becomes an entry; its
name and forms are indexed as normalised full-name forms (reported as written), its
multi-word aliases as forms reported under the canonical name, its acronym and one-word
aliases as acronyms. `_choose` picks the row a shared form or acronym refers to from the
evidence of a text; `lookup_party` and `is_party_like` answer for one name. Finding
mentions in running text is `parsers.parties`.
"""
from __future__ import annotations

import re
from collections import Counter

from parsers.data import party_table, party_table_africa, party_table_west
from parsers.data.party_pattern import normalize as _norm
from parsers.data.party_words import EXCLUDE, GENERIC, KEYWORDS
from parsers.gazetteer import find_countries
from parsers.model import Party

__all__ = ["SUPRANATIONAL", "bare_key", "lookup_party", "is_party_like", "row_name", "written_row", "full_names"]

_ROWS = party_table.PARTIES + party_table_africa.PARTIES + party_table_west.PARTIES
_ENTRIES: list[Party] = [Party(r[0], r[1], r[2]) for r in _ROWS]


def full_names() -> set[str]:
    """Every row's name and written forms (aliases excluded), as the table spells them."""
    return {n for row in _ROWS for n in (row[0], *row[3])}
SUPRANATIONAL: frozenset[str] = frozenset(p.name for p in _ENTRIES if p.country_code is None)

# normalised form -> [(entry index, reported as written?)]
_FORMS: dict[str, list[tuple[int, bool]]] = {}
_ACRS: dict[str, list[int]] = {}
_ALIAS_KEYS: set[str] = set()   # aliases reported as written: a row's name only when no other form is written
for _i, (_name, _acr, _cc, _forms, _aliases) in enumerate(_ROWS):
    for _f in (_name, *_forms):
        _FORMS.setdefault(_norm(_f), []).append((_i, True))
    for _a in _aliases:
        # "Zanu PF": the acronym in a newspaper's casing is still the acronym
        if " " in _a and not _a.isupper() and not (_acr and re.sub(r"[\W_]", "", _a).upper() == re.sub(r"[\W_]", "", _acr).upper()):
            # an alias that adds a locator ("French Socialist Party") reports the canonical name;
            # any other ("Baath Party", "Minjoo Party") is the party's name as the text writes it
            # ... and so does a short form opening with the row's acronym ("CPN (Unified Marxist-Leninist)")
            # ... and "AK Party", an initialism with a party word, is the acronym's: the row's name
            _FORMS.setdefault(_norm(_a), []).append((_i, not find_countries(_a) and not (
                _acr and _a.split()[0] == _acr.split()[0]) and not re.fullmatch(r"[A-Z]{2,}\s+Party", _a)))
            _ALIAS_KEYS.add(_norm(_a))
        else:
            _ACRS.setdefault(_norm(_a), []).append(_i)
    if _acr:
        _ACRS.setdefault(_norm(_acr), []).append(_i)

_LOWER_FORMS = {}
for _k, _v in _FORMS.items():
    _LOWER_FORMS.setdefault(_k.lower(), _v)


def row_name(name: str) -> str | None:
    """The canonical name of the one row a full name of three words or more is the name or a form of
    ("People's Movement for the Liberation of Angola" -> "Popular Movement for the Liberation of Angola"), else None."""
    if len(name.split()) < 3:
        return None
    key = _norm(re.sub(r"^[Tt]he\s+", "", name))
    rows = {i for i, _ in _FORMS.get(key) or _LOWER_FORMS.get(key.lower(), [])}
    return _ROWS[rows.pop()][0] if len(rows) == 1 else None


def bare_key(name: str) -> str:
    """A name's key with its possessives dropped ("Sudan People's" and "Sudan People" alike)."""
    return re.sub(r"'s?(?=\s|$)", "", _norm(name).lower())


# "Sudan People Liberation Movement": a writer who drops the possessive still names the row
_BARE_FORMS: dict[str, list[tuple[int, bool]]] = {}
for _k, _v in _FORMS.items():
    if "'" in _k:
        _BARE_FORMS.setdefault(bare_key(_k), []).extend(_v)
_ACR_BEFORE_LOCATOR = re.compile(r"\s*\([^()]{1,20}\)\s+of\s+(?=[A-Z])")


def _choose(cands: list[int], loc: str | None, acr: str | None, pre: str | None,
            context: Counter, generic: bool = False) -> int | None:
    """The table row a form or acronym refers to; None = not this dictionary party."""
    if loc:
        hit = [i for i in cands if _ENTRIES[i].country_code == loc]
        return hit[0] if hit else None
    if pre and acr and (hit := [i for i in cands if _ENTRIES[i].country_code == pre]):
        return hit[0]   # "Japan's Social Democratic Party (SDP)": the country written before it, not Finland's SDP
    if pre and acr and all(_ENTRIES[i].country_code for i in cands):
        return None     # "Costa Rica's Broad Front (FA)": another country's party than Uruguay's
    if acr:
        hit = [i for i in cands if _ENTRIES[i].acronym and _norm(_ENTRIES[i].acronym) == acr]
        named = [i for i in cands if _ENTRIES[i].country_code in context]
        if hit and named and not any(_ENTRIES[i].country_code in context for i in hit):
            # "the Democratic Party (DP), ... of the Republic of Korea": the form's row of a country the text
            # names wins over another country's row with that acronym (Mongolia's DP)
            return max(named, key=lambda i: context[_ENTRIES[i].country_code])
        if generic and len(set(context) - {"CN"}) == 1 and not named:
            return None     # "Social Democratic Party (SDP)" in a text about Montenegro alone: not Finland's SDP
        if len(hit) == 1 or (hit and len(set(_ENTRIES[i].country_code for i in hit)) == 1):
            return hit[0]
        cands = hit or cands
    if pre:
        hit = [i for i in cands if _ENTRIES[i].country_code == pre]
        if hit or generic:
            return hit[0] if hit else None
    if generic or len({_ENTRIES[i].country_code for i in cands}) > 1:
        for cc, _n in context.most_common():
            hit = [i for i in cands if _ENTRIES[i].country_code == cc]
            if hit:
                return hit[0]
        if generic and context and all(_ENTRIES[i].country_code for i in cands):
            return None  # "People's Party" in a text about Denmark: not the Spanish one
    return cands[0]


def lookup_party(name_or_acronym: str) -> Party | None:
    """Dictionary entry for a full name, form, alias or acronym ("the" and an "of <Country>"
    locator are tolerated); None when unknown."""
    key = _ACR_BEFORE_LOCATOR.sub(" of ", _norm(name_or_acronym))   # "Workers' Party (PT) of Brazil"
    rows = _FORMS.get(key) or _LOWER_FORMS.get(key.lower())
    if not rows and key[:4].lower() == "the ":
        key = key[4:]
        rows = _FORMS.get(key) or _LOWER_FORMS.get(key.lower())
    rows = rows or _BARE_FORMS.get(bare_key(key))
    if rows:
        return _ENTRIES[rows[0][0]]
    if key in _ACRS:
        return _ENTRIES[_ACRS[key][0]]
    parts = key.split("/")
    if len(parts) > 1 and all(a in _ACRS for a in parts):   # "CDU/CSU": a joint name of one country's parties
        codes = {_ENTRIES[_ACRS[a][0]].country_code for a in parts}
        return Party(key, key, codes.pop()) if len(codes) == 1 else None
    if " of " in key:
        head, _, tail = key.rpartition(" of ")
        cs = find_countries(tail)
        rows = _FORMS.get(head) or _LOWER_FORMS.get(head.lower())
        if cs and rows:
            idx = _choose([i for i, _ in rows], cs[0].code, None, None, Counter())
            return _ENTRIES[idx] if idx is not None else None
    return None


def is_party_like(name: str) -> bool:
    """True for "... Party", "... Front", "... Movement", "... Congress", "... Union",
    "... League", "... Alliance", "... Rally", ... and for dictionary names."""
    words = re.split(r"[\s\-/]+", name.strip())
    if any(w.rstrip("'’s") in KEYWORDS or w in KEYWORDS for w in words):
        return _norm(name) not in EXCLUDE
    return lookup_party(name) is not None


def written_row(written: str, name: str, loc: str | None, context: Counter) -> tuple[int, str | None]:
    """(row, canonical name or None) for a party-like name the dictionary does not hold as written,
    else (-1, None): "Sudan People Liberation Movement" (a possessive dropped; `written` may carry
    the locator that chooses among rows: "People Democratic Party of Tajikistan"), "the UDA Party"
    (a dictionary acronym with a party word, reported under the row's name)."""
    rows = None if "'" in _norm(name) or all(w in GENERIC for w in name.split()) else \
        _BARE_FORMS.get(bare_key(written)) or _BARE_FORMS.get(bare_key(name))
    initialism = re.fullmatch(r"([A-Z][A-Za-z]{1,7})\s+[Pp]arty", name)
    if rows is None and initialism and _norm(initialism.group(1)) in _ACRS:
        rows = [(i, False) for i in _ACRS[_norm(initialism.group(1))]]
    chosen = _choose([i for i, _ in rows], loc, None, None, context) if rows else None
    if chosen is None:
        return -1, None
    canonical = _ENTRIES[chosen].name if initialism else None
    return chosen, (canonical if canonical and canonical.lower() != _norm(name).lower() else None)   # "Swapo Party" as written

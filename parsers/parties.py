"""Party mentions in free text (the dictionary itself: `parsers.party_dictionary`).

Mentions come from three sources, merged non-overlapping and sorted by start:
1. dictionary names (`parsers/data/party_table*.py`), one trie regex, case-sensitive;
2. the party-like pattern for unknown parties (known=False; `parsers/data/party_pattern.py`);
3. acronyms: defined in the text by "Full Name (ACR)" (or "Full Name of <Country> (ACR)"),
   given by the caller, or dictionary acronyms of three or more characters (two-letter ones
   such as "PT", "NC" only once the text or the caller defines them). An acronym refers to
   its nearest preceding definition in the text ("NPP" can be Ghanaian, then Sri Lankan).

Naming (tests/fixtures/README.md): a full-name mention reports the name as written
(whitespace collapsed, dashes as "-" without spaces, straight apostrophes), without "the" and
without a locator the writer added ("Jubilee Party of Kenya" -> name and span "Jubilee Party").
A dictionary alias ("French Socialist Party") reports the canonical name. All mentions of one
dictionary party in a text carry its longest name there ("Awami League" in the headline,
"Bangladesh Awami League" in the body -> "Bangladesh Awami League"), acronyms included.
For an unknown name, "of <Country>" stays when the rest of the name is purely descriptive
("Communist Party of Chile") and is stripped otherwise ("Pangu Party of Papua New Guinea").
`acronym` is the acronym as written: the parenthesised one after a full name, or the matched
acronym; None otherwise (the dictionary acronym is available from `lookup_party`).
A shared form or acronym ("Socialist Party", "PPP") takes its country from, in order: an
"of <Country>" locator, the written acronym, a country adjective or "<Country>'s" just before
it, the countries the text mentions most; failing those, the first table row. A purely
descriptive form ("People's Party") whose country contradicts that evidence is left to the
party-like pattern ("Danish People's Party" -> unknown, DK). "the Party" and "both Parties"
are never returned; the CPC is returned (country "CN") for callers to filter.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from parsers.data.party_pattern import normalize as _norm
from parsers.data.party_pattern import scan_party_like, written_acronym as _written_acronym
from parsers.data.party_words import ACCORD_WORDS, GENERIC
from parsers.data.trie import trie_pattern
from parsers.gazetteer import CountryMention, find_countries
from parsers.party_dashes import dash_joined
from parsers.party_compounds import certain as _certain, compounds as _compounds, named_for_another, two_part_spans
from parsers.party_mention import PartyMention
from parsers.party_own_language import own_language_names
# the dictionary's indexes; lookup_party, is_party_like, SUPRANATIONAL and _ROWS are re-exported
from parsers.party_dictionary import (_ACRS, _ALIAS_KEYS, _ENTRIES, _FORMS, _ROWS, SUPRANATIONAL, _choose,  # noqa: F401
                                      is_party_like, lookup_party, written_row)


_B, _E = r"(?<![\w&])", r"(?![\w&])"
_NAME_RX = re.compile(_B + "(?:" + trie_pattern(_FORMS).replace("\\-", r"\s*[-–—]\s*") + ")" + _E)
_AUTO_ACRS = [a for a in _ACRS if len(a.replace("-", "")) >= 3 and a not in {"ABC", "DPT", "CAR"}]
_AUTO_SET = frozenset(_AUTO_ACRS)
_ACR_RX = re.compile(_B + "(?:" + trie_pattern(_AUTO_ACRS) + ")" + _E)
_LOCATOR = re.compile(r"\s+of\s+(?:the\s+)?")


def _country_at(countries: list[CountryMention], pos: int, text: str) -> CountryMention | None:
    """The country mention starting at `pos` (after an optional "the")."""
    for c in countries:
        if c.start >= pos:
            return c if text[pos:c.start].strip() in ("", "the") and c.kind == "name" else None
    return None


def _locator(text: str, end: int, countries: list[CountryMention]) -> CountryMention | None:
    m = _LOCATOR.match(text, end)
    return _country_at(countries, m.end(), text) if m else None


_GROUP_AFTER = (re.compile(r"\s+Group\s+in\s+the\s+European\s+Parliament\b"), re.compile(r"\s+Group\b"))


def _group_after(text: str, name: str, end: int) -> tuple[int, str, int] | None:
    """A party's parliamentary group written with the party's acronym inside its name:
    (table row, name without the acronym, end)."""
    for rx in _GROUP_AFTER:
        g = rx.match(text, end)
        key = _norm(name + g.group(0)) if g else ""
        if g and key in _FORMS:
            return _FORMS[key][0][0], key, g.end()
    return None


def _full_mentions(text: str, countries: list[CountryMention]) -> list[tuple[PartyMention, int, int]]:
    """Full-name mentions (dictionary first, then party-like) as (mention, end of a written
    acronym, table row or -1); all mentions of a row carry its longest name in the text."""
    context = Counter(c.code for c in countries if c.code != "CN")
    found: list[tuple[PartyMention, int, int]] = []
    reach: dict[int, int] = {}  # dictionary mention start -> end of its "of <Country>" locator
    # "the Labour party": a capitalised name before a lower-case "party" is matched as the name
    capped = re.sub(r"\b([A-Z][\w'’\-]*\s+)party\b", lambda x: x.group(1) + "Party", text)
    for m in _NAME_RX.finditer(capped):
        key = _norm(m.group(0))
        if text[m.end() - 5:m.end()] == "party" and _norm(m.group(0)[:-6]) in _FORMS:
            key = _norm(m.group(0)[:-6])        # "the Nur Otan party": the name is "Nur Otan"
        cands = _FORMS.get(key) or _FORMS.get(key.replace("’", "'"))
        if not cands:
            continue
        if re.match(r"[ \t][\"\u201c][A-Z]", text[m.end():m.end() + 3]):   # (a quote opening the next line is not)
            continue    # 'Social Democratic Party "Harmony"': the quoted name makes another party
        acr, acr_end = _written_acronym(text, m.end())
        own = [i for i in _ACRS.get(_norm(acr), []) if _norm(_ROWS[i][0]).startswith(key + " of ")] if acr else []
        if len(own) == 1 and not any(i == own[0] and w for i, w in cands):
            # "Germany's Social Democratic Party (SPD)": the acronym names the row, whose own name
            # carries the country ("Social Democratic Party of Germany")
            cands = [(own[0], False)]
        grp = _group_after(text, m.group(0), acr_end) if acr else None
        if grp:     # "European People's Party (EPP) Group in the European Parliament": the group
            idx, name, end = grp
            found.append((PartyMention(m.start(), end, text[m.start():end], name, acr,
                                       _ENTRIES[idx].country_code, True), end, idx))
            continue
        loc = _locator(text, acr_end, countries)
        if loc and not acr:   # "Jubilee Party of Kenya (JP)"
            acr, acr_end = _written_acronym(text, loc.end)
        prev = [c for c in countries if c.end <= m.start() and text[c.end:m.start()] in (" ", "'s ", "’s ")]
        pre = prev[-1].code if prev else None
        generic = all(w in GENERIC for w in key.replace("-", " ").split())
        idx = _choose([i for i, _ in cands], loc.code if loc else None, acr, pre, context, generic)
        if idx is None:
            continue  # e.g. "Socialist Party of Chile": left to the party-like pattern
        as_written = dict(cands)[idx]
        e = _ENTRIES[idx]
        name = key if as_written else e.name
        if as_written and re.search(r"\bparty\s+\S", text[m.start():m.end()]):
            name = e.name   # "the Belarusian party Belaya Rus": a lower-case descriptor before the name
        written = _norm(f"{key} of {text[loc.start:loc.end]}") if loc else ""
        if written and written in {_norm(f) for f in (_ROWS[idx][0], *_ROWS[idx][3])}:
            # "Liberal Democratic Party (LDP) of Japan": the party's own name has its country,
            # as the text spells it ("Social Democratic Party of Portugal" still drops it: the
            # row's names lack it)
            name = written
        found.append((PartyMention(m.start(), m.end(), m.group(0), name, acr, e.country_code, True), acr_end, idx))
        if loc:
            reach[m.start()] = loc.end
    own_acronyms = []      # "(AK Parti)": an acronym with a party word is no party-like name of its own
    for start, end, name, acr in own_language_names(text):
        if lead := _LEADING_THE_RE.match(name):
            # a sentence's "The" (and a dateline run into it) is no part of the name: "KUALA LUMPUR -- The United
            # Malays National Organisation (UMNO) will", "15 May 2025 – The Frente Amplio (FA) has"
            start, name = start + text[start:end].find(name[lead.end():]), name[lead.end():]
        if any(f[0].start < start < f[0].end or f[0].start < end < f[0].end or (f[0].start, f[0].end) == (start, end)
               for f in found):
            continue            # a dictionary form ("Frente de Libertação de Moçambique") read already
        found = [f for f in found if not (start <= f[0].start and f[0].end <= end)]
        # ("Parti Socialiste (PS) of Senegal": the locator after the acronym chooses among the rows)
        after = _locator(text, text.index(")", end) + 1, countries)
        key = _norm(acr) if _norm(acr) in _ACRS else _norm(acr).replace("/", "-")     # "(MLSTP/PSD)"
        idx = _choose(_ACRS[key], after.code if after else None, key, None, context) if key in _ACRS else None
        if idx is None and _FORMS.get(_norm(acr)):
            idx = _FORMS[_norm(acr)][0][0]     # "Harakat al-Tahrir al-Watani al-Filastini (Fatah)": a name as acronym
        idx = -1 if idx is None else idx
        cc = _ENTRIES[idx].country_code if idx >= 0 else after.code if after else next(
            (c.code for c in countries if start <= c.start < end), None)
        found.append((PartyMention(start, end, text[start:end], _norm(name), _norm(acr), cc, idx >= 0),
                      text.index(")", end) + 1, idx))
        own_acronyms.append((end, text.index(")", end) + 1))
    taken = [(p.start, p.end) for p, _, _ in found] + own_acronyms
    for start, end, name, cc, full_end in scan_party_like(text, countries):
        if any(s < end and start < e for s, e in taken):
            inner = [p for p, _, _ in found if start <= p.start and p.end <= end and (p.start, p.end) != (start, end)]
            generic = inner and all(all(w in GENERIC for w in p.name.split()) and
                                    reach.get(p.start, -1) < end for p in inner)
            extra = text[start:inner[0].start].split() if inner else []
            if len(extra) == 1 and any(c.kind == "adjective" for c in find_countries(extra[0])):
                continue    # "the Iranian Islamic Coalition Party": the writer's adjective before a known name
            # "the Broad Front for Democracy of Panama": a known name ("Broad Front") extended by
            # "for ..." names another party
            longer = inner and all(re.match(r"\s+for\s+[A-Z]", text[p.end:end]) for p in inner)
            if not (generic or longer) or not all(start <= s and e <= end for s, e in taken if s < end and start < e):
                continue
            found = [f for f in found if not (start <= f[0].start and f[0].end <= end)]
        acr, acr_end = _written_acronym(text, end)
        if not acr and full_end > end:
            acr, acr_end = _written_acronym(text, full_end)
        idx, canonical = written_row(text[start:full_end], name, cc if full_end > end else None,
                                     Counter(c.code for c in countries if c.code != "CN"))
        row = idx >= 0
        cc = _ENTRIES[idx].country_code if row else cc
        if cc is None and acr and (loc := _locator(text, acr_end, countries)):
            cc = loc.code       # "the Social Democratic Front (SDF) of Cameroon"
        name = canonical or name
        found.append((PartyMention(start, end, text[start:end], name, acr, cc, bool(row)), acr_end, idx))
        taken.append((start, end))
    found = dash_joined(text, sorted(found, key=lambda f: f[0].start))
    # row -> its name in this text: the first full mention as written, an alias ("Frente Amplio")
    # yielding to a written form ("Broad Front"); a headline (text before a blank line, when a
    # caller passes one) shortens names, so its mentions yield to the body's
    head_end = text.find("\n\n")
    best: dict[int, tuple] = {}
    for p, _, idx in found:
        if idx < 0:
            continue
        # (a form the writer defines an acronym for is the one it means to name: "Swapo Party cadres", then "the South
        # West Africa People's Organisation (Swapo)")
        rank = (p.name not in _ALIAS_KEYS, p.start > head_end, bool(re.match(r"\s*\([A-Za-z]", text[p.end:p.end + 3])))
        if idx not in best or rank > best[idx][0] or (rank[:2] == best[idx][0][:2] == (True, False)
                                                      and len(p.name) > len(best[idx][1])):
            best[idx] = (rank, p.name)
    best = {i: n for i, (_, n) in best.items()}
    # ... unless the body later writes a fuller form: "Awami League", then "the Bangladesh Awami League"; "the Fatah
    # movement", then "the Palestinian National Liberation Movement (Fatah)"
    for i, n in list(best.items()):
        fuller = next((p.name for p, _, j in found if j == i and p.start > head_end and p.name != n and p.name not in _ALIAS_KEYS
                       and (p.name.endswith(" " + n) or p.acronym and _norm(p.acronym) == _norm(n))), None)
        best[i] = fuller or n
    found = [(replace(p, name=best[i]) if i >= 0 else p, a, i) for p, a, i in found]
    return found


_LEADING_THE_RE = re.compile(r"^(?:[^\n]{0,30}?\s*[-\u2013\u2014]\s*)?The\s+(?=[A-Z])|^[^\n]{0,30}?\s*[-\u2013\u2014]\s*An?\s+(?=[A-Z])")   # ("(BSS) - A Bangladesh ...")


def learn_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines ("Social Democratic Party of Germany (SPD)" -> {"SPD": ...}),
    plus dictionary acronyms it uses, each mapped to a full party name."""
    countries = find_countries(text)
    full = _full_mentions(text, countries)
    out: dict[str, str] = {}
    for p, _, _ in full:
        if p.acronym:
            out.setdefault(p.acronym, p.name)
    context = Counter(c.code for c in countries if c.code != "CN")
    for m in _ACR_RX.finditer(text):
        a = _norm(m.group(0))
        if a not in out and not any(p.start <= m.start() < e for p, e, _ in full):
            idx = _choose(_ACRS[a], None, a, None, context)
            out[a] = next((p.name for p, _, i in full if i == idx), _ENTRIES[idx].name)
    return out


@lru_cache(maxsize=256)
def _learned_rx(keys: tuple[str, ...]) -> re.Pattern | None:
    keys = tuple(k for k in keys if k and k not in _AUTO_SET)
    return re.compile(_B + "(?:" + trie_pattern(keys) + ")" + _E) if keys else None


def _from_name(full_name: str, acr: str, by_name: dict[str, PartyMention]) -> PartyMention:
    """What an acronym defined as `full_name` refers to (text mention, dictionary, or unknown)."""
    p = by_name.get(full_name)
    if p is not None:
        return p
    e = lookup_party(full_name)
    if e is not None:
        return PartyMention(0, 0, "", e.name, acr, e.country_code, True)
    cs = [c for c in find_countries(full_name) if c.code != "CN"]
    return PartyMention(0, 0, "", full_name, acr, cs[0].code if cs else None, False)


_AGENCY_AFTER_RE = re.compile(r"\s+(?:has\s+)?(?:learned|learnt|reported|correspondents?|reporters?)\b")
_AGENCY_BEFORE_RE = re.compile(r"\b(?:according\s+to|quoted\s+by)\s+$")


def find_parties(text: str, acronyms: dict[str, str] | None = None, where: str | None = None) -> list[PartyMention]:
    """Party mentions in `text`: full names, then acronym back-references, sorted by start.

    An acronym refers to its nearest preceding definition in the text ("... (NPP)"), else
    to the first later one, else to `acronyms` (default: none beyond the text's own), else
    to the dictionary. `where`: the ISO2 of the dateline's city, which tells what country
    the text is about when it never names one ("KARACHI: ... PPP's Chairman")."""
    countries = find_countries(text)
    full = _full_mentions(text, countries)
    defs: dict[str, list[PartyMention]] = {}
    for p, _, _ in full:
        if p.acronym:
            defs.setdefault(p.acronym, []).append(p)
    given = dict(acronyms or {})
    by_name = {p.name: p for p, _, _ in full}
    by_row = {i: p for p, _, i in reversed(full) if i >= 0}
    context = Counter(c.code for c in countries if c.code != "CN")
    if where and where != "CN":
        context[where] += 1
    blocked = [(p.start, a) for p, a, _ in full]
    out = [p for p, _, _ in full]
    hits = list(_ACR_RX.finditer(text))
    rx = _learned_rx(tuple(sorted({*defs, *given})))
    if rx:
        hits += list(rx.finditer(text))
    for c in _compounds(text, defs, by_row, context):
        out.append(c)
        blocked.append((c.start, c.end))
    theirs: set[str] = set()
    compound = two_part_spans(text)
    for m in sorted(hits, key=lambda m: (m.start() if text[m.start() - 1:m.start()] != "(" else -1, -m.end())):     # "PPD/PSD" before "PPD"
        if any(s <= m.start() < e for s, e in blocked) or any(s <= m.start() and m.end() < e for s, e in compound):
            continue
        a = _norm(m.group(0))
        if a in defs:
            before = [p for p in defs[a] if p.start < m.start()]
            p = before[-1] if before else defs[a][0]
        elif a in given:
            p = _from_name(given[a], a, by_name)
        elif a in _ACRS and len(a.replace("-", "")) >= 3:
            if _AGENCY_AFTER_RE.match(text, m.end()) or _AGENCY_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()) \
                    or re.search(r"\b(?:" + "|".join(ACCORD_WORDS) + r")\s*\(\s*" + re.escape(m.group(0)) + r"\s*\)", text):
                continue    # a news agency ("PAP learned from the party"), not the party of those initials (nor the
                            # "Comprehensive Peace Agreement (CPA)" the text defines them as)
            idx = _choose(_ACRS[a], None, a, None, context)
            e = _ENTRIES[idx]
            if a in theirs or named_for_another(text, m.start(), e.country_code, countries):
                theirs.add(a)   # "the Paraguayan Communist Party (PCP)": the text's own party, not Portugal's
                continue        # PCP, here and in every later "PCP" (left to the party-like names)
            p = by_row.get(idx) or (PartyMention(0, 0, "", e.name, a, e.country_code, True) if _certain(a, idx, context)
                                    else PartyMention(0, 0, "", m.group(0), a, None, True))
        else:
            continue
        out.append(PartyMention(m.start(), m.end(), m.group(0), p.name, a, p.country_code, p.known))
        blocked.append((m.start(), m.end()))
    out.sort(key=lambda p: p.start)
    return out

"""One Party per party of a text: its mentions (full name, short name, acronym, a descriptive
name alone) are joined and all carry the first full mention's name. Used by parsers.party_spans,
whose PartySpan items this reads and rebuilds.
"""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.data.party_words import GENERIC
from parsers.gazetteer import find_countries
from parsers.model import Party

__all__ = ["add_party", "unify"]


def _split_country(name: str) -> tuple[str | None, bool]:
    """(the name without its country, whether it had one): "Democratic Party of Equatorial Guinea" and
    "Colombian Liberal Party" name theirs; (None, False) for another "... of ..." name."""
    m = re.match(r"(.+?)\s+of\s+(?:the\s+)?(.+)$", name)
    if m:
        cs = find_countries(m.group(2))
        return (m.group(1), True) if cs and cs[0].start == 0 and cs[0].end == len(m.group(2)) else (None, False)
    cs = find_countries(name)
    # (and "New Zealand National Party": a country's name opening it)
    if cs and cs[0].start == 0 and cs[0].kind in ("adjective", "name") and name[cs[0].end:cs[0].end + 1] == " ":
        return name[cs[0].end + 1:], True
    return name, False


def _generic_head(party: Party) -> str | None:
    """"democratic party" for "Democratic Party", "Democratic Party of Equatorial Guinea" and "Colombian
    Democratic Party": a name of descriptive words only, without or with its country; else None."""
    name, _ = _split_country(party.name)
    if name is None:
        return None
    words = name.replace("-", " ").split()
    return name.lower() if words and all(w in GENERIC for w in words) else None


def _join_generic(spans: list, groups: list[list[int]]) -> None:
    """"the country's Democratic Party" ... "the Democratic Party of Equatorial Guinea" (or "the Colombian
    Liberal Party" ... "Liberal Party Director X"): a descriptive name with no country joins the one group
    of that name with a country (never when there are two)."""
    for g in list(groups):
        p = spans[g[0]].party
        head = _generic_head(p)
        if head is None or _split_country(p.name)[1]:
            continue
        withc = [h for h in groups if h is not g and _split_country(spans[h[0]].party.name)[1]
                 and _generic_head(spans[h[0]].party) == head]
        if len(withc) == 1 and p.country_code in (None, spans[withc[0][0]].party.country_code):
            g.extend(withc[0])
            g.sort()
            groups.remove(withc[0])


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'\u2019\-]*", name))


def _join_initials(spans: list, groups: list[list[int]]) -> None:
    """"Canada's New Democratic Party" ... "NDP foreign affairs critic X": an acronym the text never
    bracketed joins the one party of the text, named in full without an acronym, whose initials it is."""
    for g in list(groups):
        p = spans[g[0]].party
        if not (p.acronym and p.name == p.acronym and re.fullmatch(r"[A-Z]{2,6}", p.name)):
            continue
        full = [h for h in groups if h is not g and " " in spans[h[0]].party.name and not spans[h[0]].party.acronym
                and _initials(spans[h[0]].party.name) == p.name]
        if len(full) == 1:
            full[0].extend(g)
            full[0].sort()
            groups.remove(g)


def _other_country(spans: list, group: list[int], party: Party) -> bool:
    return bool(party.country_code) and any(spans[i].party.country_code not in (None, party.country_code) for i in group)


def unify(spans: list) -> list:
    """One Party per party of the text: later mentions (short name, acronym) take the first
    full mention's name, and the first known acronym and country of any mention."""
    groups: list[list[int]] = []
    keys: list[set[str]] = []
    for i, s in enumerate(spans):
        k = {"n:" + s.party.name.lower()}
        if s.party.acronym:
            k.add("a:" + s.party.acronym)
        if " " not in s.party.name:     # a later bare "PDP-Laban" is the acronym of "... (PDP-Laban)"
            k.add("a:" + s.party.name)
        for g, gk in zip(groups, keys):
            shared = gk & k
            if shared and not any(x.startswith("n:") for x in shared) and _other_country(spans, g, s.party):
                continue    # "Labor Party (PT) of Mexico" and "Workers' Party (PT) of Brazil": one acronym, two parties
            if shared:
                g.append(i)
                gk |= k
                break
        else:
            groups.append([i])
            keys.append(set(k))
    _join_generic(spans, groups)
    _join_initials(spans, groups)
    out = list(spans)
    for g in groups:
        # (a bare acronym gives way to the full name it stands for, wherever that comes)
        first = next((spans[i].party for i in g if spans[i].party.name != spans[i].party.acronym), spans[g[0]].party)
        # a descriptive name alone gives way to the same name with its country
        first = next((spans[i].party for i in g if _split_country(spans[i].party.name)[1] and (head := _generic_head(first)) is not None
                      and _generic_head(spans[i].party) == head), first)
        acronym = next((spans[i].party.acronym for i in g if spans[i].party.acronym), None)
        country = next((spans[i].party.country_code for i in g if spans[i].party.country_code), None)
        merged = Party(first.name, acronym, country)
        for i in g:
            out[i] = replace(spans[i], party=merged)
    return out


def add_party(parties: list[Party], party: Party) -> None:
    """Add `party` to an event's parties unless it is there (by name, or by acronym within a country)."""
    key = party.name.lower()
    for i, q in enumerate(parties):
        # (one acronym in two countries is two parties: Mexico's and Brazil's "PT")
        if q.name.lower() == key or (party.acronym and q.acronym == party.acronym
                                     and (None in (q.country_code, party.country_code) or q.country_code == party.country_code)):
            if q.acronym is None and party.acronym:
                parties[i] = Party(q.name, party.acronym, q.country_code or party.country_code)
            return
    parties.append(party)

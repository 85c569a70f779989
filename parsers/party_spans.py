"""Foreign party mentions of one text as spans, for the people and event extractors.

Wraps `parsers.parties.find_parties` (the party dictionary) and adds what it may miss:
names defined by a parenthesised acronym (`Chama Cha Mapinduzi (CCM) of Tanzania`),
later acronym back-references (`the SPÖ`) and unknown party-like names (`... Party`, parsers.word_party_spans).
The CPC itself is dropped; "the Party" / "both Parties" never create a party.
"""
from __future__ import annotations

import re

from parsers import parties as _parties
from parsers.gazetteer import country_code, find_countries
from parsers.model import Party
from parsers.names import TITLE_NOUN
from parsers.party_bodies import CPC_NAMES as _CPC_NAMES, is_cpc_party, not_a_party as _not_a_party
from parsers.party_pairs import shared_head_spans
from parsers.party_glosses import without_glosses
from parsers.party_unify import unify
from parsers.word_party_spans import CAP as _CAP, GENERIC as _GENERIC, PARTY_WORD as _PARTY_WORD, PartySpan
from parsers.word_party_spans import country_in as _country_in, word_spans as _word_spans

__all__ = ["PartySpan", "party_spans", "is_cpc_party", "party_in"]



_CONNECT = r"(?:of|for|and|the|de|del|la|in|'s)"
# "Social Democratic Party of Germany (SPD)", "the Party of the European Left", "Die Linke".
_NAME_RE = re.compile(
    rf"(?<![\w\-])(?:{_CAP}[^\S\n]+(?:{_CONNECT}[^\S\n]+)*)*?{_CAP}(?:[^\S\n]+(?:{_CONNECT}[^\S\n]+)*{_CAP})*"
    rf"(?:[^\S\n]+\((?:[A-Z][\w\s\-]+)\))?"        # "(Maoist Centre)" belongs to the name
)
_ACRO_DEF_RE = re.compile(r"\(([A-Z\u00C0-\u00DE][\w&\-.'\u00C0-\u017F]*(?:\s?\([A-Z]+\))?)\)")
# a name with no party word is a party when the writer says so: "the Citizens for European
# Development of Bulgaria (GERB), the ruling party of Bulgaria, ..."
_PARTY_APPOSITIVE_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?(?:ruling\s+|governing\s+|opposition\s+)?party\b")
_LOCATOR_RE = re.compile(r"^\s+(?:of|in)\s+(?:the\s+)?((?:[A-Z][\w\-']*\s?){1,4})")


# ("Vice-chairperson of the party Bidya Devi Bhandari": "the party" refers back; a name follows)
_NAMED_PARTY_RE = re.compile(r"(?<!\bthe )(?<!\bthis )(?<!\bour )\bparty\s+([A-Z][\w'\-]+)(?=\s+[A-Z][a-z]+\s+[A-Z][a-z])")


def _fallback_spans(text: str, countries: list | None = None) -> list[PartySpan]:
    """Acronym-defined names and party-word names, when the dictionary finds nothing there."""
    countries = countries if countries is not None else find_countries(text)
    out: list[PartySpan] = []
    acr: dict[str, Party] = {}
    for m in _ACRO_DEF_RE.finditer(text):
        acronym = m.group(1)
        if sum(ch.isupper() for ch in acronym) < 2 and acronym not in ("Fidesz",) \
                or acronym.isupper() and country_code(acronym):
            continue                     # "(DPRK)", "(UK)": a country's acronym
        window = text[max(0, m.start() - 160):m.start()]
        head = window.rstrip()
        name = _name_before(head)
        if not name or _not_a_party(name) or acronym in ("CPC", "IDCPC", "CPC)"):
            continue
        start = m.start() - (len(window) - len(head)) - len(name)
        located = _generic_located(name, text, start, m.end(), countries)
        if not re.search(rf"\b{_PARTY_WORD}|Fidesz", name) and not _known(name, acronym) \
                and not _PARTY_APPOSITIVE_RE.match(text, m.end()) and not located:
            continue
        end = m.end()
        cc = _country_in(countries, start, end) or located
        loc = _LOCATOR_RE.match(text[end:end + 60])
        if loc:
            lc = _country_in(countries, end, end + loc.end())
            if lc:
                cc = lc                 # "(PAIGC) of Guinea-Bissau": the locator beats the name
                end += loc.end()
        party = Party(name, acronym, cc)
        acr.setdefault(acronym, party)
        out.append(PartySpan(start, end, party))
    for a, p in acr.items():
        for m in re.finditer(rf"(?<![\w\-(]){re.escape(a)}(?![\w\-)])", text):
            if not any(s.start <= m.start() < s.end for s in out):
                out.append(PartySpan(m.start(), m.end(), p))
    for m in _NAMED_PARTY_RE.finditer(text):     # "the French party Renaissance Stephane Sejourne"
        if not _not_a_party(m.group(1)) and not any(x.start < m.end(1) and m.start(1) < x.end for x in out) \
                and not re.fullmatch(TITLE_NOUN, m.group(1), re.IGNORECASE):     # "party Treasurer General X"
            out.append(PartySpan(m.start(1), m.end(1), Party(m.group(1), None, _country_in(countries, m.start(), m.end(1)))))
    for s in _word_spans(text, countries):
        if not any(x.start < s.end and s.start < x.end for x in out):
            out.append(s)
    return out


def _generic_located(name: str, text: str, start: int, end: int, countries: list) -> str | None:
    """The country of a name of party words only given its acronym and the writer's locator: "the Social Democrats
    (SD) of Slovenia", "Slovenia's Social Democrats (SD)"."""
    if len(name.split()) < 2 or any(w.lower() not in _GENERIC for w in name.split()):
        return None
    if loc := _LOCATOR_RE.match(text[end:end + 60]):
        return _country_in(countries, end, end + loc.end())
    if pos := re.search(r"(\S+)['\u2019]s\s+$", text[max(0, start - 40):start]):
        return _country_in(countries, start - len(pos.group(0)), start)
    return None


_CONNECT_WORDS = ("of", "for", "and", "the", "de", "del", "la", "in", "du", "des")


def _name_before(head: str) -> str | None:
    """The party name that ends `head` (just before a parenthesised acronym)."""
    suffix = ""
    paren = re.search(r"\s\([^()]{2,60}\)$", head)
    if paren:                                     # "Communist Party of Nepal (Unified Marxist-Leninist)"
        suffix, head = paren.group(0), head[:paren.start()]
    run: list[str] = []
    for w in reversed(head.rsplit("\n", 1)[-1].split()[-14:]):     # (not over a paragraph break)
        if re.fullmatch(_CAP, w) or w.lower() in _CONNECT_WORDS:
            run.insert(0, w)
        else:
            break
    cands = [" ".join(run[i:]) for i in range(len(run))
             if re.fullmatch(_CAP, run[i]) and (i == 0 or run[i - 1].lower() == "the"
                                                or re.search(r"['\u2019]s$", run[i - 1]) and country_code(run[i - 1][:-2]))]
    for c in reversed(cands):
        if re.search(rf"\b{_PARTY_WORD}", c):
            return c + suffix
    return (cands[-1] + suffix) if cands else None


def party_spans(text: str, countries: list | None = None, where: str | None = None) -> list[PartySpan]:
    """Non-overlapping foreign party spans in order; dictionary mentions win over the fallback.
    `where`: the dateline city's country (parsers.parties.find_parties)."""
    try:
        mentions = _parties.find_parties(text, where=where)
    except Exception:  # the dictionary must never take parsing down
        mentions = []
    spans: list[PartySpan] = []
    acronyms = {m.acronym for m in mentions if m.acronym}
    cpc = []        # the CPC's own mentions ("Central Party School"): no fallback name is read inside them
    for m in mentions:
        if m.country_code == "CN" or m.name.lower() in _CPC_NAMES or is_cpc_party(m.acronym) and not m.country_code \
                or (not m.known or m.country_code) and is_cpc_party(m.name):
            cpc.append((m.start, m.end))
            continue            # a dictionary body without a country ("... of Asian Political Parties") stays
        if not m.known and _inner_party(m.name, acronyms):
            continue            # "Eighth Congress of the WPK", "Secretary of Organization of the PSOE"
        spans.append(PartySpan(m.start, m.end, Party(m.name, m.acronym, m.country_code)))
    spans += [PartySpan(*t) for t in shared_head_spans(text) if not any(a.start < t[1] and t[0] < a.end for a in spans)]
    for s in _fallback_spans(text, countries):
        if not any(a.start < s.end and s.start < a.end for a in spans) and not any(a < s.end and s.start < b for a, b in cpc):
            spans.append(s)
    # "Quang Ninh Provincial Party Committee": a local organ of a party (the CPV's, the CPC's), not a party
    # 'a seminar on "Development Path and Party Building"': words opening a quoted theme name no party
    # (or a few words into one: "Chinese Modernization and Party Building", "... and Building a Clean and Honest Party")
    spans = [s for s in spans if not (_QUOTE_OPENS_RE.search(text, max(0, s.start - 40), s.start) and _parties.lookup_party(s.party.name) is None
                                      and (text[s.end:s.end + 1] not in ("\"", "\u201d") or re.search(r"\b(?:Building|Strengthening)\s+an?\s+$", text[:s.start])))]
    # "Minister of Foreign Affairs of the Republic of the Union of Myanmar": a state's formal name, not a party
    spans = [s for s in spans if not ((st := _STATE_NAME_RE.match(s.party.name)) and country_code(st.group(1)))]
    spans = [s for s in spans if not (_VENUE_AFTER_RE.match(text, s.end) and _parties.lookup_party(s.party.name) is None)  # a venue
             and not (_PARTY_PEOPLE_AFTER_RE.match(text, s.end) and re.match(r"[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+Party$", s.party.name))    # "Lao and Chinese Party theorists"
             and not (text[s.start:s.end].isupper() and text.endswith("told ", 0, s.start))    # "told AKP": a news agency
             # "the Seminar on China\u2013Italy Political Party Exchanges": a bilateral compound's second country, no party
             and not (re.search(r"\b(?:China|Sino)\s*[-\u2013\u2014]\s*$", text[max(0, s.start - 8):s.start]) and _parties.lookup_party(s.party.name) is None)
             # "Federal Party Chairman of the Social Democratic Party of Austria": party words of a title, not a party
             and not (_TITLE_OF_AFTER_RE.match(text, s.end) and _parties.lookup_party(s.party.name) is None
                      and all(w.lower() in _GENERIC for w in s.party.name.split()))
             # "... Príncipe/Social Democratic Party (MLSTP/PSD)": one party's name and initials
             and not (text.endswith("/", 0, s.start) and (any(a.end == s.start - 1 for a in spans) or re.search(r"\([A-Z][\w\-]{1,10}/$", text[max(0, s.start - 14):s.start])))]
    spans = sorted((s for s in spans if not re.search(r"\b(?:Provincial|Municipal|City|District|County|Regional|Capital) Party$", s.party.name)), key=lambda s: s.start)
    # "a member of Parti Lepep's central executive committee": the possessive is no part of the name
    spans = [PartySpan(s.start, s.end - 2, Party(s.party.name[:-2], s.party.acronym, s.party.country_code))
             if s.party.name.endswith(("'s", "\u2019s")) and text[s.start:s.end].endswith(("'s", "\u2019s")) else s for s in spans]
    spans = without_glosses(text, spans)
    spans = unify(spans)
    return _sole_country(spans, countries if countries is not None else find_countries(text))


_TITLE_OF_AFTER_RE = re.compile(r"\s+(?:Chairman|Chairwoman|Chairperson|Leader|Secretary|President|Treasurer|Spokes(?:man|woman|person))\s+of\s+the\b")
_PARTY_PEOPLE_AFTER_RE = re.compile(r"\s+(?:theorists|officials|leaders|members|cadres|delegates|scholars|delegations)\b")
# "at the Lao National Convention Centre"; "the Caretaker and Extraordinary Convention Planning Committee of the A": a committee
_VENUE_AFTER_RE = re.compile(r"\s+(?:Cent(?:re|er)|Hall|Building|Stadium|Palace|(?:Planning|Organi[sz]ing|Preparatory|Steering)\s+Committee)\b")
_QUOTE_OPENS_RE = re.compile(r"[\"\u201c](?:[A-Z][\w\-]*,?\s+|(?:a|an|the|to|of|for|in|on|and|with)\s+){0,5}$")
_STATE_NAME_RE = re.compile(r"(?:Union|Federation|Republic|Kingdom|Commonwealth|Federal\s+Republic)\s+of\s+(?:the\s+)?([A-Z][\w\s\-]+)$")


_SUPRA_RE = re.compile(r"\bInternational\b|\bEuropean\b|\bEurope\b|\bForum\b|^Group of\b|\bGroup\b|"
                       r"\bAfrican Union\b|\bPermanent Conference\b|\bCOPPPAL\b|\bICAPP\b")


_OF_ACRONYM_RE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?([A-Z][A-Z\u00C0-\u00DE&\-]+|[A-Z]\w+)$")


def _inner_party(name: str, acronyms: set[str]) -> bool:
    """An unknown "X of the <party>" is an organ or event of that party, not a party."""
    m = _OF_ACRONYM_RE.search(name)
    if not m:
        return False
    tail = m.group(1)
    return tail in acronyms or (tail.isupper() and len(tail) >= 2 and _known(tail, tail))


def _known(name: str, acronym: str) -> bool:
    try:
        return _parties.lookup_party(name) is not None or _parties.lookup_party(acronym) is not None
    except Exception:
        return False


def _sole_country(spans: list[PartySpan], countries: list) -> list[PartySpan]:
    """The only party of a text, of unknown country, in a text naming exactly one foreign
    country gets that one (bilateral releases)."""
    codes = {c.code for c in countries if c.code != "CN"}
    if len(codes) != 1 or len({s.party.name for s in spans}) != 1:
        return spans
    (code,) = codes
    supra = getattr(_parties, "SUPRANATIONAL", frozenset())
    out = []
    for s in spans:
        p = s.party
        if p.country_code is None and p.name not in supra and not _SUPRA_RE.search(p.name):
            s = PartySpan(s.start, s.end, Party(p.name, p.acronym, code))
        out.append(s)
    return out


def party_in(spans: list[PartySpan], start: int, end: int) -> Party | None:
    for s in spans:
        if s.start >= start and s.end <= end + 1:
            return s.party
    for s in spans:
        if s.start < end and start < s.end:
            return s.party
    return None

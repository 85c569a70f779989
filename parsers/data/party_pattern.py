"""The party-like name pattern: capitalised words around a party keyword.

Used by parsers.parties for parties that are not in the dictionary. Works on runs of
capitalised words (joined by "of", "for", "and", "the", ...): from each keyword
(Party, Front, Movement, Congress, Union, League, Alliance, Rally, ...) it walks back over
capitalised words that are not titles or sentence words ("Chairman of the Jubilee Party"
gives "Jubilee Party") and forward over "of/for <Capitalised words>" tails ("Party of the
European Left"), then drops non-parties (European Union, National People's Congress,
"Congress of the WPK", bare "Socialist Party" with no country, ...).
"""
from __future__ import annotations

import re

from parsers.data.party_words import (ARTICLES, EXCLUDE, EXCLUDE_WORDS, GENERIC, KEYWORDS,
                                      REGIONAL, STOP, TAIL_CONNECTORS)
from parsers.gazetteer import CountryMention, country_code, find_countries

_DASH = re.compile(r"\s*[-\u2010-\u2015]\s*")
_WS = re.compile(r"\s+")
_CAP = r"[A-ZÀ-ÖØ-Þ](?:[\w'’&-]|/(?=\w))*"
# (a name never runs over a line break: the text's lines are its paragraphs, or a headline)
_RUN = re.compile(_CAP + r"(?:[^\S\n]+(?:(?:of|for|and|&|the|de|du|des|la|le|les|los|las|del|do|da|dos|das|pour)[^\S\n]+)*"
                  + _CAP + ")*")
_TOKEN = re.compile(r"\S+")
_KW_HINT = re.compile("|".join(sorted(KEYWORDS)))
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\s+$")
_DEFINED = re.compile(r"\s*\([A-Z][A-Za-z&-]{0,9}\)")  # "(MC)": a defined name
_POSSESSOR = re.compile(r"(\w[\w ]*?)['’]s\s+$")
# "the French-speaking Reformist Movement of Belgium (MR)": the writer's description, not the name
_DESCRIPTOR = re.compile(r"[A-Z]\w*-(?:speaking|based|wing|leaning|led|backed)|Ruling|Governing")


def normalize(s: str) -> str:
    """Collapse whitespace, write dashes as "-" without spaces, apostrophes straight."""
    return _DASH.sub("-", _WS.sub(" ", s.strip())).replace("\u2019", "'")


# the members a party is named after are as descriptive as a party word: "Party of Communists of Kyrgyzstan"
_MEMBERS = frozenset(("Communists", "Socialists", "Democrats", "Patriots", "Peasants", "Farmers"))


def _strip_locator(loc: CountryMention | None, text_name: str) -> str:
    """Keep "of <Country>" after a purely descriptive name, strip it after a distinctive one."""
    if loc is None:
        return text_name
    head = text_name[: text_name.rfind(" of ")] if " of " in text_name else text_name
    descriptive = all(t.strip("(),") in GENERIC or t in _MEMBERS for t in head.split())
    return text_name if descriptive else head


_QUOTED_NAME = re.compile(r"[ \t][\"\u201c][A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?[\"\u201d]")


def without_country_adjective(name: str) -> str:
    """"Workers Party of Brazil and Brazilian [president]": a trailing "and <country adjective>"
    belongs to the next title, not to the name."""
    adj = re.search(r"\s+and\s+(\S+)$", name)
    if adj and any(c.kind == "adjective" for c in find_countries(adj.group(1))):
        return name[:adj.start()]
    return name


def scan_party_like(text: str, countries: list[CountryMention]) -> list[tuple[int, int, str, str | None, int]]:
    """Party-like names not in the dictionary: (start, end, name, country, end with locator)."""
    out = []
    for run in _RUN.finditer(text):
        if not _KW_HINT.search(run.group(0)):
            continue
        toks = [(m.group(0), run.start() + m.start(), run.start() + m.end())
                for m in _TOKEN.finditer(run.group(0))]
        words = [t[0] for t in toks]
        i, floor = 0, 0
        while i < len(toks):
            w = words[i].rstrip("'’s") if words[i].endswith(("'s", "’s")) else words[i]
            if not (w in KEYWORDS or (any(p in KEYWORDS for p in w.split("-")[:-1])
                                      and w.split("-")[-1][:1].isupper() and "-to-" not in w)):  # not "Party-building", "Party-to-Party"
                i += 1
                continue
            j = i
            while j > floor:
                p = words[j - 1]
                if p in ("and", "&") and j - 2 >= floor and words[j - 2][0].isupper() \
                        and words[j - 2] not in KEYWORDS and words[j - 2] not in STOP \
                        and not any(c.start == toks[j - 2][1] and c.end == toks[j - 2][2] and c.kind != "adjective"
                                    for c in countries):   # "MPLA of Angola and South West ...": a list's seam
                    j -= 2
                elif p[0].isupper() and p not in STOP and p not in KEYWORDS and not _DESCRIPTOR.fullmatch(p) \
                        and not p.endswith(("'s", "’s")) and not (p.endswith(("'", "’")) and any(c.end == toks[j - 1][2] - 1 for c in countries)) \
                        or p in ("People's", "Nation's", "People’s"):     # (not a country's possessive: "Saint Vincent and the Grenadines' A Party")
                    j -= 1
                else:
                    break
            k = i
            while k + 1 < len(toks):
                nxt = words[k + 1]
                if nxt in KEYWORDS and nxt[0].isupper():
                    k += 1
                    continue
                if nxt not in TAIL_CONNECTORS:
                    break
                m = k + 2
                while m < len(toks) and words[m] in ARTICLES:
                    m += 1
                n = m
                while n < len(toks):
                    t = words[n]
                    if n > m and t == "Central" and n + 1 < len(toks) and words[n + 1] == "Committee":
                        break   # "the Communist Party of Armenia Central Committee": the party's organ
                    if n > m and n + 1 < len(toks) and words[n + 1][:1].isupper() and any(
                            c.start == toks[m][1] and c.end == toks[n - 1][2] and c.kind != "adjective" for c in countries):
                        # "... Party of Timor-Leste Fidelis Magalhaes": a name after the country ("Party
                        # for Macedonian National Unity": an adjective goes on)
                        break
                    if t[0].isupper() and t not in STOP and t not in KEYWORDS:
                        n += 1
                    elif n > m and t in ("and", "&") and n + 1 < len(toks) and words[n + 1][0].isupper() \
                            and words[n + 1] not in STOP and words[n + 1] not in KEYWORDS:
                        n += 1
                    else:
                        break
                if n == m:
                    break
                k = n - 1
            kw, floor, i = i, k + 1, k + 1
            # "Australia's Coalition": a country's possessive is the writer's locator, not the name
            while j < k and words[j].endswith(("'s", "’s")) and find_countries(words[j][:-2]):
                j += 1
            start, end = toks[j][1], toks[k][2]
            if text[start:end].endswith(("'s", "’s")):
                end -= 2                # "the Democratic Party's Secretary Elly Schlein"
            quoted = _QUOTED_NAME.match(text, end)
            if quoted:
                end = quoted.end()      # 'Social Democratic Party "Harmony"'
            end = start + len(without_country_adjective(text[start:end]))   # "... of Brazil and Brazilian president"
            name = normalize(text[start:end])
            parts = name.replace("-", " ").split()
            inner = [c for c in countries if start <= c.start and c.end <= end]
            loc = inner[-1] if inner and inner[-1].end == end and \
                text[start:inner[-1].start].rstrip().endswith(" of") else None
            # "Communist Party of Armenia": an excluded phrase with a foreign country's locator is a name
            located = loc is not None and loc.code != "CN" and normalize(
                re.sub(r"^the\s+|\s+of(?:\s+the)?$", "", text[start:loc.start].strip())) in EXCLUDE
            if (len(parts) < 2 or name in EXCLUDE or any(p in EXCLUDE_WORDS for p in parts)
                    or (any(x in name for x in EXCLUDE if " " in x) and not located)
                    or _ORDINAL.search(text[max(0, start - 8):start])
                    or re.match(r"\s+(?:School|Academy|Institute|College|University)\b", text[end:end + 14])
                    or parts[-1] == "Party" and text.startswith(" Committee", end)):
                continue        # ("the Nico Lopez Higher Party School": a school, not a party; "the Hanoi Party
                                # Committee": a ruling party's local committee)
            name2, full_end = _strip_locator(loc, name), end
            if name2 != name:
                end = start + len(re.sub(r"\s+of\s+(?:the\s+)?$", "", text[start:loc.start]))
            before = text[max(0, start - 40):start]
            pm = _POSSESSOR.search(before)
            pre = find_countries(pm.group(1)) if pm else []
            if pm and re.search(r"\bthe\s+country$", pm.group(1)):
                # "president of Equatorial Guinea and president of the country's Democratic Party"
                pre = [c for c in countries if start - 200 <= c.end <= start]
            cc = loc.code if loc else inner[0].code if inner else pre[-1].code if pre else None
            if (cc == "CN" and not loc) or (parts[-1] == "Congress" and len(parts) == 2 and inner):
                continue
            if parts[-1] in ("Organization", "Organisation") and re.match(r"\s+Department\b", text[end:]):
                continue  # "Minister of Rural Politics and Organization Department": a party's organ
            if any(t.isupper() and len(t) > 1 for t in words[kw + 1:k + 1]):
                continue  # "Congress of the WPK", "Organization of the PSOE": a body of a party
            if cc is None and all(t in GENERIC or t in REGIONAL for t in parts) \
                    and not _DEFINED.match(text, full_end):
                continue  # "African Party (Leaders)", "Socialist Party" with no country
            out.append((start, end, name2, cc, full_end))
    return out


# --- acronyms written after a name: "Social Democratic Party of Germany (SPD)" ---
_PAREN = re.compile(r"\s*\(\s*([^()]{1,20}?(?:\([^()]{1,12}\))?[^()]{0,6}?)\s*\)")


def _valid_acronym(s: str) -> bool:
    toks = s.split()
    if not 1 <= len(toks) <= 3 or not s[0].isalpha() or not s[0].isupper():
        return False
    if len(toks) == 1:
        return not s.isdigit()
    return all(t[0].isupper() or t[0] == "(" for t in toks) and sum(c.isupper() for c in s) >= 3


def written_acronym(text: str, end: int) -> tuple[str | None, int]:
    m = _PAREN.match(text, end)
    # "(CDU/CSU)" after "the Christian Democratic Union and the Christian Social Union": a
    # joint acronym of two parties, not the last one's own
    # ("the Social Democratic Party (PPD/PSD) of Portugal": one party's acronym with a slash)
    joint = "/" in m.group(1) and re.search(r"\band\s+(?:the\s+)?[A-Z][^()]*$", text[max(0, end - 100):end]) if m else False
    if m and _valid_acronym(m.group(1)) and not _country_acronym(m.group(1)) and not joint:
        return normalize(m.group(1)), m.end()
    return None, end


def _country_acronym(s: str) -> bool:
    """"(DPRK)", "(UK)" after a name ending in a country: the country's acronym, not the party's."""
    return s.isupper() and country_code(s) is not None

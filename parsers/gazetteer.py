"""Countries in free text: names, aliases, adjectives/demonyms -> ISO 3166-1 alpha-2.

One trie regex over every form is compiled at import; `find_countries` is a single
`finditer` pass plus a dictionary lookup per hit.

Matching is case-sensitive on the forms as written (plus an ALL-CAPS variant), with
word boundaries, the longest form winning ("Guinea-Bissau" over "Guinea", "Nigeria"
never yields "Niger", "Dominican Republic" over "Dominica"). A leading "the" is not
part of a mention.

Context rules (second pass over the text):
- "Congo"/"Congolese" alone mean the Republic of the Congo (CG), unless the text
  names the DR Congo explicitly (Democratic Republic of the Congo, DR Congo, DRC,
  Kinshasa) and never the Republic of the Congo (Republic of the Congo,
  Congo-Brazzaville, Brazzaville): then they mean CD.
- "Korea"/"Korean" alone are KP when the text has DPRK signals (DPRK, North Korea,
  Democratic People's Republic of Korea, Workers' Party of Korea, Pyongyang) and no ROK
  signals, KR in the opposite case, and are dropped when both or neither appear.
- "Dominican" is the Dominican Republic (DO); Dominica's own adjective is not used.
- Taiwan, Hong Kong and Macao are never reported (not foreign countries here).
- "Georgia", "Jordan", "Chad" are accepted as countries even though they can be
  person names; "Chinese"/"China" map to CN (callers filter CN).
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from parsers.data.cities import CITIES, PROVINCES, US_STATES
from parsers.data.countries import ADJECTIVES, BLOCKERS, KOREA_FORMS, NAME_ALIASES
from parsers.data.trie import trie_pattern


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    code: str   # ISO 3166-1 alpha-2
    kind: str   # "name" | "adjective" (adjective/demonym e.g. "Vietnamese", "South African") | "province"


_SKIP_CODES = {"TW", "HK", "MO"}
_BLOCK = "-"          # code of a form that consumes text but yields no mention
_CONTEXT = "?"        # code resolved by a context rule

# form as written -> (code, kind)
_FORMS: dict[str, tuple[str, str]] = {}
_NAMES: dict[str, str] = {}   # code -> display name


def _add(form: str, code: str, kind: str) -> None:
    if "," in form or not form:
        return
    _FORMS.setdefault(form, (code, kind))
    _FORMS.setdefault(form.upper(), (code, kind))


for _form, _code in NAME_ALIASES.items():
    _add(_form, _code, "name")
for _c in pycountry.countries:
    _code = _c.alpha_2
    _NAMES[_code] = getattr(_c, "common_name", None) or _c.name
    if _code in _SKIP_CODES:
        continue
    for _attr in ("common_name", "name", "official_name"):
        _v = getattr(_c, _attr, None)
        if _v:
            _add(_v, _code, "name")
for _form, _code in ADJECTIVES.items():
    _add(_form, _code, "adjective")
    if _form[-1] in "ni" and not _form.endswith("ese"):
        _add(_form + "s", _code, "adjective")   # demonym plurals: Russians, Pakistanis
for _form in BLOCKERS:
    _FORMS[_form] = (_BLOCK, "name")
    _FORMS[_form.upper()] = (_BLOCK, "name")
for _form in KOREA_FORMS:
    _FORMS[_form] = (_CONTEXT, "name" if _form == "Korea" else "adjective")
    _FORMS[_form.upper()] = _FORMS[_form]
for _form in ("Congo", "Congolese"):
    _code, _kind = _FORMS[_form]
    _FORMS[_form] = _FORMS[_form.upper()] = (_CONTEXT, _kind)
_NAMES.update({"VN": "Viet Nam", "LA": "Laos", "KP": "DPRK", "KR": "Republic of Korea",
               "RU": "Russia", "GB": "United Kingdom", "US": "United States", "IR": "Iran",
               "SY": "Syria", "TZ": "Tanzania", "BO": "Bolivia", "VE": "Venezuela",
               "MD": "Moldova", "CD": "Democratic Republic of the Congo",
               "CG": "Republic of the Congo", "PS": "Palestine", "FM": "Micronesia",
               "BN": "Brunei", "TR": "Türkiye", "CZ": "Czech Republic"})

_WORD = r"[\w'’]"
_RX = re.compile(r"(?<!" + _WORD + r")(?:" + trie_pattern(_FORMS) + r")(?!\w)")
_WS = re.compile(r"\s+")
_CURLY = str.maketrans({"’": "'"})

_DRC_SIGNS = re.compile(r"Democratic Republic of (?:the )?Congo|DR Congo|D\.R\. Congo|\bDRC\b|"
                        r"Kinshasa|Union for Democracy and Social Progress|UDPS|"
                        r"People's Party for Reconstruction and Democracy", re.I)
_CG_SIGNS = re.compile(r"(?<!Democratic )Republic of (?:the )?Congo|Brazzaville|"
                       r"Congolese Party of Labour", re.I)
_KP_SIGNS = re.compile(r"\bDPRK\b|North Korea|Democratic People'?s Republic of Korea|"
                       r"Workers'? Party of Korea|Pyongyang|\bWPK\b")
_KR_SIGNS = re.compile(r"\bROK\b|South Korea|(?<!People's )(?<!People’s )Republic of Korea|Seoul")


def _key(s: str) -> str:
    return _WS.sub(" ", s).translate(_CURLY)


def _lookup(matched: str) -> tuple[str, str] | None:
    k = _key(matched)
    return _FORMS.get(k) or _FORMS.get(k.replace("'", "’"))


# A foreign province followed by "Province"/"Provincial" ("Secretary of the Quang Ninh Provincial
# Party Committee", "Champasak Province") places an official in that country (kind "province").
_PROVINCE_RX = re.compile(r"(?<![\w'’])(?:" + trie_pattern(PROVINCES) + r")(?=\s+[Pp]rovinc(?:e|ial)\b)")
# a U.S. state marked as one: "California State Assemblyman", "a Iowa local government delegation"
_STATE_RX = re.compile(r"(?:(?<=\bGovernor of )|(?<=\b[Ss]tate of ))(?:" + trie_pattern(US_STATES) + r")\b"
                       r"|(?<![\w'’])(?:" + trie_pattern(US_STATES) + r")(?=\s+(?:[Ss]tate\b|local\s+government|"
                       r"[Gg]overnor|[Ll]egislature|[Hh]ouse\s+of|[Ss]enate\b|General\s+Assembly))")


def find_countries(text: str) -> list[CountryMention]:
    """All country mentions in `text`, sorted by start, non-overlapping, longest match wins."""
    out = _find_countries(text)
    provinces = [CountryMention(m.start(), m.end(), m.group(0), PROVINCES[m.group(0)], "province")
                 for m in _PROVINCE_RX.finditer(text)]
    provinces += [CountryMention(m.start(), m.end(), m.group(0), "US", "province") for m in _STATE_RX.finditer(text)]
    if provinces:
        out = [c for c in out if not any(p.start < c.end and c.start < p.end for p in provinces)]
        out = sorted(out + provinces, key=lambda c: c.start)
    return out


def _find_countries(text: str) -> list[CountryMention]:
    out: list[CountryMention] = []
    pending: list[tuple[int, int, str, str]] = []
    for m in _RX.finditer(text):
        hit = _lookup(m.group(0))
        if hit is None:
            continue
        code, kind = hit
        if code == _BLOCK or m.group(0) == "Pole" and re.search(r"(?<!The )[A-Z][a-z]{2,}\s+$", text[max(0, m.start() - 30):m.start()]):
            continue        # ("the Great Patriotic Pole", "Alternative Democratic Pole": an alliance's name, no Pole)
        if m.group(0).isupper() and text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")" \
                and (before := re.search(r"((?:[A-Z][\w'\u2019\-]*\s+){1,6})\($", text[max(0, m.start() - 80):m.start()])) \
                and not any(c.code == code for c in _find_countries(before.group(1))):
            continue        # "United Seychelles (US)": a party's initials, not the country they spell
        if code == _CONTEXT:
            pending.append((len(out), m.start(), m.end(), kind))
            out.append(None)  # type: ignore[arg-type]
            continue
        out.append(CountryMention(m.start(), m.end(), m.group(0), code, kind))
    if pending:
        korea = congo = None
        for idx, start, end, kind in pending:
            word = text[start:end]
            if word.upper().startswith("KOREA"):
                if korea is None:
                    kp, kr = bool(_KP_SIGNS.search(text)), bool(_KR_SIGNS.search(text))
                    korea = "KP" if kp and not kr else "KR" if kr and not kp else ""
                code = korea
            else:
                if congo is None:
                    drc, cg = bool(_DRC_SIGNS.search(text)), bool(_CG_SIGNS.search(text))
                    congo = "CD" if drc and not cg else "CG"
                code = congo
            if code:
                out[idx] = CountryMention(start, end, word, code, kind)
        out = [m for m in out if m is not None]
    return out


def country_code(form: str) -> str | None:
    """ISO2 of one country form: name, alias, official name, adjective or demonym.

    Case-insensitive; a leading "the" is optional. Context-dependent forms ("Korea",
    "Korean") give None; "Congo"/"Congolese" give CG.
    """
    k = _key(form.strip())
    if k[:4].lower() == "the ":
        k = k[4:]
    hit = _FORMS.get(k) or _LOWER.get(k.lower())
    if hit is None:
        return None
    code = hit[0]
    if code == _CONTEXT:
        return "CG" if k.lower().startswith("congo") else None
    return None if code == _BLOCK else code


_LOWER: dict[str, tuple[str, str]] = {}
for _form, _v in _FORMS.items():
    _LOWER.setdefault(_form.lower().translate(_CURLY), _v)


def country_name(code: str) -> str | None:
    """Display name of an ISO2 code (the short form releases use), None if unknown."""
    return _NAMES.get((code or "").upper())


_CITY_LOWER = {k.lower(): v for k, v in CITIES.items()}
_SQUASH = re.compile(r"[\s\-'’.]+")
_CITY_SQUASHED = {_SQUASH.sub("", k): v for k, v in _CITY_LOWER.items()}
_PROVINCE_LOWER = {k.lower(): v for k, v in PROVINCES.items()}


_PREPOSITION_RE = re.compile(r"(?:in|at|on|from|to|for|by|of|near)\s")


@lru_cache(maxsize=1024)
def city_country(city: str, fuzzy: bool = True) -> str | None:
    """ISO2 of a capital or frequent city ("Beijing" -> "CN", "Hanoi" -> "VN").

    Tolerant of the misspellings datelines carry ("Phnom Phen", "Ulanbaatar", "Vientaine"):
    spaces, hyphens and apostrophes are ignored, and a name of six or more letters within
    one or two letters of a known city (difflib ratio >= 0.85) is that city (unless `fuzzy` is
    False: a word of a person's name, "Kashin", is no misspelt "Kashi")."""
    k = _key(city.strip()).lower().rstrip(".")
    hit = _CITY_LOWER.get(k)
    if hit or not k:
        return hit
    # "HÀ NỘI", "Đà Nẵng": Vietnamese diacritics, folded
    k = "".join(ch for ch in unicodedata.normalize("NFKD", k.replace("đ", "d")) if not unicodedata.combining(ch))
    hit = _CITY_LOWER.get(k)
    if hit:
        return hit
    sq = _SQUASH.sub("", k)
    hit = _CITY_SQUASHED.get(sq)
    if hit or len(sq) < 6 or not sq.isalpha() or not fuzzy or _PREPOSITION_RE.match(k):
        return hit      # "In Kinshasa, Ai met ...": a place after a preposition is no misspelt city
    close = difflib.get_close_matches(sq, list(_CITY_SQUASHED), n=2, cutoff=0.85)
    codes = {_CITY_SQUASHED[c] for c in close}
    return codes.pop() if len(codes) == 1 else None


def province_country(name: str) -> str | None:
    """ISO2 of a foreign province whose committees appear in titles ("Quang Ninh" -> "VN")."""
    return _PROVINCE_LOWER.get(_key(name.strip()).lower())

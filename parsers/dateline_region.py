"""The country of a dateline whose city the gazetteer does not know but whose state or province
it names ("DES MOINES, Iowa, May 17", "SACRAMENTO, Calif., Sept. 18", "KOLKATA, West Bengal")."""
from __future__ import annotations

import re

from parsers.data.regions import REGION_COUNTRY

__all__ = ["region_country"]

_REGION_RE = re.compile(r"\s*[^,\n]{2,40}?,\s*([A-Z][A-Za-z' .]{1,30}?)\s*(?:,|\(|-|\u2013|\u2014)")


def region_country(lead: str, end: int) -> str | None:
    """`lead[:end]` is the dateline."""
    m = _REGION_RE.match(lead[:end])
    return REGION_COUNTRY.get(m.group(1).strip()) if m else None

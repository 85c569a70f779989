"""The foreign countries an event involves, from its people, parties and place.

People and parties give most countries; the host country of a trip abroad takes part, and so
does the host of a forum abroad whose local guests name no country; with nothing else, the
one foreign country the lead sentence names. Supranational bodies (the Socialist
International, groups of the European Parliament) have no country, and their presence
keeps a host or lead country from being guessed. Used by parsers.events.
"""
from __future__ import annotations

import re

from parsers.gazetteer import find_countries
from parsers.model import Participant, Party
from parsers.parties import SUPRANATIONAL

__all__ = ["event_countries", "supranational"]

_SUPRA_PARTY_RE = re.compile(r"\bInternational\b|\bEuropean\b|\bEurope\b|\bForum\b|^Group of\b|\bGroup\b|"
                             r"\bAfrican Union\b|\bPermanent Conference\b")


def supranational(name: str) -> bool:
    return name in SUPRANATIONAL or bool(_SUPRA_PARTY_RE.search(name))


def _foreign(code: str | None) -> bool:
    return bool(code) and code != "CN"


_DURING_GATHERING_RE = re.compile(r"\b(?:during|on\s+the\s+sidelines\s+of|(?:delegation\s+)?to\s+attend)\s+the\s+(?:[\w\-]+\s+){0,12}?"
                                  r"(?:Summit|Forum|Conference|Congress|Assembly|Dialogue|Event)\b")


def event_countries(etype: str, loc_country: str | None, city: str | None, parts: list[Participant],
                    parties: list[Party], listed: set[str], first: str, title: str = "", lead: str = "") -> tuple[str, ...]:
    """Sorted ISO2 codes of the foreign countries taking part. `listed`: countries the text lists as
    taking part; `first`: the lead's first sentence (`lead`: its paragraph); `city`: the dateline city
    (None without one); `title`: the headline."""
    countries = {p.country_code for p in parts if p.side == "foreign"} | {x.country_code for x in parties} | listed
    supra = any(supranational(x.name) for x in parties)
    # (a visitor of another country met "during the Liberation Movements Summit" there, or by a CPC
    # delegation come "to attend the ... Africa Thematic Event in Tanzania": a venue only)
    venue_only = bool(_DURING_GATHERING_RE.search(lead or first)) and any(_foreign(c) for c in countries) and loc_country not in countries
    if etype == "visit" and loc_country and city is not None and not supra and not venue_only:
        countries.add(loc_country)      # the host country of a trip abroad takes part ("Dar es Salaam, ...")
    elif etype == "conference" and _foreign(loc_country) and not supra and any(
            p.side == "foreign" and p.country_code is None for p in parts):
        countries.add(loc_country)      # a forum abroad: its local guests of no named country are the host's
    if not any(_foreign(c) for c in countries) and etype != "other" and not supra:
        countries |= _fallback_country(etype, loc_country, first)
    if not any(_foreign(c) for c in countries) and etype != "other" and not supra \
            and any(p.side == "foreign" for p in parts):
        # foreign people of no named country ("Prime Minister X hosted ..."): the one foreign
        # country the headline names ("Kenya, China to enhance governance collaboration ...")
        codes = {c.code for c in find_countries(title) if c.code != "CN"}
        countries |= codes if len(codes) == 1 else set()
    if "DO" in countries and _DOMINICA_RE.search(f"{title}\n{lead or first}") \
            and not _DOMINICAN_REPUBLIC_RE.search(f"{title}\n{lead or first}") and not any(x.country_code == "DO" for x in parties):
        countries = countries - {"DO"} | {"DM"}     # "Dominican" is Dominica's adjective too ("the Dominican ambassador")
    return tuple(sorted(c for c in countries if _foreign(c)))


_DOMINICA_RE = re.compile(r"\bDominica\b(?![\w\-])")
_DOMINICAN_REPUBLIC_RE = re.compile(r"\bDominican\s+Republic\b|\bSanto\s+Domingo\b|\bRep[u\u00fa]blica\s+Dominicana\b")


def _fallback_country(etype: str, loc_country: str | None, first: str) -> set[str]:
    """No foreign country found from people and parties: the host country of a visit abroad
    ("mourned the passing of ... in Hanoi"), else the one foreign country the lead sentence
    names ("Vice Minister at the METI of Japan", "Acting U.S. Secretary of State")."""
    if etype == "visit" and _foreign(loc_country):
        return {loc_country}
    codes = {c.code for c in find_countries(first) if c.code != "CN"}
    return codes if len(codes) == 1 else set()

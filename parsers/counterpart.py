"""The counterpart's party when its people carry none: a two-sided contact in a text that names
one foreign party as the CPC's partner ("deepening relations between the KDP and the CPC").
Used by parsers.events.
"""
from __future__ import annotations

import re

from parsers.event_countries import supranational
from parsers.model import Participant, Party

__all__ = ["counterpart_party"]


# "relations between the CPC and the KDP", "ties between the UPND and the CPC": the counterpart party
# ("CPC is willing to increase ... communication with the Patriotic Salvation Movement (MPS)")
_PARTY_PAIR_RE = re.compile(r"\bbetween\s+(?:the\s+)?(?:CPC|CCP|Communist\s+Party\s+of\s+China|Chinese\s+Communist\s+Party)"
                            r"\s+and\s+(?:the\s+)?$|\bbetween\s+(?:the\s+)?$"
                            r"|\b(?:CPC|CCP)\b[^.;]{0,80}?\b(?:exchanges?|communication|cooperation|ties|relations)\s+with\s+(?:the\s+)?$")
_CPC_AFTER_RE = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:and|&)\s+(?:the\s+)?(?:CPC|CCP|Communist\s+Party\s+of\s+China|Chinese\s+Communist\s+Party)\b")


def counterpart_party(body: str, spans: list, parts: list[Participant]) -> list[Party]:
    """A two-sided contact whose foreign people carry no party, in a text naming one foreign party
    (its own country's, or of no country) as the CPC's partner ("deepening relations between the KDP
    and the CPC"): that party is the counterpart's."""
    # a diplomat speaks for a state, not a party ("Ann Berg, Ambassador of Sweden to China")
    foreign = [p for p in parts if p.side == "foreign" and not re.search(r"\b(?:Ambassador|Envoy|Consul|Charg)", p.title or "", re.I)]
    named = {s.party.name: s.party for s in spans if s.party.country_code != "CN" and not supranational(s.party.name)}
    if not foreign or len(named) != 1:
        return []
    party = next(iter(named.values()))
    countries = {p.country_code for p in foreign if p.country_code}
    if party.country_code and countries and party.country_code not in countries:
        return []
    # the pair's CPC before the party ("CPC is willing to increase ... communication with the A"), or
    # after it ("between the A and the CPC")
    paired = any((m := _PARTY_PAIR_RE.search(body, max(0, s.start - 120), s.start)) and (
                 re.search(r"CPC|CCP|China", m.group() + body[max(0, s.start - 60):s.start]) or _CPC_AFTER_RE.match(body, s.end))
                 for s in spans if s.party.name == party.name)
    return [party] if paired else []

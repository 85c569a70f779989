"""Party dictionary and party mentions in free text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.model import Party


@dataclass(frozen=True)
class PartyMention:
    start: int
    end: int
    text: str
    name: str
    acronym: str | None
    country_code: str | None
    known: bool


SUPRANATIONAL: frozenset[str] = frozenset({"Socialist International", "Party of the European Left",
                                          "Party of European Socialists", "Sao Paulo Forum"})

_PARTY_WORDS = ("Party", "Front", "Movement", "Congress", "Union", "League", "Alliance", "Rally")


def learn_acronyms(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in re.finditer(r"((?:[A-Z][\w'\-]*\s(?:of\s(?:the\s)?)?)+)\(([A-Z][A-Za-z\-]{1,9})\)", text):
        out.setdefault(m.group(2), m.group(1).strip())
    return out


def find_parties(text: str, acronyms: dict[str, str] | None = None) -> list[PartyMention]:
    return []


def lookup_party(name_or_acronym: str) -> Party | None:
    return None


def is_party_like(name: str) -> bool:
    return any(w in name.split() for w in _PARTY_WORDS)

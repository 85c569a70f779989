"""A party named in a text (found by parsers.parties)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PartyMention"]


@dataclass(frozen=True)
class PartyMention:
    start: int
    end: int
    text: str                 # span as matched (full name without locator, or acronym)
    name: str                 # canonical full name per the fixture conventions
    acronym: str | None
    country_code: str | None  # None for supranational or unknown
    known: bool               # in the dictionary (False = party-like pattern only)

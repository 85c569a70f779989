"""A person named in a text, before sides and parties are resolved (the extractors' working record).

Its own module so that every reader (`people`, `person_lists`, `subject_names`, `news_subjects`)
can build one without importing `parsers.people`, which imports them all.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Mention"]


@dataclass
class Mention:
    name: str
    title: str | None
    start: int            # offset of the name in the text
    end: int              # offset after the title (or the name)
    role: str = "participant"
    title_start: int = -1  # offset of the title in the text (-1: none)
    cpc_entourage: bool = False   # listed in a CPC leader's entourage: on the CPC side whatever the title

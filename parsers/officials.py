"""Directory of CPC officials (IDCPC leadership and top leaders) with tenures."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Official:
    name: str
    title: str
    start: date
    end: date | None


_TABLE: list[Official] = []


def official_title(name: str, on: date | None) -> str | None:
    return None


def is_cpc_official(name: str) -> bool:
    return False


def is_chinese_office(title: str) -> bool:
    return "CPC" in title or "International Department" in title

"""Directory of CPC officials (IDCPC leadership, top leaders) with tenures, and a test for
Chinese offices.

`official_title(name, on)` gives the title held on a date. Tenure boundaries in the table
are partly approximate (see parsers/data/officials_table.py), so a date outside every
tenure falls back to the nearest tenure when it is at most a year away; otherwise None.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parsers.data.officials_table import OFFICIALS


@dataclass(frozen=True)
class Official:
    name: str
    title: str
    start: date
    end: date | None   # one tenure; None = still in office


def _key(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").split()).lower()


_TENURES: dict[str, list[Official]] = {}
for _n, _t, _s, _e in OFFICIALS:
    _TENURES.setdefault(_key(_n), []).append(
        Official(_n, _t, date.fromisoformat(_s), date.fromisoformat(_e) if _e else None))
for _list in _TENURES.values():
    _list.sort(key=lambda o: o.start)

_SLACK_DAYS = 366


def tenures(name: str) -> list[Official]:
    """All tenures of `name` (case-insensitive), oldest first; [] when unknown."""
    return list(_TENURES.get(_key(name), ()))


def official_title(name: str, on: date | None) -> str | None:
    """The title `name` held on `on` (the latest title when `on` is None)."""
    rows = _TENURES.get(_key(name))
    if not rows:
        return None
    if on is None:
        return rows[-1].title
    current = [o for o in rows if o.start <= on and (o.end is None or on < o.end)]
    if current:
        return current[-1].title

    def distance(o: Official) -> int:
        if on < o.start:
            return (o.start - on).days
        return (on - o.end).days if o.end else 0

    best = min(rows, key=distance)
    return best.title if distance(best) <= _SLACK_DAYS else None


def is_cpc_official(name: str) -> bool:
    """True when `name` is in the directory of CPC officials."""
    return _key(name) in _TENURES


def is_chinese_office(title: str) -> bool:
    """True for a Chinese office (parsers.chinese_offices): CPC bodies, the IDCPC, Party School,
    NPC, CPPCC, State Council, Chinese ambassadors and leaders, provincial/municipal posts in
    China ("Secretary of the CPC Yunnan Provincial Committee", "Mayor of Shanghai")."""
    from parsers.chinese_offices import is_chinese_title
    return is_chinese_title(title)


def idcpc_leaders() -> frozenset[str]:
    """Names of the IDCPC's ministers, vice-ministers and assistant ministers in the directory."""
    return frozenset(o.name for rows in _TENURES.values() for o in rows
                     if "International Department" in o.title and not o.title.startswith("Spokesperson"))

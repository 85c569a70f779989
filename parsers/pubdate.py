"""Publication-date lines shared by the text and HTML readers.

A release states its publication date in one of a few shapes:
`( 2018.12.18 )` (classic), `2024.05.15 / Source: IDCPC` (2023 layout) or an ISO
`2024-05-15` (generic article pages and meta tags).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from parsers.errors import MissingDate

# "( 2018.12.18 )", "(2018.12.18)", "（2018.12.18）" (full-width parentheses after NFKC are plain)
PAREN_DATE_RE = re.compile(r"[(（]\s*(\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\s*[)）]")
# "2024.05.15 / Source: IDCPC" (the source part is optional on some pages)
SOURCE_DATE_RE = re.compile(
    r"(?<!\d)(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\d)\s*(?:[/|｜]\s*)?Source\s*[:：]\s*(?P<source>[^\n/|]*)",
    re.IGNORECASE,
)
DOTTED_DATE_RE = re.compile(r"(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.]*\d)")
ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# Chinese page chrome: "2018年12月18日".
CJK_DATE_RE = re.compile(r"(\d{4})\s*\u5e74\s*(\d{1,2})\s*\u6708\s*(\d{1,2})\s*\u65e5")
# Generic article pages: "May 15, 2024" / "15 May 2024".
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_ALT = "|".join(m[:3] + r"(?:" + m[3:] + r")?\.?" for m in _MONTHS)
MONTH_DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_ALT})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_ALT})\s+(?P<y2>\d{{4}}))\b",
    re.IGNORECASE,
)

# Whole lines that are nothing but a date line (text format, header of HTML layouts).
PAREN_LINE_RE = re.compile(r"^\s*" + PAREN_DATE_RE.pattern + r"\s*$")
SOURCE_LINE_RE = re.compile(r"^\s*" + SOURCE_DATE_RE.pattern + r"\s*$", re.IGNORECASE)
BARE_DATE_LINE_RE = re.compile(
    r"^\s*(?:(?:Date|Published|Time|Release\s+date)\s*[:：]\s*)?(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.IGNORECASE,
)

# Releases exist from the site's start (early 2000s); anything far outside is a misread number.
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True)
class DateHit:
    value: date
    style: str                  # "paren", "source", "iso", "dotted", "meta"
    source_label: str | None = None


def make_date(y: str, m: str, d: str, where: str = "") -> date:
    """A checked date; an impossible one (2019.13.45) is a clear MissingDate, not a crash."""
    try:
        value = date(int(y), int(m), int(d))
    except ValueError:
        raise MissingDate(f"impossible publication date {y}.{m}.{d}{where}") from None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise MissingDate(f"publication date {value.isoformat()} out of range{where}")
    return value


def date_line(line: str) -> DateHit | None:
    """The date when `line` is a whole date line, else None."""
    m = SOURCE_LINE_RE.match(line)
    if m:
        source = m.group("source").strip() or None
        return DateHit(make_date(*m.group(1, 2, 3)), "source", source)
    m = PAREN_LINE_RE.match(line)
    if m:
        return DateHit(make_date(*m.group(1, 2, 3)), "paren")
    m = BARE_DATE_LINE_RE.match(line)
    if m:
        return DateHit(make_date(*m.group(1, 2, 3)), "dotted" if "." in line else "iso")
    return None


def find_date(text: str, *, loose: bool = True) -> DateHit | None:
    """The first date stated anywhere in a short header text (strong shapes first)."""
    m = SOURCE_DATE_RE.search(text)
    if m:
        return DateHit(make_date(*m.group(1, 2, 3)), "source", m.group("source").strip() or None)
    m = PAREN_DATE_RE.search(text)
    if m:
        return DateHit(make_date(*m.group(1, 2, 3)), "paren")
    if not loose:
        return None
    for rx, style in ((DOTTED_DATE_RE, "dotted"), (ISO_DATE_RE, "iso"), (CJK_DATE_RE, "text")):
        m = rx.search(text)
        if m:
            return DateHit(make_date(*m.group(1, 2, 3)), style)
    m = MONTH_DATE_RE.search(text)
    if m:
        month = (m.group("m1") or m.group("m2")).lower()[:3]
        number = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(month))
        return DateHit(make_date(m.group("y1") or m.group("y2"), str(number), m.group("d1") or m.group("d2")), "text")
    return None


def parse_meta_date(value: str) -> date | None:
    """A meta tag value such as `2024-05-15`, `2024-05-15T09:30:00+08:00`, `2024.05.15 10:00`."""
    m = re.match(r"\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})", value)
    if not m:
        return None
    try:
        return make_date(*m.group(1, 2, 3))
    except MissingDate:
        return None

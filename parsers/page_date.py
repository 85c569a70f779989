"""The date a copy prints on its own line above the lead ("October 18th, 2023" alone on a line), or
under a "Date:" label in a press conference transcript's header: the event's day when the lead's
dateline gives none. Used by parsers.events.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from parsers.dateline import MONTH_PATTERN, month_number

__all__ = ["page_date_line"]


# "October 18th, 2023" or "Tuesday, 8th August 2017" alone on a line above the lead: the copy's own date
_DATE_LINE_RE = re.compile(r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?P<m1>" + MONTH_PATTERN + r")\s+(?P<d1>\d{1,2})"
                           r"(?:st|nd|rd|th)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>" + MONTH_PATTERN + r")),?\s+(?P<y>\d{4})\s*$", re.MULTILINE)


def page_date_line(pre: str, published: date, head: str = "") -> date | None:
    """The date a copy prints on its own line above a lead whose dateline has no day, when it
    falls in the week up to publication; or the date under a "Date:" label among the first lines
    of `head` (a press conference transcript's header: speakers, chairperson, date)."""
    lines = [line.strip() for line in head.split("\n")[:30] if line.strip()]
    labelled = [line[5:] or (lines[i + 1] if i + 1 < len(lines) else "")
                for i, line in enumerate(lines) if line.startswith("Date:")]
    text = "\n".join([*labelled, pre])
    for m in _DATE_LINE_RE.finditer(text):
        try:
            d = date(int(m.group("y")), month_number(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2")))
        except (ValueError, TypeError):
            continue
        if published - timedelta(days=7) <= d <= published:
            return d
    return None

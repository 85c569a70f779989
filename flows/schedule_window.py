"""Backfill windows: splitting a date range into chunks, and the warehouse watermark.

A backfill is run as one subflow per chunk so that a failed chunk can be re-run alone;
chunks are closed date ranges that tile the window exactly (no gap, no overlap), so
re-running every chunk equals re-running the whole window.
"""
from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

CHUNKS = ("day", "week", "month", "quarter", "year", "all")

# Releases are sometimes re-published or edited a few days after their date; a
# window computed from the watermark starts this far back so such edits are seen.
WATERMARK_OVERLAP_DAYS = 7


class WindowError(ValueError):
    """A backfill window or chunk size that cannot be used."""


def parse_day(value: str | date | datetime | None, name: str) -> date | None:
    """Accept ISO dates (`2019-01-01`), dates and datetimes; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise WindowError(f"{name}: expected a date like 2019-01-31, got {value!r}") from None


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _chunk_end(start: date, chunk: str) -> date:
    if chunk == "day":
        return start
    if chunk == "week":  # ISO weeks: a chunk ends on Sunday
        return start + timedelta(days=6 - start.weekday())
    if chunk == "month":
        return _month_end(start)
    if chunk == "quarter":
        last_month = ((start.month - 1) // 3) * 3 + 3
        return _month_end(start.replace(month=last_month, day=1))
    if chunk == "year":
        return date(start.year, 12, 31)
    raise WindowError(f"chunk must be one of {', '.join(CHUNKS)}, got {chunk!r}")


def split_window(since: date, until: date, chunk: str = "month") -> list[tuple[date, date]]:
    """Closed ranges tiling [since, until], aligned to calendar boundaries.

    The first and last chunks are clipped to the window, so chunk names stay stable
    (a re-run of "2019-03" covers the same days whatever the window was).
    """
    if since > until:
        raise WindowError(f"since ({since}) is after until ({until})")
    if chunk == "all":
        return [(since, until)]
    if chunk not in CHUNKS:
        raise WindowError(f"chunk must be one of {', '.join(CHUNKS)}, got {chunk!r}")
    chunks: list[tuple[date, date]] = []
    start = since
    while start <= until:
        end = min(_chunk_end(start, chunk), until)
        chunks.append((start, end))
        start = end + timedelta(days=1)
    return chunks


def chunk_label(start: date, end: date) -> str:
    """A readable, stable name for a chunk's subflow run."""
    if start == end:
        return start.isoformat()
    if start.day == 1 and end == _month_end(start) and start.month == end.month:
        return start.strftime("%Y-%m")
    return f"{start.isoformat()}..{end.isoformat()}"


def window_from_watermark(
    watermark: date | None,
    today: date,
    overlap_days: int = WATERMARK_OVERLAP_DAYS,
) -> tuple[date | None, date]:
    """The window a run without an explicit `since` should cover.

    After downtime the next run starts from what the warehouse already holds (its
    newest release date, minus an overlap for late edits) instead of replaying every
    missed schedule; an empty warehouse gives `since=None` (crawl everything).
    """
    if watermark is None:
        return None, today
    since = min(watermark, today) - timedelta(days=overlap_days)
    return since, today

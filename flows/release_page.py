"""From fetched or archived bytes of a release page to a Sighting or a Rejection.

Shared by the crawl (fresh responses), `reparse` and `liaison load` of WARC files
(archived responses), so the three turn the same bytes into the same rows.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from flows.http import ALLOWED_TYPES, http_date
from flows.listing import is_listing_url


def is_release_candidate(url: str, status: int | None, content_type: str) -> bool:
    """Pages worth parsing: 200 text/HTML responses that are not listings or robots.txt."""
    if status != 200 or (content_type and content_type not in ALLOWED_TYPES):
        return False
    return not url.endswith("/robots.txt") and not is_listing_url(url)


def to_sighting(url: str, body: bytes, *, charset: str | None, seen_at: datetime,
                last_modified: str | None = None, capture_id: str | None = None,
                truncated: str | None = None):
    from parsers.decode import decode_bytes
    from parsers.errors import ParseError
    from parsers.release import parse_release
    from warehouse.load import Rejection, Sighting

    if truncated:
        return Rejection(url, f"truncated: the response was cut short ({truncated}) after "
                              f"{len(body):,} bytes; not parsed", seen_at)
    try:
        release = parse_release(decode_bytes(body, charset))
    except ParseError as exc:
        return Rejection(url, str(exc), seen_at)
    except Exception as exc:  # noqa: BLE001 — a parser bug on one page must not sink the run
        return Rejection(url, f"parser_error: {type(exc).__name__}: {exc}", seen_at)
    return Sighting(url=url, release=release, seen_at=seen_at,
                    modified_at=http_date(last_modified), capture_id=capture_id)


def _payload_index(directory: Path) -> dict[str, tuple[Path, int]]:
    """Digest -> (file, offset) of full responses in the WARC files beside one file."""
    from flows.archive import iter_responses

    index: dict[str, tuple[Path, int]] = {}
    for path in sorted(directory.glob("*.warc.gz")) + sorted(directory.glob("*.warc")):
        for rec in iter_responses(path):
            if rec.record_type == "response" and rec.payload_digest:
                index.setdefault(rec.payload_digest, (path, rec.offset))
    return index


def sightings_from_warc(path: Path, seen_at: datetime | None = None) -> Iterator:
    """Every release page in one WARC file as a Sighting or Rejection, in file order.

    A revisit record (unchanged payload) reuses the stored response it points to:
    first in this file, then in the other WARC files of the same folder.
    """
    from flows.archive import iter_responses, read_record
    from warehouse.load import Rejection

    by_digest: dict[str, int] = {}   # offsets, not bodies: memory stays flat on big files
    sibling_index: dict[str, tuple[Path, int]] | None = None
    for rec in iter_responses(path):
        when = rec.date or seen_at or datetime.now(timezone.utc).replace(tzinfo=None)
        if not is_release_candidate(rec.url, rec.status, rec.content_type):
            continue
        payload = rec
        if rec.record_type == "revisit":
            offset = by_digest.get(rec.payload_digest or "")
            payload = read_record(path, offset) if offset is not None else None
            if payload is None:
                if sibling_index is None:
                    sibling_index = _payload_index(path.parent)
                hit = sibling_index.get(rec.payload_digest or "")
                payload = read_record(*hit) if hit else None
            if payload is None:
                yield Rejection(rec.url, f"revisit_unresolved: no stored payload with digest "
                                         f"{rec.payload_digest} in {path.parent}", when)
                continue
        else:
            by_digest.setdefault(rec.payload_digest or "", rec.offset)
        yield to_sighting(rec.url, payload.body, charset=payload.charset, seen_at=when,
                          last_modified=rec.header("last-modified"), capture_id=rec.record_id,
                          truncated=payload.truncated)

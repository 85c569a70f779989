"""DuckDB access for the fetch feature: captures, url_state, fetch_failures, section walks.

Statements live in `sql/fetch/*.sql`; bulk writes go through registered Arrow tables.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pyarrow as pa

SQL_DIR = Path(__file__).parent / "sql"
SCHEMA = SQL_DIR / "020_fetch.sql"

CAPTURE_SCHEMA = pa.schema([
    ("capture_id", pa.string()), ("run_id", pa.string()), ("url", pa.string()),
    ("fetched_at", pa.timestamp("us")), ("status", pa.int32()), ("record_type", pa.string()),
    ("role", pa.string()), ("payload_digest", pa.string()), ("content_type", pa.string()),
    ("warc_file", pa.string()), ("offset", pa.int64()), ("length", pa.int64()),
    ("etag", pa.string()), ("last_modified", pa.string()), ("truncated", pa.string()),
    ("refers_to", pa.string()),
])
URL_STATE_SCHEMA = pa.schema([
    ("url", pa.string()), ("etag", pa.string()), ("last_modified", pa.string()),
    ("payload_digest", pa.string()), ("capture_id", pa.string()), ("last_status", pa.int32()),
    ("last_checked_at", pa.timestamp("us")),
])
FAILURE_SCHEMA = pa.schema([
    ("url", pa.string()), ("first_failed_at", pa.timestamp("us")), ("last_failed_at", pa.timestamp("us")),
    ("attempts", pa.int32()), ("last_error", pa.string()), ("run_id", pa.string()),
])


@lru_cache(maxsize=None)
def _sql(name: str) -> str:
    return (SQL_DIR / "fetch" / f"{name}.sql").read_text(encoding="utf-8")


def ensure_schema(con) -> None:
    """Idempotent; `warehouse.db.connect` applies it too, this covers bare connections."""
    con.execute(SCHEMA.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class UrlState:
    etag: str | None
    last_modified: str | None
    payload_digest: str | None
    capture_id: str | None


@dataclass(frozen=True)
class StoredPayloadRef:
    capture_id: str
    url: str
    fetched_at: datetime
    warc_file: str
    offset: int


def known_urls(con) -> list[str]:
    return [r[0] for r in con.execute(_sql("known_urls")).fetchall()]


def url_states(con) -> dict[str, UrlState]:
    return {r[0]: UrlState(*r[1:]) for r in con.execute(_sql("url_states")).fetchall()}


def payload_by_digest(con, digest: str) -> StoredPayloadRef | None:
    row = con.execute(_sql("payload_by_digest"), {"digest": digest}).fetchone()
    return StoredPayloadRef(*row) if row else None


def stored_digests(con) -> set[str]:
    return {r[0] for r in con.execute(_sql("stored_digests")).fetchall()}


def stored_payload(con, capture_id: str) -> tuple[str, int] | None:
    row = con.execute(_sql("stored_payload"), {"capture_id": capture_id}).fetchone()
    return (row[0], int(row[1])) if row else None


def failed_urls(con) -> list[str]:
    return [r[0] for r in con.execute(_sql("failed_urls")).fetchall()]


def archived_files(con) -> set[str]:
    return {r[0] for r in con.execute(_sql("archived_files")).fetchall()}


def _insert(con, name: str, view: str, table: pa.Table) -> None:
    if table.num_rows == 0:
        return
    con.register(view, table)
    try:
        con.execute(_sql(name))
    finally:
        con.unregister(view)


def record_captures(con, rows: Iterable[dict]) -> None:
    """Rows with the `captures` columns (see 020_fetch.sql)."""
    _insert(con, "insert_captures", "staged_captures", pa.Table.from_pylist(list(rows), CAPTURE_SCHEMA))


def update_url_state(con, rows: Iterable[dict]) -> None:
    # Last row per URL wins: a run may check one URL twice (listing re-read).
    latest = {r["url"]: r for r in rows}
    _insert(con, "upsert_url_state", "staged_url_state",
            pa.Table.from_pylist(list(latest.values()), URL_STATE_SCHEMA))


def record_failures(con, rows: Iterable[dict]) -> None:
    latest = {r["url"]: r for r in rows}
    _insert(con, "upsert_failures", "staged_failures",
            pa.Table.from_pylist(list(latest.values()), FAILURE_SCHEMA))


def clear_failures(con, urls: Iterable[str]) -> None:
    _insert(con, "clear_failures", "staged_ok",
            pa.Table.from_pylist([{"url": u} for u in set(urls)], pa.schema([("url", pa.string())])))


def section_complete(con, section: str) -> bool:
    row = con.execute(_sql("section_state"), {"section": section}).fetchone()
    return bool(row and row[0])


def save_section(con, section: str, *, newest_published: date | None, newest_doc_id: int | None,
                 walk_complete: bool, pages_walked: int, walked_at: datetime) -> None:
    con.execute(_sql("save_section"), {
        "section": section, "newest_published": newest_published, "newest_doc_id": newest_doc_id,
        "walk_complete": walk_complete, "pages_walked": pages_walked, "walked_at": walked_at})

"""`reparse`: rebuild the parsed tables from the WARC archive alone, no network.

After a parser upgrade every archived release page is parsed again with the current
`PARSER_VERSION` and loaded; the load's dedup leaves releases whose parse did not
change untouched (only `last_seen_at` moves) and updates the others. The captures
index is rebuilt from the files too, so a lost or fresh warehouse can be restored
from the archive folder. Unfinished `.open` files of crashed runs are never read.
"""
from __future__ import annotations

import re
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Iterator

from prefect import flow, get_run_logger

from flows.config import Settings
from flows.http import utcnow
from flows.summary import Summary, new_run_id

_DAY_RE = re.compile(r"/t(\d{4})(\d{2})(\d{2})_\d+\.s?html?$", re.IGNORECASE)


def archive_files(archive_dir: Path) -> list[Path]:
    """Finished WARC files in name order (run ids start with a UTC timestamp)."""
    if not archive_dir.is_dir():
        return []
    return sorted(p for p in archive_dir.iterdir()
                  if p.is_file() and p.name.lower().endswith((".warc.gz", ".warc")))


def _role(url: str) -> str:
    from flows.listing import is_listing_url

    if url.endswith("/robots.txt"):
        return "robots"
    return "listing" if is_listing_url(url) else "release"


def _capture_rows(path: Path, indexed: set[str]) -> list[dict]:
    from flows.archive import iter_responses

    rows = []
    if path.name in indexed:
        return rows
    for rec in iter_responses(path):
        rows.append({
            "capture_id": rec.record_id, "run_id": None, "url": rec.url, "fetched_at": rec.date,
            "status": rec.status or 0, "record_type": rec.record_type, "role": _role(rec.url),
            "payload_digest": rec.payload_digest, "content_type": rec.content_type,
            "warc_file": path.name, "offset": rec.offset, "length": rec.length,
            "etag": rec.header("etag"), "last_modified": rec.header("last-modified"),
            "truncated": rec.truncated, "refers_to": rec.refers_to})
    return rows


def _published_on_or_after(url: str, since: date | None) -> bool:
    if since is None:
        return True
    m = _DAY_RE.search(url)
    if not m:
        return True  # no date in the URL: cannot tell, so parse it
    try:
        return date(*map(int, m.groups())) >= since
    except ValueError:
        return True


def _items(files: list[Path], since: date | None) -> Iterator:
    from flows.release_page import sightings_from_warc

    for path in files:
        for item in sightings_from_warc(path):
            url = getattr(item, "url", None) or getattr(item, "path_or_url", "")
            if _published_on_or_after(url, since):
                yield item


def run_reparse(settings: Settings, since: date | None = None) -> Summary:
    from warehouse import fetch_state, post_write
    from warehouse.db import connect
    from warehouse.load import Rejection, RunRecord, load, record_run

    files = archive_files(Path(settings.archive_dir))
    summary = Summary(run_id=new_run_id("reparse"), mode="reparse", started_at=utcnow(),
                      db_path=str(settings.db_path))
    settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    con = connect(settings.db_path)
    try:
        fetch_state.ensure_schema(con)
        indexed = fetch_state.archived_files(con)
        for path in files:
            fetch_state.record_captures(con, _capture_rows(path, indexed))
        stream = _items(files, since)
        while batch := list(islice(stream, settings.batch_size)):
            rejections = [x for x in batch if isinstance(x, Rejection)]
            sightings = [x for x in batch if not isinstance(x, Rejection)]
            result = load(con, sightings, rejections, run_id=summary.run_id)
            summary.inputs += len(batch)
            summary.add_load(result, rejections)
        summary.finished_at = utcnow()
        record_run(con, RunRecord(
            run_id=summary.run_id, started_at=summary.started_at, finished_at=summary.finished_at,
            mode=summary.mode, files_or_urls=summary.inputs, new=summary.new, updated=summary.updated,
            duplicates=summary.duplicates, quarantined=summary.n_quarantined, events=summary.events))
        summary.checks = list(post_write.refresh(con) or [])
    finally:
        con.close()
    post_write.publish_snapshot(settings.db_path)
    return summary


@flow(name="reparse", log_prints=False)
def reparse(since: str | None = None, db: str | None = None) -> Summary:
    """Rebuild parsed tables from the WARC archive with the current parser."""
    try:
        from flows.writer_slot import warehouse_writer as slot
    except ImportError:
        from contextlib import nullcontext as slot
    settings = Settings.from_env().with_db(db)
    with slot():
        summary = run_reparse(settings, since=date.fromisoformat(since) if since else None)
    summary.publish_artifact()
    get_run_logger().info(summary.to_text())
    return summary

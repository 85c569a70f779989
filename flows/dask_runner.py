"""Scale-out parsing: archived releases parsed on a task runner, loaded by one writer.

Parsing is pure and CPU-bound, so it can run anywhere: threads in this process
(default) or a Dask cluster through prefect-dask (`--task-runner dask` starts a
local cluster, `dask:tcp://host:8786` uses an existing scheduler). Workers receive
only *references* (a file path, or a WARC file and record offset) and read the bytes
themselves, so on a real cluster the archive must be on storage every worker sees.
Loading is never distributed: results come back to the flow, which writes them in
submission order inside the single warehouse-writer slot, so the warehouse is the
same whichever runner parsed.
"""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from types import SimpleNamespace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from flows.config import Settings
from flows.writer_slot import warehouse_writer

# Enough work per task that Prefect's per-task bookkeeping stays small next to parsing.
BATCH_SIZE = 50


class TaskRunnerSpecError(ValueError):
    """`--task-runner` value that is not `threads[:N]`, `dask` or `dask:ADDRESS`."""


def make_task_runner(spec: str | None, workers: int | None = None):
    """Build a Prefect task runner from a CLI spec.

    `threads` / `threads:N` / None -> ThreadPoolTaskRunner; `dask` -> a LocalCluster
    of `workers` single-threaded processes; `dask:ADDRESS` -> an existing scheduler.
    """
    from prefect.task_runners import ThreadPoolTaskRunner

    spec = (spec or "threads").strip()
    kind, _, arg = spec.partition(":")
    if kind == "threads":
        try:
            return ThreadPoolTaskRunner(max_workers=int(arg) if arg else workers)
        except ValueError:
            raise TaskRunnerSpecError(f"threads:N needs a number, got {spec!r}") from None
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        if arg:
            return DaskTaskRunner(address=arg)
        # Processes, one thread each: parsing holds the GIL, threads would not help.
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": workers or 2, "threads_per_worker": 1, "processes": True,
                            "dashboard_address": None}
        )
    raise TaskRunnerSpecError(f"--task-runner must be threads[:N], dask or dask:ADDRESS, got {spec!r}")


@dataclass(frozen=True)
class ArchivedItem:
    """Where one release's raw bytes are: a release file, or a WARC response record.

    For a WARC `revisit` record (payload unchanged since an earlier capture) `path` and
    `offset` point at the response holding the payload, while `url`, `when` and
    `record_id` stay the revisit's own, as `liaison load` of the same WARC does.
    """
    path: str
    url: str
    offset: int | None = None          # record offset; None for a release file
    when: datetime | None = None       # WARC-Date of the record
    last_modified: str | None = None
    record_id: str | None = None
    truncated: str | None = None


def _warc_items(paths: list[Path]) -> Iterator[ArchivedItem]:
    from flows.archive import iter_responses
    from flows.release_page import is_release_candidate

    # A revisit may point at a response in another file of the same archive.
    originals: dict[str, tuple[str, int]] = {}
    pending: list = []
    for path in paths:
        for rec in iter_responses(path):
            if rec.record_type == "response" and rec.payload_digest:
                originals.setdefault(rec.payload_digest, (str(path), rec.offset))
            if is_release_candidate(rec.url, rec.status, rec.content_type):
                pending.append((path, rec))
    for path, rec in pending:
        where = (str(path), rec.offset)
        if rec.record_type == "revisit":
            where = originals.get(rec.payload_digest or "", (str(path), -1))
        yield ArchivedItem(where[0], rec.url, where[1], rec.date, rec.header("last-modified"),
                           rec.record_id, rec.truncated)


def list_items(paths: Iterable[str | Path]) -> list[ArchivedItem]:
    """Every release reference under the given files/folders, in `liaison load` order.

    Folders are walked like `liaison load` does (release files first, then WARCs);
    a missing path raises `flows.sources.MissingPath` before anything is parsed.
    """
    from flows.sources import expand_paths

    inputs = expand_paths(paths)
    items = [ArchivedItem(str(f), f.as_uri()) for f in inputs.files]
    return items + list(_warc_items(inputs.warcs))


def read_item(item: ArchivedItem) -> tuple[bytes, str | None]:
    """Raw body bytes and the declared charset, read by seeking (no scan of the file)."""
    if item.offset is None:
        return Path(item.path).read_bytes(), None
    from flows.archive import read_record

    stored = read_record(item.path, item.offset)
    return stored.body, stored.charset


def parse_item(item: ArchivedItem, seen_at: datetime, max_bytes: int):
    """One reference -> a Sighting, or a Rejection with the reason (never dropped).

    The same functions as `liaison load` and the crawl, so every path to the warehouse
    turns the same bytes into the same rows.
    """
    from flows.release_page import to_sighting
    from flows.sources import read_release_file
    from warehouse.load import Rejection

    if item.offset is None:
        return read_release_file(Path(item.path), max_bytes=max_bytes, seen_at=seen_at)
    when = item.when or seen_at
    if item.offset < 0:
        return Rejection(item.url, "revisit_unresolved: no stored payload for this revisit record", when)
    try:
        body, charset = read_item(item)
    except (OSError, ValueError) as exc:
        return Rejection(item.url, f"unreadable: {exc}", when)
    return to_sighting(item.url, body, charset=charset, seen_at=when, last_modified=item.last_modified,
                       capture_id=item.record_id, truncated=item.truncated)


@task(name="parse-batch", retries=0)  # parsing is deterministic: a retry would fail the same way
def parse_batch(items: list[ArchivedItem], seen_at: datetime, max_bytes: int) -> list:
    return [parse_item(item, seen_at, max_bytes) for item in items]


def _batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@flow(name="parse-archive", log_prints=False)
def parse_archive(
    paths: list[str],
    db_path: str,
    batch_size: int = BATCH_SIZE,
    seen_at: datetime | None = None,
) -> dict:
    """Parse everything under `paths` on this flow's task runner, then load once."""
    from warehouse import post_write
    from warehouse.db import connect
    from warehouse.load import Rejection, load, record_run

    from flows.backfill import ChecksFailed, failed_checks, run_record

    logger = get_run_logger()
    started = time.monotonic()
    started_at = datetime.now(timezone.utc).replace(tzinfo=None)
    run_id = f"parse-archive-{started_at:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    seen_at = seen_at or datetime.now(timezone.utc).replace(tzinfo=None)
    items = list_items(paths)
    max_bytes = Settings.from_env().max_file_bytes
    futures = [parse_batch.submit(batch, seen_at, max_bytes) for batch in _batches(items, batch_size)]
    results = [r for fut in futures for r in fut.result()]  # submission order, whatever finished first
    parsed_at = time.monotonic()
    rejections = [r for r in results if isinstance(r, Rejection)]
    sightings = [r for r in results if not isinstance(r, Rejection)]
    logger.info("parsed %d item(s): %d release(s), %d rejected", len(items), len(sightings), len(rejections))
    with warehouse_writer():
        con = connect(db_path)
        try:
            result = load(con, sightings, rejections, run_id=run_id)
            counts = {
                "items": len(items), "new": result.new, "updated": result.updated,
                "duplicates": result.duplicates, "events": result.events, "quarantined": result.quarantined,
                "parse_seconds": round(parsed_at - started, 3),
                "load_seconds": round(time.monotonic() - parsed_at, 3),
            }
            record_run(con, run_record("parse-archive", run_id, started_at, counts))
            checks = list(post_write.refresh(con) or [])
        finally:
            con.close()
        post_write.publish_snapshot(Path(db_path))
    create_markdown_artifact(
        key="parse-archive-summary",
        markdown="# Parse archive\n\n| measure | value |\n|---|---|\n"
        + "".join(f"| {k} | {v} |\n" for k, v in counts.items()),
        description="parse-archive run",
    )
    if failed := failed_checks(SimpleNamespace(checks=checks)):
        raise ChecksFailed(f"quality checks failed after loading: {'; '.join(failed)}")
    return counts


def run_parse_archive(paths: list[str], db_path: str, task_runner: str | None = None,
                      workers: int | None = None, **kwargs) -> dict:
    """Run `parse-archive` with the runner named by a `--task-runner` spec."""
    runner = make_task_runner(task_runner, workers)
    return parse_archive.with_options(task_runner=runner)(list(map(str, paths)), str(db_path), **kwargs)

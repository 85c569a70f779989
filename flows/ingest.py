"""Loading releases into the warehouse: the plain `run_load` and the Prefect `ingest` flow.

`run_load` does the work and is what tests, benchmarks and `liaison load --no-flow`
call; the `ingest` flow is a thin wrapper that adds Prefect state, logging, the
warehouse-writer slot and a markdown artifact, and dispatches fetch mode to the
fetch feature.
"""
from __future__ import annotations

import sys
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from prefect import flow, get_run_logger
from prefect.states import Failed

from flows.config import Settings
from flows.sources import expand_paths, iter_sightings, utcnow
from flows.summary import Summary, new_run_id


class StrictFailure(RuntimeError):
    """`--strict` and at least one input was quarantined; the summary says which."""

    def __init__(self, summary: Summary):
        super().__init__(f"{summary.n_quarantined} input(s) quarantined in strict mode")
        self.summary = summary


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    # Only on a terminal: a bar in a log file or a pipe is noise.
    return tqdm(total=total, unit="file", file=sys.stderr, leave=False,
                disable=not (enabled and sys.stderr.isatty()))


def run_load(paths: Iterable[str | Path], db_path: str | Path | None = None, strict: bool = False,
             progress: bool = True, *, settings: Settings | None = None,
             run_id: str | None = None, workers: int | None = None) -> Summary:
    """Load files/folders into the warehouse, one transaction per batch of files.

    Raises MissingPath before touching the warehouse, WarehouseLocked when another
    process writes it, and StrictFailure (after committing the good inputs and
    recording the run) when `strict` and anything was quarantined.
    """
    from warehouse import post_write
    from warehouse.db import connect
    from parsers import PARSER_VERSION
    from warehouse.load import Rejection, known_files, load, record_run

    settings = (settings or Settings.from_env()).with_db(db_path)
    inputs = expand_paths(paths)
    summary = Summary(run_id=run_id or new_run_id("load"), mode="load", started_at=utcnow(),
                      inputs=inputs.count, skipped=len(inputs.skipped),
                      db_path=str(settings.db_path))
    settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    con = connect(settings.db_path)
    try:
        stream = iter_sightings(inputs, max_bytes=settings.max_file_bytes, seen_at=summary.started_at,
                                workers=workers or settings.workers,
                                known=known_files(con, PARSER_VERSION))
        with _progress(inputs.count, progress) as bar:
            # Each batch is one transaction: a crash loses at most the batch in flight,
            # and memory stays flat however many files there are.
            for batch in _batches(stream, settings.batch_size):
                rejections = [x for x in batch if isinstance(x, Rejection)]
                sightings = [x for x in batch if not isinstance(x, Rejection)]
                result = load(con, sightings, rejections, run_id=summary.run_id)
                summary.add_load(result, rejections)
                bar.update(len(batch))
        summary.finished_at = utcnow()
        record_run(con, _run_record(summary))
        summary.checks = list(post_write.refresh(con) or [])
    finally:
        con.close()
    post_write.publish_snapshot(settings.db_path)
    if strict and summary.quarantined:
        raise StrictFailure(summary)
    return summary


def _run_record(summary: Summary):
    from warehouse.load import RunRecord

    return RunRecord(
        run_id=summary.run_id, started_at=summary.started_at, finished_at=summary.finished_at,
        mode=summary.mode, files_or_urls=summary.inputs, new=summary.new,
        updated=summary.updated, duplicates=summary.duplicates,
        quarantined=summary.n_quarantined, events=summary.events,
    )


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _writer_slot():
    """The shared warehouse-writer slot when the orchestration feature provides it."""
    try:
        from flows.writer_slot import warehouse_writer
    except ImportError:
        from contextlib import nullcontext

        return nullcontext()
    return warehouse_writer()


@flow(name="ingest", log_prints=False)
def ingest(mode: str = "load", paths: list[str] | None = None, db: str | None = None,
           strict: bool = False, workers: int | None = None,
           since: str | None = None, until: str | None = None,
           sections: list[str] | None = None, max_pages: int | None = None,
           refetch: bool = False, base_url: str | None = None):
    """Load local files (mode="load") or crawl the site (mode="fetch") into the warehouse.

    Returns the run Summary; in strict mode with quarantined inputs, a Failed state
    whose data is the Summary.
    """
    logger = get_run_logger()
    settings = Settings.from_env().with_db(db)
    with _writer_slot():
        if mode == "load":
            if not paths:
                raise ValueError("load mode needs at least one path")
            try:
                summary = run_load(paths, strict=strict, progress=True, settings=settings,
                                   workers=workers)
            except StrictFailure as exc:
                # A Failed state carrying the summary, not an exception: the run is
                # marked failed without a traceback and the caller still gets the numbers.
                exc.summary.publish_artifact()
                logger.info(exc.summary.to_text())
                return Failed(message=str(exc), data=exc.summary)
        elif mode == "fetch":
            from flows.crawl import run_fetch

            try:
                summary = run_fetch(settings, since=_day(since), until=_day(until), sections=sections,
                                    max_pages=max_pages, refetch=refetch, base_url=base_url)
            except Exception as exc:
                # A crawl alarm (e.g. the site layout changed) still reports what it did.
                partial = getattr(exc, "summary", None)
                if isinstance(partial, Summary):
                    partial.publish_artifact()
                raise
        else:
            raise ValueError(f"unknown mode {mode!r}: expected 'load' or 'fetch'")
    summary.publish_artifact()
    logger.info(summary.to_text())
    return summary

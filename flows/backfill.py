"""The `backfill` flow: a date window fetched as one subflow run per chunk.

Each chunk is a `backfill-chunk` subflow over `flows.crawl.run_fetch` for its own
closed date range. Chunks are idempotent (already archived releases are skipped
unless `refetch`, loading the same release again changes nothing), so a failed chunk
can be re-run alone and re-running a whole backfill is a no-op.

Retries: HTTP retries live in the fetch client (network errors, 429, 5xx); a chunk
that still fails is not retried blindly here, because it also parses and loads.
The flow run fails, naming the chunks to re-run.
"""
from __future__ import annotations

import dataclasses
import time
from datetime import date, datetime, timezone

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact

from flows.schedule_window import (
    chunk_label,
    parse_day,
    split_window,
    window_from_watermark,
)
from flows.writer_slot import warehouse_writer


class ChecksFailed(RuntimeError):
    """The warehouse's quality checks failed after a chunk was written."""


class BackfillFailed(RuntimeError):
    """One or more chunks failed; the message says which and how to re-run them."""


def load_settings():
    from flows.config import Settings

    return Settings.from_env()


def summary_counts(summary) -> dict:
    """The numbers of a run summary as a plain dict (what subflows return and log)."""
    if summary is None:
        return {}
    if isinstance(summary, dict):
        raw = dict(summary)
    elif callable(getattr(summary, "as_dict", None)):
        raw = dict(summary.as_dict())
    elif dataclasses.is_dataclass(summary):
        raw = dataclasses.asdict(summary)
    else:
        raw = {k: v for k, v in vars(summary).items() if not k.startswith("_")}
    # Lists (quarantined inputs, new parties, checks) become their counts: the numbers
    # are what chunk tables and totals need; the chunk's own artifact lists the items.
    return {k: len(v) if isinstance(v, (list, tuple)) else v for k, v in raw.items()
            if isinstance(v, (int, float, str, list, tuple)) or v is None}


def warehouse_watermark(db_path) -> date | None:
    """Newest publication date the warehouse holds, or None when empty or absent."""
    from pathlib import Path

    if not Path(db_path).exists():
        return None
    from warehouse import query

    reader = getattr(query, "watermark", None)
    if reader is None:
        return None
    from warehouse.db import connect

    con = connect(db_path, read_only=True)
    try:
        return reader(con)
    finally:
        con.close()


def run_record(mode: str, run_id: str, started_at: datetime, counts: dict):
    """A `runs` row for a flow that fans out; `mode` keeps it apart from its chunks' rows,
    so totals per mode never count a release twice."""
    from warehouse.load import RunRecord

    return RunRecord(
        run_id=run_id, started_at=started_at, finished_at=datetime.now(timezone.utc).replace(tzinfo=None),
        mode=mode, files_or_urls=int(counts.get("inputs", counts.get("items", 0)) or 0),
        new=int(counts.get("new", 0)), updated=int(counts.get("updated", 0)),
        duplicates=int(counts.get("duplicates", 0)), quarantined=int(counts.get("quarantined", 0) or 0),
    )


def record_flow_run(db_path, mode: str, run_id: str, started_at: datetime, counts: dict) -> None:
    from warehouse.db import connect
    from warehouse.load import record_run

    record = run_record(mode, run_id, started_at, counts)
    with warehouse_writer():
        con = connect(db_path)
        try:
            record_run(con, record)
        finally:
            con.close()


def failed_checks(summary) -> list[str]:
    """Post-write checks that must fail the run: error-level ones that found rows.

    Warning and info rules (e.g. the ledger of releases without events) are reported in
    the artifact but do not turn the run red.
    """
    failed = []
    for check in getattr(summary, "checks", None) or []:
        if hasattr(check, "failed_error"):
            bad = check.failed_error
        else:
            bad = getattr(check, "ok", getattr(check, "passed", True)) is False
        if bad:
            line = getattr(check, "line", None)
            detail = line() if callable(line) else getattr(check, "detail", "")
            failed.append(detail or str(getattr(check, "name", check)))
    return failed


def _publish(summary) -> None:
    publish = getattr(summary, "publish_artifact", None)
    if callable(publish):
        publish()


@flow(name="backfill-chunk", log_prints=False)
def backfill_chunk(
    since: str,
    until: str,
    sections: list[str] | None = None,
    refetch: bool = False,
    base_url: str | None = None,
) -> dict:
    """Fetch and load one chunk while holding the warehouse writer slot."""
    from flows.crawl import run_fetch

    logger = get_run_logger()
    settings = load_settings()
    logger.info("chunk %s..%s sections=%s refetch=%s", since, until, sections or "default", refetch)
    with warehouse_writer():
        try:
            summary = run_fetch(
                settings,
                since=parse_day(since, "since"),
                until=parse_day(until, "until"),
                sections=sections,
                refetch=refetch,
                base_url=base_url,
            )
        except Exception as exc:
            # A crawl that fails loudly still archived and loaded what it got: publish
            # its numbers so the red run shows them.
            _publish(getattr(exc, "summary", None))
            raise
    _publish(summary)
    if failed := failed_checks(summary):
        # Red in the UI with the reason; the data is committed and the chunk can be re-run.
        raise ChecksFailed(f"chunk {since}..{until}: quality checks failed: {'; '.join(failed)}")
    counts = summary_counts(summary)
    logger.info("chunk %s..%s done: %s", since, until, counts)
    return counts


def _markdown(since, until, rows: list[tuple[str, str, dict]], seconds: float) -> str:
    keys: list[str] = []
    for _, _, counts in rows:
        keys += [k for k, v in counts.items() if isinstance(v, (int, float)) and k not in keys]
    lines = [
        f"# Backfill {since} .. {until}",
        "",
        f"{len(rows)} chunk(s), {sum(1 for _, s, _ in rows if s != 'ok')} failed, {seconds:.1f} s",
        "",
        "| chunk | status | " + " | ".join(keys) + " |",
        "|---|---|" + "---|" * len(keys),
    ]
    for label, status, counts in rows:
        cells = [str(counts.get(k, "")) for k in keys]
        lines.append(f"| {label} | {status} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


@flow(name="backfill", log_prints=False)
def backfill(
    since: str | None = None,
    until: str | None = None,
    sections: list[str] | None = None,
    chunk: str = "month",
    refetch: bool = False,
    base_url: str | None = None,
) -> dict:
    """Fetch releases published in [since, until], one subflow run per chunk.

    Without `since`, the window starts at the warehouse's own watermark (minus an
    overlap), computed when the run starts, so a late or repeated run does not replay
    history. `until` defaults to today (UTC).
    """
    logger = get_run_logger()
    started = time.monotonic()
    started_at = datetime.now(timezone.utc).replace(tzinfo=None)
    today = datetime.now(timezone.utc).date()
    since_d = parse_day(since, "since")
    until_d = parse_day(until, "until") or today
    if since_d is None:
        settings = load_settings()
        since_d, _ = window_from_watermark(warehouse_watermark(settings.db_path), today)
        if since_d is None:
            raise BackfillFailed("backfill needs `since`: the warehouse has no watermark yet (empty or absent)")
        logger.info("window from the warehouse watermark: since=%s", since_d)
    chunks = split_window(since_d, until_d, chunk)
    logger.info("backfill %s..%s in %d %s chunk(s)", since_d, until_d, len(chunks), chunk)

    rows: list[tuple[str, str, dict]] = []
    for start, end in chunks:
        label = chunk_label(start, end)
        state = backfill_chunk.with_options(flow_run_name=f"backfill-{label}")(
            start.isoformat(), end.isoformat(), sections, refetch, base_url, return_state=True
        )
        if state.is_completed():
            rows.append((label, "ok", state.result()))
        else:
            rows.append((label, f"{state.type.value.lower()}: {state.message or ''}".strip(), {}))
            logger.error("chunk %s did not complete: %s", label, state.message)

    create_markdown_artifact(
        key="backfill-summary",
        markdown=_markdown(since_d, until_d, rows, time.monotonic() - started),
        description=f"backfill {since_d}..{until_d}",
    )
    failed = [(label, status) for label, status, _ in rows if status != "ok"]
    if failed:
        raise BackfillFailed(
            f"{len(failed)} of {len(rows)} chunk(s) failed: {', '.join(label for label, _ in failed)}; "
            f"first: {failed[0][1]}; re-run each alone with `liaison backfill --since START --until END`"
        )
    totals: dict = {}
    for _, _, counts in rows:
        for k, v in counts.items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                totals[k] = totals.get(k, 0) + v
    _record(load_settings().db_path, started_at, totals, logger)
    return {"since": since_d.isoformat(), "until": until_d.isoformat(), "chunks": len(rows), **totals}


def _record(db_path, started_at: datetime, totals: dict, logger) -> None:
    from prefect.runtime import flow_run

    try:
        record_flow_run(db_path, "backfill", f"backfill-{flow_run.id}", started_at, totals)
    except ImportError as exc:  # a build without the warehouse loader: say so, do not hide it
        logger.warning("backfill run not recorded in `runs`: %s", exc)

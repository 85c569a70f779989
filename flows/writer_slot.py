"""The one global "warehouse-writer" slot every writing flow holds while it writes.

DuckDB allows one writing process per file. Deployment concurrency limits only stop
two runs of the *same* deployment; this Prefect global concurrency limit (limit 1)
is shared by ingest, backfill and reparse so a backfill and a daily run never write
at once: the second one waits for the slot instead of failing on the file lock.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

WRITER_LIMIT = "warehouse-writer"

# A backfill chunk can hold the slot for a long time on a slow site; a waiting run
# should queue behind it, not give up, but never wait forever on a stuck holder.
WAIT_SECONDS = 6 * 3600


def ensure_writer_limit() -> None:
    """Create the limit (1 slot) on the current Prefect server if it is missing.

    `prefect deploy` cannot declare global limits, and `concurrency()` silently does
    nothing for a limit that does not exist, so every writer makes sure it exists.
    """
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(WRITER_LIMIT)
        except ObjectNotFound:
            try:
                client.create_global_concurrency_limit(
                    GlobalConcurrencyLimitCreate(name=WRITER_LIMIT, limit=1)
                )
            except ObjectAlreadyExists:  # another writer created it first
                pass


@contextmanager
def warehouse_writer(timeout_seconds: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the writer slot for the body; outside a Prefect run this is a no-op.

    Plain function calls (tests, `liaison load` without `--flow`) are one process
    and rely on DuckDB's own file lock instead.
    """
    from prefect.context import FlowRunContext

    if FlowRunContext.get() is None:
        yield
        return
    from prefect.concurrency.sync import concurrency

    ensure_writer_limit()
    with concurrency(WRITER_LIMIT, occupy=1, timeout_seconds=timeout_seconds, strict=True):
        yield

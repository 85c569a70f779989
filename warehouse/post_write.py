"""What every write run does after loading: refresh derived structures, check, publish.

`refresh(con)` runs inside the write connection before it closes; `publish_snapshot(path)`
runs after it closed, so readers always find a complete copy while the next run writes.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from warehouse import checks, search

SNAPSHOT_SUFFIX = ".snapshot.duckdb"


def refresh(con) -> list[checks.CheckResult]:
    """Rebuild the full-text index and run the quality checks; returns their results."""
    search.build_index(con)
    return checks.run_checks(con)


def snapshot_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name.removesuffix(".duckdb") + SNAPSHOT_SUFFIX)


def publish_snapshot(db_path: Path | str) -> Path | None:
    """Copy the closed warehouse to `<db>.snapshot.duckdb`, replacing the old one atomically.

    Readers never see a half-written snapshot: the copy is made under a temporary name in the
    same directory (same filesystem), checkpointed so it is one self-contained file, then
    renamed over the old snapshot. Returns None when there is no warehouse yet.
    """
    import duckdb

    db_path = Path(db_path)
    if not db_path.exists():
        return None
    target = snapshot_path(db_path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp_wal = Path(str(tmp) + ".wal")
    try:
        # A read-only connection holds the file lock so no writer changes it mid-copy.
        guard = duckdb.connect(str(db_path), read_only=True)
        try:
            shutil.copyfile(db_path, tmp)
            wal = Path(str(db_path) + ".wal")
            if wal.exists():
                shutil.copyfile(wal, tmp_wal)
        finally:
            guard.close()
        # Fold any write-ahead log into the copy so the snapshot is a single file.
        copy = duckdb.connect(str(tmp))
        try:
            copy.execute("CHECKPOINT")
        finally:
            copy.close()
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, tmp_wal):
            leftover.unlink(missing_ok=True)
    return target

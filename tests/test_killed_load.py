"""A load killed with SIGKILL mid-run leaves whole batches only, and a re-run completes it."""
from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.synthetic import write_corpus

ROOT = Path(__file__).resolve().parent.parent
BATCH = 100
FILES = 600

CORE_MODULES = ("warehouse.db", "warehouse.load", "warehouse.query", "parsers.release")
needs_core = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in CORE_MODULES),
    reason="needs the core parser and warehouse modules (" + ", ".join(CORE_MODULES) + ")")


def _load_cmd(paths, db):
    return [sys.executable, "-m", "flows.cli", "load", *map(str, paths), "--db", str(db),
            "--no-flow", "--no-progress"]


def _counts(db):
    from warehouse.db import connect

    con = connect(db)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "sources": one("SELECT count(*) FROM release_sources"),
            "releases": one("SELECT count(*) FROM releases"),
            "runs": one("SELECT count(*) FROM runs"),
            "orphan_sources": one("SELECT count(*) FROM release_sources s "
                                  "ANTI JOIN releases r USING (release_id)"),
            "orphan_events": one("SELECT count(*) FROM events e ANTI JOIN releases r USING (release_id)"),
            "bare_releases": one("SELECT count(*) FROM releases r ANTI JOIN events e USING (release_id)"),
        }
    finally:
        con.close()


@needs_core
def test_sigkill_mid_load_leaves_previous_state_plus_whole_batches(tmp_path):
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    env = dict(os.environ, LIAISON_BATCH_SIZE=str(BATCH), PYTHONPATH=path)
    db = tmp_path / "w.duckdb"
    first, rest = tmp_path / "first", tmp_path / "rest"
    write_corpus(first, 5, seed=11)
    paths = write_corpus(rest, FILES, seed=12, first=5)  # doc ids disjoint from `first`
    subprocess.run(_load_cmd([first], db), env=env, check=True, cwd=ROOT, capture_output=True)
    before = _counts(db)
    assert before["sources"] == 5 and before["runs"] == 1

    proc = subprocess.Popen(_load_cmd([rest], db), env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wal = Path(str(db) + ".wal")
    # Wait until at least one batch has been committed (the WAL grows), then kill.
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 64 * 1024:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the load finished before it could be killed: use more files"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    after = _counts(db)
    added = after["sources"] - before["sources"]
    assert 0 <= added < len(paths)
    assert added % BATCH == 0, f"{added} sightings committed: not whole batches of {BATCH}"
    assert after["runs"] == before["runs"]  # the killed run is not recorded as finished
    assert after["orphan_sources"] == after["orphan_events"] == after["bare_releases"] == 0

    done = subprocess.run(_load_cmd([rest], db), env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    final = _counts(db)
    assert final["sources"] == before["sources"] + len(paths)
    assert final["runs"] == before["runs"] + 1

"""Snapshots: published atomically after a write run, read while another process holds the lock."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from test_analyst_warehouse import build_warehouse, default_releases

from warehouse.post_write import publish_snapshot, snapshot_path

ROOT = Path(__file__).resolve().parent.parent

HOLD_LOCK = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("BEGIN TRANSACTION")
con.execute("DELETE FROM events")
print("locked", flush=True)
sys.stdin.read()
"""


def _hold(path: Path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def _release(holder) -> None:
    holder.stdin.close()
    holder.wait(timeout=60)


@pytest.fixture
def locked(tmp_path):
    """A warehouse with a published snapshot, then held open for writing by another process."""
    path = build_warehouse(tmp_path / "warehouse.duckdb")
    assert publish_snapshot(path) == snapshot_path(path)
    holder = _hold(path)
    try:
        yield path
    finally:
        _release(holder)


def test_locked_without_snapshot_fails_plainly(tmp_path, capsys):
    from flows.cli import main

    path = build_warehouse(tmp_path / "warehouse.duckdb")
    holder = _hold(path)
    try:
        assert main(["search", "belt", "--db", str(path)]) == 2
    finally:
        _release(holder)
    assert "lock" in capsys.readouterr().err.lower()


def test_snapshot_is_a_full_copy_beside_the_warehouse(tmp_path):
    path = build_warehouse(tmp_path / "warehouse.duckdb")
    snap = publish_snapshot(path)
    assert snap == tmp_path / "warehouse.snapshot.duckdb"
    with duckdb.connect(str(snap), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM releases").fetchone()[0] == len(default_releases())
        assert con.execute("SELECT count(*) FROM fts_main_releases.docs").fetchone()[0] == len(default_releases())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["warehouse.duckdb", "warehouse.snapshot.duckdb"]


def test_republishing_replaces_the_old_snapshot(tmp_path):
    path = build_warehouse(tmp_path / "warehouse.duckdb", default_releases()[:2])
    publish_snapshot(path)
    with duckdb.connect(str(path)) as con:
        con.execute("DELETE FROM releases WHERE release_id = 'r0000000000000002'")
    publish_snapshot(path)
    with duckdb.connect(str(snapshot_path(path)), read_only=True) as con:
        assert con.execute("SELECT list(release_id) FROM releases").fetchone()[0] == ["r0000000000000001"]


def test_no_warehouse_no_snapshot(tmp_path):
    assert publish_snapshot(tmp_path / "absent.duckdb") is None
    assert not snapshot_path(tmp_path / "absent.duckdb").exists()


def test_search_reads_the_snapshot_while_another_process_writes(locked, capsys):
    from flows.cli import main

    with pytest.raises(duckdb.IOException):
        duckdb.connect(str(locked), read_only=True)
    assert main(["search", "belt and road", "--db", str(locked)]) == 0
    captured = capsys.readouterr()
    assert "Belt and Road Cooperation" in captured.out
    assert "snapshot" in captured.err


def test_check_and_export_read_the_snapshot_too(locked, tmp_path, capsys):
    from flows.cli import main

    assert main(["check", "--db", str(locked)]) == 0
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "out"), "--db", str(locked)]) == 0
    assert (tmp_path / "out" / "events.csv").read_text().count("\n") == 1 + len(default_releases())


@pytest.mark.skipif(importlib.util.find_spec("warehouse.db") is None
                    or importlib.util.find_spec("warehouse.query") is None,
                    reason="liaison sql needs warehouse.db and warehouse.query (core pipeline)")
def test_liaison_sql_answers_from_the_snapshot_while_locked(locked):
    out = subprocess.run([sys.executable, "-m", "flows.cli", "sql", "SELECT count(*) AS n FROM events",
                          "--format", "csv", "--db", str(locked)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    # The holder deleted every event in its open transaction; the snapshot still has them.
    assert out.stdout.split() == ["n", str(len(default_releases()))]

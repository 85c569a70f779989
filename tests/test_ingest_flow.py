"""The Prefect `ingest` flow in load mode, and the plain `run_load` behind it."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bench.synthetic import write_corpus
from flows.ingest import StrictFailure, run_load
from flows.summary import Summary

FIXTURES = Path(__file__).parent / "fixtures" / "releases"

CORE_MODULES = ("warehouse.db", "warehouse.load", "warehouse.query", "parsers.release")
needs_core = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in CORE_MODULES),
    reason="needs the core parser and warehouse modules (" + ", ".join(CORE_MODULES) + ")")


def _one(db, sql):
    from warehouse.db import connect

    con = connect(db, read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.e2e
@needs_core
def test_ingest_flow_loads_fixtures_into_the_warehouse(prefect_harness, db_path):
    from flows.ingest import ingest

    state = ingest(mode="load", paths=[str(FIXTURES)], db=str(db_path), return_state=True)
    assert state.is_completed(), state.message
    summary = state.result()
    assert isinstance(summary, Summary) and summary.new > 0
    # .json goldens sit beside the pages: skipped and counted, never parsed.
    assert summary.skipped == len(list(FIXTURES.glob("*.json")))
    [(releases,)] = _one(db_path, "SELECT count(*) FROM releases")
    [(events,)] = _one(db_path, "SELECT count(*) FROM events")
    assert releases == summary.new and events == summary.events
    # Non-release pages among the fixtures are quarantined with their reason, not lost.
    quarantined = dict(_one(db_path, "SELECT path_or_url, reason FROM quarantine"))
    assert dict(summary.quarantined) == quarantined
    assert any(p.endswith("n02_about_page.html") for p in quarantined)
    runs = _one(db_path, "SELECT mode, new, quarantined FROM runs")
    assert runs == [("load", summary.new, summary.n_quarantined)]


@needs_core
def test_second_load_of_the_same_files_adds_nothing(tmp_path, db_path):
    write_corpus(tmp_path / "in", 8, seed=5)
    first = run_load([tmp_path / "in"], db_path, progress=False)
    again = run_load([tmp_path / "in"], db_path, progress=False)
    assert first.new == 8 and first.events >= 8
    assert (again.new, again.updated, again.duplicates) == (0, 0, 8)
    assert _one(db_path, "SELECT count(*) FROM releases") == [(8,)]


@needs_core
def test_batches_do_not_change_the_outcome(tmp_path, monkeypatch):
    write_corpus(tmp_path / "in", 7, seed=9)
    monkeypatch.setenv("LIAISON_BATCH_SIZE", "2")
    small = run_load([tmp_path / "in"], tmp_path / "small.duckdb", progress=False)
    monkeypatch.setenv("LIAISON_BATCH_SIZE", "1000")
    big = run_load([tmp_path / "in"], tmp_path / "big.duckdb", progress=False)
    assert (small.new, small.events) == (big.new, big.events) == (7, big.events)


@needs_core
def test_strict_failure_carries_the_summary_after_committing(tmp_path, db_path):
    write_corpus(tmp_path / "in", 3, seed=1)
    (tmp_path / "in" / "empty.html").write_bytes(b"")
    with pytest.raises(StrictFailure) as exc:
        run_load([tmp_path / "in"], db_path, strict=True, progress=False)
    assert exc.value.summary.new == 3
    assert [r for _, r in exc.value.summary.quarantined][0].startswith("empty")
    assert _one(db_path, "SELECT count(*) FROM releases") == [(3,)]


def test_summary_renders_quarantine_and_counts():
    from datetime import datetime

    s = Summary(run_id="load-x", mode="load", started_at=datetime(2024, 1, 1),
                finished_at=datetime(2024, 1, 1, 0, 0, 3), inputs=3, new=2, events=4,
                quarantined=[("/x/a|b.txt", "empty: file is empty")])
    text, md = s.to_text(), s.to_markdown()
    assert "2 new" in text and "/x/a|b.txt: empty" in text and "3.0s" in text
    assert "| quarantined | 1 |" in md and "a\\|b.txt" in md  # pipes escaped in the table

"""The backfill flow over a stand-in `run_fetch`: one chunk subflow each, failures named, slot released."""
from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from datetime import date

import pytest


@dataclass
class Check:
    name: str
    level: str
    count: int

    @property
    def failed_error(self) -> bool:
        return self.level == "error" and self.count > 0

    def line(self) -> str:
        return f"[{self.level}] {self.name}: {self.count} found"


@dataclass
class FakeSummary:
    fetched: int
    new: int
    checks: tuple = ()


class FakeFetch:
    """Records each window it was asked for; fails on the windows listed in `fail`."""

    def __init__(self, fail=()):
        self.calls: list[tuple[date, date, object, bool]] = []
        self.fail = set(fail)
        self.bad_checks: set[str] = set()

    def __call__(self, settings, since=None, until=None, sections=None, max_pages=None,
                 refetch=False, base_url=None):
        from prefect.context import FlowRunContext

        assert FlowRunContext.get().flow.name == "backfill-chunk"  # runs inside its own subflow
        self.calls.append((since, until, sections, refetch))
        if since.isoformat() in self.fail:
            raise RuntimeError(f"listing page for {since:%Y-%m} yielded no release links")
        bad = since.isoformat() in self.bad_checks
        # a warning-level finding never fails a run; an error-level one does
        checks = (Check("releases_without_events", "warning", 4), Check("events_have_dates", "error", 2 * bad))
        return FakeSummary(fetched=since.month, new=1, checks=checks)


@pytest.fixture
def fake_fetch(monkeypatch, tmp_path):
    fetch = FakeFetch()
    crawl = types.ModuleType("flows.crawl")
    crawl.run_fetch = fetch
    config = types.ModuleType("flows.config")
    settings = types.SimpleNamespace(db_path=tmp_path / "w.duckdb")
    config.Settings = types.SimpleNamespace(from_env=lambda: settings)
    monkeypatch.setitem(sys.modules, "flows.crawl", crawl)
    monkeypatch.setitem(sys.modules, "flows.config", config)
    return fetch


def test_backfill_runs_one_chunk_per_month(prefect_harness, fake_fetch):
    from flows.backfill import backfill

    result = backfill(since="2019-01-10", until="2019-03-31", sections=["english/news"], refetch=True)
    assert [(c[0].isoformat(), c[1].isoformat()) for c in fake_fetch.calls] == [
        ("2019-01-10", "2019-01-31"), ("2019-02-01", "2019-02-28"), ("2019-03-01", "2019-03-31")]
    assert all(c[2] == ["english/news"] and c[3] is True for c in fake_fetch.calls)
    assert result["chunks"] == 3 and result["new"] == 3 and result["fetched"] == 1 + 2 + 3


def test_failed_chunk_fails_the_run_and_is_named(prefect_harness, fake_fetch):
    from flows.backfill import backfill

    fake_fetch.fail = {"2019-02-01"}
    state = backfill(since="2019-01-01", until="2019-03-31", return_state=True)
    assert state.is_failed()
    assert "1 of 3 chunk(s) failed: 2019-02" in state.message
    assert len(fake_fetch.calls) == 3  # the other chunks still ran


def test_failed_quality_check_fails_the_run(prefect_harness, fake_fetch):
    from flows.backfill import backfill

    fake_fetch.bad_checks = {"2019-04-01"}
    state = backfill(since="2019-04-01", until="2019-04-30", return_state=True)
    assert state.is_failed()
    assert "quality checks failed: [error] events_have_dates: 2 found" in state.message
    assert "releases_without_events" not in state.message


def test_writer_slot_exists_and_is_released(prefect_harness, fake_fetch):
    from prefect.client.orchestration import get_client

    from flows.backfill import backfill
    from flows.writer_slot import WRITER_LIMIT

    backfill(since="2019-05-01", until="2019-05-31")
    with get_client(sync_client=True) as client:
        limit = client.read_global_concurrency_limit_by_name(WRITER_LIMIT)
    assert (limit.limit, limit.active_slots) == (1, 0)


def test_without_since_on_an_empty_warehouse_says_what_is_missing(prefect_harness, fake_fetch):
    from flows.backfill import backfill

    state = backfill(until="2019-01-31", return_state=True)
    assert state.is_failed() and "needs `since`" in state.message
    assert fake_fetch.calls == []  # nothing fetched without a window

"""The analyst commands on a warehouse loaded from the fixture releases by the real pipeline."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "releases"

pytestmark = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in ("flows.ingest", "warehouse.load", "warehouse.db",
                                                      "parsers.release")),
    reason="needs the core pipeline (flows.ingest, warehouse.load, warehouse.db, parsers.release)")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    from flows.ingest import run_load

    db = tmp_path_factory.mktemp("e2e") / "warehouse.duckdb"
    run_load([FIXTURES], db, progress=False)
    return db


def _fixture_titles() -> list[str]:
    titles = []
    for path in sorted(FIXTURES.glob("*.json")):
        golden = json.loads(path.read_text())
        if "title" in golden:
            titles.append(golden["title"])
    return titles


def test_load_publishes_a_snapshot_with_the_index(loaded):
    from warehouse.post_write import snapshot_path

    with duckdb.connect(str(snapshot_path(loaded)), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM fts_main_releases.docs").fetchone()[0] == \
            con.execute("SELECT count(*) FROM releases").fetchone()[0] > 0


def test_a_fixture_title_is_found_first(loaded):
    from warehouse.search import search

    title = _fixture_titles()[0]
    with duckdb.connect(str(loaded), read_only=True) as con:
        assert search(con, title, limit=3)[0].title == title


def test_checks_find_no_broken_rows_and_export_round_trips(loaded, tmp_path):
    from warehouse.checks import run_checks
    from warehouse.export import export

    with duckdb.connect(str(loaded), read_only=True) as con:
        results = {r.name: r for r in run_checks(con)}
        assert results["orphan_rows"].passed
        export(con, "parquet", tmp_path)
        n = con.execute("SELECT count(*) FROM events").fetchone()[0]
        assert con.execute(f"SELECT count(*) FROM '{tmp_path / 'events.parquet'}'").fetchone()[0] == n
        plover = (tmp_path / "events.plover.jsonl").read_text().splitlines()
        assert len(plover) == n and all(json.loads(x)["event_type"] == "CONSULT" for x in plover)


def test_html_report_of_real_data(loaded, tmp_path):
    from warehouse.html_report import CHARTS, write_html_report

    with duckdb.connect(str(loaded), read_only=True) as con:
        html = write_html_report(con, tmp_path / "r.html").read_text()
    assert html.count("<figure class='chart'") == len(CHARTS) and "No data yet." not in html

"""Read-only SQL, named reports, and the single-writer lock."""
from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

from tests.test_warehouse_load import release
from warehouse.db import WarehouseLocked, connect, connect_readonly
from warehouse.load import Sighting, load
from warehouse.query import WriteRefused, list_reports, run_report, run_sql, watermark

REQUIRED_REPORTS = {"events_per_country_year", "events_per_party_year",
                    "cpc_official_activity_month", "modality_share_quarter"}


@pytest.fixture
def con():
    c = connect()
    load(c, [Sighting("file:///a.txt", release(n_events=2), datetime(2026, 1, 1)),
             Sighting("file:///b.txt", release(title="Later", body="other words " * 40,
                                               published=date(2021, 5, 6), countries=("VN",)),
                      datetime(2026, 1, 1))], [])
    yield c
    c.close()


@pytest.mark.parametrize("sql", [
    "DELETE FROM releases", "INSERT INTO runs VALUES ('x')", "DROP TABLE events",
    "UPDATE releases SET title = 'x'", "CREATE TABLE t (a INT)", "SELECT 1; DELETE FROM releases",
    "COPY releases TO '/tmp/x.csv'", "ATTACH '/tmp/other.duckdb'",
])
def test_writes_are_refused_before_running(con, sql):
    with pytest.raises(WriteRefused, match="read-only"):
        run_sql(con, sql)
    assert con.execute("SELECT count(*) FROM releases").fetchone()[0] == 2


def test_reads_run(con):
    cur = run_sql(con, "SELECT count(*) AS n FROM events")
    assert [d[0] for d in cur.description] == ["n"] and cur.fetchone() == (3,)


def test_reports_listed_with_descriptions_and_answer(con):
    reports = list_reports()
    assert REQUIRED_REPORTS <= set(reports)
    assert all(desc for desc in reports.values())
    rows = run_report(con, "events_per_country_year").fetchall()
    assert (2021, "VN") in {(r[0], r[1]) for r in rows}
    assert {(r[0], r[1], r[3]) for r in rows} == {(2020, "DE", 2), (2021, "VN", 1)}
    # every report is also a view for BI tools
    assert con.execute('SELECT count(*) FROM "report_modality_share_quarter"').fetchone()[0] == 2


def test_unknown_report_names_the_known_ones(con):
    with pytest.raises(LookupError, match="events_per_country_year"):
        run_report(con, "nope")


def test_watermark(con):
    assert watermark(con) == date(2021, 5, 6)
    assert watermark(connect()) is None


HOLD = """
import sys, time
from warehouse.db import connect
con = connect(sys.argv[1])
print("ready", flush=True)
time.sleep(30)
"""


def test_second_writer_is_told_plainly_and_readers_get_the_snapshot(tmp_path):
    from warehouse.post_write import publish_snapshot

    db = tmp_path / "w.duckdb"
    c = connect(db)
    load(c, [Sighting("file:///a.txt", release(), datetime(2026, 1, 1))], [])
    c.close()
    publish_snapshot(db)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(WarehouseLocked, match="another writing process"):
            connect(db)
        ro, note = connect_readonly(db)
        assert "snapshot" in note
        assert ro.execute("SELECT count(*) FROM releases").fetchone()[0] == 1
        ro.close()
    finally:
        holder.kill()
        holder.wait()
    ro, note = connect_readonly(db)
    assert note == "live warehouse"
    ro.close()

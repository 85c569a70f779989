"""Exports: every contract table round-trips; the PLOVER mapping gives the right mode and sides."""
from __future__ import annotations

import json
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest
from test_analyst_warehouse import ANC, CPV, QIAN, SONG, SPD, UR, build_warehouse, ev, rel

from warehouse.export import CONTRACT_TABLES, PLOVER_FILE, ExportError, export


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    return build_warehouse(tmp_path_factory.mktemp("export") / "w.duckdb")


def test_parquet_round_trip_equals_tables(warehouse, tmp_path):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        files = export(con, "parquet", tmp_path)
        assert {f.table for f in files} == set(CONTRACT_TABLES) | {"plover_events"}
        for table in CONTRACT_TABLES:
            expected = con.execute(f"SELECT * FROM {table}").arrow()
            if hasattr(expected, "read_all"):
                expected = expected.read_all()
            got = pq.read_table(tmp_path / f"{table}.parquet")
            assert got.schema.names == expected.schema.names, table
            assert got.to_pylist() == expected.to_pylist(), table


@pytest.mark.parametrize("fmt, reader", [
    ("csv", "read_csv_auto('{}', header=true)"),
    ("jsonl", "read_json_auto('{}', format='newline_delimited')"),
])
def test_text_formats_hold_every_row(warehouse, tmp_path, fmt, reader):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        export(con, fmt, tmp_path)
        for table in ("releases", "events", "participants", "event_countries"):
            path = tmp_path / f"{table}.{fmt}"
            n = con.execute(f"SELECT count(*) FROM {reader.format(path)}").fetchone()[0]
            assert n == con.execute(f"SELECT count(*) FROM {table}").fetchone()[0], table


def _plover(tmp_path, releases) -> dict[str, dict]:
    path = build_warehouse(tmp_path / "p.duckdb", releases)
    with duckdb.connect(str(path), read_only=True) as con:
        export(con, "jsonl", tmp_path / "out")
    lines = (tmp_path / "out" / PLOVER_FILE).read_text().splitlines()
    return {rec["id"]: rec for rec in map(json.loads, lines)}


D = date(2022, 3, 1)
CASES = [
    # (event, expected mode, source countries, target countries)
    (ev(D, "meeting", "in_person", [SONG], [("Guest One", "Leader", SPD)], [SPD], ["DE"], "Beijing", "CN"),
     "visit", ["DE"], ["CN"]),
    (ev(D, "visit", "in_person", [QIAN], [("Host One", "Chair", ANC)], [ANC], ["ZA"], "Pretoria", "ZA"),
     "visit", ["CN"], ["ZA"]),
    (ev(D, "meeting", "in_person", [SONG], [("Guest Two", "Member", CPV)], [CPV], ["VN"], "Vientiane", "LA"),
     "third-party", ["CN"], ["VN"]),
    (ev(D, "conference", "video", [SONG], [("Guest Three", "Chair", UR)], [UR], ["RU"]),
     "multilateral", ["CN"], ["RU"]),
    (ev(D, "meeting", "in_person", [SONG], [], [UR, SPD], ["DE", "RU"], "Beijing", "CN"),
     "multilateral", ["CN"], ["DE", "RU"]),
    (ev(D, "call", "phone", [QIAN], [("Caller", "Leader", ANC)], [ANC], ["ZA"]), "phone", ["CN"], ["ZA"]),
    (ev(D, "meeting", "video", [SONG], [("Screen", "Leader", SPD)], [SPD], ["DE"]), "phone", ["CN"], ["DE"]),
    (ev(D, "message", "written", [SONG], [], [CPV], ["VN"]), "phone", ["CN"], ["VN"]),
]


def test_plover_mapping(tmp_path):
    releases = [rel(f"r{i:016x}", D, f"Release {i}", "Text.", [event]) for i, (event, *_r) in enumerate(CASES)]
    records = _plover(tmp_path, releases)
    for i, (event, mode, source, target) in enumerate(CASES):
        rec = records[f"r{i:016x}-0"]
        assert rec["event_type"] == "CONSULT"
        assert (rec["mode"], rec["source"]["countries"], rec["target"]["countries"]) == (mode, source, target), i
        assert rec["date"] == "2022-03-01" and rec["url"].startswith("https://")


def test_plover_actors_carry_party_and_country(tmp_path):
    event, *_ = CASES[1]  # CPC delegation visiting South Africa
    rec = _plover(tmp_path, [rel("r00000000000000aa", D, "Visit", "Text.", [event])])["r00000000000000aa-0"]
    assert rec["source"]["people"] == [{"name": QIAN[0], "title": QIAN[1], "party": "Communist Party of China",
                                        "country": "CN"}]
    assert rec["target"]["parties"][0] | {} == {"party_id": "african-national-congress",
                                                "name": ANC[0], "acronym": "ANC", "country": "ZA"}
    assert rec["target"]["people"][0]["party"] == ANC[0]


def test_unknown_format_and_foreign_database_are_refused(warehouse, tmp_path):
    with duckdb.connect(str(warehouse), read_only=True) as con, pytest.raises(ExportError, match="unknown format"):
        export(con, "xlsx", tmp_path)
    with duckdb.connect() as con, pytest.raises(ExportError, match="missing table"):
        export(con, "csv", tmp_path)


def test_export_command(warehouse, tmp_path, capsys):
    from flows.cli import main

    assert main(["export", "--format", "parquet", "--out", str(tmp_path / "x"), "--db", str(warehouse)]) == 0
    assert (tmp_path / "x" / "events.parquet").exists() and (tmp_path / "x" / PLOVER_FILE).exists()
    assert "events.parquet" in capsys.readouterr().out

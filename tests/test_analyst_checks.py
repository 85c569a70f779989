"""Quality rules: each fires on a crafted bad warehouse and stays quiet on a clean one."""
from __future__ import annotations

from datetime import date

import duckdb
import pytest
from test_analyst_warehouse import QIAN, SONG, SPD, build_warehouse, default_releases, ev, rel

from warehouse.checks import CheckDefinitionError, has_errors, list_checks, parse_check, run_checks

D = date(2022, 5, 10)
UNKNOWN_FRONT = ("Unlisted Front", None, "ZZ")

BAD = [
    rel("rbad0000000000001", D, "Song Tao Meets Nobody", "Text.",
        [ev(D, "meeting", "in_person", [SONG], [], [], [])]),
    rel("rbad0000000000002", D, "Talks with an unknown country", "Text.",
        [ev(D, "meeting", "in_person", [QIAN], [("Someone", "Leader", None)], [], ["XX"])]),
    rel("rbad0000000000003", D, "Talks with an unlisted party", "Text.",
        [ev(D, "meeting", "in_person", [QIAN], [("Other", "Leader", ("Unlisted Front", None, "DE"))], [], ["DE"])]),
    rel("rbad0000000000004", D, "An old event", "Text.",
        [ev(date(2019, 1, 1), "meeting", "in_person", [SONG], [("Guest", "Leader", SPD)], [SPD], ["DE"])]),
    rel("rbad0000000000005", D, "A notice with no event", "Text.", []),
    rel("rbad0000000000006", date(2022, 6, 1), "Song Tao Meets SPD", "Text.",
        [ev(date(2022, 6, 1), "meeting", "in_person", [SONG], [], [SPD], ["DE"])]),
    rel("rbad0000000000007", date(2022, 6, 2), "Song Tao Met SPD (re-report)", "Text.",
        [ev(date(2022, 6, 1), "meeting", "in_person", [SONG], [], [SPD], ["DE"])]),
    rel("rbad0000000000008", D, "A party without a country", "Text.",
        [ev(D, "meeting", "in_person", [SONG], [], [("Global Movement", "GM", None)], ["DE"])]),
]

# rule -> a value that must appear in one of its listed rows
EXPECTED = {
    "no_foreign_side": "rbad0000000000001-0",
    "unresolved_countries": "XX",
    "unresolved_parties": "Unlisted Front",
    "event_date_window": "rbad0000000000004-0",
    "releases_without_events": "rbad0000000000005",
    "duplicate_events": "social-democratic-party-of-germany",
    "orphan_rows": "ghost-event",
}


@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    path = build_warehouse(tmp_path_factory.mktemp("bad") / "bad.duckdb", BAD)
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO event_countries(event_id, country_code) VALUES ('ghost-event', 'DE')")
    return path


@pytest.fixture(scope="module")
def bad_results(bad):
    with duckdb.connect(str(bad), read_only=True) as con:
        return {r.name: r for r in run_checks(con)}


def test_every_rule_file_is_covered():
    assert {c.name for c in list_checks()} == set(EXPECTED)


@pytest.mark.parametrize("rule, marker", sorted(EXPECTED.items()))
def test_rule_fires_on_bad_warehouse(bad_results, rule, marker):
    result = bad_results[rule]
    assert result.count > 0 and not result.passed
    assert any(marker in str(v) for row in result.rows for v in row), result.rows


def test_party_without_country_is_unresolved(bad_results):
    assert any("global-movement" in str(v) for row in bad_results["unresolved_parties"].rows for v in row)


def test_clean_warehouse_passes_every_rule(tmp_path):
    path = build_warehouse(tmp_path / "clean.duckdb", default_releases())
    with duckdb.connect(str(path), read_only=True) as con:
        results = run_checks(con)
    assert [r.name for r in results if not r.passed] == []
    assert not has_errors(results)


def test_levels_and_exit_status(bad, tmp_path, capsys):
    from flows.cli import main

    levels = {c.name: c.level for c in list_checks()}
    assert levels["event_date_window"] == "error" and levels["releases_without_events"] == "info"
    assert main(["check", "--db", str(bad)]) == 1
    assert "rbad0000000000005" in capsys.readouterr().out  # the no-event ledger is listed
    assert main(["check", "--db", str(bad), "--only", "releases_without_events"]) == 0
    clean = build_warehouse(tmp_path / "clean.duckdb")
    assert main(["check", "--db", str(clean)]) == 0


def test_refresh_returns_check_results(tmp_path):
    from warehouse.post_write import refresh

    path = build_warehouse(tmp_path / "w.duckdb", BAD[:1], refresh=False)
    with duckdb.connect(str(path)) as con:
        results = refresh(con)
    assert {r.name: r.count for r in results}["no_foreign_side"] == 1


@pytest.mark.parametrize("header, message", [
    ("SELECT 1", "first two lines"),
    ("-- level: fatal\n-- something\nSELECT 1", "not one of"),
])
def test_malformed_rule_files_are_refused(tmp_path, header, message):
    path = tmp_path / "rule.sql"
    path.write_text(header)
    with pytest.raises(CheckDefinitionError, match=message):
        parse_check(path)

"""`liaison load/sql/report` as a user runs them: exit statuses, messages, formats."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import textwrap

import importlib.util

import pytest

from bench.synthetic import write_corpus
from flows.cli import main

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CORE_MODULES = ("warehouse.db", "warehouse.load", "warehouse.query", "parsers.release")
needs_core = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in CORE_MODULES),
    reason="needs the core parser and warehouse modules (" + ", ".join(CORE_MODULES) + ")")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    write_corpus(folder, 6, seed=3)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return folder


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@needs_core
def test_load_completes_with_quarantined_inputs_listed(capsys, corpus, db_path):
    code, out, err = run(capsys, "load", corpus, "--db", db_path, "--no-flow")
    assert code == 0, err
    assert "6 new" in out and "2 quarantined" in out
    assert "empty.txt: empty" in out and "picture.html: binary" in out


@needs_core
def test_load_lists_releases_read_despite_a_lost_headline(capsys, corpus, db_path):
    (corpus / "headless.txt").write_text(
        "( 2019.04.02 )\n\nBeijing, April 2nd\u2014Song Tao, Minister of the International Department of the "
        "CPC Central Committee, met here today with Ana Example, Chair of the Ruritanian People's Party.\n\n"
        "Song said the CPC values its ties with the party.\n", encoding="utf-8")
    code, out, err = run(capsys, "load", corpus, "--db", db_path, "--no-flow")
    assert code == 0, err
    assert "7 new" in out and "1 with warnings" in out and "2 quarantined" in out
    assert "headless.txt: no_title: " in out


@needs_core
def test_strict_turns_a_quarantine_into_exit_1(capsys, corpus, db_path):
    code, out, err = run(capsys, "load", corpus, "--db", db_path, "--no-flow", "--strict")
    assert code == 1 and "strict" in err
    assert "6 new" in out  # good inputs are still loaded and the summary still printed


@needs_core
def test_strict_passes_when_nothing_is_quarantined(capsys, corpus, db_path):
    for bad in ("empty.txt", "picture.html"):
        (corpus / bad).unlink()
    assert run(capsys, "load", corpus, "--db", db_path, "--no-flow", "--strict")[0] == 0


def test_missing_path_exits_2_naming_it_without_traceback(capsys, corpus, db_path):
    code, out, err = run(capsys, "load", corpus, corpus / "absent", "--db", db_path, "--no-flow")
    assert code == 2
    assert "absent" in err and "Traceback" not in err
    assert not db_path.exists()  # nothing was loaded


@needs_core
def test_locked_warehouse_exits_2_with_a_plain_message(capsys, corpus, db_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(db_path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        code, out, err = run(capsys, "load", corpus, "--db", db_path, "--no-flow")
        assert code == 2 and "locked" in err and "Traceback" not in err
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)


@needs_core
def test_liaison_db_environment_variable_is_honoured(capsys, corpus, tmp_path, monkeypatch):
    target = tmp_path / "from_env.duckdb"
    monkeypatch.setenv("LIAISON_DB", str(target))
    assert run(capsys, "load", corpus, "--no-flow")[0] == 0
    assert target.exists()
    code, out, _ = run(capsys, "sql", "SELECT count(*) AS n FROM releases", "--format", "json")
    assert code == 0 and json.loads(out) == [{"n": 6}]


@pytest.fixture
def loaded(capsys, corpus, db_path):
    assert run(capsys, "load", corpus, "--db", db_path, "--no-flow")[0] == 0
    return db_path


@pytest.mark.parametrize("statement", [
    "DELETE FROM releases",
    "DROP TABLE releases",
    "INSERT INTO quarantine (path_or_url, reason) VALUES ('x', 'y')",
    "UPDATE releases SET title = 'x'",
])
@needs_core
def test_sql_refuses_writes_and_changes_nothing(capsys, loaded, statement):
    code, out, err = run(capsys, "sql", statement, "--db", loaded)
    assert code != 0 and err.strip() and "Traceback" not in err
    assert "read" in err.lower() or "write" in err.lower() or "refus" in err.lower(), err
    code, out, _ = run(capsys, "sql", "SELECT count(*) FROM releases", "--db", loaded, "--format", "csv")
    assert out.splitlines()[1] == "6"


@needs_core
def test_sql_formats(capsys, loaded):
    query = "SELECT release_id, published_date, title FROM releases ORDER BY published_date, release_id"
    _, as_csv, _ = run(capsys, "sql", query, "--db", loaded, "--format", "csv")
    _, as_json, _ = run(capsys, "sql", query, "--db", loaded, "--format", "json")
    _, as_table, _ = run(capsys, "sql", query, "--db", loaded)
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    records = json.loads(as_json)
    assert len(rows) == len(records) == 6
    assert [r["published_date"] for r in rows] == [r["published_date"] for r in records]
    assert all(len(r["published_date"]) == 10 and r["published_date"][4] == "-" for r in records)
    lines = as_table.splitlines()
    assert lines[0].split() == ["release_id", "published_date", "title"]
    # aligned: every data row starts its second column where the header does
    col = lines[0].index("published_date")
    assert all(line[col:col + 10] == r["published_date"] for line, r in zip(lines[2:], records))
    assert lines[-1] == "(6 rows)"


@needs_core
def test_sql_without_a_warehouse_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "sql", "SELECT 1", "--db", tmp_path / "none.duckdb")
    assert code == 2 and "none.duckdb" in err


@needs_core
def test_report_list_and_every_report_runs(capsys, loaded):
    code, out, _ = run(capsys, "report", "--list", "--format", "json")
    names = [r["report"] for r in json.loads(out)]
    assert code == 0 and len(names) >= 4
    for name in names:
        code, out, err = run(capsys, "report", name, "--db", loaded, "--format", "json")
        assert code == 0, f"{name}: {err}"
        assert isinstance(json.loads(out), list)


@needs_core
def test_unknown_report_is_a_clear_error(capsys, loaded):
    code, _, err = run(capsys, "report", "no_such_report", "--db", loaded)
    assert code != 0 and "no_such_report" in err and "Traceback" not in err


@pytest.mark.parametrize("command,options", [
    ("load", ["--db", "--strict", "--no-flow", "--flow"]),
    ("sql", ["--db", "--format"]),
    ("report", ["--db", "--format", "--list", "--html"]),
])
def test_help_documents_every_option(capsys, command, options):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert exc.value.code == 0
    assert all(o in out for o in options)


@needs_core
def test_sql_and_report_never_import_prefect(loaded):
    probe = textwrap.dedent(f"""
        import sys
        from flows.cli import main
        assert main(["sql", "SELECT count(*) FROM releases", "--db", {str(loaded)!r}]) == 0
        main(["report", "--list"])
        bad = sorted(m for m in sys.modules if m == "prefect" or m.startswith("prefect."))
        print("PREFECT:", bad)
    """)
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "PREFECT: []" in done.stdout


@pytest.mark.parametrize("env,field,expected", [
    ({}, "db_path", "data/warehouse.duckdb"),
    ({"LIAISON_DB": "/x/w.duckdb"}, "db_path", "/x/w.duckdb"),
    ({"LIAISON_ARCHIVE": "/x/arc"}, "archive_dir", "/x/arc"),
    ({"LIAISON_MAX_FILE_BYTES": "1000"}, "max_file_bytes", 1000),
    ({"LIAISON_BATCH_SIZE": "0"}, "batch_size", 1),
    ({"LIAISON_REQUEST_DELAY": "0.5"}, "request_delay", 0.5),
])
def test_settings_from_environment(env, field, expected):
    from flows.config import Settings

    value = getattr(Settings.from_env(env), field)
    assert (str(value) if field.endswith(("_path", "_dir")) else value) == expected


@needs_core
def test_bad_setting_is_a_plain_error(capsys, monkeypatch, corpus):
    monkeypatch.setenv("LIAISON_BATCH_SIZE", "many")
    code, _, err = run(capsys, "load", corpus, "--no-flow")
    assert code == 2 and "LIAISON_BATCH_SIZE" in err and "Traceback" not in err

"""The data dictionary: every table and column has a comment; docs/DATA.md matches the schema."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_analyst_warehouse import connect_fresh

from warehouse.dictionary import main, missing_comments, render
from warehouse.export import CONTRACT_TABLES

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def schema(tmp_path):
    con = connect_fresh(tmp_path / "schema.duckdb")
    yield con
    con.close()


def test_every_table_and_column_has_a_comment(schema):
    assert missing_comments(schema) == []


def test_a_missing_comment_is_reported(schema):
    schema.execute("ALTER TABLE events ADD COLUMN undocumented_extra INTEGER")
    assert missing_comments(schema) == ["events.undocumented_extra"]


def test_dictionary_lists_every_contract_table_with_types(schema):
    text = render(schema)
    for table in CONTRACT_TABLES:
        assert f"### {table}" in text
    assert "| `published_date` | DATE |" in text
    assert "warehouse.snapshot.duckdb" in text  # how other tools should open it


def test_committed_data_md_is_current(schema, tmp_path):
    committed = (ROOT / "docs" / "DATA.md").read_text()
    assert committed == render(schema), "docs/DATA.md is stale: run python -m warehouse.dictionary"


def test_example_queries_run(schema):
    from warehouse.dictionary import EXAMPLES
    from warehouse.search import build_index

    build_index(schema)
    for question, sql in EXAMPLES:
        runnable = "\n".join(ln for ln in sql.splitlines() if not ln.startswith("LOAD fts"))
        schema.execute(runnable.replace("'r…'", "'r0'")).fetchall()


def test_main_writes_the_file(tmp_path):
    db = tmp_path / "w.duckdb"
    connect_fresh(db).close()
    assert main(["--db", str(db), "--out", str(tmp_path / "DATA.md")]) == 0
    assert (tmp_path / "DATA.md").read_text().startswith("# liaison data dictionary")

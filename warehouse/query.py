"""Read-only helpers: ad hoc SQL that refuses writes, named reports, the warehouse watermark."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).parent / "sql"

# Statement kinds an analyst may run: anything that only reads.
_READ_KINDS = {"SELECT", "EXPLAIN", "PRAGMA", "SHOW", "DESCRIBE", "SUMMARIZE"}


class WriteRefused(PermissionError):
    """`liaison sql` is read-only: the statement would change the warehouse."""


def _kind(statement) -> str:
    return str(statement.type).rsplit(".", 1)[-1].upper()


def run_sql(con: duckdb.DuckDBPyConnection, sql: str):
    """Run one or more read statements; returns the cursor of the last one.

    Write statements are refused before anything runs, with a message naming the kind,
    even on a connection that could write.
    """
    if not sql or not sql.strip():
        raise ValueError("empty query: give a SELECT statement")
    statements = con.extract_statements(sql)
    if not statements:
        raise ValueError("empty query: give a SELECT statement")
    for st in statements:
        kind = _kind(st)
        if kind not in _READ_KINDS:
            raise WriteRefused(
                f"refused: `liaison sql` is read-only and this is a {kind} statement; "
                "the warehouse changes only through `liaison load`/`ingest`/`reparse`"
            )
    cursor = None
    for st in statements:
        cursor = con.execute(st)
    return cursor


@lru_cache(maxsize=1)
def _reports() -> dict[str, tuple[str, str]]:
    folder = SQL_DIR / "reports"
    found = {}
    for f in folder.iterdir():
        if not f.name.endswith(".sql"):
            continue
        text = f.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        description = first[2:].strip() if first.startswith("--") else ""
        found[f.name[:-4]] = (description, text)
    return dict(sorted(found.items()))


def list_reports() -> dict[str, str]:
    """name -> one-line description, for `liaison report --list`."""
    return {name: desc for name, (desc, _) in _reports().items()}


def report_sql(name: str) -> str:
    try:
        return _reports()[name][1]
    except KeyError:
        known = ", ".join(_reports())
        raise LookupError(f"no report named {name!r}; known reports: {known}") from None


def run_report(con: duckdb.DuckDBPyConnection, name: str):
    return con.execute(report_sql(name))


def watermark(con: duckdb.DuckDBPyConnection) -> date | None:
    """Publication date of the newest release in the warehouse (None when empty)."""
    row = con.execute("SELECT max(published_date) FROM releases").fetchone()
    return row[0] if row else None


def section_watermarks(con: duckdb.DuckDBPyConnection) -> dict[str, date]:
    """Newest publication date per site section (from the fetch feature's table), when present."""
    try:
        rows = con.execute(
            "SELECT section, newest_published FROM section_watermarks WHERE newest_published IS NOT NULL"
        ).fetchall()
    except duckdb.CatalogException:
        return {}
    return dict(rows)

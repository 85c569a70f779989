"""Opening the warehouse: one writer, schema applied on write connections, clear lock errors.

DuckDB lets exactly one process open a database file for writing, and while it does no
other process can open the file at all, not even read-only. `connect` turns DuckDB's lock
error into `WarehouseLocked` with a plain message; `connect_readonly` falls back to the
snapshot published after every write run (see `post_write.publish_snapshot`).
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).parent / "sql"

MEMORY = ":memory:"


class WarehouseLocked(RuntimeError):
    """Another process holds the warehouse file (DuckDB allows one writer, no readers beside it)."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set lock" in text)


def _lock_holder(exc: Exception) -> str:
    found = re.search(r"PID (\d+)", str(exc))
    return f" (process {found.group(1)})" if found else ""


def schema_files() -> list[tuple[str, str]]:
    """(name, text) of every schema file under warehouse/sql/, in name order."""
    folder = SQL_DIR
    files = [f for f in folder.iterdir() if f.name.endswith(".sql") and f.name[:3].isdigit()]
    return [(f.name, f.read_text(encoding="utf-8")) for f in sorted(files, key=lambda f: f.name)]


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    from warehouse.countries import fill_countries

    for name, text in schema_files():
        try:
            con.execute(text)
        except duckdb.Error as exc:
            raise RuntimeError(f"schema file {name} failed: {exc}") from exc
    fill_countries(con)
    _create_report_views(con)


def _create_report_views(con) -> None:
    """Every named report is also a view `report_<name>`, so BI tools see them."""
    from warehouse.query import list_reports, report_sql

    for name in list_reports():
        con.execute(f'CREATE OR REPLACE VIEW "report_{name}" AS {report_sql(name).rstrip().rstrip(";")}')


def connect(path: str | Path = MEMORY, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse; write connections get the schema applied.

    Raises WarehouseLocked when another process writes the file, FileNotFoundError for a
    read-only open of a file that does not exist.
    """
    target = str(path)
    if target != MEMORY:
        p = Path(target)
        if read_only and not p.exists():
            raise FileNotFoundError(f"no warehouse at {p}: run `liaison load PATH` first")
        if not read_only:
            p.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(target, read_only=read_only)
    except duckdb.IOException as exc:
        if _is_lock_error(exc):
            raise WarehouseLocked(
                f"the warehouse {target} is in use by another writing process{_lock_holder(exc)}; "
                "wait for that run to finish (only one process may write at a time)"
            ) from exc
        raise
    if not read_only:
        try:
            apply_schema(con)
        except Exception:
            con.close()
            raise
    return con


def connect_readonly(path: str | Path) -> tuple[duckdb.DuckDBPyConnection, str]:
    """(read-only connection, note): the live file when free, else the published snapshot."""
    from warehouse.post_write import snapshot_path

    live = Path(path)
    snap = snapshot_path(live)
    if live.exists():
        try:
            return connect(live, read_only=True), "live warehouse"
        except WarehouseLocked:
            if not snap.exists():
                raise
    if not snap.exists():
        raise FileNotFoundError(f"no warehouse at {live}: run `liaison load PATH` first")
    taken = datetime.fromtimestamp(snap.stat().st_mtime)
    age_min = (datetime.now() - taken).total_seconds() / 60
    con = duckdb.connect(str(snap), read_only=True)
    return con, f"snapshot {snap.name} of {taken:%Y-%m-%d %H:%M}, {age_min:.0f} min old (live file locked by a writer)"

"""Consistent exports of the warehouse: every contract table plus PLOVER-style event JSONL.

Everything is written inside one read transaction, so the files describe one state of the
warehouse even if a write run commits while the export is running.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CONTRACT_TABLES = ("releases", "release_sources", "events", "participants", "parties",
                   "event_parties", "event_countries", "countries", "quarantine", "runs")
FORMATS = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER true)", "jsonl": "(FORMAT json)"}
PLOVER_SQL = Path(__file__).parent / "sql" / "export" / "plover_events.sql"
PLOVER_FILE = "events.plover.jsonl"


class ExportError(Exception):
    """An export that cannot be written (unknown format, missing table)."""


@dataclass(frozen=True)
class ExportedFile:
    table: str
    path: Path
    rows: int


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def export(con, fmt: str, out_dir: Path | str) -> list[ExportedFile]:
    """Write one file per contract table (`NAME.parquet|csv|jsonl`) and `events.plover.jsonl`."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    existing = {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()}
    missing = [t for t in CONTRACT_TABLES if t not in existing]
    if missing:
        raise ExportError(f"not a liaison warehouse: missing table(s) {', '.join(missing)}")
    ext = "jsonl" if fmt == "jsonl" else fmt
    written: list[ExportedFile] = []
    con.execute("BEGIN TRANSACTION")
    try:
        for table in CONTRACT_TABLES:
            path = out / f"{table}.{ext}"
            rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            con.execute(f"COPY (SELECT * FROM {table}) TO {_sql_string(str(path))} {FORMATS[fmt]}")
            written.append(ExportedFile(table, path, rows))
        plover = out / PLOVER_FILE
        query = PLOVER_SQL.read_text().rstrip().rstrip(";")
        rows = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
        con.execute(f"COPY ({query}) TO {_sql_string(str(plover))} (FORMAT json)")
        written.append(ExportedFile("plover_events", plover, rows))
    finally:
        con.execute("COMMIT")
    return written

"""The data dictionary: docs/DATA.md generated from the COMMENTs in the schema.

`python -m warehouse.dictionary [--db FILE] [--out docs/DATA.md]` writes it; without --db a
fresh temporary warehouse is created so the page always matches the schema files.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "DATA.md"

_TABLES_SQL = """
SELECT table_name, comment FROM duckdb_tables()
WHERE schema_name = 'main' AND database_name = current_database() AND NOT temporary
ORDER BY table_name
"""
_COLUMNS_SQL = """
SELECT table_name, column_name, data_type, comment FROM duckdb_columns()
WHERE schema_name = 'main' AND database_name = current_database() AND table_name IN (
    SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND database_name = current_database())
ORDER BY table_name, column_index
"""
_VIEWS_SQL = """
SELECT view_name, comment FROM duckdb_views()
WHERE schema_name = 'main' AND database_name = current_database() AND NOT internal
ORDER BY view_name
"""

EXAMPLES = (
    ("Which countries did the CPC engage most, per year?",
     "SELECT year(e.event_date) AS year, c.name, count(*) AS events\n"
     "FROM events e JOIN event_countries ec USING (event_id) JOIN countries c ON c.iso2 = ec.country_code\n"
     "GROUP BY year, c.name QUALIFY row_number() OVER (PARTITION BY year ORDER BY events DESC) <= 10\n"
     "ORDER BY year, events DESC;"),
    ("Which foreign parties, per year?",
     "SELECT year(e.event_date) AS year, p.name, p.acronym, p.country_code, count(*) AS events\n"
     "FROM events e JOIN event_parties ep USING (event_id) JOIN parties p USING (party_id)\n"
     "GROUP BY ALL ORDER BY year, events DESC;"),
    ("How did the share of video contacts move during 2020-2022?",
     "SELECT year(event_date) || '-Q' || quarter(event_date) AS quarter,\n"
     "       round(100 * avg((modality = 'video')::INT), 1) AS video_pct,\n"
     "       round(100 * avg((modality = 'in_person')::INT), 1) AS in_person_pct\n"
     "FROM events WHERE event_date BETWEEN DATE '2019-01-01' AND DATE '2023-12-31'\n"
     "GROUP BY ALL ORDER BY quarter;"),
    ("Which foreign parties are new counterparts this quarter?",
     "SELECT p.name, p.acronym, p.country_code, min(e.event_date) AS first_met\n"
     "FROM event_parties ep JOIN events e USING (event_id) JOIN parties p USING (party_id)\n"
     "GROUP BY ALL HAVING first_met >= date_trunc('quarter', current_date) ORDER BY first_met;"),
    ("What did a given official do in a month?",
     "SELECT e.event_date, e.event_type, e.modality, r.title, r.url\n"
     "FROM participants p JOIN events e USING (event_id) JOIN releases r USING (release_id)\n"
     "WHERE p.side = 'cpc' AND p.name = 'Song Tao' AND strftime(e.event_date, '%Y-%m') = '2019-03'\n"
     "ORDER BY e.event_date;"),
    ("Every release that mentions a topic (ranked; or use `liaison search \"belt and road\"`)",
     "LOAD fts;  -- from the duckdb_extension_fts wheel: LOAD '<site-packages>/duckdb_extension_fts/extensions/v1.5.5/fts.duckdb_extension'\n"
     "SELECT published_date, title, url, fts_main_releases.match_bm25(release_id, 'belt and road') AS score\n"
     "FROM releases WHERE score IS NOT NULL ORDER BY score DESC LIMIT 20;"),
    ("Where was a release seen (provenance)?",
     "SELECT r.title, s.url, s.first_seen_at, s.last_seen_at\n"
     "FROM releases r JOIN release_sources s USING (release_id) WHERE r.release_id = 'r…';"),
)

READING_NOTES = """## Opening the warehouse from other tools

A write run holds DuckDB's file lock, so no other process can open `data/warehouse.duckdb`
while it runs. After every successful write run liaison publishes a read-only copy beside it,
`data/warehouse.snapshot.duckdb`, replaced atomically (readers never see a half-written file).
`liaison sql`, `report`, `search` and `export` read the live file when they can and the
snapshot when it is locked, and say which one (and how old) they read.

- duckdb CLI: `duckdb -readonly data/warehouse.snapshot.duckdb`
- Python: `duckdb.connect("data/warehouse.snapshot.duckdb", read_only=True)`
- BI tools (DBeaver, Superset, Metabase, Tableau via ODBC/JDBC): point them at the snapshot
  file with read-only access (JDBC: `jdbc:duckdb:/path/warehouse.snapshot.duckdb` with
  `duckdb.read_only=true`). Never point a tool at the live file: it would block the next run.
- Another DuckDB session: `ATTACH 'data/warehouse.snapshot.duckdb' AS liaison (READ_ONLY);`

Exports for tools that do not read DuckDB: `liaison export --format parquet|csv|jsonl --out DIR`
(every table below plus `events.plover.jsonl`, one consistent transaction).
"""


def missing_comments(con) -> list[str]:
    """`table` or `table.column` names without a COMMENT: each one is a dictionary gap."""
    missing = [t for t, c in con.execute(_TABLES_SQL).fetchall() if not (c or "").strip()]
    missing += [f"{t}.{col}" for t, col, _, c in con.execute(_COLUMNS_SQL).fetchall() if not (c or "").strip()]
    return missing


def render(con) -> str:
    columns: dict[str, list[tuple]] = {}
    for table, col, dtype, comment in con.execute(_COLUMNS_SQL).fetchall():
        columns.setdefault(table, []).append((col, dtype, comment))
    out = ["# liaison data dictionary", "",
           "Generated by `python -m warehouse.dictionary` from the COMMENTs in `warehouse/sql/*.sql`;",
           "do not edit by hand. Dates are calendar dates, timestamps are UTC.", ""]
    tables = con.execute(_TABLES_SQL).fetchall()
    out += ["## Tables", ""] + [f"- [`{t}`](#{t}): {c or '(no comment)'}" for t, c in tables] + [""]
    for table, comment in tables:
        out += [f"### {table}", "", comment or "(no comment)", "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| `{col}` | {dtype} | {(c or '(no comment)').replace('|', '/')} |" for col, dtype, c in columns[table]]
        out.append("")
    views = con.execute(_VIEWS_SQL).fetchall()
    if views:
        out += ["## Views", ""] + [f"- `{v}`" + (f": {c}" if c else "") for v, c in views] + [""]
    out += ["## Example queries", ""]
    for question, sql in EXAMPLES:
        out += [f"**{question}**", "", "```sql", sql, "```", ""]
    out.append(READING_NOTES)
    return "\n".join(out)


def _fresh_schema(tmp_dir: Path):
    from warehouse.db import connect

    return connect(tmp_dir / "dictionary.duckdb")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write docs/DATA.md from the schema comments.")
    parser.add_argument("--db", help="read an existing warehouse instead of creating a fresh schema")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            import duckdb

            con = duckdb.connect(args.db, read_only=True)
        else:
            con = _fresh_schema(Path(tmp))
        try:
            text, gaps = render(con), missing_comments(con)
        finally:
            con.close()
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    if gaps:
        print("columns without a comment: " + ", ".join(gaps), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

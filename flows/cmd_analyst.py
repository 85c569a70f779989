"""`liaison search`, `export`, `check`, `html-report`: the analyst's side of the warehouse.

All of them read through `warehouse.db.connect_readonly`, which falls back to the published
snapshot while a write run holds the warehouse, and say which one they read.
Exit statuses follow cmd_core: 0 done, 1 error-level check failures or a failed query,
2 could not run (no warehouse, locked with no snapshot).
"""
from __future__ import annotations

import sys
from pathlib import Path

from flows.cmd_common import DB_HELP, EXIT_FAILED, EXIT_OK
from flows.cmd_common import db_path as _db
from flows.cmd_common import fail as _fail
from flows.cmd_common import iso_date as _iso_date
from flows.cmd_common import open_readonly


def _with_readonly(args, action) -> int:
    import duckdb

    try:
        from warehouse.db import WarehouseLocked
    except ImportError:
        WarehouseLocked = ()  # catches nothing: a plain duckdb lock error lands in the next clause
    try:
        con, note = open_readonly(_db(args))
    except FileNotFoundError as exc:
        return _fail(str(exc))
    except WarehouseLocked as exc:
        return _fail(f"warehouse is locked by another writer and no snapshot exists: {exc}")
    except (duckdb.Error, OSError) as exc:
        return _fail(f"cannot open the warehouse: {exc}")
    try:
        if note and note != "live warehouse":
            print(f"(reading the {note})", file=sys.stderr)
        return action(con)
    finally:
        con.close()


def register(sub) -> None:
    s = sub.add_parser("search", help="ranked full-text search over release titles and bodies",
                       description="BM25 search with English stemming; title matches weigh more than "
                                   "body mentions. Prints date, title, countries, URL and a snippet.")
    s.add_argument("query", metavar="WORDS", help='e.g. "belt and road"')
    s.add_argument("--since", type=_iso_date, help="published on or after YYYY-MM-DD")
    s.add_argument("--until", type=_iso_date, help="published on or before YYYY-MM-DD")
    s.add_argument("--country", help="ISO alpha-2 code of a foreign country taking part, e.g. DE")
    s.add_argument("--party", help="party name (substring), acronym or party_id")
    s.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    s.add_argument("--format", choices=("text", "table", "csv", "json"), default="text",
                   help="text (default: one block per hit), or table/csv/json")
    s.add_argument("--db", help=DB_HELP)
    s.set_defaults(func=cmd_search)

    e = sub.add_parser("export", help="export every contract table plus PLOVER-style event JSONL",
                       description="Write releases, events, participants, ... as Parquet, CSV or JSONL, "
                                   "and events.plover.jsonl, from one consistent read transaction.")
    e.add_argument("--format", choices=("parquet", "csv", "jsonl"), default="parquet")
    e.add_argument("--out", default="export", help="output folder (default: ./export)")
    e.add_argument("--db", help=DB_HELP)
    e.set_defaults(func=cmd_export)

    c = sub.add_parser("check", help="run the data-quality rules; exit 1 on error-level findings",
                       description="Each rule has a level (error, warning, info). Findings are listed; "
                                   "only error-level findings make the exit status non-zero.")
    c.add_argument("--only", action="append", metavar="RULE", help="run only this rule (repeatable)")
    c.add_argument("--rows", type=int, default=5, help="list up to N findings per rule (default 5)")
    c.add_argument("--db", help=DB_HELP)
    c.set_defaults(func=cmd_check)

    h = sub.add_parser("html-report", help="write a self-contained HTML report with charts",
                       description="One offline HTML page (inline SVG charts, no scripts, no network).")
    h.add_argument("file", metavar="FILE", help="HTML file to write")
    h.add_argument("--db", help=DB_HELP)
    h.set_defaults(func=cmd_html_report)


def cmd_search(args) -> int:
    from warehouse.search import SearchError, search

    def action(con) -> int:
        try:
            hits = search(con, args.query, since=args.since, until=args.until,
                          country=args.country, party=args.party, limit=args.limit)
        except SearchError as exc:
            return _fail(str(exc), EXIT_FAILED)
        if args.format == "text":
            for h in hits:
                print(f"{h.published_date}  {h.title}  [{', '.join(h.countries) or '-'}]  score {h.score:.2f}")
                print(f"    {h.url}")
                print(f"    {h.snippet}\n")
            print(f"{len(hits)} result(s)", file=sys.stderr)
        else:
            from flows.tabular import render

            cols = ["published_date", "title", "countries", "url", "snippet", "score"]
            print(render(cols, [(h.published_date, h.title, list(h.countries), h.url, h.snippet,
                                 round(h.score, 4)) for h in hits], args.format))
        return EXIT_OK

    return _with_readonly(args, action)


def cmd_export(args) -> int:
    from warehouse.export import ExportError, export

    def action(con) -> int:
        try:
            files = export(con, args.format, Path(args.out))
        except ExportError as exc:
            return _fail(str(exc), EXIT_FAILED)
        for f in files:
            print(f"{f.rows:>9}  {f.path}")
        return EXIT_OK

    return _with_readonly(args, action)


def cmd_check(args) -> int:
    from warehouse.checks import CheckDefinitionError, has_errors, run_checks

    def action(con) -> int:
        try:
            results = run_checks(con, args.only)
        except CheckDefinitionError as exc:
            return _fail(str(exc), EXIT_FAILED)
        for r in results:
            print(r.line())
            for row in r.rows[: max(args.rows, 0)]:
                print("    " + " | ".join("" if v is None else str(v) for v in row))
            if r.count > min(args.rows, len(r.rows)) and args.rows > 0:
                print(f"    … {r.count - min(args.rows, len(r.rows))} more")
        failed = has_errors(results)
        print("error-level findings: exit 1" if failed else "no error-level findings", file=sys.stderr)
        return EXIT_FAILED if failed else EXIT_OK

    return _with_readonly(args, action)


def cmd_html_report(args) -> int:
    from warehouse.html_report import write_html_report

    def action(con) -> int:
        path = write_html_report(con, Path(args.file))
        print(f"wrote {path}")
        return EXIT_OK

    return _with_readonly(args, action)

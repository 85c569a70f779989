"""`liaison load`, `liaison sql`, `liaison report`.

Exit statuses: 0 the run completed (quarantined inputs are listed, not fatal);
1 `--strict` saw a quarantined input, or a query failed or was refused;
2 the command could not run at all (no such path, warehouse missing or locked).
`sql` and `report` never import Prefect so they start instantly; `load` imports it
only when it runs the flow.
"""
from __future__ import annotations

import sys
from pathlib import Path

from flows.tabular import FORMATS, render
from flows.cmd_common import DB_HELP, EXIT_FAILED, EXIT_OK
from flows.cmd_common import db_path as _db
from flows.cmd_common import fail as _fail
from flows.cmd_common import open_readonly


def _guarded(command):
    """A bad environment setting is a plain one-line error, not a traceback."""
    def run(args) -> int:
        from flows.config import SettingsError

        try:
            return command(args)
        except SettingsError as exc:
            return _fail(f"bad setting: {exc}")
    run.__name__ = command.__name__
    return run


def register(sub) -> None:
    p = sub.add_parser(
        "load", help="load release files or folders into the warehouse",
        description="Parse .txt/.htm/.html releases (folders recursively) and load them. "
                    "Files that cannot be parsed are quarantined with a reason and listed; "
                    "the run still succeeds unless --strict is given.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file or folder to load")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--strict", action="store_true",
                   help="exit 1 if any input was quarantined (good inputs are still loaded)")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--flow", dest="use_flow", action="store_true", default=True,
                     help="run through the Prefect `ingest` flow (the default)")
    how.add_argument("--no-flow", dest="use_flow", action="store_false",
                     help="run in this process without Prefect (faster start, no artifact)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="parse in N processes (default: $LIAISON_WORKERS, else 1)")
    p.add_argument("--no-progress", dest="progress", action="store_false",
                   help="no progress bar (it is only shown on a terminal anyway)")
    p.set_defaults(func=_guarded(cmd_load))

    q = sub.add_parser(
        "sql", help="run a read-only SQL query on the warehouse",
        description="Run one SELECT on a read-only connection; writes are refused.")
    q.add_argument("query", metavar="SQL", help='e.g. "SELECT * FROM v_events LIMIT 5"')
    q.add_argument("--format", choices=FORMATS, default="table",
                   help="table (aligned, default), csv or json (a list of objects)")
    q.add_argument("--db", help=DB_HELP)
    q.set_defaults(func=_guarded(cmd_sql))

    r = sub.add_parser(
        "report", help="run a named report (see --list)",
        description="Run a named report kept as warehouse/sql/reports/NAME.sql.")
    r.add_argument("name", nargs="?", metavar="NAME", help="report name")
    r.add_argument("--list", action="store_true", help="list the reports with their descriptions")
    r.add_argument("--format", choices=FORMATS, default="table", help="table, csv or json")
    r.add_argument("--html", metavar="FILE",
                   help="instead, write the self-contained HTML report with charts to FILE")
    r.add_argument("--db", help=DB_HELP)
    r.set_defaults(func=_guarded(cmd_report))


def cmd_load(args) -> int:
    from flows.sources import MissingPath, expand_paths

    db = _db(args)
    try:  # checked before Prefect starts: a typo should fail in a second, plainly
        expand_paths(args.paths)
    except MissingPath as exc:
        return _fail(str(exc))
    from warehouse.db import WarehouseLocked

    from flows.ingest import StrictFailure

    try:
        if args.use_flow:
            summary = _load_with_flow(args, db)
        else:
            from flows.ingest import run_load

            summary = run_load(args.paths, db, strict=args.strict, progress=args.progress,
                               workers=args.workers)
    except WarehouseLocked as exc:
        return _fail(f"warehouse is locked by another writer: {exc}")
    except MissingPath as exc:
        return _fail(str(exc))
    except StrictFailure as exc:
        print(exc.summary.to_text())
        return _fail(f"--strict: {exc}", EXIT_FAILED)
    print(summary.to_text())
    return EXIT_OK


def _load_with_flow(args, db: Path):
    from warehouse.db import connect

    # Refuse a locked warehouse before starting Prefect, so the user gets one plain
    # line instead of a failed flow run with a traceback.
    if db.exists():
        connect(db).close()
    from flows.ingest import StrictFailure, ingest

    state = ingest(mode="load", paths=[str(Path(p).resolve()) for p in args.paths],
                   db=str(db.resolve()), strict=args.strict, workers=args.workers,
                   return_state=True)
    outcome = state.result(raise_on_failure=False)
    if isinstance(outcome, BaseException):
        raise outcome
    if state.is_failed():
        raise StrictFailure(outcome)
    return outcome


def _columns_rows(result) -> tuple[list[str], list[tuple]]:
    """Accept what the query helpers return: a relation/cursor, or (columns, rows)."""
    if isinstance(result, tuple) and len(result) == 2:
        return list(result[0]), list(result[1])
    if hasattr(result, "columns") and hasattr(result, "fetchall"):  # DuckDBPyRelation
        return list(result.columns), result.fetchall()
    if hasattr(result, "description") and hasattr(result, "fetchall"):  # connection/cursor
        return [d[0] for d in result.description], result.fetchall()
    if hasattr(result, "column_names") and hasattr(result, "to_pylist"):  # pyarrow.Table
        return list(result.column_names), [tuple(r.values()) for r in result.to_pylist()]
    raise TypeError(f"unexpected query result {type(result).__name__}")


def _run_readonly(args, action) -> int:
    import duckdb

    from warehouse.post_write import snapshot_path

    db = _db(args)
    if not db.exists() and not snapshot_path(db).exists():
        return _fail(f"no warehouse at {db}: run `liaison load PATH` first")
    from warehouse.db import WarehouseLocked

    try:
        con, note = open_readonly(db)
    except FileNotFoundError as exc:
        return _fail(str(exc))
    except WarehouseLocked as exc:
        return _fail(f"warehouse is locked by another writer: {exc}")
    except duckdb.IOException as exc:
        return _fail(f"cannot open the warehouse: {exc}")
    try:
        columns, rows = _columns_rows(action(con))
    except (duckdb.Error, ValueError, PermissionError, KeyError, LookupError) as exc:
        return _fail(_message(exc), EXIT_FAILED)
    finally:
        con.close()
    print(render(columns, rows, args.format))
    if args.format == "table" and note and note != "live warehouse":
        print(f"(from {note})", file=sys.stderr)
    return EXIT_OK


def _message(exc: BaseException) -> str:
    # KeyError's str() is the repr of its key: show the message itself.
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0])
    return str(exc).strip() or type(exc).__name__


def cmd_sql(args) -> int:
    from warehouse.query import run_sql

    return _run_readonly(args, lambda con: run_sql(con, args.query))


def cmd_report(args) -> int:
    if args.html:
        try:
            from flows.cmd_analyst import cmd_html_report
        except ModuleNotFoundError:
            return _fail("--html needs the analyst feature (flows.cmd_analyst)")
        args.file = args.html
        return cmd_html_report(args)
    from warehouse import query

    if args.list:
        reports = query.list_reports()
        items = reports.items() if isinstance(reports, dict) else reports
        rows = [tuple(x) if isinstance(x, (tuple, list)) else (x, "") for x in items]
        print(render(["report", "description"], sorted(rows), args.format))
        return EXIT_OK
    if not args.name:
        return _fail("report needs a NAME (or --list, or --html FILE)")
    return _run_readonly(args, lambda con: query.run_report(con, args.name))

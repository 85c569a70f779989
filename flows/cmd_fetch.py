"""`liaison ingest` (crawl the site in fetch mode) and `liaison reparse`.

Exit statuses: 0 the run completed (failed URLs and quarantined pages are listed);
1 the run failed loudly (site layout changed: listing without release links, or
most pages unparsable; what was fetched is archived and loaded); 2 it could not run.
Prefect is imported inside the handlers only.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from flows.cmd_common import DB_HELP, EXIT_FAILED, EXIT_OK
from flows.cmd_common import fail as _fail


def _day(value: str) -> str:
    date.fromisoformat(value)  # argparse reports the ValueError as a usage error
    return value


def register(sub) -> None:
    p = sub.add_parser(
        "ingest", help="crawl the site: fetch new releases, archive them (WARC) and load them",
        description="Walk each section's listing pages newest first and fetch what is new "
                    "(incremental), or everything inside --since/--until (backfill window). "
                    "Every response is archived under $LIAISON_ARCHIVE.")
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="first publication date of the window")
    p.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="last publication date of the window")
    p.add_argument("--sections", nargs="+", metavar="PATH",
                   help="section paths, e.g. /english2023/bzhd/ (default: the English news sections)")
    p.add_argument("--max-pages", type=int, metavar="N", help="listing pages to walk per section at most")
    p.add_argument("--refetch", action="store_true", help="fetch releases again even when archived")
    p.add_argument("--base-url", metavar="URL",
                   help="crawl another host (mirror, test server) with the site's paths "
                        "(default: $LIAISON_BASE_URL)")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--no-flow", dest="use_flow", action="store_false", default=True,
                   help="run in this process without Prefect (faster start, no artifact)")
    p.set_defaults(func=cmd_ingest)

    r = sub.add_parser(
        "reparse", help="rebuild parsed tables from the WARC archive with the current parser",
        description="Parse every archived release page again (no network) and update the "
                    "releases whose parse changed; also rebuilds the captures index.")
    r.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="only releases published on or after")
    r.add_argument("--db", help=DB_HELP)
    r.add_argument("--no-flow", dest="use_flow", action="store_false", default=True,
                   help="run in this process without Prefect")
    r.set_defaults(func=cmd_reparse)


def _settings(args):
    from flows.config import Settings

    return Settings.from_env().with_db(args.db)


def _run(run):
    """Call a plain run or a flow; turn failures into exit codes with a plain message."""
    from warehouse.db import WarehouseLocked

    from flows.crawl import CrawlFailed

    try:
        summary = run()
    except WarehouseLocked as exc:
        return _fail(f"warehouse is locked by another writer: {exc}")
    except CrawlFailed as exc:
        print(exc.summary.to_text())
        return _fail(str(exc), EXIT_FAILED)
    print(summary.to_text())
    return EXIT_OK


def cmd_ingest(args) -> int:
    settings = _settings(args)
    if args.since and args.until and args.since > args.until:
        return _fail(f"--since ({args.since}) is after --until ({args.until})")
    if args.use_flow:
        from flows.ingest import ingest

        def run():
            return ingest(mode="fetch", db=str(Path(settings.db_path).resolve()), since=args.since,
                          until=args.until, sections=args.sections, max_pages=args.max_pages,
                          refetch=args.refetch, base_url=args.base_url)
    else:
        from flows.crawl import run_fetch

        def run():
            return run_fetch(settings, since=args.since and date.fromisoformat(args.since),
                             until=args.until and date.fromisoformat(args.until),
                             sections=args.sections, max_pages=args.max_pages,
                             refetch=args.refetch, base_url=args.base_url)
    return _run(run)


def cmd_reparse(args) -> int:
    settings = _settings(args)
    if args.use_flow:
        from flows.reparse import reparse

        def run():
            return reparse(since=args.since, db=str(Path(settings.db_path).resolve()))
    else:
        from flows.reparse import run_reparse

        def run():
            return run_reparse(settings, since=args.since and date.fromisoformat(args.since))
    return _run(run)

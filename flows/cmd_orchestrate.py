"""`liaison backfill` and `liaison parse-archive`: orchestration subcommands.

Prefect is imported inside the handlers so other subcommands stay fast.
"""
from __future__ import annotations

import json
import sys

BACKFILL_DEPLOYMENT = "backfill/manual"


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "backfill",
        help="fetch a date window, one subflow per chunk (locally, or via the backfill/manual deployment)",
    )
    p.add_argument("--since", help="first publication date (YYYY-MM-DD); default: the warehouse watermark")
    p.add_argument("--until", help="last publication date (YYYY-MM-DD); default: today")
    p.add_argument("--sections", nargs="+", metavar="SECTION", help="section paths to walk (default: all English news sections)")
    p.add_argument("--chunk", default="month", help="chunk size: day, week, month (default), quarter, year, all")
    p.add_argument("--refetch", action="store_true", help="fetch releases again even if already archived")
    p.add_argument("--base-url", help="crawl another host (mirror, test server), keeping paths")
    p.add_argument("--via-deployment", action="store_true",
                   help=f"trigger the {BACKFILL_DEPLOYMENT} deployment on the Prefect server instead of running here")
    p.add_argument("--wait", action="store_true", help="with --via-deployment: wait for the run to finish")
    p.set_defaults(func=cmd_backfill)

    q = subparsers.add_parser(
        "parse-archive",
        help="parse archived releases (WARC files or folders) in parallel, then load them with one writer",
    )
    q.add_argument("paths", nargs="+", help="WARC files, release files or folders")
    q.add_argument("--db", help="warehouse file (default: LIAISON_DB)")
    q.add_argument("--task-runner", default="threads",
                   help="threads[:N] (default), dask (local cluster) or dask:ADDRESS (existing scheduler)")
    q.add_argument("--workers", type=int, help="workers for threads or a local dask cluster")
    q.set_defaults(func=cmd_parse_archive)


def _parameters(args) -> dict:
    from flows.schedule_window import CHUNKS, WindowError, parse_day

    if args.chunk not in CHUNKS:
        raise WindowError(f"--chunk must be one of {', '.join(CHUNKS)}, got {args.chunk!r}")
    since, until = parse_day(args.since, "--since"), parse_day(args.until, "--until")
    if since and until and since > until:
        raise WindowError(f"--since ({since}) is after --until ({until})")
    params = {"since": args.since, "until": args.until, "sections": args.sections,
              "chunk": args.chunk, "refetch": args.refetch}
    if args.base_url:
        params["base_url"] = args.base_url
    return params


def trigger_backfill(parameters: dict, wait: bool = False):
    """Create a run of the backfill deployment; with `wait`, block until it is final."""
    from prefect.deployments import run_deployment

    # timeout=0 returns as soon as the run is created; None polls until it is final.
    return run_deployment(BACKFILL_DEPLOYMENT, parameters=parameters, timeout=None if wait else 0)


def cmd_backfill(args) -> int:
    from flows.schedule_window import WindowError

    try:
        params = _parameters(args)
    except WindowError as exc:
        print(f"liaison backfill: {exc}", file=sys.stderr)
        return 2
    if args.via_deployment:
        run = trigger_backfill(params, wait=args.wait)
        print(f"triggered {BACKFILL_DEPLOYMENT}: flow run {run.name} ({run.id}) state {run.state.type.value if run.state else 'unknown'}")
        if args.wait and run.state and not run.state.is_completed():
            print(f"liaison backfill: run ended {run.state.type.value}: {run.state.message}", file=sys.stderr)
            return 1
        return 0

    from flows.backfill import backfill

    state = backfill(**params, return_state=True)
    if not state.is_completed():
        print(f"liaison backfill: {state.message}", file=sys.stderr)
        return 1
    print(json.dumps(state.result(), indent=2, default=str))
    return 0


def cmd_parse_archive(args) -> int:
    from flows.dask_runner import TaskRunnerSpecError, run_parse_archive

    db = args.db
    if not db:
        from flows.backfill import load_settings

        db = str(load_settings().db_path)
    try:
        counts = run_parse_archive(args.paths, db, task_runner=args.task_runner, workers=args.workers)
    except TaskRunnerSpecError as exc:
        print(f"liaison parse-archive: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(counts, indent=2, default=str))
    return 0

"""Orchestration benchmarks.

1. Flow overhead: the `ingest` flow (mode=load) against the same `run_load` call as a
   plain function, on the same synthetic corpus into fresh warehouses; and the cost of
   one empty subflow run (what each backfill chunk adds).
2. Scale-out parsing: `parse-archive` throughput on threads and on a local Dask
   cluster with 1 and 2 workers (parse phase only, and the whole flow run).
3. A daily run with nothing new via the deployment: trigger of `ingest/daily` to
   Completed, on a private Prefect server + process worker against the mock site.

    python -m bench.orchestrate [--releases 400] [--skip-deployment]
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path


def _timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - started, result


def flow_overhead(corpus: Path, work: Path) -> dict:
    from flows.ingest import ingest, run_load

    ingest(mode="load", paths=[str(corpus)], db=str(work / "warmup.duckdb"))  # imports, first API calls
    plain_s, plain = _timed(run_load, [corpus], work / "plain.duckdb", progress=False)
    flow_s, _ = _timed(ingest, mode="load", paths=[str(corpus)], db=str(work / "flow.duckdb"))
    return {"releases": plain.new, "plain_s": round(plain_s, 2), "flow_s": round(flow_s, 2),
            "overhead_s": round(flow_s - plain_s, 2)}


def subflow_overhead(n: int = 12) -> dict:
    """What one backfill chunk costs in orchestration alone: an empty subflow per chunk."""
    from prefect import flow

    @flow(name="bench-empty-chunk")
    def chunk(i: int) -> int:
        return i

    @flow(name="bench-chunked-parent")
    def parent(n: int) -> int:
        return sum(chunk(i) for i in range(n))

    parent(1)  # warm-up: server start, first API calls
    seconds, _ = _timed(parent, n)
    return {"chunks": n, "flow_s": round(seconds, 2), "per_chunk_s": round(seconds / n, 3)}


def parse_throughput(corpus: Path, work: Path) -> list[dict]:
    from flows.dask_runner import run_parse_archive

    rows = []
    for label, runner, workers in (("threads", "threads", 2), ("dask-1", "dask", 1), ("dask-2", "dask", 2)):
        total_s, counts = _timed(run_parse_archive, [corpus], work / f"{label}.duckdb",
                                 task_runner=runner, workers=workers)
        rows.append({"runner": label, "items": counts["items"], "parse_s": counts["parse_seconds"],
                     "parse_per_s": round(counts["items"] / max(counts["parse_seconds"], 1e-9), 1),
                     "load_s": counts["load_seconds"], "flow_total_s": round(total_s, 2)})
    return rows


def daily_noop_via_deployment(work: Path, n_site: int = 100) -> dict:
    """Trigger ingest/daily twice against the mock site; time the second (nothing new)."""
    try:
        from tests.mock_site import build_site
    except ImportError:
        return {"skipped": "tests.mock_site is not in this build"}
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.local_stack import LocalStack, wait_final

    sections = ["/english2023/bzhd/", "/english/news/"]
    site, _ = build_site(n_site, sections=tuple(sections))
    with site:
        env = {"LIAISON_DB": str(work / "daily.duckdb"), "LIAISON_ARCHIVE": str(work / "archive"),
               "LIAISON_BASE_URL": site.base_url, "LIAISON_REQUEST_DELAY": "0"}
        with LocalStack(work / "prefect-home", env_extra=env) as stack:
            stack.start_server()
            stack.deploy("ingest/daily")
            stack.start_worker()
            with temporary_settings({PREFECT_API_URL: stack.api_url}):
                from prefect.client.orchestration import get_client

                with get_client(sync_client=True) as client:
                    timings = []
                    for _ in range(2):  # the first run loads the site, the second finds nothing new
                        started = time.perf_counter()
                        run = run_deployment("ingest/daily", parameters={"mode": "fetch", "sections": sections},
                                             timeout=0)
                        run = wait_final(client, run.id, poll=0.2)
                        timings.append((time.perf_counter() - started, run))
    wall, run = timings[-1]
    engine = (run.end_time - run.start_time).total_seconds() if run.end_time and run.start_time else None
    return {"state": run.state.type.value, "trigger_to_completed_s": round(wall, 2),
            "flow_run_s": round(engine, 2) if engine is not None else None,
            "first_run_s": round(timings[0][0], 2)}


def _measure(fn, *args):
    """One figure; a feature missing from this build is reported, not fatal to the others."""
    try:
        return fn(*args)
    except ImportError as exc:
        return {"skipped": f"{type(exc).__name__}: {exc}"}


def main(args: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="bench.orchestrate")
    parser.add_argument("--releases", type=int, default=400)
    parser.add_argument("--skip-deployment", action="store_true")
    opts, _ = parser.parse_known_args(args)

    from bench.synthetic import write_corpus

    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="liaison-bench-orch-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        write_corpus(corpus, opts.releases)
        if not opts.skip_deployment:
            results["daily_noop_via_deployment"] = _measure(daily_noop_via_deployment, work)
        results["subflow_overhead"] = _measure(subflow_overhead)
        results["flow_overhead"] = _measure(flow_overhead, corpus, work)
        results["parse_archive"] = _measure(parse_throughput, corpus, work)
    print(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    main()

"""Core benchmark: parse and load throughput on a synthetic corpus.

Prints releases/s for parse alone (read + decode + parse), parse+load into a fresh
warehouse, a second load of the same files (nothing changes), peak RSS, and the
throughput of a bare `BeautifulSoup(html, "lxml")` on the same HTML pages, so the
cost of extraction over plain HTML parsing shows as a ratio.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from bench.synthetic import releases, write_corpus


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f} releases/s ({n:,} in {seconds:.1f}s)" if seconds > 0 else "n/a"


def _timed(fn):
    t = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t


def _drain(fn, items) -> None:
    for item in items:
        fn(item)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m bench.core")
    parser.add_argument("--n", type=int, default=20000, help="synthetic releases (default 20000)")
    parser.add_argument("--seed", type=int, default=0)
    args, _ = parser.parse_known_args(argv)

    from bs4 import BeautifulSoup

    from flows.ingest import run_load
    from flows.sources import read_release_file, utcnow
    from parsers.release import parse_release

    # Loads run first so the peak RSS reported is that of loading, not of the
    # in-memory page lists the parse comparisons build afterwards.
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="liaison-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        paths, secs = _timed(lambda: write_corpus(corpus, args.n, seed=args.seed))
        print(f"generated {len(paths):,} files (half text, half HTML) in {secs:.1f}s")

        db = Path(tmp) / "bench.duckdb"
        first, secs = _timed(lambda: run_load([corpus], db, progress=False))
        figures["load"] = args.n / secs
        print(f"parse+load: {_rate(args.n, secs)}; new={first.new} dup={first.duplicates} "
              f"events={first.events} quarantined={first.n_quarantined}")
        second, secs = _timed(lambda: run_load([corpus], db, progress=False))
        figures["reload"] = args.n / secs
        print(f"second load (no-op): {_rate(args.n, secs)}; new={second.new} "
              f"updated={second.updated} dup={second.duplicates}")
        figures["peak_rss_mb"] = _peak_rss_mb()
        print(f"peak RSS through both loads: {figures['peak_rss_mb']:,.0f} MB; "
              f"warehouse {db.stat().st_size / 2**20:,.1f} MB")

        seen = utcnow()
        # Counted, not kept: holding 20,000 parsed releases would only measure the list.
        bad, secs = _timed(lambda: sum(
            not hasattr(read_release_file(p, max_bytes=1 << 25, seen_at=seen), "release")
            for p in paths))
        figures["parse"] = args.n / secs
        print(f"parse alone (read+decode+parse): {_rate(args.n, secs)}; refused: {bad}")

        pages = [r.html() for r in releases(args.n, seed=args.seed)]
        # Results are discarded as they come: 20,000 live soups would exhaust memory.
        _, ours = _timed(lambda: _drain(parse_release, pages))
        _, bare = _timed(lambda: _drain(lambda page: BeautifulSoup(page, "lxml"), pages))
        figures["html_parse"], figures["bs4_bare"] = len(pages) / ours, len(pages) / bare
        print(f"HTML parse_release: {_rate(len(pages), ours)}")
        print(f"bare BeautifulSoup(html, 'lxml'): {_rate(len(pages), bare)}; "
              f"parse_release costs {ours / bare:.2f}x a bare parse")
        del pages

    return figures


if __name__ == "__main__":
    main(sys.argv[1:])
    sys.exit(0)

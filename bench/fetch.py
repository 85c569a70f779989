"""Fetch benchmark: crawl a mock site on 127.0.0.1 with the politeness delay at 0.

Prints: a full crawl of N releases (releases/s, requests made), a no-op incremental
re-crawl (requests made, wall time) and `reparse` of the resulting archive into a
fresh warehouse (releases/s). The mock site is the test suite's (tests/mock_site.py).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

SECTIONS = ["/english2023/bzhd/", "/english2023/ttxw_5749/", "/english/news/"]


def _timed(fn):
    t = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m bench.fetch")
    parser.add_argument("--fetch-n", type=int, default=5000, help="releases on the mock site (default 5000)")
    parser.add_argument("--page-size", type=int, default=20, help="releases per listing page")
    args, _ = parser.parse_known_args(argv)

    from flows.config import Settings
    from flows.crawl import run_fetch
    from flows.http import FetchOptions
    from flows.reparse import run_reparse
    from tests.mock_site import build_site

    figures: dict[str, float] = {}
    site, _ = build_site(args.fetch_n, SECTIONS, page_size=args.page_size)
    with tempfile.TemporaryDirectory(prefix="liaison-bench-fetch-") as tmp, site:
        settings = Settings(db_path=Path(tmp) / "w.duckdb", archive_dir=Path(tmp) / "archive",
                            base_url=site.base_url, request_delay=0, request_timeout=10,
                            user_agent="liaison-bench/1 (contact: bench@example.org)")
        options = FetchOptions.from_settings(settings)
        first, secs = _timed(lambda: run_fetch(settings, sections=SECTIONS, options=options))
        n_req = len(site.log)
        figures.update(crawl_releases_per_s=first.new / secs, crawl_requests=n_req, crawl_seconds=secs)
        size = sum(p.stat().st_size for p in settings.archive_dir.iterdir())
        print(f"full crawl: {first.new:,} new releases, {n_req:,} requests in {secs:.1f}s "
              f"= {first.new / secs:,.0f} releases/s; archive {size / 1e6:.1f} MB "
              f"in {len(list(settings.archive_dir.iterdir()))} file(s)")

        site.clear_log()
        noop, secs = _timed(lambda: run_fetch(settings, sections=SECTIONS, options=options))
        figures.update(noop_requests=len(site.log), noop_seconds=secs)
        print(f"no-op incremental crawl: {len(site.log)} requests ({', '.join(site.requests())}), "
              f"{noop.new} new, {secs:.2f}s wall")

        fresh = Settings(db_path=Path(tmp) / "fresh.duckdb", archive_dir=settings.archive_dir)
        again, secs = _timed(lambda: run_reparse(fresh))
        figures.update(reparse_releases_per_s=again.new / secs)
        print(f"reparse into a fresh warehouse: {again.new:,} releases in {secs:.1f}s "
              f"= {again.new / secs:,.0f} releases/s")
    return figures


if __name__ == "__main__":
    main()

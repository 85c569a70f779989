"""Analyst benchmark: search latency, export time, checks and HTML report on a synthetic warehouse.

`python -m bench.analyst [--releases 20000] [--keep DIR]`. Rows are generated straight into the
contract tables through Arrow (the analyst side does not depend on parse speed), with bodies
long enough (~250 words) for BM25 to do real work.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WORDS = ("party governance cooperation exchange development modernization socialism experience dialogue "
         "friendship youth green transition poverty alleviation economy trade culture health security "
         "multilateralism peace mutual trust strategic partnership people consultation seminar delegation "
         "leadership reform innovation digital infrastructure education training civilization values "
         "solidarity pandemic recovery climate agriculture industry investment connectivity region").split()
PHRASES = ("belt and road", "global development initiative", "community with a shared future",
           "people-centered philosophy", "whole-process people's democracy")
PARTIES = [(f"party-{i}", f"Example Party {i}", f"EP{i}", cc) for i, cc in
           enumerate(["DE", "RU", "VN", "ZA", "LA", "BR", "FR", "IT", "ES", "KE", "NG", "EG", "IN", "PK", "NP",
                      "KH", "TH", "MY", "ID", "PH", "MX", "AR", "CL", "PE", "CU", "GB", "SE", "NO", "PL", "RS"] * 4)]
OFFICIALS = ["Official A", "Official B", "Official C", "Official D", "Official E", "Official F"]
TYPES = [("meeting", "in_person"), ("visit", "in_person"), ("conference", "video"), ("call", "phone"),
         ("message", "written"), ("meeting", "video")]
QUERIES = [("belt and road", {}), ("green transition", {}), ("poverty alleviation", {}),
           ("global development initiative", {"since": date(2021, 1, 1)}), ("youth exchange", {"country": "DE"}),
           ("party governance", {"party": "EP3"}), ("pandemic recovery", {"until": date(2021, 12, 31)}),
           ("seminar", {"limit": 5})]


def _body(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(250)]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(PHRASES))
    return " ".join(words).capitalize() + "."


def generate(con, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    rel, ev, part, ep, ec = ([] for _ in range(5))
    start = date(2012, 1, 1)
    seen = datetime(2026, 1, 1)
    for i in range(n):
        rid = f"r{i:016x}"
        day = start + timedelta(days=int(i * 5000 / n))
        title = f"{rng.choice(OFFICIALS)} Meets {rng.choice(PARTIES)[1]} on {rng.choice(WORDS).title()}"
        if rng.random() < 0.05:
            title += " and " + rng.choice(PHRASES).title()
        rel.append((rid, f"https://www.idcpc.org.cn/english2023/bzhd/{day:%Y%m}/t{day:%Y%m%d}_{i}.html", title,
                    day, "Beijing", _body(rng), f"{i:064x}", "bench", seen, seen))
        for seq in range(1 + (rng.random() < 0.15)):
            eid = f"{rid}-{seq}"
            etype, modality = rng.choice(TYPES)
            ev.append((eid, rid, day, etype, modality, "Beijing", "CN"))
            party = rng.choice(PARTIES)
            part.append((eid, rng.choice(OFFICIALS), "Minister", "Communist Party of China", "CN", "cpc"))
            part.append((eid, f"Guest {i}", "Leader", party[1], party[3], "foreign"))
            ep.append((eid, party[0]))
            ec.append((eid, party[3]))

    def put(table: str, cols: list[str], rows: list[tuple]) -> None:
        data = pa.table({c: [r[k] for r in rows] for k, c in enumerate(cols)})
        con.register("staging", data)
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM staging")
        con.unregister("staging")

    put("releases", ["release_id", "url", "title", "published_date", "dateline_city", "body_text",
                     "content_sha256", "parser_version", "first_seen_at", "last_seen_at"], rel)
    put("release_sources", ["release_id", "url", "first_seen_at", "last_seen_at"],
        [(r[0], r[1], seen, seen) for r in rel])
    put("events", ["event_id", "release_id", "event_date", "event_type", "modality", "location_city",
                   "location_country"], ev)
    put("participants", ["event_id", "name", "title", "party", "country_code", "side"], part)
    put("parties", ["party_id", "name", "acronym", "country_code"], PARTIES)
    put("event_parties", ["event_id", "party_id"], ep)
    put("event_countries", ["event_id", "country_code"], ec)


def _timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def _connect(db: Path):
    try:
        from warehouse.db import connect
    except ImportError:  # build without the core schema module: the tests' copy of the contract
        sys.path.insert(0, str(ROOT / "tests"))
        from test_analyst_warehouse import connect_fresh as connect
    return connect(db)


def _countries(con) -> None:
    import pycountry

    if con.execute("SELECT count(*) FROM countries").fetchone()[0]:
        return
    rows = [(c.alpha_2, c.alpha_3, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]
    con.register("staging", pa.table({"iso2": [r[0] for r in rows], "iso3": [r[1] for r in rows],
                                      "name": [r[2] for r in rows]}))
    con.execute("INSERT INTO countries (iso2, iso3, name) SELECT iso2, iso3, name FROM staging")
    con.unregister("staging")


def run(n: int, work: Path) -> dict[str, float]:
    from warehouse import checks, export, html_report, post_write, search

    db = work / "bench.duckdb"
    con = _connect(db)
    _countries(con)
    results: dict[str, float] = {}
    results["generate_s"], _ = _timed(lambda: generate(con, n))
    results["fts_index_build_s"], _ = _timed(lambda: search.build_index(con))
    results["checks_s"], _ = _timed(lambda: checks.run_checks(con))
    con.close()
    results["publish_snapshot_s"], _ = _timed(lambda: post_write.publish_snapshot(db))
    ro = duckdb.connect(str(db), read_only=True)
    search.search(ro, "warm up")
    latencies = []
    for _ in range(5):
        for q, filters in QUERIES:
            dt, _ = _timed(lambda: search.search(ro, q, **filters))
            latencies.append(dt * 1000)
    latencies.sort()
    results["search_median_ms"] = statistics.median(latencies)
    results["search_p95_ms"] = latencies[int(0.95 * (len(latencies) - 1))]
    for fmt in ("parquet", "csv", "jsonl"):
        results[f"export_{fmt}_s"], _ = _timed(lambda: export.export(ro, fmt, work / f"export-{fmt}"))
    results["html_report_s"], _ = _timed(lambda: html_report.write_html_report(ro, work / "report.html"))
    ro.close()
    return results


def main(args: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.analyst", description=__doc__.splitlines()[0])
    parser.add_argument("--releases", "--n", dest="releases", type=int, default=20_000)
    parser.add_argument("--keep", help="build in this folder and keep it (default: a temporary folder)")
    opts, _ = parser.parse_known_args(args)  # `python -m bench` passes every bench's options
    if opts.keep:
        Path(opts.keep).mkdir(parents=True, exist_ok=True)
        results = run(opts.releases, Path(opts.keep))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            results = run(opts.releases, Path(tmp))
    print(f"analyst bench, {opts.releases} releases")
    for key, value in results.items():
        print(f"  {key:<22} {value:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

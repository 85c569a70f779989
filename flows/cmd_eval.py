"""`liaison eval GOLD DOCS_DIR` and `liaison parties [--unresolved]`.

`eval` loads DOCS_DIR into a warehouse (a temporary one unless `--db` is given), reads the
predictions back from the contract tables with SQL, and scores them against GOLD
(`parsers.evaluate`): per-field accuracy / precision / recall / F1 and per-release
differences. A release's prediction is its first event's date, type and modality and the
union of people, parties and countries over its events. Gold ids match file stems
(`DOCS_DIR/<id>.txt|.html`) through the file:// URLs in `release_sources`.

Exit statuses: 0 scored; 2 could not run (missing files, warehouse locked).
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

from flows.cmd_common import DB_HELP, EXIT_OK
from flows.cmd_common import fail as _fail


def register(sub) -> None:
    e = sub.add_parser(
        "eval", help="score extraction against a gold set (per-field P/R/F1)",
        description="Load DOCS_DIR into a temporary warehouse (or --db), read the extracted events "
                    "back with SQL and score them against GOLD (JSON lines, one release a line, "
                    "`id` = file stem in DOCS_DIR).")
    e.add_argument("gold", metavar="GOLD", help="gold JSON lines file")
    e.add_argument("docs", metavar="DOCS_DIR", help="folder of the releases named <id>.txt|.html")
    e.add_argument("--json", action="store_true", help="print the scores and differences as JSON")
    e.add_argument("--db", help="load into this warehouse file instead of a temporary one")
    e.set_defaults(func=cmd_eval)

    p = sub.add_parser(
        "parties", help="list the parties in the warehouse (--unresolved: not in the dictionary)",
        description="List parties with their number of events and first/last event date. "
                    "--unresolved keeps those the party dictionary does not resolve, so it can grow.")
    p.add_argument("--unresolved", action="store_true", help="only parties the dictionary does not know")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    p.set_defaults(func=cmd_parties)


PREDICTION_SQL = """
SELECT s.url, r.release_id, r.published_date, r.dateline_city,
       e.event_id, e.seq, e.event_date, e.event_type, e.modality
FROM release_sources s
JOIN releases r USING (release_id)
LEFT JOIN events e ON e.release_id = r.release_id
ORDER BY s.url, e.seq
"""
PEOPLE_SQL = "SELECT event_id, name, side FROM participants ORDER BY event_id, seq"
PARTIES_SQL = """
SELECT ep.event_id, p.name FROM event_parties ep JOIN parties p USING (party_id) ORDER BY ep.event_id
"""
COUNTRIES_SQL = "SELECT event_id, country_code FROM event_countries ORDER BY event_id, country_code"


def _stem(url: str) -> str | None:
    if not url.startswith("file://"):
        return None
    return Path(unquote(urlparse(url).path)).stem


def predictions_from_warehouse(con) -> dict[str, dict]:
    """{file stem: prediction} read from the contract tables."""
    people: dict[str, list[tuple[str, str]]] = {}
    for eid, name, side in con.execute(PEOPLE_SQL).fetchall():
        people.setdefault(eid, []).append((name, side))
    parties: dict[str, list[str]] = {}
    for eid, name in con.execute(PARTIES_SQL).fetchall():
        parties.setdefault(eid, []).append(name)
    countries: dict[str, list[str]] = {}
    for eid, code in con.execute(COUNTRIES_SQL).fetchall():
        countries.setdefault(eid, []).append(code)

    out: dict[str, dict] = {}
    for url, _rid, published, city, eid, seq, edate, etype, modality in con.execute(PREDICTION_SQL).fetchall():
        stem = _stem(url)
        if stem is None:
            continue
        pred = out.get(stem)
        if pred is None:
            pred = out[stem] = {
                "published": published.isoformat() if published else None,
                "event_date": None, "dateline_city": city, "event_type": None, "modality": None,
                "cpc_people": [], "foreign_people": [], "foreign_parties": [], "countries": [],
                "_first_seq": None,
            }
        if eid is None:
            continue
        if pred["_first_seq"] is None or seq < pred["_first_seq"]:
            pred.update(_first_seq=seq, event_date=edate.isoformat() if edate else None,
                        event_type=etype, modality=modality)
        for name, side in people.get(eid, []):
            key = "cpc_people" if side == "cpc" else "foreign_people"
            if name not in pred[key]:
                pred[key].append(name)
        for name in parties.get(eid, []):
            if name not in pred["foreign_parties"]:
                pred["foreign_parties"].append(name)
        for code in countries.get(eid, []):
            if code not in pred["countries"]:
                pred["countries"].append(code)
    for pred in out.values():
        pred.pop("_first_seq", None)
        pred["countries"].sort()
    return out


def run_eval(gold_path: Path, docs: Path, db_path: Path):
    """Load `docs` into `db_path` and score; returns (Score, predictions)."""
    from flows.ingest import run_load
    from parsers.evaluate import load_gold, score
    from warehouse.db import connect

    gold = load_gold(gold_path.read_text(encoding="utf-8"))
    run_load([str(docs.resolve())], db_path, strict=False, progress=False)
    con = connect(db_path, read_only=True)
    try:
        preds = predictions_from_warehouse(con)
    finally:
        con.close()
    return score(gold, preds), preds


def cmd_eval(args) -> int:
    from parsers.evaluate import format_report

    gold, docs = Path(args.gold), Path(args.docs)
    if not gold.is_file():
        return _fail(f"no gold file at {gold}")
    if not docs.is_dir():
        return _fail(f"no folder at {docs}")
    try:
        if args.db:
            result, _ = run_eval(gold, docs, Path(args.db))
        else:
            with tempfile.TemporaryDirectory(prefix="liaison-eval-") as tmp:
                result, _ = run_eval(gold, docs, Path(tmp) / "eval.duckdb")
    except Exception as exc:  # a locked warehouse or a broken load: say so plainly
        name = type(exc).__name__
        if name in ("WarehouseLocked", "MissingPath", "ValueError"):
            return _fail(str(exc))
        raise
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        print(format_report(result))
    return EXIT_OK


UNRESOLVED_SQL = """
SELECT p.party_id, p.name, p.acronym, p.country_code,
       count(DISTINCT ep.event_id) AS events,
       min(e.event_date) AS first_date, max(e.event_date) AS last_date
FROM parties p
LEFT JOIN event_parties ep USING (party_id)
LEFT JOIN events e ON e.event_id = ep.event_id
GROUP BY ALL
ORDER BY events DESC, p.name
"""


def party_rows(con, unresolved: bool) -> tuple[list[str], list[tuple]]:
    from parsers.parties import lookup_party

    rows = con.execute(UNRESOLVED_SQL).fetchall()
    if unresolved:
        rows = [r for r in rows if _unresolved(lookup_party, r[1], r[2])]
    cols = ["party_id", "name", "acronym", "country_code", "events", "first_date", "last_date"]
    return cols, rows


def _unresolved(lookup_party, name: str, acronym: str | None) -> bool:
    try:
        return lookup_party(name) is None
    except Exception:
        return True


def cmd_parties(args) -> int:
    from flows.config import Settings
    from flows.tabular import render

    db = Settings.from_env().with_db(args.db).db_path
    if not Path(db).exists():
        return _fail(f"no warehouse at {db}: run `liaison load PATH` first")
    from warehouse import db as wdb

    try:
        opener = getattr(wdb, "connect_readonly", None)
        con = opener(db)[0] if opener else wdb.connect(db, read_only=True)
    except Exception as exc:
        return _fail(f"cannot open the warehouse: {exc}")
    try:
        cols, rows = party_rows(con, args.unresolved)
    finally:
        con.close()
    print(render(cols, rows, args.format))
    return EXIT_OK

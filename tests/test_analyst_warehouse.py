"""A small warehouse of our own writing for the analyst tests, plus checks on the builder itself.

Rows go straight into the contract tables (not through the loader) so tests can craft
exactly the good and bad data each rule needs. The schema comes from `warehouse.db.connect`
when it exists; otherwise a minimal copy of the documented contract is created here.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb
import pycountry

ROOT = Path(__file__).resolve().parent.parent
SEEN = datetime(2024, 6, 1, 12, 0)

_FALLBACK_DDL = """
CREATE TABLE IF NOT EXISTS releases(release_id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR,
  published_date DATE, dateline_city VARCHAR, body_text VARCHAR, content_sha256 VARCHAR,
  parser_version VARCHAR, first_seen_at TIMESTAMP, last_seen_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS release_sources(release_id VARCHAR, url VARCHAR, first_seen_at TIMESTAMP,
  last_seen_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS events(event_id VARCHAR PRIMARY KEY, release_id VARCHAR, event_date DATE,
  event_type VARCHAR, modality VARCHAR, location_city VARCHAR, location_country VARCHAR);
CREATE TABLE IF NOT EXISTS participants(event_id VARCHAR, name VARCHAR, title VARCHAR, party VARCHAR,
  country_code VARCHAR, side VARCHAR);
CREATE TABLE IF NOT EXISTS parties(party_id VARCHAR PRIMARY KEY, name VARCHAR, acronym VARCHAR,
  country_code VARCHAR);
CREATE TABLE IF NOT EXISTS event_parties(event_id VARCHAR, party_id VARCHAR);
CREATE TABLE IF NOT EXISTS event_countries(event_id VARCHAR, country_code VARCHAR);
CREATE TABLE IF NOT EXISTS countries(iso2 VARCHAR PRIMARY KEY, iso3 VARCHAR, name VARCHAR, region VARCHAR);
CREATE TABLE IF NOT EXISTS quarantine(path_or_url VARCHAR, reason VARCHAR, first_seen_at TIMESTAMP,
  last_seen_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS runs(run_id VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, mode VARCHAR,
  files_or_urls BIGINT, new BIGINT, updated BIGINT, duplicates BIGINT, quarantined BIGINT);
"""

SONG = ("Song Tao", "Minister of the International Department of the CPC Central Committee")
QIAN = ("Qian Hongshan", "Vice-minister of the International Department of the CPC Central Committee")
SPD = ("Social Democratic Party of Germany", "SPD", "DE")
UR = ("United Russia Party", "UR", "RU")
CPV = ("Communist Party of Vietnam", "CPV", "VN")
ANC = ("African National Congress", "ANC", "ZA")


def ev(day, etype, modality, cpc, foreign, parties, countries, city=None, loc=None):
    return dict(day=day, etype=etype, modality=modality, cpc=cpc, foreign=foreign,
                parties=parties, countries=countries, city=city, loc=loc)


def rel(rid, published, title, body, events, url=None):
    url = url or f"https://www.idcpc.org.cn/english2023/bzhd/{published:%Y%m}/t{published:%Y%m%d}_{rid[-4:]}.html"
    return dict(rid=rid, published=published, title=title, body=body, events=events, url=url)


def default_releases() -> list[dict]:
    d = date
    return [
        rel("r0000000000000001", d(2019, 3, 5), "Belt and Road Cooperation Discussed with SPD Delegation",
            "Beijing, March 5th -- Song Tao met here today with a delegation of the SPD. "
            "Both sides exchanged views on party building.",
            [ev(d(2019, 3, 5), "meeting", "in_person", [SONG], [("Lars Klingbeil", "General Secretary", SPD)],
                [SPD], ["DE"], "Beijing", "CN")]),
        rel("r0000000000000002", d(2020, 7, 14), "Song Tao Attends Video Conference with Parties",
            "Beijing, July 14th -- A video conference was held. Medvedev mentioned the belt and road "
            "once among many other subjects such as health, trade, culture and youth exchanges.",
            [ev(d(2020, 7, 14), "conference", "video", [SONG, QIAN],
                [("Dmitry Medvedev", "Chairman of the United Russia Party", UR),
                 ("Nguyen Van A", "Member of the Politburo", CPV)], [UR, CPV], ["RU", "VN"])]),
        rel("r0000000000000003", d(2021, 5, 31), "Qian Hongshan Holds Phone Call with ANC Leader",
            "Beijing, May 31st -- Qian Hongshan held a phone call with an ANC leader on cooperation.",
            [ev(d(2021, 5, 31), "call", "phone", [QIAN], [("Fikile Mbalula", "Secretary General of the ANC", ANC)],
                [ANC], ["ZA"])]),
        rel("r0000000000000004", d(2022, 11, 2), "Song Tao Sends Congratulatory Message to CPV",
            "Beijing, November 2nd -- Song Tao sent a congratulatory message to the CPV.",
            [ev(d(2022, 11, 2), "message", "written", [SONG], [], [CPV], ["VN"])]),
        rel("r0000000000000005", d(2023, 9, 12), "CPC Delegation Visits Germany",
            "Berlin, September 12th -- A CPC delegation led by Qian Hongshan visited Germany and held talks "
            "with the SPD on the green transition.",
            [ev(d(2023, 9, 12), "visit", "in_person", [QIAN], [("Saskia Esken", "Co-chair of the SPD", SPD)],
                [SPD], ["DE"], "Berlin", "DE")]),
        rel("r0000000000000006", d(2023, 10, 20), "Song Tao Meets Delegations in Vientiane",
            "Vientiane, October 20th -- Song Tao met with delegations of the SPD and United Russia.",
            [ev(d(2023, 10, 20), "meeting", "in_person", [SONG],
                [("Olaf Example", "Member of the SPD Executive", SPD), ("Ivan Example", "Deputy Secretary", UR)],
                [SPD, UR], ["DE", "RU"], "Vientiane", "LA")]),
    ]


def _slug(name: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


def connect_fresh(path: Path) -> duckdb.DuckDBPyConnection:
    try:
        from warehouse.db import connect
    except ImportError:
        connect = None
    if connect is not None and (ROOT / "warehouse" / "sql" / "010_core.sql").exists():
        return connect(path)
    con = duckdb.connect(str(path))
    con.execute(_FALLBACK_DDL)
    for schema_file in sorted((ROOT / "warehouse" / "sql").glob("[0-9][0-9][0-9]_*.sql")):
        con.execute(schema_file.read_text())
    return con


def fill(con, releases: list[dict]) -> None:
    """Insert releases with their events, participants, parties and countries."""
    con.execute("BEGIN TRANSACTION")
    if con.execute("SELECT count(*) FROM countries").fetchone()[0] == 0:
        for c in pycountry.countries:
            con.execute("INSERT INTO countries(iso2, iso3, name) VALUES (?, ?, ?)",
                        [c.alpha_2, c.alpha_3, getattr(c, "common_name", None) or c.name])
    for r in releases:
        con.execute(
            "INSERT INTO releases(release_id, url, title, published_date, dateline_city, body_text, "
            "content_sha256, parser_version, first_seen_at, last_seen_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [r["rid"], r["url"], r["title"], r["published"], "Beijing", r["body"], "sha-" + r["rid"], "test",
             SEEN, SEEN])
        con.execute("INSERT INTO release_sources(release_id, url, first_seen_at, last_seen_at) VALUES (?,?,?,?)",
                    [r["rid"], r["url"], SEEN, SEEN])
        for seq, e in enumerate(r["events"]):
            eid = f"{r['rid']}-{seq}"
            con.execute("INSERT INTO events(event_id, release_id, event_date, event_type, modality, "
                        "location_city, location_country) VALUES (?,?,?,?,?,?,?)",
                        [eid, r["rid"], e["day"], e["etype"], e["modality"], e["city"], e["loc"]])
            for name, title in e["cpc"]:
                con.execute("INSERT INTO participants(event_id, name, title, party, country_code, side) "
                            "VALUES (?,?,?,?,?,?)", [eid, name, title, "Communist Party of China", "CN", "cpc"])
            for name, title, party in e["foreign"]:
                con.execute("INSERT INTO participants(event_id, name, title, party, country_code, side) "
                            "VALUES (?,?,?,?,?,?)",
                            [eid, name, title, party[0] if party else None, party[2] if party else None, "foreign"])
            for pname, acr, cc in e["parties"]:
                pid = _slug(pname)
                con.execute("INSERT INTO parties(party_id, name, acronym, country_code) VALUES (?,?,?,?) "
                            "ON CONFLICT DO NOTHING", [pid, pname, acr, cc])
                con.execute("INSERT INTO event_parties(event_id, party_id) VALUES (?,?)", [eid, pid])
            for cc in e["countries"]:
                con.execute("INSERT INTO event_countries(event_id, country_code) VALUES (?,?)", [eid, cc])
    con.execute("COMMIT")


def build_warehouse(path: Path, releases: list[dict] | None = None, *, refresh: bool = True) -> Path:
    con = connect_fresh(path)
    try:
        fill(con, default_releases() if releases is None else releases)
        if refresh:
            from warehouse.post_write import refresh as post_write_refresh
            post_write_refresh(con)
    finally:
        con.close()
    return path


def test_builder_fills_every_contract_table(tmp_path):
    path = build_warehouse(tmp_path / "w.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("releases", "events", "participants", "parties", "event_parties", "event_countries")}
    assert counts["releases"] == len(default_releases())
    assert all(n > 0 for n in counts.values()), counts

"""Writing one load batch: Arrow staging tables, then MERGE / DELETE+INSERT, in ONE transaction.

Bulk rows go through registered Arrow tables and `INSERT ... SELECT` (measured: 100k rows in
0.5 s against 58 s with executemany). Everything happens between BEGIN and COMMIT, so a
crash or a kill leaves the warehouse exactly as before the batch.
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa

_T, _S, _D, _I, _B = pa.timestamp("us"), pa.string(), pa.date32(), pa.int32(), pa.int64()

SCHEMAS = {
    "releases": pa.schema([
        ("release_id", _S), ("url", _S), ("title", _S), ("published_date", _D),
        ("dateline_city", _S), ("body_text", _S), ("content_sha256", _S), ("parser_version", _S),
        ("first_seen_at", _T), ("last_seen_at", _T), ("doc_id", _B), ("simhash", _B),
        ("parse_sha256", _S), ("modified_at", _T), ("text_seen_at", _T), ("layout", _S),
        ("warnings", _S)]),
    "events": pa.schema([
        ("event_id", _S), ("release_id", _S), ("event_date", _D), ("event_type", _S),
        ("modality", _S), ("location_city", _S), ("location_country", _S), ("seq", _I)]),
    "participants": pa.schema([
        ("event_id", _S), ("name", _S), ("title", _S), ("party", _S), ("country_code", _S),
        ("side", _S), ("seq", _I)]),
    "parties": pa.schema([("party_id", _S), ("name", _S), ("acronym", _S), ("country_code", _S),
                          ("first_seen_at", _T)]),
    "event_parties": pa.schema([("event_id", _S), ("party_id", _S)]),
    "event_countries": pa.schema([("event_id", _S), ("country_code", _S)]),
    "sources": pa.schema([
        ("release_id", _S), ("url", _S), ("identity_key", _S), ("seen_at", _T),
        ("content_sha256", _S), ("capture_id", _S), ("run_id", _S), ("first_seen_at", _T),
        ("raw_sha256", _S)]),
    "versions": pa.schema([("content_sha256", _S), ("release_id", _S), ("published_date", _D),
                           ("first_seen_at", _T)]),
    "touched": pa.schema([("release_id", _S), ("seen_at", _T)]),
    "quarantine": pa.schema([("path_or_url", _S), ("reason", _S), ("seen_at", _T), ("run_id", _S),
                             ("first_seen_at", _T)]),
}

_CHILDREN = ("participants", "event_parties", "event_countries")
EVENT_DUPLICATES_SQL = (Path(__file__).parent / "sql" / "event_duplicates.sql").read_text(encoding="utf-8")


def _table(name: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])


def _last_per_key(rows: list[dict], key) -> list[dict]:
    """One staging row per key, the latest sighting, carrying the earliest as first_seen_at
    (a key seen twice in one batch would make MERGE ambiguous)."""
    out: dict = {}
    for r in rows:
        k = key(r)
        prev = out.get(k)
        first = min(r["seen_at"], prev["first_seen_at"]) if prev else r["seen_at"]
        if prev is None or r["seen_at"] >= prev["seen_at"]:
            out[k] = {**r, "first_seen_at": first}
        else:
            prev["first_seen_at"] = first
    return list(out.values())


def write_batch(con, *, releases, children, touched, sources, versions, rejections, run_id) -> list[str]:
    """Store one batch; returns the names of parties new to the warehouse."""
    merged = {name: [row for c in children for row in c[name]] for name in
              ("events", "participants", "parties", "event_parties", "event_countries")}
    # Stamped with the batch's sighting time, not the wall clock: the same inputs give the
    # same warehouse whichever runner parsed them.
    first_seen = min(touched.values()) if touched else None
    parties = [{**r, "first_seen_at": first_seen} for r in {p["party_id"]: p for p in merged["parties"]}.values()]
    staged = {
        "s_releases": _table("releases", releases),
        "s_events": _table("events", merged["events"]),
        "s_participants": _table("participants", merged["participants"]),
        "s_parties": _table("parties", parties),
        "s_event_parties": _table("event_parties", merged["event_parties"]),
        "s_event_countries": _table("event_countries", merged["event_countries"]),
        "s_sources": _table("sources", _last_per_key(sources, lambda r: (r["release_id"], r["url"]))),
        "s_versions": _table("versions", versions),
        "s_touched": _table("touched", [{"release_id": k, "seen_at": v} for k, v in touched.items()]),
        "s_quarantine": _table("quarantine", _last_per_key(
            [{"path_or_url": r.path_or_url, "reason": r.reason, "seen_at": r.seen_at, "run_id": run_id}
             for r in rejections], lambda r: r["path_or_url"])),
    }
    for name, table in staged.items():
        con.register(name, table)
    con.execute("BEGIN TRANSACTION")
    try:
        new_parties = [r[0] for r in con.execute(
            "SELECT name FROM s_parties WHERE party_id NOT IN (SELECT party_id FROM parties) ORDER BY name"
        ).fetchall()]
        _statements(con)
        con.execute(EVENT_DUPLICATES_SQL)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in staged:
            con.unregister(name)
    return new_parties


def _statements(con) -> None:
    # Replaced releases lose their old event rows first; new ones are inserted after.
    for child in _CHILDREN:
        con.execute(f"DELETE FROM {child} WHERE event_id IN "
                    "(SELECT event_id FROM events WHERE release_id IN (SELECT release_id FROM s_releases))")
    con.execute("DELETE FROM events WHERE release_id IN (SELECT release_id FROM s_releases)")
    con.execute("""
        MERGE INTO releases AS t USING s_releases AS s ON t.release_id = s.release_id
        WHEN MATCHED THEN UPDATE SET url = s.url, title = s.title, published_date = s.published_date,
            dateline_city = s.dateline_city, body_text = s.body_text, content_sha256 = s.content_sha256,
            parser_version = s.parser_version, last_seen_at = greatest(t.last_seen_at, s.last_seen_at),
            doc_id = s.doc_id, simhash = s.simhash, parse_sha256 = s.parse_sha256,
            modified_at = s.modified_at, text_seen_at = s.text_seen_at, layout = s.layout,
            warnings = s.warnings
        WHEN NOT MATCHED THEN INSERT BY NAME""")
    con.execute("""
        UPDATE releases SET last_seen_at = greatest(releases.last_seen_at, s.seen_at)
        FROM s_touched s WHERE releases.release_id = s.release_id
          AND s.release_id NOT IN (SELECT release_id FROM s_releases)""")
    con.execute("INSERT INTO events BY NAME SELECT * FROM s_events")
    con.execute("INSERT INTO participants BY NAME SELECT * FROM s_participants")
    con.execute("INSERT INTO event_parties BY NAME SELECT * FROM s_event_parties")
    con.execute("INSERT INTO event_countries BY NAME SELECT * FROM s_event_countries")
    con.execute("""
        MERGE INTO parties AS t USING s_parties AS s ON t.party_id = s.party_id
        WHEN MATCHED THEN UPDATE SET acronym = coalesce(t.acronym, s.acronym),
            country_code = coalesce(t.country_code, s.country_code)
        WHEN NOT MATCHED THEN INSERT (party_id, name, acronym, country_code, first_seen_at)
            VALUES (s.party_id, s.name, s.acronym, s.country_code, s.first_seen_at)""")
    con.execute("""
        MERGE INTO release_sources AS t USING s_sources AS s
            ON t.release_id = s.release_id AND t.url = s.url
        WHEN MATCHED THEN UPDATE SET last_seen_at = greatest(t.last_seen_at, s.seen_at),
            content_sha256 = coalesce(s.content_sha256, t.content_sha256),
            capture_id = coalesce(s.capture_id, t.capture_id),
            raw_sha256 = coalesce(s.raw_sha256, t.raw_sha256), run_id = s.run_id
        WHEN NOT MATCHED THEN INSERT (release_id, url, first_seen_at, last_seen_at, identity_key,
            content_sha256, capture_id, run_id, raw_sha256)
            VALUES (s.release_id, s.url, s.first_seen_at, s.seen_at, s.identity_key,
            s.content_sha256, s.capture_id, s.run_id, s.raw_sha256)""")
    con.execute("""
        INSERT INTO release_versions BY NAME SELECT * FROM s_versions
        ON CONFLICT DO NOTHING""")
    con.execute("""
        MERGE INTO quarantine AS t USING s_quarantine AS s ON t.path_or_url = s.path_or_url
        WHEN MATCHED THEN UPDATE SET reason = s.reason, last_seen_at = greatest(t.last_seen_at, s.seen_at),
            run_id = s.run_id
        WHEN NOT MATCHED THEN INSERT (path_or_url, reason, first_seen_at, last_seen_at, run_id)
            VALUES (s.path_or_url, s.reason, s.first_seen_at, s.seen_at, s.run_id)""")

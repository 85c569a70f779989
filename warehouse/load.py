"""Loading parsed releases: dedup, then staging through Arrow and MERGE, in one transaction.

`load(con, sightings, rejections)` is the only way rows enter the contract tables. A batch
either lands whole or not at all (a crash or kill mid-load leaves the previous state), and
loading the same input again changes nothing but `last_seen_at`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from parsers.identity import canonical_url
from parsers.model import Release
from warehouse.dedup import Fingerprint, Matcher, newer, signed64, version_key
from warehouse.rows import child_rows, parse_sha256, party_id, release_id_for
from warehouse.stage import write_batch


@dataclass(frozen=True)
class Sighting:
    url: str                     # http(s) URL or file:// URL of an absolute path
    release: Release
    seen_at: datetime            # UTC, naive
    modified_at: datetime | None = None   # file mtime / HTTP Last-Modified: orders versions
    capture_id: str | None = None         # archive record (fetch feature)
    truncated: str | None = None          # WARC-Truncated reason, when the payload was cut
    raw_sha256: str | None = None         # sha256 of the file's bytes (local files)


@dataclass(frozen=True)
class Unchanged:
    """A file seen again with the very bytes last seen at its URL, whose release was parsed by
    the current parser: nothing to parse, only `last_seen_at` to move (a no-op reload is cheap)."""
    url: str
    seen_at: datetime


@dataclass(frozen=True)
class Rejection:
    path_or_url: str
    reason: str                  # "reason_code: message"
    seen_at: datetime


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    started_at: datetime
    finished_at: datetime | None
    mode: str
    files_or_urls: int
    new: int
    updated: int
    duplicates: int
    quarantined: int
    events: int | None = None


@dataclass
class LoadResult:
    new: int = 0
    updated: int = 0
    duplicates: int = 0
    events: int = 0
    quarantined: int = 0
    new_release_ids: list[str] = field(default_factory=list)
    updated_release_ids: list[str] = field(default_factory=list)
    new_party_names: list[str] = field(default_factory=list)
    warned: list[tuple[str, str]] = field(default_factory=list)  # (url, warnings) of stored releases read despite a defect
    matches: dict[str, str] = field(default_factory=dict)   # sighting url -> rule (key/content/near/new)


@dataclass
class _Kept:
    """The version of a release that will be stored after this batch."""
    release_id: str
    fp: Fingerprint
    sighting: Sighting | None      # None: the stored version stays
    version: tuple
    parse_sha: str | None
    existed: bool
    changed: bool = False
    first_seen_at: datetime | None = None


def _stored(con, release_ids: set[str]) -> dict[str, tuple]:
    if not release_ids:
        return {}
    import pyarrow as pa

    con.register("_ids", pa.table({"release_id": sorted(release_ids)}))
    try:
        rows = con.execute(
            "SELECT release_id, content_sha256, published_date, doc_id, modified_at, text_seen_at, "
            "parse_sha256 FROM releases JOIN _ids USING (release_id)"
        ).fetchall()
    finally:
        con.unregister("_ids")
    return {r[0]: r[1:] for r in rows}


def load(con, sightings: list[Sighting], rejections: list[Rejection] = (), *,
         run_id: str | None = None) -> LoadResult:
    """Dedup and store one batch in a single transaction; returns what changed.

    `sightings` may also hold `Unchanged` records: counted as duplicates, only touched.
    """
    unchanged = [s for s in sightings if isinstance(s, Unchanged)]
    sightings = [s for s in sightings if not isinstance(s, Unchanged)]
    fps = [Fingerprint.of(s.url, s.release) for s in sightings]
    result = LoadResult(quarantined=len(rejections))
    matcher = Matcher(con, fps)
    kept: dict[str, _Kept] = {}
    versions: dict[str, dict] = {}
    stored = _stored(con, matcher.known_release_ids())
    matched = 0
    touched: dict[str, datetime] = {}
    sources: list[dict] = []
    for u, rid in _unchanged_releases(con, unchanged):
        matched += 1
        touched[rid] = max(touched.get(rid, u.seen_at), u.seen_at)
        sources.append({"release_id": rid, "url": u.url, "seen_at": u.seen_at, "run_id": run_id})

    for s, fp in zip(sightings, fps):
        rid, rule = matcher.match(fp)
        result.matches[s.url] = rule
        this_version = version_key(fp.published, fp.doc_id, s.modified_at, s.seen_at)
        this_parse = parse_sha256(s.release)
        if rid is None:
            rid = release_id_for(fp.key)
            kept[rid] = _Kept(rid, fp, s, this_version, this_parse, existed=False, changed=True,
                              first_seen_at=s.seen_at)
            matcher.remember(fp, rid)
        else:
            if rid not in kept:
                sha, pub, doc, mod, seen, psha = stored[rid]
                kept[rid] = _Kept(rid, Fingerprint(fp.url, fp.key, sha, 0, pub, doc, frozenset(), ""),
                                  None, version_key(pub, doc, mod, seen), psha, existed=True)
            k = kept[rid]
            if fp.sha == k.fp.sha:
                if this_parse != k.parse_sha:
                    # Same text, different parse (a parser upgrade): the new parse replaces it.
                    k.fp, k.sighting, k.parse_sha, k.changed = fp, s, this_parse, True
            elif newer(this_version, k.version):
                k.fp, k.sighting, k.version, k.parse_sha, k.changed = fp, s, this_version, this_parse, True
            matched += 1
            matcher.remember(fp, rid)
        touched[rid] = max(touched.get(rid, s.seen_at), s.seen_at)
        sources.append({"release_id": rid, "url": s.url, "identity_key": fp.key, "seen_at": s.seen_at,
                        "content_sha256": fp.sha, "capture_id": s.capture_id, "run_id": run_id,
                        "raw_sha256": s.raw_sha256})
        versions.setdefault(fp.sha, {"content_sha256": fp.sha, "release_id": rid,
                                     "published_date": fp.published, "first_seen_at": s.seen_at})

    releases, children = [], []
    for k in kept.values():
        if not k.changed:
            continue
        s, fp = k.sighting, k.fp
        rel = s.release
        releases.append({
            "release_id": k.release_id, "url": _kept_url(s.url), "title": rel.title,
            "published_date": rel.published_date, "dateline_city": rel.dateline_city,
            "body_text": rel.body_text, "content_sha256": fp.sha,
            "parser_version": rel.parser_version or "", "first_seen_at": k.first_seen_at or s.seen_at,
            "last_seen_at": touched[k.release_id], "doc_id": fp.doc_id, "simhash": signed64(fp.simhash),
            "parse_sha256": k.parse_sha, "modified_at": s.modified_at, "text_seen_at": s.seen_at,
            "layout": rel.document.layout, "warnings": " | ".join(rel.warnings) or None,
        })
        children.append((k.release_id, rel))
        if rel.warnings:
            result.warned.append((s.url, " | ".join(rel.warnings)))
        if k.existed:
            result.updated += 1
            result.updated_release_ids.append(k.release_id)
        else:
            result.new += 1
            result.new_release_ids.append(k.release_id)
        result.events += len(rel.events)

    # A matched sighting is a duplicate unless it is the version that updated a stored release.
    result.duplicates = matched - result.updated
    result.new_party_names = write_batch(
        con, releases=releases, children=[child_rows(rid, rel) for rid, rel in children],
        touched=touched, sources=sources, versions=list(versions.values()),
        rejections=rejections, run_id=run_id)
    return result


def _unchanged_releases(con, unchanged: list[Unchanged]) -> list[tuple[Unchanged, str]]:
    if not unchanged:
        return []
    import pyarrow as pa

    con.register("_urls", pa.table({"url": sorted({u.url for u in unchanged})}))
    try:
        found = dict(con.execute("SELECT s.url, s.release_id FROM release_sources s JOIN _urls USING (url)").fetchall())
    finally:
        con.unregister("_urls")
    missing = [u.url for u in unchanged if u.url not in found]
    if missing:  # the caller's view of the warehouse was stale: a bug, never a silent drop
        raise RuntimeError(f"unchanged files not in release_sources: {missing[:3]}")
    return [(u, found[u.url]) for u in unchanged]


def known_files(con, parser_version: str) -> dict[str, str]:
    """file:// URL -> sha256 of the bytes last loaded from it, for releases parsed by this parser."""
    return dict(con.execute(
        "SELECT s.url, s.raw_sha256 FROM release_sources s JOIN releases r USING (release_id) "
        "WHERE s.raw_sha256 IS NOT NULL AND r.parser_version = ?", [parser_version]).fetchall())


def _kept_url(url: str) -> str:
    return canonical_url(url) if url.startswith(("http://", "https://")) else url


def record_run(con, run: RunRecord) -> None:
    """One row in `runs` (replaced if the same run id is recorded again)."""
    con.execute(
        "INSERT OR REPLACE INTO runs (run_id, started_at, finished_at, mode, files_or_urls, new, updated, "
        "duplicates, quarantined, events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [run.run_id, run.started_at, run.finished_at, run.mode, run.files_or_urls, run.new,
         run.updated, run.duplicates, run.quarantined, run.events],
    )


__all__ = ["Sighting", "Unchanged", "known_files", "Rejection", "RunRecord", "LoadResult", "load", "record_run", "party_id"]

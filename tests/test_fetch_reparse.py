"""The archive rebuilds the warehouse: reparse, load of WARC files, captures by offset."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest

# The core pipeline (parser, warehouse loader) is a separate feature: without it there is
# nothing to load into, so these end-to-end tests wait for it rather than fail.
for _core in ("warehouse.db", "warehouse.load", "parsers.release"):
    pytest.importorskip(_core)
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.archive import iter_warc_sightings, read_record
from flows.config import Settings
from flows.crawl import run_fetch
from flows.http import FetchOptions
from flows.reparse import run_reparse
from tests.mock_site import build_site

SECTIONS = ["/english2023/bzhd/", "/english/news/"]
RELEASE_COLUMNS = "release_id, title, body_text, content_sha256, parser_version"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl (archive rotated into several files) and a re-crawl with a revisit."""
    tmp = tmp_path_factory.mktemp("crawl")
    site, _paths = build_site(10, SECTIONS, page_size=4)
    settings = Settings(db_path=tmp / "w.duckdb", archive_dir=tmp / "archive", request_delay=0,
                        user_agent="liaison-test/1", request_timeout=2.0)
    with site:
        settings = replace(settings, base_url=site.base_url)
        options = FetchOptions.from_settings(settings, warc_max_bytes=6000, backoff_base=0.001)
        run_fetch(settings, sections=SECTIONS, options=options)
        site.conditional = False  # no validators: unchanged pages come back whole, as revisits
        run_fetch(settings, sections=SECTIONS, options=options, refetch=True)
    return settings


def rows(db, sql):
    from warehouse.db import connect

    con = connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def snapshot(db) -> dict:
    out = {"releases": rows(db, f"SELECT {RELEASE_COLUMNS} FROM releases ORDER BY release_id")}
    for table, cols in (("events", "event_id, event_type, modality, event_date"),
                        ("participants", "event_id, name, side, party, country_code")):
        try:
            out[table] = rows(db, f"SELECT {cols} FROM {table} ORDER BY ALL")
        except Exception:  # noqa: BLE001 — table absent in a reduced schema
            pass
    return out


def test_archive_has_rotated_files_and_revisits(crawled):
    files = sorted(p.name for p in crawled.archive_dir.iterdir())
    assert len(files) >= 3 and all(f.endswith(".warc.gz") for f in files)
    kinds = dict(rows(crawled.db_path, "SELECT record_type, count(*) FROM captures "
                                       "WHERE role = 'release' GROUP BY ALL"))
    assert kinds == {"response": 10, "revisit": 10}


def test_every_capture_reads_back_by_offset(crawled):
    for url, warc_file, offset, digest, kind in rows(
            crawled.db_path, 'SELECT url, warc_file, "offset", payload_digest, record_type FROM captures'):
        stored = read_record(crawled.archive_dir / warc_file, offset)
        assert (stored.url, stored.payload_digest, stored.record_type) == (url, digest, kind)


def test_our_warc_files_are_read_by_warcio(crawled):
    for path in crawled.archive_dir.iterdir():
        with open(path, "rb") as fh:
            types = {r.rec_type for r in ArchiveIterator(fh, check_digests=True)}
        assert "warcinfo" in types and "request" in types


def test_reparse_into_a_fresh_warehouse_reproduces_the_crawl(crawled, tmp_path):
    fresh = replace(crawled, db_path=tmp_path / "fresh.duckdb")
    summary = run_reparse(fresh)
    assert summary.new == 10 and summary.n_quarantined == 0
    assert snapshot(fresh.db_path) == snapshot(crawled.db_path)
    assert rows(fresh.db_path, "SELECT count(*) FROM captures") == rows(crawled.db_path, "SELECT count(*) FROM captures")


def test_reparse_of_an_unchanged_archive_updates_nothing(crawled, tmp_path):
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(crawled.db_path.read_bytes())
    summary = run_reparse(replace(crawled, db_path=copy))
    assert (summary.new, summary.updated) == (0, 0)
    assert snapshot(copy) == snapshot(crawled.db_path)


def test_load_of_the_run_warc_gives_the_same_rows(crawled, tmp_path):
    from warehouse.db import connect
    from warehouse.load import Rejection, load

    items = [x for p in sorted(crawled.archive_dir.iterdir()) for x in iter_warc_sightings(p)]
    assert not [x for x in items if isinstance(x, Rejection)]
    db = tmp_path / "loaded.duckdb"
    con = connect(db)
    try:
        load(con, [x for x in items if not isinstance(x, Rejection)], [])
    finally:
        con.close()
    assert snapshot(db) == snapshot(crawled.db_path)


def test_warc_written_by_warcio_loads(tmp_path):
    from bench.synthetic import releases

    [rel] = releases(1, seed=5)
    path = tmp_path / "foreign.warc"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for url, body, ctype in (
                (f"http://www.idcpc.org.cn/english/news/{rel.stem}.html", rel.html().encode(), "text/html"),
                ("http://www.idcpc.org.cn/english/news/index.html", b"<ul></ul>", "text/html"),
                ("http://www.idcpc.org.cn/logo.png", b"\x89PNG", "image/png")):
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")))
    [item] = list(iter_warc_sightings(path))
    assert item.release.title == rel.title and item.url.endswith(rel.stem + ".html")

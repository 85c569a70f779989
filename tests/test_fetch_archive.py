"""The WARC archive: records readable by warcio, by offset, revisits, rotation, atomic files."""
from __future__ import annotations

import io
import os
from datetime import datetime

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.archive import ArchiveWriter, iter_responses, payload_digest, read_record
from flows.http import Exchange


def exchange(url: str, body: bytes, status: int = 200) -> Exchange:
    return Exchange(url=url, request_headers=[("User-Agent", "liaison-test")], status=status,
                    reason="OK", http_version="HTTP/1.1",
                    headers=[("Content-Type", "text/html; charset=utf-8"), ("ETag", '"e1"')],
                    body=body, fetched_at=datetime(2024, 5, 15, 8, 30))


def test_records_read_back_by_warcio_and_by_offset(tmp_path):
    w = ArchiveWriter(tmp_path, "run1", max_bytes=10**9)
    bodies = {f"http://h/p{i}.html": f"<p>page {i}</p>".encode() for i in range(3)}
    recs = [w.write(exchange(u, b)) for u, b in bodies.items()]
    finished = w.finish_file()
    assert finished == recs
    path = tmp_path / recs[0].warc_file
    assert not list(tmp_path.glob("*.open")) and path.name.endswith(".warc.gz")

    with open(path, "rb") as fh:
        types = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(fh)]
    assert types[0][0] == "warcinfo"
    assert [t for t, _ in types[1:]] == ["response", "request"] * 3

    for rec in recs:
        stored = read_record(path, rec.offset)
        assert stored.url == rec.url and stored.body == bodies[rec.url] and stored.status == 200
        assert stored.payload_digest == payload_digest(bodies[rec.url]) == rec.payload_digest
        assert stored.record_id == rec.capture_id


def test_revisit_stores_no_second_copy_and_points_at_the_original(tmp_path):
    w = ArchiveWriter(tmp_path, "run2", max_bytes=10**9)
    body = os.urandom(4000)  # incompressible: a second copy would show in the length
    first = w.write(exchange("http://h/a.html", body))
    again = w.write(exchange("http://h/a.html", body), revisit_of=first)
    w.finish_file()
    assert again.record_type == "revisit" and again.refers_to == first.capture_id
    assert again.length < first.length / 2
    records = list(iter_responses(tmp_path / first.warc_file))
    assert [r.record_type for r in records] == ["response", "revisit"]
    assert records[1].payload_digest == records[0].payload_digest and records[1].body == b""
    assert (records[0].offset, records[0].length) == (first.offset, first.length)


def test_files_rotate_at_the_size_limit_and_never_replace_existing(tmp_path):
    w = ArchiveWriter(tmp_path, "run3", max_bytes=2000)
    names = []
    for i in range(6):
        w.write(exchange(f"http://h/{i}.html", bytes(range(256)) * 20))
        if w.needs_rotation:
            names += [r.warc_file for r in w.finish_file()]
    names += [r.warc_file for r in w.finish_file()]
    assert len(set(names)) >= 3 and set(names) == set(w.files)
    for name in w.files:
        with open(tmp_path / name, "rb") as fh:
            assert next(iter(ArchiveIterator(fh))).rec_type == "warcinfo"
    # A second writer with the same run id must refuse rather than overwrite.
    before = (tmp_path / w.files[0]).read_bytes()
    again = ArchiveWriter(tmp_path, "run3", max_bytes=2000)
    again.write(exchange("http://h/x.html", b"x"))
    with pytest.raises(FileExistsError):
        again.finish_file()
    assert (tmp_path / w.files[0]).read_bytes() == before


def test_unfinished_file_is_left_as_open_and_not_listed(tmp_path):
    w = ArchiveWriter(tmp_path, "run4", max_bytes=10**9)
    w.write(exchange("http://h/a.html", b"<p>a</p>"))
    w.abandon()
    assert [p.name for p in tmp_path.iterdir()] == ["liaison-run4-00001.warc.gz.open"]
    assert list(tmp_path.glob("*.warc.gz")) == []


def test_warc_written_by_warcio_is_read(tmp_path):
    path = tmp_path / "other.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(
            "http://example.org/t20200101_1.html", "response", payload=io.BytesIO(b"<p>hello</p>"),
            http_headers=headers))
    [rec] = list(iter_responses(path))
    assert (rec.url, rec.status, rec.body, rec.charset) == \
        ("http://example.org/t20200101_1.html", 200, b"<p>hello</p>", "utf-8")

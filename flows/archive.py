"""The raw archive: gzipped WARC files written atomically, read back by offset.

One run writes `liaison-<run>-NNNNN.warc.gz` files under the archive folder, rotated
at a size limit. A file is written under a `.open` name, fsynced and renamed when it
is finished; the rename uses a hard link, so an existing file is never replaced. A
crash leaves only a `.open` file, which nothing reads, and never a damaged archive.
Each record is its own gzip member, so (file, offset, length) reads one record alone.
"""
from __future__ import annotations

import base64
import hashlib
import io
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.http import Exchange, HeaderView

SOFTWARE = "liaison (warcio)"
TEMP_SUFFIX = ".open"


def payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest value warcio writes for this body (sha1, base32)."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def warc_date(when: datetime) -> str:
    return when.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when.astimezone(timezone.utc).replace(tzinfo=None) if when.tzinfo else when


@dataclass(frozen=True)
class ArchivedRecord:
    """Where one response (or revisit) record landed: a row of `captures`."""
    capture_id: str
    url: str
    fetched_at: datetime
    status: int
    record_type: str          # "response" | "revisit"
    payload_digest: str
    content_type: str
    warc_file: str            # name inside the archive folder
    offset: int
    length: int
    etag: str | None
    last_modified: str | None
    truncated: str | None
    refers_to: str | None     # capture_id of the stored payload, for revisits


@dataclass
class _OpenFile:
    name: str
    path: Path
    handle: io.BufferedWriter
    writer: WARCWriter
    records: list[ArchivedRecord] = field(default_factory=list)


class ArchiveWriter:
    """Writes request/response/revisit records; `finish_file()` makes a file durable."""

    def __init__(self, directory: str | Path, run_id: str, max_bytes: int, info: dict | None = None):
        self.directory = Path(directory)
        self.run_id = run_id
        self.max_bytes = max_bytes
        self.info = info or {}
        self.files: list[str] = []        # finished files of this run
        self._seq = 0
        self._open: _OpenFile | None = None

    def _start(self) -> _OpenFile:
        self.directory.mkdir(parents=True, exist_ok=True)
        self._seq += 1
        name = f"liaison-{self.run_id}-{self._seq:05d}.warc.gz"
        path = self.directory / (name + TEMP_SUFFIX)
        handle = open(path, "xb")  # exclusive: never write over anything
        writer = WARCWriter(handle, gzip=True, warc_version="1.1")
        info = {"software": SOFTWARE, "format": "WARC File Format 1.1",
                "isPartOf": self.run_id, **self.info}
        writer.write_record(writer.create_warcinfo_record(name, info))
        self._open = _OpenFile(name, path, handle, writer)
        return self._open

    @property
    def needs_rotation(self) -> bool:
        return self._open is not None and self._open.handle.tell() >= self.max_bytes

    def write(self, exchange: Exchange, revisit_of: ArchivedRecord | None = None) -> ArchivedRecord:
        """Archive one exchange; with `revisit_of`, store only headers pointing at that payload."""
        f = self._open or self._start()
        date = warc_date(exchange.fetched_at)
        status_line = f"{exchange.status} {exchange.reason}".strip()
        protocol = exchange.http_version if exchange.http_version.startswith("HTTP/") else "HTTP/1.1"
        http_headers = StatusAndHeaders(status_line, list(exchange.headers), protocol=protocol)
        digest = payload_digest(exchange.body)
        warc_headers = {"WARC-Date": date}
        if exchange.truncated:
            warc_headers["WARC-Truncated"] = exchange.truncated
        if revisit_of is not None:
            record = f.writer.create_revisit_record(
                exchange.url, digest, revisit_of.url, warc_date(revisit_of.fetched_at),
                http_headers=http_headers, warc_headers_dict=warc_headers)
            record.rec_headers.add_header("WARC-Refers-To", revisit_of.capture_id)
        else:
            record = f.writer.create_warc_record(
                exchange.url, "response", payload=io.BytesIO(exchange.body), length=len(exchange.body),
                http_headers=http_headers, warc_headers_dict=warc_headers)
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        offset = f.handle.tell()
        f.writer.write_record(record)
        length = f.handle.tell() - offset
        path = _request_path(exchange.url)
        request = f.writer.create_warc_record(
            exchange.url, "request", payload=io.BytesIO(b""), length=0,
            http_headers=StatusAndHeaders(f"GET {path} HTTP/1.1", list(exchange.request_headers),
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": record_id})
        f.writer.write_record(request)
        archived = ArchivedRecord(
            capture_id=record_id, url=exchange.url, fetched_at=exchange.fetched_at,
            status=exchange.status, record_type="revisit" if revisit_of else "response",
            payload_digest=digest, content_type=exchange.content_type, warc_file=f.name,
            offset=offset, length=length, etag=exchange.header("etag"),
            last_modified=exchange.header("last-modified"), truncated=exchange.truncated,
            refers_to=revisit_of.capture_id if revisit_of else None)
        f.records.append(archived)
        return archived

    def finish_file(self) -> list[ArchivedRecord]:
        """Make the open file durable under its final name; return its records."""
        f, self._open = self._open, None
        if f is None:
            return []
        f.handle.flush()
        os.fsync(f.handle.fileno())
        f.handle.close()
        final = self.directory / f.name
        os.link(f.path, final)   # fails rather than replace an existing file
        os.unlink(f.path)
        _fsync_dir(self.directory)
        self.files.append(f.name)
        return f.records

    def abandon(self) -> None:
        """Leave an unfinished file behind as `.open` (after a crash nothing reads it)."""
        if self._open is not None:
            self._open.handle.close()
            self._open = None


def _request_path(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class StoredResponse(HeaderView):
    """A response record read back: the payload with transfer and content encodings undone."""
    record_id: str
    record_type: str
    url: str
    date: datetime | None
    status: int | None
    headers: list[tuple[str, str]]
    body: bytes
    payload_digest: str | None
    truncated: str | None
    refers_to: str | None
    offset: int = 0
    length: int = 0



def _stored(record, offset: int = 0, length: int = 0) -> StoredResponse:
    h = record.rec_headers
    http = record.http_headers
    status = None
    headers: list[tuple[str, str]] = []
    if http is not None:
        try:
            status = int(http.get_statuscode())
        except (TypeError, ValueError):
            status = None
        headers = list(http.headers)
    body = record.content_stream().read() if record.rec_type == "response" else b""
    return StoredResponse(
        record_id=h.get_header("WARC-Record-ID") or "", record_type=record.rec_type,
        url=h.get_header("WARC-Target-URI") or "", date=parse_warc_date(h.get_header("WARC-Date")),
        status=status, headers=headers, body=body,
        payload_digest=h.get_header("WARC-Payload-Digest"), truncated=h.get_header("WARC-Truncated"),
        refers_to=h.get_header("WARC-Refers-To"), offset=offset, length=length)


def read_record(path: str | Path, offset: int) -> StoredResponse:
    """One record by seeking to its offset: no scan of the file."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            return _stored(record, offset)
    raise ValueError(f"no WARC record at offset {offset} of {path}")


def iter_responses(path: str | Path) -> Iterator[StoredResponse]:
    """Response and revisit records of one WARC file (plain or gzipped), in file order."""
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            if record.rec_type not in ("response", "revisit"):
                continue
            stored = _stored(record)
            yield StoredResponse(**{**stored.__dict__, "offset": it.get_record_offset(),
                                    "length": it.get_record_length() or 0})


def iter_warc_sightings(path: str | Path, seen_at: datetime | None = None) -> Iterator:
    """Sightings/Rejections for the release pages stored in one WARC file.

    Used by `liaison load` for .warc/.warc.gz inputs; see `flows.release_page`.
    """
    from flows.release_page import sightings_from_warc

    yield from sightings_from_warc(Path(path), seen_at=seen_at)

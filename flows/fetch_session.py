"""One fetch run's bookkeeping: request, archive, remember validators, stage for loading.

The crawl decides what to fetch; this class does each fetch and keeps what it
learnt (captures, validators, failures, parsed sightings) until the archive file
holding them is durable. Only then are they written to the warehouse, so the
captures index never points into a file that might not exist.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from flows.archive import ArchivedRecord, ArchiveWriter, payload_digest, read_record
from flows.http import Exchange, FetchClient, FetchResult
from flows.release_page import to_sighting
from flows.robots import Robots
from flows.summary import Summary
from parsers.identity import identity_key
from warehouse import fetch_state


@dataclass
class Fetched:
    """What a fetch came to: a fresh 200, a 304/unchanged 200, a 404, or nothing."""
    url: str
    status: int | None = None        # final HTTP status; None when the URL failed
    body: bytes | None = None        # decoded payload of a fresh 200
    charset: str | None = None
    unchanged: bool = False          # 304, or 200 with the payload digest seen last time
    exchange: Exchange | None = None
    capture: ArchivedRecord | None = None


@dataclass
class FetchSession:
    con: object
    client: FetchClient
    writer: ArchiveWriter
    summary: Summary
    archive_dir: object
    max_bytes: int
    states: dict = field(default_factory=dict)
    known: set = field(default_factory=set)      # identity keys archived or loaded
    release_pages: int = 0                        # release pages parsed this run
    release_rejected: int = 0
    requested: set = field(default_factory=set)
    _roles: dict = field(default_factory=dict)    # capture_id -> role
    _digests: dict = field(default_factory=dict)  # payload digest -> response record (this run)
    _records: list = field(default_factory=list)
    _state_rows: list = field(default_factory=list)
    _failures: list = field(default_factory=list)
    _ok: set = field(default_factory=set)
    _items: list = field(default_factory=list)    # Sighting / Rejection awaiting load

    def __post_init__(self):
        self.states = fetch_state.url_states(self.con)
        self.known = {identity_key(u) for u in fetch_state.known_urls(self.con)}
        self._stored = fetch_state.stored_digests(self.con)  # spares a query per fresh page
        self.robots = Robots(self.client, on_fetch=lambda r: self._settle(r, "robots"))

    # -- fetching ---------------------------------------------------------------------
    def fetch(self, url: str, role: str, conditional: bool = True) -> Fetched:
        self.requested.add(url)
        if not self.robots.allowed(url):
            rules = self.robots.rules(url)
            why = f"robots_unreachable: {rules.unreachable}" if rules.unreachable else \
                "robots_disallowed: robots.txt forbids this URL"
            self.fail(url, why, attempts=0)
            return Fetched(url)
        state = self.states.get(url) if conditional else None
        result = self.client.fetch(url, etag=state and state.etag,
                                   last_modified=state and state.last_modified)
        return self._settle(result, role, state)

    def _settle(self, result: FetchResult, role: str, state=None) -> Fetched:
        captures = [self._archive(ex, role) for ex in result.exchanges]
        if result.error:
            self.fail(result.url, result.error, result.attempts)
            return Fetched(result.url)
        final, capture = result.exchanges[-1], captures[-1]
        out = Fetched(result.url, status=final.status, exchange=final, capture=capture)
        if final.status == 200 and final.truncated is None and state is not None \
                and state.payload_digest == capture.payload_digest:
            out.unchanged = True
        if final.status == 304:
            out.unchanged = True
        if final.status in (200, 304):
            self._ok.add(result.url)
            self._state_rows.append({
                "url": result.url, "etag": final.header("etag"),
                "last_modified": final.header("last-modified"),
                "payload_digest": capture.payload_digest if final.status == 200 else None,
                "capture_id": (capture.refers_to or capture.capture_id) if final.status == 200 else None,
                "last_status": final.status, "last_checked_at": final.fetched_at})
        counted = role != "robots"  # the summary counts site pages, not robots.txt
        if out.unchanged:
            self.summary.not_modified += counted
        elif final.status == 200:
            self.summary.fetched += counted
            out.body = final.decoded_body(self.max_bytes)
            out.charset = final.charset
        return out

    def _archive(self, ex: Exchange, role: str) -> ArchivedRecord:
        original = None
        if ex.status == 200 and ex.truncated is None:
            digest = payload_digest(ex.body)
            original = self._digests.get(digest)
            if original is None and digest in self._stored:
                ref = fetch_state.payload_by_digest(self.con, digest)
                original = ref and _ref_record(ref, digest)
        record = self.writer.write(ex, revisit_of=original)
        if original is None and ex.status == 200 and ex.truncated is None:
            self._digests[record.payload_digest] = record
        self._roles[record.capture_id] = role
        self._records.append(record)
        return record

    def fail(self, url: str, error: str, attempts: int) -> None:
        self.summary.failed += 1
        now = self.summary.started_at
        self._failures.append({"url": url, "first_failed_at": now, "last_failed_at": now,
                               "attempts": attempts, "last_error": error,
                               "run_id": self.summary.run_id})

    def archived_body(self, url: str) -> tuple[bytes, str | None] | None:
        """The last stored payload of a URL (the archive is the cache for 304s)."""
        state = self.states.get(url)
        where = state and state.capture_id and fetch_state.stored_payload(self.con, state.capture_id)
        if not where:
            return None
        try:
            stored = read_record(self.archive_dir / where[0], where[1])
        except (OSError, ValueError):
            return None
        return stored.body, stored.charset

    # -- parsing and loading ----------------------------------------------------------
    def parse_release(self, fetched: Fetched) -> None:
        ex = fetched.exchange
        item = to_sighting(ex.url, fetched.body or b"", charset=fetched.charset, seen_at=ex.fetched_at,
                           last_modified=ex.header("last-modified"),
                           capture_id=fetched.capture.capture_id, truncated=ex.truncated)
        self.release_pages += 1
        if not hasattr(item, "release"):
            self.release_rejected += 1
        self.known.add(identity_key(fetched.url))
        self._items.append(item)

    def flush(self) -> None:
        """Finish the open archive file, then write everything it backs to the warehouse."""
        from warehouse.load import Rejection, load

        finished = {r.capture_id for r in self.writer.finish_file()}
        records = [r for r in self._records if r.capture_id in finished]
        self._records = [r for r in self._records if r.capture_id not in finished]
        rejections = [x for x in self._items if isinstance(x, Rejection)]
        sightings = [x for x in self._items if not isinstance(x, Rejection)]
        if sightings or rejections:
            result = load(self.con, sightings, rejections, run_id=self.summary.run_id)
            self.summary.add_load(result, rejections)
        # Releases first (the load is its own transaction), then the fetch bookkeeping as
        # one: if the second fails, the pages are loaded and `reparse` rebuilds the index
        # from the archive; the other order could mark a page as seen that never loaded.
        self.con.begin()
        try:
            fetch_state.record_captures(self.con, (
                {**r.__dict__, "run_id": self.summary.run_id, "role": self._roles.get(r.capture_id)}
                for r in records))
            fetch_state.update_url_state(self.con, self._state_rows)
            fetch_state.record_failures(self.con, self._failures)
            fetch_state.clear_failures(self.con, self._ok - {f["url"] for f in self._failures})
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        self._state_rows, self._failures, self._ok, self._items = [], [], set(), []
        self.states = fetch_state.url_states(self.con)


def _ref_record(ref, digest: str) -> ArchivedRecord:
    return ArchivedRecord(capture_id=ref.capture_id, url=ref.url, fetched_at=ref.fetched_at, status=200,
                          record_type="response", payload_digest=digest, content_type="",
                          warc_file=ref.warc_file, offset=ref.offset, length=0, etag=None,
                          last_modified=None, truncated=None, refers_to=None)


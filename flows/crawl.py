"""The incremental crawl: walk section listings newest first, fetch what is new, load it.

Incremental (no window): a listing page that has not changed since the last run
(304, or the same payload digest) ends the section's walk; a changed page re-checks
its known releases with conditional GETs (that is how edits are caught) and the walk
stops at the first page whose releases were all known. A section whose last walk was
cut short (failure, --max-pages) is walked past known pages until it connects.
Window (--since/--until): listing pages are walked until they are older than
`since`; releases inside the window are fetched unless archived (or `refetch`).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from flows.archive import ArchiveWriter
from flows.config import Settings
from flows.fetch_session import Fetched, FetchSession
from flows.http import SITE_HOSTS, FetchClient, FetchOptions, utcnow
from flows.listing import DEFAULT_SECTIONS, _RELEASE_RE, listing_url, release_links, section_url
from flows.summary import Summary, new_run_id
from parsers.identity import identity_key

MIN_PAGES_FOR_PARSE_ALARM = 5


class CrawlFailed(RuntimeError):
    """The site layout probably changed; what was fetched is archived and loaded."""

    def __init__(self, message: str, summary: Summary):
        super().__init__(message)
        self.summary = summary


class _Walk:
    def __init__(self, session: FetchSession, base_url: str, since: date | None, until: date | None,
                 max_pages: int | None, refetch: bool, rotate):
        self.s, self.base = session, base_url
        self.since, self.until, self.max_pages, self.refetch = since, until, max_pages, refetch
        self.incremental = since is None and until is None
        # --refetch walks every page: it asks for everything again, so nothing may stop it early.
        self.stop_early = self.incremental and not refetch
        self.rotate = rotate
        self.problems: list[str] = []

    def in_window(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def release(self, url: str, recheck: bool = False) -> None:
        key = identity_key(url)
        if url in self.s.requested or (key in self.s.known and not (recheck or self.refetch)):
            return  # once per run: a retried failure may also be listed
        fetched = self.s.fetch(url, "release", conditional=not self.refetch)
        if fetched.body is not None and fetched.status == 200:
            self.s.parse_release(fetched)
        elif fetched.status is not None and fetched.status not in (200, 304):
            self.s.fail(url, f"http_{fetched.status}: release page answered {fetched.status}", 1)
        self.rotate()

    def listing_html(self, fetched: Fetched) -> str | None:
        from parsers.decode import decode_bytes

        body, charset = fetched.body, fetched.charset
        if body is None:
            stored = self.s.archived_body(fetched.url)
            if stored is None:  # archive copy gone: ask again without validators
                again = self.s.fetch(fetched.url, "listing", conditional=False)
                if again.body is None:
                    return None
                body, charset = again.body, again.charset
            else:
                body, charset = stored
        try:
            return decode_bytes(body, charset)
        except Exception as exc:  # noqa: BLE001 — reported as a layout problem below
            self.problems.append(f"{fetched.url}: listing page unreadable ({exc})")
            return None

    def section(self, section: str) -> None:
        from warehouse import fetch_state

        folder = section_url(self.base, section)
        key = urlsplit(folder).path
        connected = fetch_state.section_complete(self.s.con, key)
        page, complete, newest, newest_id = 0, False, None, None
        while self.max_pages is None or page < self.max_pages:
            url = listing_url(folder, page)
            fetched = self.s.fetch(url, "listing")
            if fetched.status in (404, 410):
                if page == 0:
                    self.s.fail(url, f"http_{fetched.status}: section listing not found", 1)
                complete = page > 0  # past the last page: the walk reached the end
                break
            if fetched.status is None:
                break
            if fetched.unchanged and self.stop_early and connected:
                complete = True  # nothing changed at the top of the section
                break
            html = self.listing_html(fetched)
            links = release_links(html, url, self.base) if html is not None else []
            if not links:
                self.problems.append(f"{url}: listing page has no release links")
                break
            newest = max([d for d in (newest, *(l.published for l in links)) if d], default=None)
            newest_id = max(newest_id or 0, *(l.doc_id for l in links))
            all_known = all(identity_key(l.url) in self.s.known for l in links)
            for link in links:
                if self.in_window(link.published):
                    # A changed listing may reflect an edited release: re-check known ones.
                    self.release(link.url, recheck=self.incremental and not fetched.unchanged)
            page += 1
            if self.stop_early and connected and all_known:
                complete = True
                break
            if self.since and all(l.published and l.published < self.since for l in links):
                complete = True
                break
        fetch_state.save_section(self.s.con, key, newest_published=newest, newest_doc_id=newest_id,
                                 walk_complete=complete if self.incremental else connected,
                                 pages_walked=page, walked_at=utcnow())

    def retry_failures(self) -> None:
        """Release URLs of the crawled host that failed in earlier runs are tried again first."""
        from warehouse import fetch_state

        for url in fetch_state.failed_urls(self.s.con):
            if urlsplit(url).netloc != urlsplit(self.base).netloc:
                continue
            m = _RELEASE_RE.search(urlsplit(url).path)
            if m and self.in_window(_day(*m.groups()[:3])):
                self.release(url)


def _day(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def allowed_hosts(base_url: str) -> set[str]:
    """The site's hosts when crawling the site; only the mirror's host when crawling a mirror."""
    host = (urlsplit(base_url).hostname or "").lower()
    return set(SITE_HOSTS) if host in SITE_HOSTS else {host}


def run_fetch(settings: Settings, since: date | None = None, until: date | None = None,
              sections: list[str] | None = None, max_pages: int | None = None, refetch: bool = False,
              base_url: str | None = None, *, options: FetchOptions | None = None) -> Summary:
    """Crawl the site (or `base_url`) into the archive and the warehouse; see the module doc.

    Raises CrawlFailed after everything fetched is archived and loaded when a listing
    page has no release links or most release pages of the run failed to parse.
    """
    from warehouse import fetch_state, post_write
    from warehouse.db import connect

    base = base_url or settings.base_url
    options = options or FetchOptions.from_settings(settings)
    summary = Summary(run_id=new_run_id("fetch"), mode="fetch", started_at=utcnow(),
                      db_path=str(settings.db_path))
    settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    hosts = allowed_hosts(base)
    con = connect(settings.db_path)
    try:
        fetch_state.ensure_schema(con)
        writer = ArchiveWriter(Path(settings.archive_dir), summary.run_id, options.warc_max_bytes,
                               info={"operator-agent": options.user_agent, "base-url": base})
        with FetchClient(options, hosts) as client:
            session = FetchSession(con, client, writer, summary, Path(settings.archive_dir),
                                   options.max_bytes)

            def rotate() -> None:
                if writer.needs_rotation:
                    session.flush()

            walk = _Walk(session, base, since, until, max_pages, refetch, rotate)
            try:
                walk.retry_failures()
                for section in sections or DEFAULT_SECTIONS:
                    walk.section(section)
            finally:
                session.flush()
            summary.inputs = len(session.requested)
        summary.finished_at = utcnow()
        _record_run(con, summary)
        summary.checks = list(post_write.refresh(con) or [])
    finally:
        con.close()
    post_write.publish_snapshot(settings.db_path)
    problems = list(walk.problems)
    if session.release_pages >= MIN_PAGES_FOR_PARSE_ALARM and \
            session.release_rejected * 2 > session.release_pages:
        problems.append(f"{session.release_rejected} of {session.release_pages} release pages failed to parse")
    if problems:
        raise CrawlFailed("the site layout may have changed: " + "; ".join(problems), summary)
    return summary


def _record_run(con, summary: Summary) -> None:
    from warehouse.load import RunRecord, record_run

    record_run(con, RunRecord(
        run_id=summary.run_id, started_at=summary.started_at, finished_at=summary.finished_at,
        mode=summary.mode, files_or_urls=summary.inputs, new=summary.new, updated=summary.updated,
        duplicates=summary.duplicates, quarantined=summary.n_quarantined, events=summary.events))

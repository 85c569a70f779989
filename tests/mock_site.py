"""A mock of the site on 127.0.0.1: listings, releases, robots.txt, switchable faults.

Content comes from `bench.synthetic` (our own wording) or from pages given directly.
Listings are `index.html`, `index_1.html`, ... newest first; their links mix both
hosts' absolute URLs and relative links, as a crawl must cope with both. Every
request is logged so tests count exactly what a crawl asked for.

Faults are queued per path: `site.fault(path, "500", "500")` makes the next two
requests of that path fail, after which it is served normally again.
"""
from __future__ import annotations

import email.utils
import gzip
import hashlib
import html
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.synthetic import SyntheticRelease


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    modified: float = 1700000000.0       # Last-Modified (epoch seconds)

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class Request:
    path: str
    headers: dict
    status: int = 0


@dataclass
class MockSite:
    page_size: int = 5
    crawl_delay: float | None = None
    conditional: bool = True              # answer If-None-Match / If-Modified-Since with 304
    pages: dict = field(default_factory=dict)       # path -> Page (releases and extra pages)
    sections: dict = field(default_factory=dict)    # section path -> [(path, title, published)]
    faults: dict = field(default_factory=dict)      # path -> [fault, ...]
    log: list = field(default_factory=list)
    disallow: list = field(default_factory=lambda: ["/private/"])   # robots.txt Disallow lines
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- content ----------------------------------------------------------------------
    def add_release(self, section: str, rel: SyntheticRelease, *, body: bytes | None = None,
                    content_type: str = "text/html; charset=utf-8") -> str:
        path = f"{section}{rel.published:%Y%m}/{rel.stem}.html"
        self.pages[path] = Page(body if body is not None else rel.html().encode("utf-8"), content_type)
        self.sections.setdefault(section, []).append((path, rel.title, rel.published))
        self.sections[section].sort(key=lambda item: (item[2], item[0]), reverse=True)
        return path

    def edit(self, path: str, body: bytes, title: str | None = None) -> None:
        """Re-publish a page; a new title also shows on the listing (as on the site)."""
        old = self.pages[path]
        self.pages[path] = Page(body, old.content_type, old.modified + 86400)
        if title is not None:
            for items in self.sections.values():
                for i, (p, _t, d) in enumerate(items):
                    if p == path:
                        items[i] = (p, title, d)

    def listing(self, section: str, page: int) -> bytes | None:
        items = self.sections.get(section, [])
        chunk = items[page * self.page_size:(page + 1) * self.page_size]
        if not chunk and page > 0:
            return None
        lis = []
        for n, (path, title, day) in enumerate(chunk):
            # Alternate absolute links on the two hosts and relative links.
            href = {0: f"http://www.idcpc.gov.cn{path}", 1: f"https://www.idcpc.org.cn{path}"}.get(
                n % 3, "./" + path[len(section):])
            lis.append(f'<li><a href="{href}">{html.escape(title)}</a><span>{day:%Y-%m-%d}</span></li>')
        pages = (len(items) + self.page_size - 1) // self.page_size
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>News</title></head><body>"
                f'<ul class="list">{"".join(lis)}</ul>'
                f"<script>createPageHTML({pages}, {page}, \"index\", \"html\");</script>"
                "</body></html>").encode("utf-8")

    def resolve(self, path: str) -> Page | None:
        if path == "/robots.txt":
            lines = ["User-agent: *"] + [f"Disallow: {p}" for p in self.disallow]
            if self.crawl_delay is not None:
                lines.append(f"Crawl-delay: {self.crawl_delay}")
            return Page(("\n".join(lines) + "\n").encode(), "text/plain")
        if path in self.pages:
            return self.pages[path]
        folder, _, name = path.rpartition("/")
        folder += "/"
        if folder in self.sections and (name == "index.html" or
                                        (name.startswith("index_") and name.endswith(".html"))):
            n = 0 if name == "index.html" else int(name[6:-5] or -1)
            body = self.listing(folder, n)
            if body is not None:
                newest = max((self.pages[p].modified for p, _, _ in self.sections[folder]), default=0)
                return Page(body, modified=newest)
        return None

    # -- faults and log ---------------------------------------------------------------
    def fault(self, path: str, *kinds) -> None:
        with self._lock:
            self.faults.setdefault(path, []).extend(kinds)

    def _next_fault(self, path: str):
        with self._lock:
            queue = self.faults.get(path)
            return queue.pop(0) if queue else None

    def requests(self, prefix: str = "") -> list[str]:
        return [r.path for r in self.log if r.path.startswith(prefix)]

    def clear_log(self) -> None:
        self.log.clear()

    # -- server -----------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self) -> "MockSite":
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as two writes

            def log_message(self, *args):  # quiet test output
                pass

            def do_GET(self):
                site._serve(self)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):  # resets are deliberate faults
                pass

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "MockSite":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?")[0]
        entry = Request(path, dict(h.headers.items()))
        self.log.append(entry)
        fault = self._next_fault(path)
        page = self.resolve(path)
        if fault:
            kind, _, arg = fault.partition(":")
            if kind in ("500", "503", "404"):
                return self._send(h, entry, int(kind), b"error\n", "text/plain")
            if kind == "429":  # arg: seconds, or "date" for an HTTP-date one second ahead
                value = email.utils.formatdate(time.time() + 1, usegmt=True) if arg == "date" else (arg or "1")
                return self._send(h, entry, 429, b"slow down\n", "text/plain", {"Retry-After": value})
            if kind == "slow":
                time.sleep(float(arg or 1))
            elif kind == "reset":
                entry.status = -1
                h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                h.close_connection = True
                h.connection.close()
                return
            elif kind == "truncate" and page:
                entry.status = 200
                h.send_response(200)
                h.send_header("Content-Type", page.content_type)
                h.send_header("Content-Length", str(len(page.body)))
                h.end_headers()
                h.wfile.write(page.body[: len(page.body) // 2])
                h.wfile.flush()
                h.close_connection = True
                return
            elif kind == "oversize":
                return self._send(h, entry, 200, b"<html><body>" + b"x" * int(arg or 6_000_000), "text/html")
            elif kind == "redirect":
                return self._send(h, entry, 302, b"", "text/plain", {"Location": arg or "http://example.com/"})
            elif kind == "charset" and page:  # bytes in `arg`, header still claiming UTF-8
                body = page.body.decode("utf-8").encode(arg or "gb18030")
                return self._send(h, entry, 200, body, "text/html; charset=utf-8")
            elif kind == "gzip" and page:
                return self._send(h, entry, 200, gzip.compress(page.body), page.content_type,
                                  {"Content-Encoding": "gzip"})
            elif kind == "pdf" and page:
                return self._send(h, entry, 200, b"%PDF-1.4\n", "application/pdf")
        if page is None:
            return self._send(h, entry, 404, b"not found\n", "text/plain")
        last_modified = email.utils.formatdate(page.modified, usegmt=True)
        if self.conditional and (h.headers.get("If-None-Match") == page.etag or
                                 (h.headers.get("If-Modified-Since") == last_modified
                                  and not h.headers.get("If-None-Match"))):
            return self._send(h, entry, 304, b"", None, {"ETag": page.etag})
        extra = {"Last-Modified": last_modified}
        if self.conditional:
            extra["ETag"] = page.etag
        self._send(h, entry, 200, page.body, page.content_type, extra)

    @staticmethod
    def _send(h, entry: Request, status: int, body: bytes, ctype: str | None, extra: dict | None = None):
        entry.status = status
        h.send_response(status)
        if ctype:
            h.send_header("Content-Type", ctype)
        for k, v in (extra or {}).items():
            h.send_header(k, v)
        if status != 304:
            h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if status != 304:
            h.wfile.write(body)


def build_site(n: int, sections=("/english2023/bzhd/", "/english/news/"), *, seed: int = 1,
               page_size: int = 5, first: int = 0) -> tuple[MockSite, dict]:
    """A site of n synthetic releases spread over the sections; returns (site, {doc_id: path})."""
    from bench.synthetic import releases

    site = MockSite(page_size=page_size)
    paths = {}
    for i, rel in enumerate(releases(n, seed=seed, first=first)):
        paths[rel.doc_id] = site.add_release(sections[i % len(sections)], rel)
    return site, paths

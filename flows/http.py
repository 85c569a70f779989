"""The polite HTTP client of the crawl: one connection per host, delays, retries, guards.

Every request the crawl makes goes through `FetchClient.fetch`, which returns the
exchanges it saw (redirect hops included) so the archive can store each of them.
A URL that keeps failing comes back as a `FetchResult` with `error` set rather than
an exception: one bad URL must never stop a run.
"""
from __future__ import annotations

import email.utils
import os
import random
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import httpx

SITE_HOSTS = frozenset({"www.idcpc.org.cn", "idcpc.org.cn", "www.idcpc.gov.cn", "idcpc.gov.cn"})
ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchOptions:
    """Knobs of the client; `from_settings` maps the run settings onto them."""
    user_agent: str
    delay: float = 1.0               # seconds between two requests to one host
    timeout: float = 30.0            # connect/read timeout, also the cap on one body's download
    max_tries: int = 3               # attempts per URL before it is recorded as failed
    backoff_base: float = 1.0        # first retry waits about this long, then doubles
    backoff_cap: float = 60.0        # no single wait is longer, Retry-After included
    max_bytes: int = 5 * 1024 * 1024  # streamed body cap: the rest is not read, the record is marked truncated
    # Archive file rotation size. Parsed pages wait in memory until their file is durable,
    # so this also bounds memory and what a crash can lose.
    warc_max_bytes: int = 100 * 1024 * 1024

    # Knobs beyond the shared Settings, read from the environment like the others.
    ENV = {"backoff_base": ("LIAISON_BACKOFF_BASE", float), "backoff_cap": ("LIAISON_BACKOFF_CAP", float),
           "max_bytes": ("LIAISON_MAX_RESPONSE_BYTES", int), "warc_max_bytes": ("LIAISON_WARC_MAX_BYTES", int)}

    @classmethod
    def from_settings(cls, settings, env: dict | None = None, **overrides) -> "FetchOptions":
        env = os.environ if env is None else env
        values = dict(user_agent=settings.user_agent, delay=settings.request_delay,
                      timeout=settings.request_timeout, max_tries=max(1, settings.max_retries))
        for name, (var, kind) in cls.ENV.items():
            raw = (env.get(var) or "").strip()
            if raw:
                try:
                    values[name] = kind(raw)
                except ValueError:
                    raise ValueError(f"{var}={raw!r} is not a number") from None
        values.update(overrides)
        return cls(**values)


class HeaderView:
    """Read access to a `headers` list of (name, value) pairs, shared by live and archived responses."""
    headers: list

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def content_type(self) -> str:
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in (self.header("content-type") or "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip("\"'") or None
        return None


@dataclass
class Exchange(HeaderView):
    """One request and the response to it, as sent and received."""
    url: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    http_version: str
    headers: list[tuple[str, str]]   # as received, minus Transfer-Encoding (the body is de-chunked)
    body: bytes                      # raw payload as received (still content-encoded)
    fetched_at: datetime             # naive UTC
    truncated: str | None = None     # WARC-Truncated value ("length", "time") when cut short


    def decoded_body(self, limit: int) -> bytes:
        """The payload with any Content-Encoding undone, never longer than `limit`."""
        encoding = (self.header("content-encoding") or "identity").strip().lower()
        if encoding in ("identity", ""):
            return self.body
        if encoding in ("gzip", "x-gzip", "deflate"):
            wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
            try:
                return zlib.decompressobj(wbits).decompress(self.body, limit)
            except zlib.error as exc:
                raise FetchError("bad_encoding", f"{encoding} body does not decompress: {exc}") from None
        raise FetchError("bad_encoding", f"unsupported Content-Encoding {encoding!r}")


@dataclass
class FetchResult:
    url: str                                    # as requested
    exchanges: list[Exchange] = field(default_factory=list)  # every response received, last = final
    attempts: int = 0
    error: str | None = None                    # "reason: message" when the URL was given up

    @property
    def final(self) -> Exchange | None:
        return self.exchanges[-1] if self.exchanges and self.error is None else None


class FetchError(Exception):
    def __init__(self, reason: str, message: str, retry: bool = False, wait: float | None = None):
        super().__init__(message)
        self.reason, self.retry, self.wait = reason, retry, wait

    def __str__(self) -> str:
        return f"{self.reason}: {self.args[0]}"


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def http_date(value: str | None) -> datetime | None:
    """An HTTP-date (Last-Modified, Retry-After) as naive UTC; None when absent or unreadable."""
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return when.astimezone(timezone.utc).replace(tzinfo=None) if when.tzinfo else when


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds from now: either delta-seconds or an HTTP-date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = http_date(value)
    if when is None:
        return None
    return max(0.0, when.replace(tzinfo=timezone.utc).timestamp() - (time.time() if now is None else now))


class FetchClient:
    """Sequential, polite fetching. `allowed_hosts` bounds redirects and requests."""

    def __init__(self, options: FetchOptions, allowed_hosts: set[str], *, sleep=time.sleep,
                 rng: random.Random | None = None):
        self.options = options
        self.allowed_hosts = {h.lower() for h in allowed_hosts}
        self.host_delay: dict[str, float] = {}   # robots Crawl-delay per host, when larger
        self._last: dict[str, float] = {}
        self._clients: dict[str, httpx.Client] = {}
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.requests = 0

    def close(self) -> None:
        for client in self._clients.values():
            client.close()
        self._clients.clear()

    def __enter__(self) -> "FetchClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _client(self, netloc: str) -> httpx.Client:
        # One client per host with a single connection: the site sees one visitor, not a swarm.
        if netloc not in self._clients:
            self._clients[netloc] = httpx.Client(
                timeout=httpx.Timeout(self.options.timeout),
                limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
                follow_redirects=False,
                headers={"User-Agent": self.options.user_agent, "Accept-Encoding": "gzip, deflate",
                         "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"},
            )
        return self._clients[netloc]

    def _wait_turn(self, netloc: str) -> None:
        delay = max(self.options.delay, self.host_delay.get(netloc, 0.0))
        last = self._last.get(netloc)
        if last is not None and delay > 0:
            pause = last + delay - time.monotonic()
            if pause > 0:
                self._sleep(pause)

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Exponential backoff with full jitter on top; Retry-After wins when larger; capped."""
        base = self.options.backoff_base * (2 ** (attempt - 1))
        wait = base + self._rng.uniform(0, self.options.backoff_base)
        if retry_after is not None:
            wait = max(wait, retry_after)
        return min(wait, self.options.backoff_cap)

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        result = FetchResult(url=url)
        for attempt in range(1, self.options.max_tries + 1):
            result.attempts = attempt
            try:
                self._fetch_once(url, result, etag, last_modified)
                result.error = None
                return result
            except FetchError as exc:
                result.error = str(exc)
                if not exc.retry or attempt == self.options.max_tries:
                    return result
                self._sleep(self.backoff(attempt, exc.wait))
        return result

    def _fetch_once(self, url: str, result: FetchResult, etag, last_modified) -> None:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() not in self.allowed_hosts:
                raise FetchError("offsite", f"{current} is outside the allowed hosts")
            headers = {}
            if current == url and etag:
                headers["If-None-Match"] = etag
            if current == url and last_modified:
                headers["If-Modified-Since"] = last_modified
            exchange = self._request(parts.netloc, current, headers)
            result.exchanges.append(exchange)
            if exchange.status in (301, 302, 303, 307, 308) and exchange.header("location"):
                current = urljoin(current, exchange.header("location"))
                continue
            if exchange.status in RETRY_STATUSES:
                raise FetchError(f"http_{exchange.status}", f"{exchange.status} {exchange.reason} from {current}",
                                 retry=True, wait=retry_after_seconds(exchange.header("retry-after")))
            if exchange.status in (200, 304, 404, 410):
                return
            raise FetchError(f"http_{exchange.status}", f"{exchange.status} {exchange.reason} from {current}")
        raise FetchError("redirect_loop", f"more than {MAX_REDIRECTS} redirects from {url}")

    def _request(self, netloc: str, url: str, extra: dict) -> Exchange:
        self._wait_turn(netloc)
        client = self._client(netloc)
        request = client.build_request("GET", url, headers=extra)
        self.requests += 1
        fetched_at = utcnow()
        started = time.monotonic()
        try:
            response = client.send(request, stream=True)
            try:
                body, truncated = self._read_body(response, started)
                headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw
                           if k.lower() != b"transfer-encoding"]
                return Exchange(
                    url=url, request_headers=[(k.decode("latin-1"), v.decode("latin-1"))
                                              for k, v in request.headers.raw],
                    status=response.status_code, reason=response.reason_phrase or "",
                    http_version=response.http_version or "HTTP/1.1", headers=headers,
                    body=body, fetched_at=fetched_at, truncated=truncated)
            finally:
                response.close()
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", f"{type(exc).__name__} after {self.options.timeout}s on {url}",
                             retry=True) from None
        except httpx.TransportError as exc:
            raise FetchError("network", f"{type(exc).__name__}: {exc or 'connection failed'} on {url}",
                             retry=True) from None
        finally:
            self._last[netloc] = time.monotonic()

    def _read_body(self, response: httpx.Response, started: float) -> tuple[bytes, str | None]:
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if response.status_code == 200 and ctype and ctype not in ALLOWED_TYPES:
            # Not read at all: a PDF or image is not a release and may be large.
            raise FetchError("content_type", f"{ctype} is not an accepted content type at {response.url}")
        cap, chunks, size = self.options.max_bytes, [], 0
        for chunk in response.iter_raw():
            chunks.append(chunk)
            size += len(chunk)
            if size > cap:
                return b"".join(chunks)[:cap], "length"
            # A server dribbling bytes never trips the read timeout; bound the whole body.
            if time.monotonic() - started > self.options.timeout:
                raise FetchError("timeout", f"body of {response.url} still arriving after {self.options.timeout}s",
                                 retry=True)
        return b"".join(chunks), None

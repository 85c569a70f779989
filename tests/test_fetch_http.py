"""The HTTP client against the mock site: retries, Retry-After, guards, conditional GET, robots."""
from __future__ import annotations

import email.utils
import time

import pytest

from flows.http import FetchClient, FetchOptions, retry_after_seconds
from flows.robots import Robots, parse_robots
from tests.mock_site import MockSite, Page

PATH = "/english2023/bzhd/202105/t20210531_160418.html"
BODY = b"<html><body><h1>Title</h1><p>Text of the page.</p></body></html>"


@pytest.fixture
def site():
    with MockSite() as s:
        s.pages[PATH] = Page(BODY)
        yield s


def client(site, sleeps=None, **kw) -> FetchClient:
    opts = dict(user_agent="liaison-test/1 (contact: test@example.org)", delay=0, timeout=1.0,
                max_tries=3, backoff_base=0.001, backoff_cap=5.0)
    opts.update(kw)
    sleep = (lambda s: sleeps.append(s)) if sleeps is not None else (lambda s: None)
    return FetchClient(FetchOptions(**opts), {"127.0.0.1"}, sleep=sleep)


@pytest.mark.parametrize("faults, requests, ok", [
    ((), 1, True),
    (("500",), 2, True),
    (("503", "500"), 3, True),
    (("500", "500", "500"), 3, False),   # gives up after max_tries
    (("429:0",), 2, True),
    (("reset",), 2, True),
    (("truncate",), 2, True),            # a body shorter than Content-Length is a network error
    (("slow:1.5",), 2, True),            # past the 1 s read timeout
    (("404",), 1, False),                # not retried
    (("pdf",), 1, False),                # content type not allowed, not retried
])
def test_faults_are_retried_only_when_transient(site, faults, requests, ok):
    site.fault(PATH, *faults)
    with client(site) as c:
        result = c.fetch(site.base_url.rstrip("/") + PATH)
    assert len(site.requests(PATH)) == requests
    got = result.final is not None and result.final.status == 200 and result.final.body == BODY
    assert got is ok, result.error


def test_retry_after_seconds_and_http_date_are_honoured_and_capped(site):
    site.fault(PATH, "429:4", "429:date", "429:9999")
    sleeps: list[float] = []
    with client(site, sleeps, max_tries=4) as c:
        result = c.fetch(site.base_url.rstrip("/") + PATH)
    assert result.final.status == 200
    assert 4 <= sleeps[0] < 5               # seconds form
    assert 0 < sleeps[1] <= 2.5                # HTTP-date about one second ahead
    assert sleeps[2] == 5.0                    # capped by backoff_cap


def test_retry_after_parsing():
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert retry_after_seconds("12") == 12
    assert 28 <= retry_after_seconds(date, now=now) <= 31
    assert retry_after_seconds("soon") is None


def test_backoff_grows_exponentially_with_jitter(site):
    with client(site, backoff_base=1.0, backoff_cap=100) as c:
        waits = [c.backoff(n) for n in (1, 2, 3, 4)]
    for n, w in enumerate(waits, start=1):
        assert 2 ** (n - 1) <= w <= 2 ** (n - 1) + 1


def test_oversize_body_is_cut_at_the_cap_and_marked(site):
    site.fault(PATH, "oversize:300000")
    with client(site, max_bytes=100_000) as c:
        ex = c.fetch(site.base_url.rstrip("/") + PATH).final
    assert len(ex.body) == 100_000 and ex.truncated == "length"


@pytest.mark.parametrize("location, ok", [
    ("http://example.com/elsewhere.html", False),
    ("{base}english2023/bzhd/202105/t20210531_160418.html", True),
])
def test_redirects_only_within_allowed_hosts(site, location, ok):
    other = "/english/news/202105/t20210531_160418.html"
    site.fault(other, "redirect:" + location.format(base=site.base_url))
    with client(site) as c:
        result = c.fetch(site.base_url.rstrip("/") + other)
    assert (result.final is not None) is ok
    if not ok:
        assert result.error.startswith("offsite")
        assert site.requests("/elsewhere") == []


def test_conditional_get_gives_304(site):
    url = site.base_url.rstrip("/") + PATH
    with client(site) as c:
        first = c.fetch(url).final
        second = c.fetch(url, etag=first.header("etag"), last_modified=first.header("last-modified")).final
    assert first.status == 200 and second.status == 304 and second.body == b""
    assert site.log[-1].headers.get("If-None-Match") == first.header("etag")


def test_user_agent_is_sent(site):
    with client(site) as c:
        c.fetch(site.base_url.rstrip("/") + PATH)
    assert site.log[-1].headers["User-Agent"].startswith("liaison-test/1 (contact:")


def test_robots_crawl_delay_sets_the_pause_between_requests(site):
    site.crawl_delay = 3
    sleeps: list[float] = []
    with client(site, sleeps) as c:
        robots = Robots(c)
        url = site.base_url.rstrip("/") + PATH
        assert robots.allowed(url)
        assert not robots.allowed(site.base_url + "private/x.html")
        c.fetch(url)
        c.fetch(url)
    assert sleeps and all(2.5 < s <= 3 for s in sleeps)


@pytest.mark.parametrize("text, url, allowed, delay", [
    ("", "/a.html", True, 0),
    ("User-agent: *\nDisallow: /\n", "/a.html", False, 0),
    ("User-agent: liaison\nDisallow: /x/\nCrawl-delay: 5\n", "/x/a.html", False, 5),
    ("User-agent: other\nDisallow: /\n", "/a.html", True, 0),
])
def test_robots_rules(text, url, allowed, delay):
    rules = parse_robots(text, "liaison/0.1 (research)")
    assert rules.allows("liaison/0.1 (research)", "http://h" + url) is allowed
    assert rules.crawl_delay == delay


def test_missing_robots_allows_all_and_unreachable_forbids(site):
    with client(site) as c:
        assert Robots(c).allowed(site.base_url + "anything.html")   # mock serves robots; now remove it
    site.fault("/robots.txt", "404")
    with client(site) as c:
        assert Robots(c).allowed(site.base_url + "private/x.html")
    site.fault("/robots.txt", "500", "500", "500")
    with client(site) as c:
        assert not Robots(c).allowed(site.base_url + "anything.html")


def test_gzip_body_is_kept_raw_for_the_archive_and_decoded_for_parsing(site, tmp_path):
    from flows.archive import ArchiveWriter, read_record

    site.fault(PATH, "gzip")
    with client(site) as c:
        ex = c.fetch(site.base_url.rstrip("/") + PATH).final
    assert ex.body != BODY and ex.decoded_body(10**6) == BODY
    writer = ArchiveWriter(tmp_path, "gz", max_bytes=10**9)
    rec = writer.write(ex)
    writer.finish_file()
    assert read_record(tmp_path / rec.warc_file, rec.offset).body == BODY

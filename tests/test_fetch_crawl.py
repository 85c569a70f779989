"""The crawl against the mock site: first crawl, no-op re-crawl, edits, faults, windows."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

# The core pipeline (parser, warehouse loader) is a separate feature: without it there is
# nothing to load into, so these end-to-end tests wait for it rather than fail.
for _core in ("warehouse.db", "warehouse.load", "parsers.release"):
    pytest.importorskip(_core)

from flows.config import Settings
from flows.crawl import CrawlFailed, run_fetch
from flows.http import FetchOptions
from tests.mock_site import build_site

SECTIONS = ["/english2023/bzhd/", "/english/news/"]


@pytest.fixture
def site():
    s, paths = build_site(12, SECTIONS, page_size=3)
    s.paths = paths
    with s:
        yield s


@pytest.fixture
def settings(tmp_path, site):
    return Settings(db_path=tmp_path / "w.duckdb", archive_dir=tmp_path / "archive", base_url=site.base_url,
                    user_agent="liaison-test/1 (contact: test@example.org)", request_delay=0,
                    request_timeout=1.0, max_retries=3)


def crawl(settings, **kw):
    options = FetchOptions.from_settings(settings, backoff_base=0.001, backoff_cap=0.01)
    return run_fetch(settings, sections=SECTIONS, options=options, **kw)


def query(settings, sql):
    from warehouse.db import connect

    con = connect(settings.db_path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_first_crawl_loads_everything_then_a_noop_crawl_asks_only_the_top(site, settings):
    first = crawl(settings)
    assert (first.new, first.failed, first.n_quarantined) == (12, 0, 0)
    assert sorted(set(site.requests("/english"))) == sorted(
        set(site.paths.values()) | {f"{s}index{x}.html" for s in SECTIONS for x in ("", "_1", "_2")})  # _2 answers 404: the end
    assert query(settings, "SELECT count(*) FROM captures WHERE role = 'release'") == [(12,)]

    site.clear_log()
    second = crawl(settings)
    assert site.requests() == ["/robots.txt"] + [f"{s}index.html" for s in SECTIONS]
    assert [r.status for r in site.log] == [200, 304, 304]
    assert (second.new, second.not_modified, second.fetched) == (0, 2, 0)


def test_new_release_is_fetched_alone_and_edits_are_caught(site, settings):
    from bench.synthetic import releases

    crawl(settings)
    [extra] = releases(1, seed=1, first=40)
    new_path = site.add_release(SECTIONS[0], extra)
    edited, old_title, _ = site.sections[SECTIONS[1]][0]
    body = site.pages[edited].body.replace(old_title.encode(), b"Edited title")
    site.edit(edited, body.replace(b"</p>", b" It was a good visit.</p>", 1), title="Edited title")
    site.clear_log()
    summary = crawl(settings)
    assert (summary.new, summary.updated) == (1, 1)
    fetched_releases = [p for p in site.requests("/english") if "index" not in p]
    assert new_path in fetched_releases and edited in fetched_releases
    assert fetched_releases.count(new_path) == 1
    assert query(settings, "SELECT count(*) FROM releases WHERE title = 'Edited title'") == [(1,)]


def test_faults_are_survived_recorded_then_healed(site, settings):
    broken = site.paths[100005]
    site.fault(broken, "500", "500", "500")
    site.fault(site.paths[100003], "429:0", "reset")
    site.fault(site.paths[100001], "truncate")
    summary = crawl(settings)
    assert (summary.new, summary.failed) == (11, 1)
    [(url, attempts, error)] = query(settings, "SELECT url, attempts, last_error FROM fetch_failures")
    assert url.endswith(broken) and attempts == 3 and error.startswith("http_500")

    site.clear_log()
    healed = crawl(settings)
    assert (healed.new, healed.failed) == (1, 0)
    assert broken in site.requests()
    assert query(settings, "SELECT count(*) FROM fetch_failures") == [(0,)]


@pytest.mark.parametrize("fault, reason", [
    ("oversize:6000000", "truncated"),
    ("pdf", None),
])
def test_bad_pages_are_recorded_not_dropped(site, settings, fault, reason):
    site.fault(site.paths[100002], fault)
    summary = crawl(settings)
    if reason:
        assert [r.split(":")[0] for _, r in summary.quarantined] == [reason]
    else:
        assert query(settings, "SELECT last_error FROM fetch_failures")[0][0].startswith("content_type")
    assert summary.new == 11


@pytest.mark.parametrize("encoding", ["gb18030", "cp1252"])
def test_wrong_declared_charset_still_decodes(site, settings, encoding):
    path = next(p for p in site.paths.values() if "\u2014".encode() in site.pages[p].body)
    site.fault(path, f"charset:{encoding}")
    crawl(settings)
    [(body,)] = query(settings, "SELECT r.body_text FROM releases r JOIN release_sources s USING (release_id) "
                                f"WHERE s.url LIKE '%{path}'")
    assert "\u2014" in body and "\u00e2\u20ac" not in body   # the em dash survives, no mojibake


def test_listing_without_release_links_fails_the_run_after_archiving(site, settings):
    site.sections[SECTIONS[1]] = []
    site.pages[f"{SECTIONS[1]}index.html"] = type(site.pages[site.paths[100000]])(b"<html><body>Moved</body></html>")
    with pytest.raises(CrawlFailed, match="no release links") as exc:
        crawl(settings)
    assert exc.value.summary.new == 6
    assert query(settings, "SELECT count(*) FROM captures WHERE role = 'listing'")[0][0] >= 3


def test_window_fetches_only_releases_inside_it(site, settings):
    # Synthetic releases are published three a day from 2012-01-01.
    summary = crawl(settings, since=date(2012, 1, 2), until=date(2012, 1, 3))
    fetched = {p for p in site.requests("/english") if "index" not in p}
    assert summary.new == len(fetched) == 6
    assert all(re.search(r"/t2012010[23]_", p) for p in fetched)
    site.clear_log()
    again = crawl(settings, since=date(2012, 1, 2), until=date(2012, 1, 3))
    assert again.new == 0 and all("index" in p for p in site.requests("/english"))


def test_robots_disallow_is_obeyed_and_recorded(site, settings):
    site.disallow.append(SECTIONS[1])
    summary = crawl(settings)
    assert summary.new == 6 and not site.requests(SECTIONS[1])
    assert any("robots_disallowed" in r[0] for r in query(settings, "SELECT last_error FROM fetch_failures"))


def test_crawl_of_a_different_run_settings_keeps_archive_files_separate(site, settings):
    crawl(settings)
    crawl(replace(settings, request_delay=0))
    files = sorted(p.name for p in settings.archive_dir.iterdir())
    assert len(files) == 2 and all(f.endswith(".warc.gz") for f in files)


def test_most_pages_unparsable_fails_the_run_after_loading(site, settings):
    for path in list(site.paths.values())[:8]:
        site.pages[path].body = b"<html><body><p>This page has moved.</p></body></html>"
    with pytest.raises(CrawlFailed, match="8 of 12 release pages failed to parse") as exc:
        crawl(settings)
    assert exc.value.summary.new == 4 and exc.value.summary.n_quarantined == 8
    assert query(settings, "SELECT count(*) FROM quarantine") == [(8,)]


def test_a_walk_cut_short_is_resumed_past_known_pages(site, settings):
    first = crawl(settings, max_pages=1)
    assert first.new == 6
    assert query(settings, "SELECT bool_or(walk_complete) FROM section_watermarks") == [(False,)]
    site.clear_log()
    rest = crawl(settings)
    # Page 0 answers 304; its links come from the archive and the walk goes on.
    assert rest.new == 6 and [r.status for r in site.log if r.path.endswith("/index.html")] == [304, 304]
    assert query(settings, "SELECT bool_and(walk_complete) FROM section_watermarks") == [(True,)]

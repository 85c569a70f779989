"""`liaison ingest` and `liaison reparse` end to end, with and without the Prefect flows."""
from __future__ import annotations

import pytest

# The core pipeline (parser, warehouse loader) is a separate feature: without it there is
# nothing to load into, so these end-to-end tests wait for it rather than fail.
for _core in ("warehouse.db", "warehouse.load", "parsers.release"):
    pytest.importorskip(_core)

from flows.cli import main
from tests.mock_site import build_site

SECTIONS = ["/english2023/bzhd/", "/english/news/"]


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("LIAISON_ARCHIVE", str(tmp_path / "archive"))
    monkeypatch.setenv("LIAISON_REQUEST_DELAY", "0")
    monkeypatch.setenv("LIAISON_REQUEST_TIMEOUT", "2")
    return tmp_path


def count(db, sql):
    from warehouse.db import connect

    con = connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_ingest_and_reparse_without_flow(env, capsys):
    site, _ = build_site(4, SECTIONS, page_size=3)
    db = env / "w.duckdb"
    with site:
        code = main(["ingest", "--no-flow", "--base-url", site.base_url, "--sections", *SECTIONS,
                     "--db", str(db)])
    out = capsys.readouterr().out
    assert code == 0 and "4 new" in out and "fetched" in out
    assert main(["reparse", "--no-flow", "--db", str(env / "fresh.duckdb")]) == 0
    assert count(env / "fresh.duckdb", "SELECT count(*) FROM releases") == 4


def test_listing_without_links_exits_1(env, capsys):
    site, _ = build_site(2, SECTIONS[:1], page_size=3)
    with site:
        site.sections[SECTIONS[0]] = []
        site.pages[SECTIONS[0] + "index.html"] = type(next(iter(site.pages.values())))(b"<html>empty</html>")
        code = main(["ingest", "--no-flow", "--base-url", site.base_url, "--sections", SECTIONS[0],
                     "--db", str(env / "w.duckdb")])
    assert code == 1 and "no release links" in capsys.readouterr().err


def test_bad_dates_are_usage_errors(env):
    with pytest.raises(SystemExit):
        main(["ingest", "--since", "2024-13-01"])
    assert main(["ingest", "--no-flow", "--since", "2024-02-01", "--until", "2024-01-01"]) == 2


def test_ingest_and_reparse_flows(env, prefect_harness):
    from flows.ingest import ingest
    from flows.reparse import reparse

    site, _ = build_site(3, SECTIONS, page_size=3)
    db = env / "w.duckdb"
    with site:
        summary = ingest(mode="fetch", db=str(db), sections=SECTIONS, base_url=site.base_url)
    assert summary.new == 3 and summary.mode == "fetch"
    again = reparse(db=str(env / "fresh.duckdb"))
    assert again.new == 3

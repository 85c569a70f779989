"""The HTML report: self-contained, every chart present, renders in headless Chromium."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import duckdb
import pytest
from test_analyst_warehouse import QIAN, SONG, SPD, UR, build_warehouse, default_releases, ev, rel

from warehouse.html_report import CHARTS, _continuous, _series, render_html, write_html_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _pandemic_years() -> list[dict]:
    """In-person contacts before 2020, video during 2020-22: the shift the modality chart must show."""
    out = []
    for i, (day, modality) in enumerate([(date(2019, 2, 1), "in_person"), (date(2020, 5, 1), "video"),
                                         (date(2021, 5, 1), "video"), (date(2022, 5, 1), "phone")]):
        out.append(rel(f"rpan{i:013d}", day, f"Contact {i}", "Text.",
                       [ev(day, "meeting", modality, [SONG if i % 2 else QIAN], [], [SPD if i % 2 else UR],
                           ["DE" if i % 2 else "RU"])]))
    return default_releases() + out


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("html")
    path = build_warehouse(tmp / "w.duckdb", _pandemic_years())
    with duckdb.connect(str(path), read_only=True) as con:
        return write_html_report(con, tmp / "report.html")


def test_every_chart_is_an_inline_svg(report):
    html = report.read_text()
    for cid, heading, _ in CHARTS:
        figure = re.search(rf"<figure class='chart' id='{cid}'>(.*?)</figure>", html, re.S)
        assert figure, cid
        assert "<svg" in figure.group(1) and "<rect" in figure.group(1), cid


def test_page_is_self_contained(report):
    html = report.read_text()
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"\bsrc=", html)
    # The only links are the latest events' sources.
    assert set(re.findall(r'href="([^"]+)"', html)) <= {r["url"] for r in _pandemic_years()}
    assert "t20231020_0006.html" in html


def test_empty_warehouse_still_renders_every_chart(tmp_path):
    path = build_warehouse(tmp_path / "empty.duckdb", [])
    with duckdb.connect(str(path), read_only=True) as con:
        html = render_html(con)
    assert html.count("No data yet.") == len(CHARTS)


@pytest.mark.parametrize("periods, expected", [
    (["2020-11", "2021-02"], ["2020-11", "2020-12", "2021-01", "2021-02"]),
    (["2019-Q4", "2020-Q2"], ["2019-Q4", "2020-Q1", "2020-Q2"]),
    ([], []),
])
def test_periods_are_continuous(periods, expected):
    assert _continuous(periods) == expected


def test_series_fill_missing_combinations_with_zero():
    cats, data = _series([("2020-Q1", "video", 2), ("2020-Q3", "in_person", 1)], ("in_person", "video"))
    assert cats == ["2020-Q1", "2020-Q2", "2020-Q3"]
    assert data == {"in_person": [0, 0, 1], "video": [2, 0, 0]}


def test_modality_chart_shows_video_share(report):
    html = report.read_text()
    figure = re.search(r"<figure class='chart' id='modality-share'>(.*?)</figure>", html, re.S).group(1)
    assert "2020-Q2 video: 100%" in figure and "2019-Q1 in_person: 100%" in figure


def _chromium(url: str, profile) -> tuple[str, str]:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
           "--enable-logging=stderr", "--v=0", "--dump-dom", url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return done.stdout, done.stderr


def _console_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ":CONSOLE" in ln]


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (Debian package `chromium`)")
def test_report_renders_in_headless_chromium(report, tmp_path):
    dom, stderr = _chromium(report.as_uri(), tmp_path / "profile")
    assert _console_lines(stderr) == []
    for cid, _, _ in CHARTS:
        assert re.search(rf'<figure class="chart" id="{cid}"><h2>[^<]+</h2><svg', dom), cid
    assert dom.count("<tr>") == 1 + len(_pandemic_years())


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (Debian package `chromium`)")
def test_console_check_catches_a_broken_page(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><html><body><script>console.error('boom')</script></body></html>")
    _, stderr = _chromium(page.as_uri(), tmp_path / "profile")
    assert any("boom" in ln for ln in _console_lines(stderr))


def test_html_report_command(tmp_path, capsys):
    from flows.cli import main

    path = build_warehouse(tmp_path / "w.duckdb")
    assert main(["html-report", str(tmp_path / "out.html"), "--db", str(path)]) == 0
    assert "<figure class='chart' id='new-parties'>" in (tmp_path / "out.html").read_text()


def test_report_html_option_when_core_forwards_it(tmp_path):
    from flows.cli import build_parser

    try:
        args = build_parser().parse_args(["report", "--html", str(tmp_path / "r.html"), "--db", "x"])
    except SystemExit:
        pytest.skip("`liaison report` does not forward --html yet (flows/cmd_core.py)")
    path = build_warehouse(tmp_path / "w.duckdb")
    args.db = str(path)
    assert args.func(args) == 0
    assert (tmp_path / "r.html").read_text().startswith("<!DOCTYPE html>")

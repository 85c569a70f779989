"""`liaison report --html FILE`: one self-contained, offline HTML page with inline SVG charts.

No scripts, no external fonts, styles or images: the file can be mailed, archived or opened
on a machine without network access. Queries live in `sql/html_report/`.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from html import escape
from pathlib import Path

from warehouse import svg_charts

SQL_DIR = Path(__file__).parent / "sql" / "html_report"
LATEST_EVENTS = 50
EVENT_TYPES = ("meeting", "visit", "conference", "call", "message", "other")
MODALITIES = ("in_person", "video", "phone", "written", "unknown")

# (id, heading, explanation) of every chart, in page order; tests check each one renders.
CHARTS = (
    ("events-per-month", "Events per month by type", "Every event by the month it took place, stacked by type."),
    ("top-countries", "Top foreign countries per year", "The five countries with most events each year."),
    ("top-parties", "Top foreign parties per year", "The five parties with most events each year."),
    ("modality-share", "Share of contacts by modality per quarter",
     "In person, video, phone and written contacts as shares of each quarter: the 2020-22 shift shows here."),
    ("officials", "CPC officials' activity", "Events per year of the most active CPC officials."),
    ("new-parties", "New counterpart parties per quarter", "Parties met for the first time in each quarter."),
)

_STYLE = """
body{font-family:sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
h1{margin-bottom:.2em} .note{color:#666} figure{margin:2em 0;overflow-x:auto}
figcaption{color:#555;font-size:.9em} table{border-collapse:collapse;font-size:.85em;width:100%}
th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f4} .totals span{display:inline-block;margin-right:2em}
"""


def _query(con, name: str, params: dict | None = None):
    sql = (SQL_DIR / f"{name}.sql").read_text()
    cur = con.execute(sql, params or {})
    cols = [d[0] for d in cur.description]
    return cols, cur.fetchall()


def _series(rows, order: tuple[str, ...] = ()) -> tuple[list[str], dict[str, list[float]]]:
    """(period, series, n) rows -> categories and one list per series, zeros filled in."""
    periods = _continuous(sorted({r[0] for r in rows}))
    names = [s for s in order if any(r[1] == s for r in rows)]
    names += sorted({r[1] for r in rows} - set(names))
    index = {p: i for i, p in enumerate(periods)}
    data = {s: [0.0] * len(periods) for s in names}
    for period, name, n in rows:
        data[name][index[period]] += n
    return periods, data


def _continuous(periods: list[str]) -> list[str]:
    """Fill gaps in 'YYYY-MM' / 'YYYY-Qn' periods so empty months show as empty, not vanish."""
    if not periods:
        return periods
    per_year = 4 if "-Q" in periods[0] else 12

    def key(p: str) -> int:
        year, part = p.split("-Q") if per_year == 4 else p.split("-")
        return int(year) * per_year + int(part) - 1

    def label(k: int) -> str:
        year, part = divmod(k, per_year)
        return f"{year}-Q{part + 1}" if per_year == 4 else f"{year}-{part + 1:02d}"

    return [label(k) for k in range(key(periods[0]), key(periods[-1]) + 1)]


def _grid(rows) -> tuple[list[str], list[str], dict]:
    """(period, label, n) rows -> heatmap rows (labels by total), columns (periods), values."""
    totals: dict[str, float] = {}
    for _, label, n in rows:
        totals[label] = totals.get(label, 0) + n
    labels = sorted(totals, key=lambda k: (-totals[k], k))
    periods = sorted({r[0] for r in rows})
    return labels, periods, {(label, period): n for period, label, n in rows}


def _empty(title: str) -> str:
    return (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 40' width='400' height='40' role='img'>"
            f"<title>{escape(title)}</title><text x='4' y='24' font-family='sans-serif'>No data yet.</text></svg>")


def build_charts(con) -> dict[str, str]:
    svgs: dict[str, str] = {}
    titles = {cid: heading for cid, heading, _ in CHARTS}
    cats, data = _series(_query(con, "events_per_month")[1], EVENT_TYPES)
    svgs["events-per-month"] = svg_charts.stacked_bars(titles["events-per-month"], cats, data) if cats else None
    for cid, query in (("top-countries", "top_countries"), ("top-parties", "top_parties"),
                       ("officials", "officials_activity")):
        labels, periods, values = _grid(_query(con, query)[1])
        svgs[cid] = svg_charts.heatmap(titles[cid], labels, periods, values) if labels else None
    cats, data = _series(_query(con, "modality_share")[1], MODALITIES)
    svgs["modality-share"] = svg_charts.stacked_bars(titles["modality-share"], cats, data, percent=True) if cats else None
    cats, data = _series(_query(con, "new_parties")[1])
    svgs["new-parties"] = svg_charts.stacked_bars(titles["new-parties"], cats, data) if cats else None
    return {cid: svg or _empty(titles[cid]) for cid, svg in svgs.items()}


def _latest_table(con) -> str:
    cols, rows = _query(con, "latest_events", {"limit": LATEST_EVENTS})
    head = "".join(f"<th>{escape(c.replace('_', ' '))}</th>" for c in cols if c not in ("url",))
    body = []
    for row in rows:
        rec = dict(zip(cols, row))
        cells = []
        for c in cols:
            if c == "url":
                continue
            value = "" if rec[c] is None else str(rec[c])
            if c == "title" and rec["url"]:
                cells.append(f"<td><a href=\"{escape(rec['url'])}\">{escape(value)}</a></td>")
            else:
                cells.append(f"<td>{escape(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<table id='latest-events'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def render_html(con, *, generated_at: datetime | None = None) -> str:
    generated_at = generated_at or datetime.now(timezone.utc)
    cols, rows = _query(con, "totals")
    totals = dict(zip(cols, rows[0]))
    charts = build_charts(con)
    figures = "".join(
        f"<figure class='chart' id='{cid}'><h2>{escape(heading)}</h2>{charts[cid]}"
        f"<figcaption>{escape(caption)}</figcaption></figure>"
        for cid, heading, caption in CHARTS)
    numbers = "".join(f"<span><b>{escape(str(v if v is not None else '-'))}</b> {escape(k.replace('_', ' '))}</span>"
                      for k, v in totals.items())
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        # Forbids any network fetch: the page must be fully self-contained.
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">"
        f"<title>liaison: inter-party contacts of the CPC</title><style>{_STYLE}</style></head><body>"
        "<h1>Inter-party contacts of the CPC</h1>"
        f"<p class='note'>Generated {generated_at:%Y-%m-%d %H:%M} UTC from the liaison warehouse.</p>"
        f"<p class='totals'>{numbers}</p>{figures}"
        f"<h2>Latest events</h2>{_latest_table(con)}</body></html>"
    )


def write_html_report(con, path: Path | str) -> Path:
    """Write the report atomically (temp file + rename) and return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(render_html(con), encoding="utf-8")
    os.replace(tmp, path)
    return path

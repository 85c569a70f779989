"""Inline SVG charts for the HTML report: stacked bars and heatmaps, no scripts, no fonts to fetch.

Every chart is a standalone `<svg>` with a <title> (accessible name) and a legend, so the
page renders the same offline, in any browser, and when printed.
"""
from __future__ import annotations

from html import escape

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
           "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
FONT = "font-family='sans-serif' font-size='11'"


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def stacked_bars(title: str, categories: list[str], series: dict[str, list[float]], *,
                 width: int = 900, height: int = 320, percent: bool = False) -> str:
    """Vertical stacked bars: one bar per category, one colour per series.

    `percent` draws each bar as shares of 100 % (for modality shares over time).
    """
    left, right, top, bottom = 48, 150, 12, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    names = list(series)
    totals = [sum(series[s][i] for s in names) for i in range(len(categories))]
    peak = 100.0 if percent else max(totals + [1])
    n = max(len(categories), 1)
    bar_w = plot_w / n
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='{width}' "
             f"height='{height}' role='img' {FONT}><title>{escape(title)}</title>"]
    for frac in (0, 0.25, 0.5, 0.75, 1):
        y = top + plot_h * (1 - frac)
        label = f"{int(frac * 100)}%" if percent else _fmt(peak * frac)
        parts.append(f"<line x1='{left}' x2='{left + plot_w}' y1='{_fmt(y)}' y2='{_fmt(y)}' stroke='#ddd'/>"
                     f"<text x='{left - 4}' y='{_fmt(y + 4)}' text-anchor='end'>{label}</text>")
    label_every = max(1, n // 24)
    for i, cat in enumerate(categories):
        x = left + i * bar_w
        base = top + plot_h
        for k, name in enumerate(names):
            value = series[name][i]
            if percent:
                value = 100.0 * value / totals[i] if totals[i] else 0.0
            h = plot_h * value / peak if peak else 0
            if h <= 0:
                continue
            base -= h
            parts.append(f"<rect x='{_fmt(x + 1)}' y='{_fmt(base)}' width='{_fmt(max(bar_w - 2, 1))}' "
                         f"height='{_fmt(h)}' fill='{PALETTE[k % len(PALETTE)]}'>"
                         f"<title>{escape(cat)} {escape(name)}: {_fmt(value)}{'%' if percent else ''}</title></rect>")
        if i % label_every == 0:
            cx, cy = x + bar_w / 2, top + plot_h + 10
            parts.append(f"<text x='{_fmt(cx)}' y='{_fmt(cy)}' text-anchor='end' "
                         f"transform='rotate(-45 {_fmt(cx)} {_fmt(cy)})'>{escape(cat)}</text>")
    parts.append(_legend(names, left + plot_w + 12, top))
    parts.append("</svg>")
    return "".join(parts)


def heatmap(title: str, rows: list[str], columns: list[str], values: dict[tuple[str, str], float], *,
            cell_w: int = 44, cell_h: int = 20, label_w: int = 260) -> str:
    """Rows x columns grid shaded by value, with the number written in each non-empty cell."""
    top = 24
    width = label_w + cell_w * max(len(columns), 1) + 10
    height = top + cell_h * max(len(rows), 1) + 10
    peak = max(list(values.values()) + [1])
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='{width}' "
             f"height='{height}' role='img' {FONT}><title>{escape(title)}</title>"]
    for j, col in enumerate(columns):
        parts.append(f"<text x='{label_w + j * cell_w + cell_w / 2}' y='{top - 6}' "
                     f"text-anchor='middle'>{escape(col)}</text>")
    for i, row in enumerate(rows):
        y = top + i * cell_h
        label = row if len(row) <= 42 else row[:41] + "…"
        parts.append(f"<text x='{label_w - 6}' y='{y + cell_h - 6}' text-anchor='end'>{escape(label)}</text>")
        for j, col in enumerate(columns):
            v = values.get((row, col), 0)
            shade = 0.08 + 0.92 * v / peak if v else 0
            fill = f"rgba(78,121,167,{shade:.2f})" if v else "#f4f4f4"
            x = label_w + j * cell_w
            parts.append(f"<rect x='{x}' y='{y}' width='{cell_w - 2}' height='{cell_h - 2}' fill='{fill}'>"
                         f"<title>{escape(row)} {escape(col)}: {_fmt(v)}</title></rect>")
            if v:
                color = "#fff" if shade > 0.55 else "#222"
                parts.append(f"<text x='{x + cell_w / 2 - 1}' y='{y + cell_h - 6}' text-anchor='middle' "
                             f"fill='{color}'>{_fmt(v)}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _legend(names: list[str], x: float, y: float) -> str:
    items = []
    for k, name in enumerate(names):
        yy = y + k * 16
        items.append(f"<rect x='{x}' y='{yy}' width='10' height='10' fill='{PALETTE[k % len(PALETTE)]}'/>"
                     f"<text x='{x + 14}' y='{yy + 9}'>{escape(name)}</text>")
    return "<g class='legend'>" + "".join(items) + "</g>"

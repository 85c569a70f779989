"""Rendering query results as an aligned table, CSV or JSON for the terminal.

Kept free of Prefect and DuckDB imports: `sql` and `report` must start fast.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, time
from decimal import Decimal

FORMATS = ("table", "csv", "json")
MAX_CELL = 80  # table cells only; csv/json always carry full values


def _plain(value):
    """A JSON-ready value: ISO dates, floats for decimals, lists kept as lists."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value


def _cell(value) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def _is_number(value) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def to_table(columns: list[str], rows: list[tuple]) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    cells = [[c if len(c) <= MAX_CELL else c[: MAX_CELL - 1] + "…" for c in row] for row in cells]
    cells = [[c.replace("\n", " ") for c in row] for row in cells]
    widths = [len(c) for c in columns]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    numeric = [bool(rows) and all(r[i] is None or _is_number(r[i]) for r in rows)
               for i in range(len(columns))]

    def line(values):
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric)).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def to_csv(columns: list[str], rows: list[tuple]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else _cell(v) for v in row])
    return buf.getvalue().rstrip("\n")


def to_json(columns: list[str], rows: list[tuple]) -> str:
    records = [{c: _plain(v) for c, v in zip(columns, row)} for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2)


def render(columns: list[str], rows: list[tuple], fmt: str = "table") -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return {"table": to_table, "csv": to_csv, "json": to_json}[fmt](list(columns), list(rows))

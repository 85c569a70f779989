"""Backfill windows: chunks tile the window exactly, watermark windows, CLI parameters."""
from __future__ import annotations

import argparse
from datetime import date, timedelta

import pytest

from flows.schedule_window import (
    WindowError,
    chunk_label,
    parse_day,
    split_window,
    window_from_watermark,
)

D = date.fromisoformat


@pytest.mark.parametrize(
    "since,until,chunk,first,last,count",
    [
        ("2019-01-01", "2019-12-31", "month", ("2019-01-01", "2019-01-31"), ("2019-12-01", "2019-12-31"), 12),
        ("2019-01-15", "2019-03-10", "month", ("2019-01-15", "2019-01-31"), ("2019-03-01", "2019-03-10"), 3),
        ("2020-02-01", "2020-02-29", "month", ("2020-02-01", "2020-02-29"), ("2020-02-01", "2020-02-29"), 1),
        ("2019-12-30", "2020-01-12", "week", ("2019-12-30", "2020-01-05"), ("2020-01-06", "2020-01-12"), 2),
        ("2019-02-10", "2019-11-30", "quarter", ("2019-02-10", "2019-03-31"), ("2019-10-01", "2019-11-30"), 4),
        ("2018-06-01", "2020-02-01", "year", ("2018-06-01", "2018-12-31"), ("2020-01-01", "2020-02-01"), 3),
        ("2019-01-01", "2019-01-03", "day", ("2019-01-01", "2019-01-01"), ("2019-01-03", "2019-01-03"), 3),
        ("2019-01-01", "2021-07-01", "all", ("2019-01-01", "2021-07-01"), ("2019-01-01", "2021-07-01"), 1),
    ],
)
def test_split_window_tiles_exactly(since, until, chunk, first, last, count):
    chunks = split_window(D(since), D(until), chunk)
    assert len(chunks) == count
    assert chunks[0] == (D(first[0]), D(first[1]))
    assert chunks[-1] == (D(last[0]), D(last[1]))
    # no gap, no overlap: each chunk starts the day after the previous one ends
    for (_, end), (start, _) in zip(chunks, chunks[1:]):
        assert start == end + timedelta(days=1)


@pytest.mark.parametrize(
    "since,until,chunk,message",
    [("2019-02-01", "2019-01-01", "month", "after"), ("2019-01-01", "2019-02-01", "fortnight", "chunk must be")],
)
def test_split_window_refuses_bad_input(since, until, chunk, message):
    with pytest.raises(WindowError, match=message):
        split_window(D(since), D(until), chunk)


@pytest.mark.parametrize(
    "value,expected",
    [("2019-01-31", date(2019, 1, 31)), (date(2020, 5, 1), date(2020, 5, 1)), (None, None), ("", None)],
)
def test_parse_day(value, expected):
    assert parse_day(value, "since") == expected


def test_parse_day_names_the_parameter():
    with pytest.raises(WindowError, match="until: expected a date"):
        parse_day("31/01/2019", "until")


@pytest.mark.parametrize(
    "start,end,label",
    [("2019-03-01", "2019-03-31", "2019-03"), ("2019-03-05", "2019-03-31", "2019-03-05..2019-03-31"),
     ("2019-03-05", "2019-03-05", "2019-03-05")],
)
def test_chunk_label(start, end, label):
    assert chunk_label(D(start), D(end)) == label


@pytest.mark.parametrize(
    "watermark,today,since",
    [(None, "2024-05-10", None), ("2024-05-01", "2024-05-10", "2024-04-24"),
     # a watermark in the future (clock skew, mis-dated page) never skips today
     ("2024-06-01", "2024-05-10", "2024-05-03")],
)
def test_window_from_watermark(watermark, today, since):
    got_since, got_until = window_from_watermark(D(watermark) if watermark else None, D(today))
    assert got_since == (D(since) if since else None)
    assert got_until == D(today)


def _args(argv):
    from flows.cmd_orchestrate import register

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_backfill_cli_parameters_match_the_flow_signature():
    import inspect

    from flows.backfill import backfill
    from flows.cmd_orchestrate import _parameters

    params = _parameters(_args(["backfill", "--since", "2019-01-01", "--until", "2019-03-31",
                                "--sections", "english/news", "--chunk", "week", "--refetch"]))
    assert params == {"since": "2019-01-01", "until": "2019-03-31", "sections": ["english/news"],
                      "chunk": "week", "refetch": True}
    assert set(params) <= set(inspect.signature(backfill.fn).parameters)


@pytest.mark.parametrize(
    "argv,message",
    [(["backfill", "--since", "2019-05-01", "--until", "2019-01-01"], "after"),
     (["backfill", "--since", "2019-01-01", "--chunk", "decade"], "--chunk"),
     (["backfill", "--since", "May 2019"], "--since")],
)
def test_backfill_cli_refuses_bad_windows(argv, message, capsys):
    from flows.cmd_orchestrate import cmd_backfill

    assert cmd_backfill(_args(argv)) == 2
    assert message in capsys.readouterr().err

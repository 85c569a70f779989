"""Every fixture release parsed and compared to its golden JSON, field by field.

Participants, parties and countries compare as sets (order of appearance is not
significant); names and titles compare exactly. Error goldens assert the ParseError reason.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.errors import ParseError
from parsers.release import parse_release

RELEASES = Path(__file__).parent / "fixtures" / "releases"
CASES = sorted(p for p in RELEASES.iterdir() if p.suffix in (".txt", ".html"))

# Goldens the parser does not meet yet: each with the reason (strict, so a fix shows up).
KNOWN_GAPS: dict[str, str] = {}


def _params():
    for path in CASES:
        marks = []
        if path.stem in KNOWN_GAPS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[path.stem]))
        yield pytest.param(path, id=path.stem, marks=marks)


def _participants(event) -> set[tuple]:
    return {(p.name, p.side, p.title, p.party, p.country_code) for p in event.participants}


def _gold_participants(event: dict) -> set[tuple]:
    return {(p["name"], p["side"], p["title"], p["party"], p["country_code"]) for p in event["participants"]}


@pytest.mark.parametrize("path", list(_params()))
def test_golden(path: Path):
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    content = path.read_bytes()
    if "error" in gold:
        with pytest.raises(ParseError) as exc:
            parse_release(content)
        assert exc.value.reason == gold["error"]
        return
    release = parse_release(content)
    assert release.title == gold["title"]
    assert release.published_date.isoformat() == gold["published_date"]
    assert release.dateline_city == gold["dateline_city"]
    assert len(release.events) == len(gold["events"])
    for seq, (event, g) in enumerate(zip(release.events, gold["events"])):
        assert event.seq == seq
        assert event.event_type == g["event_type"], f"event {seq} type"
        assert event.modality == g["modality"], f"event {seq} modality"
        assert (event.event_date.isoformat() if event.event_date else None) == g["event_date"]
        assert event.location_city == g["location_city"], f"event {seq} city"
        assert event.location_country == g["location_country"], f"event {seq} country"
        assert _participants(event) == _gold_participants(g), f"event {seq} participants"
        assert {(p.name, p.acronym, p.country_code) for p in event.parties} == \
            {(p["name"], p["acronym"], p["country_code"]) for p in g["parties"]}, f"event {seq} parties"
        assert list(event.countries) == g["countries"], f"event {seq} countries"
        assert "CN" not in event.countries


def test_parser_version_stamped():
    import parsers

    release = parse_release((RELEASES / "t01_meeting_delegation_led_by.txt").read_bytes())
    assert release.parser_version == parsers.PARSER_VERSION
    assert release.parser_version

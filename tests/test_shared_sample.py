"""The real release in ../shared/samples/ (skipped when ../shared is absent)."""
from __future__ import annotations

from datetime import date

from parsers.release import parse_release


def test_shared_sample_video_conference(shared_dir):
    path = shared_dir / "samples" / "idcpc-2020-07-14-video-conference.txt"
    release = parse_release(path.read_bytes())
    assert release.published_date == date(2020, 7, 14)
    assert len(release.events) == 1
    event = release.events[0]
    assert event.event_type == "conference"
    assert event.modality == "video"
    assert event.event_date == date(2020, 7, 14)
    assert event.location_city is None and event.location_country is None
    people = {p.name: p for p in event.participants}
    assert people["Dmitry Medvedev"].side == "foreign"
    assert "United Russia" in (people["Dmitry Medvedev"].party or "")
    assert people["Dmitry Medvedev"].country_code == "RU"
    for name in ("Song Tao", "Qian Hongshan"):
        assert people[name].side == "cpc"
        assert people[name].party == "Communist Party of China"
        assert people[name].country_code == "CN"
    assert set(people) == {"Dmitry Medvedev", "Song Tao", "Qian Hongshan"}
    assert set(event.countries) == {"RU", "DE", "JP", "KZ", "RS", "ZA", "VN"}
    assert any("United Russia" in p.name for p in event.parties)

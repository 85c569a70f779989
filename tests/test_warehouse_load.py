"""The load contract on an in-memory warehouse: dedup rules, idempotency, one transaction."""
from __future__ import annotations

from datetime import date, datetime

import duckdb
import pytest

from parsers.model import Document, Event, Participant, Party, Release
from warehouse.db import connect
from warehouse.load import Rejection, RunRecord, Sighting, load, record_run

T0, T1, T2 = datetime(2026, 1, 1), datetime(2026, 1, 2), datetime(2026, 1, 3)
BODY = " ".join(f"Paragraph {i} says the two parties agreed to deepen exchange number {i}." for i in range(30))
TABLES = ("releases", "release_sources", "events", "participants", "parties", "event_parties",
          "event_countries", "quarantine")


def release(body=BODY, title="Song Tao Meets SPD Delegation", published=date(2020, 1, 2),
            countries=("DE",), version="1.0", n_events=1, event_date=None) -> Release:
    events = tuple(
        Event(seq=i, event_type="meeting", modality="in_person", event_date=event_date or published,
              location_city="Beijing", location_country="CN",
              participants=(Participant("Song Tao", "cpc", "Minister", "Communist Party of China", "CN"),
                            Participant(f"Guest {i}", "foreign", "Chair", "Social Democratic Party of Germany", "DE")),
              parties=(Party("Social Democratic Party of Germany", "SPD", "DE"),), countries=countries)
        for i in range(n_events))
    doc = Document(title=title, published_date=published, paragraphs=tuple(body.split("\n\n")))
    return Release(document=doc, dateline_city="Beijing", events=events, parser_version=version)


def counts(con) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def snapshot(con) -> dict:
    """Every contract row except last_seen_at columns (the only thing a repeat may change)."""
    out = {}
    for t in TABLES:
        cols = [c for (c,) in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [t]).fetchall() if c not in ("last_seen_at", "run_id")]
        out[t] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()))
    return out


@pytest.fixture
def con():
    c = connect()
    yield c
    c.close()


def test_new_release_writes_every_table(con):
    result = load(con, [Sighting("file:///data/a.txt", release(n_events=2), T0)], [], run_id="r1")
    assert (result.new, result.updated, result.duplicates, result.events) == (1, 0, 0, 2)
    assert result.new_party_names == ["Social Democratic Party of Germany"]
    c = counts(con)
    assert c["releases"] == 1 and c["events"] == 2 and c["participants"] == 4
    assert c["parties"] == 1 and c["event_parties"] == 2 and c["event_countries"] == 2
    row = con.execute("SELECT countries, parties, cpc_participants FROM v_events ORDER BY event_id").fetchone()
    assert row == (["DE"], ["Social Democratic Party of Germany"], ["Song Tao"])


@pytest.mark.parametrize("first_url,second_url,second,rule", [
    # the same document id across hosts, schemes and section paths
    ("http://www.idcpc.org.cn/english/news/t20200102_100.html",
     "https://idcpc.gov.cn/english2023/tt/t20200102_100.html", release(), "key"),
    # identical text at two unrelated places
    ("file:///data/a.txt", "file:///elsewhere/copy.txt", release(), "content"),
    # a re-issue with a small edit, one day later
    ("file:///data/a.txt", "file:///data/b.txt",
     release(BODY.replace("number 7.", "number seven."), published=date(2020, 1, 3),
             event_date=date(2020, 1, 2)), "near"),
])
def test_three_duplicate_kinds_are_one_release(con, first_url, second_url, second, rule):
    load(con, [Sighting(first_url, release(), T0)], [])
    result = load(con, [Sighting(second_url, second, T1)], [])
    assert result.matches[second_url] == rule
    assert result.new == 0
    assert counts(con)["releases"] == 1
    assert counts(con)["events"] == 1
    assert con.execute("SELECT count(*) FROM release_sources").fetchone()[0] == 2


def test_near_duplicate_keeps_newest_text_and_every_sighting(con):
    newer = release(BODY + " A closing line was added.", published=date(2020, 1, 3), event_date=date(2020, 1, 2))
    load(con, [Sighting("file:///a.txt", newer, T0), Sighting("file:///b.txt", release(), T1)], [])
    body, published = con.execute("SELECT body_text, published_date FROM releases").fetchone()
    assert body.endswith("A closing line was added.") and published == date(2020, 1, 3)
    assert counts(con)["release_sources"] == 2


@pytest.mark.parametrize("change", [
    {"body": " ".join(f"Entirely different text {i} about a congress in another year." for i in range(30))},
    {"published": date(2020, 4, 1), "body": BODY},          # same words, far apart in time
    {"countries": ("FR",), "body": BODY.replace("number 7.", "number seven.")},  # template, other counterpart
    {"published": date(2020, 1, 16), "body": BODY.replace("number 7.", "number seven.")},  # same words, another day
])
def test_different_releases_stay_apart(con, change):
    load(con, [Sighting("file:///a.txt", release(), T0)], [])
    other = release(body=change["body"], published=change.get("published", date(2020, 1, 2)),
                    countries=change.get("countries", ("DE",)), title="Another title")
    if change.get("published") and change["body"] == BODY:
        # identical text is one release whatever its date: vary one sentence to test the date window
        other = release(BODY.replace("number 7.", "number seven."), published=change["published"],
                        event_date=date(2020, 1, 2))
    result = load(con, [Sighting("file:///b.txt", other, T1)], [])
    assert result.new == 1
    assert counts(con)["releases"] == 2


def test_loading_twice_changes_only_last_seen_at(con):
    batch = [Sighting("file:///a.txt", release(), T0), Sighting("file:///b.txt", release(title="Other", body="x " * 50 + "unique words here"), T0)]
    load(con, batch, [Rejection("/data/bad.bin", "binary_content: not text", T0)])
    before = snapshot(con)
    again = [Sighting(s.url, s.release, T2) for s in batch]
    result = load(con, again, [Rejection("/data/bad.bin", "binary_content: not text", T2)])
    assert (result.new, result.updated, result.duplicates) == (0, 0, 2)
    assert snapshot(con) == before
    assert {r[0] for r in con.execute("SELECT last_seen_at FROM releases").fetchall()} == {T2}
    assert con.execute("SELECT first_seen_at, last_seen_at FROM quarantine").fetchone() == (T0, T2)


def test_reparse_with_changed_parse_updates_unchanged_is_untouched(con):
    load(con, [Sighting("file:///a.txt", release(version="1.0"), T0)], [])
    same = load(con, [Sighting("file:///a.txt", release(version="1.0"), T1)], [])
    assert same.updated == 0
    changed = load(con, [Sighting("file:///a.txt", release(version="2.0", n_events=2), T1)], [])
    assert changed.updated == 1 and changed.events == 2
    assert con.execute("SELECT parser_version FROM releases").fetchone()[0] == "2.0"
    assert counts(con)["events"] == 2 and counts(con)["participants"] == 4


def test_failed_batch_leaves_previous_state(con, monkeypatch):
    load(con, [Sighting("file:///a.txt", release(), T0)], [])
    before = snapshot(con)
    from warehouse import stage

    real = stage._statements

    def broken(c):
        real(c)
        raise RuntimeError("simulated crash after the writes, before COMMIT")

    monkeypatch.setattr(stage, "_statements", broken)
    with pytest.raises(RuntimeError):
        load(con, [Sighting("file:///b.txt", release(title="New", body="fresh text " * 40), T1)], [])
    assert snapshot(con) == before


def test_record_run_and_countries(con):
    record_run(con, RunRecord("run-1", T0, T1, "load", 7, 5, 0, 2, 0, 5))
    assert con.execute("SELECT mode, new, duplicates FROM runs").fetchone() == ("load", 5, 2)
    region = con.execute("SELECT region FROM countries WHERE iso2 = 'VN'").fetchone()[0]
    assert region == "Asia"
    assert con.execute("SELECT count(*) FROM countries WHERE region IS NULL").fetchone()[0] == 0


def test_read_only_connection_refuses_writes(tmp_path):
    db = tmp_path / "w.duckdb"
    connect(db).close()
    ro = connect(db, read_only=True)
    with pytest.raises(duckdb.Error):
        ro.execute("DELETE FROM releases")
    ro.close()


def test_same_event_in_two_different_releases_is_counted_once(con):
    from warehouse.query import run_report

    other_text = " ".join(f"Another write-up {i} of the same talks with different wording {i}." for i in range(30))
    load(con, [Sighting("file:///a.txt", release(), T0)], [])
    load(con, [Sighting("file:///b.txt", release(other_text, title="Other Report", published=date(2020, 1, 3),
                                                 event_date=date(2020, 1, 2)), T1)], [])
    assert counts(con)["releases"] == 2
    rows = con.execute("SELECT r.published_date, e.duplicate_of IS NULL FROM events e "
                       "JOIN releases r USING (release_id) ORDER BY 1").fetchall()
    assert rows == [(date(2020, 1, 2), True), (date(2020, 1, 3), False)]
    assert [r[3] for r in run_report(con, "events_per_country_year").fetchall()] == [1]
    # another day is another event
    load(con, [Sighting("file:///c.txt", release(other_text + " Later.", title="Third", published=date(2020, 3, 9)), T1)], [])
    assert con.execute("SELECT count(*) FROM events WHERE duplicate_of IS NULL").fetchone()[0] == 2


def test_warnings_are_stored_with_the_release_and_reported(con):
    other = " ".join(f"Delegates of party {i} toured factory {i} and a school in the city." for i in range(30))
    warned = Release(document=Document(title="", published_date=date(2020, 1, 2), paragraphs=(other,),
                                       warnings=("no_title: no title line before the date line",)),
                     dateline_city="Beijing", events=(), parser_version="1.0",
                     warnings=("no_title: no title line before the date line", "not_english: 0%"))
    result = load(con, [Sighting("file:///data/a.txt", release(), T0),
                        Sighting("file:///data/b.txt", warned, T0)], [], run_id="r1")
    assert result.new == 2
    assert result.warned == [("file:///data/b.txt", "no_title: no title line before the date line | not_english: 0%")]
    rows = con.execute("SELECT url, title, warnings FROM releases ORDER BY url").fetchall()
    assert rows == [("file:///data/a.txt", "Song Tao Meets SPD Delegation", None),
                    ("file:///data/b.txt", "", "no_title: no title line before the date line | not_english: 0%")]
    from warehouse.query import run_report

    cur = run_report(con, "releases_with_warnings")
    cols = [d[0] for d in cur.description]
    assert [(r[cols.index("warning_code")], r[cols.index("url")]) for r in cur.fetchall()] == [
        ("no_title", "file:///data/b.txt"), ("not_english", "file:///data/b.txt")]

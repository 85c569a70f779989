"""Full-text search: ranking, stemming, filters, snippets, clear errors."""
from __future__ import annotations

from datetime import date

import duckdb
import pytest
from test_analyst_warehouse import SONG, SPD, UR, build_warehouse, default_releases, ev, rel

from warehouse.search import SearchError, search, snippet


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = build_warehouse(tmp_path_factory.mktemp("search") / "w.duckdb")
    c = duckdb.connect(str(path), read_only=True)
    yield c
    c.close()


def test_title_hit_outranks_single_body_mention(con):
    hits = search(con, "belt and road")
    ids = [h.release_id for h in hits]
    # r...1 has the phrase in its title, r...2 mentions it once in a longer body.
    assert ids[:2] == ["r0000000000000001", "r0000000000000002"]
    assert hits[0].score > hits[1].score


def test_title_outranks_repeated_body_mentions(tmp_path):
    body_only = rel("r00000000000000b1", date(2021, 1, 4), "Song Tao Meets Visitors",
                    "They discussed the green transition. The transition matters, said Song.",
                    [ev(date(2021, 1, 4), "meeting", "in_person", [SONG], [], [SPD], ["DE"])])
    titled = rel("r00000000000000b2", date(2021, 1, 5), "Green Transition Seminar Held",
                 "Participants spoke about many subjects during a long day of exchanges and dialogue.",
                 [ev(date(2021, 1, 5), "conference", "in_person", [SONG], [], [UR], ["RU"])])
    path = build_warehouse(tmp_path / "w.duckdb", [body_only, titled])
    with duckdb.connect(str(path), read_only=True) as c:
        assert [h.release_id for h in search(c, "green transition")][0] == "r00000000000000b2"


def test_english_stemming_matches_other_word_forms(con):
    assert [h.release_id for h in search(con, "messages")] == ["r0000000000000004"]
    assert "r0000000000000005" in [h.release_id for h in search(con, "transitions")]


@pytest.mark.parametrize("filters, expected", [
    ({"country": "DE"}, {"r0000000000000001"}),
    ({"country": "ru"}, {"r0000000000000002"}),
    ({"party": "SPD"}, {"r0000000000000001"}),
    ({"party": "united russia"}, {"r0000000000000002"}),
    ({"since": date(2020, 1, 1)}, {"r0000000000000002"}),
    ({"until": date(2019, 12, 31)}, {"r0000000000000001"}),
    ({"limit": 1}, {"r0000000000000001"}),
    ({"country": "ZA"}, set()),
])
def test_filters(con, filters, expected):
    assert {h.release_id for h in search(con, "belt road", **filters)} == expected


def test_hit_carries_date_title_countries_url_and_snippet(con):
    hit = search(con, "belt and road", since=date(2020, 1, 1))[0]
    assert hit.published_date == date(2020, 7, 14)
    assert hit.countries == ("RU", "VN")
    assert hit.url.endswith("t20200714_0002.html")
    assert "[belt]" in hit.snippet and "[road]" in hit.snippet


@pytest.mark.parametrize("text, terms, expected_fragment", [
    ("Nothing here. Later the Belt and Road came up.", ["belt", "road"], "[Belt] and [Road]"),
    ("Many parties attended the seminars on governance.", ["seminar"], "[seminars]"),
    ("No match at all in this text.", ["zebra"], "No match at all"),
    ("", ["x"], ""),
])
def test_snippet(text, terms, expected_fragment):
    assert expected_fragment in snippet(text, terms)


def test_empty_query_and_missing_index_are_clear_errors(con, tmp_path):
    with pytest.raises(SearchError, match="empty query"):
        search(con, "   ")
    path = build_warehouse(tmp_path / "noindex.duckdb", default_releases()[:1], refresh=False)
    with duckdb.connect(str(path), read_only=True) as c, pytest.raises(SearchError, match="no full-text index"):
        search(c, "belt")


def test_search_command_prints_results(con, tmp_path, capsys):
    from flows.cli import main

    path = build_warehouse(tmp_path / "cli.duckdb")
    assert main(["search", "belt and road", "--db", str(path), "--country", "DE"]) == 0
    out = capsys.readouterr().out
    assert "Belt and Road Cooperation Discussed with SPD Delegation" in out and "t20190305_0001.html" in out
    assert "Video Conference" not in out


@pytest.mark.parametrize("query", ["belt and road", "green transition", "delegation", "phone call"])
def test_scores_equal_weighted_fts_match_bm25(con, query):
    from warehouse.search import TITLE_WEIGHT

    expected = dict(con.execute(
        "SELECT release_id, coalesce(fts_main_releases.match_bm25(release_id, $q, fields := 'title'), 0) * $w"
        " + coalesce(fts_main_releases.match_bm25(release_id, $q, fields := 'body_text'), 0) FROM releases",
        {"q": query, "w": TITLE_WEIGHT}).fetchall())
    got = {h.release_id: h.score for h in search(con, query, limit=100)}
    assert got and got == pytest.approx({k: v for k, v in expected.items() if v > 0})

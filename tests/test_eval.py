"""Extraction quality on the development set, with the issue-5 targets as floors.

The direct test parses tests/fixtures/devset with `parse_release` (fast); one test runs
the same scoring through `liaison eval` (load into a temporary warehouse, SQL back) on a
sample of it and checks it gives the direct figures.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.evaluate import (format_report, load_gold, name_key, party_key, release_prediction, score)
from parsers.errors import NotARelease
from parsers.release import parse_release
from tests.devset_gold import DEVSET, GOLD_FILES, gold_text


# Floors: the issue-5 targets. Lower one only to the achieved value, with the gap reported.
ACCURACY_FLOORS = {"published": 1.0, "event_date": 0.98, "event_type": 0.95, "modality": 0.95}
F1_FLOORS = {"countries": 0.97, "cpc_people": 0.95, "foreign_people": 0.95, "foreign_parties": 0.92}


def _docs() -> dict[str, Path]:
    return {p.stem: p for p in DEVSET.iterdir() if p.suffix in (".txt", ".html")}


@pytest.fixture(scope="module")
def devset_score():
    gold = load_gold(gold_text())
    return score(gold, {rid: p for rid, path in _docs().items() if (p := _predict(path)) is not None})


def _predict(path: Path) -> dict | None:
    try:
        return release_prediction(parse_release(path.read_bytes()))
    except NotARelease:
        return None     # a notice: right where the gold line says not_a_release, a missing release elsewhere


def test_devset_shape():
    gold = load_gold(gold_text())
    assert len(gold) >= 80
    assert GOLD_FILES and all(p.stat().st_size < 2_000_000 for p in GOLD_FILES)     # new lines go to a new shard when one fills
    assert set(gold) == set(_docs())


@pytest.mark.parametrize("field", sorted(ACCURACY_FLOORS))
def test_accuracy_floor(devset_score, field):
    assert devset_score.accuracy[field] >= ACCURACY_FLOORS[field], _diffs(devset_score, field)


@pytest.mark.parametrize("field", sorted(F1_FLOORS))
def test_f1_floor(devset_score, field):
    assert devset_score.prf[field][2] >= F1_FLOORS[field], _diffs(devset_score, field)


def test_every_devset_release_is_read_right(devset_score):
    # The floors alone let one release slip unnoticed (a rule for courses "launched" once typed the
    # opening of a training centre a conference); every release of the set is read right today,
    # so a new rule that breaks one must be narrowed.
    assert not devset_score.differences, "\n".join(
        f"{d['id']}: " + ", ".join(f"{k}={v}" for k, v in d.items() if k != "id") for d in devset_score.differences)


def _diffs(s, field) -> str:
    return "\n".join(f"{d['id']}: {d[field]}" for d in s.differences if field in d)


# --- the scorer itself -------------------------------------------------------------------

def test_name_and_party_keys():
    assert name_key("Kocsis Máté") == name_key("Máté Kocsis") == name_key("kocsis mate")
    assert name_key("K.P. Sharma Oli") == name_key("KP Sharma Oli")
    assert party_key("SWAPO Party") == party_key("SWAPO")
    assert party_key("Workers' Party") == party_key("Workers Party")
    assert party_key("Social Democratic Party of Germany") != party_key("Social Democratic Party of Austria")
    # one word in two spellings is one party; a different word is not
    assert party_key("Communist Party of Nepal (Maoist Centre)") == party_key("Communist Party of Nepal (Maoist Center)")
    assert party_key("Australian Labor Party") != party_key("Australian Labour Party")
    # a country's adjective and name are one word, in any order; another country is not
    assert party_key("Cuban Communist Party") == party_key("Communist Party of Cuba")
    assert party_key("Communist Party of Cuba") != party_key("Communist Party of Chile")
    assert party_key("Social Democratic Party") != party_key("Social Democratic Party of Germany")


def test_score_counts_and_differences():
    gold = {"a": {"id": "a", "published": "2020-01-01", "event_date": "2020-01-01", "dateline_city": "Beijing",
                  "event_type": "meeting", "modality": "in_person", "cpc_people": ["Song Tao"],
                  "foreign_people": ["Lars Klingbeil"], "foreign_parties": ["Social Democratic Party of Germany"],
                  "countries": ["DE"]},
            "b": {"id": "b", "published": "2020-01-02", "event_date": "2020-01-02", "dateline_city": None,
                  "event_type": "other", "modality": None, "cpc_people": [], "foreign_people": [],
                  "foreign_parties": [], "countries": []}}
    preds = {"a": {"published": "2020-01-01", "event_date": "2019-12-31", "dateline_city": "Beijing",
                   "event_type": "meeting", "modality": "in_person", "cpc_people": ["song tao"],
                   "foreign_people": ["Lars Klingbeil", "Olaf Scholz"],
                   "foreign_parties": ["the Social Democratic Party of Germany"], "countries": ["de", "FR"]}}
    s = score(gold, preds)
    assert s.accuracy["published"] == 0.5          # b has no prediction
    assert s.accuracy["event_date"] == 0.0
    assert s.counts["foreign_people"] == (1, 1, 0)
    assert s.prf["cpc_people"] == (1.0, 1.0, 1.0)
    assert s.counts["foreign_parties"] == (1, 0, 0)
    assert s.counts["countries"] == (1, 1, 0)
    ids = {d["id"] for d in s.differences}
    assert ids == {"a", "b"}
    json.dumps(s.to_dict())


@pytest.mark.parametrize("predicted,right", [(False, 1.0), (True, 0.0)])
def test_not_a_release_gold_is_right_only_when_refused(predicted, right):
    gold = {"n": {"id": "n", "error": "not_a_release"}}
    preds = {"n": {"published": "2020-01-01", "event_date": None, "dateline_city": None, "event_type": "other",
                   "modality": None, "cpc_people": [], "foreign_people": [], "foreign_parties": [],
                   "countries": ["FR"]}} if predicted else {}
    s = score(gold, preds)
    assert all(s.accuracy[f] == right for f in s.accuracy), s.accuracy
    assert s.counts["countries"] == ((0, 1, 0) if predicted else (0, 0, 0))
    assert [d["id"] for d in s.differences] == (["n"] if predicted else [])
    if predicted:
        assert s.differences[0]["error"] == {"gold": "not_a_release", "predicted": "a release"}
        assert "error: 'not_a_release' -> 'a release'" in format_report(s)


def test_multi_event_release_prediction_is_union():
    release = parse_release((DEVSET / "r007.txt").read_bytes())
    assert len(release.events) == 2
    pred = release_prediction(release)
    assert pred["event_type"] == "meeting"
    assert set(pred["foreign_people"]) == {"Didymus Mutasa", "Ngarikutuke Tjiriange"}
    assert pred["cpc_people"] == ["Wang Jiarui"]


# --- through the CLI and the warehouse -----------------------------------------------------

def test_liaison_eval_cli(tmp_path, capsys):
    # through the warehouse (load, SQL back) on every eighth release: the same figures as the direct
    # scoring of those releases (the full set's floors are held by the direct tests above)
    pytest.importorskip("warehouse.load")
    from flows.cli import main

    lines = [line for line in gold_text().splitlines() if line.strip()][::8]
    ids = [json.loads(line)["id"] for line in lines]
    docs, sub = _docs(), tmp_path / "docs"
    sub.mkdir()
    for rid in ids:
        (sub / docs[rid].name).write_bytes(docs[rid].read_bytes())
    (tmp_path / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    direct = score(load_gold("\n".join(lines)), {rid: p for rid in ids if (p := _predict(docs[rid])) is not None})

    assert main(["eval", str(tmp_path / "gold.jsonl"), str(sub), "--json", "--db", str(tmp_path / "eval.duckdb")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["n"] == len(ids) > 150
    for field, floor in ACCURACY_FLOORS.items():
        assert out["accuracy"][field] == pytest.approx(direct.accuracy[field]) and out["accuracy"][field] >= floor, field
    for field, floor in F1_FLOORS.items():
        assert out["prf"][field]["f1"] == pytest.approx(direct.prf[field][2]) and out["prf"][field]["f1"] >= floor, field

    assert main(["parties", "--db", str(tmp_path / "eval.duckdb"), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {"name", "events", "first_date", "last_date"} <= set(rows[0])
    assert main(["parties", "--unresolved", "--db", str(tmp_path / "eval.duckdb"), "--format", "json"]) == 0
    json.loads(capsys.readouterr().out)


def test_liaison_eval_cli_missing_inputs(tmp_path, capsys):
    from flows.cli import main

    assert main(["eval", str(tmp_path / "nope.jsonl"), str(DEVSET)]) == 2
    assert main(["eval", str(GOLD_FILES[0]), str(tmp_path / "nodir")]) == 2

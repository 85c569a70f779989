"""The bundled samples/ folder loads as its README says: 7 files, 5 releases, 5 events."""
from __future__ import annotations

from pathlib import Path

import duckdb

from flows.ingest import run_load

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _one(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_samples_load_once_and_again(tmp_path):
    db = tmp_path / "w.duckdb"
    first = run_load([SAMPLES], db, progress=False)
    assert (first.new, first.updated, first.duplicates, first.events, first.n_quarantined) == (5, 0, 2, 5, 0)
    assert _one(db, "SELECT count(*) FROM release_sources") == [(7,)]
    # the re-issue replaced the first text and every sighting is kept
    body = _one(db, "SELECT body_text FROM releases WHERE title LIKE '%FRELIMO%'")[0][0]
    assert "party building" in body and "bulding" not in body
    assert _one(db, "SELECT count(*) FROM release_sources s JOIN releases r USING (release_id) "
                    "WHERE r.title LIKE '%FRELIMO%'") == [(2,)]
    assert sorted(c for (c,) in _one(db, "SELECT country_code FROM event_countries")) == ["CL", "CU", "KZ", "MZ", "SD"]

    second = run_load([SAMPLES], db, progress=False)
    assert (second.new, second.updated, second.duplicates) == (0, 0, 7)
    assert _one(db, "SELECT count(*) FROM releases") == [(5,)]
    assert _one(db, "SELECT count(*) FROM events") == [(5,)]


def test_unchanged_files_are_not_parsed_again_but_edited_ones_are(tmp_path, monkeypatch):
    import shutil

    import parsers.release

    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    db = tmp_path / "w.duckdb"
    run_load([folder], db, progress=False)
    edited = folder / "2019-04-16_ps_chile.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe two sides also signed a memorandum.\n",
                      encoding="utf-8")
    real = parsers.release.parse_release
    parsed = []

    def counting(content, *a, **kw):
        parsed.append(content)
        return real(content, *a, **kw)

    monkeypatch.setattr(parsers.release, "parse_release", counting)
    again = run_load([folder], db, progress=False)
    assert len(parsed) == 1                       # only the edited file was read as a release
    assert (again.new, again.updated, again.duplicates) == (0, 1, 6)
    assert "memorandum" in _one(db, "SELECT body_text FROM releases WHERE title LIKE '%Chile%'")[0][0]

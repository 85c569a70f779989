"""Walking input paths and turning each file into a Sighting or a Rejection."""
from __future__ import annotations

from datetime import datetime

import importlib.util

import pytest

from bench.synthetic import releases
from flows.sources import MissingPath, expand_paths, iter_sightings, read_release_file

SEEN = datetime(2024, 1, 2, 3, 4, 5)
LIMIT = 20 * 1024 * 1024
ONE = releases(1, seed=7)[0]

CORE_MODULES = ("warehouse.db", "warehouse.load", "warehouse.query", "parsers.release")
needs_core = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in CORE_MODULES),
    reason="needs the core parser and warehouse modules (" + ", ".join(CORE_MODULES) + ")")


def _tree(root):
    files = {
        "a/t20120101_1.txt": ONE.text(),
        "a/b/page.html": ONE.html(),
        "a/b/old.HTM": ONE.html(),
        "a/notes.md": "not a release",
        "a/image.png": "x",
        "a/.hidden.txt": "ignored",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_folders_are_walked_recursively_and_other_types_counted(tmp_path):
    inputs = expand_paths([_tree(tmp_path) / "a"])
    assert sorted(p.name for p in inputs.files) == ["old.HTM", "page.html", "t20120101_1.txt"]
    assert sorted(p.name for p in inputs.skipped) == ["image.png", "notes.md"]
    assert inputs.count == 3


def test_a_file_named_explicitly_is_read_whatever_its_extension(tmp_path):
    root = _tree(tmp_path)
    inputs = expand_paths([root / "a" / "notes.md", root / "a" / "b"])
    assert sorted(p.name for p in inputs.files) == ["notes.md", "old.HTM", "page.html"]


def test_the_same_file_twice_is_read_once(tmp_path):
    root = _tree(tmp_path)
    inputs = expand_paths([root / "a" / "b", root / "a" / "b" / "page.html"])
    assert len(inputs.files) == 2


def test_missing_path_is_an_error_naming_it(tmp_path):
    with pytest.raises(MissingPath, match="nope.txt"):
        expand_paths([_tree(tmp_path) / "a", tmp_path / "nope.txt"])


def test_warc_files_are_collected_for_the_fetch_feature(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(b"\x1f\x8b")
    inputs = expand_paths([tmp_path])
    assert [p.name for p in inputs.warcs] == ["crawl.warc.gz"] and not inputs.skipped


def _read(path, **kw):
    return read_release_file(path, max_bytes=kw.get("max_bytes", LIMIT), seen_at=SEEN)


@needs_core
def test_a_release_becomes_a_sighting_with_file_url_and_mtime(tmp_path):
    path = tmp_path / "t20120101_1.txt"
    path.write_text(ONE.text(), encoding="utf-8")
    s = _read(path)
    assert s.url == "file://" + str(path.resolve())
    assert s.release.title == ONE.title and s.release.published_date == ONE.published
    assert s.seen_at == SEEN and s.modified_at is not None


MOJIBAKE_TITLE = "Delegation of Côte d’Ivoire’s Party Visits China"
BAD_INPUTS = [
    # name, bytes, expected reason code
    ("binary.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
    ("notice.html", b"<html><head><title>Notice</title></head><body><h1>Website Notice</h1>"
                    b"<p>The site will be under maintenance tonight.</p></body></html>", None),
    ("listing.txt", b"News\nAbout us\nContact\n", None),
]


@pytest.mark.parametrize("name,raw,reason", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
@needs_core
def test_bad_files_are_rejected_with_a_reason(tmp_path, name, raw, reason):
    path = tmp_path / name
    path.write_bytes(raw)
    r = _read(path)
    assert not hasattr(r, "release"), f"{name} was accepted"
    assert r.path_or_url == str(path.resolve())
    code = r.reason.split(":", 1)[0]
    if reason:
        assert code == reason
    else:  # a page that is not a release: one of the not-a-release family of codes
        assert code in {"not_a_release", "no_date", "no_title"}, r.reason


@needs_core
def test_oversized_file_is_rejected_before_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:  # 50 MB, sparse: cheap to create
        f.truncate(50 * 1024 * 1024)
    monkeypatch.setattr(type(path), "read_bytes", lambda self: pytest.fail("read a too-large file"))
    r = _read(path)
    assert r.reason.startswith("too_large:") and "52,428,800" in r.reason


@needs_core
def test_wrong_declared_charset_still_decodes_right(tmp_path):
    # cp1252 bytes behind a page that claims UTF-8, as misconfigured servers produce.
    page = ONE.html().replace(ONE.title, MOJIBAKE_TITLE)
    path = tmp_path / "t20120101_2.html"
    path.write_bytes(page.encode("cp1252"))
    s = _read(path)
    assert hasattr(s, "release"), s
    assert s.release.title == MOJIBAKE_TITLE


@needs_core
def test_gb18030_declared_page_decodes(tmp_path):
    page = ONE.html().replace('charset="utf-8"', 'charset="gbk"').replace(ONE.title, MOJIBAKE_TITLE)
    path = tmp_path / "t20120101_3.html"
    path.write_bytes(page.encode("gb18030"))
    assert _read(path).release.title == MOJIBAKE_TITLE


@needs_core
def test_every_input_yields_exactly_one_outcome(tmp_path):
    root = _tree(tmp_path)
    (root / "a" / "empty.txt").write_bytes(b"")
    (root / "a" / "crawl.warc").write_bytes(b"WARC/1.0\r\n")
    inputs = expand_paths([root / "a"])
    out = list(iter_sightings(inputs, max_bytes=LIMIT, seen_at=SEEN))
    assert len(out) == inputs.count == 5
    assert sum(hasattr(x, "release") for x in out) == 3


@needs_core
def test_parsing_in_two_processes_gives_the_same_outcomes_in_order(tmp_path):
    root = _tree(tmp_path)
    (root / "a" / "empty.txt").write_bytes(b"")
    inputs = expand_paths([root / "a"])
    one = list(iter_sightings(inputs, max_bytes=LIMIT, seen_at=SEEN))
    two = list(iter_sightings(inputs, max_bytes=LIMIT, seen_at=SEEN, workers=2))
    assert [getattr(x, "url", None) or x.path_or_url for x in two] == \
           [getattr(x, "url", None) or x.path_or_url for x in one]
    assert [getattr(x, "reason", None) for x in two] == [getattr(x, "reason", None) for x in one]

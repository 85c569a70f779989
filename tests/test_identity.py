"""Identity keys and content fingerprints used by deduplication."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from parsers.identity import (
    NEAR_DUP_THRESHOLD, canonical_url, content_sha256, doc_id, file_url, hamming64, identity_key,
    jaccard, normalize_text, shingles, simhash64, simhash_bands,
)

ROOT = "https://www.idcpc.org.cn"


@pytest.mark.parametrize("url, expected", [
    ("https://www.idcpc.org.cn/english2023/bzhd/202105/t20210531_160418.html", 160418),
    ("http://www.idcpc.gov.cn/english/news/201812/t20181218_99812.html", 99812),
    ("https://idcpc.org.cn/english2023/ttxw_5749/202405/t20240515_1.shtml?x=1#top", 1),
    ("/english/news/201812/T20181218_99812.HTM", 99812),
    ("https://www.idcpc.org.cn/english2023/bzhd/index_2.html", None),
    ("https://www.idcpc.org.cn/english2023/bzhd/t2021_160418.html", None),
    ("file:///data/releases/song-tao.txt", None),
])
def test_doc_id(url, expected):
    assert doc_id(url) == expected


@pytest.mark.parametrize("url, expected", [
    ("HTTP://WWW.IDCPC.GOV.CN/english/news/index.html", f"{ROOT}/english/news/index.html"),
    ("http://idcpc.org.cn:80/english/", f"{ROOT}/english/"),
    ("https://www.idcpc.org.cn:443/english/a.html#para2", f"{ROOT}/english/a.html"),
    ("https://idcpc.gov.cn", f"{ROOT}/"),
    ("https://www.idcpc.org.cn//english//news/index_1.html?page=2", f"{ROOT}/english/news/index_1.html?page=2"),
    ("http://127.0.0.1:8765/english/News.html", "https://127.0.0.1:8765/english/News.html"),
    ("http://Mirror.Example.org/english/", "https://mirror.example.org/english/"),
    ("http://Example.org:abc/x.html", "https://example.org:abc/x.html"),
    ("file:///data/a%20b.txt", "file:///data/a%20b.txt"),
])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_identity_key_joins_hosts_schemes_and_sections():
    variants = [
        "http://www.idcpc.gov.cn/english/news/202105/t20210531_160418.html",
        "https://www.idcpc.org.cn/english2023/bzhd/202105/t20210531_160418.html",
        "https://idcpc.org.cn/english2023/ttxw_5749/202105/t20210531_160418.html#x",
    ]
    assert {identity_key(u) for u in variants} == {"doc:160418"}
    assert identity_key("http://www.idcpc.gov.cn/english/about.html") == f"{ROOT}/english/about.html"


@pytest.mark.parametrize("path, expected", [
    ("/data/releases/a.txt", "file:///data/releases/a.txt"),
    ("/data/my releases/b#1.html", "file:///data/my%20releases/b%231.html"),
    ("/tmp/宋涛.txt", "file:///tmp/%E5%AE%8B%E6%B6%9B.txt"),
])
def test_file_url(path, expected):
    assert file_url(path) == expected


@pytest.mark.parametrize("path", ["relative/a.txt", "a.txt", ""])
def test_file_url_refuses_relative_paths(path):
    with pytest.raises(ValueError, match="absolute"):
        file_url(path)


@pytest.mark.parametrize("text, expected", [
    ("Song  Tao\u00a0MET\nwith  guests", "song tao met with guests"),
    ("\u201cCommunity\u201d \u2018shared\u2019 future", "\"community\" 'shared' future"),
    ("Beijing, May 5th\u2014Song", "beijing, may 5th-song"),
    ("Beijing, May 5th--Song", "beijing, may 5th-song"),
    ("\ufeffＩＤＣＰＣ\u200b delegation", "idcpc delegation"),
])
def test_normalize_text(text, expected):
    assert normalize_text(text) == expected


def test_content_sha256_ignores_rendering_differences():
    a = "Song Tao met \u201cguests\u201d\u2014in Beijing.\n\nBoth sides agreed."
    b = "Song Tao met \"guests\"--in  Beijing.\r\n\r\nBoth\u00a0sides agreed."
    assert content_sha256(a) == content_sha256(b)
    assert content_sha256(a) != content_sha256(a.replace("agreed", "disagreed"))


@pytest.mark.parametrize("text, k, expected", [
    ("a b c d", 3, {"a b c", "b c d"}),
    ("A, b. C!", 3, {"a b c"}),
    ("only two", 3, {"only two"}),
    ("", 3, set()),
    ("x y", 1, {"x", "y"}),
])
def test_shingles(text, k, expected):
    assert shingles(text, k) == expected


BASE = (
    "Beijing, May 15th - Liu Jianchao, Minister of the International Department of the CPC "
    "Central Committee, met here today with a delegation of the Freedonian Labour Party led by "
    "its Secretary General Juan Sample. Liu said that the CPC is ready to deepen exchanges with "
    "the party and to share experience in state governance. Sample said that his party highly "
    "appreciates the achievements of China and supports the Global Development Initiative. "
    "Both sides agreed to strengthen dialogue and cooperation between the two parties."
)
EDITED = BASE.replace("deepen exchanges", "deepen its exchanges") + " Qian Hongshan was present."
OTHER = (
    "Harare, June 2nd - A CPC delegation led by Wang Example visited Zimbabwe and held talks with "
    "leaders of the ruling party on rural development, poverty reduction and youth exchanges. The "
    "hosts thanked China for its support and hoped to learn from its experience in governance."
)


def test_near_duplicate_edit_is_above_threshold_and_other_release_below():
    assert jaccard(BASE, EDITED) >= NEAR_DUP_THRESHOLD
    assert jaccard(BASE, OTHER) < 0.2
    assert hamming64(simhash64(BASE), simhash64(EDITED)) < hamming64(simhash64(BASE), simhash64(OTHER))


def test_jaccard_edges():
    assert jaccard(frozenset(), frozenset()) == 1.0
    assert jaccard(shingles("a b c"), frozenset()) == 0.0
    assert jaccard(BASE, BASE) == 1.0


def test_simhash_matches_a_plain_bit_count():
    import hashlib

    grams = shingles(BASE)
    votes = [0] * 64
    for g in grams:
        h = int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            votes[bit] += 1 if h >> bit & 1 else -1
    assert simhash64(BASE) == sum(1 << b for b in range(64) if votes[b] > 0)
    assert simhash64(grams) == simhash64(BASE)
    assert simhash64("") == 0


def test_simhash_is_stable_across_processes():
    code = f"from parsers.identity import simhash64; print(simhash64({BASE!r}))"
    outs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed,
                            "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}).stdout.strip()
        for seed in ("1", "2")
    }
    assert outs == {str(simhash64(BASE))}


def test_simhash_bands_cover_hamming_three():
    h = simhash64(BASE)
    flipped = h ^ (1 << 3) ^ (1 << 20) ^ (1 << 40)
    assert len(simhash_bands(h)) == 4
    assert all(0 <= b < 1 << 16 for b in simhash_bands(h))
    assert sum(a == b for a, b in zip(simhash_bands(h), simhash_bands(flipped))) == 1
    assert 0 <= h < 1 << 64

"""Ranked full-text search over release titles and bodies (DuckDB fts, BM25, English stemmer).

The index lives in the schema `fts_main_releases` inside the warehouse file, so it travels
with snapshots and read-only connections can query it; only write runs rebuild it
(`build_index`, called from `post_write.refresh`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

# A title hit is a stronger signal than a passing mention in a long body: titles are a
# handful of words naming the subject of the release.
TITLE_WEIGHT = 3.0
SNIPPET_CHARS = 160
INDEX_SCHEMA = "fts_main_releases"


class SearchError(Exception):
    """A search that cannot run (no index yet, empty query)."""


def fts_extension_path() -> Path:
    """The bundled fts extension: INSTALL cannot reach the internet, so LOAD it by path."""
    import duckdb
    import duckdb_extension_fts

    version = duckdb.__version__
    return Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{version}" / "fts.duckdb_extension"


def load_fts(con) -> None:
    con.execute(f"LOAD '{fts_extension_path()}'")


def has_index(con) -> bool:
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name = 'docs'",
        [INDEX_SCHEMA],
    ).fetchone()
    return bool(row and row[0])


def build_index(con) -> int:
    """(Re)build the index over releases.title and releases.body_text; returns indexed rows."""
    load_fts(con)
    con.execute(
        "PRAGMA create_fts_index('releases', 'release_id', 'title', 'body_text', "
        "stemmer = 'english', stopwords = 'english', lower = 1, strip_accents = 1, overwrite = 1)"
    )
    return con.execute("SELECT count(*) FROM releases").fetchone()[0]


@dataclass(frozen=True)
class Hit:
    release_id: str
    score: float
    published_date: date | None
    title: str
    countries: tuple[str, ...]
    url: str
    snippet: str


_SEARCH_SQL = (Path(__file__).parent / "sql" / "search.sql").read_text()


def search(con, query: str, *, since: date | None = None, until: date | None = None,
           country: str | None = None, party: str | None = None, limit: int = 20) -> list[Hit]:
    """Releases matching `query`, best first; filters narrow by date, country and party."""
    if not query or not query.strip():
        raise SearchError("empty query: give one or more words to search for")
    load_fts(con)
    if not has_index(con):
        raise SearchError("no full-text index in this warehouse yet: run a load (every write run builds it)")
    params = {
        "q": query, "title_weight": TITLE_WEIGHT, "since": since, "until": until,
        "country": country.upper() if country else None,
        "party": party, "party_like": f"%{party.lower()}%" if party else None,
        "limit": int(limit),
    }
    rows = con.execute(_SEARCH_SQL, params).fetchall()
    terms = query_terms(query)
    return [
        Hit(release_id=r[0], score=float(r[1]), published_date=r[2], title=r[3],
            countries=tuple(r[4] or ()), url=r[5], snippet=snippet(r[6] or "", terms))
        for r in rows
    ]


# The index drops English stopwords; the snippet should not highlight them either.
_STOPWORDS = frozenset("a an and are as at be by for from in is it of on or the to with".split())


def query_terms(query: str) -> list[str]:
    return [t for t in re.findall(r"\w+", query.lower()) if len(t) > 1 and t not in _STOPWORDS]


def _stem_prefix(term: str) -> str:
    # A crude stem is enough to *locate* a match for the snippet; ranking uses the real stemmer.
    for suffix in ("ations", "ation", "ings", "ing", "ies", "es", "ed", "s"):
        if term.endswith(suffix) and len(term) - len(suffix) >= 3:
            return term[: -len(suffix)]
    return term


def snippet(text: str, terms: list[str], width: int = SNIPPET_CHARS) -> str:
    """A window of `text` around the first place where the query terms cluster, hits in [brackets]."""
    flat = " ".join(text.split())
    if not flat:
        return ""
    patterns = [re.compile(r"\b" + re.escape(_stem_prefix(t)) + r"\w*", re.IGNORECASE) for t in terms]
    positions = sorted(m.start() for p in patterns for m in p.finditer(flat))
    if not positions:
        return flat[:width] + ("…" if len(flat) > width else "")
    # Prefer the window holding most hits, so a phrase beats scattered single words.
    best = max(positions, key=lambda s: sum(1 for p in positions if s <= p < s + width // 2))
    start = max(0, best - width // 3)
    end = min(len(flat), start + width)
    window = flat[start:end]
    for p in patterns:
        window = p.sub(lambda m: f"[{m.group(0)}]", window)
    return ("…" if start else "") + window + ("…" if end < len(flat) else "")

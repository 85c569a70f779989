"""The development set's gold lines (issue 5's format), kept in shards under 2 MB each
(`tests/fixtures/devset/gold-1.jsonl`, `gold-2.jsonl`, ...); new lines go to the last shard."""
from __future__ import annotations

from pathlib import Path

DEVSET = Path(__file__).parent / "fixtures" / "devset"
GOLD_FILES = sorted(DEVSET.glob("gold-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))


def gold_text() -> str:
    """Every shard's lines, in order, as one JSONL text."""
    return "".join(p.read_text(encoding="utf-8") for p in GOLD_FILES)

"""What every write run does after loading: refresh derived structures, check, publish.

Placeholder signatures (see docs/ARCHITECTURE.md); the analyst feature fills them in.
"""
from __future__ import annotations

from pathlib import Path


def refresh(con) -> list:
    """Rebuild derived structures (full-text index) and run quality checks."""
    return []


def publish_snapshot(db_path: Path) -> Path | None:
    """Publish a read-only copy of the warehouse beside it, atomically."""
    return None

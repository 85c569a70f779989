"""What every `liaison` subcommand shares: exit codes, the --db option, plain errors, read-only opening."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_CANNOT_RUN = 0, 1, 2
DB_HELP = "warehouse file (default: $LIAISON_DB, else data/warehouse.duckdb)"


def db_path(args) -> Path:
    from flows.config import Settings

    return Settings.from_env().with_db(getattr(args, "db", None)).db_path


def fail(message: str, code: int = EXIT_CANNOT_RUN) -> int:
    """Print one plain line (no traceback) and return the exit code."""
    print(f"liaison: {message}", file=sys.stderr)
    return code


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def open_readonly(db: Path):
    """(connection, note): the live warehouse, or its snapshot while a writer holds the file.

    Raises FileNotFoundError when neither exists.
    """
    from warehouse.db import connect_readonly

    return connect_readonly(db)

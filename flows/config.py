"""Run settings, read from the environment once per command or flow run.

Every command and flow takes its defaults from here so that `LIAISON_DB` and the
other variables mean the same thing everywhere; command-line options override them.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_DB = "data/warehouse.duckdb"
DEFAULT_ARCHIVE = "data/archive/"
DEFAULT_BASE_URL = "https://www.idcpc.org.cn/english2023/"
# The site operator should be able to reach whoever runs the crawler: deployments
# replace the placeholder with a real address through LIAISON_USER_AGENT.
DEFAULT_USER_AGENT = "liaison/0.1 (research archive; contact: CHANGE-ME@example.org)"
MAX_FILE_BYTES = 20 * 1024 * 1024


class SettingsError(ValueError):
    """An environment variable holds a value that cannot be used."""


def _number(env: dict, name: str, default: float, kind=float):
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a number") from None
    if value < 0:
        raise SettingsError(f"{name}={raw!r} must not be negative")
    return value


@dataclass(frozen=True)
class Settings:
    db_path: Path = Path(DEFAULT_DB)
    archive_dir: Path = Path(DEFAULT_ARCHIVE)
    base_url: str = DEFAULT_BASE_URL
    user_agent: str = DEFAULT_USER_AGENT
    request_delay: float = 1.0       # seconds between requests to the site (politeness)
    request_timeout: float = 30.0
    max_retries: int = 3
    max_file_bytes: int = MAX_FILE_BYTES  # local files above this are quarantined unread
    batch_size: int = 2000           # files per load transaction: bounds memory on big loads
    workers: int = 1                 # parsing processes for local loads

    @classmethod
    def from_env(cls, env: dict | None = None) -> "Settings":
        env = os.environ if env is None else env
        return cls(
            db_path=Path(env.get("LIAISON_DB") or DEFAULT_DB),
            archive_dir=Path(env.get("LIAISON_ARCHIVE") or DEFAULT_ARCHIVE),
            base_url=env.get("LIAISON_BASE_URL") or DEFAULT_BASE_URL,
            user_agent=env.get("LIAISON_USER_AGENT") or DEFAULT_USER_AGENT,
            request_delay=_number(env, "LIAISON_REQUEST_DELAY", 1.0),
            request_timeout=_number(env, "LIAISON_REQUEST_TIMEOUT", 30.0),
            max_retries=_number(env, "LIAISON_MAX_RETRIES", 3, int),
            max_file_bytes=_number(env, "LIAISON_MAX_FILE_BYTES", MAX_FILE_BYTES, int),
            batch_size=max(1, _number(env, "LIAISON_BATCH_SIZE", 2000, int)),
            workers=max(1, _number(env, "LIAISON_WORKERS", 1, int)),
        )

    def with_db(self, db_path: str | Path | None) -> "Settings":
        """These settings with `--db` applied when given."""
        return self if not db_path else replace(self, db_path=Path(db_path))

    # Other modules spell it `db`; one name for both keeps callers simple.
    @property
    def db(self) -> Path:
        return self.db_path

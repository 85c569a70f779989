"""Shared test fixtures.

Prefect: one session-scoped test harness (a temporary server, started once) for the
tests that really run flows; everything else calls the plain functions and never
starts Prefect.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"

# Prefect settings must be in the environment before prefect is imported anywhere.
os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect server for the whole session; request it only where a flow runs."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "samples").is_dir():
        pytest.skip("../shared is not beside this clone")
    return SHARED


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "warehouse.duckdb"

"""End to end: a real Prefect server, a process worker and the mock site, all on 127.0.0.1.

Deploys deploy/prefect.yaml, checks the schedules the server creates, triggers
backfill/manual, then the same backfill again (nothing changes), then two at once
(one is cancelled). Everything started here is stopped by PID at the end.
"""
from __future__ import annotations

import re
import time
from zoneinfo import ZoneInfo

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(1200)]

# The mock site's releases are dated 2012-01-01..2012-01-08: weekly chunks give three
# subflows (Sunday 1 January alone, then two ISO weeks), two of them with releases.
SINCE, UNTIL = "2012-01-01", "2012-01-14"
SECTIONS = ["/english2023/bzhd/", "/english/news/"]
N_RELEASES = 24
BACKFILL = dict(since=SINCE, until=UNTIL, chunk="week", sections=SECTIONS)
# Clock and run stamps (sightings, crawl bookkeeping) move on every run; the data must not.
VOLATILE = {"last_seen_at", "loaded_at", "created_at", "updated_at", "recorded_at", "run_id",
            "last_checked_at", "last_walked_at"}


@pytest.fixture(scope="module")
def site():
    mock_site = pytest.importorskip("tests.mock_site")
    for module in ("flows.crawl", "warehouse.load", "parsers.release"):
        pytest.importorskip(module)
    server, _ = mock_site.build_site(N_RELEASES, sections=tuple(SECTIONS))
    with server:
        yield server


@pytest.fixture(scope="module")
def stack(site, tmp_path_factory):
    from flows.local_stack import LocalStack

    root = tmp_path_factory.mktemp("e2e")
    env = {"LIAISON_DB": str(root / "warehouse.duckdb"), "LIAISON_ARCHIVE": str(root / "archive"),
           "LIAISON_BASE_URL": site.base_url, "LIAISON_REQUEST_DELAY": "0"}
    with LocalStack(root / "prefect-home", env_extra=env) as st:
        st.start_server()
        st.deploy()
        st.start_worker()
        st.db = root / "warehouse.duckdb"
        yield st


@pytest.fixture(scope="module")
def client(stack):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: stack.api_url}), get_client(sync_client=True) as c:
        yield c


def trigger(client, name: str, **parameters):
    from prefect.deployments import run_deployment

    return run_deployment(name, parameters=parameters, timeout=0)


def snapshot(db) -> dict[str, list]:
    """Every table but `runs`, without columns that legitimately change on a re-run."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_type = 'BASE TABLE' AND table_schema = 'main' AND table_name NOT IN ('runs', 'captures')").fetchall():
            cols = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns "
                                              "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
                    if c not in VOLATILE]
            quoted = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f'SELECT {quoted} FROM "{table}" ORDER BY ALL').fetchall()
        return out
    finally:
        con.close()


def run_and_wait(client, name: str, **parameters):
    from flows.local_stack import wait_final

    run = trigger(client, name, **parameters)
    return wait_final(client, run.id, timeout=600)


def test_scheduled_runs_have_shanghai_times_and_parameters(stack, client):
    from prefect.client.schemas.filters import DeploymentFilter, FlowRunFilter

    dep = client.read_deployment_by_name("ingest/daily")
    deadline = time.monotonic() + 120
    runs = []
    while time.monotonic() < deadline and len(runs) < 4:
        runs = client.read_flow_runs(deployment_filter=DeploymentFilter(id={"any_": [dep.id]}),
                                     flow_run_filter=FlowRunFilter(state={"type": {"any_": ["SCHEDULED"]}}))
        time.sleep(2)
    assert len(runs) >= 4, "the scheduler created no runs for ingest/daily"
    shanghai = ZoneInfo("Asia/Shanghai")
    for run in runs:
        local = run.expected_start_time.astimezone(shanghai)
        if run.parameters.get("max_pages"):
            assert (local.weekday(), local.hour, local.minute) == (6, 3, 30)
            assert run.parameters == {"mode": "fetch", "since": "2000-01-01", "max_pages": 20, "refetch": True}
        else:
            assert (local.hour, local.minute) in {(8, 0), (20, 0)}
            assert run.parameters == {"mode": "fetch"}
    assert any(not r.parameters.get("max_pages") for r in runs)


def test_backfill_via_deployment_loads_and_publishes(stack, client):
    run = run_and_wait(client, "backfill/manual", **BACKFILL)
    assert run.state.type.value == "COMPLETED", f"{run.state.message}\n{stack.log('worker')[-4000:]}"
    tables = snapshot(stack.db)
    assert len(tables["releases"]) == N_RELEASES
    assert len(tables["events"]) >= N_RELEASES

    from prefect.client.schemas.filters import ArtifactFilter, FlowRunFilter

    artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key={"any_": ["backfill-summary"]}),
                                      flow_run_filter=FlowRunFilter(id={"any_": [run.id]}))
    assert len(artifacts) == 1
    assert re.search(r"\| 2012-01-02\.\.2012-01-08 \| ok \|", artifacts[0].data)
    assert artifacts[0].data.count("| ok |") == 3
    stack.first_snapshot = tables


def test_same_backfill_again_via_cli_changes_nothing(stack, client):
    import subprocess
    import sys
    from pathlib import Path

    liaison = Path(sys.executable).with_name("liaison")
    done = subprocess.run([str(liaison), "backfill", "--since", SINCE, "--until", UNTIL, "--chunk", "week",
                           "--sections", *SECTIONS, "--via-deployment", "--wait"], env=stack.env(), capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "triggered backfill/manual" in done.stdout
    assert snapshot(stack.db) == stack.first_snapshot


def test_two_backfills_at_once_one_is_cancelled(stack, client):
    from flows.local_stack import wait_final

    a = trigger(client, "backfill/manual", **BACKFILL)
    b = trigger(client, "backfill/manual", **BACKFILL)
    states = sorted((wait_final(client, r.id).state for r in (a, b)), key=lambda s: s.type.value)
    assert [s.type.value for s in states] == ["CANCELLED", "COMPLETED"]
    assert "concurrency limit" in states[0].message.lower()
    assert snapshot(stack.db) == stack.first_snapshot

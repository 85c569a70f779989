"""deploy/prefect.yaml: schedules give the right next runs; concurrency settings per deployment."""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

PREFECT_FILE = Path(__file__).resolve().parent.parent / "deploy" / "prefect.yaml"


def _deployments() -> dict[str, dict]:
    config = yaml.safe_load(PREFECT_FILE.read_text())
    return {f"{d['entrypoint'].rsplit(':', 1)[1]}/{d['name']}": d for d in config["deployments"]}


def _next_runs(schedule_config: dict, after: datetime, n: int):
    """What the server's scheduler will create, computed with the server's own schedule code."""
    from prefect.cli.deploy._schedules import _schedule_config_to_deployment_schedule
    from prefect.server.schemas.schedules import CronSchedule

    spec = _schedule_config_to_deployment_schedule(schedule_config)
    server = CronSchedule(**spec["schedule"].model_dump())
    dates = asyncio.run(server.get_dates(n=n, start=after))
    return [d.astimezone(timezone.utc) for d in dates], spec.get("parameters", {})


AFTER = datetime(2026, 3, 2, 1, 0, tzinfo=timezone.utc)  # Monday 09:00 in Shanghai


@pytest.mark.parametrize(
    "slug,expected_utc,parameters",
    [
        # 20:00 and 08:00 Asia/Shanghai (UTC+8, no DST) are 12:00 and 00:00 UTC
        ("twice-daily", ["2026-03-02T12:00", "2026-03-03T00:00", "2026-03-03T12:00"], {"mode": "fetch"}),
        # Sunday 03:30 Shanghai is Saturday 19:30 UTC
        ("weekly-deep-recheck", ["2026-03-07T19:30", "2026-03-14T19:30", "2026-03-21T19:30"],
         {"mode": "fetch", "since": "2000-01-01", "max_pages": 20, "refetch": True}),
    ],
)
def test_daily_schedules_next_runs(slug, expected_utc, parameters):
    schedules = {s["slug"]: s for s in _deployments()["ingest/daily"]["schedules"]}
    dates, params = _next_runs(schedules[slug], AFTER, len(expected_utc))
    assert [d.strftime("%Y-%m-%dT%H:%M") for d in dates] == expected_utc
    assert params == parameters


@pytest.mark.parametrize(
    "deployment,strategy,scheduled",
    [("ingest/daily", "ENQUEUE", True), ("backfill/manual", "CANCEL_NEW", False),
     ("reparse/manual", "CANCEL_NEW", False)],
)
def test_every_deployment_allows_one_run(deployment, strategy, scheduled):
    d = _deployments()[deployment]
    assert d["concurrency_limit"] == {"limit": 1, "collision_strategy": strategy}
    assert bool(d.get("schedules")) is scheduled
    assert d["work_pool"]["name"] == "liaison"


@pytest.mark.parametrize("deployment", ["ingest/daily", "backfill/manual", "reparse/manual"])
def test_entrypoint_flow_accepts_every_configured_parameter(deployment):
    import inspect

    from prefect.flows import load_flow_from_entrypoint

    d = _deployments()[deployment]
    path = PREFECT_FILE.parent.parent / d["entrypoint"].split(":")[0]
    if not path.is_file():
        pytest.skip(f"{d['entrypoint']} is not in this build")
    flow = load_flow_from_entrypoint(str(path) + ":" + d["entrypoint"].split(":")[1])
    assert flow.name == deployment.split("/")[0]
    accepted = set(inspect.signature(flow.fn).parameters)
    configured = set(d.get("parameters") or {})
    for schedule in d.get("schedules") or []:
        configured |= set(schedule.get("parameters") or {})
    assert configured <= accepted, f"{deployment}: {configured - accepted} not accepted by the flow"

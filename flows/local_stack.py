"""A throwaway Prefect server + process worker as subprocesses, for tests and benchmarks.

The same steps as deploy/serve.sh, from Python, with a private PREFECT_HOME and a
free port so it never touches an operator's server. Every process is started in its
own session and stopped by its PID (its process group), never by name.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
PREFECT_FILE = ROOT / "deploy" / "prefect.yaml"
POOL = "liaison"
FINAL = {"COMPLETED", "FAILED", "CANCELLED", "CRASHED"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StackError(RuntimeError):
    """A step of starting the stack failed; the message carries the command's output."""


@dataclass
class LocalStack:
    home: Path
    env_extra: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
        env.update(
            PREFECT_HOME=str(self.home), PREFECT_API_URL=self.api_url,
            PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
            PREFECT_LOGGING_LEVEL="INFO",
            # Poll often: a run should start within seconds of its trigger.
            PREFECT_WORKER_QUERY_SECONDS="1", PREFECT_WORKER_PREFETCH_SECONDS="5",
            PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="5",
        )
        env.update(self.env_extra)
        return env

    def _prefect(self, *args: str, timeout: float = 300) -> str:
        cmd = [str(Path(sys.executable).with_name("prefect")), *args]
        done = subprocess.run(cmd, cwd=ROOT, env=self.env(), capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise StackError(f"{' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        return done.stdout

    def _spawn(self, name: str, *args: str) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        log = open(self.home / f"{name}.log", "ab")
        cmd = [str(Path(sys.executable).with_name("prefect")), *args]
        self.procs[name] = subprocess.Popen(cmd, cwd=ROOT, env=self.env(), stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)

    def start_server(self, timeout: float = 180) -> None:
        self._spawn("server", "server", "start", "--host", "127.0.0.1", "--port", str(self.port))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.procs["server"].poll() is not None:
                raise StackError(f"server exited: {self.log('server')[-3000:]}")
            try:
                if httpx.get(f"{self.api_url}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise StackError(f"server not healthy after {timeout}s: {self.log('server')[-3000:]}")

    def deploy(self, *names: str) -> str:
        """Create the pool and deploy deploy/prefect.yaml (all, or the named deployments)."""
        self._prefect("work-pool", "create", POOL, "--type", "process", "--overwrite")
        select = [a for n in names for a in ("--name", n)] or ["--all"]
        return self._prefect("--no-prompt", "deploy", "--prefect-file", str(PREFECT_FILE), *select)

    def start_worker(self) -> None:
        self._spawn("worker", "worker", "start", "--pool", POOL, "--type", "process")

    def log(self, name: str) -> str:
        path = self.home / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        """Worker first (it must not pick up runs while the server goes), then the server."""
        for name in sorted(self.procs, key=lambda n: n != "worker"):
            proc = self.procs[name]
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=10)
                except ProcessLookupError:
                    pass
        self.procs.clear()

    def __enter__(self) -> "LocalStack":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def wait_final(client, flow_run_id, timeout: float = 600, poll: float = 1.0):
    """Poll a flow run until it is in a final state; generous for a busy 2-core machine."""
    deadline = time.monotonic() + timeout
    while True:
        run = client.read_flow_run(flow_run_id)
        if run.state and run.state.type.value in FINAL:
            return run
        if time.monotonic() > deadline:
            raise TimeoutError(f"flow run {run.name} still {run.state.type.value if run.state else '?'} after {timeout}s")
        time.sleep(poll)

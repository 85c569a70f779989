#!/usr/bin/env bash
# Start a local Prefect server on 127.0.0.1, create the `liaison` process work pool
# and the warehouse-writer limit, deploy deploy/prefect.yaml, and start one worker.
# PIDs go to $PREFECT_HOME/liaison-serve.pids; deploy/stop.sh stops exactly those.
#
# Env: LIAISON_PREFECT_PORT (default 4200), PREFECT_HOME (default ./.prefect),
# LIAISON_DB / LIAISON_ARCHIVE / LIAISON_BASE_URL are passed to flow runs as set.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PREFECT="${PREFECT:-$ROOT/.venv/bin/prefect}"
PORT="${LIAISON_PREFECT_PORT:-4200}"
POOL="liaison"

export PREFECT_HOME="${PREFECT_HOME:-$ROOT/.prefect}"
export PREFECT_API_URL="http://127.0.0.1:$PORT/api"
export PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1
# Flow runs start in the repository root; absolute paths keep them independent of it.
export LIAISON_DB="${LIAISON_DB:-$ROOT/data/warehouse.duckdb}"
export LIAISON_ARCHIVE="${LIAISON_ARCHIVE:-$ROOT/data/archive}"

PIDS="$PREFECT_HOME/liaison-serve.pids"
LOGS="$PREFECT_HOME/logs"
mkdir -p "$PREFECT_HOME" "$LOGS" "$(dirname "$LIAISON_DB")"

if [[ -s "$PIDS" ]]; then
    echo "serve: already running (PIDs in $PIDS); run deploy/stop.sh first" >&2
    exit 1
fi

# setsid: each process leads its own group, so stop.sh can stop it with its children.
setsid "$PREFECT" server start --host 127.0.0.1 --port "$PORT" >"$LOGS/server.log" 2>&1 &
echo "server $!" >>"$PIDS"

for _ in $(seq 1 120); do
    if curl -fsS "$PREFECT_API_URL/health" >/dev/null 2>&1; then break; fi
    sleep 1
done
curl -fsS "$PREFECT_API_URL/health" >/dev/null || { echo "serve: server did not start, see $LOGS/server.log" >&2; exit 1; }

"$PREFECT" work-pool create "$POOL" --type process --overwrite >/dev/null
"$PREFECT" gcl create warehouse-writer --limit 1 >/dev/null 2>&1 || true  # exists already: fine
"$PREFECT" --no-prompt deploy --prefect-file deploy/prefect.yaml --all

setsid "$PREFECT" worker start --pool "$POOL" --type process >"$LOGS/worker.log" 2>&1 &
echo "worker $!" >>"$PIDS"

echo "serve: Prefect UI at http://127.0.0.1:$PORT, worker polling pool '$POOL'"
echo "serve: export PREFECT_API_URL=$PREFECT_API_URL to use the prefect CLI against it"

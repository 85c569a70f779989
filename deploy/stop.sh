#!/usr/bin/env bash
# Stop what deploy/serve.sh started: only the process groups whose PIDs it recorded.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFECT_HOME="${PREFECT_HOME:-$ROOT/.prefect}"
PIDS="$PREFECT_HOME/liaison-serve.pids"

if [[ ! -s "$PIDS" ]]; then
    echo "stop: nothing recorded in $PIDS"
    exit 0
fi

# Worker first, so it does not pick up runs while the server goes away.
tac "$PIDS" | while read -r name pid; do
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; fi
        echo "stop: $name ($pid) stopped"
    else
        echo "stop: $name ($pid) was not running"
    fi
done
rm -f "$PIDS"

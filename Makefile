# liaison: every target installs what it needs first (a fresh clone needs only python3.11).
SHELL := /bin/bash
PYTHON ?= python3.11
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
export UV_PROJECT_ENVIRONMENT := $(abspath $(VENV))
export PREFECT_HOME := $(abspath .prefect)
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 120
export PREFECT_LOGGING_LEVEL ?= WARNING

.PHONY: install run test bench serve stop clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install -q uv==$(UV_VERSION)

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON) -q
	touch $@

install: $(VENV)/.installed

# Loads samples/ through the Prefect `ingest` flow (a temporary local Prefect server
# starts for the run), then prints one report.
RUN_REPORT ?= events_per_country_year
run: install
	$(VENV)/bin/liaison load samples
	$(VENV)/bin/liaison report $(RUN_REPORT)

# pytest exits 5 when it collects nothing: that fails the target like any other
# non-zero status, so an empty or broken collection can never pass CI.
test: install
	$(PY) -m pytest -q -p no:cacheprovider

BENCH_ARGS ?=
bench: install
	$(PY) -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(TOOLS) data .prefect

# Local Prefect server + process worker with the deployments of deploy/prefect.yaml.
serve: install
	deploy/serve.sh

stop:
	deploy/stop.sh

"""The `liaison` command line.

Each feature keeps its subcommands in its own module exposing `register(subparsers)`;
this file only assembles them, so features can grow without touching each other.
Modules that import Prefect do so inside their handlers: `sql` and `report` must
stay fast and never start a Prefect server.
"""
from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES = (
    "flows.cmd_core",
    "flows.cmd_fetch",
    "flows.cmd_orchestrate",
    "flows.cmd_analyst",
    "flows.cmd_eval",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="liaison",
        description="Ingest, archive and query IDCPC inter-party diplomacy press releases.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # feature not present in this build
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Each subcommand sets `func(args) -> int` via set_defaults.
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())

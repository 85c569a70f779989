"""Run every benchmark module in this package that defines `main(argv)`.

`python -m bench [--n N] [...]` passes the same arguments to each module (each reads
the options it knows with parse_known_args); `python -m bench --only core,fetch`
runs a subset.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback
from pathlib import Path


def modules() -> list[str]:
    here = Path(__file__).parent
    names = [m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_")]
    # core first: the other benches are read against its numbers.
    return sorted(names, key=lambda n: (n != "core", n))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m bench", add_help=False)
    parser.add_argument("--only", help="comma-separated bench modules to run (default: all)")
    known, rest = parser.parse_known_args(argv)
    wanted = set(known.only.split(",")) if known.only else None
    failures = 0
    for name in modules():
        if wanted and name not in wanted:
            continue
        module = importlib.import_module(f"bench.{name}")
        entry = getattr(module, "main", None)
        if not callable(entry):
            continue
        print(f"== bench.{name}", flush=True)
        try:
            entry(list(rest))
        except SystemExit as exc:  # argparse in a bench that rejects another bench's options
            if exc.code not in (0, None):
                print(f"bench.{name} exited with {exc.code}", file=sys.stderr)
                failures += 1
        except Exception:  # noqa: BLE001 — one broken bench must not hide the others' figures
            traceback.print_exc()
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

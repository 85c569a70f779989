"""Data-quality rules over the warehouse, one `.sql` file per rule in `sql/checks/`.

Each file starts with `-- level: error|warning|info` and a `-- description` line, then one
SELECT returning the offending rows (no rows = the rule passes). Rows are listed, never just
counted, so analysts can see what a rule found (the no-event ledger is one such list).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

CHECKS_DIR = Path(__file__).parent / "sql" / "checks"
LEVELS = ("error", "warning", "info")
SAMPLE_ROWS = 20


class CheckDefinitionError(Exception):
    """A rule file without a valid level or description header."""


@dataclass(frozen=True)
class Check:
    name: str
    level: str
    description: str
    sql: str


@dataclass
class CheckResult:
    name: str
    level: str
    description: str
    count: int
    columns: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)   # at most SAMPLE_ROWS of them

    @property
    def passed(self) -> bool:
        return self.count == 0

    @property
    def ok(self) -> bool:
        """Run summaries show info-level findings (ledgers) without calling them failures."""
        return self.passed or self.level == "info"

    @property
    def message(self) -> str:
        return f"[{self.level}] {self.count} found — {self.description}"

    @property
    def failed_error(self) -> bool:
        return self.level == "error" and self.count > 0

    def line(self) -> str:
        status = "ok" if self.passed else f"{self.count} found"
        return f"[{self.level}] {self.name}: {status} — {self.description}"


def parse_check(path: Path) -> Check:
    text = path.read_text()
    header = [ln[2:].strip() for ln in text.splitlines()[:2] if ln.startswith("--")]
    if len(header) < 2 or not header[0].startswith("level:"):
        raise CheckDefinitionError(f"{path.name}: first two lines must be '-- level: ...' and '-- description'")
    level = header[0].split(":", 1)[1].strip()
    if level not in LEVELS:
        raise CheckDefinitionError(f"{path.name}: level {level!r} is not one of {', '.join(LEVELS)}")
    return Check(name=path.stem, level=level, description=header[1], sql=text)


def list_checks(directory: Path = CHECKS_DIR) -> list[Check]:
    return [parse_check(p) for p in sorted(directory.glob("*.sql"))]


def run_check(con, check: Check, sample: int = SAMPLE_ROWS) -> CheckResult:
    count = con.execute(f"SELECT count(*) FROM ({check.sql.rstrip().rstrip(';')})").fetchone()[0]
    cur = con.execute(f"SELECT * FROM ({check.sql.rstrip().rstrip(';')}) LIMIT {int(sample)}")
    columns = [d[0] for d in cur.description]
    return CheckResult(check.name, check.level, check.description, count, columns, cur.fetchall())


def run_checks(con, names: list[str] | None = None) -> list[CheckResult]:
    checks = list_checks()
    if names:
        unknown = set(names) - {c.name for c in checks}
        if unknown:
            raise CheckDefinitionError(f"unknown check(s): {', '.join(sorted(unknown))}")
        checks = [c for c in checks if c.name in names]
    return [run_check(con, c) for c in checks]


def has_errors(results: list[CheckResult]) -> bool:
    return any(r.failed_error for r in results)


def to_markdown(results: list[CheckResult]) -> str:
    """Summary block for run summaries and `liaison check`."""
    lines = ["| level | check | found | meaning |", "|---|---|---|---|"]
    order = {lvl: i for i, lvl in enumerate(LEVELS)}
    for r in sorted(results, key=lambda r: (order[r.level], r.name)):
        lines.append(f"| {r.level} | {r.name} | {r.count} | {r.description} |")
    return "\n".join(lines)

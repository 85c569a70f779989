"""The run summary every writing flow prints, stores in `runs` and publishes to Prefect."""
from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone


def new_run_id(mode: str) -> str:
    return f"{mode}-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


@dataclass
class Summary:
    run_id: str
    mode: str                         # "load" | "fetch" | "reparse" | ...
    started_at: datetime
    finished_at: datetime | None = None
    inputs: int = 0                   # files or URLs considered
    skipped: int = 0                  # files of other types found inside folders
    new: int = 0
    updated: int = 0
    duplicates: int = 0
    events: int = 0
    quarantined: list[tuple[str, str]] = field(default_factory=list)  # (path_or_url, reason)
    fetched: int = 0                  # fetch mode only
    not_modified: int = 0
    failed: int = 0
    checks: list = field(default_factory=list)  # CheckResult objects from post_write.refresh
    new_parties: list[str] = field(default_factory=list)  # counterparts first seen in this run
    warned: list[tuple[str, str]] = field(default_factory=list)  # (url, warnings): loaded despite a defect
    db_path: str | None = None

    @property
    def duration(self) -> float:
        if self.finished_at is None:
            return 0.0
        return (self.finished_at - self.started_at).total_seconds()

    @property
    def n_quarantined(self) -> int:
        return len(self.quarantined)

    def add_load(self, result, rejections) -> None:
        """Add one load batch (a warehouse LoadResult and the batch's Rejections)."""
        self.new += result.new
        self.updated += result.updated
        self.duplicates += result.duplicates
        self.events += result.events
        self.quarantined += [(r.path_or_url, r.reason) for r in rejections]
        self.new_parties += list(getattr(result, "new_party_names", None) or [])
        self.warned += list(getattr(result, "warned", None) or [])

    def as_dict(self) -> dict:
        d = asdict(self)
        d["checks"] = [_check_text(c) for c in self.checks]
        d["quarantined"] = [{"path_or_url": p, "reason": r} for p, r in self.quarantined]
        d["warned"] = [{"url": u, "warnings": w} for u, w in self.warned]
        d["duration"] = round(self.duration, 3)
        return d

    def _headline(self) -> str:
        parts = [f"{self.inputs} inputs", f"{self.new} new", f"{self.updated} updated",
                 f"{self.duplicates} duplicate", f"{self.events} events",
                 f"{self.n_quarantined} quarantined"]
        if self.warned:
            parts.append(f"{len(self.warned)} with warnings")
        if self.skipped:
            parts.append(f"{self.skipped} skipped (not .txt/.htm/.html)")
        if self.mode == "fetch":
            parts += [f"{self.fetched} fetched", f"{self.not_modified} not modified",
                      f"{self.failed} failed"]
        return ", ".join(parts)

    def to_text(self, max_listed: int = 20) -> str:
        """The short summary the CLI prints."""
        lines = [f"{self.mode} {self.run_id}: {self._headline()} in {self.duration:.1f}s"]
        if self.db_path:
            lines.append(f"warehouse: {self.db_path}")
        if self.new_parties:
            lines.append("new counterpart parties: " + "; ".join(self.new_parties[:max_listed]))
        if self.checks:  # passing checks are counted, findings are spelled out
            passed = sum(_check_passed(c) for c in self.checks)
            lines.append(f"checks: {passed} of {len(self.checks)} passed")
            lines += [f"  {_check_text(c)}" for c in self.checks if not _check_passed(c)]
        if self.warned:
            lines.append("loaded with warnings (releases.warnings):")
            lines += [f"  {url}: {w}" for url, w in self.warned[:max_listed]]
            if len(self.warned) > max_listed:
                lines.append(f"  ... and {len(self.warned) - max_listed} more "
                             "(SELECT url, warnings FROM releases WHERE warnings IS NOT NULL)")
        if self.quarantined:
            lines.append("quarantined:")
            for path, reason in self.quarantined[:max_listed]:
                lines.append(f"  {path}: {reason}")
            if self.n_quarantined > max_listed:
                lines.append(f"  ... and {self.n_quarantined - max_listed} more "
                             "(SELECT * FROM quarantine)")
        return "\n".join(lines)

    def to_markdown(self, max_listed: int = 50) -> str:
        rows = [("inputs", self.inputs), ("new", self.new), ("updated", self.updated),
                ("duplicates", self.duplicates), ("events", self.events),
                ("quarantined", self.n_quarantined), ("skipped", self.skipped)]
        if self.mode == "fetch":
            rows += [("fetched", self.fetched), ("not modified", self.not_modified),
                     ("failed", self.failed)]
        rows.append(("duration (s)", f"{self.duration:.1f}"))
        out = [f"# liaison {self.mode} run `{self.run_id}`", "",
               "| measure | value |", "|---|---|"]
        out += [f"| {k} | {v} |" for k, v in rows]
        if self.new_parties:
            out += ["", "## New counterpart parties", ""]
            out += [f"- {_md(p)}" for p in self.new_parties[:max_listed]]
        if self.checks:
            out += ["", "## Checks", ""] + [f"- {_md(_check_text(c))}" for c in self.checks]
        if self.warned:
            out += ["", "## Loaded with warnings", "", "| input | warnings |", "|---|---|"]
            out += [f"| {_md(u)} | {_md(w)} |" for u, w in self.warned[:max_listed]]
        if self.quarantined:
            out += ["", "## Quarantined", "", "| input | reason |", "|---|---|"]
            out += [f"| {_md(p)} | {_md(r)} |" for p, r in self.quarantined[:max_listed]]
            if self.n_quarantined > max_listed:
                out.append(f"\n... and {self.n_quarantined - max_listed} more in table `quarantine`.")
        return "\n".join(out) + "\n"

    def publish_artifact(self) -> str | None:
        """Publish the markdown summary as a Prefect artifact; a no-op outside a flow run."""
        from prefect.context import FlowRunContext

        if FlowRunContext.get() is None:
            return None
        from prefect.artifacts import create_markdown_artifact

        key = f"liaison-{self.mode}-summary"
        create_markdown_artifact(markdown=self.to_markdown(), key=key,
                                 description=f"liaison {self.mode} run summary")
        return key


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _check_text(check) -> str:
    """CheckResult objects belong to the warehouse; render whatever they carry."""
    if hasattr(check, "line"):
        return check.line()
    if isinstance(check, str):
        return check
    return str(getattr(check, "message", check))


def _check_passed(check) -> bool:
    return bool(getattr(check, "passed", getattr(check, "ok", False)))

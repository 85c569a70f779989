"""Local inputs: walk files and folders, read, decode and parse them into sightings.

Every file ends as exactly one `Sighting` or one `Rejection` (with a reason code):
nothing is dropped silently. Files with other extensions found inside folders are
skipped but counted; a path named on the command line that does not exist is an
error before anything is loaded.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from parsers.errors import ParseError
from parsers.identity import file_url

RELEASE_SUFFIXES = (".txt", ".htm", ".html")
WARC_SUFFIXES = (".warc", ".warc.gz")


class MissingPath(FileNotFoundError):
    """A path given by the user does not exist."""

    def __init__(self, path: str | Path):
        super().__init__(f"no such file or folder: {path}")
        self.path = str(path)

    def __str__(self) -> str:
        return self.args[0]


@dataclass
class Inputs:
    """What a list of user paths expands to, in a stable order.

    A file named explicitly is read whatever its extension: the user asked for it,
    and if it is no release it is quarantined with the reason.
    """
    files: list[Path] = field(default_factory=list)   # release files (.txt/.htm/.html)
    warcs: list[Path] = field(default_factory=list)   # WARC archives (fetch feature reads them)
    skipped: list[Path] = field(default_factory=list)  # other extensions found inside folders

    @property
    def count(self) -> int:
        return len(self.files) + len(self.warcs)


def utcnow() -> datetime:
    """Naive UTC, the warehouse's timestamp convention."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def _is_release_file(path: Path) -> bool:
    return path.suffix.lower() in RELEASE_SUFFIXES


def expand_paths(paths: Iterable[str | Path]) -> Inputs:
    """Expand files and folders (recursively); raise MissingPath for the first absent one.

    Every path is checked before any is walked so a typo fails the run up front
    instead of after a partial load.
    """
    paths = [Path(p) for p in paths]
    for p in paths:
        if not p.exists():
            raise MissingPath(p)
    out = Inputs()
    seen: set[Path] = set()

    def add(p: Path, explicit: bool) -> None:
        p = p.resolve()
        if p in seen:
            return
        seen.add(p)
        if _is_warc(p):
            out.warcs.append(p)
        elif explicit or _is_release_file(p):
            out.files.append(p)
        else:
            out.skipped.append(p)

    for p in paths:
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs.sort()  # deterministic order: runs are reproducible
                for name in sorted(names):
                    if not name.startswith("."):
                        add(Path(root) / name, explicit=False)
        else:
            add(p, explicit=True)
    return out


def read_release_file(path: Path, *, max_bytes: int, seen_at: datetime,
                      known: dict[str, str] | None = None):
    """One file to a Sighting, a Rejection, or Unchanged. The size is checked before reading.

    `known` maps file:// URLs to the sha256 of the bytes last loaded from them (by the current
    parser): the same bytes again are not parsed, only recorded as seen.
    """
    # Imported here: warehouse pulls in DuckDB, which `expand_paths` users need not pay for.
    import hashlib

    from warehouse.load import Rejection, Sighting, Unchanged
    from parsers.decode import decode_bytes
    from parsers.release import parse_release

    path = Path(path).resolve()
    where = str(path)
    try:
        st = path.stat()
        if st.st_size > max_bytes:
            return Rejection(
                where,
                f"too_large: file is {st.st_size:,} bytes, above the {max_bytes:,}-byte limit",
                seen_at,
            )
        raw = path.read_bytes()
    except OSError as exc:
        return Rejection(where, f"unreadable: {exc.strerror or exc}", seen_at)
    url = file_url(where)
    raw_sha = hashlib.sha256(raw).hexdigest()
    if known and known.get(url) == raw_sha:
        return Unchanged(url=url, seen_at=seen_at)
    try:
        release = parse_release(decode_bytes(raw))
    except ParseError as exc:
        return Rejection(where, str(exc), seen_at)
    except Exception as exc:  # noqa: BLE001 — a parser bug on one file must not sink the run
        return Rejection(where, f"parser_error: {type(exc).__name__}: {exc}", seen_at)
    modified = datetime.fromtimestamp(st.st_mtime, timezone.utc).replace(tzinfo=None)
    return Sighting(url=url, release=release, seen_at=seen_at, modified_at=modified, raw_sha256=raw_sha)


def warc_reader() -> Callable | None:
    """The fetch feature's WARC reader, when that feature is installed.

    Extension point: `flows.archive.iter_warc_sightings(path, seen_at=...)` yields
    Sighting/Rejection objects for the responses stored in one WARC file.
    """
    try:
        from flows.archive import iter_warc_sightings
    except ImportError:
        return None
    return iter_warc_sightings


def _read_all(paths: list[Path], max_bytes: int, seen_at: datetime, workers: int,
              known: dict[str, str] | None = None) -> Iterator:
    if workers <= 1:
        for path in paths:
            yield read_release_file(path, max_bytes=max_bytes, seen_at=seen_at, known=known)
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    read = partial(read_release_file, max_bytes=max_bytes, seen_at=seen_at, known=known)
    step = 64 * workers  # bounded look-ahead: results never pile up ahead of the loader
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for start in range(0, len(paths), step):
            yield from pool.map(read, paths[start:start + step], chunksize=16)


def iter_sightings(inputs: Inputs, *, max_bytes: int, seen_at: datetime | None = None,
                   workers: int = 1, known: dict[str, str] | None = None) -> Iterator:
    """Every input file as Sighting or Rejection, in input order (WARCs last).

    `workers` > 1 parses in that many processes; order and outcomes are unchanged.
    """
    seen_at = seen_at or utcnow()
    yield from _read_all(inputs.files, max_bytes, seen_at, workers, known)
    if not inputs.warcs:
        return
    from warehouse.load import Rejection

    reader = warc_reader()
    for path in inputs.warcs:
        if reader is None:
            yield Rejection(str(path), "unsupported: WARC input needs the fetch feature (flows.archive)", seen_at)
            continue
        try:
            produced = 0
            for outcome in reader(path, seen_at=seen_at):
                produced += 1
                yield outcome
            if not produced:  # an input that yields nothing is still accounted for
                yield Rejection(str(path), "empty_warc: no response records in this WARC file", seen_at)
        except Exception as exc:  # noqa: BLE001 — a broken archive is one bad input, not a crash
            yield Rejection(str(path), f"bad_warc: {type(exc).__name__}: {exc}", seen_at)

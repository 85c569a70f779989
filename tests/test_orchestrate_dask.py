"""Scale-out parsing: a local Dask cluster gives exactly the warehouse the default runner gives."""
from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from flows.dask_runner import TaskRunnerSpecError, list_items, make_task_runner, read_item

MONTHS = "January February March April May June July August September October November December".split()
VISITORS = [("Anna Lindqvist", "Chair of the Green Left Party", "GLP"),
            ("Tomas Okafor", "General Secretary of the People's Progress Party", "PPP"),
            ("Maria Duarte", "President of the Social Democratic Union", "SDU")]


TOPICS = [
    "Both sides agreed to hold a seminar on rural revitalization and water management next spring.",
    "The guests also toured an electric bus factory and a museum of local history in the suburbs.",
    "They discussed youth exchanges, training courses for party cadres and cooperation on clean energy.",
    "Further talks covered port logistics, vocational schools and the protection of wetlands in river deltas.",
    "The delegation expressed interest in poverty reduction programmes and digital services for villages.",
    "Views were exchanged on public health systems, vaccine production and the training of nurses.",
    "The visitors asked about anti-corruption work, grassroots governance and community service centres.",
]


def release_text(i: int) -> str:
    """A release in the rendered text format, our own wording."""
    day = date(2021, 1, 4) + timedelta(days=7 * i)
    name, title, acr = VISITORS[i % len(VISITORS)]
    return (
        f"Liu Chen Meets with {acr} Delegation number {i}\n\n( {day:%Y.%m.%d} )\n\n"
        f"Beijing, {MONTHS[day.month - 1]} {day.day}th—Liu Chen, Vice-minister of the International "
        f"Department of the CPC Central Committee (IDCPC), met here today with {name}, {title} ({acr}), "
        f"in meeting number {i}.\n\nLiu said the two parties should deepen exchanges on governance topic {i}.\n\n"
        f"{name.split()[-1]} said the party values its ties with the CPC and item {i}.\n\n"
        f"{TOPICS[i % len(TOPICS)]}\n"
    )


def write_warc(path: Path, pages: dict[str, str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        digests: dict[str, tuple[str, str]] = {}
        for url, text in pages.items():
            body = text.encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
            digests.setdefault(text, (url, record.rec_headers.get_header("WARC-Payload-Digest")))
        # The first page found again unchanged: a revisit record, no second copy of the body.
        url, digest = next(iter(digests.values()))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_revisit_record(url, digest, url, "2021-02-05T00:00:00Z",
                                                         http_headers=headers))


@pytest.fixture
def archive(tmp_path) -> Path:
    root = tmp_path / "archive"
    (root / "files").mkdir(parents=True)
    for i in range(12):
        (root / "files" / f"release-{i:02d}.txt").write_text(release_text(i), encoding="utf-8")
    (root / "files" / "notice.txt").write_text("Notice\n\nThe office is closed on Monday.\n", encoding="utf-8")
    base = "http://www.idcpc.org.cn/english/news/202102/t20210205_{}.html"
    pages = {base.format(1000 + i): release_text(i) for i in range(12, 20)}
    pages[base.format(2000)] = release_text(3)  # the same release seen again online
    write_warc(root / "run-1.warc.gz", pages)
    return root


@pytest.mark.parametrize(
    "spec,kind", [(None, "ThreadPoolTaskRunner"), ("threads:3", "ThreadPoolTaskRunner"),
                  ("dask", "DaskTaskRunner"), ("dask:tcp://10.0.0.5:8786", "DaskTaskRunner")])
def test_task_runner_specs(spec, kind):
    assert type(make_task_runner(spec)).__name__ == kind


@pytest.mark.parametrize("spec", ["ray", "threads:many", "kubernetes:cluster"])
def test_bad_task_runner_spec_is_refused(spec):
    with pytest.raises(TaskRunnerSpecError, match="task-runner|threads:N"):
        make_task_runner(spec)


def test_items_reference_files_and_warc_records(archive):
    items = list_items([archive])
    assert len(items) == 13 + 10
    warc = [i for i in items if i.offset is not None]
    assert len(warc) == 10 and all(i.url.startswith("http://www.idcpc.org.cn/") for i in warc)
    raw, charset = read_item(warc[-2])  # read back by seeking, as a remote worker would
    assert "Delegation number 3" in raw.decode() and charset == "utf-8"
    revisit = warc[-1]  # points at the stored response of the page it repeats
    assert (revisit.path, revisit.offset) == (warc[0].path, warc[0].offset)
    assert "Delegation number 12" in read_item(revisit)[0].decode()


def _tables(db: Path) -> dict[str, list]:
    import duckdb

    # Columns stamped with the wall clock or the run id differ between any two runs.
    volatile = {"loaded_at", "created_at", "updated_at", "run_id", "ingested_at", "recorded_at"}
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for (table,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_schema = 'main' AND table_name <> 'runs' ORDER BY 1").fetchall():
            cols = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c not in volatile]
            quoted = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f"SELECT {quoted} FROM \"{table}\" ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


def test_dask_cluster_gives_the_same_warehouse(prefect_harness, archive, tmp_path):
    pytest.importorskip("parsers.release")
    pytest.importorskip("warehouse.load")
    from flows.dask_runner import run_parse_archive

    seen_at = datetime(2026, 1, 1, 12, 0)
    default = run_parse_archive([archive], tmp_path / "threads.duckdb", seen_at=seen_at, batch_size=4)
    dask = run_parse_archive([archive], tmp_path / "dask.duckdb", task_runner="dask", workers=2,
                             seen_at=seen_at, batch_size=4)
    assert default["items"] == dask["items"] == 23
    assert default["new"] == 20 and default["duplicates"] == 2  # 20 distinct releases, two seen again
    assert default["quarantined"] == 1                           # the notice, recorded not dropped
    a, b = _tables(tmp_path / "threads.duckdb"), _tables(tmp_path / "dask.duckdb")
    assert a["releases"] and a["events"]
    assert a == b

"""Memory stage: peak RSS importing a multi-gigabyte CP932 vehicles file, beside the headline file."""

from __future__ import annotations

from pathlib import Path

from .context import BenchError, Context, say
from .import_stage import regsync_import
from .numbers import commas, divide, or_dash
from .server import Server

NAME = "memory"


def write_big_file(base: Path, big: Path, copies: int, limit: int) -> None:
    """Copy k of the base file's records prefixes every chassis number (the key) with "M" and
    three digits: the keys stay unique and valid; every other field repeats. Only ASCII bytes
    are touched. The header is written once."""
    with base.open("rb") as source:
        header = source.readline()
        records = [line[:-1] if line.endswith(b"\n") else line for line in source]
    written = 0
    with big.open("wb") as output:
        output.write(header if header.endswith(b"\n") else header + b"\n")
        for copy in range(1, copies + 1):
            prefix = b'","M' + f"{copy:03d}".encode("ascii")
            for record in records:
                if written >= limit:
                    return
                output.write(record.replace(b'","', prefix, 1) + b"\n")
                written += 1


def run(context: Context, server: Server) -> None:
    """Writes (or reuses) the big file and imports it, and the headline file if the import
    stage did not."""
    results = context.results
    options = context.options
    base = context.data / "vehicles.csv"
    folder = context.out / "data-memory"
    big = folder / "vehicles-big.csv"
    big_stamp = folder / "vehicles-big.csv.stamp"
    with base.open("rb") as file:
        base_rows = sum(chunk.count(b"\n") for chunk in iter(lambda: file.read(1 << 20), b"")) - 1
    copies = (options.memory_rows + base_rows - 1) // base_rows
    if copies > 1000:
        raise BenchError(f"--memory-rows {options.memory_rows} needs more than 1000 copies of vehicles.csv")
    stamp = f"rows={options.memory_rows} base=" + (context.data / ".stamp").read_text(encoding="utf-8").strip()
    if options.reuse_data and big_stamp.exists() and big_stamp.read_text(encoding="utf-8").strip() == stamp:
        say(f"memory: reusing {big}")
    else:
        say(f"memory: writing {commas(str(options.memory_rows))} rows to {big} ({copies} copies of vehicles.csv)")
        folder.mkdir(parents=True, exist_ok=True)
        big.unlink(missing_ok=True)
        big_stamp.unlink(missing_ok=True)
        write_big_file(base, big, copies, options.memory_rows)
        big_stamp.write_text(stamp + "\n", encoding="utf-8")
    results.record("memory", "big", "file", "vehicles-big.csv")
    results.record("memory", "big", "bytes", big.stat().st_size)
    database = "regsync_bench_memory"
    server.fresh_database(context, database)
    say(f"memory: importing {commas(str(options.memory_rows))} rows")
    run_big = regsync_import(context, server, "memory-big", database, big, "vehicle", "vehicle-legacy-cp932")
    results.record("memory", "big", "rows", run_big.read)
    results.record("memory", "big", "rejected", run_big.rejected)
    results.record_timing("memory", "big", "regsync", run_big.timing)
    results.record("memory", "big", "regsync_server_cpu_s", run_big.timing.server_cpu)
    server.drop_database(database)
    if not results.get("import", "vehicles", "rows"):
        server.fresh_database(context, database)
        say("memory: importing the headline vehicles file")
        run_base = regsync_import(context, server, "memory-base", database, base, "vehicle", "vehicle-legacy-cp932")
        results.record("import", "vehicles", "rows", run_base.read)
        results.record("import", "vehicles", "bytes", base.stat().st_size)
        results.record_timing("import", "vehicles", "regsync", run_base.timing)
        results.record("import", "vehicles", "regsync_server_cpu_s", run_base.timing.server_cpu)
        server.drop_database(database)


def report(context: Context) -> list[str]:
    """The section of the report."""
    get = context.results.get
    lines = [
        "## Memory",
        "",
        "Peak RSS of `regsync import` (from `/usr/bin/time`) on the headline CP932 vehicles file and on",
        "a multi-gigabyte one made of copies of it (each copy's chassis numbers, the key, prefixed with",
        "`M001`, `M002`, ...; the header once), each into a fresh database. Limit from the importer",
        "issue: under 300 MB, independent of file size.",
        "",
        "| file | GB | rows | wall s | rows/s | peak RSS MB | × limit (300 MB) | client CPU s | server CPU s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for stage, item, name in (("import", "vehicles", "vehicles.csv"), ("memory", "big", "vehicles-big.csv")):
        wall = get(stage, item, "regsync_wall_s")
        if not wall:
            continue
        rss = get(stage, item, "regsync_rss_mb")
        rows = get(stage, item, "rows")
        cells = [
            name,
            divide(get(stage, item, "bytes"), "1000000000", 2),
            commas(rows),
            wall,
            commas(divide(rows, wall, 0)),
            rss,
            divide(rss, "300", 2),
            get(stage, item, "regsync_cpu_s"),
            or_dash(get(stage, item, "regsync_server_cpu_s")),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    return lines

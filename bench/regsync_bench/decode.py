"""Decode stage: CSV splitting and field decoding on one core, beside glibc iconv on the file."""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context, say, value_of
from .numbers import commas, divide, megabytes, or_dash
from .server import Server

NAME = "decode"


@dataclass(frozen=True)
class DecodeFile:
    """A file of the data set and its encoding."""

    slug: str
    file: str
    encoding: str


DECODE_FILES = (
    DecodeFile("vehicles", "vehicles.csv", "cp932"),
    DecodeFile("corporations-sjis", "corporations-sjis.csv", "cp932"),
    DecodeFile("resident-events", "resident-events.csv", "euc-jp"),
    DecodeFile("residents", "residents.csv", "utf-8"),
    DecodeFile("realestate-csv", "realestate-owners.csv", "utf-8"),
)

ICONV_NAMES = {"cp932": "CP932", "euc-jp": "EUC-JP-MS"}


def run(context: Context, server: Server) -> None:
    """`regsync-bench decode` and iconv on each file, pinned to one core."""
    del server  # the stage needs no database
    results = context.results
    bench = context.binaries.bench
    for spec in DECODE_FILES:
        file = context.data / spec.file
        slug = spec.slug
        say(f"decode: {spec.file}")
        size = file.stat().st_size
        results.record("decode", slug, "file", spec.file)
        results.record("decode", slug, "encoding", spec.encoding)
        results.record("decode", slug, "bytes", size)
        log = f"decode-{slug}"
        timing = context.timed(
            log, [*context.pin, bench, "decode", "--encoding", spec.encoding, "--min-seconds", "1", file]
        )
        context.require_ok(log, timing)
        output = context.logs / f"{log}.out"
        for metric, key in (
            ("records", "records"),
            ("invalid_fields", "invalid_fields"),
            ("mb_per_s", "mb_per_s"),
            ("mb_per_cpu_s", "mb_per_cpu_s"),
            ("records_per_cpu_s", "records_per_cpu_s"),
        ):
            results.record("decode", slug, metric, value_of(key, output))
        results.record_timing("decode", slug, "process", timing)
        if slug == "vehicles":
            split_log = f"decode-{slug}-split"
            timing = context.timed(
                split_log, [*context.pin, bench, "decode", "--split-only", "--min-seconds", "1", file]
            )
            context.require_ok(split_log, timing)
            split_output = context.logs / f"{split_log}.out"
            results.record("decode", slug, "split_mb_per_cpu_s", value_of("mb_per_cpu_s", split_output))
            results.record("decode", slug, "split_records_per_cpu_s", value_of("records_per_cpu_s", split_output))
        # The limit: glibc iconv converting the whole file (given repeatedly, to reach ~64 MB).
        repeats = min((64_000_000 + size - 1) // size, 400)
        iconv_name = ICONV_NAMES.get(spec.encoding, "UTF-8")
        iconv_log = f"decode-{slug}-iconv"
        timing = context.timed(
            iconv_log, [*context.pin, "iconv", "-f", iconv_name, "-t", "UTF-8", "-o", "/dev/null", *[file] * repeats]
        )
        context.require_ok(iconv_log, timing)
        megabytes_converted = divide(str(size * repeats), "1000000", 3)
        results.record("decode", slug, "iconv_mb_per_s", divide(megabytes_converted, timing.wall, 1))
        results.record("decode", slug, "iconv_mb_per_cpu_s", divide(megabytes_converted, timing.cpu, 1))


def report(context: Context) -> list[str]:
    """The section of the report."""
    get = context.results.get
    lines = [
        "## Decoding",
        "",
        "`regsync-bench decode`: `CSVReader` splits the file into records and `TextDecoder` decodes",
        "every field, as the importer does before mapping; one thread pinned to one core (`taskset -c 0`),",
        "the file read again until the thread has used ≥ 1 CPU second. **Per CPU second** = bytes ÷ the",
        "thread's CPU time (kernel accounting, `CLOCK_THREAD_CPUTIME_ID`): one core's throughput, not",
        "slowed by other processes holding the core; **wall** = bytes ÷ monotonic time of the passes.",
        "Limit: glibc `iconv` converting the same bytes to UTF-8 on the same core (no CSV splitting; its",
        "CPU time is user + system from `/usr/bin/time`); ratio = regsync ÷ iconv, per CPU second.",
        "",
        "| file | encoding | MB | records | records per CPU s | MB per CPU s | MB/s wall | iconv MB per CPU s | ratio | process wall s | peak RSS MB |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for spec in DECODE_FILES:
        slug = spec.slug
        if not get("decode", slug, "mb_per_s"):
            continue
        cells = [
            get("decode", slug, "file"),
            get("decode", slug, "encoding"),
            megabytes(get("decode", slug, "bytes")),
            commas(get("decode", slug, "records")),
            commas(get("decode", slug, "records_per_cpu_s")),
            get("decode", slug, "mb_per_cpu_s"),
            get("decode", slug, "mb_per_s"),
            get("decode", slug, "iconv_mb_per_cpu_s"),
            or_dash(divide(get("decode", slug, "mb_per_cpu_s"), get("decode", slug, "iconv_mb_per_cpu_s"), 2)),
            get("decode", slug, "process_wall_s"),
            get("decode", slug, "process_rss_mb"),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    if get("decode", "vehicles", "split_mb_per_cpu_s"):
        lines += [
            "Splitting `vehicles.csv` into fields without decoding (`--split-only`):",
            f"{get('decode', 'vehicles', 'split_mb_per_cpu_s')} MB per CPU second ({commas(get('decode', 'vehicles', 'split_records_per_cpu_s'))} records).",
            "",
        ]
    return lines

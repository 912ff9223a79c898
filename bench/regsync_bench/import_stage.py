"""Import stage: every registry format of the synthetic data, each into a fresh database, beside
`psql \\copy` of the same rows (text columns) and of the stored rows (the target's own DDL)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .context import BenchError, Context, Timing, say, value_of
from .numbers import commas, divide, megabytes, or_dash, parse
from .server import Server, sql_path

NAME = "import"


@dataclass(frozen=True)
class ImportFormat:
    """One file of the data set and how regsync imports it."""

    slug: str
    file: str
    registry: str
    mapping: str
    encoding: str  # "xml" for XML files
    header: str  # "true", "false", or "" for XML


IMPORT_FORMATS = (
    ImportFormat("vehicles", "vehicles.csv", "vehicle", "vehicle-legacy-cp932", "cp932", "true"),
    ImportFormat("realestate-csv", "realestate-owners.csv", "realestate", "realestate-owners-csv", "utf-8", "true"),
    ImportFormat("realestate-xml", "realestate-owners.xml", "realestate", "realestate-owners-xml", "xml", ""),
    ImportFormat("corporations-sjis", "corporations-sjis.csv", "commercial", "commercial-nta-sjis", "cp932", "false"),
    ImportFormat(
        "corporations-unicode", "corporations-unicode.csv", "commercial", "commercial-nta-unicode", "utf-8", "false"
    ),
    ImportFormat("corporations-xml", "corporations.xml", "commercial", "commercial-nta-xml", "xml", ""),
    ImportFormat("residents", "residents.csv", "resident", "resident-persons", "utf-8", "true"),
    ImportFormat("resident-addresses", "resident-addresses.csv", "resident", "resident-addresses", "utf-8", "true"),
    ImportFormat("resident-events", "resident-events.csv", "resident-events", "resident-events", "euc-jp", "true"),
    ImportFormat("officers", "officers.csv", "commercial", "commercial-officers", "utf-8", "true"),
)


@dataclass(frozen=True)
class ImportRun:
    """A timed `regsync import` and the counts of its summary line."""

    timing: Timing
    read: str
    loaded: str
    rejected: str
    updated: str


def mapping_fields(context: Context, mapping: str) -> str:
    """The target columns a mapping fills, comma-separated, in file order."""
    names: list[str] = []
    inside = False
    for line in context.mapping(mapping).read_text(encoding="utf-8").splitlines():
        if line.startswith("fields:"):
            inside = True
            continue
        if inside and re.match(r"^[^ #]", line):
            inside = False
        if inside:
            match = re.match(r"^  ([a-z_]+):", line)
            if match:
                name = match.group(1)
                names.append("individual_number_hmac" if name == "individual_number" else name)
    return ",".join(names)


def mapping_target(context: Context, mapping: str) -> str:
    """The target table a mapping loads."""
    for line in context.mapping(mapping).read_text(encoding="utf-8").splitlines():
        if line.startswith("target:"):
            return line.split()[1]
    raise BenchError(f"mappings/{mapping}.yaml names no target")


def regsync_import(
    context: Context, server: Server, log: str, database: str, file: Path, registry: str, mapping: str
) -> ImportRun:
    """A timed `regsync import` into one database; the counts come from its summary line."""
    server.checkpoint()
    timing = server.timed(
        context,
        log,
        [
            context.binaries.regsync,
            "import",
            registry,
            file,
            "--mapping",
            context.mapping(mapping),
            "--database",
            server.conn_for(database),
            "--reject-dir",
            context.out / "rejects" / log,
            "--summary",
            context.logs / f"{log}.summary.json",
            "--quiet",
        ],
        env={"REGSYNC_KEY_FILE": str(context.key_file)},
    )
    context.require_ok(log, timing, 10)
    summary = ""
    for line in context.log_text(log, "err").splitlines():
        if line.startswith("regsync import:"):
            summary = line
    line_file = context.logs / f"{log}.line"
    line_file.write_text(summary + "\n", encoding="utf-8")
    return ImportRun(
        timing,
        value_of("read", line_file),
        value_of("loaded", line_file),
        value_of("rejected", line_file),
        value_of("updated", line_file),
    )


def psql_copy(context: Context, server: Server, log: str, database: str, command: str) -> tuple[Timing, str]:
    """A timed psql \\copy; returns its timing and the rows of psql's `COPY n`."""
    server.checkpoint()
    timing = server.timed(
        context, log, ["psql", "-X", "-v", "ON_ERROR_STOP=1", "-d", server.conn_for(database), "-c", command]
    )
    context.require_ok(log, timing)
    rows = ""
    for line in context.log_text(log, "out").splitlines():
        match = re.fullmatch(r"COPY ([0-9]*)", line)
        if match:
            rows = match.group(1)
    return timing, rows


def count_fields(context: Context, path: Path) -> int:
    """The number of fields of a CSV file's first record (`regsync-bench fields`)."""
    output = subprocess.run(
        [str(context.binaries.bench), "fields", str(path)], stdout=subprocess.PIPE, check=True
    ).stdout
    return int(output.decode("ascii").strip())


def iconv_to_utf8(source: Path, target: Path, encoding: str) -> None:
    """Converts a CP932 or EUC-JP file to UTF-8 with glibc iconv, as the peer's input."""
    name = "EUC-JP-MS" if encoding == "euc-jp" else "CP932"
    with target.open("wb") as output:
        subprocess.run(["iconv", "-f", name, "-t", "UTF-8", str(source)], stdout=output, check=True)


def import_one(context: Context, server: Server, spec: ImportFormat) -> None:
    """One file: regsync import, both peers, the same file again and, for vehicles.csv, a
    modified snapshot."""
    results = context.results
    file = context.data / spec.file
    database = "regsync_bench_" + spec.slug.replace("-", "_")
    target = mapping_target(context, spec.mapping)
    say(f"import: {spec.file}")
    server.fresh_database(context, database)
    slug = spec.slug
    results.record("import", slug, "file", spec.file)
    results.record("import", slug, "encoding", spec.encoding)
    results.record("import", slug, "bytes", file.stat().st_size)

    run = regsync_import(context, server, f"import-{slug}", database, file, spec.registry, spec.mapping)
    results.record("import", slug, "rows", run.read)
    results.record("import", slug, "loaded", run.loaded)
    results.record("import", slug, "rejected", run.rejected)
    results.record_timing("import", slug, "regsync", run.timing)
    results.record("import", slug, "regsync_server_cpu_s", run.timing.server_cpu)
    results.record("import", slug, "regsync_rows_per_s", divide(run.read, run.timing.wall, 0))

    # Peer (a): psql \copy of the same source rows, in UTF-8, into a table of text columns
    # without indexes (the importer issue's definition).
    peer = context.out / "peer"
    peer.mkdir(parents=True, exist_ok=True)
    header = spec.header
    conn = server.conn_for(database)
    if spec.encoding == "xml":
        # An XML file has no CSV form: the rows regsync loaded, exported with COPY ... TO as CSV.
        peer_csv = peer / f"{slug}.csv"
        columns = mapping_fields(context, spec.mapping)
        server.sql(conn, "-c", f"\\copy (SELECT {columns} FROM {target}) TO {sql_path(peer_csv)} WITH (FORMAT csv)")
        count = len(columns.split(","))
        header = "false"
    elif spec.encoding == "utf-8":
        peer_csv = file
        count = count_fields(context, file)
    else:
        peer_csv = peer / f"{slug}.csv"
        iconv_to_utf8(file, peer_csv, spec.encoding)
        count = count_fields(context, peer_csv)
    definition = ",".join(f"c{index} text" for index in range(1, count + 1))
    server.sql(conn, "-c", f"CREATE TABLE bench_peer_text ({definition})")
    copy_text = f"\\copy bench_peer_text FROM {sql_path(peer_csv)} WITH (FORMAT csv, HEADER {header})"
    timing, rows = psql_copy(context, server, f"import-{slug}-psql-text", database, copy_text)
    results.record("import", slug, "psql_text_rows", rows)
    results.record_timing("import", slug, "psql_text", timing)
    results.record("import", slug, "psql_text_server_cpu_s", timing.server_cpu)
    results.record("import", slug, "psql_text_rows_per_s", divide(rows, timing.wall, 0))
    if slug == "vehicles":
        headline_repeats(context, server, database, spec, copy_text)

    # Peer (b): the rows regsync stored, into a copy of the target's own DDL (indexes included).
    stored = peer / f"{slug}.stored.txt"
    server.sql(conn, "-c", f"\\copy {target} TO {sql_path(stored)}")
    server.sql(conn, "-c", f"CREATE TABLE bench_peer_target (LIKE {target} INCLUDING ALL)")
    timing, rows = psql_copy(
        context, server, f"import-{slug}-psql-target", database, f"\\copy bench_peer_target FROM {sql_path(stored)}"
    )
    results.record("import", slug, "psql_target_rows", rows)
    results.record_timing("import", slug, "psql_target", timing)
    results.record("import", slug, "psql_target_server_cpu_s", timing.server_cpu)
    results.record("import", slug, "psql_target_rows_per_s", divide(rows, timing.wall, 0))

    # The same file again: recognised by its SHA-256, nothing changes.
    again = regsync_import(context, server, f"import-{slug}-again", database, file, spec.registry, spec.mapping)
    results.record_timing("import", slug, "again", again.timing)
    if "already_imported" in context.log_text(f"import-{slug}-again", "summary.json"):
        results.record("import", slug, "again_noop", "yes")

    if slug == "vehicles":
        # A modified snapshot: every 100th record's last field gets one more character (bytes
        # below 0x40 never occur inside a CP932 character, so this edit is safe on raw bytes).
        modified = peer / "vehicles-modified.csv"
        write_modified_snapshot(file, modified)
        run = regsync_import(
            context, server, f"import-{slug}-modified", database, modified, spec.registry, spec.mapping
        )
        results.record("import", slug, "modified_rows", run.read)
        results.record("import", slug, "modified_updated", run.updated)
        results.record_timing("import", slug, "modified", run.timing)
        results.record("import", slug, "modified_server_cpu_s", run.timing.server_cpu)
        results.record("import", slug, "modified_rows_per_s", divide(run.read, run.timing.wall, 0))
        modified.unlink(missing_ok=True)
    server.drop_database(database)
    (peer / f"{slug}.csv").unlink(missing_ok=True)
    stored.unlink(missing_ok=True)


def write_modified_snapshot(source: Path, target: Path) -> None:
    """Copies a CSV file, adding a `1` to the last (quoted) field of every 100th record."""
    with source.open("rb") as input_file, target.open("wb") as output:
        for number, line in enumerate(input_file, start=1):
            body = line[:-1] if line.endswith(b"\n") else line
            if number > 1 and (number - 1) % 100 == 0:
                if body.endswith(b'"\r'):
                    body = body[:-2] + b'1"\r'
                elif body.endswith(b'"'):
                    body = body[:-1] + b'1"'
            output.write(body + b"\n")


def faster(a: str, b: str) -> bool:
    """True when wall time a is below b."""
    return (parse(a) or 0.0) < (parse(b) or 0.0)


def headline_repeats(context: Context, server: Server, database: str, spec: ImportFormat, copy_text: str) -> None:
    """The headline pair again, alternating, until each has run --runs times. Other processes
    share the cores, so the fastest run of each counts (the machine's capability, not its
    neighbours'); every run's wall time is recorded."""
    results = context.results
    again = f"{database}_again"
    regsync_walls = results.get("import", "vehicles", "regsync_wall_s")
    psql_walls = results.get("import", "vehicles", "psql_text_wall_s")
    file = context.data / spec.file
    for round_number in range(2, context.options.runs + 1):
        server.fresh_database(context, again)
        run = regsync_import(
            context, server, f"import-vehicles-run{round_number}", again, file, spec.registry, spec.mapping
        )
        regsync_walls += f" {run.timing.wall}"
        if faster(run.timing.wall, results.get("import", "vehicles", "regsync_wall_s")):
            results.record_timing("import", "vehicles", "regsync", run.timing)
            results.record("import", "vehicles", "regsync_server_cpu_s", run.timing.server_cpu)
            results.record("import", "vehicles", "regsync_rows_per_s", divide(run.read, run.timing.wall, 0))
        server.drop_database(again)
        server.sql(server.conn_for(database), "-c", "TRUNCATE bench_peer_text")
        timing, rows = psql_copy(context, server, f"import-vehicles-psql-text-run{round_number}", database, copy_text)
        psql_walls += f" {timing.wall}"
        if faster(timing.wall, results.get("import", "vehicles", "psql_text_wall_s")):
            results.record_timing("import", "vehicles", "psql_text", timing)
            results.record("import", "vehicles", "psql_text_server_cpu_s", timing.server_cpu)
            results.record("import", "vehicles", "psql_text_rows_per_s", divide(rows, timing.wall, 0))
    results.record("import", "vehicles", "regsync_wall_runs", regsync_walls)
    results.record("import", "vehicles", "psql_text_wall_runs", psql_walls)


def run(context: Context, server: Server) -> None:
    """Every format, each into its own database."""
    for spec in IMPORT_FORMATS:
        import_one(context, server, spec)


def report(context: Context) -> list[str]:
    """The section of the report."""
    get = context.results.get
    rate = get("import", "vehicles", "regsync_rows_per_s")
    psql_rate = get("import", "vehicles", "psql_text_rows_per_s")
    ratio = divide(rate, psql_rate, 2)
    rss = get("import", "vehicles", "regsync_rss_mb")
    verdict = "meets the must"
    ratio_value = parse(ratio)
    if ratio_value is None or ratio_value < 0.5 or (parse(rss) or 0.0) >= 300:
        verdict = "**misses the must**"
    elif ratio_value >= 0.8:
        verdict = "meets the goal"
    lines = [
        "## Import",
        "",
        f"**Headline** (importer issue): `vehicles.csv`, CP932, {commas(get('import', 'vehicles', 'rows'))} rows:",
        f"regsync {commas(rate)} rows/s with {rss} MB peak RSS, psql `\\copy` {commas(psql_rate)} rows/s:",
        f"**{or_dash(ratio)}×** psql's rate (must ≥ 0.5× and < 300 MB, goal ≥ 0.8×): {verdict}.",
    ]
    if get("import", "vehicles", "regsync_wall_runs"):
        lines += [
            f"Fastest of {context.options.runs} runs each, alternating (wall s, regsync: {get('import', 'vehicles', 'regsync_wall_runs')};",
            f"psql: {get('import', 'vehicles', 'psql_text_wall_runs')}); the machine's cores are shared, so single runs vary.",
        ]
    lines += [
        "",
        "Each file goes into a fresh database (`CREATE DATABASE`, `regsync init`): `regsync import` takes",
        "the direct path into the empty target (COPY, indexes rebuilt after). Peers, in the same run and",
        "database: **psql text** = `psql \\copy` of the same source rows, converted to UTF-8 with `iconv`",
        "(for XML: the rows regsync loaded, exported with `COPY ... TO` as CSV), into a table of text",
        "columns without indexes (the issue's definition; ratio = regsync rows/s ÷ psql rows/s);",
        "**psql target** = `psql \\copy` of the rows regsync stored into `CREATE TABLE ... (LIKE target",
        "INCLUDING ALL)` (the target's own DDL with its primary key and indexes). Rows/s = rows read ÷ wall;",
        "client CPU = user + system of the regsync process; server CPU = the private server's processes",
        "meanwhile (from /proc; – with `--database`).",
        "",
        "| file | encoding | MB | rows | regsync s | rows/s | peak RSS MB | client CPU s | server CPU s | psql text s | rows/s | ratio | psql target s | rows/s | ratio |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    present = [spec for spec in IMPORT_FORMATS if get("import", spec.slug, "rows")]
    for spec in present:
        slug = spec.slug
        cells = [
            get("import", slug, "file"),
            get("import", slug, "encoding"),
            megabytes(get("import", slug, "bytes")),
            commas(get("import", slug, "rows")),
            get("import", slug, "regsync_wall_s"),
            commas(get("import", slug, "regsync_rows_per_s")),
            get("import", slug, "regsync_rss_mb"),
            get("import", slug, "regsync_cpu_s"),
            or_dash(get("import", slug, "regsync_server_cpu_s")),
            get("import", slug, "psql_text_wall_s"),
            commas(get("import", slug, "psql_text_rows_per_s")),
            or_dash(divide(get("import", slug, "regsync_rows_per_s"), get("import", slug, "psql_text_rows_per_s"), 2)),
            get("import", slug, "psql_target_wall_s"),
            commas(get("import", slug, "psql_target_rows_per_s")),
            or_dash(divide(get("import", slug, "regsync_rows_per_s"), get("import", slug, "psql_target_rows_per_s"), 2)),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    rejected = 0
    mismatches: list[str] = []
    for spec in present:
        slug = spec.slug
        rejected += int(get("import", slug, "rejected") or "0")
        # psql text loads the source rows (for XML: the rows regsync loaded); psql target the stored rows.
        expected = get("import", slug, "rows")
        if get("import", slug, "encoding") == "xml":
            expected = get("import", slug, "loaded")
        if get("import", slug, "psql_text_rows") != expected:
            mismatches.append(f"{get('import', slug, 'file')} (psql text)")
        if get("import", slug, "psql_target_rows") != get("import", slug, "loaded"):
            mismatches.append(f"{get('import', slug, 'file')} (psql target)")
    if not mismatches:
        lines += [
            f"Rows rejected by regsync: {commas(str(rejected))}. Both peers loaded exactly the rows regsync read (text; for XML,",
            "the rows it loaded) and stored (target).",
        ]
    else:
        lines += [
            f"Rows rejected by regsync: {commas(str(rejected))}. **Row counts differ** between regsync and a peer for:",
            f"{' '.join(mismatches)}; see results.tsv.",
        ]
    lines += [
        "",
        "### Re-imports",
        "",
        "**Same file again**: content already imported (SHA-256), nothing changes. **Modified snapshot**:",
        "`vehicles.csv` with every 100th record's last field changed (edited on the raw bytes), imported over",
        "the loaded table: the staging path (COPY into a temporary table, set-based merge on the key).",
        "",
        "| file | first import s | same file again s | modified snapshot s | rows/s | updated | peak RSS MB | client CPU s | server CPU s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for spec in present:
        slug = spec.slug
        cells = [
            get("import", slug, "file"),
            get("import", slug, "regsync_wall_s"),
            get("import", slug, "again_wall_s"),
            or_dash(get("import", slug, "modified_wall_s")),
            commas(get("import", slug, "modified_rows_per_s")),
            commas(get("import", slug, "modified_updated")),
            or_dash(get("import", slug, "modified_rss_mb")),
            or_dash(get("import", slug, "modified_cpu_s")),
            or_dash(get("import", slug, "modified_server_cpu_s")),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    return lines

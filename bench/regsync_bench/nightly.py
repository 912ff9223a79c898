"""Nightly stage (issue 13 item 2): one night of resident events, `regsync sync`, against vehicle
registries of N/10 and N records; the wall-time ratio of the two nights says whether the nightly
cost follows the changes (ratio near 1) or the size of the registry (ratio near 10)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from .context import BenchError, Context, Timing, say
from .datagen import sha256_prefix
from .numbers import DASH, commas, divide, fixed, or_dash, parse
from .server import Server

NAME = "nightly"

# The stages of a night, in the order `regsync sync` runs them, as its run summary names them.
STAGES = ("import resident-events", "match vehicle", "propagate vehicle", "reports vehicle")

NIGHT_ZERO = """# The night before: the register and the registry loaded, matched and propagated.
incoming: in0
mappings: {mappings}
reports: reports
processed: keep
max_rejects: 5%
residents:
  - {{files: residents.csv, mapping: resident-persons}}
  - {{files: resident-addresses.csv, mapping: resident-addresses}}
resident_events:
  - {{files: resident-events.csv, mapping: resident-events}}
registries:
  vehicle:
    inputs:
      - {{files: vehicles.csv, mapping: vehicle-legacy-cp932}}
    policy: apply
    deadline_days: 15
"""


def sizes(context: Context) -> tuple[int, int]:
    """The two registry sizes: N/10 and N."""
    rows = context.options.rows
    return max(rows // 10, 100), rows


def events_wanted(context: Context) -> int:
    """Residents with an event tonight: 10,000, fewer when the smaller registry is under 100,000
    (a tenth of it), the same at both sizes."""
    small, _ = sizes(context)
    return max(10, min(10_000, small // 10))


def generate(context: Context, records: int, tonight: int) -> Path:
    """The population of a registry of `records` vehicles (⌈records / 0.6⌉ residents, as the
    generator scales vehicles at 0.6 per resident) with `tonight` residents moving, renamed or
    otherwise changed tonight; kept with --reuse-data."""
    folder = context.out / f"data-nightly-{records}"
    stamp_file = folder / ".stamp"
    residents = (records * 10 + 5) // 6
    stamp = (
        f"residents={residents} tonight={tonight} seed={context.options.seed} "
        f"synth={sha256_prefix(context.binaries.synth)}"
    )
    if context.options.reuse_data and stamp_file.exists() and stamp_file.read_text(encoding="utf-8").strip() == stamp:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    say(f"nightly: generating {residents} residents, their vehicles and {tonight} residents' events")
    timing = context.timed(
        f"nightly-generate-{records}",
        [
            context.binaries.synth,
            "--size",
            str(residents),
            "--seed",
            str(context.options.seed),
            "--out",
            folder / "data",
            "--only",
            "residents,events,vehicle",
            "--tonight",
            str(tonight),
        ],
    )
    context.require_ok(f"nightly-generate-{records}", timing)
    for night, files in (
        ("in0", ("residents.csv", "resident-addresses.csv", "vehicles.csv")),
        ("in1", ("resident-events.csv",)),
    ):
        (folder / night).mkdir(parents=True)
        for name in files:
            os.symlink(folder / "data" / name, folder / night / name)
    stamp_file.write_text(stamp + "\n", encoding="utf-8")
    return folder


def write_configs(context: Context, folder: Path) -> tuple[Path, Path]:
    """night0.yaml (everything but the events) and night1.yaml (the events only)."""
    mappings = context.repo / "mappings"
    night0 = folder / "night0.yaml"
    night0.write_text(NIGHT_ZERO.format(mappings=mappings), encoding="utf-8")
    night1 = folder / "night1.yaml"
    night1.write_text(NIGHT_ZERO.format(mappings=mappings).replace("incoming: in0", "incoming: in1"), encoding="utf-8")
    return night0, night1


def run_summary(folder: Path) -> dict:
    """The newest run's summary.json in the reports folder."""
    runs = sorted(path for path in (folder / "reports").iterdir() if (path / "summary.json").exists())
    if not runs:
        raise BenchError(f"nightly: no run summary under {folder / 'reports'}")
    return json.loads((runs[-1] / "summary.json").read_text(encoding="utf-8"))


def sync(context: Context, server: Server, log: str, database: str, config: Path, as_of: str) -> tuple[Timing, dict]:
    """One `regsync sync` (0 or 10 is a finished night) and its run summary."""
    folder = config.parent
    shutil.rmtree(folder / "reports", ignore_errors=True)
    timing = server.timed(
        context,
        log,
        [context.binaries.regsync, "sync", "--config", config, "--as-of", as_of, "--summary", context.logs / f"{log}.summary.json", "--quiet"],
        env={"REGSYNC_DATABASE_URL": server.conn_for(database), "REGSYNC_KEY_FILE": str(context.key_file)},
    )
    context.require_ok(log, timing, 10)
    return timing, run_summary(folder)


def stage_seconds(summary: dict) -> dict[str, float]:
    """Seconds per `stage registry` of a run summary (imports of one registry added up)."""
    seconds: dict[str, float] = {}
    for stage in summary.get("stages", []):
        name = f"{stage.get('stage')} {stage.get('registry')}"
        seconds[name] = seconds.get(name, 0.0) + float(stage.get("seconds", 0.0))
    return seconds


def stage_counts(summary: dict, stage: str, registry: str) -> dict[str, int]:
    """The counts of one stage of a run summary."""
    for entry in summary.get("stages", []):
        if entry.get("stage") == stage and entry.get("registry") == registry:
            return {key: int(value) for key, value in entry.get("counts", {}).items()}
    return {}


def copy_template(server: Server, template: str, work: str) -> None:
    """A fresh copy of the night-zero database (file copy), vacuumed and analysed as a
    database that has been up for a day would be."""
    server.sql(server.base_conn, "-c", f"DROP DATABASE IF EXISTS {work}", "-c", f"CREATE DATABASE {work} TEMPLATE {template}")
    server.sql(server.conn_for(work), "-c", "VACUUM ANALYZE")
    server.checkpoint()


def measure(context: Context, server: Server, records: int, tonight: int) -> None:
    """Night zero once (not timed as the night); then the night of events on fresh copies,
    fastest of --runs."""
    results = context.results
    item = str(records)
    folder = generate(context, records, tonight)
    night0, night1 = write_configs(context, folder)
    template = f"regsync_bench_nightly_{records}"
    work = f"regsync_bench_nightly_{records}_run"
    server.sql(server.base_conn, "-c", f"DROP DATABASE IF EXISTS {template}", "-c", f"CREATE DATABASE {template}")
    say(f"nightly: night zero at {commas(str(records))} records (import, match, propagate)")
    timing, summary = sync(context, server, f"nightly-{records}-night0", template, night0, "2026-11-26")
    results.record("nightly", item, "night0_wall_s", fixed(timing.wall_seconds, 2))
    imported = stage_counts(summary, "import", "vehicle")
    results.record("nightly", item, "records", imported.get("loaded", 0))
    # The first resident import is the persons' file (the second their addresses).
    resident_imports = [
        stage for stage in summary.get("stages", []) if stage.get("stage") == "import" and stage.get("registry") == "resident"
    ]
    results.record("nightly", item, "residents", int(resident_imports[0].get("counts", {}).get("loaded", 0)) if resident_imports else "")
    best: float | None = None
    for index in range(1, max(context.options.runs, 1) + 1):
        copy_template(server, template, work)
        say(f"nightly: the night of events at {commas(str(records))} records, run {index}")
        timing, summary = sync(context, server, f"nightly-{records}-night1-{index}", work, night1, "2026-11-27")
        results.record("nightly", f"{item}-{index}", "wall_s", fixed(timing.wall_seconds, 2))
        if best is not None and timing.wall_seconds >= best:
            continue
        best = timing.wall_seconds
        results.record("nightly", item, "wall_s", fixed(timing.wall_seconds, 2))
        results.record("nightly", item, "rss_mb", timing.rss_mb)
        results.record("nightly", item, "server_cpu_s", timing.server_cpu)
        for name, seconds in stage_seconds(summary).items():
            results.record("nightly", item, f"stage.{name}", fixed(seconds, 2))
        events = stage_counts(summary, "import", "resident-events")
        match = stage_counts(summary, "match", "vehicle")
        propagate = stage_counts(summary, "propagate", "vehicle")
        results.record("nightly", item, "events", events.get("loaded", 0))
        results.record("nightly", item, "persons_matched", match.get("persons", 0))
        results.record("nightly", item, "keys_computed", match.get("keys_computed", 0))
        results.record("nightly", item, "changes_planned", propagate.get("planned", 0))
        results.record("nightly", item, "discrepancies", propagate.get("discrepancies", 0))
    if best is None:
        raise BenchError("nightly: no night was measured")
    if not os.environ.get("REGSYNC_BENCH_KEEP_DATABASES"):
        server.drop_database(work)
        server.drop_database(template)


def run(context: Context, server: Server) -> None:
    """Both sizes, the same number of residents with events."""
    tonight = events_wanted(context)
    context.results.record("nightly", "night", "tonight_residents", tonight)
    for records in sizes(context):
        measure(context, server, records, tonight)
    small, large = sizes(context)
    context.results.record(
        "nightly",
        "ratio",
        "wall",
        divide(context.results.get("nightly", str(large), "wall_s"), context.results.get("nightly", str(small), "wall_s"), 2),
    )


def report(context: Context) -> list[str]:
    """The section of the report."""
    get = context.results.get
    small, large = sizes(context)
    ratio = get("nightly", "ratio", "wall")
    value = parse(ratio)
    must = DASH if value is None else ("met" if value <= 2 else "**not met**")
    goal = DASH if value is None else ("met" if value <= 1.3 else "**not met**")
    rows = []
    for records in (small, large):
        item = str(records)
        stages = "; ".join(
            f"{name} {or_dash(get('nightly', item, f'stage.{name}'))}" for name in STAGES
        )
        rows.append(
            f"| {commas(get('nightly', item, 'records'))} | {commas(get('nightly', item, 'residents'))} "
            f"| {commas(get('nightly', item, 'events'))} | {or_dash(get('nightly', item, 'wall_s'))} "
            f"| {stages} | {commas(get('nightly', item, 'keys_computed'))} "
            f"| {commas(get('nightly', item, 'persons_matched'))} | {commas(get('nightly', item, 'changes_planned'))} "
            f"| {commas(get('nightly', item, 'discrepancies'))} | {or_dash(get('nightly', item, 'rss_mb'))} "
            f"| {or_dash(get('nightly', item, 'night0_wall_s'))} |"
        )
    return [
        "## Nightly sync",
        "",
        f"One night of the change feed — {commas(get('nightly', 'night', 'tonight_residents'))} residents with an event",
        "(moves within and between municipalities, moves abroad, deaths, name and reading changes, bulk address",
        "changes, cancelled moves; about 1.2 events each) — run by `regsync sync` against a vehicle registry of",
        f"{commas(str(small))} and of {commas(str(large))} records and their residents (`regsync-synth --only",
        "residents,events,vehicle --tonight N`). Night zero (not the timed night) imports the register and the",
        "registry, matches and propagates (policy apply); each timed night runs on a fresh copy of that database",
        f"(vacuumed and analysed), fastest of {context.options.runs}. Stage seconds from the run's summary.json.",
        "",
        "| records | residents | events | night wall s | stage s | keys computed | persons matched | changes planned | discrepancies | peak RSS MB | night zero s |",
        "|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
        f"Ratio {commas(str(large))} ÷ {commas(str(small))}: **{or_dash(ratio)}** — Must ≤ 2: {must}; Goal ≤ 1.3: {goal}.",
        "",
    ]

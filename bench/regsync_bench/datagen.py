"""Data generation (always runs): the full data set at --size, and the headline vehicles file
with exactly --size rows (vehicles are 0.6 × residents, so it is generated on its own)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from .context import Context, say
from .numbers import commas, divide

NAME = "generate"


def sha256_prefix(path: Path) -> str:
    """The first 16 hex digits of a file's SHA-256."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def stamp(context: Context) -> str:
    """What identifies a generated data set: size, seed and generator binary."""
    options = context.options
    return f"size={options.rows} seed={options.seed} synth={sha256_prefix(context.binaries.synth)}"


def count_lines_and_bytes(paths: list[Path]) -> tuple[int, int]:
    """Newlines and bytes of some files, as `cat FILES | wc -l` and `wc -c` count them."""
    lines = 0
    size = 0
    for path in paths:
        with path.open("rb") as file:
            for chunk in iter(lambda: file.read(1 << 20), b""):
                lines += chunk.count(b"\n")
                size += len(chunk)
    return lines, size


def run(context: Context) -> None:
    """Generates the data set, or keeps an earlier one with --reuse-data and the same stamp."""
    data = context.data
    stamp_file = data / ".stamp"
    if (
        context.options.reuse_data
        and stamp_file.exists()
        and stamp_file.read_text(encoding="utf-8").strip() == stamp(context)
    ):
        say(f"reusing the data in {data}")
        context.notes["generation_reused"] = "yes"
        return
    context.notes["generation_reused"] = "no"
    vehicle_dir = context.out / "data-vehicle"
    shutil.rmtree(data, ignore_errors=True)
    shutil.rmtree(vehicle_dir, ignore_errors=True)
    data.mkdir(parents=True)
    rows = context.options.rows
    seed = str(context.options.seed)
    vehicle_residents = (rows * 10 + 5) // 6
    say(f"generating the data set (--size {rows}) and {rows} vehicles")
    synth = context.binaries.synth
    timing = context.timed(
        "generate-main",
        [synth, "--size", str(rows), "--seed", seed, "--out", data, "--only", "residents,events,realestate,commercial"],
    )
    context.require_ok("generate-main", timing)
    parts = sorted(data.glob("*.csv")) + sorted(data.glob("*.xml"))
    lines, size = count_lines_and_bytes(parts)
    results = context.results
    results.record("generate", "registers", "rows", lines)
    results.record("generate", "registers", "bytes", size)
    results.record_timing("generate", "registers", "process", timing)
    timing = context.timed(
        "generate-vehicles",
        [synth, "--size", str(vehicle_residents), "--seed", seed, "--out", vehicle_dir, "--only", "vehicle"],
    )
    context.require_ok("generate-vehicles", timing)
    shutil.move(str(vehicle_dir / "vehicles.csv"), str(data / "vehicles.csv"))
    shutil.rmtree(vehicle_dir, ignore_errors=True)
    lines, size = count_lines_and_bytes([data / "vehicles.csv"])
    results.record("generate", "vehicles", "rows", lines - 1)
    results.record("generate", "vehicles", "bytes", size)
    results.record_timing("generate", "vehicles", "process", timing)
    stamp_file.write_text(stamp(context) + "\n", encoding="utf-8")


def report(context: Context) -> list[str]:
    """The section of the report."""
    lines = ["## Data generation", ""]
    if context.notes.get("generation_reused") == "yes":
        lines += ["Data reused from an earlier run (`--reuse-data`): generation was not measured.", ""]
        return lines
    rows = context.options.rows
    lines += [
        f"`regsync-synth --seed {context.options.seed}`: the registers and registries at `--size {rows}` (vehicles left out),",
        f"then the headline vehicles file alone with exactly {commas(str(rows))} rows.",
        "",
        "| part | lines | MB | wall s | MB/s | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    get = context.results.get
    for part in ("registers", "vehicles"):
        size = get("generate", part, "bytes")
        wall = get("generate", part, "process_wall_s")
        lines.append(
            f"| {part} | {commas(get('generate', part, 'rows'))} | {divide(size, '1000000', 1)} | {wall} "
            f"| {divide(divide(size, '1000000', 3), wall, 1)} | {get('generate', part, 'process_rss_mb')} |"
        )
    lines.append("")
    return lines

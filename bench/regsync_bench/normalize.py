"""Normalisation stage: addresses and names as the ledgers write them, on one core."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass

from . import address_classes
from .context import Context, say, value_of
from .numbers import commas, divide, fixed, parse
from .server import Server

NAME = "normalize"
NORMALIZE_LINES = 100_000


@dataclass(frozen=True)
class Input:
    """Values of some columns of a file, and what they are."""

    slug: str
    file: str
    encoding: str
    columns: tuple[str, ...]
    notation: str


ADDRESS_INPUTS = (
    Input("vehicles", "vehicles.csv", "cp932", ("所有者の住所", "使用者の住所"), "ledger notation (vehicle owners and users)"),
    Input("realestate", "realestate-owners.csv", "utf-8", ("所有者住所",), "ledger notation (real-estate owners)"),
    Input("officers", "officers.csv", "utf-8", ("住所",), "ledger notation (officers)"),
    Input("residents", "resident-addresses.csv", "utf-8", ("住所",), "resident register (standard notation)"),
)
NAME_INPUTS = (
    Input(
        "vehicles",
        "vehicles.csv",
        "cp932",
        ("所有者の氏名又は名称", "使用者の氏名又は名称"),
        "vehicle owners and users (persons and companies)",
    ),
    Input("realestate", "realestate-owners.csv", "utf-8", ("所有者氏名",), "real-estate owners"),
    Input("officers", "officers.csv", "utf-8", ("氏名", "フリガナ"), "officers, with reading"),
    Input("residents", "residents.csv", "utf-8", ("氏名", "氏名カナ"), "residents, with reading"),
)
# The notations of the address evaluation sets (real addresses and the per-class set), timed as
# one more input and also read for resolution per class.
EVALUATION = Input("evaluation", "", "utf-8", (), "evaluation sets (every class of ledger notation)")
ALL = Input("all", "", "", (), "all of the above")


def extract_inputs(context: Context, kind: str, inputs: tuple[Input, ...]) -> None:
    """Writes OUT/normalize/KIND-SLUG.txt for each input, and KIND-all.txt."""
    folder = context.out / "normalize"
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f"{kind}-all.txt").open("wb") as everything:
        for spec in inputs:
            arguments = [argument for column in spec.columns for argument in ("--column", column)]
            # Names with a reading column: NAME<TAB>READING.
            tab = ["--tab"] if kind == "name" and len(spec.columns) == 2 and "reading" in spec.notation else []
            output = subprocess.run(
                [
                    str(context.binaries.bench),
                    "columns",
                    "--encoding",
                    spec.encoding,
                    *arguments,
                    *tab,
                    "--limit",
                    str(NORMALIZE_LINES),
                    str(context.data / spec.file),
                ],
                stdout=subprocess.PIPE,
                check=True,
            ).stdout
            (folder / f"{kind}-{spec.slug}.txt").write_bytes(output)
            everything.write(output)
        if kind == "address":
            notations = "".join(row.text + "\n" for row in address_classes.rows(context.repo)).encode()
            (folder / f"{kind}-{EVALUATION.slug}.txt").write_bytes(notations)
            everything.write(notations)


def normalize_run(context: Context, kind: str, subcommand: str, slug: str) -> None:
    """One timed, pinned normalisation run."""
    stage = f"normalize-{kind}"
    log = f"normalize-{kind}-{slug}"
    source = context.out / "normalize" / f"{kind}-{slug}.txt"
    timing = context.timed(log, [*context.pin, context.binaries.bench, subcommand, "--min-seconds", "2", source])
    context.require_ok(log, timing)
    output = context.logs / f"{log}.out"
    results = context.results
    results.record(stage, slug, "items", value_of("items", output))
    results.record(stage, slug, "items_per_s", value_of("items_per_s", output))
    results.record(stage, slug, "items_per_cpu_s", value_of("items_per_cpu_s", output))
    results.record(stage, slug, "with_warnings", value_of("with_warnings", output))
    results.record(stage, slug, "setup_s", value_of("setup_seconds", output))
    results.record_timing(stage, slug, "process", timing)


def run(context: Context, server: Server) -> None:
    """Extracts the inputs, then measures each and all of them together."""
    del server  # the stage needs no database
    say("normalize: extracting addresses and names")
    extract_inputs(context, "address", ADDRESS_INPUTS)
    extract_inputs(context, "name", NAME_INPUTS)
    for spec in (*ADDRESS_INPUTS, EVALUATION, ALL):
        say(f"normalize address: {spec.slug}")
        normalize_run(context, "address", "normalize-address", spec.slug)
    say("normalize address: resolution per class")
    for klass, (good, total, category) in address_classes.evaluate(context.binaries.regsync, context.repo).items():
        context.results.record("address-classes", klass, "right", str(good))
        context.results.record("address-classes", klass, "total", str(total))
        context.results.record("address-classes", klass, "category", category)
    for spec in (*NAME_INPUTS, ALL):
        say(f"normalize name: {spec.slug}")
        normalize_run(context, "name", "normalize-name", spec.slug)


def normalize_table(context: Context, kind: str, thresholds: bool, inputs: tuple[Input, ...]) -> list[str]:
    """One table of rates per input."""
    get = context.results.get
    stage = f"normalize-{kind}"
    if thresholds:
        lines = [
            "| input | lines | per CPU second (one core) | per second, wall | × must 250k/s | × goal 300k/s | with warnings | set-up s | process wall s | peak RSS MB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
    else:
        lines = [
            "| input | lines | per CPU second (one core) | per second, wall | with warnings | set-up s | process wall s | peak RSS MB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
    for spec in (*inputs, ALL):
        rate = get(stage, spec.slug, "items_per_cpu_s")
        if not rate:
            continue
        items = get(stage, spec.slug, "items")
        warned = get(stage, spec.slug, "with_warnings")
        item_count = parse(items) or 0.0
        share_value = 100 * (parse(warned) or 0.0) / (item_count if item_count > 0 else 1)
        share = f"{commas(warned)} ({fixed(share_value, 1)} %)"
        cells = [spec.notation, commas(items), commas(rate), commas(get(stage, spec.slug, "items_per_s"))]
        if thresholds:
            cells += [divide(rate, "250000", 2), divide(rate, "300000", 2)]
        cells += [
            share,
            get(stage, spec.slug, "setup_s"),
            get(stage, spec.slug, "process_wall_s"),
            get(stage, spec.slug, "process_rss_mb"),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    return lines


# Required share per category of class: A needs notation rules only, B the reference data too
# (must / goal of the normaliser issue).
CLASS_TARGETS = {"A": ("99 %", "99.5 %"), "B": ("75 %", "85 %")}


def class_table(context: Context) -> list[str]:
    """Resolution per class of notation: prefecture, municipality, town and named numbers right."""
    get = context.results.get
    classes = list(dict.fromkeys(item for (stage, item, _), _ in context.results.items() if stage == "address-classes"))
    if not classes:
        return []
    lines = [
        "#### Resolution per class of notation",
        "",
        "`regsync normalize address` on the evaluation sets of the address tests",
        "(Tests/RegsyncTextTests/Address/Evaluation: real addresses in real notations, and the per-class set",
        "scripts/address-eval/generate.py writes from the rules and the reference): right = prefecture,",
        "municipality and town as expected, and the 丁目/番/号 the row names. Category A needs notation rules",
        "only, B the reference data as well.",
        "",
        "| class | category | right | rows | resolution | must | goal |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for klass in classes:
        right, total = get("address-classes", klass, "right"), get("address-classes", klass, "total")
        category = get("address-classes", klass, "category")
        share = 100 * (parse(right) or 0.0) / max(parse(total) or 1.0, 1.0)
        # A class of both categories is held to the stricter one.
        must, goal = CLASS_TARGETS["A" if "A" in category else "B"]
        lines.append(f"| {klass} | {category} | {commas(right)} | {commas(total)} | {fixed(share, 2)} % | {must} | {goal} |")
    lines.append("")
    return lines


def report(context: Context) -> list[str]:
    """The section of the report."""
    lines = [
        "## Normalisation",
        "",
        "`regsync-bench normalize-address|normalize-name`: the values of the named columns as the",
        f"generated files hold them (CP932 decoded to UTF-8; at most {commas(str(NORMALIZE_LINES))} lines per input),",
        "normalised on one thread pinned to one core, all lines again until the thread has used ≥ 2 CPU",
        "seconds. **Per CPU second** = items ÷ the thread's CPU time (kernel accounting,",
        "`CLOCK_THREAD_CPUTIME_ID`): one core's throughput, not slowed by other processes holding the",
        "core on this shared machine; **wall** = items ÷ monotonic time of the passes. Set-up (building",
        "the reference index at first use) is excluded and shown apart; process wall and peak RSS from",
        "`/usr/bin/time`.",
        "",
        "### Addresses",
        "",
        "Thresholds from the normaliser issues: must ≥ 250,000/s, goal ≥ 300,000/s on one core on the",
        'mixed set ("all"; × = rate per CPU second ÷ threshold). "With warnings" counts addresses the',
        "normaliser could not fully resolve.",
        "",
    ]
    lines += normalize_table(context, "address", True, (*ADDRESS_INPUTS, EVALUATION))
    lines += class_table(context)
    lines += ["### Names", "", "No threshold is set for names; the figure is for orientation.", ""]
    lines += normalize_table(context, "name", False, NAME_INPUTS)
    return lines

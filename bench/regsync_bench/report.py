"""BENCHMARKS.md: the run's facts, then each stage's section, then what is not measured yet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from . import datagen
from .context import Context, machine, run_text
from .numbers import or_dash

PENDING_STAGES: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunFacts:
    """When the run took place, how loaded the machine was, and what was measured."""

    started_at: str
    finished_at: str
    load_start: str
    load_end: str
    commit: str
    server_version: str
    server_note: str


def write_report(
    context: Context,
    facts: RunFacts,
    stages: Sequence[str],
    sections: dict[str, Callable[[Context], list[str]]],
) -> str:
    """The whole report as Markdown."""
    options = context.options
    facts_machine = machine()
    swift = run_text(["swift", "--version"]).splitlines()
    psql = run_text(["psql", "--version"]).strip()
    lines = ["# Benchmarks", "", "Written by `scripts/bench` (docs/benchmarks.md); do not edit by hand.", ""]
    if options.note:
        lines += [options.note, ""]
    lines += [
        f"- **Command**: `{options.command_line}`",
        f"- **Date**: {facts.started_at} – {facts.finished_at}",
        f"- **Machine**: {facts_machine.cores} cores ({or_dash(facts_machine.cpu)}), "
        f"{facts_machine.memory_gib} GiB memory, {facts_machine.kernel}",
        f"- **Load average** (1, 5, 15 min) at start: {facts.load_start}; at end: {facts.load_end}. The machine is shared:",
        "  other processes compete for the cores, so figures are noisy; ratios measured in the same run",
        "  are the meaningful part.",
        f"- **Software**: {swift[0] if swift else ''}; PostgreSQL {facts.server_version} ({facts.server_note});",
        f"  {psql}; regsync at {facts.commit}, release build.",
        f"- **Data**: `regsync-synth --size {options.rows} --seed {options.seed}` (docs/synthetic-data.md). Raw figures:",
        "  `OUT/results.tsv` (stage, item, metric, value); logs and `/usr/bin/time -v` output in `OUT/logs/`.",
        "",
    ]
    lines += datagen.report(context)
    for stage in context.ran:
        lines += sections[stage](context)
    skipped = [stage for stage in stages if stage not in context.ran]
    if skipped:
        lines += [f"Stages not run this time: {' '.join(skipped)}.", ""]
    if PENDING_STAGES:
        lines += ["## Not yet measured", "", "These stages do not exist yet; their slots in `scripts/bench` are reserved:", ""]
        lines += [f"- {pending}" for pending in PENDING_STAGES]
    return "\n".join(lines) + "\n"

"""Matching stage (issue 9 item 10): `regsync match` of every registry against the resident
register, beside Splink on the identical files, both scored by one scorer against the truth."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from . import splink_peer
from .context import Context, Timing, command_available, say
from .datagen import sha256_prefix
from .import_stage import regsync_import
from .numbers import DASH, commas, divide, fixed, or_dash, parse
from .persons import households
from .scoring import Decision, Truth, load_truth, read_decisions, record_score, score
from .server import Server

NAME = "match"
REGISTRIES = ("vehicle", "realestate", "commercial")
LINKERS = ("regsync", "splink")
DATABASE = "regsync_bench_match"


@dataclass(frozen=True)
class MatchImport:
    """A file regsync imports before matching."""

    slug: str
    file: str
    registry: str
    mapping: str


MATCH_IMPORTS = (
    MatchImport("residents", "residents.csv", "resident", "resident-persons"),
    MatchImport("resident-addresses", "resident-addresses.csv", "resident", "resident-addresses"),
    MatchImport("resident-events", "resident-events.csv", "resident-events", "resident-events"),
    MatchImport("vehicles", "vehicles.csv", "vehicle", "vehicle-legacy-cp932"),
    MatchImport("realestate", "realestate-owners.csv", "realestate", "realestate-owners-csv"),
    MatchImport("corporations", "corporations-unicode.csv", "commercial", "commercial-nta-unicode"),
    MatchImport("officers", "officers.csv", "commercial", "commercial-officers"),
)


def match_folder(context: Context) -> Path:
    """Where the stage keeps its own data and outputs."""
    return context.out / "match"


def vehicles_for_matching(context: Context) -> Path:
    """vehicles.csv of the same population as residents.csv (the headline file is generated
    for ⌈N / 0.6⌉ residents, so its owners are not all in the register): `regsync-synth --size
    N --only vehicle`, with its truth; kept with --reuse-data."""
    folder = context.out / "data-match"
    stamp_file = folder / ".stamp"
    stamp = f"size={context.options.rows} seed={context.options.seed} synth={sha256_prefix(context.binaries.synth)}"
    if context.options.reuse_data and stamp_file.exists() and stamp_file.read_text(encoding="utf-8").strip() == stamp:
        return folder / "vehicles.csv"
    shutil.rmtree(folder, ignore_errors=True)
    say(f"match: generating the vehicles of the --size {context.options.rows} population")
    timing = context.timed(
        "match-generate-vehicles",
        [
            context.binaries.synth,
            "--size",
            str(context.options.rows),
            "--seed",
            str(context.options.seed),
            "--out",
            folder,
            "--only",
            "vehicle",
        ],
    )
    context.require_ok("match-generate-vehicles", timing)
    context.results.record_timing("match", "data", "vehicles_generate", timing)
    stamp_file.write_text(stamp + "\n", encoding="utf-8")
    return folder / "vehicles.csv"


def flatten(prefix: str, value: object, into: dict[str, str]) -> None:
    """Summary counts as flat names (`pairs.full_name`), whether nested or already dotted."""
    if isinstance(value, dict):
        for key, inner in value.items():
            flatten(f"{prefix}.{key}" if prefix else str(key), inner, into)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        into[prefix] = str(value)


@dataclass
class Totals:
    """One linker's runs over the registries: their decisions, summed wall, largest peak RSS."""

    decisions: list[Decision] = field(default_factory=list)
    wall: float = 0.0
    rss_kb: int = 0

    def add(self, context: Context, truth: Truth, item: str, registry: str, decisions: list[Decision], timing: Timing) -> None:
        """Scores and records one registry's run and keeps it for the total."""
        record_score(context.results, "match", item, score(truth, decisions, [registry]), timing)
        self.decisions += decisions
        self.wall += timing.wall_seconds
        self.rss_kb = max(self.rss_kb, timing.rss_kb)

    def finish(self, context: Context, truth: Truth, item: str) -> None:
        """Scores and records all registries together."""
        record_score(context.results, "match", item, score(truth, self.decisions, REGISTRIES), None)
        context.results.record("match", item, "process_wall_s", fixed(self.wall, 2))
        context.results.record("match", item, "process_rss_mb", fixed(self.rss_kb / 1024, 1))


def run_regsync(context: Context, server: Server, vehicles: Path, truth: Truth) -> None:
    """Imports the files through the shipped mappings, then match and report links per registry."""
    results = context.results
    folder = match_folder(context)
    server.fresh_database(context, DATABASE)
    conn = server.conn_for(DATABASE)
    for spec in MATCH_IMPORTS:
        file = vehicles if spec.slug == "vehicles" else context.data / spec.file
        say(f"match: importing {spec.file}")
        run = regsync_import(context, server, f"match-import-{spec.slug}", DATABASE, file, spec.registry, spec.mapping)
        results.record("match", f"import-{spec.slug}", "rows", run.read)
        results.record_timing("match", f"import-{spec.slug}", "regsync", run.timing)
    totals = Totals()
    for registry in REGISTRIES:
        log = f"match-regsync-{registry}"
        summary = context.logs / f"{log}.summary.json"
        say(f"match: regsync match {registry}")
        server.checkpoint()
        timing = server.timed(
            context,
            log,
            [context.binaries.regsync, "match", registry, "--summary", summary],
            env={"REGSYNC_KEY_FILE": str(context.key_file), "REGSYNC_DATABASE_URL": conn},
        )
        context.require_ok(log, timing, 10)
        results.record("match", f"regsync-{registry}", "process_server_cpu_s", timing.server_cpu)
        counts: dict[str, str] = {}
        if summary.exists():
            document = json.loads(summary.read_text(encoding="utf-8"))
            if isinstance(document, dict):
                flatten("", document.get("counts", {}), counts)
        rules = [int(float(value)) for name, value in counts.items() if name.startswith("pairs.")]
        if "pairs" not in counts and rules:
            counts["pairs"] = str(sum(rules))  # a nested "pairs": {RULE: n} carries no total
        for name, value in sorted(counts.items()):
            results.record("match", f"regsync-{registry}", f"count.{name}", value)
        links = folder / f"regsync-{registry}-links.csv"
        report_log = f"match-report-{registry}"
        report = context.timed(
            report_log,
            [context.binaries.regsync, "report", "links", registry, "--format", "csv", "--out", links],
            env={"REGSYNC_DATABASE_URL": conn},
        )
        context.require_ok(report_log, report)
        totals.add(context, truth, f"regsync-{registry}", registry, read_decisions(links, registry), timing)
    totals.finish(context, truth, "regsync-all")
    server.drop_database(DATABASE)


def run_splink(context: Context, vehicles: Path, truth: Truth) -> None:
    """Splink per registry on tables built from the same files."""
    results = context.results
    venv, problem = splink_peer.ensure_venv(context, with_splink=True)
    if venv is None:
        context.notes["splink"] = problem
        return
    results.record("match", "splink", "version", splink_peer.SPLINK_VERSION)
    folder = match_folder(context) / "splink"
    folder.mkdir(parents=True, exist_ok=True)
    say("match: preparing Splink's input tables")
    prepare = splink_peer.prepare_inputs(context, vehicles, folder)
    results.record_timing("match", "splink-prepare", "process", prepare)
    totals = Totals()
    for registry in REGISTRIES:
        say(f"match: Splink on {registry}")
        left = folder / f"left-{registry}.csv"
        best = folder / f"best-{registry}.csv"
        commercial = registry == "commercial"
        timing = splink_peer.run_splink(
            context,
            venv,
            f"match-splink-{registry}",
            "registry",
            left,
            folder / "residents.csv",
            best,
            has_kana=commercial,
            has_birth=commercial,
        )
        decisions = splink_peer.registry_decisions(registry, left, best)
        totals.add(context, truth, f"splink-{registry}", registry, decisions, timing)
    totals.finish(context, truth, "splink-all")


def run(context: Context, server: Server) -> None:
    """Both linkers on the same data set, each scored against the same truth."""
    folder = match_folder(context)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    vehicles = vehicles_for_matching(context)
    truth = load_truth(
        [context.data / "truth" / "links.csv", vehicles.parent / "truth" / "links.csv"],
        households(context.data / "residents.csv"),
    )
    context.notes["truth_difficulty"] = "yes" if truth.has_difficulty else "no"
    if command_available(context, "match") and command_available(context, "report", "links"):
        run_regsync(context, server, vehicles, truth)
    else:
        say("match: regsync match is not available in this build")
        context.notes["regsync_match"] = "unavailable"
    if context.options.peers:
        run_splink(context, vehicles, truth)
    else:
        context.notes["splink"] = "not run (`--no-peers`)"


# ---------------------------------------------------------------------------------------------
# The report.


def verdict(ok: bool | None) -> str:
    """A must/goal line's ending."""
    if ok is None:
        return "not measured"
    return "met" if ok else "**not met**"


def at_or_below(value: str, limit: float) -> bool | None:
    """value ≤ limit, or None when there is no value."""
    number = parse(value)
    return None if number is None else number <= limit


def report(context: Context) -> list[str]:
    """The section of the report."""
    get = context.results.get
    rows = context.options.rows
    regsync_ran = bool(get("match", "regsync-all", "f1"))
    splink_ran = bool(get("match", "splink-all", "f1"))
    lines = [
        "## Matching",
        "",
        f"Registry persons of the `--size {rows}` data set linked to its resident register: vehicle owners and users,",
        "real-estate owners (one per 持分 row), commercial representatives and officers; truth from",
        "`truth/links.csv`. The vehicles are those of the same population (`regsync-synth --size N --only vehicle`;",
        "the headline import file is generated for more residents). Both linkers are scored by the same code",
        "(`bench/regsync_bench/scoring.py`): an **automatic link** is a `link` decision; a **wrong link** links a",
        "registry person to a resident other than the truth's, or to anyone when the truth has none; review is",
        "not a link. Precision = correct ÷ automatic links; recall = truth persons linked to their resident ÷",
        "truth persons who are residents.",
        "",
    ]
    if context.notes.get("regsync_match") == "unavailable":
        lines += [
            "**regsync**: `regsync match` is not available in this build (`regsync match --help` does not show it):",
            "not measured.",
            "",
        ]
    else:
        lines += [
            "**regsync**: the files imported through the shipped mappings into a fresh database (residents,",
            "addresses, the night's events, vehicles, real-estate owners CSV, corporations (Unicode CSV), officers),",
            "then `regsync match REGISTRY --summary FILE` for each registry (timed: wall, peak RSS) and",
            "`regsync report links REGISTRY --format csv`.",
            "",
        ]
    splink_note = context.notes.get("splink", "")
    if splink_note:
        lines += [f"**Splink**: {splink_note}.", ""]
    else:
        lines += [
            f"**Splink** {get('match', 'splink', 'version')} (pip-installed into a venv under `OUT`; DuckDB backend), its documented",
            "person-linkage settings: Fellegi–Sunter with u by random sampling (10⁷ pairs, seed 1), m by EM over",
            "blocks on full name, on address (and on birth date for officers), λ from full name + municipality",
            "(recall 0.8); comparisons: the name with `ForenameSurnameComparison`'s levels (term frequencies on the",
            "full name and the surname) plus, for officers, a \"same reading\" level (the reading is not independent",
            "of the name, so it is a level, not a second comparison), address Jaro–Winkler (0.97, 0.9, 0.8),",
            "municipality exact with term frequencies, for officers `DateOfBirthComparison`; `link_type` link_only.",
            "Blocking comparable to regsync's: full name; surname + municipality; birth date where the registry has one.",
            "Input built in Python from the same files (`bench/regsync_bench/persons.py`): NFKC, spaces removed,",
            "surname/given name split at the space, readings in katakana, era dates as ISO; the municipality is",
            "the address's prefix up to 市/区/町/村. The right side has **one row per resident address** (every",
            "history row of the extract plus the night's new addresses), so the history is visible to Splink",
            f"without custom comparisons; each registry person's best candidate with match probability ≥ {splink_peer.THRESHOLD} is",
            "its link (per resident, whichever address row scored best). Splink has no review band.",
            "",
        ]
    if not regsync_ran and not splink_ran:
        return lines
    lines += must_and_goal_lines(context, regsync_ran, splink_ran)
    lines += [
        "| linker | registry | persons | automatic links | precision | recall | F1 | wrong links | % of links | to household | without truth | review | review, truth links | wall s | peak RSS MB |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for linker in LINKERS:
        if not get("match", f"{linker}-all", "f1"):
            continue
        for registry in (*REGISTRIES, "all"):
            item = f"{linker}-{registry}"
            reviews = get("match", item, "reviews")
            cells = [
                linker if linker == "regsync" else "Splink",
                registry,
                commas(get("match", item, "persons")),
                commas(get("match", item, "auto_links")),
                get("match", item, "precision"),
                get("match", item, "recall"),
                f"**{get('match', item, 'f1')}**" if registry == "all" else get("match", item, "f1"),
                commas(get("match", item, "wrong")),
                get("match", item, "wrong_pct"),
                commas(get("match", item, "wrong_household")),
                commas(get("match", item, "wrong_no_truth")),
                commas(reviews) if linker == "regsync" else DASH,
                commas(get("match", item, "reviews_truth_linked")) if linker == "regsync" else DASH,
                or_dash(get("match", item, "process_wall_s")),
                or_dash(get("match", item, "process_rss_mb")),
            ]
            lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    checks = [
        f"{'regsync' if linker == 'regsync' else 'Splink'} {commas(get('match', f'{linker}-all', 'unmatched'))} and "
        f"{commas(get('match', f'{linker}-all', 'missing'))}"
        for linker in LINKERS
        if get("match", f"{linker}-all", "f1")
    ]
    lines += [
        "Decisions about a record the truth does not have, and truth persons without a decision (scored as no",
        f"link): {'; '.join(checks)}.",
        "",
    ]
    lines += class_table(context)
    lines += extra_tables(context)
    return lines


def must_and_goal_lines(context: Context, regsync_ran: bool, splink_ran: bool) -> list[str]:
    """Issue 9's must and goal lines, with this run's figures."""
    get = context.results.get
    at_scale = context.options.rows >= 1_000_000
    scale_note = "" if at_scale else f" at `--size {context.options.rows}`"

    def scaled(condition: bool | None) -> str:
        if not at_scale and condition is not None:
            return "not judged (the limit is for 1M × 1M)"
        return verdict(condition)
    wrong_pct = get("match", "regsync-all", "wrong_pct")
    f1 = get("match", "regsync-all", "f1")
    splink_f1 = get("match", "splink-all", "f1")
    wall = get("match", "regsync-all", "process_wall_s")
    rss = get("match", "regsync-all", "process_rss_mb")
    splink_wall = get("match", "splink-all", "process_wall_s")
    speedup = divide(splink_wall, wall, 2)
    household = get("match", "regsync-all", "wrong_household")

    def ok(condition: bool | None) -> bool | None:
        return condition if regsync_ran else None

    f1_vs_splink: bool | None = None
    if regsync_ran and splink_ran:
        f1_vs_splink = (parse(f1) or 0.0) >= (parse(splink_f1) or 0.0)
    speed_ok: bool | None = None
    if regsync_ran and splink_ran and speedup:
        speed_ok = (parse(speedup) or 0.0) >= 3
    rss_gb = divide(rss, "1024", 2)
    lines = [
        "**Must** (issue 9):",
        f"- wrong links ≤ 0.1 % of automatic links: regsync {or_dash(wrong_pct)} %: {verdict(ok(at_or_below(wrong_pct, 0.1)))};",
        f"- F1 ≥ Splink's: regsync {or_dash(f1)}, Splink {or_dash(splink_f1)}: {verdict(f1_vs_splink)};",
        f"- 1M × 1M in ≤ 120 s wall and ≤ 4 GB peak RSS: regsync {or_dash(wall)} s, {or_dash(rss_gb)} GB{scale_note}: "
        + scaled(ok(None if not wall else (at_or_below(wall, 120) or False) and (at_or_below(rss_gb, 4) or False)))
        + ".",
        "",
        "**Goal**:",
        f"- F1 ≥ 0.98: {or_dash(f1)}: {verdict(ok(None if not f1 else (parse(f1) or 0.0) >= 0.98))};",
        f"- no wrong link to a household member: {or_dash(household)}: {verdict(ok(None if not household else household == '0'))};",
        f"- ≤ 60 s and ≤ 2 GB: {or_dash(wall)} s, {or_dash(rss_gb)} GB{scale_note}: "
        + scaled(ok(None if not wall else (at_or_below(wall, 60) or False) and (at_or_below(rss_gb, 2) or False)))
        + ";",
        f"- ≥ 3× Splink's speed: Splink {or_dash(splink_wall)} s ÷ regsync {or_dash(wall)} s = {or_dash(speedup)}×: {verdict(speed_ok)}.",
        "",
        "Wall and peak RSS: `/usr/bin/time -v` of each `regsync match` and each Splink run (three per linker, one",
        "per registry; **all** = the sum of the walls, the largest peak). Not included: regsync's imports and",
        "Splink's input preparation (below).",
        "",
    ]
    return lines


def class_table(context: Context) -> list[str]:
    """Recall (and wrong links, reviews) per difficulty class, both linkers."""
    get = context.results.get
    names: set[str] = set()
    prefix = "class_rows."
    for (stage, item, metric), _ in context.results.items():
        if stage == "match" and item.endswith("-all") and metric.startswith(prefix):
            names.add(metric[len(prefix) :])
    if not names:
        return []
    source = (
        "the truth's `difficulty` column (a person can be in several classes)"
        if context.notes.get("truth_difficulty") == "yes"
        else "the truth's `reason` column (this generator writes no `difficulty` column)"
    )
    lines = [
        "### Per difficulty class",
        "",
        f"Classes from {source}.",
        "Recall = linked to the truth's resident ÷ rows whose truth is a resident; for classes without a",
        "resident (e.g. not in the register, legal entity) the wrong links are the figure.",
        "",
        "| class | rows | residents | regsync recall | Splink recall | regsync wrong | Splink wrong | regsync review |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in sorted(names):
        def figure(linker: str, metric: str) -> str:
            value = get("match", f"{linker}-all", f"{metric}.{name}")
            return or_dash(value if metric == "class_recall" else commas(value) if value else "")

        rows = get("match", "regsync-all", f"class_rows.{name}") or get("match", "splink-all", f"class_rows.{name}")
        residents = get("match", "regsync-all", f"class_with_resident.{name}") or get(
            "match", "splink-all", f"class_with_resident.{name}"
        )
        lines.append(
            f"| {name} | {commas(rows)} | {commas(residents)} | {figure('regsync', 'class_recall')} | "
            f"{figure('splink', 'class_recall')} | {figure('regsync', 'class_wrong')} | {figure('splink', 'class_wrong')} | "
            f"{figure('regsync', 'class_reviews')} |"
        )
    lines.append("")
    return lines


def extra_tables(context: Context) -> list[str]:
    """regsync's blocking counts and imports; Splink's install and preparation."""
    get = context.results.get
    lines: list[str] = []
    if get("match", "regsync-all", "f1"):
        lines += [
            "### regsync: candidate pairs and imports",
            "",
            "| registry | persons (summary) | link | review | no link | pairs compared | pairs per s | pairs per rule |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for registry in REGISTRIES:
            item = f"regsync-{registry}"
            rules = [
                f"{metric[len('count.pairs.'):]} {commas(value)}"
                for (stage, key, metric), value in sorted(context.results.items())
                if stage == "match" and key == item and metric.startswith("count.pairs.")
            ]
            pairs = get("match", item, "count.pairs")
            lines.append(
                f"| {registry} | {commas(get('match', item, 'count.persons'))} | {commas(get('match', item, 'count.link'))} | "
                f"{commas(get('match', item, 'count.review'))} | {commas(get('match', item, 'count.no_link'))} | "
                f"{commas(pairs)} | {commas(divide(pairs, get('match', item, 'process_wall_s'), 0))} | "
                f"{'; '.join(rules) or DASH} |"
            )
        lines.append("")
        imports = [
            f"{spec.file} {get('match', f'import-{spec.slug}', 'regsync_wall_s')} s"
            for spec in MATCH_IMPORTS
            if get("match", f"import-{spec.slug}", "regsync_wall_s")
        ]
        lines += [f"Imports before matching (wall): {'; '.join(imports)}.", ""]
    if get("match", "splink-all", "f1"):
        install = get("match", "splink", "pip_install_wall_s")
        install_text = f"`pip install splink=={splink_peer.SPLINK_VERSION}` took {install} s" if install else "the venv was reused"
        lines += [
            f"Splink: {install_text}; its input tables (`python3 -m regsync_bench.persons`) took "
            f"{get('match', 'splink-prepare', 'process_wall_s')} s wall, {get('match', 'splink-prepare', 'process_rss_mb')} MB peak RSS. "
            "The trained models are in `OUT/match/splink/best-*.model.json`.",
            "",
        ]
    return lines

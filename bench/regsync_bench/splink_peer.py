"""The matching peer: Splink, pip-installed (pinned) into a private venv, run on input tables
built from the same generated files regsync imports. The venv lives in OUT/venv-splink (or
--peer-venv) and is reused while it holds the pinned version."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .context import Context, Timing, say, tail_lines
from .scoring import Decision

SPLINK_VERSION = "5.0.0"
RECORDLINKAGE_VERSION = "0.16"
THRESHOLD = 0.9
U_MAX_PAIRS = 1e7
SEED = 1
MARKER = ".regsync-bench"


@dataclass(frozen=True)
class Venv:
    """A usable venv: its python, and whether Splink is installed in it."""

    python: Path
    has_splink: bool


def venv_folder(context: Context) -> Path:
    """Where the peer's venv lives."""
    return context.options.peer_venv or context.out / "venv-splink"


def create_venv(context: Context, folder: Path) -> str:
    """`python3 -m venv`; on Debian without python3-venv, as root, installs it first. Returns
    empty on success, or why the venv could not be made."""
    log = "peer-venv"
    timing = context.timed(log, [sys.executable, "-m", "venv", folder])
    if timing.status == 0:
        return ""
    errors = context.log_text(log, "err") + context.log_text(log, "out")
    if "ensurepip" in errors and os.geteuid() == 0 and shutil.which("apt-get"):
        say("peer: installing the Debian package python3-venv")
        environment = {"DEBIAN_FRONTEND": "noninteractive"}
        install = context.timed(
            "peer-apt", ["apt-get", "install", "-y", "--no-install-recommends", "python3-venv"], env=environment
        )
        if install.status == 0:
            shutil.rmtree(folder, ignore_errors=True)
            timing = context.timed(log, [sys.executable, "-m", "venv", folder])
            if timing.status == 0:
                return ""
    return f"`python3 -m venv` failed: {tail_lines(context.logs / f'{log}.err', 1) or 'see logs/peer-venv.err'}"


def ensure_venv(context: Context, with_splink: bool) -> tuple[Venv | None, str]:
    """The peer's venv (made, and Splink installed, when needed), or None and the reason."""
    folder = venv_folder(context)
    python = folder / "bin" / "python"
    marker = folder / MARKER
    installed = marker.read_text(encoding="utf-8").strip() if marker.exists() else ""
    if not python.exists():
        shutil.rmtree(folder, ignore_errors=True)
        say(f"peer: creating a venv in {folder}")
        problem = create_venv(context, folder)
        if problem:
            return None, problem
        installed = ""
    if with_splink and installed != f"splink=={SPLINK_VERSION}":
        say(f"peer: pip install splink=={SPLINK_VERSION}")
        timing = context.timed(
            "peer-pip",
            [python, "-m", "pip", "install", "--disable-pip-version-check", "--quiet", f"splink=={SPLINK_VERSION}"],
        )
        if timing.status != 0:
            return None, f"pip install splink=={SPLINK_VERSION} failed (see logs/peer-pip.err)"
        context.results.record("match", "splink", "pip_install_wall_s", timing.wall)
        marker.write_text(f"splink=={SPLINK_VERSION}\n", encoding="utf-8")
        installed = f"splink=={SPLINK_VERSION}"
    return Venv(python, installed == f"splink=={SPLINK_VERSION}"), ""


def prepare_inputs(context: Context, vehicles: Path, folder: Path) -> Timing:
    """The peer's input tables (`python3 -m regsync_bench.persons`), timed as their own process."""
    log = "splink-prepare"
    timing = context.timed(
        log,
        [sys.executable, "-m", "regsync_bench.persons", context.data, vehicles, folder],
        env={"PYTHONPATH": str(context.repo / "bench"), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    context.require_ok(log, timing)
    return timing


def run_splink(
    context: Context,
    venv: Venv,
    log: str,
    mode: str,
    left: Path,
    right: Path,
    out: Path,
    has_kana: bool = False,
    has_birth: bool = False,
) -> Timing:
    """One timed run of the Splink runner in the venv; its best links go to `out`."""
    config = {
        "mode": mode,
        "left": str(left),
        "right": str(right),
        "out": str(out),
        "model": str(out.with_suffix(".model.json")),
        "threshold": THRESHOLD,
        "has_kana": has_kana,
        "has_birth": has_birth,
        "u_max_pairs": U_MAX_PAIRS,
        "seed": SEED,
    }
    config_file = out.with_suffix(".config.json")
    config_file.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    timing = context.timed(log, [venv.python, context.repo / "bench" / "splink_runner.py", config_file])
    context.require_ok(log, timing)
    return timing


def registry_decisions(registry: str, left: Path, best: Path) -> list[Decision]:
    """A decision per left record: a link to the best candidate's resident when Splink found one
    at or above the threshold, otherwise no link (Splink has no review band)."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    with best.open(encoding="utf-8", newline="") as file:
        for record in csv.DictReader(file):
            found[(record["left_key"], record["role"])] = (record["right_key"], record["match_probability"])
    decisions: list[Decision] = []
    with left.open(encoding="utf-8", newline="") as file:
        for record in csv.DictReader(file):
            key = (record["record_key"], record["role"])
            if key in found:
                resident, probability = found[key]
                decisions.append(Decision(registry, key[0], key[1], resident, "link", probability))
            else:
                decisions.append(Decision(registry, key[0], key[1], "", "no-link"))
    return decisions

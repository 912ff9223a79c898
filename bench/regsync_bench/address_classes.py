"""Resolution per class of address notation: the internal evaluation sets of the address tests
(Tests/RegsyncTextTests/Address/Evaluation), read through `regsync normalize address`.

Also runnable on its own, to compare two builds: `python3 -m regsync_bench.address_classes BINARY`
(with PYTHONPATH=bench) prints one line per class."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

EVALUATION = Path("Tests") / "RegsyncTextTests" / "Address" / "Evaluation"
# The real-address set's two categories, named as the classes of the per-class set are.
REAL_CLASSES = {"A": "real notation", "B": "real gazetteer"}


@dataclass(frozen=True)
class Row:
    """One notation and what it must read as."""

    klass: str
    category: str
    text: str
    expected: tuple[str, str, str]
    numbers: str


def literal_lines(path: Path) -> list[list[str]]:
    """The tab-separated lines of the raw string literal in a Swift file."""
    text = path.read_text(encoding="utf-8")
    body = text[text.index('#"""\n') + 5 : text.index('\n"""#')]
    return [line.split("\t") for line in body.split("\n") if line]


def rows(repo: Path) -> list[Row]:
    """Both evaluation sets: the real addresses (two classes) and the per-class set."""
    out = []
    for f in literal_lines(repo / EVALUATION / "RealAddresses.swift"):
        if len(f) == 6:
            out.append(Row(REAL_CLASSES[f[0]], f[0], f[1], (f[2], f[3], f[4]), ""))
    for f in literal_lines(repo / EVALUATION / "ClassAddresses.swift"):
        if len(f) == 8:
            out.append(Row(f[0], f[1], f[2], (f[3], f[4], f[5]), f[6]))
    return out


def right(row: Row, result: dict[str, Any]) -> bool:
    """Prefecture, municipality and town as expected, and the numbers the row names."""
    got = tuple(result.get(k) or "" for k in ("prefecture", "municipality", "town"))
    if got != row.expected:
        return False
    if row.numbers:
        for key, want in zip(("chome", "ban", "go"), row.numbers.split("/")):
            value = result.get(key)
            if want and str(value if value is not None else "") != want:
                return False
    return True


def read(regsync: Path, chosen: list[Row]) -> list[dict[str, Any]]:
    """What `regsync normalize address` reads each row's notation as."""
    output = subprocess.run(
        [str(regsync), "normalize", "address"],
        input="\n".join(r.text for r in chosen) + "\n",
        capture_output=True,
        text=True,
        check=False,
    ).stdout.splitlines()
    if len(output) != len(chosen):
        raise RuntimeError(f"regsync normalize address printed {len(output)} lines for {len(chosen)}")
    return [json.loads(line) for line in output]


def evaluate(regsync: Path, repo: Path) -> dict[str, tuple[int, int, str]]:
    """Per class: (right, total, category)."""
    every = rows(repo)
    counts: dict[str, tuple[int, int, str]] = {}
    for row, result in zip(every, read(regsync, every)):
        good, total, category = counts.get(row.klass, (0, 0, row.category))
        if row.category not in category.split("+"):
            category += "+" + row.category  # a class with rows of both categories (aza: A+B)
        counts[row.klass] = (good + (1 if right(row, result) else 0), total + 1, category)
    return counts


def misses(regsync: Path, repo: Path, klass: str) -> list[str]:
    """The rows of one class that read wrong, with what they read as."""
    chosen = [r for r in rows(repo) if r.klass == klass]
    out = []
    for row, result in zip(chosen, read(regsync, chosen)):
        if not right(row, result):
            got = "|".join(str(result.get(k) or "") for k in ("prefecture", "municipality", "town", "chome", "ban", "go"))
            out.append(f"{row.text}\t→ {got}\t(expected {'|'.join(row.expected)} {row.numbers})")
    return out


def main() -> None:
    """Prints the resolution per class of one binary (and the misses of one class with --misses CLASS)."""
    repo = Path(__file__).resolve().parents[2]
    binary = Path(sys.argv[1])
    if len(sys.argv) > 3 and sys.argv[2] == "--misses":
        for line in misses(binary, repo, sys.argv[3]):
            print(line)
        return
    for klass, (good, total, category) in evaluate(binary, repo).items():
        print(f"{klass}\t{category}\t{good}/{total}\t{100 * good / total:.2f} %")


if __name__ == "__main__":
    main()

"""One scorer for every linker: decisions (link, review, no-link per registry person) against
the truth, giving precision, recall and F1 over automatic links, wrong links (and those to a
member of the right person's household), reviews, and recall per difficulty class."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .context import Results, Timing
from .numbers import fixed

DECISIONS = ("link", "review", "no-link")


@dataclass(frozen=True)
class TruthRow:
    """One person role of a registry record and the resident it is (empty: none)."""

    registry: str
    record_key: str
    role: str
    resident_code: str
    reason: str
    classes: tuple[str, ...]


@dataclass(frozen=True)
class Decision:
    """What a linker decided for one registry person."""

    registry: str
    record_key: str
    role: str
    resident_code: str
    decision: str
    match_probability: str = ""


@dataclass
class ClassScore:
    """Outcomes for the truth rows of one difficulty class."""

    rows: int = 0
    with_resident: int = 0
    correct: int = 0
    wrong: int = 0
    reviews: int = 0
    linked_without_truth: int = 0

    @property
    def recall(self) -> str:
        """Correctly linked ÷ rows whose truth has a resident; empty when none has."""
        return fixed(self.correct / self.with_resident, 3) if self.with_resident else ""


@dataclass
class Score:
    """A linker's decisions scored against the truth."""

    truth_rows: int = 0
    truth_linked: int = 0
    decisions: int = 0
    auto_links: int = 0
    correct: int = 0
    correct_rows: int = 0
    wrong: int = 0
    wrong_other_resident: int = 0
    wrong_no_truth: int = 0
    wrong_household: int = 0
    reviews: int = 0
    reviews_truth_linked: int = 0
    no_links: int = 0
    unmatched: int = 0
    missing: int = 0
    classes: dict[str, ClassScore] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        """Correct automatic links ÷ automatic links."""
        return self.correct / self.auto_links if self.auto_links else 0.0

    @property
    def recall(self) -> float:
        """Truth rows with a resident that were linked to that resident ÷ such rows."""
        return self.correct_rows / self.truth_linked if self.truth_linked else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def wrong_share(self) -> float:
        """Wrong links as a share of automatic links (0–1)."""
        return self.wrong / self.auto_links if self.auto_links else 0.0


@dataclass
class Truth:
    """The truth rows, indexed by record, and the household of every resident."""

    rows: list[TruthRow]
    households: dict[str, str]
    has_difficulty: bool
    by_key: dict[tuple[str, str], list[TruthRow]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for row in self.rows:
            self.by_key.setdefault((row.registry, row.record_key), []).append(row)

    def find(self, decision: Decision) -> TruthRow | None:
        """The truth row a decision is about: the same registry, record and role; or, when the
        roles are named differently (commercial `officer` became `representative`/`officer`),
        the record's only truth row."""
        candidates = self.by_key.get((decision.registry, decision.record_key), [])
        for row in candidates:
            if row.role == decision.role:
                return row
        if len(candidates) == 1:
            return candidates[0]
        return None


def load_truth(paths: Iterable[Path], households: dict[str, str]) -> Truth:
    """truth/links.csv files (`registry,record_key,role,resident_code,reason[,difficulty]`);
    without a difficulty column the reason is the class."""
    rows: list[TruthRow] = []
    has_difficulty = False
    for path in paths:
        with path.open(encoding="utf-8", newline="") as file:
            reader = csv.DictReader(file)
            difficulty = "difficulty" in (reader.fieldnames or [])
            has_difficulty = has_difficulty or difficulty
            for record in reader:
                classes: tuple[str, ...]
                if difficulty:
                    classes = tuple(part for part in (record["difficulty"] or "").split(";") if part)
                else:
                    classes = (record["reason"],)
                rows.append(
                    TruthRow(
                        record["registry"],
                        record["record_key"],
                        record["role"],
                        record["resident_code"].strip(),
                        record["reason"],
                        classes,
                    )
                )
    return Truth(rows, households, has_difficulty)


def score(truth: Truth, decisions: Iterable[Decision], registries: Iterable[str]) -> Score:
    """Scores decisions about the registries named against their truth rows."""
    wanted = set(registries)
    result = Score()
    outcome: dict[int, set[str]] = defaultdict(set)  # id(truth row) -> correct/wrong/review
    seen: set[int] = set()
    for decision in decisions:
        if decision.registry not in wanted:
            continue
        result.decisions += 1
        row = truth.find(decision)
        if row is None:
            result.unmatched += 1
            continue
        seen.add(id(row))
        if decision.decision == "review":
            result.reviews += 1
            outcome[id(row)].add("review")
            if row.resident_code:
                result.reviews_truth_linked += 1
        elif decision.decision == "link" and decision.resident_code:
            result.auto_links += 1
            if decision.resident_code == row.resident_code:
                result.correct += 1
                outcome[id(row)].add("correct")
            else:
                result.wrong += 1
                outcome[id(row)].add("wrong")
                if not row.resident_code:
                    result.wrong_no_truth += 1
                else:
                    result.wrong_other_resident += 1
                    household = truth.households.get(row.resident_code, "")
                    if household and truth.households.get(decision.resident_code, "") == household:
                        result.wrong_household += 1
        else:
            result.no_links += 1
    for row in truth.rows:
        if row.registry not in wanted:
            continue
        result.truth_rows += 1
        if row.resident_code:
            result.truth_linked += 1
        if id(row) not in seen:
            result.missing += 1
        outcomes = outcome.get(id(row), set())
        if row.resident_code and "correct" in outcomes:
            result.correct_rows += 1
        for name in row.classes or ("(none)",):
            counts = result.classes.setdefault(name, ClassScore())
            counts.rows += 1
            if row.resident_code:
                counts.with_resident += 1
                if "correct" in outcomes:
                    counts.correct += 1
            elif "wrong" in outcomes:
                counts.linked_without_truth += 1
            if "wrong" in outcomes:
                counts.wrong += 1
            if "review" in outcomes:
                counts.reviews += 1
    return result


def read_decisions(path: Path, registry: str) -> list[Decision]:
    """`regsync report links` CSV: columns exactly
    `record_key,person_role,resident_code,decision,match_weight,match_probability,reason`."""
    expected = ["record_key", "person_role", "resident_code", "decision", "match_weight", "match_probability", "reason"]
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.reader(file)
        header = next(reader, [])
        if header != expected:
            raise ValueError(f"{path}: columns {','.join(header)}, expected {','.join(expected)}")
        decisions: list[Decision] = []
        for line, record in enumerate(reader, start=2):
            if len(record) != len(expected):
                raise ValueError(f"{path}:{line}: {len(record)} fields, expected {len(expected)}")
            if record[3] not in DECISIONS:
                raise ValueError(f"{path}:{line}: decision '{record[3]}' is none of {', '.join(DECISIONS)}")
            decisions.append(Decision(registry, record[0], record[1], record[2].strip(), record[3], record[5]))
    return decisions


def record_score(results: Results, stage: str, item: str, result: Score, timing: Timing | None) -> None:
    """A scored linker run into results.tsv."""
    record = results.record
    record(stage, item, "persons", result.decisions)
    record(stage, item, "truth_rows", result.truth_rows)
    record(stage, item, "truth_linked", result.truth_linked)
    record(stage, item, "auto_links", result.auto_links)
    record(stage, item, "correct", result.correct)
    record(stage, item, "wrong", result.wrong)
    record(stage, item, "wrong_other_resident", result.wrong_other_resident)
    record(stage, item, "wrong_no_truth", result.wrong_no_truth)
    record(stage, item, "wrong_household", result.wrong_household)
    record(stage, item, "reviews", result.reviews)
    record(stage, item, "reviews_truth_linked", result.reviews_truth_linked)
    record(stage, item, "no_links", result.no_links)
    record(stage, item, "unmatched", result.unmatched)
    record(stage, item, "missing", result.missing)
    record(stage, item, "precision", fixed(result.precision, 4))
    record(stage, item, "recall", fixed(result.recall, 4))
    record(stage, item, "f1", fixed(result.f1, 4))
    record(stage, item, "wrong_pct", fixed(100 * result.wrong_share, 3))
    for name, counts in sorted(result.classes.items()):
        record(stage, item, f"class_rows.{name}", counts.rows)
        record(stage, item, f"class_with_resident.{name}", counts.with_resident)
        record(stage, item, f"class_correct.{name}", counts.correct)
        record(stage, item, f"class_wrong.{name}", counts.wrong)
        record(stage, item, f"class_reviews.{name}", counts.reviews)
        if counts.recall:
            record(stage, item, f"class_recall.{name}", counts.recall)
    if timing is not None:
        results.record_timing(stage, item, "process", timing)

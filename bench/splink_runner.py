"""The peer: Splink (DuckDB backend) on tables the harness prepared. Runs inside the venv the
harness made (`VENV/bin/python splink_runner.py CONFIG.json`), under `/usr/bin/time -v`, so its
wall time and peak RSS are the operating system's. Writes each left record's best candidate at
or above the threshold as CSV, the trained model as JSON, and key=value timings on stdout.

Settings follow Splink's documented person-linkage approach: Fellegi–Sunter, u by random
sampling, m by expectation maximisation over a couple of blocking rules, term-frequency
adjustments on names, link_type link_only."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import splink
import splink.blocking_rule_library as brl
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on


@dataclass(frozen=True)
class Config:
    """What the harness asks for."""

    mode: str  # "registry" (registry persons × resident addresses) or "febrl"
    left: str
    right: str
    out: str
    model: str
    threshold: float
    has_kana: bool
    has_birth: bool
    u_max_pairs: float
    seed: int


def sql_literal(text: str) -> str:
    """A string as an SQL literal."""
    return "'" + text.replace("'", "''") + "'"


def load(con: duckdb.DuckDBPyConnection, table: str, path: str) -> None:
    """A UTF-8 CSV with a header into a table of text columns; empty fields are NULL."""
    con.execute(
        f"CREATE TABLE {table} AS SELECT * FROM read_csv({sql_literal(path)}, header = true, "
        "all_varchar = true, nullstr = '', quote = '\"', escape = '\"')"
    )


def name_comparison(has_kana: bool) -> Any:
    """The name as one comparison (levels from `ForenameSurnameComparison`, term frequencies on the
    full name and surname), with "same reading" as a level where readings exist: a reading is
    not independent evidence beside the name it spells, so it is a level, not a comparison."""
    levels: list[Any] = [
        cll.NullLevel("full_name"),
        cll.ExactMatchLevel("full_name").configure(tf_adjustment_column="full_name"),
    ]
    if has_kana:
        levels.append(cll.ExactMatchLevel("kana").configure(label_for_charts="Same reading"))
    levels += [
        cll.And(cll.JaroWinklerLevel("given_name", 0.92), cll.JaroWinklerLevel("surname", 0.92)),
        cll.And(cll.JaroWinklerLevel("given_name", 0.88), cll.JaroWinklerLevel("surname", 0.88)),
        cll.ExactMatchLevel("surname").configure(tf_adjustment_column="surname"),
        cll.ExactMatchLevel("given_name"),
        cll.ElseLevel(),
    ]
    return cl.CustomComparison(levels, output_column_name="name")


def registry_settings(config: Config) -> SettingsCreator:
    """Registry persons (left) to resident addresses (right). (One location comparison instead of
    address + municipality was tried at --size 100k: fewer wrong links but a lower F1 for
    vehicles and real estate, so Splink keeps the stronger settings.)"""
    comparisons: list[Any] = [
        name_comparison(config.has_kana),
        cl.JaroWinklerAtThresholds("address", [0.97, 0.9, 0.8]),
        cl.ExactMatch("municipality").configure(term_frequency_adjustments=True),
    ]
    blocking: list[Any] = [block_on("full_name"), block_on("surname", "municipality")]
    if config.has_birth:
        comparisons.append(cl.DateOfBirthComparison("birth_date", input_is_string=True))
        blocking.append(block_on("birth_date"))
    return SettingsCreator(
        link_type="link_only",
        unique_id_column_name="unique_id",
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=blocking,
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
    )


def train_registry(linker: Linker, config: Config) -> None:
    """λ from a deterministic rule, u by random sampling, m by EM on name and on address
    (and on birth date where the registry has one)."""
    linker.training.estimate_probability_two_random_records_match(
        [block_on("full_name", "municipality")], recall=0.8
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=config.u_max_pairs, seed=config.seed)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("full_name"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("address"))
    if config.has_birth:
        linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth_date"))


def febrl_settings() -> SettingsCreator:
    """After Splink's FEBRL4 example (link_only, rec_id)."""
    return SettingsCreator(
        link_type="link_only",
        unique_id_column_name="unique_id",
        blocking_rules_to_generate_predictions=[
            block_on("given_name", "surname"),
            brl.CustomRule("l.given_name = r.surname and l.surname = r.given_name"),
            block_on("date_of_birth"),
            block_on("soc_sec_id"),
            block_on("state", "address_1"),
            block_on("street_number", "address_1"),
            block_on("postcode"),
        ],
        comparisons=[
            cl.ForenameSurnameComparison("given_name", "surname", forename_surname_concat_col_name="name_concat"),
            cl.DateOfBirthComparison(
                "date_of_birth", input_is_string=True, datetime_format="%Y%m%d", invalid_dates_as_null=True
            ),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]).configure(term_frequency_adjustments=True),
        ],
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
    )


def train_febrl(linker: Linker, config: Config) -> None:
    """As the example: λ from deterministic rules (recall 0.9), u by sampling, EM on date of
    birth and on postcode."""
    linker.training.estimate_probability_two_random_records_match(
        [
            "l.soc_sec_id = r.soc_sec_id",
            "l.given_name = r.given_name and l.surname = r.surname and l.date_of_birth = r.date_of_birth",
        ],
        recall=0.9,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=config.u_max_pairs, seed=config.seed)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("date_of_birth"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("postcode"))


def run(config: Config) -> dict[str, str]:
    """Loads, trains, predicts, keeps each left record's best candidate; returns timings."""
    timings: dict[str, str] = {"splink_version": splink.__version__, "duckdb_version": duckdb.__version__}
    started = time.monotonic()
    con = duckdb.connect()
    load(con, "input_left", config.left)
    load(con, "input_right", config.right)
    if config.mode == "febrl":
        for table in ("input_left", "input_right"):
            con.execute(f"ALTER TABLE {table} ADD COLUMN name_concat VARCHAR")
            con.execute(f"UPDATE {table} SET name_concat = coalesce(given_name, '') || coalesce(surname, '')")
    timings["load_s"] = f"{time.monotonic() - started:.2f}"
    db_api = DuckDBAPI(connection=con)
    left = db_api.register("input_left", dataset_display_name="a_left")
    right = db_api.register("input_right", dataset_display_name="b_right")
    settings = febrl_settings() if config.mode == "febrl" else registry_settings(config)
    linker = Linker([left, right], settings, log_level=None)
    phase = time.monotonic()
    if config.mode == "febrl":
        train_febrl(linker, config)
    else:
        train_registry(linker, config)
    timings["train_s"] = f"{time.monotonic() - phase:.2f}"
    phase = time.monotonic()
    predictions = linker.inference.predict(threshold_match_probability=config.threshold)
    timings["predict_s"] = f"{time.monotonic() - phase:.2f}"
    phase = time.monotonic()
    # Left ids start with L, right ids with R: whichever side Splink puts each dataset on.
    con.execute(
        f"""
        CREATE TABLE best AS
        SELECT left_id, right_id, match_probability, match_weight FROM (
            SELECT
                CASE WHEN unique_id_l LIKE 'L%' THEN unique_id_l ELSE unique_id_r END AS left_id,
                CASE WHEN unique_id_l LIKE 'L%' THEN unique_id_r ELSE unique_id_l END AS right_id,
                match_probability, match_weight,
                row_number() OVER (
                    PARTITION BY CASE WHEN unique_id_l LIKE 'L%' THEN unique_id_l ELSE unique_id_r END
                    ORDER BY match_weight DESC,
                        CASE WHEN unique_id_l LIKE 'L%' THEN unique_id_r ELSE unique_id_l END
                ) AS rank
            FROM {predictions.physical_name}
        ) WHERE rank = 1
        """
    )
    key = "rec_id" if config.mode == "febrl" else "record_key"
    other = "rec_id" if config.mode == "febrl" else "resident_code"
    role = "'person'" if config.mode == "febrl" else "l.role"
    con.execute(
        f"""
        COPY (
            SELECT l.{key} AS left_key, {role} AS role, r.{other} AS right_key,
                   b.match_probability, b.match_weight
            FROM best b JOIN input_left l ON l.unique_id = b.left_id
                        JOIN input_right r ON r.unique_id = b.right_id
            ORDER BY l.unique_id
        ) TO {sql_literal(config.out)} (HEADER, DELIMITER ',')
        """
    )
    timings["best_s"] = f"{time.monotonic() - phase:.2f}"
    count = con.execute("SELECT count(*) FROM best").fetchone()
    timings["links"] = str(count[0] if count else 0)
    linker.misc.save_model_to_json(config.model, overwrite=True)
    timings["total_s"] = f"{time.monotonic() - started:.2f}"
    return timings


def main(arguments: list[str]) -> int:
    """`splink_runner.py CONFIG.json`."""
    if len(arguments) != 1:
        print("usage: splink_runner.py CONFIG.json", file=sys.stderr)
        return 64
    raw = json.loads(Path(arguments[0]).read_text(encoding="utf-8"))
    timings = run(Config(**raw))
    print(" ".join(f"{name}={value}" for name, value in timings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

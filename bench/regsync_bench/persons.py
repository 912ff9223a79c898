"""The peer's input tables, built from the same generated files regsync imports: one row per
registry person (left) and one row per resident address (right), with light, fair
preprocessing (NFKC, spaces removed, surname and given name split at the space, readings in
katakana, dates as ISO). Standard library only; also runs as its own process so that its wall
time and peak RSS are measured apart:

    python3 -m regsync_bench.persons DATA_DIR VEHICLES_CSV OUT_DIR
"""

from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

COLUMNS = (
    "unique_id",
    "record_key",
    "role",
    "resident_code",
    "surname",
    "given_name",
    "full_name",
    "kana",
    "birth_date",
    "address",
    "municipality",
)
REGISTRIES = ("vehicle", "realestate", "commercial")

ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
ERA_LETTERS = {"M": 1868, "T": 1912, "S": 1926, "H": 1989, "R": 2019}
ERA_CODES = {"1": 1868, "2": 1912, "3": 1926, "4": 1989, "5": 2019}
KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
PREFECTURE = re.compile(r"^(東京都|北海道|京都府|大阪府|.{2,3}?県)")
MUNICIPALITY = re.compile(r"^(?:[^市区町村]+?郡)?(.+?[市区町村])")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Person:
    """One row of a peer input table (a registry person, or one address of a resident)."""

    record_key: str
    role: str
    resident_code: str
    name: str
    kana: str
    birth_date: str
    address: str

    def row(self, unique_id: str) -> list[str]:
        """The row, preprocessed, in COLUMNS order."""
        surname, given, full = split_name(self.name)
        address = fold(self.address)
        return [
            unique_id,
            self.record_key,
            self.role,
            self.resident_code,
            surname,
            given,
            full,
            katakana(self.kana),
            self.birth_date,
            address,
            municipality(address),
        ]


def fold(text: str) -> str:
    """NFKC with every space removed."""
    return SPACES.sub("", unicodedata.normalize("NFKC", text))


def split_name(name: str) -> tuple[str, str, str]:
    """Surname, given name (split at the first space; empty when there is none) and the full
    name without spaces, all NFKC."""
    text = unicodedata.normalize("NFKC", name).strip()
    parts = SPACES.split(text, maxsplit=1)
    surname = parts[0] if parts else ""
    given = SPACES.sub("", parts[1]) if len(parts) > 1 else ""
    return surname, given, SPACES.sub("", text)


def katakana(reading: str) -> str:
    """A reading in full-width katakana without spaces (hiragana shifted, half-width widened)."""
    text = fold(reading)
    return "".join(chr(ord(char) + 0x60) if "ぁ" <= char <= "ゖ" else char for char in text)


def municipality(address: str) -> str:
    """The municipality-like prefix of a folded address: the prefecture dropped, then up to the
    first 市, 区, 町 or 村 (after a 郡). Empty when none is found."""
    rest = PREFECTURE.sub("", address, count=1)
    match = MUNICIPALITY.match(rest)
    return match.group(1) if match else ""


def kanji_number(text: str) -> int | None:
    """An ASCII or kanji number (一, 十一, 二十三, 元)."""
    if text.isdigit():
        return int(text)
    if text == "元":
        return 1
    total = 0
    current = 0
    for char in text:
        if char in KANJI_DIGITS:
            current = current * 10 + KANJI_DIGITS[char] if current else KANJI_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            return None
    return total + current


ERA_DATE = re.compile(
    r"^(明治|大正|昭和|平成|令和|[MTSHR])\.?([0-9]+|[元〇零一二三四五六七八九十]+)[年./-]"
    r"([0-9]+|[〇零一二三四五六七八九十]+)[月./-]([0-9]+|[〇零一二三四五六七八九十]+)日?$"
)
GREGORIAN = re.compile(r"^([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?$")


def iso_date(text: str) -> str:
    """An era date (kanji, abbreviated or the resident systems' EYYMMDD code) or a Gregorian
    one as YYYY-MM-DD; empty when it is none of these."""
    value = fold(text)
    if not value:
        return ""
    year = month = day = None
    if re.fullmatch(r"[1-5][0-9]{6}", value):
        year = ERA_CODES[value[0]] + int(value[1:3]) - 1
        month, day = int(value[3:5]), int(value[5:7])
    elif match := ERA_DATE.match(value):
        era, era_year, month_text, day_text = match.groups()
        base = ERAS.get(era) or ERA_LETTERS.get(era)
        number = kanji_number(era_year)
        month, day = kanji_number(month_text), kanji_number(day_text)
        if base is None or number is None:
            return ""
        year = base + number - 1
    elif match := GREGORIAN.match(value):
        year, month, day = (int(part) for part in match.groups())
    if year is None or month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def digits(text: str) -> str:
    """The ASCII digits of a value (full-width ones folded)."""
    return "".join(char for char in unicodedata.normalize("NFKC", text) if char.isdigit())


def read_csv(path: Path, encoding: str) -> Iterator[dict[str, str]]:
    """The records of a CSV file with a header row, decoded."""
    with path.open("r", encoding=encoding, newline="") as file:
        yield from csv.DictReader(file)


def vehicle_persons(path: Path) -> Iterator[Person]:
    """Owner and, where the ledger names one, user of every vehicle (CP932)."""
    for record in read_csv(path, "cp932"):
        key = fold(record["車台番号"]).upper()
        yield Person(key, "owner", "", record["所有者の氏名又は名称"], "", "", record["所有者の住所"])
        user = record["使用者の氏名又は名称"].strip()
        if user:
            yield Person(key, "user", "", user, "", "", record["使用者の住所"])


def realestate_persons(path: Path) -> Iterator[Person]:
    """Every owner row (持分) of the real-estate register."""
    for record in read_csv(path, "utf-8"):
        key = f"{digits(record['不動産番号'])}|{record['共有者番号'].strip() or '1'}"
        yield Person(key, "owner", "", record["所有者氏名"], "", "", record["所有者住所"])


def commercial_persons(path: Path) -> Iterator[Person]:
    """Every representative and officer of the commercial register."""
    for record in read_csv(path, "utf-8"):
        key = f"{digits(record['法人番号'])}|{unicodedata.normalize('NFKC', record['役員番号']).strip()}"
        role = "representative" if "代表" in record["役職"] else "officer"
        yield Person(
            key, role, "", record["氏名"], record["フリガナ"], iso_date(record["生年月日"]), record["住所"]
        )


def registry_persons(registry: str, data: Path, vehicles: Path) -> Iterator[Person]:
    """The registry persons of one registry."""
    if registry == "vehicle":
        return vehicle_persons(vehicles)
    if registry == "realestate":
        return realestate_persons(data / "realestate-owners.csv")
    return commercial_persons(data / "officers.csv")


def cancelled_events(path: Path) -> set[str]:
    """Event numbers that tonight's feed cancels (異動の取消し)."""
    cancelled: set[str] = set()
    for record in read_csv(path, "euc_jis_2004"):
        if record["異動事由"].strip() == "異動の取消し":
            cancelled.add(record["取消対象異動番号"].strip())
    return cancelled


def resident_persons(data: Path) -> Iterator[Person]:
    """One row per address a resident has (the extract's history, then the night's new
    addresses from resident-events.csv, cancelled moves left out)."""
    residents: dict[str, tuple[str, str, str]] = {}
    for record in read_csv(data / "residents.csv", "utf-8"):
        residents[record["住民票コード"].strip()] = (
            record["氏名"],
            record["氏名カナ"],
            iso_date(record["生年月日"]),
        )
    for record in read_csv(data / "resident-addresses.csv", "utf-8"):
        code = record["住民票コード"].strip()
        if code not in residents:
            continue
        name, kana, birth = residents[code]
        yield Person("", "", code, name, kana, birth, record["住所"] + record["方書"])
    events = data / "resident-events.csv"
    if events.exists():
        cancelled = cancelled_events(events)
        for record in read_csv(events, "euc_jis_2004"):
            code = record["住民票コード"].strip()
            address = record["新住所"].strip()
            if not address or code not in residents or record["異動番号"].strip() in cancelled:
                continue
            name, kana, birth = residents[code]
            yield Person("", "", code, name, kana, birth, address + record["新方書"])


def write_table(path: Path, persons: Iterator[Person], prefix: str) -> int:
    """Writes a peer input table (UTF-8 CSV with a header; ids PREFIX1, PREFIX2, ...: L for
    registry persons, R for resident addresses); returns its rows."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(COLUMNS)
        for count, person in enumerate(persons, start=1):
            writer.writerow(person.row(f"{prefix}{count}"))
    return count


def households(residents_csv: Path) -> dict[str, str]:
    """世帯番号 of every resident."""
    return {
        record["住民票コード"].strip(): digits(record["世帯番号"]) for record in read_csv(residents_csv, "utf-8")
    }


def main(arguments: Sequence[str]) -> int:
    """Writes residents.csv and left-REGISTRY.csv for each registry into OUT_DIR."""
    if len(arguments) != 3:
        print("usage: python3 -m regsync_bench.persons DATA_DIR VEHICLES_CSV OUT_DIR", file=sys.stderr)
        return 64
    data, vehicles, out = (Path(argument) for argument in arguments)
    out.mkdir(parents=True, exist_ok=True)
    counts = io.StringIO()
    counts.write(f"residents={write_table(out / 'residents.csv', resident_persons(data), 'R')}")
    for registry in REGISTRIES:
        rows = write_table(out / f"left-{registry}.csv", registry_persons(registry, data, vehicles), "L")
        counts.write(f" {registry}={rows}")
    print(counts.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

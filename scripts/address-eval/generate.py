#!/usr/bin/env python3
"""Write the per-class address evaluation set, Tests/RegsyncTextTests/Address/Evaluation/ClassAddresses.swift.

Usage (from the repository root; standard library only): python3 scripts/address-eval/generate.py [--check]

Every row is made from the embedded reference table (Sources/RegsyncText/Reference/AddressReferenceTable.swift:
prefectures, municipalities, towns, former municipality names and the place-name variant classes) and from the
notation rules of docs/addresses.md: a real place of the reference, written the way a class of ledger notation
writes it, with the reference's prefecture, municipality and town as the expected answer. Nothing is taken from
any other tool's test files. Seeded, so the output is the same on every run for the same reference table.

Classes (the `class` column; category A needs only notation folding, B the reference data as well):
  variant      B  variant kanji in the municipality or town name (竜ヶ崎 for 龍ケ崎, 桧原 for 檜原, old forms)
  hokkaido     A  Hokkaido 条・丁目 grids in every common spelling (北十三条西三丁目, 北13西3, 月寒東1-14-3-5, 南郷通1南8-1)
  aza          A  大字・字 and 小字 around a town; a single kana or kanji that ends a town name (〇〇甲)
  omitted      B  prefecture, 郡, ward or city, or the municipality left out
  kyoto        A  Kyoto street designations (通, 上る, 下る, 東入, 西入) before or after the town
  surroundings A  a bracketed prefix, a building right after the number, numbers in kanji with 番地/号/の/之
  former       B  a former municipality name (a merger or renaming since about 2005)
"""
import importlib.util
import os
import random
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TABLE = os.path.join(ROOT, "Sources", "RegsyncText", "Reference", "AddressReferenceTable.swift")
OUT = os.path.join(ROOT, "Tests", "RegsyncTextTests", "Address", "Evaluation", "ClassAddresses.swift")

DIRECTIONS = "東西南北"


KANJI = "〇一二三四五六七八九"


def _reference_generator():
    """scripts/refdata/generate.py as a module (its kanji numerals are the reference's)."""
    spec = importlib.util.spec_from_file_location(
        "refdata_generate", os.path.join(ROOT, "scripts", "refdata", "generate.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


kanji_numeral = _reference_generator().kanji_numeral


def kanji_value(text):
    total, current = 0, 0
    for c in text:
        if c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + KANJI.index(c)
    return total + current


def wide(text):
    return text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})


class Reference:
    def __init__(self):
        text = open(TABLE, encoding="utf-8").read()
        self.prefectures = {}
        self.munis = []  # dicts: lg, name, kind, parent, pref, towns [dict]
        self.formers = []
        self.variant_rep = {}
        self.variant_sources = {}
        literal = text[text.index("static let text"):]
        for line in literal.split("\n"):
            f = line.split("\t")
            if f[0] == "P":
                self.prefectures[f[1]] = f[2]
            elif f[0] == "M":
                self.munis.append({"lg": f[1], "name": f[2], "kind": f[4], "parent": f[5],
                                   "pref": self.prefectures[f[1][:2]], "towns": []})
            elif f[0] == "T":
                self.munis[-1]["towns"].append({"name": f[1], "chome": f[3] == "1", "max": int(f[4])})
            elif f[0] == "F":
                self.formers.append({"name": f[1], "lg": f[2], "date": f[3], "pref": self.prefectures[f[4]]})
        variants = text[text.index("static let placeNameVariants"):text.index("static let text")]
        for line in variants.split("\n"):
            f = line.split("\t")
            if len(f) == 3 and len(f[0]) == 1 and len(f[1]) == 1:
                self.variant_rep[f[0]] = f[1]
                self.variant_sources[f[0]] = set(f[2].split("|"))
        self.by_lg = {m["lg"]: m for m in self.munis}
        self.classes = {}
        for v, r in self.variant_rep.items():
            self.classes.setdefault(r, {r}).add(v)

    def fold(self, name):
        return "".join(self.variant_rep.get(c, c) for c in name.replace("ヶ", "ケ"))

    def display_municipality(self, m):
        """The municipality as the expected answer names it (a ward with its city)."""
        return m["name"]


class Writer:
    def __init__(self):
        self.rows = []

    def add(self, klass, category, notation, pref, muni, town, numbers, form):
        for field in (notation, pref, muni, town, numbers, form):
            assert "\t" not in field and "\n" not in field and '"#' not in field, field
        self.rows.append("\t".join([klass, category, notation, pref, muni, town, numbers, form]))


def numbers_for(rng, town, allow_chome=True):
    """A number part in one of the ledger notations, and the expected `chome/ban/go`."""
    if town and town["chome"] and allow_chome:
        top = town["max"] if town["max"] else 5
        chome, ban, go = rng.randint(1, min(top, 9)), rng.randint(1, 30), rng.randint(1, 20)
        forms = [
            (f"{kanji_numeral(chome)}丁目{ban}番{go}号", "official"),
            (f"{chome}丁目{ban}-{go}", "chome-hyphen"),
            (f"{chome}-{ban}-{go}", "hyphens"),
            (wide(f"{chome}-{ban}-{go}"), "fullwidth"),
        ]
        text, form = rng.choice(forms)
        return text, f"{chome}/{ban}/{go}", form
    ban, go = rng.randint(1, 2999), rng.randint(1, 30)
    forms = [
        (f"{ban}番地", f"/{ban}/", "banchi"),
        (f"{ban}番地{go}", f"/{ban}/{go}", "banchi"),
        (f"{ban}-{go}", f"/{ban}/{go}", "hyphen"),
        (wide(f"{ban}番地の{go}"), f"/{ban}/{go}", "fullwidth-no"),
    ]
    return rng.choice(forms)


def county_less(name):
    return name.split("郡", 1)[1] if "郡" in name[1:] else name


def variant_class(ref, w, rng):
    """Names written with another member of a variant class."""
    # Spellings that ledgers really use: old forms (joyokanji), JIS degeneration (国税庁), JIS78/83
    # swaps and regsync's place-name pairs; not the suffixes 市 町 村 区 郡.
    real = {"J", "JV", "N", "JIS83x", "JIS83s", "R"}

    def respell(name):
        spots = [i for i, c in enumerate(name) if (c in ref.variant_rep or c in ref.classes) and c not in "市町村区郡"]
        if not spots:
            return None
        i = rng.choice(spots)
        c = name[i]
        group = sorted(ref.classes.get(ref.variant_rep.get(c, c), set()) - {c})
        # A compatibility ideograph that NFC maps back (都 U+FA26 → 都) is the same character, not a variant.
        group = [g for g in group if 0x3400 <= ord(g) < 0x20000 and ref.variant_sources.get(g, set()) & real
                 and unicodedata.normalize("NFC", g) != unicodedata.normalize("NFC", c)]
        if not group:
            return None
        return name[:i] + rng.choice(group) + name[i + 1:]

    # Municipalities: a sample of those whose name has a variant kanji, each with one of its towns.
    munis = [m for m in ref.munis if m["kind"] != "D"]
    rng.shuffle(munis)
    made = 0
    for m in munis:
        if made == 150:
            break
        spelt = respell(m["name"])
        if not spelt:
            continue
        towns = [t for t in m["towns"] if not any(c in ref.variant_rep or c in ref.classes for c in t["name"])]
        town = rng.choice(towns) if towns else None
        digits, numbers, _ = numbers_for(rng, town)
        pref = m["pref"] if rng.random() < 0.7 else ""
        w.add("variant", "B", pref + spelt + (town["name"] if town else "") + digits, m["pref"], m["name"],
              town["name"] if town else "", numbers, "municipality" + ("" if pref else "+no-prefecture"))
        made += 1
    # Towns: a sample of the towns whose name has one, where the respelling names no other town.
    candidates = []
    for m in ref.munis:
        if m["kind"] == "D":
            continue
        folded = {}
        for t in m["towns"]:
            folded.setdefault(ref.fold(t["name"]), []).append(t)
        for t in m["towns"]:
            if len(folded[ref.fold(t["name"])]) == 1 and any(c in ref.variant_rep or c in ref.classes for c in t["name"]):
                candidates.append((m, t))
    rng.shuffle(candidates)
    made = 0
    for m, t in candidates:
        if made == 150:
            break
        spelt = respell(t["name"])
        if not spelt:
            continue
        digits, numbers, _ = numbers_for(rng, t)
        w.add("variant", "B", m["pref"] + m["name"] + spelt + digits, m["pref"], m["name"], t["name"], numbers, "town")
        made += 1


def hokkaido_class(ref, w, rng):
    grid = re.compile(r"^([東西南北]?)(.*?)([一二三四五六七八九十]+)条([東西南北]?)$")
    rows = []
    for m in ref.munis:
        if not m["lg"].startswith("01") or m["kind"] == "D":
            continue
        for t in m["towns"]:
            g = grid.match(t["name"])
            if g and t["chome"]:
                rows.append((m, t, g))
            elif t["name"].endswith("通") and not re.search(r"[一二三四五六七八九十]条通$", t["name"]):
                rows.append((m, t, None))
    rng.shuffle(rows)
    for m, t, g in rows[:260]:
        top = t["max"] or 9
        chome, ban, go = rng.randint(1, min(top, 12)), rng.randint(1, 30), rng.randint(1, 20)
        base = m["pref"] + m["name"]
        if g is None:
            side = rng.choice("南北") if not t["chome"] else ""
            forms = [(f"{t['name']}{chome}丁目{side}{ban}-{go}", "street-chome"),
                     (f"{t['name']}{chome}{side or '-'}{ban}-{go}", "street-number")]
            for text, form in forms:
                w.add("hokkaido", "A", base + text, m["pref"], m["name"], t["name"], f"{chome}/{ban}/{go}", form)
            continue
        d1, stem, n, d2 = g.groups()
        arabic = f"{d1}{stem}{kanji_value(n)}条{d2}"
        forms = [
            (f"{t['name']}{kanji_numeral(chome)}丁目{ban}番{go}号", "kanji"),
            (f"{arabic}{chome}丁目{ban}-{go}", "arabic"),
            (f"{t['name']}{chome}-{ban}-{go}", "kanji-hyphens"),
            (f"{arabic}{chome}丁目", "chome-only"),
        ]
        names = {other["name"] for other in m["towns"]}
        if stem and not d2 and f"{d1}{stem}" not in names:
            # 月寒東1-14-3-5: the 条 and the 丁目 as hyphenated numbers, where the name alone is no town.
            forms.append((f"{d1}{stem}{kanji_value(n)}-{chome}-{ban}-{go}", "jo-hyphens"))
        if d1 and d2 and not stem:
            forms.append((f"{d1}{kanji_value(n)}{d2}{chome}-{ban}-{go}", "abbreviated"))
            forms.append((f"{d1}{kanji_value(n)}{d2}{chome}", "abbreviated-chome"))
        for text, form in rng.sample(forms, min(3, len(forms))):
            numbers = f"{chome}//" if form.endswith("chome-only") or form == "abbreviated-chome" else f"{chome}/{ban}/{go}"
            w.add("hokkaido", "A", base + text, m["pref"], m["name"], t["name"], numbers, form)


KOAZA = ["中島", "上ノ原", "宮前", "北浦", "堂ノ前", "山田", "向田", "川原", "西沢", "大道"]
SINGLE = "甲乙丙丁イロハニホ"


def aza_class(ref, w, rng):
    rural = []
    completing = []
    for m in ref.munis:
        if m["kind"] == "D":
            continue
        names = {t["name"] for t in m["towns"]}
        for t in m["towns"]:
            name = t["name"]
            if t["chome"] or re.search(r"[一二三四五六七八九十〇]$", name) or "字" in name:
                continue
            if name[-1] in SINGLE and name[:-1] in names:
                completing.append((m, t))
            elif len(name) >= 2 and not name.endswith("町") and not any(
                    o != name and o.startswith(name) for o in names):
                rural.append((m, t))
    rng.shuffle(rural)
    for m, t in rural[:150]:
        ban, go = rng.randint(1, 3999), rng.randint(1, 20)
        koaza = rng.choice(KOAZA)
        forms = [
            (f"大字{t['name']}{ban}番地", f"/{ban}/", "oaza"),
            (f"字{t['name']}{ban}番地{go}", f"/{ban}/{go}", "aza"),
            (f"大字{t['name']}字{koaza}{ban}番地", f"/{ban}/", "oaza+koaza"),
            (f"{t['name']}字{koaza}{ban}-{go}", f"/{ban}/{go}", "koaza"),
            (f"大字{t['name']}小字{koaza}{ban}", f"/{ban}/", "oaza+shoaza"),
        ]
        for text, numbers, form in rng.sample(forms, 2):
            w.add("aza", "A", m["pref"] + m["name"] + text, m["pref"], m["name"], t["name"], numbers, form)
    rng.shuffle(completing)
    for m, t in completing[:60]:
        ban = rng.randint(1, 3999)
        for text, form in ((f"{t['name']}{ban}番地", "completing"), (f"大字{t['name']}{ban}", "completing+oaza")):
            w.add("aza", "B", m["pref"] + m["name"] + text, m["pref"], m["name"], t["name"], f"/{ban}/", form)


def omitted_class(ref, w, rng):
    name_count = {}
    for m in ref.munis:
        for form in {m["name"], county_less(m["name"])}:
            name_count[form] = name_count.get(form, 0) + 1
    plain = [m for m in ref.munis if m["kind"] == "N" and m["towns"]]
    rng.shuffle(plain)
    for m in plain[:120]:
        t = rng.choice(m["towns"])
        digits, numbers, _ = numbers_for(rng, t)
        short = county_less(m["name"])
        if short != m["name"] and rng.random() < 0.5:
            text, form = m["pref"] + short, "county"
        elif name_count.get(m["name"], 0) == 1:
            text, form = m["name"], "prefecture"
        else:
            continue
        if form == "prefecture" and short != m["name"] and name_count.get(short, 0) == 1 and rng.random() < 0.5:
            text, form = short, "prefecture+county"
        w.add("omitted", "B", text + t["name"] + digits, m["pref"], m["name"], t["name"], numbers, form)
    # A designated city without its ward, where one ward has the town; a ward without its city.
    cities = [m for m in ref.munis if m["kind"] == "D"]
    for city in cities:
        wards = [m for m in ref.munis if m["parent"] == city["lg"]]
        owners = {}
        for ward in wards:
            for t in ward["towns"]:
                owners.setdefault(ref.fold(t["name"]), []).append((ward, t))
        unique = [v[0] for v in owners.values() if len(v) == 1]
        rng.shuffle(unique)
        for ward, t in unique[:5]:
            digits, numbers, _ = numbers_for(rng, t)
            w.add("omitted", "B", city["pref"] + city["name"] + t["name"] + digits, ward["pref"], ward["name"],
                  t["name"], numbers, "ward")
        for ward, t in unique[5:7]:
            digits, numbers, _ = numbers_for(rng, t)
            alone = ward["name"][len(city["name"]):]
            w.add("omitted", "B", ward["pref"] + alone + t["name"] + digits, ward["pref"], ward["name"],
                  t["name"], numbers, "city")
    # The municipality left out: a town of three characters or more that one municipality of the
    # prefecture has (and no other town of the prefecture starts with).
    by_pref = {}
    for m in ref.munis:
        if m["kind"] == "D":
            continue
        for t in m["towns"]:
            by_pref.setdefault(m["pref"], []).append((ref.fold(t["name"]), m, t))
    for pref, towns in sorted(by_pref.items()):
        names = {}
        for folded, m, t in towns:
            names.setdefault(folded, set()).add(m["lg"])
        picks = [(f, m, t) for f, m, t in towns if len(f) >= 4 and len(names[f]) == 1
                 and not re.search(r"[一二三四五六七八九十]", f)
                 and not any(o != f and o.startswith(f) for o in names)]
        rng.shuffle(picks)
        for f, m, t in picks[:2]:
            digits, numbers, _ = numbers_for(rng, t)
            w.add("omitted", "B", pref + t["name"] + digits, m["pref"], m["name"], t["name"], numbers,
                  "municipality")


STREETS = ["烏丸通", "河原町通", "堀川通", "四条通", "三条通", "御池通", "丸太町通", "今出川通", "寺町通", "新町通",
           "室町通", "西洞院通", "油小路通", "大宮通", "千本通", "七条通", "五条通", "松原通", "高辻通", "仏光寺通",
           "綾小路通", "錦小路通", "蛸薬師通", "六角通", "姉小路通", "二条通", "夷川通", "竹屋町通", "椹木町通",
           "下立売通", "中立売通", "上長者町通", "一条通", "寺之内通"]
CROSS = ["三条", "四条", "御池", "丸太町", "今出川", "五条", "松原", "綾小路", "蛸薬師", "六角", "姉小路", "二条",
         "仏光寺", "高辻", "錦小路", "夷川", "竹屋町"]
DIRECTION = ["上る", "下る", "上ル", "下ル", "東入", "西入", "東入ル", "西入る", "上がる", "下がる"]


def kyoto_class(ref, w, rng):
    towns = []
    for m in ref.munis:
        if m["lg"].startswith("261") and m["kind"] == "W":
            names = {t["name"] for t in m["towns"]}
            for t in m["towns"]:
                if not any(o != t["name"] and o.startswith(t["name"]) for o in names):
                    towns.append((m, t))
    rng.shuffle(towns)
    for m, t in towns[:200]:
        street = rng.choice(STREETS) + rng.choice(CROSS) + rng.choice(DIRECTION)
        ban = rng.randint(1, 999)
        before = rng.random() < 0.8
        text = street + t["name"] + f"{ban}番地" if before else t["name"] + street + f"{ban}"
        w.add("kyoto", "A", m["pref"] + m["name"] + text, m["pref"], m["name"], t["name"], f"/{ban}/",
              "street-before" if before else "street-after")


PREFIXES = ["（旧）", "(前期)", "【自宅】", "［現住所］", "(旧住所)", "〔本籍〕"]
BUILDINGS = ["サンハイツ203号室", "三井ビル4階", "第一ビル", "グランドメゾン101", "コーポ山田2F", "メゾン・ド・パリ305"]


def surroundings_class(ref, w, rng):
    plain = [(m, t) for m in ref.munis if m["kind"] != "D" for t in m["towns"]
             if not re.search(r"[一二三四五六七八九十〇]", t["name"])]
    rng.shuffle(plain)
    for k, (m, t) in enumerate(plain[:240]):
        base = m["pref"] + m["name"] + t["name"]
        kind = k % 3
        if kind == 0:
            digits, numbers, _ = numbers_for(rng, t)
            text, form = rng.choice(PREFIXES) + base + digits, "bracket-prefix"
        elif kind == 1:
            digits, numbers, _ = numbers_for(rng, t)
            text, form = base + digits + rng.choice(BUILDINGS), "building"
        else:
            ban, go = rng.randint(1, 1999), rng.randint(1, 30)
            if t["chome"]:
                chome = rng.randint(1, min(t["max"] or 5, 9))
                text = base + f"{kanji_numeral(chome)}丁目{kanji_numeral(ban % 60 + 1)}番{kanji_numeral(go)}号"
                numbers = f"{chome}/{ban % 60 + 1}/{go}"
            else:
                mark = rng.choice(["の", "之", "番地の", "番地之", "番地"])
                text = base + kanji_numeral(ban) + mark + kanji_numeral(go)
                numbers = f"/{ban}/{go}"
            form = "kanji-numbers"
        w.add("surroundings", "A", text, m["pref"], m["name"], t["name"], numbers, form)


def former_class(ref, w, rng):
    for former in ref.formers:
        m = ref.by_lg[former["lg"]]
        short = county_less(former["name"])
        stem = short[:-1] if short[-1] in "市町村" and len(short) > 2 else short
        towns = m["towns"] if m["kind"] != "D" else [t for w2 in ref.munis if w2["parent"] == m["lg"]
                                                     for t in w2["towns"]]
        target = m
        pick = None
        for prefix in (short, stem + "町", stem):
            fits = [t for t in towns if t["name"].startswith(prefix) and len(t["name"]) > len(prefix)]
            if fits:
                pick = (prefix, rng.choice(fits))
                break
        if pick is None:
            same = [t for t in towns if ref.fold(t["name"]) == ref.fold(stem)]
            if same:
                pick = ("", same[0])
        if m["kind"] == "D":
            owners = [w2 for w2 in ref.munis if w2["parent"] == m["lg"]
                      and any(t["name"] == pick[1]["name"] for t in w2["towns"])] if pick else []
            if len(owners) != 1:
                continue  # no town, or one that several wards have: the ward stays open
            target = owners[0]
        if pick is None and sum(1 for f in ref.formers if f["name"] == former["name"]) > 1:
            continue  # a village split between municipalities: without a town it stays ambiguous
        if pick is None:
            ban = rng.randint(1, 3999)
            town_text, town, numbers = "", "", f"/{ban}/"
            digits = f"{ban}番地"
        else:
            prefix, t = pick
            town_text, town = t["name"][len(prefix):], t["name"]
            digits, numbers, _ = numbers_for(rng, t)
        form = rng.choice(["full", "no-prefecture", "no-county"])
        if form == "no-county" and short == county_less(m["name"]):
            form = "full"  # 山越郡八雲町 without its 郡 is today's 二海郡八雲町: no former name left
        written = former["name"]
        if form == "no-county":
            written = former["pref"] + short
        elif form == "full":
            written = former["pref"] + former["name"]
        w.add("former", "B", written + town_text + digits, target["pref"], target["name"], town, numbers, form)


def main():
    ref = Reference()
    rng = random.Random(15)
    w = Writer()
    for make in (variant_class, hokkaido_class, aza_class, omitted_class, kyoto_class, surroundings_class,
                 former_class):
        make(ref, w, rng)
    text = render(w.rows)
    if "--check" in sys.argv[1:]:
        if open(OUT, encoding="utf-8").read() != text:
            sys.exit(f"{OUT} is out of date: run scripts/address-eval/generate.py")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    counts = {}
    for row in w.rows:
        counts[row.split("\t")[0]] = counts.get(row.split("\t")[0], 0) + 1
    print(f"{len(w.rows)} rows: {counts}")


def render(rows):
    return (
        "// swift-format-ignore-file\n"
        "//\n"
        "// Generated by scripts/address-eval/generate.py from the embedded reference table; do not edit.\n"
        "// The per-class evaluation set of AddressClassEvaluationTests and of `scripts/bench --stages normalize`:\n"
        "// real places of the reference, written the way one class of ledger notation writes them (see the\n"
        "// generator's header for the classes). Never taken from another tool's test files.\n"
        "// Columns: class, category (A notation, B reference data), input, prefecture, municipality, town,\n"
        "// numbers (`chome/ban/go`, empty parts not compared), form.\n\n"
        "enum ClassAddresses {\n"
        "    /// class, category, input, prefecture, municipality, town, numbers, form.\n"
        '    static let rows = #"""\n' + "\n".join(rows) + '\n"""#\n}\n'
    )


if __name__ == "__main__":
    main()

/// The folds that make two notations of one place name compare equal, applied alike to
/// the reference names (once, when the index is built) and to every input.
///
/// Two levels: the *display* fold (width, spaces, dash look-alikes; what `rest` and an
/// unknown town are shown in) and the *match* fold on top of it (ケ/ヶ/が/ガ/ヵ, ノ/の,
/// place-name variant kanji, and every numeral run, kanji or Arabic, rewritten as its
/// decimal value so that 北十条西, 北一〇条西 and 北10条西 agree). See docs/addresses.md.
enum AddressFolding {
    static let space: UInt32 = 0x20
    static let dash: UInt32 = 0x2D
    /// Put between a kanji and an Arabic numeral run that touch, so they stay two numbers.
    static let runSeparator: UInt32 = 0xFFFF

    /// Scalars of `text` after the display fold: NFKC-equivalent width folding
    /// (CharacterFolding), every dash look-alike between numbers as "-" (spaces around it
    /// dropped), any run of white space as one " ", invisible format characters and
    /// variation selectors dropped, trimmed.
    static func displayScalars(_ text: String) -> [UInt32] {
        // One pass over the UTF-8; a line with a scalar outside the fast ranges starts
        // over from its width-folded form.
        var utf8 = text
        var builder = DisplayBuilder(capacity: text.utf8.count / 2 + 4)
        let complete = utf8.withUTF8 { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let lead = UInt32(bytes[i])
                var value: UInt32
                if lead < 0x80 {
                    value = lead
                    i += 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    value |= UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                guard isFastPath(value) else { return false }
                builder.add(value)
            }
            return true
        }
        if !complete {
            builder = DisplayBuilder(capacity: text.utf8.count / 2 + 4)
            for scalar in CharacterFolding.foldWidth(text).unicodeScalars { builder.add(scalar.value) }
        }
        return builder.finish()
    }

    /// Accumulates display-folded scalars, one input scalar at a time.
    private struct DisplayBuilder {
        var out: [UInt32] = []

        init(capacity: Int) { out.reserveCapacity(capacity) }

        @inline(__always)
        mutating func add(_ scalar: UInt32) {
            var value = scalar
            // Kana and kanji other than ー, not after a space: as they are.
            if value >= 0x3041 && value <= 0x9FFF && value != 0x30FC && out.last != space {
                out.append(value)
                return
            }
            switch value {
            case 0xFF01...0xFF5E:
                value -= 0xFEE0
            case 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2000...0x200B:
                value = space
            case 0xAD, 0x200C...0x200F, 0x2060...0x2064, 0xFEFF, 0xFE00...0xFE0F, 0xE0100...0xE01EF:
                // Invisible: soft hyphen, joiners, marks, BOM and variation selectors (葛󠄀).
                return
            case 0x2010...0x2015, 0x2212, 0x2500, 0x2501, 0xFE63, 0x2043, 0x02D7:
                value = dash
            case 0x30FC, 0xFF70:
                // The prolonged sound mark only stands for a dash right after a number.
                let k = out.last == space ? out.count - 2 : out.count - 1
                if k >= 0 && isNumeral(out[k]) { value = dash }
            default:
                break
            }
            if value == space {
                if out.isEmpty || out.last == space { return }
            } else if out.count >= 2 && out.last == space {
                // 1 - 3 - 1: spaces around a dash between numbers go.
                let before = out[out.count - 2]
                if (value == dash && isNumeral(before))
                    || (isNumeral(value) && before == dash && out.count >= 3 && isNumeral(out[out.count - 3]))
                {
                    out.removeLast()
                }
            }
            out.append(value)
        }

        mutating func finish() -> [UInt32] {
            while out.last == space { out.removeLast() }
            return out
        }
    }

    /// Scalars that need no NFKC work beyond what `displayScalars` does inline.
    @inline(__always)
    private static func isFastPath(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x7F, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E, 0x2010...0x2015,
            0x2212, 0x2500, 0x2501:
            // U+3099/U+309A (combining voicing marks) and U+309B/U+309C need composing.
            return value < 0x3099 || value > 0x309C
        default:
            return false
        }
    }

    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    /// An Arabic digit, a kanji digit or 十.
    @inline(__always)
    static func isNumeral(_ value: UInt32) -> Bool {
        isDigit(value) || kanjiDigitValue(value) != nil || value == 0x5341
    }

    /// The value of a kanji digit (〇 and 一 through 九), or nil.
    @inline(__always)
    static func kanjiDigitValue(_ value: UInt32) -> Int? {
        switch value {
        case 0x3007: return 0  // 〇
        case 0x4E00: return 1  // 一
        case 0x4E8C: return 2  // 二
        case 0x4E09: return 3  // 三
        case 0x56DB: return 4  // 四
        case 0x4E94: return 5  // 五
        case 0x516D: return 6  // 六
        case 0x4E03: return 7  // 七
        case 0x516B: return 8  // 八
        case 0x4E5D: return 9  // 九
        default: return nil
        }
    }

    /// Place-name variants (variant → representative) and the kana folds; built once.
    static let variants = VariantTable()

    /// Match fold of display scalars: returns the folded scalars (spaces dropped) and,
    /// for each, the display index it came from, plus a final entry equal to
    /// `display.count`. Inside a numeral run every scalar maps to the run's start.
    static func matchScalars(_ display: [UInt32]) -> (match: [UInt32], origin: [Int32]) {
        var match: [UInt32] = []
        var origin: [Int32] = []
        match.reserveCapacity(display.count)
        origin.reserveCapacity(display.count + 1)
        var index = 0
        let table = variants
        while index < display.count {
            let value = table.fold(display[index])
            // Spaces and list punctuation (東京都、千代田区) never separate name parts.
            if value == space || value == 0x3001 || value == 0x2C || value == 0xFF0C {
                index += 1
                continue
            }
            // 通り and 通 are one in names (岐山通り, 岐山通1丁目).
            if value == 0x308A && match.last == 0x901A {
                index += 1
                continue
            }
            if isNumeral(value) {
                // A numeral run: Arabic digits, or kanji digits and 十 (never both: in
                // 鶴沼第一1番地 the town's 第一 and the lot's 1 are two numbers).
                let start = index
                let arabic = isDigit(value)
                if let last = match.last, isDigit(last) {
                    match.append(runSeparator)
                    origin.append(Int32(start))
                }
                var digits = 0
                var positional = 0
                var sawTen = false
                var total = 0
                while index < display.count {
                    let v = table.fold(display[index])
                    if isDigit(v) {
                        guard arabic else { break }
                        positional = positional &* 10 &+ Int(v - 0x30)
                        digits += 1
                    } else if arabic {
                        break
                    } else if let d = kanjiDigitValue(v) {
                        positional = positional &* 10 &+ d
                        digits += 1
                    } else if v == 0x5341 {  // 十
                        total = total &+ (digits == 0 ? 1 : positional) &* 10
                        positional = 0
                        digits = 0
                        sawTen = true
                    } else {
                        break
                    }
                    index += 1
                }
                // Wrapping arithmetic: an absurdly long run folds to some number, never traps.
                var number = UInt(bitPattern: sawTen ? total &+ positional : positional)
                var reversed: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
                    0, 0, 0, 0, 0, 0, 0, 0
                )
                var count = 0
                withUnsafeMutableBytes(of: &reversed) { raw in
                    let buffer = raw.bindMemory(to: UInt32.self)
                    repeat {
                        buffer[count] = 0x30 + UInt32(truncatingIfNeeded: number % 10)
                        number /= 10
                        count += 1
                    } while number > 0 && count < 8
                    for k in stride(from: count - 1, through: 0, by: -1) {
                        match.append(buffer[k])
                        origin.append(Int32(start))
                    }
                }
                continue
            }
            match.append(value)
            origin.append(Int32(index))
            index += 1
        }
        origin.append(Int32(display.count))
        return (match, origin)
    }

    /// The match fold of a reference name.
    static func nameKey(_ name: String) -> [UInt32] {
        matchScalars(displayScalars(name)).match
    }

    /// Whether a match may end (or start) at `position`: never inside a numeral run.
    @inline(__always)
    static func isBoundary(_ match: [UInt32], _ position: Int) -> Bool {
        position == 0 || position >= match.count || !(isDigit(match[position - 1]) && isDigit(match[position]))
    }

    static func string(_ scalars: some Collection<UInt32>) -> String {
        var view = String.UnicodeScalarView()
        for value in scalars {
            if let scalar = Unicode.Scalar(value) { view.append(scalar) }
        }
        return String(view)
    }
}

/// A flat lookup for the CJK and kana ranges and a dictionary for the rest (compatibility
/// ideographs and the supplementary planes), so folding a scalar costs one array read.
/// Also knows which kanji belong to a class of place-name variants, so that a reading can
/// tell when a name was found only through a variant (`variant_folded`).
struct VariantTable: Sendable {
    private static let base: UInt32 = 0x3000
    private let flat: [UInt32]
    private let other: [UInt32: UInt32]
    /// Every member of a variant class, representatives included: a bit per scalar of the
    /// flat range, a set for the rest.
    private let memberBits: [UInt64]
    private let otherMembers: Set<UInt32>

    init() {
        var flat = [UInt32](unsafeUninitializedCapacity: 0x7000) { buffer, count in
            for i in 0..<0x7000 { buffer[i] = VariantTable.base + UInt32(i) }
            count = 0x7000
        }
        var other: [UInt32: UInt32] = [:]
        func set(_ from: UInt32, _ to: UInt32) {
            if from >= VariantTable.base && from < VariantTable.base + 0x7000 {
                flat[Int(from - VariantTable.base)] = to
            } else {
                other[from] = to
            }
        }
        // ケ ヶ ヵ ガ が (霞ヶ関, 霞ケ関, 霞が関) and ノ の (一ノ瀬, 一の瀬) are one letter in place names.
        for kana: UInt32 in [0x30B1, 0x30F6, 0x30F5, 0x30AC] { set(kana, 0x304C) }
        set(0x30CE, 0x306E)
        var memberBits = [UInt64](repeating: 0, count: 0x7000 / 64)
        var otherMembers = Set<UInt32>()
        func member(_ value: UInt32) {
            if value >= VariantTable.base && value < VariantTable.base + 0x7000 {
                let bit = Int(value - VariantTable.base)
                memberBits[bit >> 6] |= 1 << UInt64(bit & 63)
            } else {
                otherMembers.insert(value)
            }
        }
        // variant<TAB>representative<TAB>sources, one a line.
        for line in AddressReferenceTable.placeNameVariants.split(separator: "\n") {
            let scalars = Array(line.unicodeScalars.prefix(3))
            guard scalars.count == 3, scalars[1] == "\t" else { continue }
            set(scalars[0].value, scalars[2].value)
            member(scalars[0].value)
            member(scalars[2].value)
        }
        self.flat = flat
        self.other = other
        self.memberBits = memberBits
        self.otherMembers = otherMembers
    }

    @inline(__always)
    func fold(_ value: UInt32) -> UInt32 {
        if value >= VariantTable.base && value < VariantTable.base + 0x7000 {
            return flat[Int(value - VariantTable.base)]
        }
        if value < 0xF900 { return value }
        return other[value] ?? value
    }

    /// Whether `value` is a kanji of some variant class (龍 and 竜 both are).
    @inline(__always)
    func isVariant(_ value: UInt32) -> Bool {
        if value >= VariantTable.base && value < VariantTable.base + 0x7000 {
            let bit = Int(value - VariantTable.base)
            return value >= 0x3400 && memberBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }
        return value > 0xF900 && otherMembers.contains(value)
    }

    /// Whether `written` holds a variant kanji that `official` does not (竜 in 竜ケ崎 for
    /// 龍ケ崎): the name was found only through the variant fold.
    func foldsVariant(written: some Sequence<UInt32>, official: String) -> Bool {
        for value in written where isVariant(value) {
            if !official.unicodeScalars.contains(where: { $0.value == value }) { return true }
        }
        return false
    }
}

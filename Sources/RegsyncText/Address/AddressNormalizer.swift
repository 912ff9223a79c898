/// Splits Japanese address notations into prefecture, municipality, town, 丁目, 番, 号 and
/// the rest, against the embedded reference data (see docs/addresses.md for the rules).
///
/// Stateless and cheap to copy: every normaliser shares one lazily built reference index,
/// so `AddressNormalizer().normalize(line)` in a loop costs no set-up per call.
public struct AddressNormalizer: Sendable {
    let store: ReferenceStore

    /// A normaliser over the embedded reference data (built once per process, at first use).
    public init() {
        store = ReferenceStore.shared
    }

    /// Reads one address notation; never fails: what cannot be recognised is reported
    /// in `warnings` and kept in `rest`.
    public func normalize(_ text: String) -> NormalizedAddress {
        let display = AddressFolding.displayScalars(text)
        // Symbols or the country before the address: set aside, and kept in `rest`.
        var lead = 0
        if let first = display.first, !LeadingText.startsName(first) || first == 0x65E5 {  // 日
            lead = LeadingText.length(display, prefectures: store.prefectureNames)
        }
        let result = normalize(display: display, from: lead)
        guard result.municipality == nil else { return result }
        // A label (住所:) is looked for only when no municipality was found; when nothing
        // is found after the symbols either, the line is kept whole.
        if let label = LeadingText.label(display, from: lead) {
            let relabelled = normalize(display: display, from: label)
            if relabelled.municipality != nil { return relabelled }
        }
        return lead > 0 && result.prefecture == nil ? normalize(display: display, from: 0) : result
    }

    /// Reads `display` from `start`; what precedes it goes to the start of `rest`.
    private func normalize(display all: [UInt32], from start: Int) -> NormalizedAddress {
        var result = NormalizedAddress()
        var display = all
        var before: String?
        if start > 0 {
            var end = start
            while end > 0 && display[end - 1] == AddressFolding.space { end -= 1 }
            before = AddressFolding.string(display[..<end])
            display.removeFirst(start)
        }
        if let (code, range) = PostalCodeScanner.find(in: display) {
            result.postalCode = code
            display.replaceSubrange(range, with: [AddressFolding.space])
            display = AddressFolding.displayScalars(AddressFolding.string(display))
        }
        let (match, origin) = AddressFolding.matchScalars(display)
        let input = ParseInput(display: display, match: match, origin: origin)
        if match.isEmpty {
            result.warnings.append(AddressWarning(.emptyInput, "no address text"))
            result.key = result.postalCode.map { "?|\($0)" } ?? "?"
            return result
        }
        var parse = AddressParse(store: store, input: input)
        parse.run(into: &result)
        if result.key.isEmpty { parse.buildKey(&result) }
        if let before {
            result.rest = result.rest.map { before + " " + $0 } ?? before
            result.warnings.append(
                AddressWarning(.unparsedRemainder, "text before the address is kept at the start of the rest"))
        }
        return result
    }
}

/// What precedes an address on some lines and is no part of it: symbols and emoji, the
/// country (日本, 日本国) before a prefecture, or a label with a colon (住所:).
enum LeadingText {
    /// The number of display scalars of symbols and country to set aside; 0 when nothing
    /// would be left.
    static func length(_ display: [UInt32], prefectures: [[UInt32]]) -> Int {
        var i = 0
        while i < display.count && !startsName(display[i]) {
            // A bracketed note before the address: （旧）, (前期), 【自宅】, ［現住所］.
            if let close = closing(display[i]) {
                var j = i + 1
                while j < min(display.count, i + 12) && display[j] != close { j += 1 }
                if j < display.count && display[j] == close {
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        for country: [UInt32] in [[0x65E5, 0x672C, 0x56FD], [0x65E5, 0x672C]]  // 日本国 日本
        where display[i...].starts(with: country) {
            var j = i + country.count
            while j < display.count && !startsName(display[j]) { j += 1 }
            if prefectures.contains(where: { display[j...].starts(with: $0) }) { i = j }
            break
        }
        return i < display.count ? i : 0
    }

    /// The bracket that closes `open`, when `open` is an opening bracket.
    static func closing(_ open: UInt32) -> UInt32? {
        switch open {
        case 0x28: 0x29  // ( )
        case 0x5B: 0x5D  // [ ]
        case 0x3010: 0x3011  // 【 】
        case 0x3014: 0x3015  // 〔 〕
        case 0x300C: 0x300D  // 「 」
        case 0x300E: 0x300F  // 『 』
        case 0x3008: 0x3009  // 〈 〉
        case 0x300A: 0x300B  // 《 》
        case 0x3016: 0x3017  // 〖 〗
        default: nil
        }
    }

    /// Where the text after a short label and a colon starts (住所:東京都…), if there is one
    /// within the first few characters after `start` and text after it.
    static func label(_ display: [UInt32], from start: Int) -> Int? {
        guard let colon = display[start..<min(display.count, start + 9)].firstIndex(of: 0x3A) else { return nil }
        var i = colon + 1
        while i < display.count && !startsName(display[i]) { i += 1 }
        return i < display.count ? i : nil
    }

    /// Kana, kanji, 々, 〒, an ASCII letter or digit: what an address starts with.
    static func startsName(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3005, 0x3012, 0x3041...0x30FF, 0x3400...0x9FFF,
            0xF900...0xFAFF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}

/// The folded forms of one input line.
struct ParseInput {
    /// Display-folded scalars (width, spaces, dashes).
    let display: [UInt32]
    /// Match-folded scalars (no spaces; kana, variant kanji and numerals folded).
    let match: [UInt32]
    /// For each match position (and one past the end), the display index it came from.
    let origin: [Int32]
    /// Whether 字 occurs in the text (a town name KEN_ALL joins across it may follow).
    let hasAza: Bool

    init(display: [UInt32], match: [UInt32], origin: [Int32]) {
        self.display = display
        self.match = match
        self.origin = origin
        var hasAza = false
        for value in match where value == 0x5B57 {
            hasAza = true
            break
        }
        self.hasAza = hasAza
    }

    func displayIndex(_ matchPosition: Int) -> Int { Int(origin[min(matchPosition, origin.count - 1)]) }

    func text(_ range: Range<Int>) -> String { AddressFolding.string(display[range]) }

    func starts(with scalars: [UInt32], at position: Int) -> Bool {
        guard position + scalars.count <= match.count else { return false }
        for (k, value) in scalars.enumerated() where match[position + k] != value { return false }
        return true
    }
}

/// Folds applied to parts before they enter the key.
enum KeyFold {
    /// Kyoto street designations: 通り/通, 上ル/上る/上がる, 入ル/入る/入 are one each.
    static func street(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        for value in AddressFolding.nameKey(text) {
            switch value {
            case 0x30EB, 0x308B:  // ル る: dropped after 入, kept (as る) after 上 下
                if out.last == 0x5165 { continue }
                out.append(0x308B)
            case 0x308A where out.last == 0x901A: continue  // 通り → 通
            case 0x304C where out.last == 0x4E0A || out.last == 0x4E0B: continue  // 上がる → 上る
            default: out.append(value)
            }
        }
        return out
    }
}

/// Accumulates the comparison key as UTF-8, one allocation per key.
struct KeyBuilder {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(96) }

    mutating func separator() { bytes.append(0x7C) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(_ number: Int?) {
        guard let number else { return }
        append(String(number))
    }

    mutating func append(scalars: some Sequence<UInt32>) {
        for value in scalars where value != AddressFolding.runSeparator { append(scalar: value) }
    }

    @inline(__always)
    private mutating func append(scalar v: UInt32) {
        switch v {
        case 0..<0x80:
            bytes.append(UInt8(v))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Building and room: width-folded, without spaces, ASCII letters in upper case.
    mutating func append(rest: some Sequence<UInt32>) {
        for value in rest where value != AddressFolding.space {
            append(scalar: value >= 0x61 && value <= 0x7A ? value - 0x20 : value)
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Finds a postal code: after 〒, or as NNN-NNNN / NNNNNNN at the very start.
enum PostalCodeScanner {
    static func find(in display: [UInt32]) -> (String, Range<Int>)? {
        if let mark = display.firstIndex(of: 0x3012) {
            var i = mark + 1
            if i < display.count && display[i] == AddressFolding.space { i += 1 }
            if let (code, end) = read(display, i) { return (code, mark..<end) }
            return nil
        }
        if let (code, end) = read(display, 0), end == display.count || !AddressFolding.isDigit(display[end]) {
            // A bare code at the start counts only with its hyphen or followed by a space.
            let hyphenated = display.count > 3 && display[3] == AddressFolding.dash
            if hyphenated || (end < display.count && display[end] == AddressFolding.space) {
                return (code, 0..<end)
            }
        }
        return nil
    }

    private static func read(_ d: [UInt32], _ start: Int) -> (String, Int)? {
        var digits: [UInt32] = []
        var i = start
        while i < d.count && digits.count < 7 {
            if AddressFolding.isDigit(d[i]) {
                digits.append(d[i])
            } else if !(d[i] == AddressFolding.dash && digits.count == 3) {
                break
            }
            i += 1
        }
        guard digits.count == 7, i == d.count || !AddressFolding.isDigit(d[i]) else { return nil }
        let text = AddressFolding.string(digits)
        return ("\(text.prefix(3))-\(text.suffix(4))", i)
    }
}

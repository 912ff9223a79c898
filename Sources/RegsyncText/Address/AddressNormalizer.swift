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
        var result = NormalizedAddress()
        var display = AddressFolding.displayScalars(text)
        if let (code, range) = PostalCodeScanner.find(in: display) {
            result.postalCode = code
            display.replaceSubrange(range, with: [AddressFolding.space])
            display = AddressFolding.displayScalars(AddressFolding.string(display))
        }
        let (match, origin) = AddressFolding.matchScalars(display)
        var input = ParseInput(display: display, match: match, origin: origin)
        if match.isEmpty {
            result.warnings.append(AddressWarning(.emptyInput, "no address text"))
            result.key = result.postalCode.map { "?|\($0)" } ?? "?"
            return result
        }
        AddressParse(store: store, input: input).run(into: &result)
        input.finishKey(&result)
        return result
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

    func displayIndex(_ matchPosition: Int) -> Int { Int(origin[min(matchPosition, origin.count - 1)]) }

    func text(_ range: Range<Int>) -> String { AddressFolding.string(display[range]) }

    func starts(with scalars: [UInt32], at position: Int) -> Bool {
        guard position + scalars.count <= match.count else { return false }
        for (k, value) in scalars.enumerated() where match[position + k] != value { return false }
        return true
    }

    /// Appends the parts to the key: two notations of one address produce equal keys.
    mutating func finishKey(_ result: inout NormalizedAddress) {
        guard result.key.isEmpty else { return }
        var key = ""
        key.reserveCapacity(96)
        key += result.lgCode ?? "?\(result.prefecture ?? "")/\(result.municipality ?? "")"
        key += "|"
        if let street = result.street { key += KeyFold.street(street) }
        key += "|"
        if let town = result.town { key += KeyFold.name(town) }
        key += "|"
        if let koaza = result.koaza { key += KeyFold.name(koaza) }
        key += "|"
        if let chiwari = result.chiwari { key += String(chiwari) }
        key += "|"
        if let chome = result.chome { key += String(chome) }
        key += "|"
        key += result.ban ?? ""
        key += "|"
        key += result.go ?? ""
        key += "|"
        if let rest = result.rest { key += KeyFold.rest(rest) }
        result.key = key
    }
}

/// Folds applied to parts before they enter the key.
enum KeyFold {
    static func name(_ text: String) -> String {
        AddressFolding.string(AddressFolding.nameKey(text))
    }

    /// Kyoto street designations: 通り/通, 上ル/上る/上がる, 入ル/入る are one each.
    static func street(_ text: String) -> String {
        var out: [UInt32] = []
        for value in AddressFolding.nameKey(text) {
            switch value {
            case 0x30EB: out.append(0x308B)  // ル → る
            case 0x308A where out.last == 0x901A: continue  // 通り → 通
            case 0x304C where out.last == 0x4E0A || out.last == 0x4E0B: continue  // 上がる → 上る
            default: out.append(value)
            }
        }
        while out.last == 0x308B { out.removeLast() }
        var trimmed: [UInt32] = []
        for (k, value) in out.enumerated() {
            // 西入る and 西入 agree: drop る after 入.
            if value == 0x308B, k > 0, out[k - 1] == 0x5165 { continue }
            trimmed.append(value)
        }
        return AddressFolding.string(trimmed)
    }

    /// Building and room: width-folded, without spaces, ASCII letters in upper case.
    static func rest(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != " " {
            if scalar.value >= 0x61 && scalar.value <= 0x7A {
                out.append(Unicode.Scalar(scalar.value - 0x20)!)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
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

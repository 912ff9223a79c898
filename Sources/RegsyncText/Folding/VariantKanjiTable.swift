/// The 異体字 (variant kanji) folding table used to compare names, loaded once from the generated
/// `VariantKanjiTable.data` (see scripts/itaiji/generate.py and docs/names.md for sources and grades).
///
/// Each variant folds to one standard form, either *strictly* (authoritative old/new or JIS-degeneration
/// pairs such as 髙→高, 邊→辺) or *softly* (distinct everyday characters that some families use
/// interchangeably, such as 嶋→島). Folds chain: 齋 folds strictly to 斎 and 斎 softly to 斉.
/// *Never* pairs (佐/左, 萩/荻) are never folded; they are kept so a matcher can tell a confusable
/// apart from an unrelated character.
///
/// `@unchecked Sendable`: the flat lookup buffers are written only in `init` and read-only after it.
final class VariantKanjiTable: @unchecked Sendable {
    /// The table every normaliser shares; parsed on first use.
    static let shared = VariantKanjiTable(parsing: data)

    /// One line of the embedded table.
    struct Entry: Sendable, Hashable {
        let variant: Unicode.Scalar
        let standard: Unicode.Scalar
        let grade: VariantGrade
        let sources: [String]
    }

    /// Every line of the table, in table order (for tests and documentation).
    let entries: [Entry]

    // Code points 0x3400...0xFAFF cover the BMP ideographs and the compatibility block; a flat table
    // makes the per-character lookup an index instead of a hash (millions of names per run). It is a
    // buffer the table owns rather than an array, so that a lookup costs no reference counting.
    private static let flatBase: UInt32 = 0x3400
    private static let flatEnd: UInt32 = 0xFAFF
    private let strictFlat: UnsafeMutableBufferPointer<UInt32>
    private let looseFlat: UnsafeMutableBufferPointer<UInt32>
    private let strictOther: [UInt32: UInt32]
    private let looseOther: [UInt32: UInt32]
    private let neverPairs: Set<UInt64>

    init(parsing text: String) {
        var entries: [Entry] = []
        var strictEdge: [UInt32: UInt32] = [:]
        var softEdge: [UInt32: UInt32] = [:]
        var never: Set<UInt64> = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let variant = fields[0].unicodeScalars.first,
                let standard = fields[1].unicodeScalars.first,
                let grade = VariantGrade(rawValue: String(fields[2]))
            else {
                preconditionFailure("malformed variant table line: \(line)")
            }
            entries.append(
                Entry(
                    variant: variant, standard: standard, grade: grade,
                    sources: fields[3].split(separator: "|").map(String.init)))
            switch grade {
            case .strict: strictEdge[variant.value] = standard.value
            case .soft: softEdge[variant.value] = standard.value
            case .never: never.insert(Self.pairKey(variant.value, standard.value))
            case .identical, .different: preconditionFailure("grade \(grade) in variant table")
            }
        }
        func strictRoot(_ value: UInt32) -> UInt32 {
            var current = value
            var steps = 0
            while let next = strictEdge[current] {
                current = next
                steps += 1
                precondition(steps < 16, "cycle in variant table")
            }
            return current
        }
        func looseRoot(_ value: UInt32) -> UInt32 {
            var current = strictRoot(value)
            var steps = 0
            while let next = softEdge[current] {
                current = strictRoot(next)
                steps += 1
                precondition(steps < 16, "cycle in variant table")
            }
            return current
        }
        let size = Int(Self.flatEnd - Self.flatBase + 1)
        let strictFlat = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: size)
        strictFlat.initialize(repeating: 0)
        let looseFlat = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: size)
        looseFlat.initialize(repeating: 0)
        var strictOther: [UInt32: UInt32] = [:]
        var looseOther: [UInt32: UInt32] = [:]
        let folded = Set(strictEdge.keys).union(softEdge.keys).union(strictEdge.values)
        for value in folded {
            let strict = strictRoot(value)
            let loose = looseRoot(value)
            if (Self.flatBase...Self.flatEnd).contains(value) {
                let index = Int(value - Self.flatBase)
                if strict != value { strictFlat[index] = strict }
                if loose != value { looseFlat[index] = loose }
            } else {
                if strict != value { strictOther[value] = strict }
                if loose != value { looseOther[value] = loose }
            }
        }
        self.entries = entries
        self.strictFlat = strictFlat
        self.looseFlat = looseFlat
        self.strictOther = strictOther
        self.looseOther = looseOther
        self.neverPairs = never
    }

    deinit {
        strictFlat.deallocate()
        looseFlat.deallocate()
    }

    /// The standard form `value` folds to strictly (itself when it has none).
    func strictForm(_ value: UInt32) -> UInt32 {
        if value >= Self.flatBase && value <= Self.flatEnd {
            let folded = strictFlat[Int(value - Self.flatBase)]
            return folded == 0 ? value : folded
        }
        if value < 0x20000 { return value }
        return strictOther[value] ?? value
    }

    /// The standard form `value` folds to when soft folds are applied as well.
    func looseForm(_ value: UInt32) -> UInt32 {
        if value >= Self.flatBase && value <= Self.flatEnd {
            let folded = looseFlat[Int(value - Self.flatBase)]
            return folded == 0 ? value : folded
        }
        if value < 0x20000 { return value }
        return looseOther[value] ?? value
    }

    /// Whether `a` and `b` (or their strict standard forms) are a listed confusable pair.
    func isNeverPair(_ a: UInt32, _ b: UInt32) -> Bool {
        if neverPairs.contains(Self.pairKey(a, b)) { return true }
        return neverPairs.contains(Self.pairKey(strictForm(a), strictForm(b)))
    }

    /// How two single characters relate under this table.
    func grade(_ a: UInt32, _ b: UInt32) -> VariantGrade {
        if a == b { return .identical }
        if strictForm(a) == strictForm(b) { return .strict }
        if looseForm(a) == looseForm(b) { return .soft }
        if isNeverPair(a, b) { return .never }
        return .different
    }

    private static func pairKey(_ a: UInt32, _ b: UInt32) -> UInt64 {
        let low = min(a, b)
        let high = max(a, b)
        return UInt64(low) << 32 | UInt64(high)
    }
}

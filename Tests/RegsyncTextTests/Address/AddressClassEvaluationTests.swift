import Testing

@testable import RegsyncText

/// Resolution per class of ledger notation (Evaluation/ClassAddresses.swift, written by
/// scripts/address-eval/generate.py from the rules and the reference table): prefecture,
/// municipality, town and the numbers the row names must all read right, and a class whose
/// reading folds something (a variant kanji, a former name) must say so in a warning.
@Suite("Address resolution per class of notation")
struct AddressClassEvaluationTests {
    struct Row {
        let klass: String
        let category: String
        let input: String
        let expected: [String]
        /// `chome/ban/go`; an empty part is not compared.
        let numbers: [String]
        let form: String
    }

    static func rows() -> [Row] {
        ClassAddresses.rows.split(separator: "\n").compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 8 else { return nil }
            return Row(
                klass: f[0], category: f[1], input: f[2], expected: [f[3], f[4], f[5]],
                numbers: f[6].split(separator: "/", omittingEmptySubsequences: false).map(String.init), form: f[7])
        }
    }

    /// Required share per category: A needs notation rules only, B the reference data too.
    static let targets = ["A": 0.99, "B": 0.95]
    /// The warning a class's reading must carry.
    static let requiredWarning: [String: AddressWarning.Code] = [
        "variant": .variantFolded, "former": .formerMunicipality,
    ]

    static func misses(_ row: Row, _ a: NormalizedAddress) -> String? {
        let got = [a.prefecture ?? "", a.municipality ?? "", a.town ?? ""]
        let numbers = [a.chome.map(String.init) ?? "", a.ban ?? "", a.go ?? ""]
        let numbersRight = zip(row.numbers, numbers).allSatisfy { want, have in want.isEmpty || want == have }
        let warned = Self.requiredWarning[row.klass].map { code in a.warnings.contains { $0.code == code } } ?? true
        if got == row.expected && numbersRight && warned { return nil }
        return
            "\(row.klass) [\(row.form)] \(row.input) → \(got.joined(separator: "|")) \(numbers.joined(separator: "/"))"
            + " \(a.warnings.map(\.code.rawValue)) (expected \(row.expected.joined(separator: "|")))"
    }

    @Test("reads every class of ledger notation to the reference's names and numbers")
    func resolution() {
        let rows = Self.rows()
        let classes = Set(rows.map(\.klass))
        #expect(classes == ["variant", "hokkaido", "aza", "omitted", "kyoto", "surroundings", "former"])
        let normalizer = AddressNormalizer()
        var total: [String: Int] = [:]
        var right: [String: Int] = [:]
        var category: [String: String] = [:]
        for row in rows {
            total[row.klass, default: 0] += 1
            category[row.klass] = row.category
            if let miss = Self.misses(row, normalizer.normalize(row.input)) {
                print("miss: \(miss)")
            } else {
                right[row.klass, default: 0] += 1
            }
        }
        for klass in classes.sorted() {
            let n = total[klass] ?? 0
            let share = Double(right[klass] ?? 0) / Double(max(n, 1))
            let target = Self.targets[category[klass] ?? "A"] ?? 1
            print("class \(klass): \(right[klass] ?? 0)/\(n)")
            #expect(n >= 100, "class \(klass) has only \(n) rows")
            #expect(share >= target, "class \(klass): \(share) < \(target)")
        }
    }
}

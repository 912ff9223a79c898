import Foundation
import Testing

@testable import RegsyncText

/// Accuracy on real-world notations of real addresses (Evaluation/RealAddresses.swift, whose
/// header tells the columns and the provenance): prefecture, municipality and town must all
/// match. Category A needs only notation folding, B needs the reference data as well.
@Suite("Address accuracy on real-world notations")
struct AddressEvaluationTests {
    struct Row {
        let category: String
        let input: String
        let prefecture: String
        let municipality: String
        let town: String
        let form: String
    }

    static func rows() -> [Row] {
        RealAddresses.rows.split(separator: "\n").compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6 else { return nil }
            return Row(category: f[0], input: f[1], prefecture: f[2], municipality: f[3], town: f[4], form: f[5])
        }
    }

    /// Required share of notations read right, per category.
    static let targets = ["A": 0.99, "B": 0.90]

    @Test("reads prefecture, municipality and town of real addresses in real notations")
    func accuracy() {
        let rows = Self.rows()
        #expect(rows.count >= 3000)
        #expect(Set(rows.map { "\($0.municipality)|\($0.town)" }).count >= 600)
        let normalizer = AddressNormalizer()
        var total: [String: Int] = [:]
        var right: [String: Int] = [:]
        var misses: [String] = []
        for row in rows {
            let a = normalizer.normalize(row.input)
            let got = [a.prefecture ?? "", a.municipality ?? "", a.town ?? ""]
            total[row.category, default: 0] += 1
            if got == [row.prefecture, row.municipality, row.town] {
                right[row.category, default: 0] += 1
            } else {
                misses.append(
                    "\(row.category) [\(row.form)] \(row.input) → \(got.joined(separator: "|"))"
                        + " (expected \(row.prefecture)|\(row.municipality)|\(row.town))")
            }
        }
        for miss in misses { print("miss: \(miss)") }
        for (category, target) in Self.targets.sorted(by: { $0.key < $1.key }) {
            let n = total[category] ?? 0
            let share = n == 0 ? 0 : Double(right[category] ?? 0) / Double(n)
            print("category \(category): \(right[category] ?? 0)/\(n) = \(String(format: "%.2f", share * 100))%")
            #expect(share >= target, "category \(category): \(share) < \(target)")
        }
    }
}

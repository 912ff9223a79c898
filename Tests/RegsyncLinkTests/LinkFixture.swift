@testable import RegsyncLink

/// Small, readable linkage inputs: residents with histories and households, ledger persons,
/// and a model fixed by configuration so that weights in tests are known, not estimated.
struct LinkFixture {
    struct Resident {
        var code: String
        var name: String
        var reading: String? = nil
        var former: [String] = []
        var birth: String? = nil
        var household: String? = nil
        /// (address, valid from, valid to) with ISO dates; an empty `to` is the current address.
        var addresses: [(String, String, String)] = []
    }

    struct Ledger {
        var key: String
        var name: String
        var reading: String? = nil
        var birth: String? = nil
        var address: String? = nil
        var recorded: String? = nil
    }

    static let features = RegistryConfigs.config(for: "commercial")!.features

    /// Residents who are nobody in particular: distinct names and addresses, so that the term
    /// frequencies of the tests' own names and addresses are those of a real register (rare).
    static func fillers(_ count: Int) -> [Resident] {
        let surnames = Array("秋元 浅野 荒木 池上 石井 市川 今村 岩崎 上田 梅田 大塚 岡本 小川 奥村 片山 金子 川口 菊池 北村 久保".split(separator: " "))
        let givens = Array("明 彩 功 一郎 栄子 和夫 恵 健 幸子 聡 茂 純 進 隆 忠 勉 智子 直樹 博 誠 実 恭子 裕 洋子 亮".split(separator: " "))
        let towns = ["東京都千代田区霞が関二丁目", "東京都新宿区西新宿三丁目", "神奈川県横浜市中区山下町", "大阪府大阪市北区梅田一丁目"]
        return (0..<count).map { index in
            let town = towns[index % towns.count]
            return Resident(
                code: "F\(100_000 + index)",
                name: "\(surnames[index % surnames.count])　\(givens[index / surnames.count % givens.count])",
                birth: "19\(50 + index % 40)-0\(1 + index % 9)-1\(index % 10)", household: "FH\(index)",
                addresses: [("\(town)\(1 + index % 50)番\(1 + index / 50)号", "2000-01-01", "")])
        }
    }

    /// 20,000 fillers, normalised once per test process.
    static let fillerTable: FeatureTable = residents(fillers(20_000), base: FeatureTable(features: features))

    static func residents(_ people: [Resident]) -> FeatureTable {
        residents(people, base: fillerTable)
    }

    static func residents(_ people: [Resident], base: FeatureTable) -> FeatureTable {
        var table = base
        for person in people {
            table.append(
                key: person.code,
                values: [
                    .name(NameValue(text: person.name, reading: person.reading, formerSurnames: person.former)),
                    .date(LinkDate.parse(person.birth)),
                    .address(
                        AddressValue(
                            entries: person.addresses.map {
                                AddressEntry(text: $0.0, validFrom: LinkDate.parse($0.1), validTo: LinkDate.parse($0.2))
                            })),
                    .group(person.household),
                ])
        }
        return table
    }

    static func ledger(_ rows: [Ledger]) -> FeatureTable {
        var table = FeatureTable(features: features)
        for row in rows {
            table.append(
                key: row.key,
                values: [
                    .name(NameValue(text: row.name, reading: row.reading)),
                    .date(LinkDate.parse(row.birth)),
                    .address(
                        AddressValue(
                            entries: row.address.map { [AddressEntry(text: $0)] } ?? [],
                            referenceDate: LinkDate.parse(row.recorded))),
                    .group(nil),
                ])
        }
        return table
    }

    /// A registry configuration with m and u fixed to plausible values (so decisions in tests
    /// follow from the rules, not from EM on a handful of records).
    static func fixedModel(_ registry: String = "commercial", matchShare: Double = 0.9) -> LinkConfig {
        var config = RegistryConfigs.config(for: registry)!
        config.training.matchShare = matchShare
        config.training.uSamplePairs = 1_000
        config.overrides.m = [
            "surname": ["exact": 0.88, "variant": 0.04, "former": 0.02, "reading": 0.02, "typo": 0.02, "else": 0.02],
            "given_name": ["exact": 0.9, "variant": 0.04, "reading": 0.02, "typo": 0.02, "else": 0.02],
            "birth_date": ["exact": 0.95, "partial": 0.03, "else": 0.02],
            "address": [
                "exact_valid": 0.6, "exact_other": 0.2, "town": 0.03, "municipality": 0.07, "predates_history": 0.06,
                "else": 0.04,
            ],
        ]
        config.overrides.u = [
            "surname": [
                "exact": 0.002, "variant": 0.0005, "former": 0.0005, "reading": 0.001, "typo": 0.03, "else": 0.966,
            ],
            "given_name": ["exact": 0.003, "variant": 0.0005, "reading": 0.002, "typo": 0.02, "else": 0.9745],
            "birth_date": ["exact": 0.00005, "partial": 0.001, "else": 0.99895],
            "address": [
                "exact_valid": 0.000001, "exact_other": 0.000002, "town": 0.00005, "municipality": 0.002,
                "predates_history": 0.05, "else": 0.947947,
            ],
        ]
        if registry != "commercial" {
            config.overrides.m.removeValue(forKey: "birth_date")
            config.overrides.u.removeValue(forKey: "birth_date")
        }
        return config
    }

    /// Runs the engine and returns each ledger key's decision, reason and linked resident code.
    static func link(
        _ config: LinkConfig, ledger: [Ledger], residents people: [Resident], confirmed: [String: String] = [:],
        rejected: [String: [String]] = [:], workers: Int = 2
    ) async throws -> [String: (decision: LinkDecision, reason: LinkReason, code: String?)] {
        let left = Self.ledger(ledger)
        let right = Self.residents(people)
        func leftIndex(_ key: String) -> Int { left.keys.firstIndex(of: key)! }
        func rightIndex(_ code: String) -> Int { right.keys.firstIndex(of: code)! }
        var stewards = StewardDecisions()
        for (key, code) in confirmed { stewards.confirmed[leftIndex(key)] = rightIndex(code) }
        for (key, codes) in rejected { stewards.rejected[leftIndex(key)] = Set(codes.map(rightIndex)) }
        let run = try await LinkEngine(config: config).run(
            left: left, right: right, stewards: stewards, workers: workers)
        var out: [String: (LinkDecision, LinkReason, String?)] = [:]
        for (index, result) in run.results.enumerated() {
            out[left.keys[index]] = (result.decision, result.reason, result.linked.map { right.keys[$0] })
        }
        return out
    }
}

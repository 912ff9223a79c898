import Foundation
import RegsyncText

@testable import RegsyncSynth

/// A data set with every difficulty class at raised rates, generated once per test process,
/// and its files indexed the way the difficulty tests look them up.
struct DifficultyFixture: Sendable {
    /// One person role of a registry record as its file writes it.
    struct LedgerPerson: Sendable {
        let registry: String
        let key: String
        let role: String
        let residentCode: String
        let reason: String
        let classes: [String]
        let name: String
        /// The reading as written (officers only).
        let reading: String?
        let address: String
        /// The officer's 役職.
        let title: String?
    }

    /// A row of residents.csv.
    struct RegisterPerson: Sendable {
        let index: Int
        let surname: String
        let given: String
        let formerSurname: String
        let birth: String
        let household: String
    }

    let config: SynthConfig
    let directory: String
    let people: [LedgerPerson]
    let residents: [String: RegisterPerson]
    /// resident code → the extract's address rows: (住所, 住所を定めた日).
    let addresses: [String: [(address: String, from: String)]]

    static let shared: Result<DifficultyFixture, any Error> = Result(catching: { try DifficultyFixture() })

    static func load() throws -> DifficultyFixture { try shared.get() }

    init() throws {
        var config = SynthConfig.scaled(residents: 3_000, seed: 13)
        config.twinRate = 0.5
        config.formerSurnameRate = 0.3
        config.typoRate = 0.1
        config.namesakeRate = 0.3
        self.config = config
        directory =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("regsync-synth-difficulty-\(UUID().uuidString)").path
        _ = try Generator(config: config, directory: directory).run()

        var residents: [String: RegisterPerson] = [:]
        for (index, row) in try SynthFixture.rows(directory, "residents.csv").dropFirst().enumerated() {
            let name = row[1].split(separator: "\u{3000}", maxSplits: 1).map(String.init)
            residents[row[0]] = RegisterPerson(
                index: index, surname: name[0], given: name[1], formerSurname: row[3], birth: row[4],
                household: row[9])
        }
        self.residents = residents
        var addresses: [String: [(address: String, from: String)]] = [:]
        for row in try SynthFixture.rows(directory, "resident-addresses.csv").dropFirst() {
            // 住所 alone: the 方書 is a column of its own, and a key without the building is compared.
            addresses[row[0], default: []].append((row[1], row[5]))
        }
        self.addresses = addresses

        // (registry|key|role) → name, reading, address, title.
        var written: [String: (String, String?, String, String?)] = [:]
        for row in try SynthFixture.rows(directory, "vehicles.csv", .cp932).dropFirst() {
            let key = "vehicle|" + CharacterFolding.foldWidth(row[1]).uppercased()
            written[key + "|owner"] = (row[6], nil, row[7], nil)
            written[key + "|user"] = (row[10], nil, row[11], nil)
        }
        for row in try SynthFixture.rows(directory, "realestate-owners.csv").dropFirst() {
            written["realestate|" + row[0] + "|" + (row[10].isEmpty ? "1" : row[10]) + "|owner"] =
                (row[11], nil, row[12], nil)
        }
        for row in try SynthFixture.rows(directory, "officers.csv").dropFirst() {
            // Any role: the test of roles compares the truth's role with the 役職.
            written["commercial|" + row[0] + "|" + CharacterFolding.foldWidth(row[1]) + "|*"] =
                (row[3], row[4], row[5], row[2])
        }
        var people: [LedgerPerson] = []
        for link in try SynthFixture.rows(directory, "truth/links.csv").dropFirst() {
            let role = link[0] == "commercial" ? "*" : link[2]
            guard let row = written[link[0] + "|" + link[1] + "|" + role] else {
                throw FixtureError.missingRecord(link.joined(separator: ","))
            }
            let (name, reading, address, title) = row
            people.append(
                LedgerPerson(
                    registry: link[0], key: link[1], role: link[2], residentCode: link[3], reason: link[4],
                    classes: link[5].isEmpty ? [] : link[5].split(separator: ";").map(String.init), name: name,
                    reading: reading, address: address, title: title))
        }
        self.people = people
    }

    enum FixtureError: Error {
        case missingRecord(String)
    }

    /// The people labelled with `difficultyClass`.
    func labelled(_ difficultyClass: DifficultyClass) -> [LedgerPerson] {
        people.filter { $0.classes.contains(difficultyClass.rawValue) }
    }

    /// The population the data set was drawn from.
    var population: Population { Population(config: config) }

    /// A name for comparison: no spaces, variant kanji in their standard form (the
    /// generator's own variant table, so that only typos remain).
    static func fold(_ name: String) -> [Character] {
        name.filter { $0 != " " && $0 != "\u{3000}" }.map { VariantKanji.standard[$0] ?? $0 }
    }

    /// An address key without the building and room (ledgers drop or rewrite them).
    static func addressKey(_ address: String) -> String {
        let key = AddressNormalizer().normalize(address).key
        return String(key[..<(key.lastIndex(of: "|") ?? key.endIndex)])
    }
}

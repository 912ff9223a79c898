import Foundation
import RegsyncSynth
import RegsyncText
import Testing

@Suite("Identifiers and ground truth")
struct TruthTests {
    @Test("every corporate and individual number has a valid check digit; resident codes have 11 digits")
    func checkDigits() throws {
        let directory = try SynthFixture.generate(residents: 1_000)
        var corporate: [String] = []
        corporate += try SynthFixture.rows(directory, "corporations-unicode.csv").map { $0[1] }
        corporate += try SynthFixture.rows(directory, "corporations-diff.csv").map { $0[1] }
        corporate += try SynthFixture.rows(directory, "officers.csv").dropFirst().map { $0[0] }
        corporate += try SynthFixture.rows(directory, "vehicles.csv", .cp932).dropFirst().map { $0[9] }.filter {
            !$0.isEmpty
        }
        corporate += try SynthFixture.rows(directory, "realestate-owners.csv").dropFirst().map { $0[13] }.filter {
            !$0.isEmpty
        }
        corporate += try SynthFixture.rows(directory, "corporations-unicode.csv").map { $0[20] }.filter { !$0.isEmpty }
        #expect(corporate.count > 100)
        for number in corporate { #expect(throws: Never.self) { try CorporateNumber(validating: number) } }
        let residents = try SynthFixture.rows(directory, "residents.csv").dropFirst()
        for row in residents {
            #expect(throws: Never.self) { try IndividualNumber(validating: row[8]) }
            #expect(row[0].count == 11 && row[0].allSatisfy(\.isASCII))
        }
        #expect(Set(residents.map { $0[0] }).count == residents.count)
    }

    /// The natural keys of every registry file, after the mappings' transforms.
    static func registryKeys(_ directory: String) throws -> Set<String> {
        var keys = Set<String>()
        for row in try SynthFixture.rows(directory, "vehicles.csv", .cp932).dropFirst() {
            keys.insert("vehicle|" + CharacterFolding.foldWidth(row[1]).uppercased())
        }
        for row in try SynthFixture.rows(directory, "realestate-owners.csv").dropFirst() {
            keys.insert("realestate|" + row[0] + "|" + (row[10].isEmpty ? "1" : row[10]))
        }
        for row in try SynthFixture.rows(directory, "officers.csv").dropFirst() {
            keys.insert("commercial|" + row[0] + "|" + CharacterFolding.foldWidth(row[1]))
        }
        return keys
    }

    @Test("every truth key exists in its registry file, and both truth files list the same rows")
    func truthKeysExist() throws {
        let directory = try SynthFixture.generate(residents: 1_500)
        let keys = try Self.registryKeys(directory)
        let links = try SynthFixture.rows(directory, "truth/links.csv")
        let changes = try SynthFixture.rows(directory, "truth/expected-changes.csv")
        #expect(links[0] == ["registry", "record_key", "role", "resident_code", "reason", "difficulty"])
        #expect(changes[0] == ["registry", "record_key", "role", "resident_code", "outcome", "expected_address"])
        #expect(links.count == changes.count)
        let codes = Set(try SynthFixture.rows(directory, "residents.csv").dropFirst().map { $0[0] })
        for (link, change) in zip(links.dropFirst(), changes.dropFirst()) {
            #expect(keys.contains(link[0] + "|" + link[1]), "\(link[0]) \(link[1])")
            #expect(link[0...3] == change[0...3])
            #expect(link[3].isEmpty || codes.contains(link[3]))
            // Without a resident: no link, or a legal entity whose corporation moved.
            let corporateMove = link[4] == "legal_entity" && change[4] == "update_address"
            #expect(link[3].isEmpty == (change[4] == "no_link" || corporateMove))
            #expect(change[5].isEmpty != ["update_address", "administrative_change"].contains(change[4]))
        }
        let outcomes = Set(changes.dropFirst().map { $0[4] })
        #expect(outcomes.isSuperset(of: ["update_address", "no_change", "no_link", "holder_deceased"]))
        let reasons = Set(links.dropFirst().map { $0[4] })
        #expect(reasons.isSuperset(of: ["same_person", "not_in_register", "legal_entity"]))
        let roles = Set(links.dropFirst().map { $0[0] + " " + $0[2] })
        #expect(
            roles == [
                "vehicle owner", "vehicle user", "realestate owner", "commercial representative", "commercial officer",
            ])
    }

    @Test("no expected change carries a DV-protected resident's address")
    func dvAddressesAbsent() throws {
        let config = SynthConfig.scaled(residents: 20_000, seed: 11)
        let directory = try SynthFixture.generate(residents: 20_000, seed: 11)
        let population = Population(config: config)
        let residents = try SynthFixture.rows(directory, "residents.csv").dropFirst()
        var protected = Set<String>()
        var codes = Set<String>()
        for (index, row) in residents.enumerated() where row[7] == "1" {
            codes.insert(row[0])
            for entry in population.resident(index).finalHistory {
                protected.insert(entry.place.renderedAddress())
                protected.insert(entry.place.standardAddress())
            }
        }
        #expect(!codes.isEmpty)
        let changes = try SynthFixture.rows(directory, "truth/expected-changes.csv").dropFirst()
        for change in changes {
            #expect(!protected.contains(change[5]))
            if codes.contains(change[3]) {
                #expect(["dv_hold", "no_change", "holder_deceased", "moved_abroad"].contains(change[4]))
            }
        }
        #expect(changes.contains { $0[4] == "dv_hold" })
    }

    @Test("an expected new address is the linked resident's address after the night")
    func expectedAddressIsCurrent() throws {
        let config = SynthConfig.scaled(residents: 1_000, seed: 5)
        let directory = try SynthFixture.generate(residents: 1_000, seed: 5)
        let population = Population(config: config)
        var byCode: [String: Int] = [:]
        for (index, row) in try SynthFixture.rows(directory, "residents.csv").dropFirst().enumerated() {
            byCode[row[0]] = index
        }
        for change in try SynthFixture.rows(directory, "truth/expected-changes.csv").dropFirst()
        where !change[5].isEmpty && !change[3].isEmpty {  // without a resident: a corporation's move
            let index = try #require(byCode[change[3]], "\(change[3]) is not in residents.csv")
            let resident = population.resident(index)
            #expect(change[5] == resident.finalHistory.last!.place.renderedAddress())
            #expect(!resident.dvProtected)
        }
    }
}

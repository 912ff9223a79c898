import Foundation
import RegsyncText
import Testing

@testable import RegsyncSynth

/// Each difficulty class of `truth/links.csv` is generated, and each label is checked against
/// the files a matcher reads: a label is there exactly when the files show the case.
@Suite("Difficulty classes of the ground truth")
struct DifficultyTests {
    typealias Fixture = DifficultyFixture

    @Test("every class appears; labels are known, sorted, unique and agree with the reason")
    func labels() throws {
        let fixture = try Fixture.load()
        let names = DifficultyClass.allCases.map(\.rawValue)
        #expect(names == names.sorted())
        var seen = Set<String>()
        for person in fixture.people {
            #expect(person.classes == person.classes.sorted())
            #expect(Set(person.classes).count == person.classes.count)
            #expect(person.classes.allSatisfy(names.contains), "\(person.classes)")
            seen.formUnion(person.classes)
            #expect(person.classes.contains("not_in_register") == (person.reason == "not_in_register"))
            #expect(person.classes.contains("legal_entity") == (person.reason == "legal_entity"))
            #expect(person.classes.contains("namesake") == (person.reason == "namesake"))
            if person.residentCode.isEmpty { #expect(person.classes.count == 1) }
        }
        #expect(seen == Set(names))
    }

    /// resident code → surname + latest address (the extract's last row for the resident).
    static func lookalikeKeys(_ fixture: Fixture) -> [String: String] {
        var keys: [String: String] = [:]
        for (code, person) in fixture.residents {
            keys[code] = person.surname + "|" + (fixture.addresses[code]?.last?.address ?? "")
        }
        return keys
    }

    @Test("household: exactly the residents with another record of the same surname and latest address")
    func household() throws {
        let fixture = try Fixture.load()
        let keys = Self.lookalikeKeys(fixture)
        var count: [String: Int] = [:]
        for key in keys.values { count[key, default: 0] += 1 }
        var labelled = 0
        for person in fixture.people where !person.residentCode.isEmpty {
            let hasLookalike = count[keys[person.residentCode]!]! > 1
            #expect(person.classes.contains("household") == hasLookalike, "\(person.key)")
            if hasLookalike { labelled += 1 }
        }
        #expect(labelled > 100)
    }

    @Test("twin: exactly the residents with a household member born the same day; same reading in other kanji")
    func twins() throws {
        let fixture = try Fixture.load()
        let population = fixture.population
        let keys = Self.lookalikeKeys(fixture)
        var byHousehold: [String: [String]] = [:]
        for (code, person) in fixture.residents { byHousehold[person.household, default: []].append(code) }
        var sameReading = 0
        for person in fixture.people where !person.residentCode.isEmpty {
            let me = fixture.residents[person.residentCode]!
            let twins = byHousehold[me.household]!.filter {
                $0 != person.residentCode && fixture.residents[$0]!.birth == me.birth
                    && keys[$0] == keys[person.residentCode]
            }
            #expect(person.classes.contains("twin") == !twins.isEmpty, "\(person.key)")
            guard let twin = twins.first.flatMap({ fixture.residents[$0] }) else {
                #expect(!person.classes.contains("twin_same_reading"))
                continue
            }
            let reading = population.resident(me.index).givenReading
            let twinReading = population.resident(twin.index).givenReading
            #expect(Fixture.fold(me.given) != Fixture.fold(twin.given), "twins never share a name")
            #expect(person.classes.contains("twin_same_reading") == (reading == twinReading), "\(person.key)")
            if reading == twinReading { sameReading += 1 }
        }
        #expect(fixture.labelled(.twin).count > 20)
        #expect(sameReading > 5)
    }

    /// The surname a row should carry: the 旧氏 where it is labelled former_surname.
    static func expectedName(_ person: Fixture.LedgerPerson, _ fixture: Fixture) -> [Character] {
        let me = fixture.residents[person.residentCode]!
        let surname = person.classes.contains("former_surname") ? me.formerSurname : me.surname
        return Fixture.fold(surname + me.given)
    }

    /// The reading a row should carry, in katakana without spaces.
    static func expectedReading(_ person: Fixture.LedgerPerson, _ fixture: Fixture) -> String {
        let resident = fixture.population.resident(fixture.residents[person.residentCode]!.index)
        let former = person.classes.contains("former_surname")
        return (former ? resident.formerSurnameReading! : resident.surnameReading) + resident.givenReading
    }

    static func foldReading(_ reading: String) -> String {
        CharacterFolding.katakana(CharacterFolding.foldWidth(reading)).filter { $0 != " " && $0 != "\u{3000}" }
    }

    @Test("names: the register's name, its 旧氏 exactly where former_surname, a variant exactly where variant_given")
    func names() throws {
        let fixture = try Fixture.load()
        var former = 0
        var variant = 0
        for person in fixture.people
        where !person.residentCode.isEmpty && !person.classes.contains("typo") && !person.name.contains("〓") {
            let me = fixture.residents[person.residentCode]!
            if person.classes.contains("former_surname") {
                #expect(!me.formerSurname.isEmpty)
                former += 1
            }
            #expect(Fixture.fold(person.name) == Self.expectedName(person, fixture), "\(person.key)")
            // Without a typo the parts keep their lengths: the given name is the end of the name.
            let given = String(person.name.filter { $0 != " " && $0 != "\u{3000}" }.suffix(me.given.count))
            #expect((given != me.given) == person.classes.contains("variant_given"), "\(person.key)")
            if given != me.given { variant += 1 }
            if let reading = person.reading {
                #expect(Self.foldReading(reading) == Self.expectedReading(person, fixture), "\(person.key)")
            }
        }
        #expect(former > 10)
        #expect(variant > 5)
    }

    /// The typo operation that turns `base` into `written`, if it is one the generator documents.
    static func operation(from base: [Character], to written: [Character]) -> NameTypo.Operation? {
        if written.count == base.count {
            let differing = base.indices.filter { base[$0] != written[$0] }
            guard differing.count == 1, let position = differing.first else { return nil }
            let pair = String([base[position], written[position]])
            let reversed = String([written[position], base[position]])
            return NameTypo.confusablePairs.contains { $0 == pair || $0 == reversed } ? .confusable : nil
        }
        if written.count == base.count - 1 {
            return base.indices.contains { position in
                var shorter = base
                shorter.remove(at: position)
                return shorter == written
            } ? .dropped : nil
        }
        if written.count == base.count + 1 {
            return written.indices.dropLast().contains { position in
                var shorter = written
                shorter.remove(at: position)
                return written[position] == written[position + 1] && shorter == base
            } ? .doubled : nil
        }
        return nil
    }

    @Test("typo: the ledger's name or reading differs from the register's by one documented operation")
    func typos() throws {
        let fixture = try Fixture.load()
        var operations: [NameTypo.Operation: Int] = [:]
        for person in fixture.labelled(.typo) where !person.name.contains("〓") {
            let base = Self.expectedName(person, fixture)
            let written = Fixture.fold(person.name)
            if written == base, let reading = person.reading {
                let expected = Array(Self.expectedReading(person, fixture))
                let actual = Array(Self.foldReading(reading))
                let differing = expected.indices.filter { expected.count == actual.count && expected[$0] != actual[$0] }
                let pair = differing.count == 1 ? String([expected[differing[0]], actual[differing[0]]]) : ""
                let known = NameTypo.kanaPairs.contains { $0 == pair || $0 == String(pair.reversed()) }
                #expect(known, "\(person.key): \(expected) → \(actual)")
                operations[.kana, default: 0] += 1
                continue
            }
            let operation = Self.operation(from: base, to: written)
            #expect(operation != nil, "\(person.key): \(String(base)) → \(String(written))")
            if let operation { operations[operation, default: 0] += 1 }
        }
        #expect(Set(operations.keys) == Set(NameTypo.Operation.allCases), "\(operations)")
        let linked = fixture.people.filter { !$0.residentCode.isEmpty }.count
        let rate = Double(fixture.labelled(.typo).count) / Double(linked)
        #expect(abs(rate - fixture.config.typoRate) < 0.02, "\(rate)")
    }

    @Test("truncated_history: an address the extract lacks, older than all it keeps; moved_unfiled: a kept earlier one")
    func addressHistory() throws {
        let fixture = try Fixture.load()
        let population = fixture.population
        var identified = 0
        var total = 0
        for person in fixture.people where !person.residentCode.isEmpty {
            let me = fixture.residents[person.residentCode]!
            let resident = population.resident(me.index)
            let kept = fixture.addresses[person.residentCode]!.map { Fixture.addressKey($0.address) }
            let history = resident.history.map { Fixture.addressKey($0.place.standardAddress()) }
            // The extract is the end of the resident's real history.
            #expect(kept == Array(history[resident.keptFrom...]))
            let ledger = Fixture.addressKey(person.address)
            let truncated = person.classes.contains("truncated_history")
            if truncated { #expect(!kept.contains(ledger), "\(person.key)") }
            total += 1
            // A few ledger notations do not normalise to the standard key (NotationTests).
            guard let entry = history.lastIndex(of: ledger) else { continue }
            identified += 1
            #expect(truncated == (entry < resident.keptFrom), "\(person.key)")
            if truncated {
                let left = resident.history[entry].to
                #expect(left.map { $0 <= resident.history[resident.keptFrom].from } == true, "\(person.key)")
            }
            let earlierKept = entry >= resident.keptFrom && entry < history.count - 1
            #expect(person.classes.contains("moved_unfiled") == earlierKept, "\(person.key)")
        }
        #expect(Double(identified) > 0.9 * Double(total), "\(identified) of \(total)")
        #expect(fixture.labelled(.truncatedHistory).count > 20)
    }

    @Test("an earlier or truncated address is never no_change: the resident moved since")
    func outcomesOfOldAddresses() throws {
        let fixture = try Fixture.load()
        let changes = try SynthFixture.rows(fixture.directory, "truth/expected-changes.csv").dropFirst()
        for (person, change) in zip(fixture.people, changes) {
            #expect(person.key == change[1] && person.role == change[2])
            if person.classes.contains("truncated_history") {
                #expect(["update_address", "dv_hold", "holder_deceased", "moved_abroad"].contains(change[4]))
            }
            if person.classes.contains("moved_unfiled") {
                #expect(change[4] != "no_change" && change[4] != "no_link")
            }
        }
    }

    @Test("commercial roles: representative exactly when the 役職 holds 代表, officer otherwise")
    func commercialRoles() throws {
        let fixture = try Fixture.load()
        let officers = fixture.people.filter { $0.registry == "commercial" }
        for person in officers {
            #expect(person.role == (person.title!.contains("代表") ? "representative" : "officer"), "\(person.key)")
        }
        #expect(Set(officers.map(\.role)) == ["representative", "officer"])
    }
}

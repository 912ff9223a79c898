import Foundation
import RegsyncSynth
import Testing

/// The 異動事由 of each row of the extract's address history: the event that set the
/// address, so that an administrative change made before tonight is not taken for a move
/// (issue 10, item 2).
@Suite("異動事由 of the address history")
struct AddressCauseTests {
    static let residents = 4_000
    static let seed: UInt64 = 11
    static let generated = Result { try SynthFixture.generate(residents: residents, seed: seed) }

    /// The extract's address rows per resident code, in file order, as header → value.
    static func histories(_ directory: String) throws -> [String: [[String: String]]] {
        let rows = try SynthFixture.rows(directory, "resident-addresses.csv")
        let header = rows[0]
        var histories: [String: [[String: String]]] = [:]
        for row in rows.dropFirst() {
            histories[row[0], default: []].append(Dictionary(uniqueKeysWithValues: zip(header, row)))
        }
        return histories
    }

    @Test("the file's header ends with 異動事由, after 住所を離れた日")
    func header() throws {
        let rows = try SynthFixture.rows(try Self.generated.get(), "resident-addresses.csv")
        #expect(rows[0].suffix(3) == ["住所を定めた日", "住所を離れた日", "異動事由"])
    }

    /// A data set at the default rates, and the committed samples (many designed namesakes,
    /// whose latest address is moved to the other namesake's municipality).
    static let dataSets = ["generated", "samples"]

    @Test(
        "each row's 異動事由 agrees with the rows: 出生 first and on the birth day, 転居 and 住所一括変更 within the municipality, 転入 from another one",
        arguments: dataSets)
    func causesAgreeWithTheRows(_ dataSet: String) throws {
        let directory = dataSet == "samples" ? SynthFixture.packageRoot + "/samples" : try Self.generated.get()
        var births: [String: String] = [:]
        for row in try SynthFixture.rows(directory, "residents.csv").dropFirst() { births[row[0]] = row[4] }
        var seen: [String: Int] = [:]
        for (code, history) in try Self.histories(directory) {
            for (position, row) in history.enumerated() {
                let cause = row["異動事由"] ?? ""
                seen[cause, default: 0] += 1
                let bornThere = row["住所を定めた日"] == births[code]
                #expect((cause == "出生") == bornThere, "\(code) row \(position): \(cause)")
                guard position > 0 else {
                    // A truncated extract begins with the previous address, set by any event.
                    #expect(["転入", "出生", "転居", "住所一括変更"].contains(cause), "\(code): \(cause)")
                    continue
                }
                let sameMunicipality = row["全国地方公共団体コード"] == history[position - 1]["全国地方公共団体コード"]
                switch cause {
                case "転居", "住所一括変更": #expect(sameMunicipality, "\(code) row \(position): \(cause)")
                case "転入": #expect(!sameMunicipality, "\(code) row \(position): \(cause)")
                default: Issue.record("\(code) row \(position): \(cause) after the first row")
                }
            }
        }
        for cause in ["転入", "出生", "転居", "住所一括変更"] {
            #expect(seen[cause, default: 0] > 0, "no row with \(cause)")
        }
    }

    @Test("every history entry is written with its cause in the register's words: an administrative change is 住所一括変更")
    func causesFollowTheHistory() throws {
        let histories = try Self.histories(try Self.generated.get())
        let population = Population(config: .scaled(residents: Self.residents, seed: Self.seed))
        var administrative = 0
        for index in 0..<Self.residents {
            let resident = population.resident(index)
            let written = (histories[resident.code] ?? []).map { $0["異動事由"] ?? "" }
            let expected = resident.extractHistory.map { entry -> String in
                switch entry.cause {
                case .first, .moveInter: "転入"
                case .birth: "出生"
                case .moveWithin: "転居"
                case .administrative: "住所一括変更"
                }
            }
            #expect(written == expected, "\(resident.code)")
            administrative += resident.extractHistory.filter { $0.cause == .administrative }.count
        }
        #expect(administrative > 0)
    }

    @Test("an administrative_change outcome is a 住所一括変更: tonight's event, or the extract's current row")
    func administrativeOutcomes() throws {
        let directory = try Self.generated.get()
        let histories = try Self.histories(directory)
        var tonight: Set<String> = []
        for row in try SynthFixture.rows(directory, "resident-events.csv", .eucJP).dropFirst() where row[2] == "住所一括変更"
        {
            tonight.insert(row[1])
        }
        var before = 0
        for change in try SynthFixture.rows(directory, "truth/expected-changes.csv").dropFirst()
        where change[4] == "administrative_change" {
            let code = change[3]
            if tonight.contains(code) { continue }
            #expect(histories[code]?.last?["異動事由"] == "住所一括変更", "\(code)")
            before += 1
        }
        #expect(before > 0, "an administrative change before tonight")
    }
}

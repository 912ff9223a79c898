import Foundation
import Testing

@testable import RegsyncImport

/// The shipped address-history mapping reads 異動事由 into `resident.address.cause`, in the
/// codes of the resident events.
@Suite("resident-addresses.yaml: the 異動事由 of each history row")
struct AddressCauseMappingTests {
    static let mappingPath = packageRoot + "/mappings/resident-addresses.yaml"
    static let header = "住民票コード,住所,方書,郵便番号,全国地方公共団体コード,住所を定めた日,住所を離れた日"

    static func shippedYAML() throws -> String { try String(contentsOfFile: mappingPath, encoding: .utf8) }

    /// The shipped mapping without its `cause` field: what an older extract is loaded with.
    static func yamlWithoutCause() throws -> String {
        let yaml = try shippedYAML()
        let field = "  cause:\n    column: 異動事由\n    transforms: [trim, {code: event}]\n"
        guard yaml.contains(field) else { throw TestFailure("the mapping's cause field is not where the test looks") }
        return yaml.replacingOccurrences(of: field, with: "")
    }

    @Test(
        "each register word becomes the events' code; an administrative change is bulk_address_change",
        arguments: [
            ("転入", "move_in"), ("国内転入", "move_in"), ("国外転入", "move_in"), ("出生", "birth"),
            ("転居", "move_within"), ("職権修正", "correction"), ("住所一括変更", "bulk_address_change"),
            (" 住所一括変更 ", "bulk_address_change"),
        ])
    func codes(word: String, code: String) throws {
        let directory = try TemporaryDirectory()
        let csv = "\(Self.header),異動事由\n12345678901,東京都千代田区霞が関一丁目1番1号,,1000013,131016,4010108,,\(word)\n"
        let (run, mapping) = try readCSV(Array(csv.utf8), try Self.shippedYAML(), in: directory)
        #expect(run.rejects.isEmpty)
        #expect(run.values("cause", in: mapping) == [code])
    }

    @Test(
        "a word the table lacks is kept as written, an empty one is NULL: the address row is never lost over its cause")
    func unknownWords() throws {
        let directory = try TemporaryDirectory()
        let csv = """
            \(Self.header),異動事由
            12345678901,東京都千代田区霞が関一丁目1番1号,,1000013,131016,4010108,5010501,職権記載
            12345678901,東京都港区芝公園四丁目2番8号,,1050011,131032,5010501,,

            """
        let (run, mapping) = try readCSV(Array(csv.utf8), try Self.shippedYAML(), in: directory)
        #expect(run.rejects.isEmpty)
        #expect(run.values("cause", in: mapping) == ["職権記載", nil])
    }

    @Test("the words both feeds use get the same code in the address history as in the events")
    func sameCodesAsTheEvents() throws {
        let addresses = try MappingFile.load(path: Self.mappingPath)
        let events = try MappingFile.load(path: packageRoot + "/mappings/resident-events.yaml")
        let addressTable = try #require(Self.codeTable(of: "cause", in: addresses))
        let eventTable = try #require(Self.codeTable(of: "kind", in: events))
        let shared = Set(addressTable.entries.keys).intersection(eventTable.entries.keys)
        #expect(shared.isSuperset(of: ["転入", "国外転入", "転居", "職権修正", "住所一括変更"]))
        for word in shared { #expect(addressTable.entries[word] == eventTable.entries[word], "\(word)") }
        #expect(addressTable.entries["出生"] == "birth")
    }

    static func codeTable(of field: String, in mapping: MappingFile) -> CodeTable? {
        for transform in mapping.field(field)?.transforms ?? [] {
            if case .code(let table) = transform { return table }
        }
        return nil
    }

    @Test("an older extract without 異動事由 is refused by the shipped mapping, naming the column and the field")
    func olderExtractRefused() throws {
        let directory = try TemporaryDirectory()
        let csv = "\(Self.header)\n12345678901,東京都千代田区霞が関一丁目1番1号,,1000013,131016,4010108,\n"
        #expect {
            _ = try readCSV(Array(csv.utf8), try Self.shippedYAML(), in: directory)
        } throws: { error in
            let problems = (error as? MappingError)?.problems ?? []
            return problems.count == 1 && problems[0].keyPath == "fields.cause"
                && problems[0].message.contains("異動事由")
        }
    }

    @Test("an older extract loads with the mapping without its cause field, every other value as before")
    func olderExtractLoadsWithoutCause() throws {
        let directory = try TemporaryDirectory()
        let rows = [
            "12345678901,東京都千代田区霞が関一丁目1番1号,,1000013,131016,4010108,5010501",
            "12345678901,東京都港区芝公園四丁目2番8号,,1050011,131032,5010501,",
        ]
        let old = "\(Self.header)\n" + rows.joined(separator: "\n") + "\n"
        let new = "\(Self.header),異動事由\n" + rows.map { $0 + ",転入" }.joined(separator: "\n") + "\n"
        let (oldRun, oldMapping) = try readCSV(Array(old.utf8), try Self.yamlWithoutCause(), in: directory)
        let (newRun, newMapping) = try readCSV(Array(new.utf8), try Self.shippedYAML(), in: directory)
        #expect(oldRun.rejects.isEmpty && oldRun.rows.count == 2)
        #expect(oldMapping.field("cause") == nil)
        #expect(newRun.values("cause", in: newMapping) == ["move_in", "move_in"])
        for field in oldMapping.fields.map(\.column.name) {
            #expect(oldRun.values(field, in: oldMapping) == newRun.values(field, in: newMapping), "\(field)")
        }
    }
}

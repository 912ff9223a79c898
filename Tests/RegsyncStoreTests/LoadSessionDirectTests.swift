import RegsyncCore
import RegsyncImport
import RegsyncPostgres
import RegsyncStore
import Testing

@Suite("LoadSession: the direct path into an empty target", .serialized)
struct LoadSessionDirectTests {
    static let database = Result { try makeMigratedDatabase("direct") }

    @Test("rows go straight into an empty target; duplicate keys are rejected naming the record kept")
    func directLoad() throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping()
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        let before = try indexesAndConstraints(of: "vehicle.registration", on: connection)
        #expect(before.count >= 2, "the table has its primary key and an index: \(before)")
        let rows = [
            (2, try mapper.row("A-1", "山田", "X", "2020-01-05")),
            (3, try mapper.row("A-2", "鈴木", "X", "2021-02-06")),
            (4, try mapper.row("A-3", "佐藤", "Y", nil)),
            (5, try mapper.row("A-2", "別人", "Z", "2022-03-07")),
            (7, try mapper.row("A-2", "三人目", "Z", nil)),
            (8, try mapper.row("A-4", "田中", "X", "2023-04-08")),
        ]
        let result = try load(rows, mapping: mapping, on: connection)
        #expect(result.path == .direct)
        #expect(result.serverRejections.isEmpty)
        #expect(result.lateRejections.map(\.line) == [5, 7])
        #expect(result.lateRejections.allSatisfy { $0.reason == "duplicate_key" })
        #expect(result.lateRejections.allSatisfy { $0.message.contains("line 3") }, "\(result.lateRejections)")
        #expect(result.counts.inserted == 4)
        let stored = try contents(
            of: "vehicle.registration", columns: ["owner_name", "model", "registered_on::text", "source_line"],
            on: connection)
        #expect(stored["A-2"] == ["鈴木", "X", "2021-02-06", "3"])
        #expect(stored.keys.sorted() == ["A-1", "A-2", "A-3", "A-4"])
        #expect(try indexesAndConstraints(of: "vehicle.registration", on: connection) == before)
        let ledger = try connection.execute("SELECT count(*) AS n FROM regsync.imported_file")
        #expect(ledger.first?.int("n") == 1)
    }

    @Test("every target's indexes and constraints are rebuilt exactly after a direct load", arguments: ImportTarget.all)
    func indexesRestored(target: ImportTarget) throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let before = try indexesAndConstraints(of: target.name, on: connection)
        #expect(!before.isEmpty)
        let keyField = try #require(target.requiredColumns.first)
        let fields = target.requiredColumns.enumerated().map { "\($0.element.mappingName): \($0.offset + 1)" }
        let mapping = try MappingFile.parse(
            yaml: """
                target: \(target.name)
                source: {format: csv, header: false}
                key: \(keyField.name)
                fields: {\(fields.joined(separator: ", "))}
                """, path: "t.yaml")
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        let values = target.requiredColumns.map { _ in "12345678901" as String? }
        let result = try load([(1, try mapper.row(values))], mapping: mapping, on: connection)
        #expect(result.path == .direct)
        #expect(result.counts.inserted == 1)
        #expect(try indexesAndConstraints(of: target.name, on: connection) == before)
    }

    @Test("a target with rows, or a mapping keeping the newest duplicate, takes the staging path")
    func stagingWhenNotEmpty() throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping()
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        #expect(
            try load([(1, try mapper.row("A-1", "山田", "X", nil))], mapping: mapping, on: connection).path == .direct)
        #expect(
            try load([(1, try mapper.row("A-1", "山田", "X", nil))], mapping: mapping, on: connection).path == .staging)
        try reset(connection)
        let newest = try vehicleMapping(load: "{duplicates: newest, newest_by: [registered_on]}")
        let newestMapper = try RecordMapper(mapping: newest, hasher: nil)
        #expect(
            try load([(1, try newestMapper.row("A-1", "山田", "X", nil))], mapping: newest, on: connection).path
                == .staging)
    }
}

extension ImportTarget: CustomTestStringConvertible {
    public var testDescription: String { name }
}

import Foundation
import RegsyncCore
import RegsyncImport
import RegsyncPostgres
import RegsyncStore
import Testing

@Suite("LoadSession: the staging path merges on the natural key", .serialized)
struct LoadSessionMergeTests {
    static let database = Result { try makeMigratedDatabase("merge") }

    func initial(_ mapper: RecordMapper) throws -> [(line: Int, row: MappedRow)] {
        [
            (1, try mapper.row("A", "山田", "X", "2020-01-01")),
            (2, try mapper.row("B", "鈴木", "X", "2020-01-02")),
            (3, try mapper.row("C", "佐藤", "Y", "2020-01-03")),
            (4, try mapper.row("E", "田中", "X", nil)),
        ]
    }

    @Test("a second full snapshot reports inserted, updated, unchanged and removed records")
    func secondLoad() throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping()
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        _ = try load(try initial(mapper), mapping: mapping, on: connection)
        let second = try load(
            [
                (1, try mapper.row("A", "山田", "X", "2020-01-01")),
                (2, try mapper.row("B", "鈴木 一郎", "X", "2020-01-02")),
                (3, try mapper.row("D", "高橋", "X", nil)),
            ], mapping: mapping, on: connection)
        #expect(second.path == .staging)
        #expect(second.counts.inserted == 1)
        #expect(second.counts.updated == 1)
        #expect(second.counts.unchanged == 1)
        #expect(second.counts.removed == 0)
        #expect(second.snapshotRemoved == 2)
        let stored = try contents(
            of: "vehicle.registration", columns: ["owner_name", "removed_at IS NOT NULL"], on: connection)
        #expect(stored["B"] == ["鈴木 一郎", "f"])
        #expect(stored["C"] == ["佐藤", "t"], "removed, never deleted")
        #expect(stored["E"] == ["田中", "t"])
        #expect(stored["D"] == ["高橋", "f"])

        // A record that comes back is updated and no longer removed; nothing is removed twice.
        let third = try load(
            [
                (1, try mapper.row("A", "山田", "X", "2020-01-01")),
                (2, try mapper.row("B", "鈴木 一郎", "X", "2020-01-02")),
                (3, try mapper.row("D", "高橋", "X", nil)),
                (4, try mapper.row("E", "田中", "X", nil)),
            ], mapping: mapping, on: connection)
        #expect(third.counts.updated == 1)
        #expect(third.counts.unchanged == 3)
        #expect(third.counts.inserted == 0)
        #expect(third.snapshotRemoved == 0)
        #expect(try contents(of: "vehicle.registration", columns: ["removed_at IS NULL"], on: connection)["E"] == ["t"])
    }

    @Test("with a scope, a full snapshot removes only absent records of the scopes it contains")
    func scopeLimitsRemoval() throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping(load: "{snapshot: full, scope: [model]}")
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        _ = try load(try initial(mapper), mapping: mapping, on: connection)
        let second = try load(
            [(1, try mapper.row("A", "山田", "X", "2020-01-01")), (2, try mapper.row("B", "鈴木", "X", "2020-01-02"))],
            mapping: mapping, on: connection)
        #expect(second.counts.unchanged == 2)
        #expect(second.snapshotRemoved == 1)
        let removed = try contents(of: "vehicle.registration", columns: ["removed_at IS NOT NULL"], on: connection)
        #expect(removed["C"] == ["f"], "model Y is outside the file's scope")
        #expect(removed["E"] == ["t"])
    }

    @Test("an incremental load never removes absent records")
    func incremental() throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping(load: "{snapshot: incremental}")
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        _ = try load(try initial(mapper), mapping: mapping, on: connection)
        let second = try load([(1, try mapper.row("Z", "新", "X", nil))], mapping: mapping, on: connection)
        #expect(second.counts.inserted == 1)
        #expect(second.snapshotRemoved == 0)
        let removed = try connection.execute(
            "SELECT count(*) AS n FROM vehicle.registration WHERE removed_at IS NOT NULL")
        #expect(removed.first?.int("n") == 0)
    }

    @Test("the staging path rejects duplicate keys too, keeping the first")
    func stagingDuplicates() throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping()
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        let result = try load(
            [(1, try mapper.row("A", "一", "X", nil)), (4, try mapper.row("A", "二", "X", nil))], mapping: mapping,
            on: connection, allowDirect: false)
        #expect(result.path == .staging)
        #expect(result.lateRejections.map(\.line) == [4])
        #expect(result.lateRejections.first?.message.contains("line 1") == true)
        #expect(try contents(of: "vehicle.registration", columns: ["owner_name"], on: connection)["A"] == ["一"])
    }

    // MARK: - NTA diff semantics

    static let ntaDiff = packageRoot + "/mappings/commercial-nta-diff.yaml"

    /// A 30-column NTA row: sequence, corporate number, process, update date, name, latest.
    func nta(
        _ mapper: RecordMapper, sequence: Int, number: String, process: String, updated: String, name: String,
        latest: String = "1"
    ) throws -> MappedRow {
        var values: [String?] = Array(repeating: "", count: 30)
        values[0] = String(sequence)
        values[1] = number
        values[2] = process
        values[3] = "0"
        values[4] = updated
        values[5] = updated
        values[6] = name
        values[8] = "301"
        values[9] = "東京都"
        values[10] = "千代田区"
        values[11] = "霞が関１－１"
        values[13] = "13"
        values[14] = "101"
        values[15] = "1000013"
        values[23] = latest
        values[29] = "0"
        return try mapper.row(values)
    }

    @Test("NTA diff: latest rows only, the newest update then sequence wins, process 99 removes")
    func ntaDiffSemantics() throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try MappingFile.load(path: Self.ntaDiff)
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        let x1 = "7000012050002"
        let x2 = "2000012010019"
        let x3 = "4000012010017"
        let x4 = "5000012010016"
        let x5 = "6000012010015"
        let x6 = "2000012040008"
        let first = try load(
            [
                (1, try nta(mapper, sequence: 1, number: x1, process: "01", updated: "2024-01-01", name: "一号")),
                (2, try nta(mapper, sequence: 2, number: x2, process: "01", updated: "2024-01-01", name: "二号")),
                (3, try nta(mapper, sequence: 3, number: x3, process: "01", updated: "2024-01-01", name: "三号")),
                (4, try nta(mapper, sequence: 4, number: x6, process: "01", updated: "2024-01-01", name: "六号")),
            ], mapping: mapping, on: connection)
        #expect(first.path == .staging)
        #expect(first.counts.inserted == 4)

        let diff = try load(
            [
                // x1: the row that is not the latest state is superseded.
                (
                    1,
                    try nta(
                        mapper, sequence: 10, number: x1, process: "11", updated: "2024-02-10", name: "一号旧", latest: "0"
                    )
                ),
                (2, try nta(mapper, sequence: 11, number: x1, process: "11", updated: "2024-02-10", name: "一号新")),
                // x2: the newest update date wins even when it comes first in the file.
                (3, try nta(mapper, sequence: 12, number: x2, process: "12", updated: "2024-02-12", name: "二号新")),
                (4, try nta(mapper, sequence: 13, number: x2, process: "11", updated: "2024-02-05", name: "二号中")),
                // x3: deleted.
                (5, try nta(mapper, sequence: 14, number: x3, process: "99", updated: "2024-02-10", name: "三号")),
                // x4: new.
                (6, try nta(mapper, sequence: 15, number: x4, process: "01", updated: "2024-02-10", name: "四号")),
                // x5: deleting an unknown corporation changes nothing.
                (7, try nta(mapper, sequence: 16, number: x5, process: "99", updated: "2024-02-10", name: "五号")),
                // x6: same update date: the higher sequence number wins.
                (8, try nta(mapper, sequence: 30, number: x6, process: "11", updated: "2024-02-10", name: "六号新")),
                (9, try nta(mapper, sequence: 20, number: x6, process: "11", updated: "2024-02-10", name: "六号中")),
            ], mapping: mapping, on: connection)
        #expect(diff.lateRejections.isEmpty, "newest duplicates are superseded, not rejected")
        #expect(diff.counts.inserted == 1)
        #expect(diff.counts.updated == 3)
        #expect(diff.counts.removed == 1)
        #expect(diff.counts.superseded == 3)
        #expect(diff.counts.unchanged == 1)
        #expect(diff.snapshotRemoved == 0)
        let stored = try contents(
            of: "commercial.corporation", columns: ["name", "removed_at IS NOT NULL", "source_line"], on: connection)
        #expect(stored[x1] == ["一号新", "f", "2"])
        #expect(stored[x2] == ["二号新", "f", "3"])
        #expect(stored[x3]?[1] == "t")
        #expect(stored[x4] == ["四号", "f", "6"])
        #expect(stored[x5] == nil)
        #expect(stored[x6] == ["六号新", "f", "8"])
    }
}

import RegsyncCore
import RegsyncImport
import RegsyncPostgres
import RegsyncStore
import Testing

@Suite("LoadSession: rollback leaves no trace", .serialized)
struct LoadSessionRollbackTests {
    static let database = Result { try makeMigratedDatabase("rollback") }

    @Test("a rolled-back load leaves no ledger row, no reject and no target row", arguments: [true, false])
    func rollback(direct: Bool) throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping()
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        if !direct {
            _ = try load([(1, try mapper.row("OLD", "既存", "X", nil))], mapping: mapping, on: connection)
        }
        let before = try indexesAndConstraints(of: "vehicle.registration", on: connection)
        let targetBefore = try contents(of: "vehicle.registration", columns: ["owner_name"], on: connection)
        let ledgerBefore = try connection.execute("SELECT count(*) AS n FROM regsync.imported_file").first?.int("n")

        let session = try LoadSession(connection: connection, mapping: mapping, logger: testLogger)
        #expect(session.path == (direct ? .direct : .staging))
        let fileID = try session.registerFile(path: "x.csv", sha256: "abc", bytes: 3, runID: "r")
        try session.append(StagedRow(fileID: fileID, line: 1, row: try mapper.row("NEW", "新規", "X", nil)))
        try session.append(StagedRow(fileID: fileID, line: 2, row: try mapper.row("NEW", "重複", "X", nil)))
        _ = try session.endBatch()
        _ = try session.resolve()
        _ = try session.merge()
        try session.recordRejects([
            (
                fileID,
                Reject(location: InputLocation(file: "x.csv", line: 2), reason: .duplicateKey, message: "m", raw: [])
            )
        ])
        session.rollback()

        #expect(!connection.inTransaction)
        #expect(
            try connection.execute("SELECT count(*) AS n FROM regsync.imported_file").first?.int("n") == ledgerBefore)
        #expect(try connection.execute("SELECT count(*) AS n FROM regsync.reject").first?.int("n") == 0)
        #expect(try contents(of: "vehicle.registration", columns: ["owner_name"], on: connection) == targetBefore)
        #expect(try indexesAndConstraints(of: "vehicle.registration", on: connection) == before)
        // The connection is usable again, and a new load works.
        #expect(
            try load([(1, try mapper.row("NEW", "新規", "X", nil))], mapping: mapping, on: connection).counts.inserted
                == 1)
    }

    @Test("a load that was committed records its counts in the ledger")
    func commitRecordsCounts() throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping()
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        let session = try LoadSession(connection: connection, mapping: mapping, logger: testLogger)
        let fileID = try session.registerFile(path: "x.csv", sha256: "feed", bytes: 3, runID: "r")
        try session.append(StagedRow(fileID: fileID, line: 1, row: try mapper.row("A", "一", "X", nil)))
        _ = try session.endBatch()
        _ = try session.resolve()
        _ = try session.merge()
        var summary = FileSummary(path: "x.csv", sha256: "feed")
        (summary.read, summary.loaded, summary.rejected, summary.inserted) = (2, 1, 1, 1)
        try session.commit(files: [fileID: summary])
        let row = try #require(try connection.execute("SELECT * FROM regsync.imported_file").first)
        #expect(row.int("rows_read") == 2)
        #expect(row.int("rows_loaded") == 1)
        #expect(row.int("rows_rejected") == 1)
        #expect(row.int("inserted") == 1)
        #expect(row["target"] == "vehicle.registration")
        #expect(row["mapping"] == "vehicle-test")
        #expect(row.bool("full_snapshot") == true)
        let check = try LoadSession(connection: connection, mapping: mapping, logger: testLogger)
        #expect(try check.previousImport(sha256: "feed")?.fileID == Int64(row["file_id"] ?? ""))
        #expect(try check.previousImport(sha256: "other") == nil)
        check.rollback()
    }
}

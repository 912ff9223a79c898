import Foundation
import Logging
import RegsyncCore
import RegsyncImport
import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import Testing

let testLogger = Logger(label: "regsync.test")

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// A fresh, migrated database on the shared test server (one per suite).
func makeMigratedDatabase(_ prefix: String) throws -> PostgresConfiguration {
    let configuration = try TestPostgres.shared().makeDatabase(prefix)
    let connection = try PostgresConnection(configuration)
    _ = try SchemaMigrator(connection: connection, logger: testLogger).migrate()
    return configuration
}

/// Empties the import targets and the ledger between the tests of a serialized suite.
func reset(_ connection: PostgresConnection) throws {
    let targets = ImportTarget.all.map(\.name).joined(separator: ", ")
    try connection.executeScript("TRUNCATE regsync.reject, regsync.warning, regsync.imported_file, \(targets)")
}

/// One record given as values by 1-based position.
struct PositionalRecord: SourceFieldAccess {
    let values: [String?]

    init(_ values: [String?]) { self.values = values }

    func text(at reference: ResolvedReference) throws(FieldReadError) -> String? {
        guard case .index(let index) = reference, index < values.count else { return nil }
        return values[index]
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension RecordMapper {
    /// Maps a record that must map.
    func row(_ values: String?...) throws -> MappedRow {
        try row(values)
    }

    func row(_ values: [String?]) throws -> MappedRow {
        switch map(PositionalRecord(values)) {
        case .row(let row): return row
        case .rejected(let problems, _, _): throw TestFailure("rejected: \(problems)")
        }
    }
}

/// A vehicle mapping read by position: chassis number, owner, model, registration date.
func vehicleMapping(load: String = "{snapshot: full}") throws -> MappingFile {
    try MappingFile.parse(
        yaml: """
            mapping: vehicle-test
            target: vehicle.registration
            source: {format: csv, header: false, columns: 4}
            load: \(load)
            key: chassis_number
            fields: {chassis_number: 1, owner_name: 2, model: 3, registered_on: 4}
            """, path: "vehicle-test.yaml")
}

/// One load through a session, the way the import job drives it.
struct LoadResult {
    var path: LoadPath
    var serverRejections: [ServerRejection] = []
    var lateRejections: [LateRejection] = []
    var counts = MergeCounts()
    var snapshotRemoved = 0
}

func load(
    _ rows: [(line: Int, row: MappedRow)], mapping: MappingFile, on connection: PostgresConnection,
    allowDirect: Bool = true, batchSize: Int = 1_000, sha256: String = UUID().uuidString, commit: Bool = true
) throws -> LoadResult {
    let session = try LoadSession(
        connection: connection, mapping: mapping, logger: testLogger, allowDirect: allowDirect)
    var result = LoadResult(path: session.path)
    do {
        let fileID = try session.registerFile(path: "test.csv", sha256: sha256, bytes: 1, runID: "test-run")
        for (line, row) in rows {
            try session.append(StagedRow(fileID: fileID, line: line, row: row))
            if session.batchCount >= batchSize { result.serverRejections += try session.endBatch() }
        }
        result.serverRejections += try session.endBatch()
        result.lateRejections = try session.resolve()
        let (perFile, removed) = try session.merge()
        result.counts = perFile[fileID] ?? MergeCounts()
        result.snapshotRemoved = removed
        if commit {
            var summary = FileSummary(path: "test.csv", sha256: sha256)
            summary.read = rows.count
            try session.commit(files: [fileID: summary])
        } else {
            session.rollback()
        }
    } catch {
        session.rollback()
        throw error
    }
    return result
}

/// The target's rows as `record_key → values of the column expressions`, removed ones included.
func contents(of target: String, columns: [String], on connection: PostgresConnection) throws -> [String: [String?]] {
    let expressions = columns.enumerated().map { "\($0.element) AS c\($0.offset)" }
    let rows = try connection.execute(
        "SELECT record_key, \(expressions.joined(separator: ", ")) FROM \(target) ORDER BY record_key")
    var result: [String: [String?]] = [:]
    for row in rows { result[row["record_key"]!] = columns.indices.map { row["c\($0)"] } }
    return result
}

/// The indexes and constraints of a table, as the server describes them.
func indexesAndConstraints(of target: String, on connection: PostgresConnection) throws -> [[String?]] {
    let parts = target.split(separator: ".").map(String.init)
    let indexes = try connection.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 ORDER BY 1",
        [parts[0], parts[1]])
    let constraints = try connection.execute(
        "SELECT conname, contype::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = $1::regclass ORDER BY 1",
        [target])
    return indexes.values + constraints.values
}

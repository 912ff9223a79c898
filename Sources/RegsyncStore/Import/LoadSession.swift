import Foundation
import Logging
import RegsyncCore
import RegsyncImport
import RegsyncPostgres

/// One transactional load of one or more files into one import target through a
/// temporary staging table: COPY in batches (a refused batch is split at the line the
/// server names, or bisected, so only guilty rows are rejected), then set-based
/// resolution of duplicates, then a set-based merge on the natural key. Nothing is
/// visible to others until ``commit(files:rejects:)``; ``rollback()`` leaves no trace.
public final class LoadSession {
    let connection: PostgresConnection
    let mapping: MappingFile
    let logger: Logger
    let target: String
    let stage = "regsync_stage"
    private var batchNumber = 0

    /// Opens the transaction and creates the staging table.
    public init(connection: PostgresConnection, mapping: MappingFile, logger: Logger) throws {
        self.connection = connection
        self.mapping = mapping
        self.logger = logger
        target = try connection.quoteQualified(mapping.target.schema, mapping.target.table)
        try connection.executeScript("BEGIN")
        do {
            var columns = [
                "file_id bigint NOT NULL", "source_line integer NOT NULL", "record_key text NOT NULL",
                "applies boolean NOT NULL", "removes boolean NOT NULL",
                "disposition text NOT NULL DEFAULT 'apply'",
            ]
            for field in mapping.fields {
                columns.append("\(try connection.quoteIdentifier(field.column.name)) \(Self.sqlType(field.column.kind))")
            }
            try connection.executeScript(
                "CREATE TEMP TABLE \(stage) (\(columns.joined(separator: ", "))) ON COMMIT DROP")
        } catch {
            connection.rollbackQuietly()
            throw error
        }
    }

    static func sqlType(_ kind: TargetColumn.Kind) -> String {
        switch kind {
        case .text, .keyedHash: "text"
        case .date: "date"
        case .integer: "integer"
        case .boolean: "boolean"
        }
    }

    /// The earlier import of a file with this content into this target, if any.
    public func previousImport(sha256: String) throws -> (fileID: Int64, importedAt: String)? {
        let rows = try connection.execute(
            "SELECT file_id, imported_at::text AS at FROM regsync.imported_file WHERE target = $1 AND sha256 = $2",
            [mapping.target.name, sha256])
        guard let row = rows.first, let id = row["file_id"].flatMap({ Int64($0) }) else { return nil }
        return (id, row["at"] ?? "")
    }

    /// Records a file in the ledger (counts are filled in at commit) and returns its id.
    public func registerFile(path: String, sha256: String, bytes: Int, runID: String) throws -> Int64 {
        let row = try connection.execute(
            """
            INSERT INTO regsync.imported_file
                (run_id, registry, target, mapping, mapping_sha256, path, sha256, bytes, full_snapshot,
                 rows_read, rows_loaded, rows_rejected, inserted, updated, unchanged, removed)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, 0, 0, 0, 0, 0, 0)
            RETURNING file_id
            """,
            [
                runID, mapping.target.registry, mapping.target.name, mapping.name, mapping.sha256, path, sha256, bytes,
                mapping.load.snapshot == .full,
            ])
        return Int64(row.first?["file_id"] ?? "") ?? 0
    }

    /// Copies a batch into staging. Rows the server refuses are returned; the others stay.
    public func stage(_ batch: [StagedRow]) throws -> [ServerRejection] {
        guard !batch.isEmpty else { return [] }
        var rejections: [ServerRejection] = []
        try stage(batch[...], into: &rejections)
        return rejections
    }

    private func stage(_ rows: ArraySlice<StagedRow>, into rejections: inout [ServerRejection]) throws {
        guard !rows.isEmpty else { return }
        batchNumber += 1
        let savepoint = "regsync_batch_\(batchNumber)"
        try connection.executeScript("SAVEPOINT \(savepoint)")
        do {
            try copy(rows)
            try connection.executeScript("RELEASE SAVEPOINT \(savepoint)")
        } catch let error as PostgresError where error.kind == .copy && !error.isConnectionFailure {
            try connection.executeScript("ROLLBACK TO SAVEPOINT \(savepoint); RELEASE SAVEPOINT \(savepoint)")
            if rows.count == 1 {
                rejections.append(
                    ServerRejection(row: rows.first!, sqlState: error.sqlState, message: error.safeDescription))
                return
            }
            if let line = error.copyLine, line >= 1, line <= rows.count {
                // The server names the line of the COPY input: reject that row, retry the rest.
                let guilty = rows.index(rows.startIndex, offsetBy: line - 1)
                rejections.append(
                    ServerRejection(row: rows[guilty], sqlState: error.sqlState, message: error.safeDescription))
                try stage(rows[rows.startIndex..<guilty], into: &rejections)
                try stage(rows[rows.index(after: guilty)...], into: &rejections)
            } else {
                let middle = rows.index(rows.startIndex, offsetBy: rows.count / 2)
                try stage(rows[rows.startIndex..<middle], into: &rejections)
                try stage(rows[middle...], into: &rejections)
            }
        }
    }

    private func copy(_ rows: ArraySlice<StagedRow>) throws {
        var columns = ["file_id", "source_line", "record_key", "applies", "removes"]
        for field in mapping.fields { columns.append(try connection.quoteIdentifier(field.column.name)) }
        try connection.copyIn("COPY \(stage) (\(columns.joined(separator: ", "))) FROM STDIN") { stream in
            for staged in rows {
                stream.field(String(staged.fileID))
                stream.field(String(staged.line))
                stream.field(staged.row.recordKey)
                stream.field(staged.row.applies ? "t" : "f")
                stream.field(staged.row.removes ? "t" : "f")
                for value in staged.row.values { stream.field(value) }
                try stream.endRow()
            }
        }
    }
}

import Foundation
import Logging
import RegsyncCore
import RegsyncImport
import RegsyncPostgres

/// How a load reaches its target table.
public enum LoadPath: String, Sendable {
    /// COPY into a temporary staging table, then a set-based merge on the natural key.
    case staging
    /// The target is empty (an initial load): COPY straight into it with its indexes
    /// dropped, then remove duplicate keys and rebuild the indexes — about one COPY's cost.
    case direct
}

/// One transactional load of one or more files into one import target: COPY in batches
/// (a refused batch is split at the line the server names, or bisected, so only guilty
/// rows are rejected), then set-based resolution of duplicates, then a set-based merge on
/// the natural key (``LoadPath``). Nothing is visible to others until ``commit(files:)``;
/// ``rollback()`` leaves no trace.
public final class LoadSession {
    let connection: PostgresConnection
    let mapping: MappingFile
    let logger: Logger
    let target: String
    let stage = "regsync_stage"
    /// The path this load takes, decided when it opens.
    public let path: LoadPath
    private var batchNumber = 0
    private var batchStream: CopyInStream?
    /// Rows are streamed to the server in pieces of about this size, so that it parses
    /// and stores while the next rows are mapped. Well below a socket's send buffer (about
    /// 200 KB for a local socket): with 256 KB pieces each write blocked until the server
    /// had drained most of it, and the server then sat idle while the client mapped the
    /// next piece, so the two took turns on one core (1M rows: 7.5 s to stage, ~50% CPU).
    static let streamChunk = 32 << 10
    /// A batch ends once its COPY text passes this size: a batch is the unit a refused
    /// COPY is retried in, so it is bounded in bytes as well as rows.
    public static let batchByteLimit = 32 << 20
    /// The open batch in COPY text form, where each row ends, and how much was sent.
    /// Room for a full batch and the row that crosses the limit, reserved up front (pages
    /// are only touched as rows fill them): doubling a buffer at the limit would briefly
    /// hold both copies.
    private var batch = OpenBatch(encoder: CopyBinaryEncoder(capacity: batchByteLimit + (1 << 20)))
    /// The binary type of each column of the COPY statement, in its order.
    private var columnTypes: [CopyBinaryEncoder.ColumnType] = []

    /// Where a row of the open batch came from and where its bytes end.
    struct BatchRow {
        let fileID: Int64
        let line: Int
        let end: Int
    }

    /// The open batch, as one stored property: appending a row is then one exclusivity
    /// check, not one per field and counter (they showed in profiles of large loads).
    struct OpenBatch: ~Copyable {
        var encoder: CopyBinaryEncoder
        var rows: [BatchRow] = []
        var sent = 0

        /// Appends a row; true when enough of the batch is unsent to stream it now.
        mutating func append(_ staged: StagedRow, direct: Bool, types: [CopyBinaryEncoder.ColumnType]) -> Bool {
            encoder.append(staged, direct: direct, types: types)
            rows.append(BatchRow(fileID: staged.fileID, line: staged.line, end: encoder.count))
            return encoder.count - sent >= LoadSession.streamChunk
        }

        mutating func removeAll() {
            rows.removeAll(keepingCapacity: true)
            encoder.removeAll()
            sent = 0
        }
    }

    /// Direct path: the target's indexes and constraints, dropped during the load.
    var droppedIndexes: [(name: String, definition: String, isConstraint: Bool)] = []
    /// Direct path: rows counted in Swift (not sent to the server) per file.
    var directCounts: [Int64: MergeCounts] = [:]
    /// Direct path: rows stored per file (sent, less those refused or removed as duplicates).
    var directInserted: [Int64: Int] = [:]

    /// Opens the transaction and prepares the target: a staging table, or, when the
    /// target is empty and `allowDirect`, the direct path — for the target's owner only, as
    /// it drops and builds the target's indexes (a least-privilege `regsync_import` role
    /// loads through the staging table).
    public init(connection: PostgresConnection, mapping: MappingFile, logger: Logger, allowDirect: Bool = true) throws {
        self.connection = connection
        self.mapping = mapping
        self.logger = logger
        target = try connection.quoteQualified(mapping.target.schema, mapping.target.table)
        try connection.executeScript("BEGIN")
        var path = LoadPath.staging
        do {
            if allowDirect && mapping.load.duplicates == .reject,
                try TableMaintenance.isOwner(of: target, on: connection)
            {
                let empty = try connection.execute("SELECT NOT EXISTS (SELECT 1 FROM \(target)) AS empty")
                if empty.first?.bool("empty") == true { path = .direct }
            }
            self.path = path
            if path == .direct {
                try prepareDirectLoad()
                columnTypes = try copyColumnTypes(of: target)
                return
            }
            var columns = [
                "file_id bigint NOT NULL", "source_line integer NOT NULL", "record_key text NOT NULL",
                "applies boolean NOT NULL", "removes boolean NOT NULL",
                "disposition text NOT NULL DEFAULT 'apply'",
            ]
            for field in mapping.fields {
                columns.append(
                    "\(try connection.quoteIdentifier(field.column.name)) \(Self.sqlType(field.column.kind))")
            }
            try connection.executeScript(
                "CREATE TEMP TABLE \(stage) (\(columns.joined(separator: ", "))) ON COMMIT DROP")
            columnTypes = try copyColumnTypes(of: stage)
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
    public func previousImport(sha256: String) throws -> PreviousImport? {
        let rows = try connection.execute(
            """
            SELECT file_id, imported_at::text AS at, run_id, rows_read, rows_loaded, rows_rejected
              FROM regsync.imported_file
             WHERE target = $1 AND sha256 = $2 ORDER BY file_id LIMIT 1
            """,
            [mapping.target.name, sha256])
        guard let row = rows.first, let id = row["file_id"].flatMap({ Int64($0) }) else { return nil }
        return PreviousImport(
            fileID: id, importedAt: row["at"] ?? "", runID: row["run_id"] ?? "", read: row.int("rows_read") ?? 0,
            loaded: row.int("rows_loaded") ?? 0, rejected: row.int("rows_rejected") ?? 0)
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

    /// Appends a row to the open batch, streaming it to the server (so the server parses
    /// while the caller maps the next records). The batch keeps the row's encoded bytes
    /// (not the row) until it ends, in case the server refuses the batch.
    public func append(_ row: StagedRow) throws {
        if path == .direct && (!row.row.applies || row.row.removes) {
            // Nothing to remove in an empty table; a superseded row is accounted for, not stored.
            directCounts[row.fileID, default: MergeCounts()].record(superseded: !row.row.applies)
            return
        }
        if batchStream == nil {
            batchNumber += 1
            try connection.executeScript("SAVEPOINT regsync_batch_\(batchNumber)")
            batchStream = try startCopy()
        }
        if batch.append(row, direct: path == .direct, types: columnTypes) { try sendPending() }
    }

    /// Rows in the open batch.
    public var batchCount: Int { batch.rows.count }

    /// Bytes of COPY text in the open batch.
    public var batchBytes: Int { batch.encoder.count }

    /// Ends the open batch. Rows the server refused are returned (the batch is split at
    /// the line the server names, or bisected, and the innocent rows staged again).
    public func endBatch() throws -> [ServerRejection] {
        guard let stream = batchStream else { return [] }
        defer { batch.removeAll() }
        batchStream = nil
        if path == .direct { countStored() }
        let savepoint = "regsync_batch_\(batchNumber)"
        do {
            try sendPending(stream)
            try finishCopy(stream)
            try connection.executeScript("RELEASE SAVEPOINT \(savepoint)")
            return []
        } catch let error as PostgresError where error.kind == .copy && !error.isConnectionFailure {
            try connection.executeScript("ROLLBACK TO SAVEPOINT \(savepoint); RELEASE SAVEPOINT \(savepoint)")
            var rejections: [ServerRejection] = []
            try restage(0..<batch.rows.count, after: error, into: &rejections)
            if path == .direct {
                for rejection in rejections { directInserted[rejection.fileID, default: 0] -= 1 }
            }
            return rejections
        }
    }

    private func sendPending(_ stream: CopyInStream? = nil) throws {
        guard let stream = stream ?? batchStream, batch.encoder.count > batch.sent else { return }
        try batch.encoder.withUnsafeBytes { try stream.raw(UnsafeRawBufferPointer(rebasing: $0[batch.sent...])) }
        batch.sent = batch.encoder.count
    }

    /// Direct path: counts the open batch's rows as stored in their files (the refused
    /// ones are taken off again). Counted per run of one file, not per row.
    private func countStored() {
        let rows = batch.rows
        var start = 0
        while start < rows.count {
            let file = rows[start].fileID
            var end = start + 1
            while end < rows.count && rows[end].fileID == file { end += 1 }
            directInserted[file, default: 0] += end - start
            start = end
        }
    }

    /// Rows `range` of the batch failed together: isolate the guilty ones.
    private func restage(
        _ range: Range<Int>, after error: PostgresError, into rejections: inout [ServerRejection]
    ) throws {
        func reject(_ index: Int) {
            rejections.append(
                ServerRejection(
                    fileID: batch.rows[index].fileID, line: batch.rows[index].line, sqlState: error.sqlState,
                    message: rejectionMessage(error)))
        }
        if range.count == 1 {
            reject(range.lowerBound)
            return
        }
        if let line = error.copyLine, line >= 1, line <= range.count {
            // The server names the line of the COPY input: reject that row, retry the rest.
            let guilty = range.lowerBound + line - 1
            reject(guilty)
            try copyAgain(range.lowerBound..<guilty, into: &rejections)
            try copyAgain((guilty + 1)..<range.upperBound, into: &rejections)
        } else {
            let middle = range.lowerBound + range.count / 2
            try copyAgain(range.lowerBound..<middle, into: &rejections)
            try copyAgain(middle..<range.upperBound, into: &rejections)
        }
    }

    /// What a steward reads about a row the server refused: the column it blamed, and for a
    /// value the client could not convert (SQLSTATE 22P03, see ``CopyBinaryEncoder``) the
    /// type the value is not; never the value.
    private func rejectionMessage(_ error: PostgresError) -> String {
        guard let column = error.copyColumn else { return error.safeDescription }
        if error.sqlState == "22P03", let index = copyColumns.firstIndex(of: column), index < columnTypes.count {
            let type: String
            switch columnTypes[index] {
            case .date: type = "a valid date (YYYY-MM-DD)"
            case .int4: type = "an integer from -2147483648 to 2147483647"
            case .int8: type = "a 64-bit integer"
            case .bool: type = "a boolean"
            case .text: type = "text"
            }
            return "the value for \(column) is not \(type) [22P03]"
        }
        return "\(error.safeDescription) (column \(column))"
    }

    /// Copies rows `range` of the batch again, in one COPY under a savepoint.
    private func copyAgain(_ range: Range<Int>, into rejections: inout [ServerRejection]) throws {
        guard !range.isEmpty else { return }
        batchNumber += 1
        let savepoint = "regsync_batch_\(batchNumber)"
        try connection.executeScript("SAVEPOINT \(savepoint)")
        let start = range.lowerBound == 0 ? 0 : batch.rows[range.lowerBound - 1].end
        let end = batch.rows[range.upperBound - 1].end
        do {
            let stream = try startCopy()
            try batch.encoder.withUnsafeBytes { try stream.raw(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
            try finishCopy(stream)
            try connection.executeScript("RELEASE SAVEPOINT \(savepoint)")
        } catch let error as PostgresError where error.kind == .copy && !error.isConnectionFailure {
            try connection.executeScript("ROLLBACK TO SAVEPOINT \(savepoint); RELEASE SAVEPOINT \(savepoint)")
            try restage(range, after: error, into: &rejections)
        }
    }

    /// The columns of the load's COPY, in order: the bookkeeping columns, then the fields.
    private var copyColumns: [String] {
        (path == .direct
            ? ["record_key", "source_file_id", "source_line"]
            : ["file_id", "source_line", "record_key", "applies", "removes"])
            + mapping.fields.map(\.column.name)
    }

    private func copyStatement() throws -> String {
        let columns = try copyColumns.map { try connection.quoteIdentifier($0) }
        let table = path == .direct ? target : stage
        return "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN WITH (FORMAT binary)"
    }

    /// Starts a COPY of the load's columns and sends the binary format's header.
    private func startCopy() throws -> CopyInStream {
        let stream = try connection.startCopyIn(copyStatement())
        try CopyBinaryEncoder.header.withUnsafeBytes { try stream.raw($0) }
        return stream
    }

    /// Sends the binary format's trailer and ends the COPY.
    private func finishCopy(_ stream: CopyInStream) throws {
        try CopyBinaryEncoder.trailer.withUnsafeBytes { try stream.raw($0) }
        _ = try stream.finish()
    }

    /// The binary type of each COPY column, read from the catalog of `table` (so the
    /// encoding follows the table as it is, not as the code expects it to be).
    private func copyColumnTypes(of table: String) throws -> [CopyBinaryEncoder.ColumnType] {
        let rows = try connection.execute(
            """
            SELECT attname, atttypid::bigint AS type_oid FROM pg_attribute
             WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped
            """, [table])
        var types: [String: UInt32] = [:]
        for row in rows {
            if let name = row["attname"], let oid = row["type_oid"].flatMap({ UInt32($0) }) { types[name] = oid }
        }
        return try copyColumns.map { column in
            guard let oid = types[column], let type = CopyBinaryEncoder.ColumnType(oid: oid) else {
                throw PostgresError(
                    kind: .statement, sqlState: "42804",
                    message:
                        "column \(column) of \(table) has a type regsync cannot load (type oid \(types[column] ?? 0))")
            }
            return type
        }
    }

}

extension CopyBinaryEncoder {
    /// Appends a staged row: its columns in the order of the load's COPY statement, each
    /// converted to the binary form of its column's type.
    ///
    /// One mutating call per row: the encoder is a stored property of the session, and
    /// each call on it is an exclusivity check. The values are read from the row's UTF-8
    /// (no `String` per value).
    mutating func append(_ staged: StagedRow, direct: Bool, types: [CopyBinaryEncoder.ColumnType]) {
        let row = staged.row
        let fixed = direct ? 3 : 5
        beginRow(fields: fixed + row.count)
        row.utf8.withUnsafeBufferPointer { utf8 in
            if direct {
                field(utf8: UnsafeBufferPointer(rebasing: utf8[row.keyRange]))
                field(int8: staged.fileID)
                field(int4: Int32(clamping: staged.line))
            } else {
                field(int8: staged.fileID)
                field(int4: Int32(clamping: staged.line))
                field(utf8: UnsafeBufferPointer(rebasing: utf8[row.keyRange]))
                field(bool: row.applies)
                field(bool: row.removes)
            }
            for index in 0..<row.count {
                if let range = row.range(of: index) {
                    field(types[fixed + index], text: UnsafeBufferPointer(rebasing: utf8[range]))
                } else {
                    null()
                }
            }
        }
    }
}

import Foundation
import RegsyncPostgres

/// One pass of the keys stage over one partition of one table, on two connections: rows
/// imported or changed since their keys were computed (no side row, or one for another
/// version) stream out of one (`COPY … TO STDOUT`), are normalised as they arrive, and stream
/// into the other (`COPY … FROM STDIN`), which commits them in one transaction: straight into
/// the side table on a first run, else into a temporary table that then replaces the
/// records' side rows (one `DELETE … USING`, one `INSERT … SELECT`). A row changed meanwhile
/// keeps its old version's keys and stays pending. The normaliser's warnings replace the
/// record's earlier ones.
///
/// Measured on 100k residents: a cursor read in batches of 5,000 and an upsert from a
/// temporary table took 9.0 s for 357k rows, mostly server time; this pipeline does without
/// the cursor, the temporary table (first run) and the conflict checks.
public final class KeysSession {
    /// A row to normalise: its key, the version read, and the input columns' values.
    public struct Row: Sendable {
        public let recordKey: String
        public let updatedAt: String
        public let values: [String?]
    }

    /// A row's new keys (in the order of ``KeySource/outputs``) and its warnings.
    public struct Keys: Sendable {
        public let recordKey: String
        public let updatedAt: String
        public let values: [String?]
        /// (field, code, message) — messages never repeat the value.
        public let warnings: [(field: String, code: String, message: String)]

        public init(
            recordKey: String, updatedAt: String, values: [String?],
            warnings: [(field: String, code: String, message: String)]
        ) {
            self.recordKey = recordKey
            self.updatedAt = updatedAt
            self.values = values
            self.warnings = warnings
        }
    }

    let reader: PostgresConnection
    let writer: PostgresConnection
    public let source: KeySource
    let partition: Int
    let partitions: Int
    /// Whether the side table was empty when the stage began (no earlier keys to replace).
    let bulk: Bool

    /// Prepares the pass over rows whose record key hashes to `partition` of `partitions`.
    /// - Parameter bulk: the side table was empty when the stage began (no row to replace).
    public init(
        reader: PostgresConnection, writer: PostgresConnection, source: KeySource, partition: Int, partitions: Int,
        bulk: Bool = false
    ) {
        self.reader = reader
        self.writer = writer
        self.source = source
        self.partition = partition
        self.partitions = partitions
        self.bulk = bulk
    }

    /// Streams every pending row through `transform` and commits the keys.
    /// - Returns: the rows whose keys were written.
    public func run(_ transform: (Row) -> Keys) throws -> Int {
        let columns = try source.inputs.map { try reader.quoteIdentifier($0) }
        let outputs = try source.outputs.map { try writer.quoteIdentifier($0) }
        let partitionFilter =
            partitions > 1 ? " AND abs(hashtext(t.record_key)::bigint) % \(partitions) = \(partition)" : ""
        var written = 0
        var warnings: [(recordKey: String, field: String, code: String, message: String)] = []
        try writer.executeScript("BEGIN")
        do {
            if !bulk {
                try writer.executeScript(
                    """
                    CREATE TEMP TABLE regsync_keys (record_key text, updated_at timestamptz,
                        \(outputs.map { "\($0) text" }.joined(separator: ", "))) ON COMMIT DROP
                    """)
            }
            let target =
                bulk
                ? "\(source.keysTable) (record_key, source_updated_at, \(outputs.joined(separator: ", ")))"
                : "regsync_keys"
            let stream = try writer.startCopyIn("COPY \(target) FROM STDIN")
            do {
                try reader.copyOut(
                    """
                    COPY (SELECT t.record_key, t.updated_at::text, \(columns.map { "t." + $0 }.joined(separator: ", "))
                            FROM \(source.table) t LEFT JOIN \(source.keysTable) k ON k.record_key = t.record_key
                           WHERE t.removed_at IS NULL AND k.source_updated_at IS DISTINCT FROM t.updated_at
                                 \(partitionFilter)) TO STDOUT
                    """
                ) { bytes in
                    let fields = CopyTextDecoder.fields(bytes)
                    guard fields.count == columns.count + 2, let key = fields[0], let version = fields[1] else {
                        return
                    }
                    let keys = transform(Row(recordKey: key, updatedAt: version, values: Array(fields.dropFirst(2))))
                    stream.field(keys.recordKey)
                    stream.field(keys.updatedAt)
                    for value in keys.values { stream.field(value) }
                    try stream.endRow()
                    for warning in keys.warnings {
                        warnings.append((keys.recordKey, warning.field, warning.code, warning.message))
                    }
                    written += 1
                }
            } catch {
                stream.abort()
                throw error
            }
            _ = try stream.finish()
            if !bulk {
                if written > 10_000 { try writer.executeScript("ANALYZE regsync_keys") }
                try writer.execute(
                    "DELETE FROM \(source.keysTable) k USING regsync_keys s WHERE k.record_key = s.record_key")
                // Plain inserts in key order (an upsert cost 50 % more; a sorted btree fills faster).
                try writer.execute(
                    """
                    INSERT INTO \(source.keysTable) (record_key, source_updated_at, \(outputs.joined(separator: ", ")))
                    SELECT record_key, updated_at, \(outputs.joined(separator: ", ")) FROM regsync_keys ORDER BY record_key
                    """)
                try writer.execute(
                    """
                    DELETE FROM regsync.key_warning w USING regsync_keys s
                     WHERE w.target = $1 AND w.record_key = s.record_key
                    """, [source.table])
            }
            if !warnings.isEmpty {
                try writer.copyIn("COPY regsync.key_warning (target, record_key, field, code, message) FROM STDIN") {
                    stream in
                    for warning in warnings {
                        stream.field(source.table)
                        stream.field(warning.recordKey)
                        stream.field(warning.field)
                        stream.field(warning.code)
                        stream.field(warning.message)
                        try stream.endRow()
                    }
                }
            }
            try writer.executeScript("COMMIT")
        } catch {
            writer.rollbackQuietly()
            throw error
        }
        return written
    }

    /// Whether the side table of `source` is empty (a first run: its indexes are best built after).
    public static func isEmpty(_ source: KeySource, on connection: PostgresConnection) throws -> Bool {
        try connection.execute("SELECT NOT EXISTS (SELECT 1 FROM \(source.keysTable)) AS empty").first?.bool("empty")
            ?? false
    }

    /// Drops the side table's secondary indexes before a large first batch, and the target's
    /// warnings (the first run writes them all again). Only the side table's owner may drop
    /// its indexes: a least-privilege `regsync_match` role writes the keys with them in place.
    public static func dropIndexes(_ source: KeySource, on connection: PostgresConnection) throws {
        try connection.execute("DELETE FROM regsync.key_warning WHERE target = $1", [source.table])
        guard try TableMaintenance.isOwner(of: source.keysTable, on: connection) else { return }
        let schema = String(source.table.split(separator: ".")[0])
        let table = String(source.keysTable.split(separator: ".")[1])
        try connection.executeScript(
            "ALTER TABLE \(source.keysTable) DROP CONSTRAINT IF EXISTS \(try connection.quoteIdentifier(table + "_pkey"))"
        )
        for index in source.indexes {
            try connection.executeScript("DROP INDEX IF EXISTS \(try connection.quoteQualified(schema, index.name))")
        }
    }

    /// Builds the side table's secondary indexes that are missing (after a first batch, or a
    /// run that stopped in between), and refreshes its statistics. Building them is for the
    /// owner: another role's run only refreshes the statistics (``TableMaintenance``).
    public static func ensureIndexes(_ source: KeySource, on connection: PostgresConnection) throws {
        guard try TableMaintenance.isOwner(of: source.keysTable, on: connection) else {
            try TableMaintenance.analyze(source.keysTable, on: connection)
            return
        }
        let table = String(source.keysTable.split(separator: ".")[1])
        let hasKey =
            try connection.execute(
                "SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'p') AS present",
                [source.keysTable]
            ).first?.bool("present") ?? false
        if !hasKey {
            try connection.executeScript(
                "ALTER TABLE \(source.keysTable) ADD CONSTRAINT \(try connection.quoteIdentifier(table + "_pkey")) PRIMARY KEY (record_key)"
            )
        }
        for index in source.indexes {
            try connection.executeScript(
                "CREATE INDEX IF NOT EXISTS \(try connection.quoteIdentifier(index.name)) ON \(source.keysTable) (\(index.columns))"
            )
        }
        try connection.executeScript("ANALYZE \(source.keysTable)")
    }
}

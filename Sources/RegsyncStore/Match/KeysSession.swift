import Foundation
import RegsyncPostgres

/// One transactional pass of the keys stage over one partition of one table: rows imported
/// or changed since their keys were computed (no side row, or one for another version) are
/// read in batches through a cursor, their new keys are copied into a temporary table, and
/// one `INSERT … ON CONFLICT` writes them into the side table with the version read (a row
/// changed meanwhile stays pending for the next run). The normaliser's warnings replace the
/// record's earlier ones.
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

    let connection: PostgresConnection
    public let source: KeySource
    private var open = true

    /// Opens the pass over rows whose record key hashes to `partition` of `partitions`.
    public init(connection: PostgresConnection, source: KeySource, partition: Int, partitions: Int) throws {
        self.connection = connection
        self.source = source
        let columns = try source.inputs.map { try connection.quoteIdentifier($0) }
        let outputs = try source.outputs.map { "\(try connection.quoteIdentifier($0)) text" }
        let partitionFilter =
            partitions > 1 ? " AND abs(hashtext(t.record_key)::bigint) % \(partitions) = \(partition)" : ""
        do {
            try connection.executeScript(
                """
                BEGIN;
                DECLARE regsync_keys NO SCROLL CURSOR FOR
                    SELECT t.record_key, t.updated_at::text, \(columns.map { "t." + $0 }.joined(separator: ", "))
                      FROM \(source.table) t LEFT JOIN \(source.keysTable) k ON k.record_key = t.record_key
                     WHERE t.removed_at IS NULL AND k.source_updated_at IS DISTINCT FROM t.updated_at\(partitionFilter);
                CREATE TEMP TABLE regsync_keys (record_key text, updated_at timestamptz, \(outputs.joined(separator: ", ")))
                    ON COMMIT DROP;
                CREATE TEMP TABLE regsync_key_warnings (record_key text, field text, code text, message text) ON COMMIT DROP;
                """)
        } catch {
            connection.rollbackQuietly()
            throw error
        }
    }

    /// The next rows to normalise (empty when done).
    public func fetch(_ limit: Int) throws -> [Row] {
        let rows = try connection.execute("FETCH \(limit) FROM regsync_keys")
        return rows.values.map { values in
            Row(recordKey: values[0] ?? "", updatedAt: values[1] ?? "", values: Array(values.dropFirst(2)))
        }
    }

    /// Stores computed keys.
    public func write(_ keys: [Keys]) throws {
        guard !keys.isEmpty else { return }
        try connection.copyIn("COPY regsync_keys FROM STDIN") { stream in
            for row in keys {
                stream.field(row.recordKey)
                stream.field(row.updatedAt)
                for value in row.values { stream.field(value) }
                try stream.endRow()
            }
        }
        let warnings = keys.filter { !$0.warnings.isEmpty }
        guard !warnings.isEmpty else { return }
        try connection.copyIn("COPY regsync_key_warnings FROM STDIN") { stream in
            for row in warnings {
                for warning in row.warnings {
                    stream.field(row.recordKey)
                    stream.field(warning.field)
                    stream.field(warning.code)
                    stream.field(warning.message)
                    try stream.endRow()
                }
            }
        }
    }

    /// Writes the keys and warnings and commits.
    /// - Returns: the rows whose keys were written.
    @discardableResult
    public func finish() throws -> Int {
        do {
            let outputs = try source.outputs.map { try connection.quoteIdentifier($0) }
            let updated = try connection.executeCount(
                """
                INSERT INTO \(source.keysTable) (record_key, source_updated_at, \(outputs.joined(separator: ", ")))
                SELECT record_key, updated_at, \(outputs.joined(separator: ", ")) FROM regsync_keys
                ON CONFLICT (record_key) DO UPDATE SET source_updated_at = excluded.source_updated_at,
                   \(outputs.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
                """)
            try connection.executeScript("ANALYZE regsync_keys")
            try connection.execute(
                """
                DELETE FROM regsync.key_warning w USING regsync_keys s
                 WHERE w.target = $1 AND w.record_key = s.record_key
                """, [source.table])
            try connection.execute(
                """
                INSERT INTO regsync.key_warning (target, record_key, field, code, message)
                SELECT $1, record_key, field, code, message FROM regsync_key_warnings
                """, [source.table])
            try connection.executeScript("CLOSE regsync_keys; COMMIT")
            open = false
            return updated
        } catch {
            connection.rollbackQuietly()
            open = false
            throw error
        }
    }

    deinit {
        if open { connection.rollbackQuietly() }
    }
}

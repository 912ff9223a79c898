import RegsyncCore
import RegsyncImport
import RegsyncPostgres

extension LoadSession {
    /// Marks staged records that are not to be applied: those outside `apply_if`
    /// (superseded) and all but one record per natural key (rejected as duplicates, or
    /// superseded by the newest when the mapping says `duplicates: newest`).
    /// - Returns: the duplicates to reject, with the line of the record that was kept.
    public func resolve() throws -> [LateRejection] {
        if path == .direct { return try resolveDirect() }
        try connection.executeScript("ANALYZE \(stage)")
        try connection.execute("UPDATE \(stage) SET disposition = 'superseded' WHERE NOT applies")
        switch mapping.load.duplicates {
        case .reject:
            let rows = try connection.execute(
                """
                WITH ranked AS (
                    SELECT ctid AS row_id, source_line,
                           row_number() OVER w AS rank, first_value(file_id) OVER w AS kept_file,
                           first_value(source_line) OVER w AS kept_line
                      FROM \(stage) WHERE disposition = 'apply'
                    WINDOW w AS (PARTITION BY record_key ORDER BY file_id, source_line)
                )
                UPDATE \(stage) s SET disposition = 'duplicate'
                  FROM ranked r WHERE s.ctid = r.row_id AND r.rank > 1
                RETURNING s.file_id, s.source_line, r.kept_file, r.kept_line
                """)
            let keyNames = mapping.key.joined(separator: ", ")
            return rows.map { row in
                let keptFile = row["kept_file"] ?? ""
                let sameFile = keptFile == row["file_id"]
                return LateRejection(
                    fileID: Int64(row["file_id"] ?? "") ?? 0, line: row.int("source_line") ?? 0,
                    reason: RejectReason.duplicateKey.rawValue,
                    message: "same key (\(keyNames)) as the record at line \(row["kept_line"] ?? "?")"
                        + (sameFile ? "" : " of another file in this load"))
            }
        case .newest:
            var order: [String] = []
            for name in mapping.load.newestBy {
                order.append("\(try connection.quoteIdentifier(name)) DESC NULLS LAST")
            }
            order += ["file_id DESC", "source_line DESC"]
            try connection.execute(
                """
                WITH ranked AS (
                    SELECT ctid AS row_id, row_number() OVER (PARTITION BY record_key ORDER BY \(order.joined(separator: ", "))) AS rank
                      FROM \(stage) WHERE disposition = 'apply'
                )
                UPDATE \(stage) s SET disposition = 'superseded' FROM ranked r WHERE s.ctid = r.row_id AND r.rank > 1
                """)
            return []
        }
    }

    /// Applies the staged records to the target, set-based: removals (`remove_if`),
    /// updates of changed records, inserts of new ones, and, for a full snapshot, marks
    /// records absent from the load (within its scope) as removed.
    /// - Returns: counts per file id, and the number of records a full snapshot removed.
    /// - Parameter removeAbsent: for a full snapshot, whether to mark absent records removed.
    public func merge(removeAbsent: Bool = true) throws -> (perFile: [Int64: MergeCounts], snapshotRemoved: Int) {
        if path == .direct { return (try mergeDirect(), 0) }
        let columns = try mapping.fields.map { try connection.quoteIdentifier($0.column.name) }
        var counts: [Int64: MergeCounts] = [:]
        func tally(_ sql: String, _ apply: (inout MergeCounts, Int) -> Void) throws {
            for row in try connection.execute(sql) {
                guard let file = row["file_id"].flatMap({ Int64($0) }), let count = row.int("n") else { continue }
                apply(&counts[file, default: MergeCounts()], count)
            }
        }
        try tally(
            """
            WITH r AS (
                UPDATE \(target) t SET removed_at = now(), updated_at = now(),
                       source_file_id = s.file_id, source_line = s.source_line
                  FROM \(stage) s
                 WHERE s.disposition = 'apply' AND s.removes AND t.record_key = s.record_key AND t.removed_at IS NULL
                RETURNING s.file_id
            ) SELECT file_id, count(*) AS n FROM r GROUP BY file_id
            """
        ) { $0.removed += $1 }
        let assignments = columns.map { "\($0) = s.\($0)" }.joined(separator: ", ")
        let targetTuple = columns.map { "t.\($0)" }.joined(separator: ", ")
        let stageTuple = columns.map { "s.\($0)" }.joined(separator: ", ")
        try tally(
            """
            WITH u AS (
                UPDATE \(target) t SET \(assignments), updated_at = now(), removed_at = NULL,
                       source_file_id = s.file_id, source_line = s.source_line
                  FROM \(stage) s
                 WHERE s.disposition = 'apply' AND NOT s.removes AND t.record_key = s.record_key
                   AND (ROW(\(targetTuple)) IS DISTINCT FROM ROW(\(stageTuple)) OR t.removed_at IS NOT NULL)
                RETURNING s.file_id
            ) SELECT file_id, count(*) AS n FROM u GROUP BY file_id
            """
        ) { $0.updated += $1 }
        try tally(
            """
            WITH i AS (
                INSERT INTO \(target) (record_key, source_file_id, source_line, \(columns.joined(separator: ", ")))
                SELECT s.record_key, s.file_id, s.source_line, \(stageTuple)
                  FROM \(stage) s
                 WHERE s.disposition = 'apply' AND NOT s.removes
                   AND NOT EXISTS (SELECT 1 FROM \(target) t WHERE t.record_key = s.record_key)
                RETURNING source_file_id AS file_id
            ) SELECT file_id, count(*) AS n FROM i GROUP BY file_id
            """
        ) { $0.inserted += $1 }
        try tally(
            "SELECT file_id, count(*) AS n FROM \(stage) WHERE disposition = 'apply' GROUP BY file_id"
        ) { $0.unchanged += $1 - $0.inserted - $0.updated - $0.removed }
        try tally(
            "SELECT file_id, count(*) AS n FROM \(stage) WHERE disposition = 'superseded' GROUP BY file_id"
        ) { $0.superseded += $1 }

        // Statistics of a table that just grew by many rows in this transaction are stale:
        // without fresh ones the planner picks nested loops for the anti-join below.
        let changed = counts.values.reduce(0) { $0 + $1.inserted + $1.updated }
        if changed > 1_000 { try TableMaintenance.analyze(target, on: connection) }
        var snapshotRemoved = 0
        if mapping.load.snapshot == .full && removeAbsent {
            var scopeCondition = ""
            if !mapping.load.scope.isEmpty {
                let scope = try mapping.load.scope.map { try connection.quoteIdentifier($0) }
                scopeCondition =
                    " AND ROW(\(scope.map { "t.\($0)" }.joined(separator: ", "))) IN "
                    + "(SELECT DISTINCT \(scope.map { "s.\($0)" }.joined(separator: ", ")) FROM \(stage) s)"
            }
            snapshotRemoved = try connection.executeCount(
                """
                UPDATE \(target) t SET removed_at = now(), updated_at = now()
                 WHERE t.removed_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM \(stage) s WHERE s.record_key = t.record_key)\(scopeCondition)
                """)
        }
        return (counts, snapshotRemoved)
    }

    /// Writes the ledger counts, then commits.
    public func commit(files: [Int64: FileSummary]) throws {
        do {
            for (fileID, summary) in files {
                try connection.execute(
                    """
                    UPDATE regsync.imported_file
                       SET rows_read = $2, rows_loaded = $3, rows_rejected = $4, inserted = $5, updated = $6,
                           unchanged = $7, removed = $8
                     WHERE file_id = $1
                    """,
                    [
                        fileID, summary.read, summary.loaded, summary.rejected, summary.inserted, summary.updated,
                        summary.unchanged, summary.removed,
                    ])
            }
            try connection.executeScript("COMMIT")
        } catch {
            connection.rollbackQuietly()
            throw error
        }
    }

    /// Abandons the load: nothing of it remains.
    public func rollback() {
        connection.rollbackQuietly()
    }
}

extension LoadSession {
    /// Records rejects in `regsync.reject` (inside the load's transaction; never the raw bytes).
    public func recordRejects(_ rejects: [(fileID: Int64, reject: Reject)]) throws {
        guard !rejects.isEmpty else { return }
        try connection.copyIn("COPY regsync.reject (file_id, line, col, field, reason, message) FROM STDIN") { stream in
            for (fileID, reject) in rejects {
                stream.field(String(fileID))
                stream.field(reject.location.line.map(String.init))
                stream.field(reject.location.column.map(String.init))
                stream.field(reject.location.field)
                stream.field(reject.reason.rawValue)
                stream.field(reject.message)
                try stream.endRow()
            }
        }
    }

    /// Records warnings in `regsync.warning` (inside the load's transaction), each with
    /// its file, line, field and code. Call it between batches, as ``recordRejects(_:)``.
    public func recordWarnings(_ warnings: [(fileID: Int64, line: Int, field: String, code: String)]) throws {
        guard !warnings.isEmpty else { return }
        try connection.copyIn("COPY regsync.warning (file_id, line, field, code) FROM STDIN") { stream in
            for warning in warnings {
                stream.field(String(warning.fileID))
                stream.field(String(warning.line))
                stream.field(warning.field)
                stream.field(warning.code)
                try stream.endRow()
            }
        }
    }
}

import RegsyncCore
import RegsyncPostgres

extension MergeCounts {
    mutating func record(superseded: Bool) {
        if superseded { self.superseded += 1 } else { unchanged += 1 }
    }
}

extension LoadSession {
    /// Empties the (already empty) target inside this transaction, so that with
    /// `wal_level = minimal` its rows skip the WAL, and drops its indexes and unique
    /// constraints, remembering how to rebuild them: a sorted index build after the load
    /// is several times cheaper than maintaining indexes row by row.
    func prepareDirectLoad() throws {
        try connection.executeScript("TRUNCATE \(target)")
        let rows = try connection.execute(
            """
            SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition,
                   c.conname AS constraint_name, pg_get_constraintdef(c.oid) AS constraint_definition
              FROM pg_index x
              JOIN pg_class i ON i.oid = x.indexrelid
              LEFT JOIN pg_constraint c ON c.conindid = i.oid AND c.conrelid = x.indrelid
             WHERE x.indrelid = $1::regclass
             ORDER BY c.conname IS NULL, i.relname
            """, [target])
        for row in rows {
            if let constraint = row["constraint_name"], let definition = row["constraint_definition"] {
                droppedIndexes.append((constraint, definition, true))
                try connection.executeScript(
                    "ALTER TABLE \(target) DROP CONSTRAINT \(try connection.quoteIdentifier(constraint))")
            } else if let name = row["name"], let definition = row["definition"] {
                droppedIndexes.append((name, definition, false))
                try connection.executeScript(
                    "DROP INDEX \(try connection.quoteQualified(mapping.target.schema, name))")
            }
        }
    }

    /// Direct path: restores the primary key. Building it is also the cheapest test for
    /// duplicate keys: only when it fails are the duplicates found and removed (all but the
    /// first record of each key), and the key built again.
    func resolveDirect() throws -> [LateRejection] {
        guard
            let primary = droppedIndexes.firstIndex(where: { $0.isConstraint && $0.definition.hasPrefix("PRIMARY KEY") }
            )
        else {
            return try removeDuplicates()
        }
        let constraint = droppedIndexes.remove(at: primary)
        let add =
            "ALTER TABLE \(target) ADD CONSTRAINT \(try connection.quoteIdentifier(constraint.name)) \(constraint.definition)"
        try connection.executeScript("SAVEPOINT regsync_primary_key")
        do {
            try connection.executeScript(add)
            try connection.executeScript("RELEASE SAVEPOINT regsync_primary_key")
            return []
        } catch let error as PostgresError where error.sqlState == "23505" {
            try connection.executeScript(
                "ROLLBACK TO SAVEPOINT regsync_primary_key; RELEASE SAVEPOINT regsync_primary_key")
            let rejections = try removeDuplicates()
            try connection.executeScript(add)
            return rejections
        }
    }

    /// Removes all but the first record of each duplicated key.
    private func removeDuplicates() throws -> [LateRejection] {
        let rows = try connection.execute(
            """
            WITH duplicated AS (
                SELECT record_key FROM \(target) GROUP BY record_key HAVING count(*) > 1
            ), ranked AS (
                SELECT ctid AS row_id, source_file_id, source_line,
                       row_number() OVER w AS rank, first_value(source_file_id) OVER w AS kept_file,
                       first_value(source_line) OVER w AS kept_line
                  FROM \(target) WHERE record_key IN (SELECT record_key FROM duplicated)
                WINDOW w AS (PARTITION BY record_key ORDER BY source_file_id, source_line)
            )
            DELETE FROM \(target) t USING ranked r WHERE t.ctid = r.row_id AND r.rank > 1
            RETURNING r.source_file_id AS file_id, r.source_line, r.kept_file, r.kept_line
            """)
        let keyNames = mapping.key.joined(separator: ", ")
        return rows.map { row in
            let sameFile = row["kept_file"] == row["file_id"]
            let fileID = Int64(row["file_id"] ?? "") ?? 0
            directInserted[fileID, default: 0] -= 1
            return LateRejection(
                fileID: fileID, line: row.int("source_line") ?? 0,
                reason: RejectReason.duplicateKey.rawValue,
                message: "same key (\(keyNames)) as the record at line \(row["kept_line"] ?? "?")"
                    + (sameFile ? "" : " of another file in this load"))
        }
    }

    /// Direct path: rebuilds the indexes and constraints, refreshes statistics, and
    /// counts what was inserted per file.
    func mergeDirect() throws -> [Int64: MergeCounts] {
        for index in droppedIndexes {
            if index.isConstraint {
                try connection.executeScript(
                    "ALTER TABLE \(target) ADD CONSTRAINT \(try connection.quoteIdentifier(index.name)) \(index.definition)"
                )
            } else {
                try connection.executeScript(index.definition)
            }
        }
        // Statistics for the columns that queries find rows by (the key and every indexed
        // column) and filter current rows by (`removed_at`, `updated_at`) now, so the plans
        // of the next stage are sound; autovacuum analyzes the rest after the commit (a direct
        // load always passes its threshold). A full ANALYZE here cost a third of the post-load
        // time of a 1M-row vehicle file. Without `removed_at` the planner takes `removed_at IS
        // NULL` for 0.5 % of the rows: the propagation planner's read of a 10,000-record
        // registry ran 270 s on nested loops instead of 0.2 s.
        let indexed = try connection.execute(
            """
            SELECT DISTINCT a.attname FROM pg_attribute a
             WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
               AND (a.attname IN ('removed_at', 'updated_at')
                    OR a.attnum IN (SELECT unnest(x.indkey::int2[]) FROM pg_index x WHERE x.indrelid = $1::regclass))
             ORDER BY a.attname
            """, [target]
        ).compactMap { $0["attname"] }
        if indexed.isEmpty {
            try connection.executeScript("ANALYZE \(target)")
        } else {
            let columns = try indexed.map { try connection.quoteIdentifier($0) }.joined(separator: ", ")
            try connection.executeScript("ANALYZE \(target) (\(columns))")
        }
        var counts = directCounts
        for (file, inserted) in directInserted { counts[file, default: MergeCounts()].inserted += inserted }
        return counts
    }
}

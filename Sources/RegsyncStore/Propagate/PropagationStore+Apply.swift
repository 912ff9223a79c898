import Foundation
import RegsyncPostgres

extension PropagationStore {
    /// The registry table this registry's persons live in.
    var table: String {
        switch registry {
        case "vehicle": "vehicle.registration"
        case "realestate": "realestate.owner"
        default: "commercial.officer"
        }
    }

    /// Applies proposed changes (those with an address to write) in one batch, set-based: per
    /// registry column one `UPDATE … FROM` that writes only where the registry still holds the
    /// old value, one audit row per change in the same statement (before, after, why, evidence,
    /// who; the day recorded before and after too when the registry keeps one), the changes
    /// marked applied.
    ///
    /// The comparison keys are not written here: the registry row's new version makes the keys
    /// stage normalise it again, as for any edited row (writing them in the same statement cost
    /// more than the registry update itself). The day's old value is read by joining the row
    /// to itself: every part of one statement sees the table as it was when the statement began.
    /// - Returns: the batch, the changes applied, and those left alone because the registry's
    ///   value changed since they were planned.
    public func apply(_ changeIDs: [Int64], runID: String, actor: String) throws -> (
        batch: Int64?, applied: Int, stale: [Int64]
    ) {
        guard !changeIDs.isEmpty else { return (nil, 0, []) }
        // Changes planned a moment ago are newer than the table's statistics (see rollback).
        if changeIDs.count > 1_000 { try TableMaintenance.analyze("regsync.change", on: connection) }
        return try connection.transaction {
            let batch = try connection.execute(
                "INSERT INTO regsync.batch (registry, run_id, actor) VALUES ($1, $2, $3) RETURNING batch_id",
                [registry, runID, actor]
            ).first.flatMap { $0["batch_id"].flatMap { Int64($0) } }
            guard let batch else { return (nil, 0, []) }
            let ids = changeIDs.map(String.init)
            var applied = 0
            let fields = try connection.execute(
                """
                SELECT DISTINCT person_role FROM regsync.change
                 WHERE change_id = ANY($1::bigint[]) AND registry = $2 AND status = 'proposed' AND new_address IS NOT NULL
                """, [ids, registry]
            ).compactMap { $0["person_role"] }
            var columns: [(address: String, recordedOn: String?)] = []
            for role in fields {
                if let pair = RegistryPersons.addressColumns(registry: registry, role: role),
                    !columns.contains(where: { $0.address == pair.address })
                {
                    columns.append(pair)
                }
            }
            for column in columns {
                applied += try connection.executeCount(
                    try applyStatement(address: column.address, recordedOn: column.recordedOn),
                    [ids, registry, column.address, String(batch), actor])
            }
            try connection.execute(
                "UPDATE regsync.batch SET changes = $2 WHERE batch_id = $1", [String(batch), String(applied)])
            let stale = try connection.execute(
                """
                SELECT change_id FROM regsync.change
                 WHERE change_id = ANY($1::bigint[]) AND status = 'proposed' AND new_address IS NOT NULL
                """, [ids]
            ).compactMap { $0["change_id"].flatMap { Int64($0) } }
            return (applied > 0 ? batch : nil, applied, stale)
        }
    }

    /// The statement that applies the changes of one registry column ($1 change ids, $2
    /// registry, $3 column, $4 batch, $5 actor): registry update, audit rows, changes marked.
    private func applyStatement(address column: String, recordedOn: String?) throws -> String {
        let address = try connection.quoteIdentifier(column)
        let recorded = try recordedOn.map { try connection.quoteIdentifier($0) }
        let recordedName = try recordedOn.map { try connection.quoteLiteral($0) }
        return """
            WITH target AS (
                SELECT c.change_id, c.record_key, c.person_role, c.old_address, c.new_address, c.kind, c.evidence, c.field
                  FROM regsync.change c
                 WHERE c.change_id = ANY($1::bigint[]) AND c.registry = $2 AND c.status = 'proposed'
                   AND c.field = $3 AND c.new_address IS NOT NULL
            ), written AS (
                UPDATE \(table) t SET \(address) = target.new_address\(recorded.map { ", \($0) = current_date" } ?? ""),
                       updated_at = now()
                  FROM target JOIN \(table) old USING (record_key)
                 WHERE t.record_key = target.record_key AND old.record_key = t.record_key AND t.removed_at IS NULL
                   AND t.\(address) IS NOT DISTINCT FROM target.old_address
                RETURNING target.change_id, \(recorded.map { "old.\($0)::text" } ?? "NULL::text") AS recorded_before
            ), audited AS (
                INSERT INTO regsync.audit (batch_id, change_id, registry, record_key, person_role, field, action,
                       before, after, recorded_field, recorded_before, recorded_after, reason, evidence, actor)
                SELECT $4::bigint, target.change_id, $2, target.record_key, target.person_role, target.field, 'apply',
                       target.old_address, target.new_address,
                       \(recordedName.map { "\($0), written.recorded_before, current_date::text" } ?? "NULL, NULL, NULL"),
                       CASE target.kind WHEN 'administrative'
                            THEN 'administrative change (住居表示, renaming or merger): not a move'
                            ELSE 'the holder moved' END,
                       target.evidence, $5
                  FROM target JOIN written USING (change_id)
                RETURNING change_id
            )
            UPDATE regsync.change c SET status = 'applied', batch_id = $4::bigint, decided_by = $5, decided_at = now()
              FROM audited a WHERE c.change_id = a.change_id
            """
    }

    /// Refuses proposed changes (registry staff's decision), audited.
    /// - Returns: how many were refused.
    public func refuse(_ changeIDs: [Int64], actor: String) throws -> Int {
        guard !changeIDs.isEmpty else { return 0 }
        return try connection.transaction {
            try connection.execute(
                """
                INSERT INTO regsync.audit (change_id, registry, record_key, person_role, field, action, before, after,
                       reason, evidence, actor)
                SELECT change_id, registry, record_key, person_role, field, 'refuse', old_address, NULL,
                       'refused by registry staff', evidence, $3
                  FROM regsync.change WHERE change_id = ANY($1::bigint[]) AND registry = $2 AND status = 'proposed'
                """, [changeIDs.map(String.init), registry, actor])
            return try connection.executeCount(
                """
                UPDATE regsync.change SET status = 'refused', decided_by = $3, decided_at = now()
                 WHERE change_id = ANY($1::bigint[]) AND registry = $2 AND status = 'proposed'
                """, [changeIDs.map(String.init), registry, actor])
        }
    }

    /// The changes among `ids` that are not open proposals of this registry (for a clear refusal).
    public func notProposed(_ ids: [Int64]) throws -> [(id: Int64, status: String?)] {
        let found = try connection.execute(
            "SELECT change_id, status FROM regsync.change WHERE change_id = ANY($1::bigint[]) AND registry = $2",
            [ids.map(String.init), registry])
        var status: [Int64: String] = [:]
        for row in found { if let id = row["change_id"].flatMap({ Int64($0) }) { status[id] = row["status"] } }
        return ids.filter { status[$0] != "proposed" }.map { ($0, status[$0]) }
    }

    /// Every open proposal of the registry that has an address to write (what `--approve-all`
    /// approves), oldest first.
    public func openProposalIDs() throws -> [Int64] {
        try connection.execute(
            """
            SELECT change_id FROM regsync.change
             WHERE registry = $1 AND status = 'proposed' AND new_address IS NOT NULL ORDER BY change_id
            """, [registry]
        ).compactMap { $0["change_id"].flatMap { Int64($0) } }
    }

    /// An open proposal as registry staff list it before deciding.
    public struct Proposal: Sendable {
        public var id: Int64
        /// The record's natural key as stored (parts joined by U+001F).
        public var recordKey: String
        public var role: String
        public var kind: String
        public var oldAddress: String?
        public var newAddress: String
        public var movedOn: String?
    }

    /// The open proposals of the registry with an address to write (never a held change).
    public func openProposals() throws -> [Proposal] {
        try connection.execute(
            """
            SELECT change_id, record_key, person_role, kind, old_address,
                   new_address, moved_on::text AS moved_on
              FROM regsync.change
             WHERE registry = $1 AND status = 'proposed' AND new_address IS NOT NULL
             ORDER BY change_id
            """, [registry]
        ).compactMap { row in
            guard let id = row["change_id"].flatMap({ Int64($0) }), let recordKey = row["record_key"],
                let role = row["person_role"], let kind = row["kind"], let newAddress = row["new_address"]
            else { return nil }
            return Proposal(
                id: id, recordKey: recordKey, role: role, kind: kind, oldAddress: row["old_address"],
                newAddress: newAddress, movedOn: row["moved_on"])
        }
    }

    /// The changes planned for `policy` `apply` or with consent that are to be written now.
    public func proposedIDs(planned runID: String) throws -> [Int64] {
        try connection.execute(
            """
            SELECT change_id FROM regsync.change WHERE registry = $1 AND planned_run_id = $2 AND status = 'proposed'
             ORDER BY change_id
            """, [registry, runID]
        ).compactMap { $0["change_id"].flatMap { Int64($0) } }
    }
}

/// Undoing a batch.
extension PropagationStore {
    /// A value a rollback left alone because the registry changed it after the batch.
    public struct Untouched: Sendable {
        public var recordKey: String
        public var field: String
        public var batchValue: String?
        public var currentValue: String?
    }

    /// Restores every value still equal to what the batch wrote, audits each restoration, and
    /// lists (untouched) those changed since. The batch's registry is read from the batch.
    public static func rollback(batch: Int64, actor: String, on connection: PostgresConnection) throws -> (
        registry: String, restored: Int, untouched: [Untouched]
    )? {
        guard
            let registry = try connection.execute(
                "SELECT registry FROM regsync.batch WHERE batch_id = $1", [String(batch)]
            ).first?["registry"]
        else { return nil }
        let store = PropagationStore(connection: connection, registry: registry)
        return try connection.transaction {
            // The batch's audit rows may be newer than the table's statistics: without them
            // the planner takes the batch for a handful of rows and joins it by rescanning
            // (quadratic at 100,000 changes).
            try TableMaintenance.analyze("regsync.audit", on: connection)
            // One statement per written column (and the day column written with it, if any).
            let columns = try connection.execute(
                """
                SELECT DISTINCT field, coalesce(recorded_field, '') AS recorded_field FROM regsync.audit
                 WHERE batch_id = $1 AND action = 'apply'
                """, [String(batch)]
            ).compactMap { row in row["field"].map { ($0, row["recorded_field"] ?? "") } }
            var restored = 0
            for (field, recordedField) in columns {
                restored += try connection.executeCount(
                    try store.rollbackStatement(field: field, recordedOn: recordedField.isEmpty ? nil : recordedField),
                    [String(batch), field, registry, actor, recordedField])
            }
            // The rollback rows just written.
            try TableMaintenance.analyze("regsync.audit", on: connection)
            try TableMaintenance.analyze("regsync.change", on: connection)
            // A value is untouched when the batch wrote it and no rollback row restored it: the
            // address, or the day recorded with an address that was restored.
            let untouched = try connection.execute(
                """
                SELECT a.record_key, a.field, a.after FROM regsync.audit a
                  LEFT JOIN (SELECT DISTINCT record_key, field FROM regsync.audit
                              WHERE batch_id = $1 AND action = 'rollback') r USING (record_key, field)
                 WHERE a.batch_id = $1 AND a.action = 'apply' AND r.record_key IS NULL
                UNION ALL
                SELECT a.record_key, a.recorded_field, a.recorded_after FROM regsync.audit a
                  JOIN regsync.audit r ON r.batch_id = a.batch_id AND r.action = 'rollback'
                   AND r.record_key = a.record_key AND r.field = a.field AND r.recorded_field IS NULL
                 WHERE a.batch_id = $1 AND a.action = 'apply' AND a.recorded_field IS NOT NULL
                 ORDER BY 1, 2
                """, [String(batch)]
            ).map {
                Untouched(
                    recordKey: $0["record_key"] ?? "", field: $0["field"] ?? "", batchValue: $0["after"],
                    currentValue: nil)
            }
            try connection.execute(
                """
                UPDATE regsync.change c SET status = 'rolled-back', decided_by = $2, decided_at = now()
                  FROM (SELECT DISTINCT change_id, field FROM regsync.audit
                         WHERE batch_id = $1 AND action = 'rollback') r
                 WHERE c.batch_id = $1 AND c.status = 'applied' AND r.change_id = c.change_id AND r.field = c.field
                """, [String(batch), actor])
            try connection.execute(
                "UPDATE regsync.batch SET rolled_back_at = now(), rolled_back_by = $2 WHERE batch_id = $1",
                [String(batch), actor])
            return (registry, restored, untouched)
        }
    }

    /// The statement that restores one column a batch wrote ($1 batch, $2 column, $3 registry,
    /// $4 actor, $5 the day column written with it or empty): where the registry still holds
    /// what the batch wrote, the value before; the day column too where it still holds the
    /// batch's day. Each restoration is audited like the write it undoes.
    func rollbackStatement(field: String, recordedOn: String?) throws -> String {
        let column = try connection.quoteIdentifier(field)
        let cast = field.hasSuffix("_on") ? "::date" : ""  // a day written alone (batches of schema 7)
        let day = try recordedOn.map { try connection.quoteIdentifier($0) }
        let restoreDay =
            day.map {
                " \($0) = CASE WHEN t.\($0)::text IS NOT DISTINCT FROM applied.recorded_after"
                    + " THEN applied.recorded_before::date ELSE t.\($0) END,"
            } ?? ""
        return """
            WITH applied AS (
                SELECT DISTINCT ON (record_key) audit_id, change_id, record_key, person_role, before, after,
                       recorded_before, recorded_after
                  FROM regsync.audit
                 WHERE batch_id = $1 AND action = 'apply' AND field = $2 AND coalesce(recorded_field, '') = $5
                 ORDER BY record_key, audit_id
            ), restored AS (
                UPDATE \(table) t SET \(column) = applied.before\(cast),\(restoreDay) updated_at = now()
                  FROM applied JOIN \(table) old USING (record_key)
                 WHERE t.record_key = applied.record_key AND old.record_key = t.record_key
                   AND t.\(column)::text IS NOT DISTINCT FROM applied.after
                RETURNING applied.audit_id, \(day.map { "old.\($0)::text IS NOT DISTINCT FROM applied.recorded_after" } ?? "false") AS day_restored
            )
            INSERT INTO regsync.audit (batch_id, change_id, registry, record_key, person_role, field, action,
                   before, after, recorded_field, recorded_before, recorded_after, reason, actor)
            SELECT $1, applied.change_id, $3, applied.record_key, applied.person_role, $2, 'rollback',
                   applied.after, applied.before,
                   CASE WHEN restored.day_restored THEN $5 END,
                   CASE WHEN restored.day_restored THEN applied.recorded_after END,
                   CASE WHEN restored.day_restored THEN applied.recorded_before END,
                   'rollback of batch ' || $1, $4
              FROM applied JOIN restored USING (audit_id)
            """
    }

    /// Sets the registry's holder pseudonyms to exactly `pseudonyms` ((record key, role) →
    /// pseudonym): new ones inserted, changed ones updated, those of persons no longer linked
    /// removed — among the scope's records only when `scoped`.
    public func replacePseudonyms(
        _ pseudonyms: [(recordKey: String, role: String, pseudonym: String)], scoped: Bool = false
    ) throws -> Int {
        let target = "\(registry).holder_pseudonym"
        return try connection.transaction {
            try connection.executeScript(
                "CREATE TEMP TABLE regsync_pseudonyms (record_key text, person_role text, pseudonym text) ON COMMIT DROP"
            )
            try connection.copyIn("COPY regsync_pseudonyms FROM STDIN") { stream in
                for entry in pseudonyms {
                    stream.field(entry.recordKey)
                    stream.field(entry.role)
                    stream.field(entry.pseudonym)
                    try stream.endRow()
                }
            }
            try connection.executeScript("ANALYZE regsync_pseudonyms")
            var changed = try connection.executeCount(
                """
                DELETE FROM \(target) h WHERE NOT EXISTS (
                    SELECT 1 FROM regsync_pseudonyms s WHERE s.record_key = h.record_key AND s.person_role = h.person_role
                       AND s.pseudonym = h.pseudonym)\(scopeCondition("h.record_key", scoped: scoped))
                """)
            changed += try connection.executeCount(
                """
                INSERT INTO \(target) (record_key, person_role, pseudonym)
                SELECT s.record_key, s.person_role, s.pseudonym FROM regsync_pseudonyms s
                 WHERE NOT EXISTS (SELECT 1 FROM \(target) h WHERE h.record_key = s.record_key
                                    AND h.person_role = s.person_role)
                """)
            return changed
        }
    }
}

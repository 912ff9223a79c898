import RegsyncPostgres

/// What a stage may do to a table beyond reading and writing its rows, when it runs in a
/// least-privilege role (``RoleSetup``) rather than as the tables' owner: dropping and
/// building a table's indexes is for its owner alone, so a stage role takes the way that
/// needs none; refreshing statistics goes through `regsync.analyze_table`, which runs as
/// the owner.
public enum TableMaintenance {
    /// Whether the session's role owns `table` (or is a member of its owner, as a superuser is).
    public static func isOwner(of table: String, on connection: PostgresConnection) throws -> Bool {
        try connection.execute(
            "SELECT pg_has_role(relowner, 'USAGE') AS owner FROM pg_class WHERE oid = $1::regclass", [table]
        ).first?.bool("owner") ?? false
    }

    /// Refreshes the statistics of `table` (of `columns` only, when given): directly as its
    /// owner, else through `regsync.analyze_table` where the role may call it. Without either
    /// the statistics are left to autovacuum (PostgreSQL would only warn and skip the table).
    public static func analyze(_ table: String, columns: [String] = [], on connection: PostgresConnection) throws {
        if try isOwner(of: table, on: connection) {
            let list =
                try columns.isEmpty
                ? "" : " (\(columns.map { try connection.quoteIdentifier($0) }.joined(separator: ", ")))"
            try connection.executeScript("ANALYZE \(table)\(list)")
        } else if try mayCall("regsync.analyze_table(regclass, text[])", on: connection) {
            try connection.execute("SELECT regsync.analyze_table($1::regclass, $2::text[])", [table, columns])
        }
    }

    /// Whether `signature` exists and the session's role may execute it.
    public static func mayCall(_ signature: String, on connection: PostgresConnection) throws -> Bool {
        try connection.execute(
            "SELECT coalesce(has_function_privilege(to_regprocedure($1), 'EXECUTE'), false) AS usable", [signature]
        ).first?.bool("usable") ?? false
    }
}

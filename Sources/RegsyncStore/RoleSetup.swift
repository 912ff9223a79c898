import RegsyncPostgres

/// Least-privilege group roles (`regsync init --roles`), created idempotently and granted
/// to login roles by the database administrator:
/// - `regsync_sync`: the nightly job; reads and writes every regsync schema, but only adds
///   to the audit (never updates or deletes it) and never writes its seals;
/// - `regsync_steward`: reads the registries, the resident register and regsync's
///   bookkeeping (match reports, rejects), writes nothing yet;
/// - `regsync_vehicle`, `regsync_realestate`, `regsync_commercial`: each reads its own
///   registry's schema only — never the resident register, never another registry — so two
///   registries cannot be joined on their data alone.
public enum RoleSetup {
    public static let registrySchemas = ["vehicle", "realestate", "commercial"]
    public static let allSchemas = ["regsync", "resident"] + registrySchemas

    /// Creates the roles if missing and (re)grants their privileges. Safe to run again.
    /// - Returns: the names of the roles.
    @discardableResult
    public static func apply(on connection: PostgresConnection) throws -> [String] {
        let roles = ["regsync_sync", "regsync_steward"] + registrySchemas.map { "regsync_\($0)" }
        try connection.transaction {
            for role in roles {
                let exists = try connection.execute("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])
                if exists.isEmpty {
                    try connection.executeScript("CREATE ROLE \(try connection.quoteIdentifier(role)) NOLOGIN")
                }
            }
            for schema in allSchemas {
                let name = try connection.quoteIdentifier(schema)
                try connection.executeScript(
                    """
                    REVOKE ALL ON SCHEMA \(name) FROM PUBLIC;
                    GRANT USAGE ON SCHEMA \(name) TO regsync_sync;
                    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(name) TO regsync_sync;
                    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA \(name) TO regsync_sync;
                    GRANT USAGE ON SCHEMA \(name) TO regsync_steward;
                    GRANT SELECT ON ALL TABLES IN SCHEMA \(name) TO regsync_steward;
                    """)
            }
            // The audit is append-only (the database refuses changes to it anyway, migration 9),
            // and only the sealing trigger, running as the tables' owner, writes its seals.
            try connection.executeScript(
                """
                REVOKE UPDATE, DELETE, TRUNCATE ON regsync.audit FROM regsync_sync;
                REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON regsync.audit_seal, regsync.audit_head FROM regsync_sync;
                """)
            for schema in registrySchemas {
                let name = try connection.quoteIdentifier(schema)
                let role = try connection.quoteIdentifier("regsync_\(schema)")
                try connection.executeScript(
                    """
                    GRANT USAGE ON SCHEMA \(name) TO \(role);
                    GRANT SELECT ON ALL TABLES IN SCHEMA \(name) TO \(role);
                    """)
            }
        }
        return roles
    }
}

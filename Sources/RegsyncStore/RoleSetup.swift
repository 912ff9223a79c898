import RegsyncPostgres

/// Least-privilege group roles (`regsync init --roles`), created idempotently and granted
/// to login roles by the database administrator. ``RolePolicy`` says what each may do:
/// - `regsync_import`, `regsync_match`, `regsync_propagate`: one pipeline stage each;
/// - `regsync_steward`: the review workbench and review files;
/// - `regsync_reporting`: reports only — never a resident code, a pseudonym or a link;
/// - `regsync_auditor`: `regsync audit verify`;
/// - `regsync_sync`: the nightly job, the union of the three stages;
/// - `regsync_vehicle`, `regsync_realestate`, `regsync_commercial`: each reads its own
///   registry's schema only, so two registries cannot be joined on their data alone.
///
/// Each run first takes every privilege these roles hold on regsync's schemas away, then
/// grants the policy again, in one transaction: a run after an upgrade grants the tables and
/// columns new migrations made (`regsync init` does it by itself when it migrates a database
/// whose roles exist) and takes back what the policy no longer gives. No default privileges
/// are set: a table a later migration creates is granted to no one until this binary's
/// policy names it.
public enum RoleSetup {
    public static let registrySchemas = ["vehicle", "realestate", "commercial"]
    public static let allSchemas = ["regsync", "resident"] + registrySchemas

    /// The helper functions the stage roles call instead of holding an owner's privileges,
    /// created (or replaced) by every run. Both run as their owner, the administrator.
    /// - `regsync.analyze_table`: refreshes a regsync table's statistics (`ANALYZE` is for a
    ///   table's owner alone, and a load or rollback that skipped it was measured to pick
    ///   quadratic plans at 100,000 rows);
    /// - `regsync.oldest_transaction_start`: when the oldest open transaction of the
    ///   database began — `pg_stat_activity` hides other roles' transactions, and incremental
    ///   planning must not miss rows an import in another role is writing (run it as a
    ///   superuser or a member of `pg_read_all_stats` for that).
    static let helperFunctions = """
        CREATE OR REPLACE FUNCTION regsync.analyze_table(target regclass, columns text[] DEFAULT '{}')
            RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            schema_name name;
            kind "char";
        BEGIN
            SELECT n.nspname, c.relkind INTO schema_name, kind
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = target;
            IF schema_name IS NULL OR schema_name NOT IN ('regsync', 'resident', 'vehicle', 'realestate', 'commercial')
               OR kind NOT IN ('r', 'p') THEN
                RAISE EXCEPTION 'regsync.analyze_table analyzes regsync''s own tables only'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF coalesce(cardinality(columns), 0) = 0 THEN
                EXECUTE format('ANALYZE %s', target);
            ELSE
                EXECUTE format('ANALYZE %s (%s)', target,
                               (SELECT string_agg(quote_ident(c), ', ') FROM unnest(columns) AS c));
            END IF;
        END $$;
        REVOKE ALL ON FUNCTION regsync.analyze_table(regclass, text[]) FROM PUBLIC;

        CREATE OR REPLACE FUNCTION regsync.oldest_transaction_start() RETURNS timestamptz
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT min(xact_start) FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
        $$;
        REVOKE ALL ON FUNCTION regsync.oldest_transaction_start() FROM PUBLIC;
        """

    /// Every role's name, in the order they are created.
    public static var roleNames: [String] { RolePolicy.roles.map(\.name) }

    /// Whether the roles were set up in this cluster (then `regsync init` grants again after
    /// it migrates).
    public static func isInstalled(on connection: PostgresConnection) throws -> Bool {
        try connection.execute("SELECT count(*) AS n FROM pg_roles WHERE rolname = ANY($1::text[])", [roleNames])
            .first?.int("n") == roleNames.count
    }

    /// Creates the roles if missing and grants their privileges anew. Safe to run again, and
    /// alongside another run in another database of the cluster (roles are the cluster's).
    /// - Returns: the names of the roles.
    @discardableResult
    public static func apply(on connection: PostgresConnection) throws -> [String] {
        var attempt = 0
        while true {
            attempt += 1
            do {
                try connection.transaction { try applyOnce(on: connection) }
                return roleNames
            } catch let error as PostgresError where attempt < 5 && Self.isRace(error) {
                // Another database's run created a role or a membership at the same moment.
                continue
            }
        }
    }

    /// Roles and memberships are shared by the cluster's databases: two runs racing on them
    /// fail with one of these, and the loser tries again.
    static func isRace(_ error: PostgresError) -> Bool {
        ["23505", "42710", "XX000", "40001", "40P01"].contains(error.sqlState ?? "")
    }

    private static func applyOnce(on connection: PostgresConnection) throws {
        for role in roleNames {
            let exists = try connection.execute("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])
            if exists.isEmpty {
                try connection.executeScript("CREATE ROLE \(try connection.quoteIdentifier(role)) NOLOGIN")
            }
        }
        try connection.executeScript(helperFunctions)
        let database = try connection.quoteIdentifier(
            try connection.execute("SELECT current_database() AS name").first?["name"] ?? "")
        let functions = "FUNCTION regsync.analyze_table(regclass, text[]), regsync.oldest_transaction_start()"
        // Everything these roles hold goes first (column privileges go with their table's),
        // so that a run grants exactly the policy.
        for role in roleNames {
            let name = try connection.quoteIdentifier(role)
            for schema in allSchemas {
                let schemaName = try connection.quoteIdentifier(schema)
                try connection.executeScript(
                    """
                    REVOKE ALL ON ALL TABLES IN SCHEMA \(schemaName) FROM \(name);
                    REVOKE ALL ON ALL SEQUENCES IN SCHEMA \(schemaName) FROM \(name);
                    REVOKE ALL ON SCHEMA \(schemaName) FROM \(name);
                    """)
            }
            try connection.executeScript(
                "REVOKE ALL ON \(functions) FROM \(name); REVOKE TEMPORARY ON DATABASE \(database) FROM \(name)")
        }
        for schema in allSchemas {
            try connection.executeScript("REVOKE ALL ON SCHEMA \(try connection.quoteIdentifier(schema)) FROM PUBLIC")
        }
        for role in RolePolicy.roles { try grant(role, database: database, on: connection) }
    }

    private static func grant(_ role: RoleDefinition, database: String, on connection: PostgresConnection) throws {
        let name = try connection.quoteIdentifier(role.name)
        for schema in role.schemas {
            try connection.executeScript("GRANT USAGE ON SCHEMA \(try connection.quoteIdentifier(schema)) TO \(name)")
        }
        for schema in role.wholeSchemas {
            try connection.executeScript(
                "GRANT SELECT ON ALL TABLES IN SCHEMA \(try connection.quoteIdentifier(schema)) TO \(name)")
        }
        if !role.schemas.isEmpty { try connection.executeScript("GRANT CONNECT ON DATABASE \(database) TO \(name)") }
        if role.temporary { try connection.executeScript("GRANT TEMPORARY ON DATABASE \(database) TO \(name)") }
        for function in role.functions {
            try connection.executeScript("GRANT EXECUTE ON FUNCTION \(function) TO \(name)")
        }
        for table in role.tables { try grant(table, to: name, on: connection) }
        for group in role.memberOf {
            try connection.executeScript("GRANT \(try connection.quoteIdentifier(group)) TO \(name)")
        }
    }

    /// Grants one table (and its partitions, which are reached directly by the matcher) and,
    /// with INSERT, the sequences of its serial columns.
    private static func grant(_ grant: RoleDefinition.TableGrant, to role: String, on connection: PostgresConnection)
        throws
    {
        let parts = grant.table.split(separator: ".").map(String.init)
        let parent = try connection.quoteQualified(parts[0], parts[1])
        let partitions = try connection.execute(
            "SELECT inhrelid::regclass::text AS name FROM pg_inherits WHERE inhparent = $1::regclass ORDER BY 1",
            [parent]
        ).compactMap { $0["name"] }
        for table in [parent] + partitions {
            if !grant.privileges.isEmpty {
                try connection.executeScript("GRANT \(grant.privileges.joined(separator: ", ")) ON \(table) TO \(role)")
            }
            if !grant.selectExcept.isEmpty {
                let columns = try connection.execute(
                    """
                    SELECT attname FROM pg_attribute
                     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND NOT attname = ANY($2::text[])
                     ORDER BY attnum
                    """, [table, grant.selectExcept]
                ).compactMap { $0["attname"] }
                try connection.executeScript(
                    "GRANT SELECT (\(try columns.map { try connection.quoteIdentifier($0) }.joined(separator: ", "))) "
                        + "ON \(table) TO \(role)")
            }
            if !grant.updateColumns.isEmpty {
                let columns = try grant.updateColumns.map { try connection.quoteIdentifier($0) }
                try connection.executeScript("GRANT UPDATE (\(columns.joined(separator: ", "))) ON \(table) TO \(role)")
            }
        }
        if grant.privileges.contains("INSERT") {
            let sequences = try connection.execute(
                """
                SELECT s.oid::regclass::text AS name FROM pg_class s
                  JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid
                 WHERE s.relkind = 'S' AND d.refclassid = 'pg_class'::regclass AND d.refobjid = $1::regclass
                """, [parent]
            ).compactMap { $0["name"] }
            for sequence in sequences { try connection.executeScript("GRANT USAGE ON SEQUENCE \(sequence) TO \(role)") }
        }
    }
}

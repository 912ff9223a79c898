import Logging
import RegsyncPostgres

/// Creates and migrates regsync's schemas, and refuses to let a binary write into a
/// database whose schema it does not know.
public struct SchemaMigrator {
    let connection: PostgresConnection
    let logger: Logger
    let migrations: [Migration]

    /// The advisory lock that serialises migrations (and `init` runs) across processes.
    static let lockKey = PostgresConnection.advisoryLockKey("regsync.migrate")

    public init(connection: PostgresConnection, logger: Logger, migrations: [Migration] = Migration.all) {
        self.connection = connection
        self.logger = logger
        self.migrations = migrations
    }

    var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The schema version recorded in the database, or 0 when regsync was never installed.
    public func currentVersion() throws -> Int {
        let exists = try connection.execute("SELECT to_regclass('regsync.schema_version') IS NOT NULL AS present")
        guard exists.first?.bool("present") == true else { return 0 }
        return try connection.execute("SELECT coalesce(max(version), 0) AS version FROM regsync.schema_version")
            .first?.int("version") ?? 0
    }

    /// Applies every pending migration, each in its own transaction.
    /// - Returns: the versions applied (empty when the schema was already current).
    /// - Throws: ``StoreError`` `.schemaTooNew` when the database is ahead of this binary.
    @discardableResult
    public func migrate() throws -> [Int] {
        try connection.execute("SELECT pg_advisory_lock($1)", [Self.lockKey])
        defer { _ = try? connection.advisoryUnlock(Self.lockKey) }
        let current = try currentVersion()
        if current > latestVersion { throw tooNew(current) }
        var applied: [Int] = []
        for migration in migrations where migration.version > current {
            try connection.transaction {
                if migration.version == 1 {
                    try connection.executeScript(
                        """
                        CREATE SCHEMA IF NOT EXISTS regsync;
                        CREATE TABLE IF NOT EXISTS regsync.schema_version (
                            version integer PRIMARY KEY,
                            name text NOT NULL,
                            applied_at timestamptz NOT NULL DEFAULT now()
                        );
                        """)
                }
                try connection.executeScript(migration.sql)
                try connection.execute(
                    "INSERT INTO regsync.schema_version (version, name) VALUES ($1, $2)",
                    [migration.version, migration.name])
            }
            logger.info("applied migration", metadata: ["schema.version": "\(migration.version)"])
            applied.append(migration.version)
        }
        return applied
    }

    /// Checks that the database schema is exactly the one this binary writes.
    /// - Throws: ``StoreError`` `.schemaTooNew` or `.schemaOutdated`.
    public func requireCurrent() throws {
        let current = try currentVersion()
        if current > latestVersion { throw tooNew(current) }
        if current < latestVersion {
            throw StoreError(
                .schemaOutdated,
                current == 0
                    ? "the database has no regsync schema yet: run `regsync init` first"
                    : "the database schema is at version \(current) and this binary needs \(latestVersion): "
                        + "run `regsync init` to migrate")
        }
    }

    private func tooNew(_ current: Int) -> StoreError {
        StoreError(
            .schemaTooNew,
            "the database schema is at version \(current), newer than this binary knows (\(latestVersion)): "
                + "refusing to write; upgrade regsync")
    }
}

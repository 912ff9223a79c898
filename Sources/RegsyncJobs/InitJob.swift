import Logging
import RegsyncCore
import RegsyncPostgres
import RegsyncStore

/// `regsync init`: creates or migrates the schemas, idempotently.
public struct InitJob {
    let database: DatabaseLocator
    let logger: Logger
    let roles: Bool

    public init(database: DatabaseLocator, logger: Logger, roles: Bool = false) {
        self.database = database
        self.logger = logger
        self.roles = roles
    }

    /// Migrates the database (and sets up the roles when asked) and records the outcome in `summary`.
    ///
    /// A migration may add tables and columns: when it applied one to a database whose roles
    /// exist, the roles are granted again (``RoleSetup``), as `--roles` would, so that no stage
    /// role finds a new table closed to it after an upgrade.
    public func run(_ summary: inout RunSummary) throws {
        let connection = try database.connect(logger: logger)
        let applied = try migrate(connection, &summary)
        if try roles || (!applied.isEmpty && RoleSetup.isInstalled(on: connection)) {
            let names = try RoleSetup.apply(on: connection)
            summary.counts["roles"] = names.count
            summary.notes.append(
                (roles ? "roles: " : "roles granted again after the migration: ") + names.joined(separator: ", "))
        }
        try RunLog.record(summary, on: connection)
    }

    /// Applies pending migrations on an open connection (shared with `demo` and `sync`).
    /// - Returns: the versions applied.
    @discardableResult
    public func migrate(_ connection: PostgresConnection, _ summary: inout RunSummary) throws -> [Int] {
        let migrator = SchemaMigrator(connection: connection, logger: logger)
        let applied = try migrator.migrate()
        summary.counts["schema_version"] = try migrator.currentVersion()
        summary.counts["migrations_applied"] = applied.count
        summary.notes.append(
            applied.isEmpty ? "schema already current" : "applied migrations \(applied.map(String.init))")
        return applied
    }
}

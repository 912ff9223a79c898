import Foundation
import RegsyncPostgres
import RegsyncTestSupport
import Testing

/// What `regsync import` refuses to do before it writes anything.
@Suite("regsync import refuses to write when it must not", .serialized)
struct ImportGuardTests {
    static let vehicles = packageRoot + "/samples/vehicles.csv"

    func loadedFiles(_ database: String) throws -> Int? {
        try PostgresConnection(PostgresConfiguration(connectionString: database))
            .execute("SELECT count(*) AS n FROM regsync.imported_file").first?.int("n")
    }

    @Test("a database whose schema is newer than the binary: exit 78 and nothing is imported")
    func schemaTooNew() throws {
        let database = try makeInitializedDatabase("import_toonew")
        try PostgresConnection(PostgresConfiguration(connectionString: database))
            .execute("INSERT INTO regsync.schema_version (version, name) VALUES (999, 'from the future')")
        let workspace = try Workspace()
        let run = try runImport(
            "vehicle", [Self.vehicles], mapping: shippedMapping("vehicle-legacy-cp932"), database: database,
            in: workspace)
        #expect(run.status == 78, "\(run.stderr)")
        #expect(run.stderr.contains("newer than this binary"))
        #expect(try loadedFiles(database) == 0)
    }

    @Test("another import of the same target holds its lock: exit 75 without waiting; once released, it loads")
    func lockedTarget() throws {
        let database = try makeInitializedDatabase("import_locked")
        let holder = try PostgresConnection(PostgresConfiguration(connectionString: database))
        let key = PostgresConnection.advisoryLockKey("regsync.import:vehicle.registration")
        #expect(try holder.tryAdvisoryLock(key))
        let workspace = try Workspace()
        let refused = try runImport(
            "vehicle", [Self.vehicles], mapping: shippedMapping("vehicle-legacy-cp932"), database: database,
            in: workspace)
        #expect(refused.status == 75, "\(refused.stderr)")
        #expect(try loadedFiles(database) == 0)
        _ = try holder.advisoryUnlock(key)
        let loaded = try runImport(
            "vehicle", [Self.vehicles], mapping: shippedMapping("vehicle-legacy-cp932"), database: database,
            in: workspace)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(try loadedFiles(database) == 1)
    }
}

import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import Testing

@Suite("Migrations upgrade a database step by step")
struct MigrationUpgradeTests {
    @Test("a database at version 1 is brought to the latest version; its blocking indexes become partial")
    func fromVersionOne() throws {
        let connection = try PostgresConnection(try TestPostgres.shared().makeDatabase("upgrade"))
        let first = try SchemaMigrator(
            connection: connection, logger: testLogger, migrations: Array(Migration.all.prefix(1))
        ).migrate()
        #expect(first == [1])
        let definition = {
            try connection.execute(
                "SELECT indexdef FROM pg_indexes WHERE schemaname = 'vehicle' AND indexname = 'registration_owner_idx'"
            ).first?["indexdef"] ?? ""
        }
        #expect(try !definition().contains("WHERE"))
        let second = try SchemaMigrator(
            connection: connection, logger: testLogger, migrations: Array(Migration.all.prefix(2))
        ).migrate()
        #expect(second == [2])
        #expect(try definition().contains("WHERE (owner_name_key IS NOT NULL)"))
        let rest = try SchemaMigrator(connection: connection, logger: testLogger).migrate()
        #expect(rest == Array(3...Migration.latestVersion))
        // From version 3 the keys live in side tables; the blocking index moves with them.
        #expect(try definition().isEmpty)
        #expect(try SchemaMigrator(connection: connection, logger: testLogger).migrate().isEmpty)
    }

    @Test("a lookup by municipality code and name key uses the side table's blocking index")
    func lookupUsesBlockingIndex() throws {
        let connection = try PostgresConnection(try makeMigratedDatabase("partial"))
        try connection.executeScript("SET enable_seqscan = off")
        let plan = try connection.execute(
            """
            EXPLAIN SELECT record_key FROM vehicle.registration_keys
             WHERE owner_address_lg_code = $1 AND owner_name_key = $2
            """, ["131016", "高橋一郎"]
        ).compactMap { $0["QUERY PLAN"] }.joined(separator: "\n")
        #expect(plan.contains("registration_keys_owner_idx"), "\(plan)")
    }
}

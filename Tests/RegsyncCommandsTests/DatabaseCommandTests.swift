import Foundation
import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import Testing

@Suite("database commands end to end")
struct DatabaseCommandTests {
    @Test("init twice is idempotent: the second run applies nothing and changes nothing")
    func initTwice() throws {
        let server = try TestPostgres.shared()
        let database = try server.makeDatabase("init")
        let first = try RegsyncBinary.run(["init", "--database", database.connectionString])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("migrations_applied=\(Migration.all.count)"))
        let connection = try PostgresConnection(database)
        let tablesBefore = try connection.execute(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN "
                + "('regsync','resident','vehicle','realestate','commercial') ORDER BY 1, 2")
        let second = try RegsyncBinary.run(["init", "--database", database.connectionString])
        #expect(second.status == 0)
        #expect(second.stderr.contains("migrations_applied=0"))
        let tablesAfter = try connection.execute(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN "
                + "('regsync','resident','vehicle','realestate','commercial') ORDER BY 1, 2")
        #expect(tablesBefore.values == tablesAfter.values)
        #expect(
            Set(tablesAfter.values.map { $0[0]! }) == ["regsync", "resident", "vehicle", "realestate", "commercial"])
        #expect(
            try connection.execute("SELECT count(*) AS n FROM regsync.schema_version").first?.int("n")
                == Migration.all.count)
    }

    @Test("a database whose schema is newer than the binary is refused with exit 78")
    func schemaTooNew() throws {
        let server = try TestPostgres.shared()
        let database = try server.makeDatabase("toonew")
        #expect(try RegsyncBinary.run(["init", "--database", database.connectionString]).status == 0)
        let connection = try PostgresConnection(database)
        try connection.execute("INSERT INTO regsync.schema_version (version, name) VALUES (999, 'from the future')")
        let result = try RegsyncBinary.run(["init", "--database", database.connectionString])
        #expect(result.status == 78)
        #expect(result.stderr.contains("newer than this binary"))
    }

    @Test("a wrong password gives exit 69 and a message that does not contain the password")
    func wrongPassword() throws {
        let server = try TestPostgres.shared()
        let admin = try PostgresConnection(try server.makeDatabase("pw"))
        try admin.executeScript("DROP ROLE IF EXISTS steward; CREATE ROLE steward LOGIN PASSWORD 'the-right-one'")
        let secret = "N0t-The-Right-0ne"
        let result = try RegsyncBinary.run(["init", "--database", server.tcpURL(user: "steward", password: secret)])
        #expect(result.status == 69)
        #expect(!result.output.contains(secret))
        #expect(result.stderr.contains("password authentication failed"))
        let viaEnvironment = try RegsyncBinary.run(
            ["init"], environment: ["REGSYNC_DATABASE_URL": server.tcpURL(user: "steward", password: secret)])
        #expect(viaEnvironment.status == 69)
        #expect(!viaEnvironment.output.contains(secret))
    }

    @Test("the standard PG* variables are used when nothing else is configured")
    func pgEnvironment() throws {
        let server = try TestPostgres.shared()
        let database = try server.makeDatabase("pgenv")
        let name = database.connectionString.split(separator: " ").first { $0.hasPrefix("dbname=") }!
            .dropFirst("dbname=".count).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        let result = try RegsyncBinary.run(
            ["init"],
            environment: [
                "PGHOST": server.cluster.socketDirectory, "PGPORT": "\(server.cluster.settings.port)",
                "PGUSER": LocalCluster.superuser, "PGDATABASE": name,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("migrations_applied=\(Migration.all.count)"))
    }

    @Test("--version and --help describe the tool and list its subcommands")
    func helpAndVersion() throws {
        let version = try RegsyncBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try RegsyncBinary.run(["--help"])
        for subcommand in ["init", "db", "normalize", "demo"] {
            #expect(help.stdout.contains("  \(subcommand) "), "help lists \(subcommand)")
        }
        #expect(try RegsyncBinary.run(["no-such-command"]).status == 64)
    }
}

@Suite("least-privilege roles")
struct RoleTests {
    @Test("init --roles twice is idempotent, and a registry role cannot read the resident register")
    func registryRoleIsConfined() throws {
        let server = try TestPostgres.shared()
        let database = try server.makeDatabase("roles")
        for _ in 0..<2 {
            let result = try RegsyncBinary.run(["init", "--roles", "--database", database.connectionString])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("roles=\(RoleSetup.roleNames.count)"))
        }
        let admin = try PostgresConnection(database)
        let login = "clerk_\(UInt32.random(in: 0...UInt32.max))"
        try admin.executeScript(
            "CREATE ROLE \(login) LOGIN PASSWORD 'clerk-password'; GRANT regsync_vehicle TO \(login)")
        let name = database.connectionString.split(separator: " ").first { $0.hasPrefix("dbname=") }!
            .dropFirst("dbname=".count).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        let clerk = try PostgresConnection(
            PostgresConfiguration(
                connectionString: server.tcpURL(user: login, password: "clerk-password", database: name)))
        #expect(try clerk.execute("SELECT count(*) AS n FROM vehicle.registration").first?.int("n") == 0)
        #expect(throws: PostgresError.self) { try clerk.execute("SELECT count(*) FROM resident.person") }
        #expect(throws: PostgresError.self) { try clerk.execute("SELECT count(*) FROM realestate.owner") }
        #expect(throws: PostgresError.self) {
            try clerk.execute("INSERT INTO vehicle.registration (record_key) VALUES ('x')")
        }
    }
}

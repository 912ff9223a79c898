import Foundation
import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import Testing

/// A database set up by `regsync init --roles` (as the superuser), and one login role per
/// group role, each granted that group role only.
struct RoleDatabase: Sendable {
    let database: String
    /// Group role → the connection string of its login role.
    let logins: [String: String]

    init(_ prefix: String, database existing: String? = nil) throws {
        database = try existing ?? TestPostgres.shared().makeDatabase(prefix).connectionString
        let run = try RegsyncBinary.run(["init", "--roles", "--database", database])
        guard run.status == 0 else { throw ImportTestFailure("init --roles: \(run.stderr)") }
        let admin = try PostgresConnection(PostgresConfiguration(connectionString: database))
        let suffix = UInt32.random(in: 0...UInt32.max)
        var logins: [String: String] = [:]
        for role in RoleSetup.roleNames {
            let login = "login_\(role.dropFirst("regsync_".count))_\(suffix)"
            try admin.executeScript("CREATE ROLE \(login) LOGIN IN ROLE \(role)")
            logins[role] = Self.connectionString(database, user: login)
        }
        self.logins = logins
    }

    /// The connection string of `database` for another user (the socket trusts local users).
    static func connectionString(_ database: String, user: String) -> String {
        database.replacingOccurrences(of: "user=\(LocalCluster.superuser) ", with: "user=\(user) ")
    }

    /// A login granted several group roles (as an administrator may combine them).
    func login(granted roles: [String]) throws -> String {
        let login = "login_combined_\(UInt32.random(in: 0...UInt32.max))"
        try PostgresConnection(PostgresConfiguration(connectionString: database)).executeScript(
            "CREATE ROLE \(login) LOGIN IN ROLE \(roles.joined(separator: ", "))")
        return Self.connectionString(database, user: login)
    }

    /// Runs the binary connected as `role`'s login.
    func run(as role: String, _ arguments: [String], environment: [String: String] = [:]) throws
        -> ProcessRunner.Result
    {
        try RegsyncBinary.run(arguments + ["--database", logins[role]!], environment: environment)
    }

    func connect(as role: String) throws -> PostgresConnection {
        try PostgresConnection(PostgresConfiguration(connectionString: logins[role]!))
    }

    func rows(_ sql: String) throws -> [[String?]] { try RegsyncCommandsTests.rows(sql, database: database) }
}

/// `regsync init --roles` against a real PostgreSQL: every stage runs to the end in its own
/// least-privilege role, through the real commands, and each role is refused (SQLSTATE 42501)
/// what lies outside its grant — above all, reporting never reads a resident code, a pseudonym
/// or a link.
@Suite("regsync init --roles: each stage runs in its own role and is refused outside its grant", .serialized)
struct StageRoleTests {
    /// An empty schema with the roles, for the statement tests.
    static let empty = Result { try RoleDatabase("roles_empty") }

    /// What each role must be refused, one representative statement per boundary.
    static let refusals: [(role: String, statement: String)] = [
        // Reporting: no resident code, pseudonym, link, candidate, verdict or audit row, and no write.
        ("regsync_reporting", "SELECT resident_code FROM regsync.change"),
        ("regsync_reporting", "SELECT evidence FROM regsync.change"),
        ("regsync_reporting", "SELECT * FROM regsync.change"),
        ("regsync_reporting", "SELECT resident_code FROM resident.person"),
        ("regsync_reporting", "SELECT count(*) FROM resident.address"),
        ("regsync_reporting", "SELECT pseudonym FROM vehicle.holder_pseudonym"),
        ("regsync_reporting", "SELECT pseudonym FROM commercial.holder_pseudonym"),
        ("regsync_reporting", "SELECT resident_code FROM regsync.link"),
        ("regsync_reporting", "SELECT resident_code FROM regsync.link_vehicle"),
        ("regsync_reporting", "SELECT resident_code FROM regsync.match_candidate"),
        ("regsync_reporting", "SELECT resident_code FROM regsync.steward_decision"),
        ("regsync_reporting", "SELECT record_key FROM regsync.key_warning"),
        ("regsync_reporting", "SELECT after FROM regsync.audit"),
        ("regsync_reporting", "SELECT password_hash FROM regsync.steward"),
        ("regsync_reporting", "SELECT regsync.oldest_transaction_start()"),
        ("regsync_reporting", "UPDATE vehicle.registration SET owner_address = owner_address WHERE false"),
        ("regsync_reporting", "DELETE FROM regsync.discrepancy WHERE false"),
        // Import: no link, audit, change or pseudonym; no removal of registry rows; no index work.
        ("regsync_import", "UPDATE regsync.link SET reason = reason WHERE false"),
        ("regsync_import", "SELECT resident_code FROM regsync.link"),
        (
            "regsync_import",
            "INSERT INTO regsync.audit (registry, record_key, field, action, reason, actor) "
                + "VALUES ('vehicle', 'k', 'owner_address', 'note', 'role test', 'test')"
        ),
        ("regsync_import", "UPDATE regsync.change SET status = status WHERE false"),
        ("regsync_import", "SELECT pseudonym FROM vehicle.holder_pseudonym"),
        ("regsync_import", "DELETE FROM vehicle.registration WHERE false"),
        ("regsync_import", "TRUNCATE vehicle.registration"),
        ("regsync_import", "DROP INDEX realestate.owner_property_idx"),
        // Match: reads what it compares, writes keys and links; never a registry's address or the audit.
        ("regsync_match", "UPDATE vehicle.registration SET owner_address = 'x' WHERE false"),
        ("regsync_match", "UPDATE resident.person SET name = name WHERE false"),
        ("regsync_match", "SELECT individual_number_hmac FROM resident.person"),
        (
            "regsync_match",
            "INSERT INTO regsync.audit (registry, record_key, field, action, reason, actor) "
                + "VALUES ('vehicle', 'k', 'owner_address', 'note', 'role test', 'test')"
        ),
        ("regsync_match", "UPDATE regsync.steward_decision SET verdict = verdict WHERE false"),
        ("regsync_match", "INSERT INTO regsync.change SELECT * FROM regsync.change WHERE false"),
        ("regsync_match", "SELECT pseudonym FROM realestate.holder_pseudonym"),
        ("regsync_match", "DROP INDEX vehicle.registration_keys_owner_idx"),
        // Propagate: the registries' address columns only; never the resident register or the links.
        ("regsync_propagate", "UPDATE resident.person SET name = name WHERE false"),
        (
            "regsync_propagate",
            "INSERT INTO resident.address (record_key, source_file_id, source_line, resident_code) "
                + "VALUES ('k', 1, 1, 'c')"
        ),
        ("regsync_propagate", "UPDATE vehicle.registration SET owner_name = owner_name WHERE false"),
        ("regsync_propagate", "UPDATE regsync.link SET resident_code = resident_code WHERE false"),
        ("regsync_propagate", "UPDATE regsync.audit SET after = after WHERE false"),
        ("regsync_propagate", "DELETE FROM regsync.audit WHERE false"),
        ("regsync_propagate", "INSERT INTO regsync.audit_seal SELECT * FROM regsync.audit_seal WHERE false"),
        ("regsync_propagate", "SELECT individual_number_hmac FROM resident.person"),
        ("regsync_propagate", "SELECT verdict FROM regsync.steward_decision"),
        // Steward: verdicts and the link columns they decide; never a registry or the audit's rows.
        ("regsync_steward", "UPDATE vehicle.registration SET owner_address = 'x' WHERE false"),
        ("regsync_steward", "UPDATE commercial.officer SET address = address WHERE false"),
        ("regsync_steward", "DELETE FROM regsync.audit WHERE false"),
        ("regsync_steward", "SELECT after FROM regsync.audit"),
        ("regsync_steward", "UPDATE regsync.link SET run_id = run_id WHERE false"),
        ("regsync_steward", "DELETE FROM regsync.link WHERE false"),
        ("regsync_steward", "UPDATE regsync.steward SET role = 'approver' WHERE false"),
        (
            "regsync_steward",
            "INSERT INTO regsync.steward (name, role, password_hash) VALUES ('intruder', 'dv-officer', 'x')"
        ),
        ("regsync_steward", "UPDATE regsync.change SET status = 'applied' WHERE false"),
        ("regsync_steward", "SELECT individual_number_hmac FROM resident.person"),
        ("regsync_steward", "SELECT pseudonym FROM vehicle.holder_pseudonym"),
        // Auditor: the audit and its seals, read only.
        ("regsync_auditor", "SELECT resident_code FROM regsync.link"),
        ("regsync_auditor", "SELECT name FROM resident.person"),
        ("regsync_auditor", "UPDATE regsync.audit_head SET seal_id = seal_id"),
        // The nightly job: the stages' union, and nothing of the steward's or the seals'.
        ("regsync_sync", "UPDATE regsync.audit SET actor = 'x' WHERE false"),
        ("regsync_sync", "INSERT INTO regsync.audit_seal SELECT * FROM regsync.audit_seal WHERE false"),
        ("regsync_sync", "SELECT password_hash FROM regsync.steward"),
        ("regsync_sync", "UPDATE regsync.steward_decision SET verdict = verdict WHERE false"),
        // A registry reader: its own schema only.
        ("regsync_vehicle", "SELECT owner_name FROM realestate.owner"),
        ("regsync_vehicle", "SELECT name FROM resident.person"),
        ("regsync_vehicle", "SELECT resident_code FROM regsync.link"),
    ]

    @Test("each role is refused with SQLSTATE 42501 outside its grant", arguments: refusals)
    func refused(_ role: String, _ statement: String) throws {
        let connection = try Self.empty.get().connect(as: role)
        let error = #expect(throws: PostgresError.self, "\(role): \(statement)") { try connection.execute(statement) }
        #expect(error?.sqlState == "42501", "\(role): \(statement): \(String(describing: error))")
        // The audit's own trigger also answers 42501: the refusal must be the grant's.
        let message = error?.safeDescription ?? ""
        #expect(message.contains("permission denied") || message.contains("must be owner"), "\(message)")
    }

    /// The same boundaries from inside: what each role must be allowed (rolled back).
    static let allowed: [(role: String, statement: String)] = [
        ("regsync_reporting", "SELECT change_id, record_key, status, old_address, new_address FROM regsync.change"),
        ("regsync_reporting", "SELECT * FROM regsync.discrepancy"),
        ("regsync_reporting", "SELECT owner_name, owner_address FROM vehicle.registration"),
        ("regsync_reporting", "SELECT * FROM regsync.run"),
        ("regsync_reporting", "SELECT * FROM regsync.imported_file"),
        ("regsync_import", "UPDATE vehicle.registration SET owner_address = owner_address WHERE false"),
        ("regsync_import", "SELECT individual_number_hmac FROM resident.person"),
        ("regsync_match", "DELETE FROM regsync.link WHERE false"),
        ("regsync_match", "SELECT name, resident_code FROM resident.person"),
        ("regsync_propagate", "UPDATE vehicle.registration SET owner_address = owner_address WHERE false"),
        (
            "regsync_propagate",
            "UPDATE commercial.officer SET address = address, address_recorded_on = NULL WHERE false"
        ),
        (
            "regsync_propagate",
            "INSERT INTO regsync.audit (registry, record_key, field, action, reason, actor) "
                + "VALUES ('vehicle', 'k', 'owner_address', 'note', 'role test', 'test')"
        ),
        ("regsync_steward", "UPDATE regsync.link SET decision = decision, resident_code = resident_code WHERE false"),
        ("regsync_steward", "SELECT name, resident_code FROM resident.person"),
        ("regsync_auditor", "SELECT * FROM regsync.audit_seal"),
        ("regsync_sync", "UPDATE regsync.link SET reason = reason WHERE false"),
        ("regsync_vehicle", "SELECT * FROM vehicle.holder_pseudonym"),
    ]

    @Test("each role may do what its stage does", arguments: allowed)
    func allowedInside(_ role: String, _ statement: String) throws {
        let connection = try Self.empty.get().connect(as: role)
        try connection.executeScript("BEGIN")
        defer { connection.rollbackQuietly() }
        try connection.execute(statement)
    }

    @Test("every table of regsync's schemas is named by the policy of some stage role, and exists")
    func policyCoversEveryTable() throws {
        let database = try Self.empty.get()
        let tables = Set(
            try database.rows(
                """
                SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname IN ('regsync', 'resident', 'vehicle', 'realestate', 'commercial')
                   AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                """
            ).compactMap { $0[0] })
        let named = Set(RolePolicy.roles.flatMap { $0.tables.map(\.table) })
        #expect(tables.subtracting(named).isEmpty, "granted to no stage role: \(tables.subtracting(named).sorted())")
        #expect(named.subtracting(tables).isEmpty, "not a table: \(named.subtracting(tables).sorted())")
    }

    @Test("the pipeline runs stage by stage in least-privilege roles and links exactly as the owner's run")
    func pipeline() async throws {
        let roles = try RoleDatabase("roles_pipeline")
        let workspace = try Workspace()
        let key = try workspace.write("regsync.key", (0..<32).map { _ in UInt8.random(in: 0...255) })
        chmod(key, 0o600)
        for (registry, file, mapping) in sampleManifest {
            let run = try roles.run(
                as: "regsync_import",
                ["import", registry, packageRoot + "/samples/" + file, "--mapping", shippedMapping(mapping)],
                environment: ["REGSYNC_KEY_FILE": key])
            #expect(run.status == 0 || run.status == 10, "import \(file): \(run.stderr)")
        }
        for registry in ["vehicle", "realestate", "commercial"] {
            let run = try roles.run(as: "regsync_match", ["match", registry])
            #expect(run.status == 0 || run.status == 10, "match \(registry): \(run.stderr)")
        }
        // The owner's run of the same files: the direct load path and index rebuilds it takes
        // (and the roles do not) decide nothing differently.
        let reference = try MatchedSamples("roles_reference")
        let links = """
            SELECT registry, record_key, person_role, decision, reason, resident_code, corporate_number
              FROM regsync.link ORDER BY 1, 2, 3
            """
        let linked = try roles.rows(links)
        #expect(linked.count > 10)
        #expect(linked == (try reference.rows(links)))
        let keys = "SELECT count(*) FROM vehicle.registration_keys WHERE owner_address_key IS NOT NULL"
        #expect(try roles.rows(keys) == (try reference.rows(keys)))

        // Propagation applies, audits and rolls back in its own role.
        let config = try workspace.write("policy.yaml", utf8: "registries:\n  vehicle: {policy: apply}\n")
        let propagate = try roles.run(
            as: "regsync_propagate",
            ["propagate", "vehicle", "--config", config, "--key-file", key, "--as-of", "2026-11-27"])
        #expect(propagate.status == 0 || propagate.status == 10, "\(propagate.stderr)")
        let batch = try #require(try roles.rows("SELECT max(batch_id) FROM regsync.batch")[0][0])
        #expect(try roles.rows("SELECT count(*) FROM vehicle.holder_pseudonym")[0][0] != "0")
        let rollback = try roles.run(as: "regsync_propagate", ["rollback", batch])
        #expect(rollback.status == 0 || rollback.status == 10, "\(rollback.stderr)")
        #expect(
            try roles.rows("SELECT rolled_back_at IS NOT NULL FROM regsync.batch WHERE batch_id = \(batch)")[0][0]
                == "t")
        // The records the batch and its rollback wrote are matched again, incrementally (the
        // other persons keep the first run's decisions).
        let rematch = try roles.run(as: "regsync_match", ["match", "vehicle"])
        #expect(rematch.status == 0 || rematch.status == 10, "\(rematch.stderr)")
        #expect(
            try roles.rows("SELECT count(DISTINCT run_id) FROM regsync.link WHERE registry = 'vehicle'")[0][0] == "2")

        // Reports in the reporting role: changes and discrepancies; the links report is refused.
        for kind in ["changes", "discrepancies"] {
            let report = try roles.run(as: "regsync_reporting", ["report", kind, "vehicle", "--as-of", "2026-11-27"])
            #expect(report.status == 0, "report \(kind): \(report.stderr)")
            #expect(
                report.stdout.utf8.filter { $0 == UInt8(ascii: "\n") }.count > 1, "report \(kind): \(report.stdout)")
        }
        let links2 = try roles.run(as: "regsync_reporting", ["report", "links", "vehicle"])
        #expect(links2.status != 0)
        #expect(links2.stderr.contains("permission denied"), "\(links2.stderr)")
        let stewardLinks = try roles.run(as: "regsync_steward", ["report", "links", "vehicle"])
        #expect(stewardLinks.status == 0, "\(stewardLinks.stderr)")

        // The review file round trip in the steward's role.
        let exported = workspace.path + "/review.csv"
        let export = try roles.run(as: "regsync_steward", ["review", "export", "vehicle", "--out", exported])
        #expect(export.status == 0, "\(export.stderr)")

        // The workbench in the steward's role: log in, open a pair, confirm it, list the pending changes.
        let admin = try RegsyncBinary.run([
            "steward", "add", "role-steward", "--role", "approver", "--database", roles.database,
        ])
        let prefix = "one-time password for role-steward: "
        let password = try #require(
            admin.stdout.split(separator: "\n").first { $0.hasPrefix(prefix) }.map {
                String($0.dropFirst(prefix.count))
            })
        let server = try WorkbenchProcess(database: roles.logins["regsync_steward"]!)
        let client = WorkbenchClient(server.url)
        try await client.logIn("role-steward", oneTime: password, newPassword: "綱島台471番地-Koushin")
        let queue = try await client.get("/queue")
        #expect(queue.status == 200)
        let pair = try #require(WorkbenchClient.links(queue.body, prefix: "/pair?").first)
        let page = try await client.get(pair)
        #expect(page.status == 200)
        let form = ["csrf", "registry", "key", "role", "candidate"].map {
            ($0, WorkbenchClient.value(of: $0, in: page.body) ?? "")
        }
        let decided = try await client.post("/pair/decide", form + [("verdict", "confirm"), ("comment", "役割の試験")])
        #expect(decided.status == 303, "\(decided.body)")
        #expect(try roles.rows("SELECT count(*) FROM regsync.audit WHERE actor = 'steward:role-steward'")[0][0] == "1")
        let changes = try await client.get("/changes?registry=vehicle")
        #expect(changes.status == 200)

        // The auditor verifies the chain the three roles wrote.
        let verify = try roles.run(as: "regsync_auditor", ["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("intact\tseals="), "\(verify.stdout)")
    }

    @Test("the nightly job runs whole in regsync_sync, the union of the stage roles")
    func nightlySync() throws {
        let night = try SyncNight("roles_sync")
        let roles = try RoleDatabase("roles_sync", database: night.database)
        let run = try roles.run(
            as: "regsync_sync", ["sync", "--config", night.config, "--as-of", "2026-11-27"],
            environment: ["REGSYNC_KEY_FILE": night.key, "REGSYNC_HOME": night.workspace.path + "/home"])
        #expect(run.status == 0 || run.status == 10, "\(run.stderr)")
        #expect(try roles.rows("SELECT count(*) > 0 FROM regsync.batch WHERE registry = 'vehicle'")[0][0] == "t")
        #expect(try roles.rows("SELECT count(*) > 0 FROM regsync.link")[0][0] == "t")
    }

    @Test("an approver's workbench approves changes only when its login is granted propagation too")
    func approvalNeedsPropagation() async throws {
        let fixture = try WorkbenchFixture()
        let roles = try RoleDatabase("roles_approve", database: fixture.database)
        func approve(_ database: String, _ name: String) async throws -> (WorkbenchClient.Answer, String) {
            let server = try WorkbenchProcess(
                database: database, extra: ["--config", packageRoot + "/samples/propagation.yaml"])
            let client = WorkbenchClient(server.url)
            try await client.logIn(
                name, oneTime: try fixture.account(name, role: "approver"), newPassword: "綱島台471番地-Koushin")
            let page = try await client.get("/changes?registry=commercial")
            let id = try #require(
                page.body.components(separatedBy: "name=\"id\" value=\"").dropFirst().first.map {
                    String($0.prefix { $0 != "\"" })
                })
            let token = try #require(WorkbenchClient.csrf(page.body))
            let answer = try await client.post(
                "/changes/decide", [("csrf", token), ("registry", "commercial"), ("action", "approve"), ("id", id)])
            return (answer, id)
        }
        func status(_ id: String) throws -> String? {
            try roles.rows("SELECT status FROM regsync.change WHERE change_id = \(id)")[0][0]
        }
        let (refused, first) = try await approve(roles.logins["regsync_steward"]!, "approver-without-propagation")
        #expect(refused.status != 303 || refused.location?.contains("done=approve&applied=1") != true)
        #expect(try status(first) == "proposed")
        let both = try roles.login(granted: ["regsync_steward", "regsync_propagate"])
        let (approved, second) = try await approve(both, "approver-with-propagation")
        #expect(approved.location?.contains("done=approve&applied=1") == true, "\(approved.location ?? "")")
        #expect(try status(second) == "applied")
    }

    @Test("an incremental plan in the propagation role waits for another role's open transaction")
    func readingStartSeesOtherRoles() throws {
        let roles = try RoleDatabase("roles_reading")
        let importer = try roles.connect(as: "regsync_import")
        try importer.executeScript("BEGIN")
        let began = try #require(try importer.execute("SELECT now()::text AS at").first?["at"])
        defer { importer.rollbackQuietly() }
        let propagation = try roles.connect(as: "regsync_propagate")
        let store = PropagationStore(connection: propagation, registry: "vehicle")
        func readsFromBefore() throws -> Bool {
            try propagation.execute(
                "SELECT $1::timestamptz <= $2::timestamptz AS before", [try store.readingStart(), began]
            ).first?.bool("before") == true
        }
        #expect(try readsFromBefore())
        // Without the helper the import's transaction is hidden (pg_stat_activity shows a role
        // only its own), and the plan would read from after it: what the helper is for.
        let admin = try PostgresConnection(PostgresConfiguration(connectionString: roles.database))
        try admin.executeScript("REVOKE EXECUTE ON FUNCTION regsync.oldest_transaction_start() FROM regsync_propagate")
        #expect(try !readsFromBefore())
    }

    @Test("init --roles takes back privileges granted by hand and grants again those taken away")
    func regrant() throws {
        let roles = try RoleDatabase("roles_regrant")
        let admin = try PostgresConnection(PostgresConfiguration(connectionString: roles.database))
        func may(_ role: String, _ table: String, _ privilege: String) throws -> Bool {
            try admin.execute(
                "SELECT has_table_privilege($1, $2, $3) AS ok", [role, table, privilege]
            ).first?.bool("ok") == true
        }
        try admin.executeScript(
            """
            GRANT SELECT ON regsync.link TO regsync_reporting;
            GRANT UPDATE ON vehicle.registration TO regsync_steward;
            REVOKE INSERT ON regsync.reject FROM regsync_import;
            """)
        #expect(try may("regsync_reporting", "regsync.link", "SELECT"))
        let again = try RegsyncBinary.run(["init", "--roles", "--database", roles.database])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try !may("regsync_reporting", "regsync.link", "SELECT"))
        #expect(try !may("regsync_steward", "vehicle.registration", "UPDATE"))
        #expect(try may("regsync_import", "regsync.reject", "INSERT"))
    }

    @Test("init after an upgrade grants the tables its migrations made to the roles, without --roles")
    func regrantAfterMigration() throws {
        let roles = try RoleDatabase("roles_upgrade")
        let admin = try PostgresConnection(PostgresConfiguration(connectionString: roles.database))
        // The database as the previous release left it: without the last migration's table.
        let last = try #require(Migration.all.last)
        #expect(last.sql.contains("CREATE TABLE regsync.plan_state"))
        try admin.executeScript(
            "DROP TABLE regsync.plan_state; DELETE FROM regsync.schema_version WHERE version = \(last.version)")
        let upgrade = try RegsyncBinary.run(["init", "--database", roles.database])
        #expect(upgrade.status == 0, "\(upgrade.stderr)")
        #expect(upgrade.stderr.contains("migrations_applied=1"), "\(upgrade.stderr)")
        let propagation = try roles.connect(as: "regsync_propagate")
        try propagation.execute(
            "INSERT INTO regsync.plan_state (registry, read_from, fingerprint, run_id) VALUES ('vehicle', now(), 'f', 'r')"
        )
        #expect(try propagation.execute("SELECT count(*) AS n FROM regsync.plan_state").first?.int("n") == 1)
    }

    @Test("init --help lists every role and what reporting never reads")
    func help() throws {
        let run = try RegsyncBinary.run(["init", "--help"])
        #expect(run.status == 0)
        for role in RoleSetup.roleNames { #expect(run.stdout.contains(role), "\(role)") }
        #expect(run.stdout.contains("never reads a resident code"))
    }
}

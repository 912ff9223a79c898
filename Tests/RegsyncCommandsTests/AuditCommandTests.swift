import Foundation
import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import Testing

/// The tamper-evident audit against a real PostgreSQL: the database refuses to change or
/// remove audit rows, and `regsync audit verify` finds and names a row changed, removed or
/// added behind the sealing trigger's back (as a superuser could).
@Suite("regsync audit verify: append-only audit rows in a hash chain; tampering is found and named", .serialized)
struct AuditCommandTests {
    /// A database with an applied batch of vehicle changes, its rollback and a steward decision.
    static let audited: Result<String, any Error> = Result {
        let samples = try MatchedSamples("audit")
        let config = try samples.configFile("registries:\n  vehicle: {policy: apply}\n")
        let run = try samples.propagate("vehicle", ["--config", config])
        guard run.status == 0 || run.status == 10 else { throw ImportTestFailure("propagate: \(run.stderr)") }
        guard let batch = try samples.rows("SELECT max(batch_id) FROM regsync.batch")[0][0] else {
            throw ImportTestFailure("no batch was applied")
        }
        let rollback = try samples.regsync(["rollback", batch])
        guard rollback.status == 0 || rollback.status == 10 else {
            throw ImportTestFailure("rollback: \(rollback.stderr)")
        }
        let pair = try samples.rows(
            """
            SELECT c.record_key, c.person_role, c.resident_code FROM regsync.link l
              JOIN regsync.match_candidate c USING (registry, record_key, person_role)
             WHERE l.registry = 'vehicle' AND l.decision = 'review' AND c.rank = 1 ORDER BY 1 LIMIT 1
            """)
        guard let person = pair.first, let key = person[0], let role = person[1], let code = person[2] else {
            throw ImportTestFailure("the samples should leave a vehicle person in review")
        }
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: samples.database))
        _ = try StewardStore(connection: connection, registry: "vehicle").apply(
            [.init(recordKey: key, role: role, residentCode: code, confirm: true, comment: "同一人物")],
            steward: "sato", source: "test")
        return samples.database
    }

    /// A fresh copy of the audited database, to tamper with.
    static func copy() throws -> String {
        let postgres = try TestPostgres.shared()
        let source = try #require(try rows("SELECT current_database()", database: try audited.get())[0][0])
        let name = "audit_copy_\(UInt32.random(in: 0...UInt32.max))"
        let admin = try PostgresConnection(
            PostgresConfiguration(connectionString: postgres.connectionString(database: "postgres")))
        try admin.executeScript("CREATE DATABASE \(name) TEMPLATE \(source)")
        return postgres.connectionString(database: name)
    }

    static func verify(_ database: String) throws -> ProcessRunner.Result {
        try RegsyncBinary.run(["audit", "verify", "--database", database])
    }

    static func execute(_ sql: String, on database: String) throws {
        try PostgresConnection(PostgresConfiguration(connectionString: database)).executeScript(sql)
    }

    @Test("after apply, rollback and a steward decision every audit row is sealed and verify exits 0")
    func intact() throws {
        let database = try Self.audited.get()
        let actions = try rows("SELECT DISTINCT action FROM regsync.audit ORDER BY 1", database: database).map {
            $0[0] ?? ""
        }
        #expect(Set(actions).isSuperset(of: ["apply", "rollback", "steward_confirm"]), "\(actions)")
        let run = try Self.verify(database)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let total = try #require(try rows("SELECT count(*) FROM regsync.audit", database: database)[0][0])
        #expect(run.stdout.contains("intact\tseals="), "\(run.stdout)")
        #expect(run.stdout.contains("\trows=\(total)\n"), "\(run.stdout)")
        let sealed = try rows("SELECT sum(rows), count(*), max(seal_id) FROM regsync.audit_seal", database: database)[0]
        #expect(sealed[0] == total)
        #expect(sealed[1] == sealed[2], "seals are numbered without a gap")
    }

    @Test("a database with no audit row yet is intact")
    func emptyAudit() throws {
        let run = try Self.verify(try makeInitializedDatabase("audit_empty"))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("intact\tseals=0\trows=0"), "\(run.stdout)")
    }

    @Test("the database refuses UPDATE, DELETE and TRUNCATE of audit rows and of their seals")
    func appendOnly() throws {
        let database = try Self.copy()
        for statement in [
            "UPDATE regsync.audit SET after = 'x' WHERE audit_id = (SELECT min(audit_id) FROM regsync.audit)",
            "DELETE FROM regsync.audit WHERE audit_id = (SELECT min(audit_id) FROM regsync.audit)",
            "TRUNCATE regsync.audit", "UPDATE regsync.audit_seal SET hash = previous_hash",
            "DELETE FROM regsync.audit_seal", "TRUNCATE regsync.audit_seal", "DELETE FROM regsync.audit_head",
        ] {
            let error = #expect(throws: PostgresError.self, "\(statement)") {
                try Self.execute(statement, on: database)
            }
            #expect(error?.safeDescription.contains("is append-only") == true, "\(String(describing: error))")
        }
        let run = try Self.verify(database)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test("the nightly job's role adds audit rows, sealed for it, and may neither change them nor write a seal")
    func syncRole() throws {
        let database = try Self.copy()
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: database))
        try RoleSetup.apply(on: connection)
        try connection.executeScript(
            """
            SET ROLE regsync_sync;
            INSERT INTO regsync.audit (registry, record_key, field, action, reason, actor)
            VALUES ('vehicle', 'k', 'owner_address', 'note', 'role test', 'test');
            """)
        for statement in [
            "UPDATE regsync.audit SET actor = 'x' WHERE false", "DELETE FROM regsync.audit WHERE false",
            "INSERT INTO regsync.audit_seal SELECT * FROM regsync.audit_seal WHERE false",
            "UPDATE regsync.audit_head SET seal_id = seal_id",
        ] {
            let error = #expect(throws: PostgresError.self, "\(statement)") { try connection.execute(statement) }
            #expect(error?.safeDescription.contains("permission denied") == true, "\(String(describing: error))")
        }
        try connection.executeScript("RESET ROLE")
        let run = try Self.verify(database)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test("a row changed with the trigger disabled (as a superuser can): verify exits 65 and names its audit_id only")
    func alteredRow() throws {
        let database = try Self.copy()
        let target = try #require(
            try rows(
                "SELECT audit_id, record_key, after FROM regsync.audit WHERE action = 'apply' ORDER BY audit_id LIMIT 1 OFFSET 3",
                database: database
            ).first)
        let id = try #require(target[0])
        try Self.execute(
            """
            ALTER TABLE regsync.audit DISABLE TRIGGER audit_append_only;
            UPDATE regsync.audit SET after = after || '1' WHERE audit_id = \(id);
            ALTER TABLE regsync.audit ENABLE ALWAYS TRIGGER audit_append_only;
            """, on: database)
        let run = try Self.verify(database)
        #expect(run.status == 65, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("broken-row\taudit_id=\(id)\taltered\t"), "\(run.stdout)")
        #expect(run.stderr.contains("first broken row: audit_id \(id) (altered"), "\(run.stderr)")
        #expect(run.stderr.contains("1 rows broken"), "\(run.stderr)")
        // Neither the record nor the values appear: they could locate a protected person.
        for secret in [target[1], target[2]].compactMap({ $0 }) {
            let visible = secret.replacingOccurrences(of: "\u{1F}", with: "|")
            #expect(!run.stdout.contains(visible) && !run.stderr.contains(visible))
            #expect(!run.stdout.contains(secret) && !run.stderr.contains(secret))
        }
    }

    @Test("a row deleted with the trigger disabled: verify exits 65 and names the missing audit_id")
    func deletedRow() throws {
        let database = try Self.copy()
        let id = try #require(
            try rows("SELECT audit_id FROM regsync.audit ORDER BY audit_id LIMIT 1 OFFSET 10", database: database)[0][0]
        )
        try Self.execute(
            """
            ALTER TABLE regsync.audit DISABLE TRIGGER audit_append_only;
            DELETE FROM regsync.audit WHERE audit_id = \(id);
            """, on: database)
        let run = try Self.verify(database)
        #expect(run.status == 65, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("broken-row\taudit_id=\(id)\tdeleted\tseal="), "\(run.stdout)")
    }

    @Test("a row inserted past the sealing trigger (disabled): verify exits 65 and names it unsealed")
    func unsealedRow() throws {
        let database = try Self.copy()
        try Self.execute(
            """
            ALTER TABLE regsync.audit DISABLE TRIGGER audit_seal;
            INSERT INTO regsync.audit (registry, record_key, field, action, before, after, reason, actor)
            SELECT registry, record_key, field, action, before, after, reason, actor
              FROM regsync.audit ORDER BY audit_id LIMIT 1;
            """, on: database)
        let id = try #require(try rows("SELECT max(audit_id) FROM regsync.audit", database: database)[0][0])
        let run = try Self.verify(database)
        #expect(run.status == 65, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("broken-row\taudit_id=\(id)\tunsealed\tseal=\t"), "\(run.stdout)")
    }

    @Test("a seal rewritten to match an altered row breaks the chain at that seal")
    func rewrittenSeal() throws {
        let database = try Self.copy()
        // The forger recomputes the row's digest in its seal (keeping the seal's old hash).
        try Self.execute(
            """
            ALTER TABLE regsync.audit DISABLE TRIGGER audit_append_only;
            ALTER TABLE regsync.audit_seal DISABLE TRIGGER audit_seal_append_only;
            UPDATE regsync.audit SET after = 'x' WHERE audit_id = (SELECT first_audit_id FROM regsync.audit_seal WHERE seal_id = 1);
            UPDATE regsync.audit_seal s SET digests = overlay(s.digests PLACING \(AuditChain.rowDigest("a")) FROM 1 FOR 32)
              FROM regsync.audit a WHERE s.seal_id = 1 AND a.audit_id = s.audit_ids[1];
            """, on: database)
        let run = try Self.verify(database)
        #expect(run.status == 65, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("broken-seal\tseal=1\t"), "\(run.stdout)")
        #expect(run.stdout.contains("its hash is not that of its content"), "\(run.stdout)")
    }

    @Test("an anchor kept from an earlier verify finds a chain cut short, which is consistent in itself")
    func anchorFindsAChainCutShort() throws {
        let database = try Self.copy()
        let before = try Self.verify(database)
        #expect(before.status == 0, "\(before.stdout)\(before.stderr)")
        let head = try #require(before.stdout.split(separator: "\n").first { $0.hasPrefix("head\t") })
        let fields = Dictionary(
            head.split(separator: "\t").dropFirst().compactMap { field -> (String, String)? in
                let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
                return parts.count == 2 ? (parts[0], parts[1]) : nil
            }, uniquingKeysWith: { a, _ in a })
        let kept = "\(fields["seal"] ?? ""):\(fields["hash"] ?? "")"
        let anchored = try RegsyncBinary.run(["audit", "verify", "--anchor", kept, "--database", database])
        #expect(anchored.status == 0, "\(anchored.stdout)\(anchored.stderr)")

        // A superuser removes the last seal and its rows and moves the head back: the chain
        // that is left verifies, and only the kept anchor shows that something is gone.
        try Self.execute(
            """
            ALTER TABLE regsync.audit DISABLE TRIGGER audit_append_only;
            ALTER TABLE regsync.audit_seal DISABLE TRIGGER audit_seal_append_only;
            DELETE FROM regsync.audit WHERE audit_id IN (
                SELECT unnest(audit_ids) FROM (SELECT audit_ids FROM regsync.audit_seal ORDER BY seal_id DESC LIMIT 1) s);
            DELETE FROM regsync.audit_seal WHERE seal_id = (SELECT max(seal_id) FROM regsync.audit_seal);
            UPDATE regsync.audit_head SET seal_id = s.seal_id, hash = s.hash
              FROM (SELECT seal_id, hash FROM regsync.audit_seal ORDER BY seal_id DESC LIMIT 1) s;
            """, on: database)
        let cut = try Self.verify(database)
        #expect(cut.status == 0, "the chain left is consistent in itself: \(cut.stdout)\(cut.stderr)")
        let caught = try RegsyncBinary.run(["audit", "verify", "--anchor", kept, "--database", database])
        #expect(caught.status == 65, "\(caught.stdout)\(caught.stderr)")
        #expect(caught.stdout.contains("broken-anchor\tseal=\(fields["seal"] ?? "")\tmissing"), "\(caught.stdout)")
        let malformed = try RegsyncBinary.run(["audit", "verify", "--anchor", "3:xyz", "--database", database])
        #expect(malformed.status == 64, "\(malformed.stderr)")
    }

    @Test("a row digest covers every column of regsync.audit")
    func digestCoversEveryColumn() throws {
        let columns = try rows(
            """
            SELECT column_name FROM information_schema.columns
             WHERE table_schema = 'regsync' AND table_name = 'audit' ORDER BY ordinal_position
            """, database: try Self.audited.get()
        ).map { $0[0] ?? "" }
        #expect(Set(columns) == Set(AuditChain.columns))
    }
}

import Foundation
import RegsyncCore
import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import Testing

/// A database holding the samples, every registry matched, and a key file for pseudonyms.
struct MatchedSamples {
    let database: String
    let key: String
    let workspace: Workspace

    init(_ prefix: String) throws {
        workspace = try Workspace()
        database = try makeSamplesDatabase(prefix, in: workspace)
        key = try workspace.write("pseudonyms.key", (0..<32).map { _ in UInt8.random(in: 0...255) })
        chmod(key, 0o600)
        for registry in ["vehicle", "realestate", "commercial"] {
            let run = try RegsyncBinary.run(["match", registry, "--database", database])
            guard run.status == 0 || run.status == 10 else { throw ImportTestFailure("match: \(run.stderr)") }
        }
    }

    func regsync(_ arguments: [String]) throws -> ProcessRunner.Result {
        try RegsyncBinary.run(arguments + ["--database", database])
    }

    func propagate(_ registry: String, _ extra: [String] = []) throws -> ProcessRunner.Result {
        try regsync(["propagate", registry, "--key-file", key, "--as-of", "2026-11-27"] + extra)
    }

    func report(_ kind: String, _ registry: String, format: String = "csv") throws -> [[String]] {
        let result = try regsync(["report", kind, registry, "--format", format, "--as-of", "2026-11-27"])
        guard result.status == 0 else { throw ImportTestFailure("report \(kind): \(result.stderr)") }
        return parseCSV(String(result.stdout.unicodeScalars.filter { $0 != "\r" })).filter { $0.count > 1 }
    }

    func rows(_ sql: String) throws -> [[String?]] { try RegsyncCommandsTests.rows(sql, database: database) }

    func configFile(_ text: String) throws -> String {
        try workspace.write("propagation-\(UUID().uuidString).yaml", utf8: text)
    }
}

/// `regsync propagate`, `regsync rollback` and the change and discrepancy reports, end to end
/// on the samples against a real PostgreSQL: the outcomes of `samples/truth/expected-changes.csv`,
/// every policy, idempotence, rollback, and no protected location anywhere.
@Suite(
    "regsync propagate: planned, applied by policy, audited, reversible, never exposing a protected person", .serialized
)
struct PropagateCommandTests {
    /// The truth's rows: (registry, record key, role) → (outcome, expected address).
    static func expected() throws -> [String: (outcome: String, address: String)] {
        let records = parseCSV(
            try String(contentsOfFile: packageRoot + "/samples/truth/expected-changes.csv", encoding: .utf8))
        let header = records[0]
        let index = { (name: String) in header.firstIndex(of: name)! }
        var out: [String: (String, String)] = [:]
        for record in records.dropFirst() where record.count == header.count {
            out["\(record[index("registry")])\t\(record[index("record_key")])\t\(record[index("role")])"] = (
                record[index("outcome")], record[index("expected_address")]
            )
        }
        return out
    }

    @Test("default policy (propose): nothing is written; every decided person's outcome is the truth's, exactly")
    func truthOutcomes() throws {
        let samples = try MatchedSamples("propose")
        let before = try samples.rows(
            "SELECT md5(string_agg(t::text, '' ORDER BY record_key)) FROM vehicle.registration t")
        let expected = try Self.expected()
        var checked = 0
        for registry in ["vehicle", "realestate", "commercial"] {
            let run = try samples.propagate(registry)
            #expect(run.status == 10, "\(run.stderr)")
            let changes = try samples.report("changes", registry)
            #expect(
                changes[0] == [
                    "record_key", "person_role", "status", "kind", "old_address", "new_address", "batch", "moved_on",
                    "days_since_move", "past_deadline",
                ])
            let findings = try samples.report("discrepancies", registry)
            #expect(
                findings[0] == [
                    "record_key", "person_role", "kind", "lg_code", "detail", "days_since_move", "past_deadline",
                ])
            var change: [String: [String]] = [:]
            for row in changes.dropFirst() { change["\(row[0])\t\(row[1])"] = row }
            var kinds: [String: Set<String>] = [:]
            for row in findings.dropFirst() { kinds["\(row[0])\t\(row[1])", default: []].insert(row[2]) }
            for (key, truth) in expected where key.hasPrefix(registry + "\t") {
                let person = String(key.dropFirst(registry.count + 1))
                let found = kinds[person] ?? []
                if found.contains("ambiguous") { continue }  // awaiting a steward: no outcome yet
                checked += 1
                let row = change[person]
                switch truth.outcome {
                case "update_address":
                    #expect(
                        row?[2] == "proposed" && row?[3] == "move" && row?[5] == truth.address, "\(key): \(row ?? [])")
                case "administrative_change":
                    #expect(row?[2] == "proposed" && row?[3] == "administrative" && row?[5] == truth.address, "\(key)")
                    #expect(row?[9] == "false")
                case "dv_hold":
                    #expect(row?[2] == "held" && row?[5] == "", "\(key): \(row ?? [])")
                case "holder_deceased":
                    #expect(row == nil && found.contains("holder-deceased"), "\(key)")
                case "moved_abroad":
                    #expect(row == nil && found.contains("holder-abroad"), "\(key)")
                case "no_change":
                    #expect(row == nil && !found.contains("moved-not-updated"), "\(key): \(row ?? [])")
                case "no_link":
                    // A corporation's own move is a change of its records.
                    #expect(row == nil || row?[3] == "move", "\(key)")
                default:
                    Issue.record("unknown outcome \(truth.outcome)")
                }
            }
        }
        #expect(checked >= Int(Double(expected.count) * 0.95), "\(checked) of \(expected.count) decided")
        let after = try samples.rows(
            "SELECT md5(string_agg(t::text, '' ORDER BY record_key)) FROM vehicle.registration t")
        #expect(before == after, "propose wrote into the registry")
    }

    @Test("--dry-run prints the plan and writes nothing at all")
    func dryRun() throws {
        let samples = try MatchedSamples("dryrun")
        let tables =
            "(SELECT count(*) FROM regsync.change) || '/' || (SELECT count(*) FROM regsync.audit) || '/' || (SELECT count(*) FROM regsync.discrepancy)"
        let before = try samples.rows("SELECT \(tables)")
        let run = try RegsyncBinary.run([
            "propagate", "vehicle", "--dry-run", "--as-of", "2026-11-27", "--database", samples.database,
        ])
        #expect(run.status == 0 || run.status == 10, "\(run.stderr)")
        let planned = parseCSV(String(run.stdout.unicodeScalars.filter { $0 != "\r" })).filter { $0.count > 1 }
        #expect(planned.count > 10)
        #expect(try samples.rows("SELECT \(tables)") == before)
    }

    /// The vehicle registry's addresses and the days they were recorded, for before/after comparisons.
    static let vehicleAddresses =
        "SELECT record_key, owner_address, owner_address_recorded_on, user_address FROM vehicle.registration ORDER BY 1"

    /// Propagates the vehicle registry under policy apply.
    /// - Returns: the registry's addresses before, and the configuration file used.
    static func applyVehicle(_ samples: MatchedSamples) throws -> (before: [[String?]], config: String) {
        let before = try samples.rows(vehicleAddresses)
        let config = try samples.configFile("registries:\n  vehicle: {policy: apply}\n")
        let run = try samples.propagate("vehicle", ["--config", config])
        #expect(run.status == 10 || run.status == 0, "\(run.stderr)")
        return (before, config)
    }

    @Test(
        "policy apply: written in one audited batch; a rerun writes nothing; rollback restores all but what changed since"
    )
    func applyRerunRollback() throws {
        let samples = try MatchedSamples("apply")
        let registry = Self.vehicleAddresses
        let (before, config) = try Self.applyVehicle(samples)
        let applied = try samples.rows(
            "SELECT c.record_key, c.field, c.new_address, c.batch_id FROM regsync.change c WHERE registry = 'vehicle' AND status = 'applied'"
        )
        #expect(applied.count > 10)
        let batch = try #require(applied.first?[3] ?? nil)
        for row in applied.prefix(20) {
            let field = row[1]!
            let value = try samples.rows("SELECT \(field) FROM vehicle.registration WHERE record_key = '\(row[0]!)'")
            #expect(value.first?.first ?? nil == row[2] ?? nil)
        }
        let audited = try samples.rows(
            "SELECT count(*) FROM regsync.audit WHERE batch_id = \(batch) AND action = 'apply' AND field IN ('owner_address', 'user_address')"
        )
        #expect(Int(audited[0][0] ?? "") == applied.count)
        let evidence = try samples.rows(
            "SELECT count(*) FROM regsync.audit WHERE batch_id = \(batch) AND (evidence IS NULL OR reason = '' OR actor = '')"
        )
        #expect(evidence[0][0] == "0")
        // One audit row per change; an owner's row also carries the day recorded before and after.
        let days = try samples.rows(
            """
            SELECT a.recorded_field, a.recorded_before IS NOT DISTINCT FROM r.owner_address_recorded_on::text,
                   a.recorded_after = current_date::text
              FROM regsync.audit a JOIN vehicle.registration r USING (record_key)
             WHERE a.batch_id = \(batch) AND a.field = 'owner_address'
            """)
        #expect(!days.isEmpty)
        #expect(days.allSatisfy { $0[0] == "owner_address_recorded_on" && $0[2] == "t" })
        let beforeDays = Dictionary(before.map { ($0[0]!, $0[2]) }, uniquingKeysWith: { a, _ in a })
        let auditedDays = try samples.rows(
            "SELECT record_key, recorded_before FROM regsync.audit WHERE batch_id = \(batch) AND field = 'owner_address'"
        )
        #expect(
            auditedDays.allSatisfy { beforeDays[$0[0]!] ?? nil == $0[1] ?? nil }, "the day before is not the registry's"
        )

        // A rerun: nothing new is planned or applied.
        let second = try samples.propagate("vehicle", ["--config", config])
        #expect(second.stderr.contains(" applied=0"), "\(second.stderr)")
        let batches = try samples.rows("SELECT count(*) FROM regsync.batch WHERE registry = 'vehicle' AND changes > 0")
        #expect(batches[0][0] == "1")

        // Someone changes one written value; rollback leaves it and restores the rest.
        let touched = applied[0][0]!
        let field = applied[0][1]!
        try PostgresConnection(PostgresConfiguration(connectionString: samples.database)).execute(
            "UPDATE vehicle.registration SET \(field) = '窓口で訂正された住所' WHERE record_key = $1", [touched])
        let rollback = try samples.regsync(["rollback", batch])
        #expect(rollback.status == 10, "\(rollback.stderr)")
        #expect(rollback.stdout.contains(touched))
        for row in applied.dropFirst().prefix(20) {
            let value = try samples.rows("SELECT \(row[1]!) FROM vehicle.registration WHERE record_key = '\(row[0]!)'")
            #expect(value.first?.first ?? nil != row[2] ?? nil, "\(row[0]!) still shows the batch's value")
        }
        let kept = try samples.rows("SELECT \(field) FROM vehicle.registration WHERE record_key = '\(touched)'")
        #expect(kept[0][0] == "窓口で訂正された住所")
        // Every other record is exactly as before the batch: addresses and the days they were recorded.
        let after = try samples.rows(registry)
        #expect(after.filter { $0[0] != touched } == before.filter { $0[0] != touched })
        let statuses = try samples.report("changes", "vehicle").dropFirst().map { $0[2] }
        #expect(statuses.contains("rolled-back"))
    }

    @Test("a batch audited the schema 7 way (a second audit row for the day recorded) rolls back completely")
    func rollbackOfSchema7Batch() throws {
        let samples = try MatchedSamples("rollback7")
        let registry = Self.vehicleAddresses
        let (before, _) = try Self.applyVehicle(samples)
        let batch = try #require(try samples.rows("SELECT max(batch_id) FROM regsync.batch")[0][0])
        #expect(try samples.rows(registry) != before)
        // Rewriting the batch's rows the schema 7 way takes the append-only trigger off (as
        // only an owner can; `regsync audit verify` would then name the rows).
        try PostgresConnection(PostgresConfiguration(connectionString: samples.database)).executeScript(
            """
            ALTER TABLE regsync.audit DISABLE TRIGGER audit_append_only;
            INSERT INTO regsync.audit (batch_id, change_id, registry, record_key, person_role, field, action,
                   before, after, reason, evidence, actor)
            SELECT batch_id, change_id, registry, record_key, person_role, recorded_field, 'apply',
                   recorded_before, recorded_after, 'the day the address was recorded', evidence, actor
              FROM regsync.audit WHERE batch_id = \(batch) AND recorded_field IS NOT NULL;
            UPDATE regsync.audit SET recorded_field = NULL, recorded_before = NULL, recorded_after = NULL
             WHERE batch_id = \(batch);
            ALTER TABLE regsync.audit ENABLE ALWAYS TRIGGER audit_append_only;
            """)
        let rollback = try samples.regsync(["rollback", batch])
        #expect(rollback.status == 0, "\(rollback.stderr)")
        #expect(try samples.rows(registry) == before)
    }

    @Test(
        "incremental: a night plans only the records touched since the last plan, and ends exactly where a full plan would"
    )
    func incrementalPlanEqualsFullPlan() throws {
        let samples = try MatchedSamples("incremental")
        let first = try samples.propagate("vehicle")
        #expect(first.status == 10, "\(first.stderr)")
        #expect(!first.stderr.contains("scope_records="), "the first plan is a full one")
        let persons = try samples.rows(
            "SELECT count(*) FROM regsync.link WHERE registry = 'vehicle' AND decision = 'link'")[0][0].flatMap {
                Int($0)
            }
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: samples.database))

        // The night's changes, as imports would write them (updated_at is the writer's time).
        // A linked owner without an open change moves (a corrected current address) ...
        let mover = try #require(
            try samples.rows(
                """
                SELECT l.resident_code FROM regsync.link l
                 WHERE l.registry = 'vehicle' AND l.decision = 'link' AND l.person_role = 'owner'
                   AND NOT EXISTS (SELECT 1 FROM regsync.change c WHERE c.registry = 'vehicle'
                                    AND c.record_key = l.record_key AND c.status IN ('proposed', 'held'))
                   AND (SELECT count(*) FROM regsync.link o WHERE o.resident_code = l.resident_code) = 1
                 ORDER BY l.record_key LIMIT 1
                """
            ).first?[0] ?? nil)
        try connection.execute(
            """
            UPDATE resident.address SET address = '東京都千代田区霞が関一丁目1番1号', valid_from = '2026-11-20',
                   updated_at = now()
             WHERE resident_code = $1 AND removed_at IS NULL
               AND valid_from = (SELECT max(valid_from) FROM resident.address WHERE resident_code = $1)
            """, [mover])
        // ... registry staff write one open proposal's address by hand ...
        let handled = try #require(
            try samples.rows(
                """
                SELECT record_key, new_address FROM regsync.change
                 WHERE registry = 'vehicle' AND status = 'proposed' AND person_role = 'owner' ORDER BY change_id LIMIT 1
                """
            ).first)
        try connection.execute(
            "UPDATE vehicle.registration SET owner_address = $2, updated_at = now() WHERE record_key = $1",
            [handled[0]!, handled[1]!])
        // ... and a linked resident dies.
        let deceased = try #require(
            try samples.rows(
                """
                SELECT l.resident_code, l.record_key FROM regsync.link l JOIN resident.person p USING (resident_code)
                 WHERE l.registry = 'vehicle' AND l.decision = 'link' AND coalesce(p.status, 'active') = 'active'
                   AND l.resident_code <> '\(mover)' ORDER BY l.record_key DESC LIMIT 1
                """
            ).first)
        try connection.execute(
            "UPDATE resident.person SET status = 'deceased', updated_at = now() WHERE resident_code = $1",
            [deceased[0]!])

        let night = try samples.propagate("vehicle")
        #expect(night.status == 10, "\(night.stderr)")
        let scope = try #require(
            night.stderr.split(separator: " ").first { $0.hasPrefix("scope_records=") }
                .flatMap { Int($0.dropFirst("scope_records=".count)) }, "\(night.stderr)")
        #expect(scope >= 3 && scope < (persons ?? 0) / 2, "scope \(scope) of \(persons ?? 0) linked persons")
        // What the night did: a change for the mover, the handled proposal superseded, the death found.
        #expect(
            try samples.rows(
                """
                SELECT 1 FROM regsync.change c JOIN regsync.link l USING (record_key, person_role)
                 WHERE c.registry = 'vehicle' AND l.registry = 'vehicle' AND l.resident_code = $1
                   AND c.status = 'proposed' AND c.new_address LIKE '東京都千代田区霞が関%'
                """.replacingOccurrences(of: "$1", with: "'\(mover)'")
            ).count == 1, "\(night.stderr)")
        #expect(
            try samples.rows(
                """
                SELECT 1 FROM regsync.change WHERE record_key = '\(handled[0]!)' AND person_role = 'owner'
                   AND status IN ('proposed', 'held')
                """
            ).isEmpty, "\(night.stderr)")
        #expect(
            try samples.rows(
                "SELECT 1 FROM regsync.discrepancy WHERE record_key = '\(deceased[1]!)' AND kind = 'holder-deceased'"
            ).count >= 1)

        // A full plan of the same data changes nothing: the incremental night ended where it would.
        let state = """
            SELECT 'change', record_key, person_role, status, kind, old_address, new_address, new_key, moved_on::text
              FROM regsync.change WHERE registry = 'vehicle'
            UNION ALL
            SELECT 'discrepancy', record_key, person_role, kind, lg_code, detail, moved_on::text, deadline::text, NULL
              FROM regsync.discrepancy WHERE registry = 'vehicle'
            UNION ALL
            SELECT 'pseudonym', record_key, person_role, pseudonym, NULL, NULL, NULL, NULL, NULL
              FROM vehicle.holder_pseudonym
             ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
            """
        let incremental = try samples.rows(state)
        let full = try samples.propagate("vehicle", ["--full"])
        #expect(full.status == 10, "\(full.stderr)")
        #expect(full.stderr.contains(" planned=0 "), "\(full.stderr)")
        let replanned = try samples.rows(state)
        let described = { (rows: [[String?]]) in Set(rows.map { $0.map { $0 ?? "∅" }.joined(separator: "|") }) }
        #expect(
            replanned == incremental,
            "a full plan differs from the incremental night: only after the night \(described(incremental).subtracting(described(replanned)).sorted()), only after the full plan \(described(replanned).subtracting(described(incremental)).sorted())"
        )
    }

    @Test("apply-with-consent writes only where the owner consented; the rest is proposed; staff approve and refuse")
    func consentApproveRefuse() throws {
        let samples = try MatchedSamples("consent")
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: samples.database))
        // Half of the owners consented (every other record).
        try connection.execute(
            "UPDATE realestate.owner SET address_change_consent = (abs(hashtext(record_key)) % 2 = 0)")
        let config = try samples.configFile("registries:\n  realestate: {policy: apply-with-consent}\n")
        let run = try samples.propagate("realestate", ["--config", config])
        #expect(run.status == 10, "\(run.stderr)")
        let written = try samples.rows(
            """
            SELECT o.address_change_consent FROM regsync.change c JOIN realestate.owner o USING (record_key)
             WHERE c.registry = 'realestate' AND c.status = 'applied'
            """)
        #expect(!written.isEmpty)
        #expect(written.allSatisfy { $0[0] == "t" }, "a change was written without consent")
        let proposed = try samples.rows(
            "SELECT change_id FROM regsync.change WHERE registry = 'realestate' AND status = 'proposed' ORDER BY change_id"
        )
        try #require(proposed.count >= 2)
        let approveID = proposed[0][0]!
        let refuseID = proposed[1][0]!
        let decided = try samples.regsync([
            "propagate", "realestate", "--approve", approveID, "--refuse", refuseID, "--actor", "yamada",
        ])
        #expect(decided.status == 0, "\(decided.stderr)")
        let statuses = try samples.rows(
            "SELECT change_id, status, decided_by FROM regsync.change WHERE change_id IN (\(approveID), \(refuseID)) ORDER BY change_id"
        )
        #expect(statuses.map { $0[1] ?? "" } == ["applied", "refused"])
        #expect(statuses.allSatisfy { $0[2] == "yamada" })
        let again = try samples.regsync(["propagate", "realestate", "--approve", refuseID])
        #expect(again.status == 64, "a refused change cannot be approved: \(again.stderr)")
    }

    @Test("--proposals lists the open proposals with their ids; --approve-all writes them in one batch")
    func proposalsAndApproveAll() throws {
        let samples = try MatchedSamples("approveall")
        #expect(try samples.propagate("commercial").status == 10)
        let listed = try samples.regsync(["propagate", "commercial", "--proposals"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let rows = parseCSV(listed.stdout).filter { $0.count > 1 }
        #expect(rows.first?.first == "change_id")
        let open = try samples.rows(
            "SELECT change_id FROM regsync.change WHERE registry = 'commercial' AND status = 'proposed' ORDER BY change_id"
        )
        #expect(rows.dropFirst().map { $0[0] } == open.map { $0[0] ?? "" })
        #expect(try samples.regsync(["propagate", "commercial", "--approve-all"]).status == 0)
        let after = try samples.rows(
            """
            SELECT count(*) FILTER (WHERE status = 'proposed'), count(DISTINCT batch_id) FILTER (WHERE status = 'applied'),
                   count(*) FILTER (WHERE status = 'applied')
              FROM regsync.change WHERE registry = 'commercial'
            """)
        #expect(after[0] == ["0", "1", String(open.count)])
    }

    @Test(
        "registry findings: one holder named twice and linked to two residents, a removed resident, an unplaceable address"
    )
    func registryFindings() throws {
        let samples = try MatchedSamples("findings")
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: samples.database))
        // A record whose owner and user are one person, linked to one resident: the user's
        // link now names another resident (as a wrong steward decision would).
        let twice = try #require(
            try samples.rows(
                """
                SELECT o.record_key FROM regsync.link o
                  JOIN regsync.link u ON u.registry = 'vehicle' AND u.record_key = o.record_key
                                     AND u.person_role = 'user' AND u.decision = 'link'
                  JOIN vehicle.registration v ON v.record_key = o.record_key
                 WHERE o.registry = 'vehicle' AND o.person_role = 'owner' AND o.decision = 'link'
                   AND u.resident_code = o.resident_code AND v.owner_name = v.user_name
                 ORDER BY 1 LIMIT 1
                """
            ).first?[0])
        try connection.execute(
            """
            UPDATE regsync.link SET resident_code = (SELECT min(resident_code) FROM resident.person
                                                     WHERE resident_code <> regsync.link.resident_code)
             WHERE registry = 'vehicle' AND record_key = $1 AND person_role = 'user'
            """, [twice])
        // A linked owner whose resident was removed from the register.
        let removed = try #require(
            try samples.rows(
                """
                SELECT l.record_key, l.resident_code FROM regsync.link l JOIN resident.person p USING (resident_code)
                 WHERE l.registry = 'realestate' AND l.decision = 'link' AND NOT p.dv_protected
                   AND coalesce(p.status, 'active') = 'active' ORDER BY 1 LIMIT 1
                """
            ).first)
        try connection.execute("UPDATE resident.person SET status = 'removed' WHERE resident_code = $1", [removed[1]])
        // A linked owner's address rewritten into something no gazetteer holds.
        let unplaceable = try #require(
            try samples.rows(
                """
                SELECT l.record_key FROM regsync.link l
                 WHERE l.registry = 'vehicle' AND l.person_role = 'owner' AND l.decision = 'link' AND l.record_key <> $1
                 ORDER BY 1 LIMIT 1
                """.replacingOccurrences(of: "$1", with: "'\(twice)'")
            ).first?[0])
        try connection.execute(
            "UPDATE vehicle.registration SET owner_address = 'どこかの町', updated_at = now() WHERE record_key = $1",
            [unplaceable])
        for registry in ["vehicle", "realestate"] { #expect(try samples.propagate(registry).status == 10) }
        let vehicle = try samples.report("discrepancies", "vehicle")
        let realestate = try samples.report("discrepancies", "realestate")
        let display = { (key: String) in key.replacingOccurrences(of: "\u{1F}", with: "|") }
        #expect(vehicle.contains { $0[0] == display(twice) && $0[2] == "conflicting-links" }, "\(twice)")
        #expect(vehicle.contains { $0[0] == display(unplaceable) && $0[2] == "unparseable-address" })
        #expect(realestate.contains { $0[0] == display(removed[0]!) && $0[2] == "holder-removed" })
        #expect(!vehicle.contains { $0[0] == display(unplaceable) && $0[2] == "moved-not-updated" })
        let changes = try samples.report("changes", "realestate")
        #expect(!changes.contains { $0[0] == display(removed[0]!) }, "a removed holder gets no change")
    }

    @Test("policy report writes nothing and cannot be approved")
    func reportPolicy() throws {
        let samples = try MatchedSamples("report")
        let config = try samples.configFile("registries:\n  commercial: {policy: report}\n")
        #expect(try samples.propagate("commercial", ["--config", config]).status == 10)
        #expect(
            try samples.rows(
                "SELECT count(*) FROM regsync.change WHERE registry = 'commercial' AND status = 'applied'")[0][0] == "0"
        )
        let id = try #require(
            try samples.rows(
                "SELECT min(change_id) FROM regsync.change WHERE registry = 'commercial' AND status = 'proposed'")[0][0]
        )
        let approve = try RegsyncBinary.run([
            "propagate", "commercial", "--config", config, "--approve", id, "--database", samples.database,
        ])
        #expect(approve.status == 78)
    }

    @Test("a corporation's move (NTA daily diff) plans a change for the records it holds")
    func corporateMove() throws {
        let samples = try MatchedSamples("corporate")
        _ = try samples.propagate("vehicle")
        let rows = try samples.rows(
            """
            SELECT c.new_address, k.address FROM regsync.change c
              JOIN commercial.corporation k ON k.corporate_number = c.corporate_number
             WHERE c.registry = 'vehicle' AND c.holder = 'corporation'
            """)
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row[0] != nil && row[0]!.hasPrefix(String(row[1]!.prefix(3))))
        }
    }

    @Test("pseudonyms: registries hold keyed pseudonyms, never a resident code; two registries' pseudonyms differ")
    func pseudonyms() throws {
        let samples = try MatchedSamples("pseudonyms")
        for registry in ["vehicle", "realestate", "commercial"] { _ = try samples.propagate(registry) }
        let codes = Set(try samples.rows("SELECT resident_code FROM resident.person").compactMap { $0[0] })
        for schema in ["vehicle", "realestate", "commercial"] {
            for table in try samples.rows(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = '\(schema)'")
            {
                let text = try allText(of: "\(schema).\(table[0]!)", database: samples.database)
                #expect(!codes.contains { text.contains($0) }, "\(schema).\(table[0]!) holds a resident code")
            }
        }
        let shared = try samples.rows(
            """
            SELECT v.pseudonym, r.pseudonym FROM regsync.link lv
              JOIN regsync.link lr ON lr.resident_code = lv.resident_code AND lr.registry = 'realestate' AND lr.decision = 'link'
              JOIN vehicle.holder_pseudonym v ON v.record_key = lv.record_key AND v.person_role = lv.person_role
              JOIN realestate.holder_pseudonym r ON r.record_key = lr.record_key AND r.person_role = lr.person_role
             WHERE lv.registry = 'vehicle' AND lv.decision = 'link'
            """)
        #expect(!shared.isEmpty)
        #expect(shared.allSatisfy { $0[0] != $0[1] && ($0[0]?.count ?? 0) == 64 })
        let missing = try RegsyncBinary.run(["propagate", "vehicle", "--database", samples.database])
        #expect(missing.status == 78)
        chmod(samples.key, 0o644)
        #expect(try samples.propagate("vehicle").status == 78)
        chmod(samples.key, 0o600)

        // A new key (rotated): the next night gives every holder a new pseudonym, though no
        // record was touched (the incremental plan starts over under another key).
        let before = try samples.rows(
            "SELECT record_key, person_role, pseudonym FROM vehicle.holder_pseudonym ORDER BY 1, 2")
        let rotated = try samples.workspace.write("rotated.key", (0..<32).map { _ in UInt8.random(in: 0...255) })
        chmod(rotated, 0o600)
        let night = try samples.regsync(["propagate", "vehicle", "--key-file", rotated, "--as-of", "2026-11-27"])
        #expect(night.status == 10, "\(night.stderr)")
        let after = try samples.rows(
            "SELECT record_key, person_role, pseudonym FROM vehicle.holder_pseudonym ORDER BY 1, 2")
        #expect(after.count == before.count && !after.isEmpty)
        #expect(
            zip(before, after).allSatisfy { $0[0] == $1[0] && $0[1] == $1[1] && $0[2] != $1[2] },
            "a pseudonym of the old key is left")
    }

    @Test("a second propagation of the same registry while one runs is refused with 75")
    func concurrent() throws {
        let samples = try MatchedSamples("lock")
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: samples.database))
        #expect(try connection.tryAdvisoryLock(PostgresConnection.advisoryLockKey("regsync.propagate:vehicle")))
        #expect(try samples.propagate("vehicle").status == 75)
    }
}

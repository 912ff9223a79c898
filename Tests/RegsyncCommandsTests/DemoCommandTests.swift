import Foundation
import RegsyncCore
import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import RegsyncText
import Testing

/// A `regsync demo` run on a test database, with its own home (reports, rejects, demo key).
struct DemoRun {
    let workspace: Workspace
    let database: String
    let home: String
    let result: ProcessRunner.Result
    /// The run's report folder (`$REGSYNC_HOME/reports/RUN`).
    let reports: String

    init(_ prefix: String, extra: [String] = []) throws {
        workspace = try Workspace()
        database = try makeInitializedDatabase(prefix)
        home = workspace.path + "/home"
        result = try RegsyncBinary.run(
            [
                "demo", "--samples", packageRoot + "/samples", "--mappings", packageRoot + "/mappings", "--database",
                database,
            ] + extra, environment: ["REGSYNC_HOME": home])
        let runs = (try? FileManager.default.contentsOfDirectory(atPath: home + "/reports")) ?? []
        let firstNights = runs.filter { !$0.hasSuffix("-night2") }
        guard result.status == 0 || result.status == 10, let run = firstNights.first, firstNights.count == 1,
            runs.contains(run + "-night2")
        else {
            throw ImportTestFailure("demo: \(result.status) \(result.stderr)")
        }
        reports = home + "/reports/" + run
        secondNight = reports + "-night2"
    }

    /// The second night's folder (`regsync sync --config samples/sync.yaml` after the first).
    let secondNight: String

    func rows(_ sql: String) throws -> [[String?]] { try RegsyncCommandsTests.rows(sql, database: database) }

    func csv(_ registry: String, _ name: String) throws -> [[String]] {
        let text = try String(contentsOfFile: "\(reports)/\(registry)/\(name).csv", encoding: .utf8)
        return parseCSV(String(text.unicodeScalars.filter { $0 != "\r" })).filter { $0.count > 1 }
    }
}

/// `regsync demo`: the samples end to end, held to their ground truth, and the DV promise
/// checked against everything the whole pipeline produced.
@Suite("regsync demo: the samples end to end meet their truth and expose no protected address", .serialized)
struct DemoCommandTests {
    @Test(
        "the demo meets samples/truth/expected-changes.csv exactly, by the samples' policies, and writes every report")
    func expectedChanges() throws {
        let demo = try DemoRun("demo")
        let records = parseCSV(
            try String(contentsOfFile: packageRoot + "/samples/truth/expected-changes.csv", encoding: .utf8))
        let header = records[0]
        let column = { (name: String) in header.firstIndex(of: name)! }
        // The policies of samples/propagation.yaml: vehicles written at once; real estate with
        // consent (the samples carry none: proposed); commercial proposed.
        let statusByPolicy = ["vehicle": "applied", "realestate": "proposed", "commercial": "proposed"]
        var checked = 0
        for registry in ["vehicle", "realestate", "commercial"] {
            for name in ["changes", "discrepancies"] {
                for format in ["csv", "json", "html"] {
                    #expect(FileManager.default.fileExists(atPath: "\(demo.reports)/\(registry)/\(name).\(format)"))
                }
            }
            let html = try String(contentsOfFile: "\(demo.reports)/\(registry)/changes.html", encoding: .utf8)
            #expect(!html.contains("src=\"http") && !html.contains("href=\"http"), "the page loads nothing")
            var change: [String: [String]] = [:]
            for row in try demo.csv(registry, "changes").dropFirst() { change["\(row[0])\t\(row[1])"] = row }
            var kinds: [String: Set<String>] = [:]
            for row in try demo.csv(registry, "discrepancies").dropFirst() {
                kinds["\(row[0])\t\(row[1])", default: []].insert(row[2])
            }
            for record in records.dropFirst()
            where record.count == header.count && record[column("registry")] == registry {
                checked += 1
                let person = "\(record[column("record_key")])\t\(record[column("role")])"
                let row = change[person]
                let found = kinds[person] ?? []
                let expected = record[column("expected_address")]
                let label = "\(registry) \(person) \(record[column("outcome")])"
                #expect(!found.contains("ambiguous"), "\(label): still in review")
                switch record[column("outcome")] {
                case "update_address":
                    #expect(
                        row?[2] == statusByPolicy[registry] && row?[3] == "move" && row?[5] == expected,
                        "\(label): \(row ?? [])")
                case "administrative_change":
                    #expect(
                        row?[3] == "administrative" && row?[5] == expected && row?[9] == "false",
                        "\(label): \(row ?? [])")
                case "dv_hold":
                    #expect(row?[2] == "held" && row?[5] == "", "\(label): \(row ?? [])")
                case "holder_deceased":
                    #expect(row == nil && found.contains("holder-deceased"), "\(label)")
                case "moved_abroad":
                    #expect(row == nil && found.contains("holder-abroad"), "\(label)")
                case "no_change", "no_link":
                    #expect(row == nil && !found.contains("moved-not-updated"), "\(label): \(row ?? [])")
                default:
                    Issue.record("unknown outcome in \(label)")
                }
            }
        }
        #expect(checked == records.count - 1)
        // Applied vehicle changes are in the registry and in one audited batch.
        let applied = try demo.rows(
            """
            SELECT count(*) FROM regsync.change c JOIN vehicle.registration v USING (record_key)
             WHERE c.registry = 'vehicle' AND c.status = 'applied'
               AND (CASE c.person_role WHEN 'owner' THEN v.owner_address ELSE v.user_address END) = c.new_address
            """)
        #expect(Int(applied[0][0] ?? "") ?? 0 > 10)
        #expect(demo.result.stdout.contains("planned applied proposed"))
    }

    @Test(
        "the second night is the nightly job on the same samples: every file skipped by its content, only the records the first night wrote normalised again, nothing planned"
    )
    func secondNightRedoesNothing() throws {
        let workspace = try Workspace()
        let summaryPath = workspace.path + "/demo-summary.json"
        let demo = try DemoRun("night2", extra: ["--summary", summaryPath])
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summaryPath)))
        let counts = (summary as? [String: Any])?["counts"] as? [String: Int] ?? [:]
        #expect(counts["night2.files"] == 11)  // one file per input of samples/sync.yaml
        #expect(counts["night2.already_imported"] == 11)
        #expect(counts["night2.loaded"] == 0)
        #expect(counts["night2.changes_planned"] == 0)
        // The only rows normalised again are those the first night's applied changes wrote.
        let written = try demo.rows(
            "SELECT count(DISTINCT (registry, record_key)) FROM regsync.change WHERE status = 'applied'")
        #expect((Int(written[0][0] ?? "") ?? 0) > 0)
        #expect(counts["night2.keys_computed"] == Int(written[0][0] ?? "") ?? -1)
        #expect(FileManager.default.fileExists(atPath: demo.secondNight + "/vehicle/changes.csv"))
        #expect(demo.result.stdout.contains("second night (regsync sync --config"))
    }

    @Test(
        "no protected location anywhere: every file, log line and summary of the whole pipeline, every registry and regsync table"
    )
    func protectedAddressesNowhere() throws {
        let demo = try DemoRun("dv", extra: ["--verbose"])
        var outputs = [demo.result.stdout, demo.result.stderr]
        // Beyond the demo: the review queue exported, the links report, the plan of a dry
        // run, a propagation that writes the configured substitute address, a rollback.
        let substitute = "東京都千代田区霞が関一丁目1番1号 法務局気付"
        let config = try demo.workspace.write(
            "substitute.yaml", utf8: "registries:\n  realestate: {policy: apply, substitute_address: \(substitute)}\n")
        let environment = ["REGSYNC_HOME": demo.home, "REGSYNC_KEY_FILE": demo.home + "/keys/demo.key"]
        func run(_ arguments: [String]) throws {
            let result = try RegsyncBinary.run(
                arguments + [
                    "--database", demo.database, "--verbose", "--summary", demo.home + "/summary-\(outputs.count).json",
                ],
                environment: environment)
            #expect([0, 10].contains(result.status), "\(arguments): \(result.stderr)")
            outputs += [result.stdout, result.stderr]
        }
        for registry in ["vehicle", "realestate", "commercial"] {
            try run(["review", "export", registry, "--out", demo.home + "/queue-\(registry).csv"])
            try run(["report", "links", registry])
            try run(["propagate", registry, "--dry-run", "--as-of", "2026-11-27"])
            for kind in ["changes", "discrepancies"] {
                for format in ["csv", "json", "html"] {
                    try run(["report", kind, registry, "--format", format, "--as-of", "2026-11-27"])
                }
            }
        }
        try run(["propagate", "realestate", "--config", config, "--as-of", "2026-11-27"])
        let batch = try #require(
            try demo.rows("SELECT max(batch_id) FROM regsync.batch WHERE registry = 'realestate'")[0][0])
        try run(["report", "changes", "realestate", "--as-of", "2026-11-27"])

        // The substitute address is what the protected owners' records now show.
        let substituted = try demo.rows(
            """
            SELECT o.owner_address FROM regsync.change c JOIN realestate.owner o USING (record_key)
             WHERE c.registry = 'realestate' AND c.substitute AND c.status = 'applied'
            """)
        #expect(!substituted.isEmpty, "no substitute address was written")
        #expect(substituted.allSatisfy { $0[0] == substitute })
        try run(["rollback", batch])

        // What locates each protected resident's address: its text as registered, the
        // standard notation, the normaliser key and its place part, the postal code — each
        // only where nothing else (a registry's own record, an unprotected resident at the
        // same place or postal code) holds it legitimately.
        let normalizer = AddressNormalizer()
        let protected = try demo.rows(
            """
            SELECT a.resident_code, a.address, a.postal_code FROM resident.address a
              JOIN resident.person p USING (resident_code)
             WHERE p.dv_protected AND a.valid_to IS NULL AND a.removed_at IS NULL
            UNION
            SELECT e.resident_code, e.address, e.postal_code FROM resident.event e
              JOIN resident.person p USING (resident_code)
             WHERE p.dv_protected AND e.address IS NOT NULL AND e.removed_at IS NULL
            """)
        let unprotected = try demo.rows(
            """
            SELECT a.address, a.postal_code FROM resident.address a JOIN resident.person p USING (resident_code)
             WHERE NOT p.dv_protected AND a.removed_at IS NULL
            """)
        let otherPlaces = Set(unprotected.compactMap { $0[0].map { place(normalizer.normalize($0).key) } })
        let otherPostalCodes = Set(unprotected.compactMap { $0[1] })
        // Registry addresses regsync did not write: held before the run, legitimately.
        var registryPlaces: Set<String> = []
        for (table, columns) in [
            ("vehicle.registration", ["owner_address", "user_address"]), ("realestate.owner", ["owner_address"]),
            ("commercial.officer", ["address"]), ("commercial.corporation", ["address"]),
        ] {
            for column in columns {
                for row in try demo.rows("SELECT \(column) FROM \(table) WHERE \(column) IS NOT NULL") {
                    registryPlaces.insert(place(normalizer.normalize(row[0]!).key))
                }
            }
        }
        var needles: [(what: String, value: String)] = []
        var personScoped: [String: [String]] = [:]  // resident code → lg code, town key
        for row in protected {
            guard let code = row[0], let text = row[1] else { continue }
            let normalized = normalizer.normalize(text)
            let where_ = place(normalized.key)
            guard !otherPlaces.contains(where_), !registryPlaces.contains(where_) else { continue }
            needles += [("address", text), ("standard notation", normalized.rendered), ("key", normalized.key)]
            needles.append(("place key", where_))
            if let postal = row[2], !postal.isEmpty, !otherPostalCodes.contains(postal) {
                needles.append(("postal code", postal))
            }
            let parts = normalized.key.split(separator: "|", omittingEmptySubsequences: false)
            let town = parts.count > 2 ? String(parts[2]) : ""
            personScoped[code, default: []] += [normalized.lgCode ?? "", town].filter { !$0.isEmpty }
        }
        try #require(needles.count >= 20, "too few protected addresses to look for: \(needles.count)")

        // Everything the runs produced: stdout, stderr, and every file under the home
        // (reports, rejects, summaries, the exported queue) but the database's own files.
        var haystacks: [(name: String, text: String)] = outputs.enumerated().map { ("output \($0.offset)", $0.element) }
        let files = FileManager.default.enumerator(atPath: demo.home)
        while let file = files?.nextObject() as? String {
            guard !file.hasPrefix("cluster"), !file.hasPrefix("keys") else { continue }
            var isDirectory: ObjCBool = false
            let path = demo.home + "/" + file
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            haystacks.append((file, String(decoding: data, as: UTF8.self)))
        }
        #expect(haystacks.contains { $0.name.hasSuffix("review.html") })
        #expect(haystacks.contains { $0.name.hasSuffix("discrepancies.html") })
        // Every table of the registries and of regsync itself.
        for schema in ["vehicle", "realestate", "commercial", "regsync"] {
            for table in try demo.rows(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = '\(schema)' AND table_type = 'BASE TABLE'"
            ) {
                haystacks.append(
                    ("\(schema).\(table[0]!)", try allText(of: "\(schema).\(table[0]!)", database: demo.database)))
            }
        }
        for (name, text) in haystacks {
            for needle in needles where text.contains(needle.value) {
                Issue.record("\(name) holds a protected resident's \(needle.what)")
            }
        }

        // The protected persons' own rows name neither the municipality nor the town they
        // moved to (the registry's old municipality is what reports count them under).
        for (code, values) in personScoped {
            let rows = try demo.rows(
                """
                SELECT c::text FROM regsync.change c WHERE c.resident_code = '\(code)'
                UNION ALL
                SELECT d::text FROM regsync.discrepancy d JOIN regsync.link l
                    ON l.registry = d.registry AND l.record_key = d.record_key AND l.person_role = d.person_role
                 WHERE l.resident_code = '\(code)'
                UNION ALL
                SELECT a::text FROM regsync.audit a JOIN regsync.change c USING (change_id) WHERE c.resident_code = '\(code)'
                """)
            let old = try demo.rows(
                """
                SELECT DISTINCT c.lg_code FROM regsync.change c WHERE c.resident_code = '\(code)' AND c.lg_code IS NOT NULL
                """
            ).compactMap { $0[0] }
            for row in rows.compactMap({ $0[0] }) {
                for value in values where !old.contains(value) && row.contains("," + value + ",") {
                    Issue.record("a row of a protected resident's change names the municipality or town moved to")
                }
            }
        }
    }

    @Test(
        "the change and discrepancy pages in headless Chromium: rendered, every row and count, offline, sortable")
    func pagesInBrowser() throws {
        let demo = try DemoRun("demopages")
        let browser = try ReviewReportBrowserTests.chromium()
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1800"]
        // (page, the column of days since the move) for the registries that have findings.
        for (registry, name, daysColumn) in [
            ("vehicle", "changes", 8), ("realestate", "changes", 8), ("vehicle", "discrepancies", 5),
            ("realestate", "discrepancies", 5),
        ] {
            let page = "\(demo.reports)/\(registry)/\(name).html"
            let html = try String(contentsOfFile: page, encoding: .utf8)
            for reference in ["src=\"http", "href=\"http", "url(http", "@import", "src=\"//", "href=\"//"] {
                #expect(!html.contains(reference), "\(page): nothing may come from the network")
            }
            let screenshot = demo.workspace.path + "/\(registry)-\(name).png"
            let shot = try ProcessRunner.run(browser, flags + ["--screenshot=\(screenshot)", "file://\(page)"])
            #expect(shot.status == 0, "\(shot.stderr)")
            let stats = try ProcessRunner.run(
                "/usr/bin/env",
                ["python3", packageRoot + "/Tests/RegsyncCommandsTests/Support/png_stats.py", screenshot])
            #expect((Double(stats.stdout.split(separator: " ").first ?? "") ?? 0) > 0.01, "\(page) is nearly blank")

            // Every row of the CSV form is on the page, and the page counts them all.
            let csvRows = try demo.csv(registry, name).dropFirst()
            try #require(!csvRows.isEmpty, "\(registry) \(name): nothing to show")
            let dom = try ProcessRunner.run(browser, flags + ["--dump-dom", "file://\(page)"]).stdout
            #expect(dom.contains("全 \(csvRows.count) 件"), "\(page): the total is not \(csvRows.count)")
            let shown = tableRows(dom)
            #expect(shown.count == csvRows.count)
            #expect(Set(shown.map { $0[0] }) == Set(csvRows.map { $0[0] }), "\(page): rows differ from the CSV")

            // A click on the days-since-move heading orders the rows by it, numerically.
            let clicked = demo.workspace.path + "/\(registry)-\(name)-sorted.html"
            let click =
                "<script>document.querySelector('#items th button[data-column=\"\(daysColumn)\"]').click()</script>"
            try html.replacingOccurrences(of: "</body>", with: click + "</body>")
                .write(toFile: clicked, atomically: true, encoding: .utf8)
            let days = { (rows: [[String]]) in rows.compactMap { Int($0[daysColumn]) } }
            #expect(days(shown) != days(shown).sorted(), "\(page): already in order; the click proves nothing")
            let sorted = tableRows(try ProcessRunner.run(browser, flags + ["--dump-dom", "file://\(clicked)"]).stdout)
            #expect(sorted.count == shown.count)
            #expect(days(sorted) == days(shown).sorted(), "\(page): the click did not sort by days since the move")
        }
    }

    /// The cells of the rows of the page's item table (`#items tbody`), as text.
    private func tableRows(_ dom: String) -> [[String]] {
        guard let table = dom.range(of: "<table id=\"items\">"),
            let body = dom.range(of: "<tbody>", range: table.upperBound..<dom.endIndex),
            let end = dom.range(of: "</tbody>", range: body.upperBound..<dom.endIndex)
        else { return [] }
        return dom[body.upperBound..<end.lowerBound].components(separatedBy: "</tr>").compactMap { row in
            let cells = row.components(separatedBy: "<td>").dropFirst().map {
                String($0.prefix { $0 != "<" })
            }
            return cells.isEmpty ? nil : cells
        }
    }

    /// The part of a normaliser key that says where (municipality down to the 号).
    private func place(_ key: String) -> String {
        key.split(separator: "|", omittingEmptySubsequences: false).prefix(8).joined(separator: "|")
    }
}

import Foundation
import RegsyncCore
import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import Testing

/// The sample files a samples database holds, in import order: (registry, file, mapping).
let sampleManifest: [(String, String, String)] = [
    ("resident", "residents.csv", "resident-persons"), ("resident", "resident-addresses.csv", "resident-addresses"),
    ("resident-events", "resident-events.csv", "resident-events"),
    ("vehicle", "vehicles.csv", "vehicle-legacy-cp932"),
    ("realestate", "realestate-owners.csv", "realestate-owners-csv"),
    ("realestate", "realestate-owners.xml", "realestate-owners-xml"),
    ("commercial", "corporations-unicode.csv", "commercial-nta-unicode"),
    ("commercial", "corporations-diff.csv", "commercial-nta-diff"),
    ("commercial", "officers.csv", "commercial-officers"),
]

/// A database holding every sample file, imported as `regsync demo` imports them.
func makeSamplesDatabase(_ prefix: String, in workspace: Workspace) throws -> String {
    let database = try makeInitializedDatabase(prefix)
    let key = try workspace.write("regsync.key", (0..<32).map { _ in UInt8.random(in: 0...255) })
    chmod(key, 0o600)
    for (registry, file, mapping) in sampleManifest {
        let run = try runImport(
            registry, [packageRoot + "/samples/" + file], mapping: shippedMapping(mapping), database: database,
            in: workspace, environment: ["REGSYNC_KEY_FILE": key])
        guard run.status == 0 || run.status == 10 else { throw ImportTestFailure("import \(file): \(run.stderr)") }
    }
    return database
}

/// The truth of the samples: (registry, record key, role) → resident code ("" when none).
func sampleTruth() throws -> [String: String] {
    let records = parseCSV(try String(contentsOfFile: packageRoot + "/samples/truth/links.csv", encoding: .utf8))
    var truth: [String: String] = [:]
    let header = records[0]
    let registry = header.firstIndex(of: "registry")!
    let key = header.firstIndex(of: "record_key")!
    let role = header.firstIndex(of: "role")!
    let code = header.firstIndex(of: "resident_code")!
    for record in records.dropFirst() where record.count == header.count {
        truth["\(record[registry])\t\(record[key])\t\(record[role])"] = record[code]
    }
    return truth
}

/// `regsync match`, `regsync report links` and the steward round trip, end to end on the
/// samples against a real PostgreSQL.
@Suite("regsync match: samples linked as the truth says, incremental, sticky, reported", .serialized)
struct MatchCommandTests {
    nonisolated(unsafe) static let workspace = Result { try Workspace() }
    static let database = Result { try makeSamplesDatabase("match", in: try workspace.get()) }

    func match(_ registry: String, _ extra: [String] = []) throws -> (
        status: Int32, summary: RunSummary?, stderr: String
    ) {
        let workspace = try Self.workspace.get()
        let summaryPath = workspace.path + "/match-\(UUID().uuidString).json"
        let result = try RegsyncBinary.run(
            ["match", registry, "--database", try Self.database.get(), "--summary", summaryPath] + extra)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let summary = FileManager.default.contents(atPath: summaryPath).flatMap {
            try? decoder.decode(RunSummary.self, from: $0)
        }
        return (result.status, summary, result.stderr)
    }

    func links(_ registry: String) throws -> [[String]] {
        let result = try RegsyncBinary.run(["report", "links", registry, "--database", try Self.database.get()])
        #expect(result.status == 0, "\(result.stderr)")
        return parseCSV(String(result.stdout.unicodeScalars.filter { $0 != "\r" }))
    }

    @Test("every registry: no wrong link, no truth link lost (linked or in review), and at least 90 % linked")
    func samplesAgainstTruth() throws {
        let truth = try sampleTruth()
        for registry in ["vehicle", "realestate", "commercial"] {
            let run = try match(registry)
            #expect(run.status == 0 || run.status == 10, "\(run.stderr)")
            let rows = try links(registry)
            #expect(
                rows.first == [
                    "record_key", "person_role", "resident_code", "decision", "match_weight", "match_probability",
                    "reason",
                ])
            var linked = 0
            var truthLinks = 0
            var seen = 0
            for row in rows.dropFirst() where row.count == 7 {
                // The truth calls every commercial person an officer; the report tells representatives apart.
                let role = registry == "commercial" ? "officer" : row[1]
                let representativeRole =
                    registry == "commercial" && row[1] == "representative" ? "representative" : role
                let expected =
                    truth["\(registry)\t\(row[0])\t\(role)"] ?? truth["\(registry)\t\(row[0])\t\(representativeRole)"]
                #expect(expected != nil, "\(registry) \(row[0]) \(row[1]) is not in the truth")
                guard let expected else { continue }
                seen += 1
                if !expected.isEmpty { truthLinks += 1 }
                switch row[3] {
                case "link":
                    #expect(
                        row[2] == expected, "wrong link: \(registry) \(row[0]) \(row[1]) → \(row[2]), truth \(expected)"
                    )
                    if row[2] == expected { linked += 1 }
                case "review":
                    #expect(row[2].isEmpty)
                default:
                    #expect(
                        expected.isEmpty,
                        "lost: \(registry) \(row[0]) \(row[1]) is \(row[3]) (\(row[6])), truth \(expected)")
                }
            }
            #expect(seen == truth.keys.filter { $0.hasPrefix(registry + "\t") }.count)
            #expect(Double(linked) >= 0.9 * Double(truthLinks), "\(registry): \(linked) of \(truthLinks) linked")
        }
    }

    @Test("a second run touches nothing: no key recomputed, no person decided again")
    func incremental() throws {
        for registry in ["vehicle", "realestate", "commercial"] {
            _ = try match(registry)
            let again = try match(registry)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.summary?.counts["keys_computed"] == 0)
            #expect(again.summary?.counts["persons"] == 0)
        }
    }

    @Test("a record changed by an import is normalised and decided again, alone")
    func changedRecord() throws {
        _ = try match("vehicle")
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: try Self.database.get()))
        let key = try #require(
            try connection.execute(
                "SELECT record_key FROM vehicle.registration WHERE user_name IS NULL OR user_name = '' ORDER BY record_key LIMIT 1"
            ).first?["record_key"])
        try connection.execute(
            "UPDATE vehicle.registration SET owner_address = owner_address || ' ', updated_at = now() WHERE record_key = $1",
            [key])
        let run = try match("vehicle")
        #expect(run.summary?.counts["keys_computed"] == 1)
        #expect(run.summary?.counts["persons"] == 1)
    }

    @Test("addresses the normaliser cannot resolve keep their warnings, queryable per record")
    func keyWarnings() throws {
        _ = try match("vehicle")
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: try Self.database.get()))
        try connection.execute(
            """
            UPDATE vehicle.registration SET owner_address = 'どこかの町のどこか', updated_at = now()
             WHERE record_key = (SELECT min(record_key) FROM vehicle.registration)
            """)
        _ = try match("vehicle")
        let warnings = try connection.execute(
            """
            SELECT w.field, w.code, w.message FROM regsync.key_warning w
             WHERE w.target = 'vehicle.registration' AND w.record_key = (SELECT min(record_key) FROM vehicle.registration)
            """)
        #expect(warnings.contains { $0["field"] == "owner_address" && $0["code"] == "municipality_not_found" })
        #expect(!warnings.contains { ($0["message"] ?? "").contains("どこか") })
        let keys = try connection.execute(
            """
            SELECT owner_address_lg_code FROM vehicle.registration_keys
             WHERE record_key = (SELECT min(record_key) FROM vehicle.registration)
            """)
        #expect(keys.first?["owner_address_lg_code"] == nil)
    }

    @Test("steward decisions round-trip through CSV and stay across a full rematch")
    func stewardRoundTrip() throws {
        let workspace = try Self.workspace.get()
        let database = try Self.database.get()
        _ = try match("vehicle")
        let export = workspace.path + "/review.csv"
        let exported = try RegsyncBinary.run([
            "review", "export", "vehicle", "--out", export, "--bom", "--database", database,
        ])
        #expect(exported.status == 0, "\(exported.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: export))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        var records = parseCSV(String(text.unicodeScalars.filter { $0 != "\r" }))
        let header = records[0]
        let verdict = try #require(header.firstIndex(of: "verdict"), "\(header)")
        let rank = try #require(header.firstIndex(of: "rank"))
        let keyColumn = try #require(header.firstIndex(of: "record_key"))
        let codeColumn = try #require(header.firstIndex(of: "resident_code"))
        let firstRows = records.indices.dropFirst().filter {
            records[$0].count == header.count && records[$0][rank] == "1"
        }
        try #require(firstRows.count >= 2, "the samples should leave at least two persons in review")
        records[firstRows[0]][verdict] = "confirm"
        records[firstRows[1]][verdict] = "reject"
        let confirmedKey = records[firstRows[0]][keyColumn]
        let confirmedCode = records[firstRows[0]][codeColumn]
        let rejectedKey = records[firstRows[1]][keyColumn]
        let rejectedCode = records[firstRows[1]][codeColumn]
        let roleColumn = try #require(header.firstIndex(of: "person_role"))
        let confirmedRole = records[firstRows[0]][roleColumn]
        let rejectedRole = records[firstRows[1]][roleColumn]
        let filled = records.map {
            $0.map { field in
                field.contains(",") || field.contains("\"")
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\r\n")
        let filledPath = try workspace.write("review-filled.csv", utf8: "\u{FEFF}" + filled + "\r\n")
        let applied = try RegsyncBinary.run(
            ["review", "apply", "vehicle", filledPath, "--steward", "sato", "--database", database])
        #expect(applied.status == 0, "\(applied.stderr)")
        for extra in [[], ["--full"]] {
            _ = try match("vehicle", extra)
            let rows = try links("vehicle")
            let confirmed = rows.filter { $0.count == 7 && $0[0] == confirmedKey && $0[1] == confirmedRole }
            #expect(
                confirmed.contains { $0[3] == "link" && $0[2] == confirmedCode && $0[6].hasPrefix("steward_confirmed") }
            )
            #expect(
                !rows.contains {
                    $0.count == 7 && $0[0] == rejectedKey && $0[1] == rejectedRole && $0[2] == rejectedCode
                })
        }
        let who = try rows(
            "SELECT decided_by FROM regsync.link WHERE registry = 'vehicle' AND decision = 'link' AND reason = 'steward_confirmed'",
            database: database)
        #expect(who.contains { $0.first == "steward:sato" })
    }

    @Test("a review file with a wrong row is refused whole (65), naming the line")
    func badReviewFile() throws {
        let workspace = try Self.workspace.get()
        let file = try workspace.write(
            "bad-review.csv",
            utf8:
                "record_key,person_role,resident_code,verdict\nNO-SUCH-CAR,owner,00000000000,confirm\nX,owner,1,maybe\n"
        )
        let result = try RegsyncBinary.run(["review", "apply", "vehicle", file, "--database", try Self.database.get()])
        #expect(result.status == 65)
        #expect(result.stderr.contains("line 2"))
        #expect(result.stderr.contains("line 3"))
    }

    @Test("a second match of the same registry while one runs is refused with 75")
    func locked() throws {
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: try Self.database.get()))
        #expect(try connection.tryAdvisoryLock(PostgresConnection.advisoryLockKey("regsync.match:realestate")))
        let run = try match("realestate")
        #expect(run.status == 75, "\(run.stderr)")
        _ = try connection.advisoryUnlock(PostgresConnection.advisoryLockKey("regsync.match:realestate"))
    }
}

/// The review report as a steward sees it: opened from disk in a real browser (Debian's
/// chromium, headless), not blank, holding the pairs of the queue, and never a protected
/// resident's address.
@Suite("regsync match --report: the review page in headless Chromium", .serialized)
struct ReviewReportBrowserTests {
    nonisolated(unsafe) static let workspace = Result { try Workspace() }

    static func chromium() throws -> String {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        throw ImportTestFailure(
            "chromium is not installed (apt-get install chromium fonts-noto-cjk): the browser test cannot run")
    }

    @Test("the page renders (screenshot not blank) and its DOM holds every pair of the review queue")
    func renders() throws {
        let workspace = try Self.workspace.get()
        let database = try makeSamplesDatabase("report", in: workspace)
        let folder = workspace.path + "/report"
        let matched = try RegsyncBinary.run(["match", "vehicle", "--report", folder, "--database", database])
        #expect(matched.status == 10, "\(matched.stderr)")
        let page = folder + "/review.html"
        #expect(FileManager.default.fileExists(atPath: page))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(!html.contains("<script"))
        for reference in ["src=\"http", "href=\"http", "url(http", "@import", "src=\"//", "href=\"//"] {
            #expect(!html.contains(reference), "nothing may come from the network: \(reference)")
        }

        let browser = try Self.chromium()
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1800"]
        let screenshot = workspace.path + "/review.png"
        let shot = try ProcessRunner.run(browser, flags + ["--screenshot=\(screenshot)", "file://\(page)"])
        #expect(shot.status == 0, "\(shot.stderr)")
        let stats = try ProcessRunner.run(
            "/usr/bin/env", ["python3", packageRoot + "/Tests/RegsyncCommandsTests/Support/png_stats.py", screenshot])
        let parts = stats.stdout.split(separator: " ")
        let share = Double(parts.first ?? "") ?? 0
        let colours = Int(parts.last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        #expect(share > 0.05, "the screenshot is nearly blank: \(stats.stdout) \(stats.stderr)")
        #expect(colours > 20)

        let dom = try ProcessRunner.run(browser, flags + ["--dump-dom", "file://\(page)"])
        #expect(dom.stdout.contains("照合レビュー"))
        let queue = try rows(
            """
            SELECT replace(l.record_key, chr(31), '|'), c.resident_code FROM regsync.link l
              JOIN regsync.match_candidate c USING (registry, record_key, person_role)
             WHERE l.registry = 'vehicle' AND l.decision = 'review'
            """, database: database)
        #expect(!queue.isEmpty)
        for row in queue {
            #expect(dom.stdout.contains(row[0] ?? "?"), "record \(row[0] ?? "") is not on the page")
            #expect(dom.stdout.contains(row[1] ?? "?"), "candidate \(row[1] ?? "") is not on the page")
        }
        // A protected resident's addresses never appear, whatever the page shows.
        let protected = try rows(
            """
            SELECT a.address FROM resident.address a JOIN resident.person p USING (resident_code)
             WHERE p.dv_protected AND a.address IS NOT NULL
            """, database: database)
        for row in protected {
            let address = try #require(row[0])
            #expect(!html.contains(address), "a protected address is on the page")
        }
    }
}

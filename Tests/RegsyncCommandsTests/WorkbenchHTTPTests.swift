import Foundation
import RegsyncPostgres
import RegsyncTestSupport
import Testing

/// The samples imported and matched, and a workbench serving them.
final class WorkbenchFixture: @unchecked Sendable {
    let workspace: Workspace
    let database: String
    let server: WorkbenchProcess

    init() throws {
        workspace = try Workspace()
        database = try makeSamplesDatabase("workbench", in: workspace)
        for registry in ["vehicle", "realestate", "commercial"] {
            let run = try RegsyncBinary.run(["match", registry, "--database", database])
            guard run.status == 0 || run.status == 10 else { throw WorkbenchTestFailure("match: \(run.stderr)") }
        }
        // Changes proposed for registry staff (real estate without consent, commercial officers).
        let config = packageRoot + "/samples/propagation.yaml"
        for registry in ["realestate", "commercial"] {
            let run = try RegsyncBinary.run(
                ["propagate", registry, "--config", config, "--database", database],
                environment: ["REGSYNC_KEY_FILE": workspace.path + "/regsync.key"])
            guard run.status == 0 || run.status == 10 else { throw WorkbenchTestFailure("propagate: \(run.stderr)") }
        }
        server = try WorkbenchProcess(database: database, extra: ["--config", config])
    }

    /// Creates an account (`regsync steward add`) and returns its one-time password.
    func account(_ name: String, role: String) throws -> String {
        let run = try RegsyncBinary.run(["steward", "add", name, "--role", role, "--database", database])
        let prefix = "one-time password for \(name): "
        guard run.status == 0, let line = run.stdout.split(separator: "\n").first(where: { $0.hasPrefix(prefix) })
        else { throw WorkbenchTestFailure("steward add \(name): \(run.stderr)") }
        return String(line.dropFirst(prefix.count))
    }

    /// A client logged in as a new account of `role`.
    func loggedIn(_ name: String, role: String) async throws -> WorkbenchClient {
        let client = WorkbenchClient(server.url)
        try await client.logIn(name, oneTime: try account(name, role: role), newPassword: "綱島台471番地-Koushin")
        return client
    }

    func rows(_ sql: String, _ parameters: [String?] = []) throws -> [PostgresRow] {
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: database))
        return Array(try connection.execute(sql, parameters))
    }
}

/// `regsync review serve` over HTTP: what a browser without a session, with a wrong password,
/// without a form token or with the wrong role gets; sticky decisions; and DV-protected
/// addresses, which only a DV officer is ever sent.
@Suite("regsync review serve: sessions, lockout, CSRF, roles, sticky decisions, no protected address", .serialized)
struct WorkbenchHTTPTests {
    static let fixture = Result { try WorkbenchFixture() }

    @Test("without a session every page leads to the login page, which is in Japanese")
    func noSession() async throws {
        let fixture = try Self.fixture.get()
        let client = WorkbenchClient(fixture.server.url)
        for path in ["/", "/queue", "/pair?registry=vehicle&key=x&role=owner", "/changes", "/password", "/next"] {
            let answer = try await client.get(path)
            #expect(answer.status == 303, "\(path)")
            #expect(answer.location?.hasSuffix("/login") == true, "\(path)")
        }
        let login = try await client.get("/login")
        #expect(login.status == 200)
        #expect(login.body.contains("<html lang=\"ja\">"))
        #expect(login.body.contains("アカウント名"))
        #expect(WorkbenchClient.csrf(login.body) != nil)
        let cookie = login.headers["set-cookie"] ?? ""
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "\(cookie)")
    }

    @Test("a wrong password is refused and counted; the fifth failure locks the name, even for the right password")
    func wrongPasswordAndLockout() async throws {
        let fixture = try Self.fixture.get()
        let password = try fixture.account("lock-me", role: "steward")
        let client = WorkbenchClient(fixture.server.url)
        func attempt(_ name: String, _ password: String) async throws -> Int {
            let token = WorkbenchClient.csrf(try await client.get("/login").body) ?? ""
            return try await client.post("/login", [("csrf", token), ("name", name), ("password", password)]).status
        }
        for failure in 1...4 {
            #expect(try await attempt("lock-me", "wrong-password-\(failure)") == 401)
            let counted = try fixture.rows("SELECT failures FROM regsync.steward_lockout WHERE name = 'lock-me'")
            #expect(counted.first?.int("failures") == failure)
        }
        #expect(try await attempt("lock-me", "wrong-password-5") == 429)
        #expect(try await attempt("lock-me", password) == 429)
        #expect(client.cookies["regsync_session"] == nil)
        // An unknown name is refused the same way and counted too (the answers do not tell names apart).
        #expect(try await attempt("nobody-here", "whatever-password") == 401)
        #expect(try fixture.rows("SELECT 1 FROM regsync.steward_lockout WHERE name = 'nobody-here'").count == 1)
    }

    @Test("a form without the session's CSRF token is refused with 403 and writes nothing")
    func csrf() async throws {
        let fixture = try Self.fixture.get()
        let client = try await fixture.loggedIn("csrf-steward", role: "steward")
        let queue = try await client.get("/queue")
        let pair = try #require(WorkbenchClient.links(queue.body, prefix: "/pair?").first)
        let page = try await client.get(pair)
        var fields: [(String, String)] = ["registry", "key", "role", "candidate"].map {
            ($0, WorkbenchClient.value(of: $0, in: page.body) ?? "")
        }
        fields.append(("verdict", "confirm"))
        #expect(try await client.post("/pair/decide", fields).status == 403)
        #expect(try await client.post("/pair/decide", fields + [("csrf", "forged")]).status == 403)
        #expect(try await client.post("/logout", []).status == 403)
        #expect(try fixture.rows("SELECT 1 FROM regsync.steward_decision WHERE steward = 'csrf-steward'").isEmpty)
        // Without the login form's token, a login is refused as well (login CSRF).
        let other = WorkbenchClient(fixture.server.url)
        #expect(try await other.post("/login", [("name", "csrf-steward"), ("password", "x")]).status == 403)
        // With the token, the same decision goes through.
        let token = try #require(WorkbenchClient.csrf(page.body))
        let decided = try await client.post("/pair/decide", fields + [("csrf", token)])
        #expect(decided.status == 303)
        #expect(try fixture.rows("SELECT 1 FROM regsync.steward_decision WHERE steward = 'csrf-steward'").count == 1)
    }

    @Test("a steward cannot reach the approvers' pages; an approver can")
    func roles() async throws {
        let fixture = try Self.fixture.get()
        let steward = try await fixture.loggedIn("role-steward", role: "steward")
        #expect(try await steward.get("/changes").status == 403)
        let token = try #require(WorkbenchClient.csrf(try await steward.get("/queue").body))
        let post = try await steward.post(
            "/changes/decide", [("csrf", token), ("registry", "vehicle"), ("action", "approve"), ("id", "1")])
        #expect(post.status == 403)
        #expect(!(try await steward.get("/queue")).body.contains("href=\"/changes\""))
        let approver = try await fixture.loggedIn("role-approver", role: "approver")
        let changes = try await approver.get("/changes")
        #expect(changes.status == 200)
        #expect(changes.body.contains("変更の承認"))
    }

    @Test("two stewards deciding one pair: the second is told who decided first, nothing is overwritten")
    func secondDecisionRefused() async throws {
        let fixture = try Self.fixture.get()
        let first = try await fixture.loggedIn("first-steward", role: "steward")
        let second = try await fixture.loggedIn("second-steward", role: "steward")
        let queue = try await first.get("/queue")
        let pair = try #require(WorkbenchClient.links(queue.body, prefix: "/pair?").first)
        let pageOfFirst = try await first.get(pair)
        let pageOfSecond = try await second.get(pair)
        func form(_ page: String, _ verdict: String, _ comment: String) -> [(String, String)] {
            ["csrf", "registry", "key", "role", "candidate"].map { ($0, WorkbenchClient.value(of: $0, in: page) ?? "") }
                + [("verdict", verdict), ("comment", comment)]
        }
        let confirmed = try await first.post("/pair/decide", form(pageOfFirst.body, "confirm", "生年月日と旧住所が一致"))
        #expect(confirmed.status == 303)
        #expect(confirmed.location?.contains("notice=confirm") == true)
        let refused = try await second.post("/pair/decide", form(pageOfSecond.body, "reject", "別人"))
        #expect(refused.status == 409)
        #expect(refused.body.contains("この組は既に決定されています"))
        #expect(refused.body.contains("first-steward"))
        let decisions = try fixture.rows(
            "SELECT verdict, steward, comment FROM regsync.steward_decision WHERE steward LIKE '%-steward'"
                + " AND steward IN ('first-steward', 'second-steward')")
        #expect(decisions.count == 1)
        #expect(decisions.first?["verdict"] == "confirm")
        #expect(decisions.first?["comment"] == "生年月日と旧住所が一致")
        let audit = try fixture.rows(
            "SELECT action, evidence, at IS NOT NULL AS timed FROM regsync.audit WHERE actor = 'steward:first-steward'")
        #expect(audit.count == 1)
        #expect(audit.first?["action"] == "steward_confirm")
        #expect(audit.first?["evidence"] == "生年月日と旧住所が一致")
        #expect(try fixture.rows("SELECT 1 FROM regsync.audit WHERE actor = 'steward:second-steward'").isEmpty)
        // Sticky: a full rematch (every person decided again, the model retrained) keeps the link.
        let registry = try #require(WorkbenchClient.value(of: "registry", in: pageOfFirst.body))
        let candidate = try #require(WorkbenchClient.value(of: "candidate", in: pageOfFirst.body))
        let rematch = try RegsyncBinary.run(["match", registry, "--full", "--database", fixture.database])
        #expect(rematch.status == 0 || rematch.status == 10, "\(rematch.stderr)")
        let link = try fixture.rows(
            """
            SELECT l.decision, l.resident_code FROM regsync.link l JOIN regsync.steward_decision d
                   USING (registry, record_key, person_role)
             WHERE d.steward = 'first-steward'
            """)
        #expect(link.count == 1)
        #expect(link.first?["decision"] == "link")
        #expect(link.first?["resident_code"] == candidate)
    }

    @Test("an approver approves and refuses proposed changes as regsync propagate --approve/--refuse does")
    func pendingChanges() async throws {
        let fixture = try Self.fixture.get()
        let approver = try await fixture.loggedIn("changes-approver", role: "approver")
        let page = try await approver.get("/changes?registry=commercial")
        #expect(page.status == 200)
        let ids = page.body.components(separatedBy: "name=\"id\" value=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        #expect(ids.count >= 2)
        let token = try #require(WorkbenchClient.csrf(page.body))
        func decide(_ action: String, _ id: String) async throws -> WorkbenchClient.Answer {
            try await approver.post(
                "/changes/decide", [("csrf", token), ("registry", "commercial"), ("action", action), ("id", id)])
        }
        func status(_ id: String) throws -> String? {
            try fixture.rows("SELECT status FROM regsync.change WHERE change_id = $1::bigint", [id]).first?["status"]
        }
        let approved = try await decide("approve", ids[0])
        #expect(approved.status == 303)
        #expect(approved.location?.contains("done=approve&applied=1") == true, "\(approved.location ?? "")")
        #expect(try status(ids[0]) == "applied")
        let refused = try await decide("refuse", ids[1])
        #expect(
            refused.location.map { $0.contains("done=refuse") && $0.contains("refused=1") } == true,
            "\(refused.location ?? "")")
        #expect(try status(ids[1]) == "refused")
        let audit = try fixture.rows(
            "SELECT count(*) AS n FROM regsync.audit WHERE change_id = ANY($1::bigint[]) AND actor = $2",
            ["{\(ids[0]),\(ids[1])}", "steward:changes-approver (workbench)"])
        #expect((audit.first?.int("n") ?? 0) >= 2)
        // Deciding it again is refused by the job (not an open proposal): nothing changes.
        let again = try await decide("refuse", ids[0])
        #expect(again.location?.contains("problem=conflict") == true, "\(again.location ?? "")")
        #expect(try status(ids[0]) == "applied")
        let after = try await approver.get("/changes?registry=commercial")
        #expect(!after.body.contains("name=\"id\" value=\"\(ids[0])\""))
    }

    @Test("the queue is sorted most uncertain first and filtered by registry and reason; logging out ends the session")
    func queueOrderFilterAndLogout() async throws {
        let fixture = try Self.fixture.get()
        let client = try await fixture.loggedIn("queue-steward", role: "steward")
        func probabilities(_ body: String) -> [Double] {
            body.components(separatedBy: "<td class=\"num\">").dropFirst().compactMap {
                let cell = String($0.prefix { $0 != "<" })
                return cell.contains(".") ? Double(cell) : nil
            }
        }
        let all = try await client.get("/queue")
        let distances = probabilities(all.body).map { abs($0 - 0.5) }
        #expect(distances.count > 10)
        #expect(distances == distances.sorted())
        let vehicle = try await client.get("/queue?registry=vehicle")
        let registries = vehicle.body.components(separatedBy: "data-registry=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        #expect(!registries.isEmpty)
        #expect(registries.allSatisfy { $0 == "vehicle" })
        #expect(registries.count < probabilities(all.body).count)
        let reason = try await client.get("/queue?reason=no_anchor")
        let reasonRows = reason.body.components(separatedBy: "<tr data-record").count - 1
        #expect(reasonRows >= 1 && reasonRows < probabilities(all.body).count)
        #expect(!reason.body.contains("between_thresholds）</td>"))
        let token = try #require(WorkbenchClient.csrf(all.body))
        let session = client.cookies["regsync_session"]
        let logout = try await client.post("/logout", [("csrf", token)])
        #expect(logout.status == 303)
        #expect(logout.location?.hasSuffix("/login") == true)
        // The old cookie, sent again, opens nothing: the session ended on the server.
        client.cookies["regsync_session"] = session
        #expect(try await client.get("/queue").location?.hasSuffix("/login") == true)
    }

    @Test("pages load nothing from the network: same-origin style and script only, by policy and in fact")
    func selfContained() async throws {
        let fixture = try Self.fixture.get()
        let client = try await fixture.loggedIn("offline-steward", role: "steward")
        let queue = try await client.get("/queue")
        let pair = try await client.get(try #require(WorkbenchClient.links(queue.body, prefix: "/pair?").first))
        let css = try await client.get("/static/workbench.css")
        let script = try await client.get("/static/workbench.js")
        #expect(css.status == 200 && script.status == 200)
        for answer in [queue, pair] {
            let policy = answer.headers["content-security-policy"] ?? ""
            #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"), "\(policy)")
        }
        for (path, body) in client.bodies {
            for reference in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "url(http", "@import"] {
                #expect(!body.contains(reference), "\(path) refers to the network: \(reference)")
            }
        }
    }

    @Test("English with ?lang=en (kept in a cookie) or when the browser prefers it")
    func language() async throws {
        let fixture = try Self.fixture.get()
        let client = WorkbenchClient(fixture.server.url)
        let english = try await client.get("/login?lang=en")
        #expect(english.body.contains("<html lang=\"en\">"))
        #expect(english.body.contains("Account name"))
        #expect(try await client.get("/login").body.contains("<html lang=\"en\">"))
        let browser = WorkbenchClient(fixture.server.url)
        browser.acceptLanguage = "en-GB,en;q=0.9,ja;q=0.5"
        #expect(try await browser.get("/login").body.contains("<html lang=\"en\">"))
        browser.acceptLanguage = "ja,en;q=0.8"
        #expect(try await browser.get("/login").body.contains("<html lang=\"ja\">"))
    }

    /// Every page of the queue, every pair page it links to with each candidate, in both
    /// languages, and the pending changes of every registry.
    func crawl(_ client: WorkbenchClient, approver: Bool) async throws {
        var queuePages = ["/queue"]
        var pairs: [String] = []
        while let path = queuePages.popLast() {
            let page = try await client.get(path)
            pairs += WorkbenchClient.links(page.body, prefix: "/pair?")
            queuePages += WorkbenchClient.links(page.body, prefix: "/queue?").filter { $0.contains("after=") }
            for code in Set(WorkbenchClient.links(page.body, prefix: "/queue?")) where code.contains("municipality") {
                _ = try await client.get(code)
            }
        }
        var seen = Set<String>()
        while let pair = pairs.popLast() {
            guard seen.insert(pair).inserted else { continue }
            let page = try await client.get(pair)
            pairs += WorkbenchClient.links(page.body, prefix: "/pair?")
            if seen.count % 5 == 0 { _ = try await client.get(pair + "&lang=en") }
        }
        if approver {
            for registry in ["vehicle", "realestate", "commercial"] {
                _ = try await client.get("/changes?registry=\(registry)")
            }
        }
        _ = try await client.get("/queue?lang=ja")
    }

    @Test("a DV-protected resident's address is in no page sent to a steward or an approver, only to a DV officer")
    func protectedAddresses() async throws {
        let fixture = try Self.fixture.get()
        let addresses = Set(
            try fixture.rows(
                """
                SELECT DISTINCT a.address FROM resident.address a JOIN resident.person p USING (resident_code)
                 WHERE p.dv_protected AND coalesce(a.address, '') <> ''
                """
            ).compactMap { $0["address"] })
        #expect(addresses.count >= 3)
        let inQueue = try fixture.rows(
            """
            SELECT count(*) AS n FROM regsync.link l
              JOIN regsync.match_candidate c USING (registry, record_key, person_role)
              JOIN resident.person p ON p.resident_code = c.resident_code
             WHERE l.decision = 'review' AND p.dv_protected
            """)
        #expect((inQueue.first?.int("n") ?? 0) > 0, "the samples must put protected residents in the queue")
        for (name, role) in [("dv-steward", "steward"), ("dv-approver", "approver")] {
            let client = try await fixture.loggedIn(name, role: role)
            try await crawl(client, approver: role == "approver")
            #expect(client.bodies.count > 40, "\(name) fetched only \(client.bodies.count) pages")
            #expect(client.bodies.contains { $0.body.contains("（支援措置対象）") })
            for (path, body) in client.bodies {
                for address in addresses where body.contains(address) {
                    Issue.record("\(name) (\(role)) was sent a protected address on \(path)")
                }
            }
        }
        // The same pages do show them to a DV officer: the search above finds what it looks for.
        let officer = try await fixture.loggedIn("dv-officer-1", role: "dv-officer")
        try await crawl(officer, approver: false)
        #expect(officer.bodies.contains { page in addresses.contains { page.body.contains($0) } })
    }
}

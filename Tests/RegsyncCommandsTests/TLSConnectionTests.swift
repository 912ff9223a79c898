import Foundation
import RegsyncPostgres
import RegsyncTestSupport
import Testing

/// `sslmode=verify-full` with certificate paths, against a real PostgreSQL that takes TCP
/// logins over TLS only, with a certificate for `localhost` from an authority made at test
/// time (issue 11, B.6). libpq's parameters pass through regsync untouched; every refusal is
/// exit 69 naming its cause, with a hint, and never quotes the password or a key.
@Suite("TLS: verify-full against a loopback server with a self-made authority", .serialized)
struct TLSConnectionTests {
    static let shared = Result { try TLSPostgres() }

    /// A one-record vehicle file (UTF-8 suffices: only the transport is under test here).
    static let vehicles =
        ImportCommandTests.header + "品川 300 あ 12-34,TLS-0001,トヨタ,ABC,,令和2年3月4日,山田　太郎,東京都港区,,,,,\r\n"

    func server() throws -> TLSPostgres { try Self.shared.get() }

    func verifyFull(_ server: TLSPostgres, host: String = "localhost", _ more: [(String, String)] = [])
        -> String
    {
        server.conninfo(host: host, [("sslmode", "verify-full"), ("sslrootcert", server.authority.certificate)] + more)
    }

    /// Lines of the server log that record a login by regsync (its application name).
    func regsyncLogins(_ server: TLSPostgres) throws -> [String] {
        let log = try String(contentsOfFile: server.cluster.logFile, encoding: .utf8)
        return log.split(separator: "\n").map(String.init).filter {
            $0.contains("connection authorized") && $0.contains("application_name=regsync")
        }
    }

    /// Nothing secret in what a run printed or stored: the password, the key's text.
    func expectNoSecrets(_ texts: [String], keys: [String] = []) throws {
        let server = try server()
        var keyLines: [String] = []
        for key in [server.server.key] + keys {
            keyLines += try String(contentsOfFile: key, encoding: .utf8).split(separator: "\n").map(String.init)
                .filter { !$0.hasPrefix("-----") }
        }
        for text in texts {
            #expect(!text.contains(TLSPostgres.password), "the password is printed: \(text)")
            #expect(!text.contains("PRIVATE KEY"), "a key is printed: \(text)")
            for line in keyLines { #expect(!text.contains(line), "a key line is printed: \(text)") }
        }
    }

    @Test("verify-full with sslrootcert connects over TLS (pg_stat_ssl says so)")
    func connectsOverTLS() throws {
        let server = try server()
        let connection = try PostgresConnection(PostgresConfiguration(connectionString: verifyFull(server)))
        let row = try #require(
            try connection.execute("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").first)
        #expect(row.bool("ssl") == true)
        #expect(row["version"]?.hasPrefix("TLS") == true, "\(row["version"] ?? "nil")")
    }

    @Test("regsync init and import run through verify-full, given as --database, as a URL, and by PGSSL* variables")
    func regsyncRunsOverTLS() throws {
        let server = try server()
        let workspace = try Workspace()
        let input = try workspace.write("vehicles.csv", cp932: Self.vehicles)
        let before = try regsyncLogins(server).count

        let conninfo = verifyFull(server)
        let initialised = try RegsyncBinary.run(["init", "--database", conninfo, "--verbose"])
        #expect(initialised.status == 0, "\(initialised.stderr)")
        try expectNoSecrets([initialised.stderr, initialised.stdout])

        let url =
            "postgresql://\(TLSPostgres.user):\(TLSPostgres.password)@localhost:\(server.port)/\(TLSPostgres.database)"
            + "?sslmode=verify-full&sslrootcert=\(server.authority.certificate)"
        let imported = try RegsyncBinary.run(
            [
                "import", "vehicle", input, "--mapping", shippedMapping("vehicle-legacy-cp932"), "--reject-dir",
                workspace.path + "/rejects",
            ],
            environment: ["REGSYNC_DATABASE_URL": url])
        #expect(imported.status == 0, "\(imported.stderr)")
        try expectNoSecrets([imported.stderr, imported.stdout])

        // The environment file's way: the URL names the server, libpq's PGSSL* variables the TLS settings.
        let plainURL =
            "postgresql://\(TLSPostgres.user):\(TLSPostgres.password)@localhost:\(server.port)/\(TLSPostgres.database)"
        let again = try RegsyncBinary.run(
            ["init"],
            environment: [
                "REGSYNC_DATABASE_URL": plainURL, "PGSSLMODE": "verify-full",
                "PGSSLROOTCERT": server.authority.certificate,
            ])
        #expect(again.status == 0, "\(again.stderr)")

        let stored = try PostgresConnection(PostgresConfiguration(connectionString: verifyFull(server)))
            .execute("SELECT chassis_number FROM vehicle.registration")
        #expect(stored.compactMap { $0["chassis_number"] } == ["TLS-0001"])
        // Every login regsync made is in the server's log, each over TLS (the server refuses
        // any other over TCP, and says so per login).
        let logins = try regsyncLogins(server).dropFirst(before)
        #expect(logins.count >= 3, "\(logins)")
        for login in logins { #expect(login.contains("SSL enabled"), "\(login)") }
    }

    @Test("a certificate from another authority is refused: exit 69, certificate verify failed, with a hint")
    func otherAuthority() throws {
        let server = try server()
        let other = try TestCertificateAuthority(
            directory: server.root + "/other-\(UInt32.random(in: 0...UInt32.max))", commonName: "someone else's CA")
        let conninfo = server.conninfo(
            host: "localhost", [("sslmode", "verify-full"), ("sslrootcert", other.certificate)])
        let workspace = try Workspace()
        let summary = workspace.path + "/summary.json"
        let result = try RegsyncBinary.run(["init", "--database", conninfo, "--summary", summary])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("certificate verify failed"), "\(result.stderr)")
        #expect(result.stderr.contains("not signed by the authority in sslrootcert"), "\(result.stderr)")
        let written = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(written.contains("certificate verify failed"), "\(written)")
        try expectNoSecrets([result.stderr, result.stdout, written])
    }

    @Test("verify-full to 127.0.0.1 when the certificate names only localhost is refused: host name mismatch")
    func hostNameMismatch() throws {
        let server = try server()
        let result = try RegsyncBinary.run(["init", "--database", verifyFull(server, host: "127.0.0.1")])
        #expect(result.status == 69, "\(result.stderr)")
        // libpq counts the subject's name beside the alternative one: `for "localhost" (and 1
        // other name) does not match host name "127.0.0.1"`.
        #expect(result.stderr.contains("server certificate for \"localhost\""), "\(result.stderr)")
        #expect(result.stderr.contains("does not match host name \"127.0.0.1\""), "\(result.stderr)")
        #expect(result.stderr.contains("does not name the host connected to"), "\(result.stderr)")
        try expectNoSecrets([result.stderr, result.stdout])
        // verify-ca checks the signature only: the same address is accepted.
        let verifyCA = server.conninfo(
            host: "127.0.0.1", [("sslmode", "verify-ca"), ("sslrootcert", server.authority.certificate)])
        #expect(try RegsyncBinary.run(["init", "--database", verifyCA]).status == 0)
    }

    @Test("sslmode=disable is refused by the server's hostnossl rule, with a hint to use verify-full")
    func withoutTLS() throws {
        let server = try server()
        let result = try RegsyncBinary.run(
            ["init", "--database", server.conninfo(host: "localhost", [("sslmode", "disable")])])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("no encryption"), "\(result.stderr)")
        #expect(result.stderr.contains("set sslmode=verify-full"), "\(result.stderr)")
        try expectNoSecrets([result.stderr, result.stdout])
    }

    @Test("verify-full without sslrootcert says which file is missing and which setting names it")
    func missingRootCertificate() throws {
        let server = try server()
        let result = try RegsyncBinary.run(
            ["init", "--database", server.conninfo(host: "localhost", [("sslmode", "verify-full")])],
            environment: ["HOME": "/nonexistent-home"])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("root certificate file"), "\(result.stderr)")
        #expect(result.stderr.contains("set sslrootcert"), "\(result.stderr)")
    }

    @Test("sslcrl passes through: an empty list connects, a list revoking the server's certificate refuses")
    func revocationList() throws {
        let server = try server()
        let empty = try server.authority.revocationList("empty-crl")
        #expect(try RegsyncBinary.run(["init", "--database", verifyFull(server, [("sslcrl", empty)])]).status == 0)
        let revoking = try server.authority.revocationList("crl", revoking: [server.server.certificate])
        let result = try RegsyncBinary.run(["init", "--database", verifyFull(server, [("sslcrl", revoking)])])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("certificate verify failed"), "\(result.stderr)")
        try expectNoSecrets([result.stderr, result.stdout])
    }

    @Test("a client certificate logs in (sslcert, sslkey, sslpassword); the key's passphrase is never printed")
    func clientCertificate() throws {
        let server = try server()
        let client = try server.authority.issue(
            "client-\(UInt32.random(in: 0...UInt32.max))", commonName: TLSPostgres.certificateUser, client: true)
        let passphrase = "Wv8k-Jm3r"
        let sealedKey = try server.authority.sealed(client.key, passphrase: passphrase)
        func conninfo(key: String, _ more: [(String, String)] = []) -> String {
            [
                "host=localhost", "port=\(server.port)", "dbname=\(TLSPostgres.database)",
                "user=\(TLSPostgres.certificateUser)", "sslmode=verify-full",
                "sslrootcert=\(server.authority.certificate)", "sslcert=\(client.certificate)", "sslkey=\(key)",
            ].joined(separator: " ") + more.map { " \($0.0)=\($0.1)" }.joined()
        }
        let plain = try RegsyncBinary.run(["init", "--database", conninfo(key: client.key)])
        #expect(plain.status == 0, "\(plain.stderr)")

        let withPassphrase = try RegsyncBinary.run(
            ["init", "--verbose", "--database", conninfo(key: sealedKey, [("sslpassword", passphrase)])])
        #expect(withPassphrase.status == 0, "\(withPassphrase.stderr)")
        #expect(withPassphrase.stderr.contains("sslpassword=***"), "the target is logged, masked")
        #expect(!withPassphrase.stderr.contains(passphrase), "\(withPassphrase.stderr)")

        let wrong = try RegsyncBinary.run(
            ["init", "--verbose", "--database", conninfo(key: sealedKey, [("sslpassword", "Xq2z-Np5t")])])
        #expect(wrong.status == 69, "\(wrong.stderr)")
        #expect(wrong.stderr.contains("could not load private key file"), "\(wrong.stderr)")
        #expect(!wrong.stderr.contains("Xq2z-Np5t"), "\(wrong.stderr)")

        // libpq refuses a key others may read, as ssh does.
        chmod(client.key, 0o644)
        let exposed = try RegsyncBinary.run(["init", "--database", conninfo(key: client.key)])
        #expect(exposed.status == 69, "\(exposed.stderr)")
        #expect(exposed.stderr.contains("has group or world access"), "\(exposed.stderr)")
        #expect(exposed.stderr.contains("chmod 600"), "\(exposed.stderr)")
        try expectNoSecrets([plain.stderr, withPassphrase.stderr, wrong.stderr, exposed.stderr], keys: [client.key])
    }
}

import Foundation
import RegsyncPostgres
import RegsyncStore

/// A PostgreSQL server of one test's own that takes TCP connections over TLS only: a
/// certificate for `localhost` from a throwaway authority (``authority``), `ssl = on`,
/// listening on 127.0.0.1 on a free port, and `pg_hba.conf` rules `hostssl` (a password
/// login for ``user``, a certificate login for ``certificateUser``) and `hostnossl ...
/// reject`. The Unix socket stays open (trust) for the test's own setup. Stopped and
/// removed when the test process ends, or by ``shutDown()``.
public final class TLSPostgres: Sendable {
    /// The role that logs in with ``password`` over TLS; it owns ``database``.
    public static let user = "clerk"
    /// The role that logs in with a client certificate (its common name) over TLS.
    public static let certificateUser = "clerk_cert"
    /// ``user``'s password: tests check that no part of it is ever printed.
    public static let password = "Tq7w-Lz4x"
    /// The database the roles may use.
    public static let database = "registry"

    public let cluster: LocalCluster
    public let root: String
    /// The authority that signed the server's certificate.
    public let authority: TestCertificateAuthority
    /// The server's certificate and key (as issued, before the server's copy was made).
    public let server: TestCertificateAuthority.Issued

    /// Makes the authority and the server's certificate (naming `serverNames`), then
    /// creates and starts the cluster with the roles and the database.
    public init(serverNames: [String] = ["localhost"]) throws {
        let binaries = try ServerBinaries.locate()
        root = "/tmp/regsync-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(
            atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o711])
        authority = try TestCertificateAuthority(directory: root + "/authority", commonName: "regsync test CA")
        server = try authority.issue("server", commonName: serverNames[0], dnsNames: serverNames)
        let serverUser = geteuid() == 0 ? "postgres" : nil
        let directory = root + "/cluster"
        // The server reads its copies, owned by its account (it refuses a key others can read).
        let tls = directory + "/tls"
        var settings = LocalCluster.Settings(
            port: try TestPostgres.freePort(), tcpAddress: "127.0.0.1", throwaway: true)
        settings.extra = [
            "ssl": "on", "ssl_cert_file": "'\(tls)/server.pem'", "ssl_key_file": "'\(tls)/server.key'",
            "ssl_ca_file": "'\(tls)/ca.pem'",
            // Each login's line says whether it used TLS (tests read them).
            "log_connections": "on",
        ]
        settings.hostRules = [
            "hostssl all \(Self.certificateUser) 127.0.0.1/32 cert",
            "hostssl all all 127.0.0.1/32 scram-sha-256",
            "hostnossl all all all reject",
        ]
        cluster = LocalCluster(
            directory: directory, socketDirectory: root + "/run", binaries: binaries, serverUser: serverUser,
            settings: settings)
        try cluster.initialize()
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: tls, withIntermediateDirectories: true)
        for (source, name) in [
            (server.certificate, "server.pem"), (server.key, "server.key"), (authority.certificate, "ca.pem"),
        ] {
            try fileManager.copyItem(atPath: source, toPath: "\(tls)/\(name)")
            chmod("\(tls)/\(name)", 0o600)
        }
        if let serverUser {
            for path in [tls, "\(tls)/server.pem", "\(tls)/server.key", "\(tls)/ca.pem"] {
                try fileManager.setAttributes([.ownerAccountName: serverUser], ofItemAtPath: path)
            }
        }
        try cluster.start()
        try cluster.stopWhenProcessEnds(getpid(), thenRemove: root)
        let admin = try PostgresConnection(
            PostgresConfiguration(connectionString: cluster.connectionString(database: "postgres")))
        for statement in [
            "CREATE ROLE \(Self.user) LOGIN PASSWORD '\(Self.password)'", "CREATE ROLE \(Self.certificateUser) LOGIN",
            "GRANT \(Self.user) TO \(Self.certificateUser)", "CREATE DATABASE \(Self.database) OWNER \(Self.user)",
        ] {
            try admin.executeScript(statement)
        }
    }

    /// The TCP port.
    public var port: Int { cluster.settings.port }

    /// A conninfo string for ``database`` on `host` as ``user`` (with ``password``), with
    /// `parameters` (sslmode, sslrootcert, ...) added in order.
    public func conninfo(host: String, _ parameters: [(String, String)]) -> String {
        (["host=\(host)", "port=\(port)", "dbname=\(Self.database)", "user=\(Self.user)", "password=\(Self.password)"]
            + parameters.map { "\($0.0)=\($0.1)" }).joined(separator: " ")
    }

    /// Stops the server and removes its folder.
    public func shutDown() {
        try? cluster.stop(immediate: true)
        try? FileManager.default.removeItem(atPath: root)
    }
}

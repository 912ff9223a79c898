import Foundation
import RegsyncStore

/// A throwaway certificate authority made with the `openssl` program at test time, in a
/// folder of its own: its certificate, the certificates it issues (P-256 keys, valid two
/// days) and its certificate revocation lists. Nothing is installed: without `openssl`
/// every test that asks for one fails, saying so.
public struct TestCertificateAuthority: Sendable {
    /// A certificate and its private key (mode 600), as files.
    public struct Issued: Sendable {
        public let certificate: String
        public let key: String
    }

    /// The folder holding the authority's files.
    public let directory: String
    /// The authority's own certificate (what a client names as `sslrootcert`).
    public var certificate: String { directory + "/ca.pem" }
    var key: String { directory + "/ca.key" }
    var configuration: String { directory + "/openssl.cnf" }

    /// Makes a new authority named `commonName` in `directory` (created).
    /// - Throws: ``TestCertificateError`` when openssl is missing or fails.
    public init(directory: String, commonName: String) throws {
        self.directory = directory
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // `openssl ca` keeps its revocations in an index file: only the CRLs need it.
        let configuration = """
            [ req ]
            distinguished_name = dn
            [ dn ]
            [ authority ]
            basicConstraints = critical, CA:TRUE
            keyUsage = critical, keyCertSign, cRLSign
            subjectKeyIdentifier = hash
            [ ca ]
            default_ca = test_ca
            [ test_ca ]
            database = \(directory)/index.txt
            crlnumber = \(directory)/crlnumber
            default_md = sha256
            default_crl_days = 2
            """
        try Data(configuration.utf8).write(to: URL(fileURLWithPath: directory + "/openssl.cnf"))
        try Data().write(to: URL(fileURLWithPath: directory + "/index.txt"))
        try Data("01\n".utf8).write(to: URL(fileURLWithPath: directory + "/crlnumber"))
        try Self.openssl([
            "req", "-x509", "-config", directory + "/openssl.cnf", "-extensions", "authority", "-newkey", "ec",
            "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", directory + "/ca.key", "-out",
            directory + "/ca.pem", "-days", "2", "-subj", "/CN=\(commonName)",
        ])
    }

    /// Issues a certificate named `name` (files `<name>.pem` and `<name>.key`) to
    /// `commonName`: for a server, with `dnsNames` as its subject alternative names; for a
    /// client (a PostgreSQL login by certificate), the common name is the role.
    public func issue(_ name: String, commonName: String, dnsNames: [String] = [], client: Bool = false) throws
        -> Issued
    {
        let issued = Issued(certificate: "\(directory)/\(name).pem", key: "\(directory)/\(name).key")
        var extensions = [
            "basicConstraints = critical, CA:FALSE", "keyUsage = critical, digitalSignature, keyEncipherment",
            "extendedKeyUsage = \(client ? "clientAuth" : "serverAuth")",
        ]
        if !dnsNames.isEmpty {
            extensions.append("subjectAltName = " + dnsNames.map { "DNS:\($0)" }.joined(separator: ", "))
        }
        let extensionFile = "\(directory)/\(name).ext"
        try Data(extensions.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: extensionFile))
        try Self.openssl([
            "req", "-new", "-config", configuration, "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", issued.key, "-out", "\(directory)/\(name).csr", "-subj", "/CN=\(commonName)",
        ])
        try Self.openssl([
            "x509", "-req", "-in", "\(directory)/\(name).csr", "-CA", certificate, "-CAkey", key, "-set_serial",
            String(UInt32.random(in: 1000...UInt32.max)), "-days", "2", "-extfile", extensionFile, "-out",
            issued.certificate,
        ])
        chmod(issued.key, 0o600)
        return issued
    }

    /// Writes a copy of `key` encrypted with `passphrase` (what a client gives as
    /// `sslpassword`) to `<key>.sealed`, mode 600, and returns its path.
    public func sealed(_ key: String, passphrase: String) throws -> String {
        let path = key + ".sealed"
        try Self.openssl(["pkey", "-in", key, "-aes256", "-passout", "pass:\(passphrase)", "-out", path])
        chmod(path, 0o600)
        return path
    }

    /// Writes a certificate revocation list naming `revoked` (none: an empty list) to
    /// `<name>.pem` and returns its path.
    public func revocationList(_ name: String, revoking revoked: [String] = []) throws -> String {
        for certificate in revoked {
            try Self.openssl([
                "ca", "-config", configuration, "-keyfile", key, "-cert", self.certificate, "-revoke", certificate,
            ])
        }
        let path = "\(directory)/\(name).pem"
        try Self.openssl([
            "ca", "-config", configuration, "-keyfile", key, "-cert", certificate, "-gencrl", "-out", path,
        ])
        return path
    }

    /// The `openssl` program on PATH (or in /usr/bin).
    public static func opensslPath() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":").map(String.init) + ["/usr/bin"]
        where FileManager.default.isExecutableFile(atPath: folder + "/openssl") {
            return folder + "/openssl"
        }
        throw TestCertificateError(
            "openssl is not installed: the TLS tests make their certificates with it (Debian package 'openssl', "
                + "which .ci/run installs); nothing was installed")
    }

    private static func openssl(_ arguments: [String]) throws {
        let result = try ProcessRunner.run(try opensslPath(), arguments)
        guard result.succeeded else {
            throw TestCertificateError("openssl \(arguments[0]) failed: \(result.output)")
        }
    }
}

/// A certificate could not be made.
public struct TestCertificateError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

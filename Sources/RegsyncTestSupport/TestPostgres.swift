import Foundation
import RegsyncPostgres
import RegsyncStore

/// A real PostgreSQL server for the test suite: one throwaway cluster per test process
/// (initdb + pg_ctl in a temporary folder, Unix socket plus TCP on a free loopback
/// port), a fresh database per suite, stopped and removed when the process exits.
///
/// It never skips: when the server programs are missing, every test that asks for it
/// fails with the reason.
public final class TestPostgres: Sendable {
    public let cluster: LocalCluster
    public let root: String

    /// The server shared by every test of this process, started on first use.
    public static func shared() throws -> TestPostgres {
        try sharedResult.get()
    }

    private static let sharedResult: Result<TestPostgres, any Error> = {
        Result { try TestPostgres() }
    }()

    private init() throws {
        let binaries = try ServerBinaries.locate()
        let serverUser: String? = geteuid() == 0 ? "postgres" : nil
        root = "/tmp/regsync-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(
            atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o711])
        cluster = LocalCluster(
            directory: root + "/cluster", socketDirectory: root + "/run", binaries: binaries,
            serverUser: serverUser,
            settings: LocalCluster.Settings(port: try Self.freePort(), tcpAddress: "127.0.0.1", throwaway: true))
        Self.removeLeftovers()
        try cluster.initialize()
        try cluster.start()
        try cluster.stopWhenProcessEnds(getpid(), thenRemove: root)
    }

    /// Stops and removes clusters of earlier test processes that died without cleaning up.
    static func removeLeftovers() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/tmp")) ?? []
        for entry in entries where entry.hasPrefix("regsync-test-") {
            let parts = entry.split(separator: "-")
            guard parts.count == 4, let pid = Int32(parts[2]), kill(pid, 0) != 0, errno == ESRCH else { continue }
            guard let binaries = try? ServerBinaries.locate() else { return }
            let stale = LocalCluster(
                directory: "/tmp/\(entry)/cluster", binaries: binaries, serverUser: geteuid() == 0 ? "postgres" : nil)
            try? stale.stop(immediate: true)
            try? FileManager.default.removeItem(atPath: "/tmp/\(entry)")
        }
    }

    /// Stops the server and removes its folder.
    public func shutDown() {
        try? cluster.stop(immediate: true)
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Creates a new, empty database and returns how to reach it over the socket.
    public func makeDatabase(_ prefix: String = "test") throws -> PostgresConfiguration {
        let name = "\(prefix)_\(UInt32.random(in: 0...UInt32.max))".lowercased()
        try cluster.ensureDatabase(name)
        return PostgresConfiguration(connectionString: cluster.connectionString(database: name))
    }

    /// A `postgresql://` URL over TCP, for tests of password authentication.
    public func tcpURL(user: String, password: String, database: String = "postgres") -> String {
        "postgresql://\(user):\(password)@127.0.0.1:\(cluster.settings.port)/\(database)"
    }

    /// The socket connection string of an existing database.
    public func connectionString(database: String) -> String {
        cluster.connectionString(database: database)
    }

    /// Asks the kernel for a free TCP port on the loopback interface.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw StoreError(.clusterFailed, "socket() failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw StoreError(.clusterFailed, "bind() failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

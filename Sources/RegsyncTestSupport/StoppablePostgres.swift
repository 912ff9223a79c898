import Foundation
import RegsyncPostgres
import RegsyncStore

/// A PostgreSQL server of one test's own, for tests that stop it under a running command
/// (the shared ``TestPostgres`` must stay up for every other test). Unix socket only;
/// stopped and removed when the test process ends, or by ``shutDown()``.
public final class StoppablePostgres: Sendable {
    public let cluster: LocalCluster
    public let root: String

    public init() throws {
        let binaries = try ServerBinaries.locate()
        root = "/tmp/regsync-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(
            atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o711])
        cluster = LocalCluster(
            directory: root + "/cluster", socketDirectory: root + "/run", binaries: binaries,
            serverUser: geteuid() == 0 ? "postgres" : nil,
            settings: LocalCluster.Settings(port: try TestPostgres.freePort(), throwaway: true))
        try cluster.initialize()
        try cluster.start()
        try cluster.stopWhenProcessEnds(getpid(), thenRemove: root)
    }

    /// Creates a database and returns its connection string.
    public func makeDatabase(_ name: String = "test") throws -> String {
        try cluster.ensureDatabase(name)
        return cluster.connectionString(database: name)
    }

    /// The shell command that stops the server the way an operator does (`pg_ctl stop`,
    /// fast mode: sessions are ended), as the server's account.
    public var stopCommand: String {
        let stop = [cluster.binaries.pgCtl, "-D", cluster.dataDirectory, "-m", "fast", "-w", "stop"]
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return cluster.serverUser.map { "\(ProcessRunner.runuserPath) -u \($0) -- \(stop)" } ?? stop
    }

    /// psql, next to the server programs.
    public var psql: String { cluster.binaries.directory + "/psql" }

    /// Stops the server and removes its folder.
    public func shutDown() {
        try? cluster.stop(immediate: true)
        try? FileManager.default.removeItem(atPath: root)
    }
}

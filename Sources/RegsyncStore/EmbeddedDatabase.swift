import Crypto
import Foundation
import Logging
import RegsyncCore
import RegsyncPostgres

/// The default database when none is configured: a private PostgreSQL cluster under
/// `$REGSYNC_HOME` (default `./.regsync`), listening only on a Unix socket, created on
/// first use and reused afterwards.
///
/// When regsync runs as root, the server runs as an unprivileged account (`postgres`,
/// or `REGSYNC_PG_USER`). If that account cannot reach `$REGSYNC_HOME` (a checkout under
/// a mode-700 `/root`, say), the cluster lives in `/var/lib/regsync/clusters/<hash>`
/// and `$REGSYNC_HOME/cluster` is a symbolic link to it.
public struct EmbeddedDatabase: Sendable {
    /// The database regsync uses inside the cluster.
    public static let databaseName = "regsync"

    /// Absolute path of `$REGSYNC_HOME`.
    public let home: String
    let environment: [String: String]

    public init(home: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.home = URL(fileURLWithPath: home).standardizedFileURL.path
        self.environment = environment
    }

    /// `$REGSYNC_HOME`, else `./.regsync` in the current directory.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> EmbeddedDatabase
    {
        let home =
            environment["REGSYNC_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.currentDirectoryPath + "/.regsync"
        return EmbeddedDatabase(home: home, environment: environment)
    }

    /// The account the server runs as: `nil` (ourselves) unless we are root.
    func serverUser() throws -> String? {
        guard geteuid() == 0 else { return nil }
        let user = environment["REGSYNC_PG_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "postgres"
        guard getpwnam(user) != nil else {
            throw StoreError(
                .clusterFailed,
                "regsync runs as root, and PostgreSQL refuses to: the server needs an unprivileged account, "
                    + "but '\(user)' does not exist (the Debian package 'postgresql' creates 'postgres'; "
                    + "or set REGSYNC_PG_USER)")
        }
        return user
    }

    /// The cluster, its location resolved (and the home folder created) but not started.
    public func cluster() throws -> LocalCluster {
        let binaries = try ServerBinaries.locate(environment: environment)
        let user = try serverUser()
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: home, withIntermediateDirectories: true)
        let link = home + "/cluster"
        var directory = link
        if let target = try? fileManager.destinationOfSymbolicLink(atPath: link) {
            directory = target
        } else if let user, !fileManager.fileExists(atPath: link), !(try canReach(home, as: user)) {
            directory = "/var/lib/regsync/clusters/" + Self.digest(home)
            try fileManager.createDirectory(atPath: "/var/lib/regsync/clusters", withIntermediateDirectories: true)
            try fileManager.createSymbolicLink(atPath: link, withDestinationPath: directory)
        } else if user != nil {
            // The server account must traverse (not list) the home folder.
            try fileManager.setAttributes([.posixPermissions: 0o711], ofItemAtPath: home)
        }
        var socketDirectory = directory + "/run"
        if socketDirectory.utf8.count + "/.s.PGSQL.5432".utf8.count > 100 {
            socketDirectory = "/tmp/regsync-\(getuid())-" + Self.digest(home).prefix(12)
        }
        return LocalCluster(
            directory: directory, socketDirectory: socketDirectory, binaries: binaries, serverUser: user)
    }

    /// Creates and starts the cluster when needed and returns how to connect to it.
    public func ensureRunning(logger: Logger) throws -> PostgresConfiguration {
        let cluster = try cluster()
        return try withHomeLock {
            switch try cluster.status() {
            case .absent:
                logger.info(
                    "creating the embedded PostgreSQL cluster", metadata: ["db.cluster": "\(cluster.directory)"])
                try cluster.initialize()
                try cluster.start()
            case .stopped:
                logger.info(
                    "starting the embedded PostgreSQL cluster", metadata: ["db.cluster": "\(cluster.directory)"])
                try cluster.start()
            case .running:
                break
            }
            try cluster.ensureDatabase(Self.databaseName)
            return PostgresConfiguration(connectionString: cluster.connectionString(database: Self.databaseName))
        }
    }

    /// Serialises cluster creation and start-up between concurrent regsync processes.
    func withHomeLock<T>(_ body: () throws -> T) throws -> T {
        let path = home + "/.lock"
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError(.clusterFailed, "cannot open lock file \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private func canReach(_ path: String, as user: String) throws -> Bool {
        try ProcessRunner.run("/usr/bin/test", ["-x", path], as: user).succeeded
    }

    static func digest(_ text: String) -> String {
        Hex.encode(SHA256.hash(data: Data(text.utf8)).prefix(8))
    }
}

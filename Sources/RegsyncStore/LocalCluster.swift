import Foundation
import RegsyncPostgres

/// A PostgreSQL cluster in a directory of its own, managed with initdb and pg_ctl: the
/// embedded default database and the throwaway servers of the test suite.
///
/// Layout: `<directory>/data` (the data directory), `<directory>/server.log`, and the
/// Unix socket in ``socketDirectory``. When regsync runs as root the server runs as
/// ``serverUser`` (PostgreSQL refuses to run as root) and owns the directory.
public struct LocalCluster: Sendable {
    /// Server settings chosen when the cluster is created.
    public struct Settings: Sendable {
        /// The port (also part of the socket file name).
        public var port: Int = 5432
        /// Listen on this TCP address too (tests); `nil` listens on the Unix socket only.
        public var tcpAddress: String?
        /// Trade durability for speed (throwaway test clusters only).
        public var throwaway = false
        /// Extra `postgresql.conf` settings.
        public var extra: [String: String] = [:]
        /// The `pg_hba.conf` lines for TCP connections (after `local all all trust`); `nil`
        /// allows password logins (scram-sha-256) from ``tcpAddress`` only.
        public var hostRules: [String]?

        public init(port: Int = 5432, tcpAddress: String? = nil, throwaway: Bool = false) {
            self.port = port
            self.tcpAddress = tcpAddress
            self.throwaway = throwaway
        }
    }

    /// Whether the cluster exists and runs.
    public enum Status: String, Sendable {
        case absent, stopped, running
    }

    /// The superuser role created by initdb.
    public static let superuser = "regsync"

    public let directory: String
    public let socketDirectory: String
    public let binaries: ServerBinaries
    public let serverUser: String?
    public let settings: Settings

    public init(
        directory: String, socketDirectory: String? = nil, binaries: ServerBinaries, serverUser: String?,
        settings: Settings = Settings()
    ) {
        self.directory = directory
        self.socketDirectory = socketDirectory ?? directory + "/run"
        self.binaries = binaries
        self.serverUser = serverUser
        self.settings = settings
    }

    public var dataDirectory: String { directory + "/data" }
    public var logFile: String { directory + "/server.log" }

    /// libpq connection string for `database` over the Unix socket.
    public func connectionString(database: String) -> String {
        "host=\(Self.conninfoQuote(socketDirectory)) port=\(settings.port) user=\(Self.superuser) "
            + "dbname=\(Self.conninfoQuote(database))"
    }

    /// Reports whether the cluster exists and whether its server is running.
    public func status() throws -> Status {
        guard FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") else { return .absent }
        let result = try ProcessRunner.run(binaries.pgCtl, ["-D", dataDirectory, "status"], as: serverUser)
        return result.status == 0 ? .running : .stopped
    }

    /// Creates the cluster (initdb) with regsync's settings. Does nothing if it exists.
    public func initialize() throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: dataDirectory + "/PG_VERSION") { return }
        try makeServerDirectory(directory)
        try makeRuntimeDirectory()
        let result = try ProcessRunner.run(
            binaries.initdb,
            [
                "-D", dataDirectory, "-U", Self.superuser, "--auth=trust", "--encoding=UTF8", "--no-locale",
                "--no-instructions",
            ] + (settings.throwaway ? ["--no-sync"] : []),
            as: serverUser)
        guard result.succeeded else {
            throw StoreError(.clusterFailed, "initdb failed in \(dataDirectory): \(Self.lastLines(result.output))")
        }
        try writeConfiguration()
    }

    /// Starts the server and waits until it accepts connections. Does nothing if running.
    public func start() throws {
        if try status() == .running { return }
        try makeRuntimeDirectory()
        let result = try ProcessRunner.run(
            binaries.pgCtl, ["-D", dataDirectory, "-l", logFile, "-w", "-t", "120", "start"], as: serverUser)
        guard result.succeeded else {
            let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
            throw StoreError(
                .clusterFailed,
                "PostgreSQL did not start in \(dataDirectory): \(Self.lastLines(result.output + "\n" + log))")
        }
    }

    /// Stops the server (fast shutdown: sessions are rolled back). Does nothing if stopped.
    public func stop(immediate: Bool = false) throws {
        guard try status() == .running else { return }
        let result = try ProcessRunner.run(
            binaries.pgCtl, ["-D", dataDirectory, "-m", immediate ? "immediate" : "fast", "-w", "stop"],
            as: serverUser)
        guard result.succeeded else {
            throw StoreError(.clusterFailed, "pg_ctl stop failed: \(Self.lastLines(result.output))")
        }
    }

    /// Starts a detached watchdog that stops the server (immediate mode) and removes
    /// `folder` once process `pid` has ended, however it ends: for throwaway clusters.
    public func stopWhenProcessEnds(_ pid: Int32, thenRemove folder: String) throws {
        let stop = ([binaries.pgCtl, "-D", dataDirectory, "-m", "immediate", "stop"])
            .map(Self.shellQuote).joined(separator: " ")
        let asServer = serverUser.map { "\(ProcessRunner.runuserPath) -u \(Self.shellQuote($0)) -- " } ?? ""
        let script =
            "while kill -0 \(pid) 2>/dev/null; do sleep 1; done; \(asServer)\(stop); rm -rf \(Self.shellQuote(folder))"
        try ProcessRunner.spawnDetached("/bin/sh", ["-c", script])
    }

    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Creates `database` when it does not exist yet.
    public func ensureDatabase(_ database: String) throws {
        let connection = try PostgresConnection(
            PostgresConfiguration(connectionString: connectionString(database: "postgres")))
        let exists = try connection.execute("SELECT 1 FROM pg_database WHERE datname = $1", [database])
        if exists.isEmpty {
            try connection.executeScript("CREATE DATABASE \(try connection.quoteIdentifier(database))")
        }
    }

    // MARK: - Internals

    private func writeConfiguration() throws {
        var lines = [
            "# Written by regsync.",
            "listen_addresses = '\(settings.tcpAddress ?? "")'",
            "port = \(settings.port)",
            "unix_socket_directories = '\(socketDirectory.replacingOccurrences(of: "'", with: "''"))'",
            "unix_socket_permissions = 0700",
            "max_connections = 40",
            "shared_buffers = 128MB",
            "maintenance_work_mem = 256MB",
            "work_mem = 32MB",
            "max_wal_size = 4GB",
            "wal_level = minimal",
            "max_wal_senders = 0",
            "logging_collector = off",
            "log_min_messages = warning",
        ]
        if settings.throwaway {
            lines += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
        }
        for (key, value) in settings.extra.sorted(by: { $0.key < $1.key }) { lines.append("\(key) = \(value)") }
        try appendLines(lines, to: dataDirectory + "/postgresql.conf")
        var hba = ["# Written by regsync: local socket only, protected by the socket folder's permissions."]
        hba.append("local all all trust")
        if let rules = settings.hostRules {
            hba += rules
        } else if let address = settings.tcpAddress {
            hba.append("host all all \(address)/32 scram-sha-256")
        }
        try (hba.joined(separator: "\n") + "\n").write(
            toFile: dataDirectory + "/pg_hba.conf", atomically: false, encoding: .utf8)
    }

    private func appendLines(_ lines: [String], to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data(("\n" + lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Creates a folder the server account owns, private to it (mode 700).
    private func makeServerDirectory(_ path: String) throws {
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: path) {
            try fileManager.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        if let serverUser {
            try fileManager.setAttributes([.ownerAccountName: serverUser], ofItemAtPath: path)
        }
    }

    /// The folder of the server's socket (its runtime folder): created here, fresh, owned by
    /// the account the server runs as, mode 700; or, when it exists, exactly that. It is
    /// never adopted in any other state: whoever created it (another account squatting a
    /// predictable /tmp name, say) could replace the socket root then connects to.
    /// - Throws: ``StoreError`` `.configuration` (78) saying why the folder is refused.
    func makeRuntimeDirectory() throws {
        let path = socketDirectory
        let owner = try serverUserID()
        if mkdir(path, 0o700) == 0 {
            guard chmod(path, 0o700) == 0, chown(path, owner, gid_t.max) == 0 else {
                let reason = String(cString: strerror(errno))
                rmdir(path)
                throw StoreError(.clusterFailed, "cannot prepare the server's runtime folder \(path): \(reason)")
            }
            return
        }
        let code = errno
        guard code == EEXIST else {
            throw StoreError(
                .clusterFailed, "cannot create the server's runtime folder \(path): \(String(cString: strerror(code)))")
        }
        var status = stat()
        guard lstat(path, &status) == 0 else {
            throw StoreError(.clusterFailed, "cannot inspect \(path): \(String(cString: strerror(errno)))")
        }
        var problems: [String] = []
        if (status.st_mode & S_IFMT) != S_IFDIR { problems.append("it is not a folder (a link or a file)") }
        if status.st_uid != owner {
            problems.append("it is owned by uid \(status.st_uid), not \(serverUser ?? "regsync")'s uid \(owner)")
        }
        if status.st_mode & 0o7777 != 0o700 {
            problems.append("its mode is \(String(status.st_mode & 0o7777, radix: 8)), not 700")
        }
        guard problems.isEmpty else {
            throw StoreError(
                .configuration,
                "refusing the server's runtime folder \(path): \(problems.joined(separator: "; ")) (mode "
                    + "\(String(status.st_mode & 0o7777, radix: 8))). regsync creates it itself and never adopts one "
                    + "it did not create: remove it, or use a shorter $REGSYNC_HOME so the socket stays inside it")
        }
    }

    /// The uid the server runs as (ours when no server account is used).
    private func serverUserID() throws -> uid_t {
        guard let serverUser else { return geteuid() }
        guard let entry = getpwnam(serverUser) else {
            throw StoreError(.clusterFailed, "the server account '\(serverUser)' does not exist")
        }
        return entry.pointee.pw_uid
    }

    static func conninfoQuote(_ value: String) -> String {
        var quoted = "'"
        for character in value {
            if character == "'" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "'"
    }

    static func lastLines(_ text: String, count: Int = 6) -> String {
        text.split(separator: "\n").suffix(count).joined(separator: " | ")
    }
}

import Foundation

/// The PostgreSQL server programs (initdb, pg_ctl, postgres) regsync uses for the
/// embedded default cluster and for its tests.
public struct ServerBinaries: Sendable {
    /// The folder holding initdb and pg_ctl.
    public let directory: String

    public var initdb: String { directory + "/initdb" }
    public var pgCtl: String { directory + "/pg_ctl" }

    /// Finds the server programs: `REGSYNC_PG_BINDIR` when set (and only there), else
    /// Debian's `/usr/lib/postgresql/<version>/bin` (newest first), else `PATH`.
    /// - Throws: ``StoreError`` `.serverNotInstalled` naming the package to install.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> ServerBinaries
    {
        let fileManager = FileManager.default
        func usable(_ folder: String) -> Bool {
            fileManager.isExecutableFile(atPath: folder + "/initdb")
                && fileManager.isExecutableFile(atPath: folder + "/pg_ctl")
        }
        if let configured = environment["REGSYNC_PG_BINDIR"], !configured.isEmpty {
            if usable(configured) { return ServerBinaries(directory: configured) }
            throw missing("REGSYNC_PG_BINDIR=\(configured) does not contain initdb and pg_ctl")
        }
        let debianRoot = "/usr/lib/postgresql"
        let versions = ((try? fileManager.contentsOfDirectory(atPath: debianRoot)) ?? [])
            .compactMap { Int($0) }.sorted(by: >)
        for version in versions where usable("\(debianRoot)/\(version)/bin") {
            return ServerBinaries(directory: "\(debianRoot)/\(version)/bin")
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":").map(String.init) where usable(folder) {
            return ServerBinaries(directory: folder)
        }
        throw missing("initdb and pg_ctl were not found in /usr/lib/postgresql/*/bin or on PATH")
    }

    private static func missing(_ detail: String) -> StoreError {
        StoreError(
            .serverNotInstalled,
            "PostgreSQL server programs are not installed (\(detail)); install the Debian package "
                + "'postgresql' (apt-get install -y postgresql), or point regsync at a server with "
                + "--database or REGSYNC_DATABASE_URL")
    }
}

import Crypto
import Foundation
import Logging
import RegsyncCore
import RegsyncImport
import RegsyncPostgres
import RegsyncStore

/// What `regsync import` was asked to do.
public struct ImportOptions: Sendable {
    public var registry: String
    public var files: [String]
    public var mappingPath: String
    /// Where reject files go (default `$REGSYNC_HOME/rejects/<run id>`).
    public var rejectDirectory: String?
    public var maxRejects: RejectThreshold?
    /// The pseudonymisation key file (default `REGSYNC_KEY_FILE`).
    public var keyFile: String?
    public var batchSize: Int
    /// The `--summary` file: its folder is checked with the reject folder, before anything
    /// loads (73 when it cannot take the file).
    public var summaryFile: String?

    public init(
        registry: String, files: [String], mappingPath: String, rejectDirectory: String? = nil,
        maxRejects: RejectThreshold? = nil, keyFile: String? = nil, batchSize: Int = 200_000
    ) {
        self.registry = registry
        self.files = files
        self.mappingPath = mappingPath
        self.rejectDirectory = rejectDirectory
        self.maxRejects = maxRejects
        self.keyFile = keyFile
        self.batchSize = batchSize
    }
}

/// `regsync import`: loads files through a mapping into their target table, one
/// transaction per file (or one for all files of a full snapshot), with every record
/// either loaded or in the file's reject CSV, and `read = loaded + rejected` per file.
public struct ImportJob {
    let database: DatabaseLocator
    let options: ImportOptions
    let logger: Logger
    let environment: [String: String]
    /// The run's connection, once made (``recordRun(_:)`` records the run on it).
    private let session = JobSession()

    public init(
        database: DatabaseLocator, options: ImportOptions, logger: Logger,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.database = database
        self.options = options
        self.logger = logger
        self.environment = environment
    }

    public func run(_ summary: inout RunSummary) throws {
        let mapping = try MappingFile.load(path: options.mappingPath)
        guard mapping.target.registry == options.registry else {
            throw ImportFailure.wrongRegistry(
                mapping: mapping.name, target: mapping.target.name, registry: mapping.target.registry,
                named: options.registry)
        }
        let hasher = try loadHasher(for: mapping)
        let connection = try database.connect(logger: logger)
        session.connection = connection
        try SchemaMigrator(connection: connection, logger: logger).requireCurrent()
        let lockKey = PostgresConnection.advisoryLockKey("regsync.import:\(mapping.target.name)")
        guard try connection.tryAdvisoryLock(lockKey) else { throw ImportFailure.locked(target: mapping.target.name) }
        defer { _ = try? connection.advisoryUnlock(lockKey) }
        // The output folders are made and checked before anything loads (73 when one cannot
        // be), once the run can be recorded.
        if let summaryFile = options.summaryFile {
            try SafeFile.checkDirectory(SafeFile.folder(of: summaryFile), probe: true)
        }
        let rejectDirectory = try prepareRejectDirectory(runID: summary.runID)
        defer { removeIfEmpty(rejectDirectory) }

        var inputs: [FileInput] = []
        for path in options.files {
            do {
                inputs.append(try FileInput(path: path, mapping: mapping, hasher: hasher))
            } catch let failure as ImportFailure {
                logger.error("\(failure)", metadata: ["import.file": "\(path)"])
                var file = FileSummary(path: path, status: failure.fileStatus)
                file.reason = failure.reason
                summary.files.append(file)
                summary.notes.append(failure.description)
                summary.escalate(to: failure.outcome)
            }
        }
        let loader = FileGroupLoader(
            connection: connection, mapping: mapping, options: options, rejectDirectory: rejectDirectory.path,
            runID: summary.runID, logger: logger,
            openLookupConnection: { [database, logger] in
                try database.connect(logger: logger)
            })
        // The counts also when a load fails: they say what was (not) loaded.
        defer { Self.count(&summary, files: options.files.count) }
        switch mapping.load.snapshot {
        case .incremental:
            for input in inputs { try loader.load([input], into: &summary) }
        case .full:
            if !inputs.isEmpty { try loader.load(inputs, into: &summary) }
        }
    }

    static func count(_ summary: inout RunSummary, files: Int) {
        summary.counts["files"] = files
        for key in ["read", "loaded", "rejected", "inserted", "updated", "unchanged", "removed", "warnings"] {
            summary.counts[key] = summary.files.reduce(0) { total, file in
                total + Self.count(key, of: file)
            }
        }
        if summary.counts["rejected", default: 0] > 0 { summary.escalate(to: .attention) }
        // Counted in different places, so they can disagree: a file that does not add up
        // is a failure of regsync's own, never passed over.
        for file in summary.files
        where !file.reconciles || [file.read, file.loaded, file.rejected, file.notLoaded].contains(where: { $0 < 0 }) {
            summary.notes.append(
                "\(file.path): the accounting does not add up: read \(file.read) is not loaded \(file.loaded) + "
                    + "rejected \(file.rejected) + not loaded \(file.notLoaded)")
            summary.escalate(to: .failure)
        }
    }

    /// Records the run in `regsync.run` once it ended, however it ended: on the run's
    /// connection, or a new one when the server closed it. Nothing to record when the run
    /// never reached the database.
    public func recordRun(_ summary: RunSummary) throws {
        guard let connection = session.connection else { return }
        if connection.isConnected {
            connection.rollbackQuietly()
            try RunLog.record(summary, on: connection)
        } else {
            try RunLog.record(summary, on: try database.connect(logger: logger))
        }
    }

    /// The folder for this run's reject files: `--reject-dir`, else
    /// `$REGSYNC_HOME/rejects/<run id>` (both private, mode 700, when regsync creates them),
    /// created and checked now.
    /// - Throws: ``SafeFileError`` `.cannotCreate` naming the folder.
    private func prepareRejectDirectory(runID: String) throws -> (path: String, created: Bool) {
        if let directory = options.rejectDirectory {
            return (directory, try !SafeFile.prepareDirectory(directory).isEmpty)
        }
        let home = EmbeddedDatabase.fromEnvironment(environment).home
        // $REGSYNC_HOME itself as the embedded cluster would create it (the server account
        // may need to traverse it); the folders below it private.
        try SafeFile.makeDirectories(home, mode: 0o755)
        try SafeFile.makeDirectories(home + "/rejects", mode: 0o700)
        let directory = home + "/rejects/\(runID)"
        return (directory, try !SafeFile.prepareDirectory(directory).isEmpty)
    }

    /// Removes a reject folder this run created and left empty (a clean run).
    private func removeIfEmpty(_ directory: (path: String, created: Bool)) {
        guard directory.created else { return }
        rmdir(directory.path)
    }

    static func count(_ key: String, of file: FileSummary) -> Int {
        switch key {
        case "read": file.read
        case "loaded": file.loaded
        case "rejected": file.rejected
        case "inserted": file.inserted
        case "updated": file.updated
        case "unchanged": file.unchanged
        case "removed": file.removed
        default: file.warnings
        }
    }

    /// The pseudonymisation key: `--key-file`, else `REGSYNC_KEY_FILE`; required only
    /// when the mapping derives a keyed pseudonym.
    private func loadHasher(for mapping: MappingFile) throws -> KeyedHasher? {
        guard mapping.needsKey else { return nil }
        do {
            return try KeyFile.hasher(
                path: options.keyFile ?? environment["REGSYNC_KEY_FILE"],
                purpose: "mapping \(mapping.name) stores a keyed pseudonym of individual numbers")
        } catch {
            throw ImportFailure.key(error.description)
        }
    }
}

/// What a job keeps between ``ImportJob/run(_:)`` and ``ImportJob/recordRun(_:)``.
final class JobSession {
    var connection: PostgresConnection?
}

/// One input file opened for a mapping: its source adapter, mapper and content hash.
struct FileInput {
    let path: String
    let source: any RecordSource
    let mapper: RecordMapper
    let sha256: String
    let bytes: Int

    init(path: String, mapping: MappingFile, hasher: KeyedHasher?) throws {
        self.path = path
        (sha256, bytes) = try Self.digest(path)
        switch mapping.source.format {
        case .csv(let spec):
            source = try CSVImportSource(path: path, displayName: path, spec: spec, encoding: mapping.source.encoding)
        case .xml(let spec):
            source = try XMLImportSource(path: path, displayName: path, spec: spec, encoding: mapping.source.encoding)
        }
        do {
            mapper = try RecordMapper(mapping: mapping, header: source.header, hasher: hasher)
        }
    }

    /// SHA-256 and size of a file, streamed.
    static func digest(_ path: String) throws -> (String, Int) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ImportFailure.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ImportFailure.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            total += count
        }
        return (Hex.encode(hasher.finalize()), total)
    }
}

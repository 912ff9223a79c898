import Foundation
import Logging
import RegsyncCore
import RegsyncImport
import RegsyncLink
import RegsyncPostgres
import RegsyncPropagate
import RegsyncStore

#if canImport(Glibc)
    import Glibc
#endif

/// One stage of a night: what ran, how it ended, how long it took, what it counted.
public struct SyncStage: Sendable, Codable {
    public var stage: String
    public var registry: String
    /// `clean`, `attention`, an outcome that stopped it, or `skipped`.
    public var outcome: String
    public var seconds: Double
    public var counts: [String: Int]
    /// Why it failed or was skipped; what awaits whom.
    public var detail: String?
    public var files: [FileSummary]?

    public var failed: Bool { outcome != "clean" && outcome != "attention" && outcome != "skipped" }
}

/// `regsync sync --config FILE`: the nightly job. Resident files first, then each registry's
/// new files (each content once: a file already imported is recognised by its hash and
/// skipped), then per registry keys and matching, propagation by policy, and the review,
/// change and discrepancy reports. A failing stage stops the stages that depend on it (a
/// resident import stops all matching; a registry's import stops its matching and
/// propagation); the others go on. One run at a time (exit 75 otherwise).
public struct SyncJob {
    let database: DatabaseLocator
    let config: SyncConfig
    let logger: Logger
    let environment: [String: String]
    /// Turns an error that ended a stage into its outcome and a message without personal data.
    let classify: @Sendable (any Error) -> (Outcome, String)
    /// The day days since moves and deadlines count from.
    let asOf: Int32
    /// Progress of the matching stages (nil: none, as when stderr is not a terminal); the
    /// imports report their own progress on a terminal.
    let progress: LinkEngine.Progress?

    public init(
        database: DatabaseLocator, config: SyncConfig, logger: Logger, asOf: Int32 = PropagateOptions.today(),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        progress: LinkEngine.Progress? = nil,
        classify: @escaping @Sendable (any Error) -> (Outcome, String)
    ) {
        self.progress = progress
        self.database = database
        self.config = config
        self.logger = logger
        self.asOf = asOf
        self.environment = environment
        self.classify = classify
    }

    /// The stages run so far (also when the run ends early).
    public private(set) var stages: [SyncStage] = []
    /// The run's report folder.
    public private(set) var reportFolder: String = ""

    public mutating func run(_ summary: inout RunSummary) async throws {
        let connection = try database.connect(logger: logger)
        let lock = PostgresConnection.advisoryLockKey("regsync.sync")
        guard try connection.tryAdvisoryLock(lock) else {
            throw StoreError(.locked, "another regsync sync is running; this one did nothing")
        }
        defer { _ = try? connection.advisoryUnlock(lock) }
        try InitJob(database: database, logger: logger).migrate(connection, &summary)
        var environment = environment
        if let keyFile = config.keyFile { environment["REGSYNC_KEY_FILE"] = keyFile }
        // Registries receive keyed pseudonyms: without a usable key nothing is started.
        _ = try KeyFile.hasher(
            path: environment["REGSYNC_KEY_FILE"], purpose: "registries hold keyed pseudonyms of residents")
        let home = EmbeddedDatabase.fromEnvironment(environment).home
        reportFolder = (config.reports ?? home + "/reports") + "/" + summary.runID

        // Resident register first: every match depends on it.
        var residentsFailed = false
        for (registry, inputs) in [("resident", config.residents), ("resident-events", config.residentEvents)] {
            for input in inputs {
                let stage = importStage(registry, input, runID: summary.runID, home: home, environment)
                residentsFailed = residentsFailed || stage.failed
                record(stage, &summary)
            }
        }
        for registry in config.registries {
            var importFailed = false
            for input in registry.inputs {
                let stage = importStage(registry.name, input, runID: summary.runID, home: home, environment)
                importFailed = importFailed || stage.failed
                record(stage, &summary)
            }
            let blocker =
                residentsFailed
                ? "the resident register's import failed" : importFailed ? "the \(registry.name) import failed" : nil
            if let blocker {
                for name in ["match", "propagate", "reports"] {
                    record(
                        SyncStage(
                            stage: name, registry: registry.name, outcome: "skipped", seconds: 0, counts: [:],
                            detail: "skipped: \(blocker)"), &summary)
                }
                continue
            }
            let matched = await stage("match", registry.name) { stage in
                try await MatchJob(
                    database: database,
                    options: MatchOptions(registry: registry.name, configPath: registry.matchConfig), logger: logger,
                    progress: progress
                ).run(&stage)
            }
            record(matched, &summary)
            if matched.failed {
                record(
                    SyncStage(
                        stage: "propagate", registry: registry.name, outcome: "skipped", seconds: 0, counts: [:],
                        detail: "skipped: matching failed"), &summary)
            } else {
                let config = config
                let asOf = asOf
                let propagated = await stage("propagate", registry.name) { stage in
                    var job = PropagateJob(
                        database: database,
                        options: PropagateOptions(
                            registry: registry.name, config: config.propagation,
                            keyFile: environment["REGSYNC_KEY_FILE"], asOf: asOf, actor: "regsync sync"),
                        logger: logger, environment: environment)
                    try await job.run(&stage)
                }
                record(propagated, &summary)
            }
            let folder = reportFolder + "/" + registry.name
            let asOf = asOf
            record(
                await stage("reports", registry.name) { stage in
                    try ReviewReportJob(database: database, registry: registry.name, logger: logger)
                        .write(to: folder, &stage)
                    try PropagationReportJob(database: database, registry: registry.name, asOf: asOf, logger: logger)
                        .write(to: folder, &stage)
                }, &summary)
        }
        summary.notes.append("reports written to \(reportFolder)")
    }

    /// Adds a stage to the run and its outcome to the run's.
    private mutating func record(_ stage: SyncStage, _ summary: inout RunSummary) {
        stages.append(stage)
        if let outcome = Outcome(rawValue: stage.outcome) { summary.escalate(to: outcome) }
        for key in SyncReport.keyCountNames(stage.stage) {
            if let value = stage.counts[key] {
                summary.counts["\(stage.registry).\(stage.stage).\(key)", default: 0] += value
            }
        }
        summary.files += stage.files ?? []
        let level: Logger.Level = stage.failed ? .error : .info
        logger.log(
            level: level, "stage \(stage.outcome)",
            metadata: [
                "sync.stage": "\(stage.stage)", "sync.registry": "\(stage.registry)",
                "sync.seconds": "\(String(format: "%.1f", stage.seconds))",
            ].merging(stage.detail.map { ["sync.detail": "\($0)"] } ?? [:]) { $1 })
    }

    /// Runs a stage's body, timing it and turning whatever it throws into the stage's outcome.
    private func stage(
        _ name: String, _ registry: String, _ body: (inout RunSummary) async throws -> Void
    ) async -> SyncStage {
        let started = Date()
        var summary = RunSummary(command: name)
        var detail: String?
        do {
            try await body(&summary)
        } catch {
            let (outcome, message) = classify(error)
            summary.escalate(to: outcome)
            detail = message
        }
        return SyncStage(
            stage: name, registry: registry, outcome: summary.outcome.rawValue,
            seconds: Date().timeIntervalSince(started), counts: summary.counts,
            detail: detail ?? (name == "reports" || summary.notes.isEmpty ? nil : summary.notes.joined(separator: "; "))
        )
    }

    /// Imports the files of one input (each content once), and moves those that are in the
    /// database to `processed/` when configured.
    private func importStage(
        _ registry: String, _ input: SyncConfig.Input, runID: String, home: String, _ environment: [String: String]
    ) -> SyncStage {
        let started = Date()
        let files = FileGlob.expand(input.glob)
        var summary = RunSummary(command: "import", runID: runID + "-import-\(registry)")
        var detail: String?
        if !files.isEmpty {
            let job = ImportJob(
                database: database,
                options: ImportOptions(
                    registry: registry, files: files, mappingPath: input.mapping,
                    rejectDirectory: home + "/rejects/" + runID, maxRejects: input.maxRejects),
                logger: logger, environment: environment)
            do {
                try job.run(&summary)
            } catch {
                let (outcome, message) = classify(error)
                summary.escalate(to: outcome)
                detail = message
            }
            try? job.recordRun(summary)
        }
        if config.processed == .move {
            for file in summary.files where ["loaded", "already_imported"].contains(file.status) {
                moveToProcessed(file.path)
            }
        }
        var counts: [String: Int] = ["files": summary.files.count]
        for key in ["read", "loaded", "rejected", "inserted", "updated", "unchanged", "removed"] {
            counts[key] = summary.files.reduce(0) { $0 + ImportJob.count(key, of: $1) }
        }
        counts["already_imported"] = summary.files.filter { $0.status == "already_imported" }.count
        return SyncStage(
            stage: "import", registry: registry, outcome: summary.outcome.rawValue,
            seconds: Date().timeIntervalSince(started), counts: counts,
            detail: detail
                ?? (files.isEmpty ? "no file matches \(URL(fileURLWithPath: input.glob).lastPathComponent)" : nil),
            files: summary.files)
    }

    /// `<folder>/processed/<name>`; a name already there gets the first free `.N` suffix.
    private func moveToProcessed(_ path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().appendingPathComponent("processed")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var target = folder.appendingPathComponent(url.lastPathComponent)
            var suffix = 1
            while FileManager.default.fileExists(atPath: target.path) {
                target = folder.appendingPathComponent(url.lastPathComponent + ".\(suffix)")
                suffix += 1
            }
            try FileManager.default.moveItem(at: url, to: target)
        } catch {
            logger.warning("could not move an imported file to processed/", metadata: ["file": "\(path)"])
        }
    }
}

/// Shell-style file name patterns (`*`, `?`, `[...]`), expanded by the C library's `glob`.
enum FileGlob {
    /// The regular files the pattern matches, sorted by name; none when nothing matches.
    static func expand(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            guard let pointer = result.gl_pathv[index], let path = String(validatingCString: pointer) else { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}

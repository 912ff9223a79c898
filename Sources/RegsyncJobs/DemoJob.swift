import Foundation
import Logging
import RegsyncCore
import RegsyncImport
import RegsyncPropagate
import RegsyncStore

/// `regsync demo`: runs the pipeline end to end on `samples/` against the configured
/// database (by default the embedded cluster): schema, every sample file through its
/// mapping, matching with review reports, a steward's verdicts on the review queue, the
/// address changes by the samples' policies, and every change and discrepancy report; then
/// the next night as the nightly job runs it (`samples/sync.yaml`), which finds nothing new.
public struct DemoJob {
    let database: DatabaseLocator
    let samples: String
    let mappings: String
    let logger: Logger
    let environment: [String: String]
    /// The day days since moves and deadlines count from: the night the samples describe.
    let asOf: Int32

    /// The sample files, in load order, with the registry and mapping that read them.
    static let manifest: [(registry: String, file: String, mapping: String)] = [
        ("resident", "residents.csv", "resident-persons.yaml"),
        ("resident", "resident-addresses.csv", "resident-addresses.yaml"),
        ("resident-events", "resident-events.csv", "resident-events.yaml"),
        ("vehicle", "vehicles.csv", "vehicle-legacy-cp932.yaml"),
        ("realestate", "realestate-owners.csv", "realestate-owners-csv.yaml"),
        ("realestate", "realestate-owners.xml", "realestate-owners-xml.yaml"),
        ("commercial", "corporations-sjis.csv", "commercial-nta-sjis.yaml"),
        ("commercial", "corporations-unicode.csv", "commercial-nta-unicode.yaml"),
        ("commercial", "corporations.xml", "commercial-nta-xml.yaml"),
        ("commercial", "corporations-diff.csv", "commercial-nta-diff.yaml"),
        ("commercial", "officers.csv", "commercial-officers.yaml"),
    ]

    public init(
        database: DatabaseLocator, samples: String, mappings: String, asOf: Int32 = 2026_11_27, logger: Logger,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.asOf = asOf
        self.database = database
        self.samples = samples
        self.mappings = mappings
        self.logger = logger
        self.environment = environment
    }

    public func run(_ summary: inout RunSummary) async throws {
        logger.info("demo: preparing the database", metadata: ["db.target": "\(database.target)"])
        let connection = try database.connect(logger: logger)
        try InitJob(database: database, logger: logger).migrate(connection, &summary)
        var environment = environment
        if (environment["REGSYNC_KEY_FILE"] ?? "").isEmpty {
            environment["REGSYNC_KEY_FILE"] = try demoKey()
        }
        let home = EmbeddedDatabase.fromEnvironment(environment).home
        for entry in Self.manifest {
            var stage = RunSummary(command: "import", runID: summary.runID + "-\(summary.files.count)")
            let options = ImportOptions(
                registry: entry.registry, files: ["\(samples)/\(entry.file)"],
                mappingPath: "\(mappings)/\(entry.mapping)",
                rejectDirectory: "\(home)/rejects/\(summary.runID)")
            let job = ImportJob(database: database, options: options, logger: logger, environment: environment)
            try job.run(&stage)
            try job.recordRun(stage)
            summary.files += stage.files
            summary.notes += stage.notes
            summary.escalate(to: stage.outcome)
        }
        for key in ["read", "loaded", "rejected", "inserted", "updated", "unchanged", "removed"] {
            summary.counts[key] = summary.files.reduce(0) { $0 + ImportJob.count(key, of: $1) }
        }
        summary.counts["files"] = summary.files.count
        print(Self.table(summary.files))
        // Then link every registry's persons and write each registry's review report.
        let reports = "\(home)/reports/\(summary.runID)"
        var lines: [String] = []
        for registry in ["vehicle", "realestate", "commercial"] {
            var stage = RunSummary(command: "match", runID: summary.runID + "-\(registry)")
            try await MatchJob(
                database: database, options: MatchOptions(registry: registry), logger: logger
            ).run(&stage)
            try ReviewReportJob(database: database, registry: registry, logger: logger)
                .write(to: "\(reports)/\(registry)", &stage)
            summary.escalate(to: stage.outcome)
            for key in ["persons", "link", "review", "no_link"] {
                summary.counts["\(registry).\(key)"] = stage.counts[key] ?? 0
            }
            lines.append(
                registry.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + String(
                        format: "%8d%8d%8d%9d", stage.counts["persons"] ?? 0, stage.counts["link"] ?? 0,
                        stage.counts["review"] ?? 0, stage.counts["no_link"] ?? 0))
        }
        summary.notes.append("review reports written to \(reports)/<registry>/review.html")
        print("\nregistry       persons    link  review  no-link\n" + lines.joined(separator: "\n"))
        print("review reports: \(reports)/<registry>/review.html")

        // A steward's verdicts on the review queue (where the samples carry them), then the
        // address changes by the samples' policies, and every change and discrepancy report.
        lines = []
        for registry in ["vehicle", "realestate", "commercial"] {
            var stage = RunSummary(command: "propagate", runID: summary.runID + "-propagate-\(registry)")
            let verdicts = "\(samples)/steward/\(registry)-verdicts.csv"
            if FileManager.default.fileExists(atPath: verdicts) {
                try ReviewExchangeJob(database: database, registry: registry, logger: logger)
                    .apply(verdicts, steward: "steward (samples/steward)", &stage)
                try await MatchJob(database: database, options: MatchOptions(registry: registry), logger: logger)
                    .run(&stage)
                summary.counts["\(registry).steward_verdicts"] = stage.counts["verdicts"] ?? 0
            }
            let config = "\(samples)/propagation.yaml"
            var job = PropagateJob(
                database: database,
                options: PropagateOptions(
                    registry: registry,
                    configPath: FileManager.default.fileExists(atPath: config) ? config : nil,
                    keyFile: environment["REGSYNC_KEY_FILE"], asOf: asOf, actor: "regsync demo"),
                logger: logger, environment: environment)
            try await job.run(&stage)
            try PropagationReportJob(database: database, registry: registry, asOf: asOf, logger: logger)
                .write(to: "\(reports)/\(registry)", &stage)
            summary.escalate(to: stage.outcome)
            for key in ["planned", "applied", "proposed", "held", "discrepancies"] {
                summary.counts["\(registry).\(key)"] = stage.counts[key] ?? 0
            }
            lines.append(
                registry.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + String(
                        format: "%8d%8d%9d%6d%15d", stage.counts["planned"] ?? 0, stage.counts["applied"] ?? 0,
                        stage.counts["proposed"] ?? 0, stage.counts["held"] ?? 0, stage.counts["discrepancies"] ?? 0))
        }
        summary.notes.append("change and discrepancy reports written to \(reports)/<registry>/")
        try RunLog.record(summary, on: connection)
        print("\nregistry       planned applied proposed  held  discrepancies\n" + lines.joined(separator: "\n"))
        print("change and discrepancy reports: \(reports)/<registry>/{changes,discrepancies}.{csv,json,html}")
        try await secondNight(&summary, environment: environment)
    }

    /// The next night: the nightly job (`regsync sync --config samples/sync.yaml`) on the same
    /// samples. Every file is recognised by its content and skipped, and nothing that did not
    /// change is normalised, matched or planned again; its one-screen summary and reports go
    /// to a folder of their own.
    private func secondNight(_ summary: inout RunSummary, environment: [String: String]) async throws {
        let path = "\(samples)/sync.yaml"
        guard FileManager.default.fileExists(atPath: path) else { return }
        // The mappings are the demo's (`--mappings`), wherever the samples folder was copied to.
        let text = try String(contentsOfFile: path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { $0.hasPrefix("mappings:") ? "mappings: \"\(URL(fileURLWithPath: mappings).path)\"" : String($0) }
        .joined(separator: "\n")
        var night = SyncJob(
            database: database, config: try SyncConfig.parse(text, file: path), logger: logger, asOf: asOf,
            environment: environment
        ) { error in
            ((error as? any OutcomeClassifying)?.outcome ?? .failure, "the stage failed: \(type(of: error))")
        }
        var nightSummary = RunSummary(command: "sync", runID: summary.runID + "-night2")
        try await night.run(&nightSummary)
        func total(_ stage: String, _ key: String) -> Int {
            night.stages.filter { $0.stage == stage }.reduce(0) { $0 + ($1.counts[key] ?? 0) }
        }
        let failed = night.stages.filter(\.failed)
        if let first = failed.first {
            summary.escalate(to: Outcome(rawValue: first.outcome) ?? .failure)
        }
        let counts: [(String, Int)] = [
            ("files", total("import", "files")), ("already_imported", total("import", "already_imported")),
            ("loaded", total("import", "loaded")), ("keys_computed", total("match", "keys_computed")),
            ("persons_matched", total("match", "persons")), ("changes_planned", total("propagate", "planned")),
        ]
        for (key, value) in counts { summary.counts["night2.\(key)"] = value }
        summary.notes.append("second night's reports written to \(night.reportFolder)")
        print(
            """

            second night (regsync sync --config \(path)): \(total("import", "already_imported")) of \
            \(total("import", "files")) files already imported and skipped, \(total("import", "loaded")) rows loaded, \
            \(total("match", "keys_computed")) keys computed and \(total("match", "persons")) persons matched again (the \
            records the first night's changes wrote), \
            \(total("propagate", "planned")) changes planned\(failed.isEmpty ? "" : "; \(failed.count) stage(s) failed")
            reports of the second night: \(night.reportFolder)
            """)
    }

    /// A key for pseudonyms that exists only on this machine: `$REGSYNC_HOME/keys/demo.key`
    /// (32 random bytes, mode 600), created on first use.
    private func demoKey() throws -> String {
        let home = EmbeddedDatabase.fromEnvironment(environment).home
        let path = home + "/keys/demo.key"
        if FileManager.default.fileExists(atPath: path) { return path }
        try FileManager.default.createDirectory(
            atPath: home + "/keys", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in bytes.indices { bytes[index] = generator.next() }
        guard
            FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        else {
            throw ImportFailure.key("cannot create the demo key file \(path)")
        }
        return path
    }

    /// A plain-text table of the files loaded, for the person running the demo.
    static func table(_ files: [FileSummary]) -> String {
        var lines = ["file                          status                read  loaded  rejected  inserted  updated"]
        for file in files {
            let name = URL(fileURLWithPath: file.path).lastPathComponent
            lines.append(
                name.padding(toLength: 30, withPad: " ", startingAt: 0)
                    + file.status.padding(toLength: 18, withPad: " ", startingAt: 0)
                    + String(
                        format: "%8d%8d%10d%10d%9d", file.read, file.loaded, file.rejected, file.inserted, file.updated)
            )
        }
        return lines.joined(separator: "\n")
    }
}

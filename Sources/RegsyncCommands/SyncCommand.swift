import ArgumentParser
import Foundation
import RegsyncCore
import RegsyncJobs
import RegsyncPropagate
import RegsyncStore

/// `regsync sync --config FILE`: the nightly job.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "The nightly job: import what arrived, match, propagate by policy, report.",
        discussion: """
            Resident files first, then each registry's new files (a content already imported is recognised by its \
            hash and skipped; with processed: move, imported files go to processed/ beside them), then per registry \
            keys and matching, propagation by its policy, and the review, change and discrepancy reports, in one \
            folder per run. A failing stage stops the stages that depend on it; the others go on. Prints a one-screen \
            summary (also summary.txt and summary.json in the run's folder) and, when the configuration names a \
            metrics file, writes a Prometheus textfile-collector file. Exit codes: 0 clean; 10 done, with rejects, \
            pairs to review, changes to approve or held, or discrepancies; 65 an input unusable; 69 database \
            unavailable; 75 another sync is running (it did nothing); 78 configuration; 1 any other failure. \
            The configuration format: docs/operations.md.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The night's configuration (YAML).", valueName: "file"))
    var config: String

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Count days since moves and deadlines from this day (default today).", valueName: "yyyy-mm-dd"))
    var asOf: String?

    func validate() throws {
        if let asOf, CivilDay.parse(asOf) == 0 { throw ValidationError("--as-of takes a date such as 2026-11-27") }
    }

    func run() async throws {
        let configPath = config
        let asOf = asOf.map(CivilDay.parse) ?? PropagateOptions.today()
        try await CommandRunner.run("sync", global) { logger, summary in
            let config = try SyncConfig.load(path: configPath)
            var job = SyncJob(
                database: DatabaseLocator(explicit: global.database), config: config, logger: logger, asOf: asOf,
                progress: ProgressReporter.make()
            ) { error in
                (ExitCodes.outcome(for: error), CommandRunner.safeMessage(error))
            }
            var thrown: (any Error)?
            do {
                try await job.run(&summary)
            } catch {
                thrown = error
                summary.escalate(to: ExitCodes.outcome(for: error))
                summary.error = CommandRunner.safeMessage(error)
            }
            summary.finishedAt = Date()
            let code = ExitCodes.code(for: summary.outcome)
            // A run that found another one running wrote nothing and reports nothing.
            if summary.outcome != .locked {
                let report = SyncReport(
                    summary: summary, exitCode: code, reportFolder: job.reportFolder, stages: job.stages)
                try Self.write(report, metrics: config.metrics)
                FileHandle.standardOutput.write(Data(report.text.utf8))
            }
            if let thrown { throw thrown }
        }
    }

    /// The morning summary beside the reports, and the metrics file (temporary name, then
    /// renamed; readable by the collector).
    static func write(_ report: SyncReport, metrics: String?) throws {
        if !report.reportFolder.isEmpty {
            _ = try SafeFile.prepareDirectory(report.reportFolder)
            try SafeFile.writeAtomically(Array(report.text.utf8), to: report.reportFolder + "/summary.txt")
            try SafeFile.writeAtomically(Array(try report.json().utf8), to: report.reportFolder + "/summary.json")
        }
        if let metrics {
            let previous = FileManager.default.contents(atPath: metrics).map { String(decoding: $0, as: UTF8.self) }
            try SafeFile.writeAtomically(Array(report.prometheus(previous: previous).utf8), to: metrics, mode: 0o644)
        }
    }
}

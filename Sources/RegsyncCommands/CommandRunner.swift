import ArgumentParser
import Foundation
import Logging
import RegsyncCore
import RegsyncPostgres
import RegsyncStore

/// Runs the body of a subcommand the same way for every command: bootstraps logging,
/// turns errors into outcomes, prints the one-line summary on stderr, writes the JSON
/// summary when asked, and exits with the code the outcome stands for.
enum CommandRunner {
    /// Runs a command; the `--summary` folder is checked before the body runs (73 when it
    /// cannot take the file).
    static func run(
        _ command: String, _ global: GlobalOptions, _ body: (Logger, inout RunSummary) throws -> Void
    ) throws -> Never {
        try execute(command, global, checksSummaryFolder: true) { logger, summary, _ in try body(logger, &summary) }
    }

    /// Runs a command that records its run in the database: `body` hands `recorder` the
    /// way to record it, and the run is recorded once it ended, with its final outcome and
    /// error, whether the body finished or threw. The body checks the `--summary` folder
    /// (``RunRecorder/summaryFile``) itself, once the run can be recorded, before anything
    /// loads: a summary folder that cannot take the file then has its run row too.
    static func run(
        _ command: String, _ global: GlobalOptions,
        recordingRun body: (Logger, inout RunSummary, RunRecorder) throws -> Void
    ) throws -> Never {
        try execute(command, global, checksSummaryFolder: false, body)
    }

    private static func execute(
        _ command: String, _ global: GlobalOptions, checksSummaryFolder: Bool,
        _ body: (Logger, inout RunSummary, RunRecorder) throws -> Void
    ) throws -> Never {
        LoggingBootstrap.bootstrap(format: global.logFormat, level: global.logLevel)
        var logger = Logger(label: "regsync")
        var summary = RunSummary(command: command)
        let recorder = RunRecorder()
        recorder.summaryFile = global.summary
        logger[metadataKey: "run.id"] = "\(summary.runID)"
        var summaryPath = global.summary
        do {
            if checksSummaryFolder, let path = summaryPath {
                do {
                    try SafeFile.checkDirectory(SafeFile.folder(of: path), probe: true)
                } catch {
                    summaryPath = nil
                    throw error
                }
            }
            try body(logger, &summary, recorder)
        } catch {
            let outcome = ExitCodes.outcome(for: error)
            summary.escalate(to: outcome)
            summary.error = safeMessage(error)
            logger.error("\(summary.error!)")
        }
        summary.finishedAt = Date()
        if let record = recorder.record {
            do {
                try record(summary)
            } catch {
                // The run happened; only its row is missing (the database went away, say).
                let reason = "the run could not be recorded in regsync.run: \(safeMessage(error))"
                logger.error("\(reason)")
                summary.notes.append(reason)
            }
        }
        // A summary folder the run already found unusable (its error says so) is not tried again.
        if let path = summaryPath,
            summary.outcome != .cannotCreate || (try? SafeFile.checkDirectory(SafeFile.folder(of: path))) != nil
        {
            do {
                try SafeFile.writeAtomically(Array(summary.jsonData()), to: path)
            } catch {
                logger.error(
                    "cannot write the summary file: \(safeMessage(error))", metadata: ["summary.file": "\(path)"])
                summary.escalate(to: ExitCodes.outcome(for: error))
            }
        }
        // The one-line summary comes last, whatever happened before it.
        FileHandle.standardError.write(Data((summary.oneLine + "\n").utf8))
        throw ExitCode(ExitCodes.code(for: summary.outcome))
    }

    /// A message safe to print: it names the failure and where, never personal data.
    static func safeMessage(_ error: any Error) -> String {
        switch error {
        case let error as PostgresError: error.safeDescription
        case let error as StoreError: error.message
        case let error as CustomStringConvertible: error.description
        default: String(describing: error)
        }
    }
}

/// How a command records its run once it ended (set by the command's body when it has a
/// database to record it in).
final class RunRecorder {
    var record: ((RunSummary) throws -> Void)?
    /// The `--summary` file, whose folder the body checks before anything loads.
    var summaryFile: String?
}

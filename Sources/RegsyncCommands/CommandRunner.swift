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
    static func run(
        _ command: String, _ global: GlobalOptions, _ body: (Logger, inout RunSummary) throws -> Void
    ) throws -> Never {
        try run(command, global, recordingRun: { logger, summary, _ in try body(logger, &summary) })
    }

    /// Runs a command that records its run in the database: `body` hands `recorder` the
    /// way to record it, and the run is recorded once it ended, with its final outcome and
    /// error, whether the body finished or threw.
    static func run(
        _ command: String, _ global: GlobalOptions,
        recordingRun body: (Logger, inout RunSummary, RunRecorder) throws -> Void
    ) throws -> Never {
        LoggingBootstrap.bootstrap(format: global.logFormat, level: global.logLevel)
        var logger = Logger(label: "regsync")
        var summary = RunSummary(command: command)
        let recorder = RunRecorder()
        logger[metadataKey: "run.id"] = "\(summary.runID)"
        var summaryPath = global.summary
        do {
            // The summary's folder is checked before anything runs (73 when it cannot take the file).
            if let path = summaryPath {
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
        FileHandle.standardError.write(Data((summary.oneLine + "\n").utf8))
        if let path = summaryPath {
            do {
                try SafeFile.writeAtomically(Array(summary.jsonData()), to: path)
            } catch {
                logger.error("cannot write the summary file", metadata: ["summary.file": "\(path)"])
                summary.escalate(to: .failure)
            }
        }
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
}

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
        LoggingBootstrap.bootstrap(format: global.logFormat, level: global.logLevel)
        var logger = Logger(label: "regsync")
        var summary = RunSummary(command: command)
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
            try body(logger, &summary)
        } catch {
            let outcome = ExitCodes.outcome(for: error)
            summary.escalate(to: outcome)
            summary.error = safeMessage(error)
            logger.error("\(summary.error!)")
        }
        summary.finishedAt = Date()
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

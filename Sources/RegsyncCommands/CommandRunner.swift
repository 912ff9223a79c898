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
        var (logger, summary) = start(command, global)
        do {
            try body(logger, &summary)
        } catch {
            record(error, in: &summary, logger: logger)
        }
        try finish(&summary, global, logger)
    }

    /// The same, for commands whose work is asynchronous (parallel stages).
    static func run(
        _ command: String, _ global: GlobalOptions, _ body: (Logger, inout RunSummary) async throws -> Void
    ) async throws -> Never {
        var (logger, summary) = start(command, global)
        do {
            try await body(logger, &summary)
        } catch {
            record(error, in: &summary, logger: logger)
        }
        try finish(&summary, global, logger)
    }

    private static func start(_ command: String, _ global: GlobalOptions) -> (Logger, RunSummary) {
        LoggingBootstrap.bootstrap(format: global.logFormat, level: global.logLevel)
        var logger = Logger(label: "regsync")
        let summary = RunSummary(command: command)
        logger[metadataKey: "run.id"] = "\(summary.runID)"
        return (logger, summary)
    }

    private static func record(_ error: any Error, in summary: inout RunSummary, logger: Logger) {
        let outcome = ExitCodes.outcome(for: error)
        summary.escalate(to: outcome)
        summary.error = safeMessage(error)
        logger.error("\(summary.error!)")
    }

    private static func finish(_ summary: inout RunSummary, _ global: GlobalOptions, _ logger: Logger) throws -> Never {
        summary.finishedAt = Date()
        FileHandle.standardError.write(Data((summary.oneLine + "\n").utf8))
        if let path = global.summary {
            do {
                try summary.jsonData().write(to: URL(fileURLWithPath: path))
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

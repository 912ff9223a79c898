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

    /// The same for commands whose work is asynchronous (parallel stages).
    static func run(
        _ command: String, _ global: GlobalOptions, _ body: (Logger, inout RunSummary) async throws -> Void
    ) async throws -> Never {
        var state = begin(command, global)
        do {
            try checkSummaryFolder(&state)
            try await body(state.logger, &state.summary)
        } catch {
            fail(error, &state)
        }
        try end(&state)
    }

    /// The same, recording the run in the database (see ``run(_:_:recordingRun:)``).
    static func run(
        _ command: String, _ global: GlobalOptions,
        recordingRun body: (Logger, inout RunSummary, RunRecorder) async throws -> Void
    ) async throws -> Never {
        var state = begin(command, global, checksSummaryFolder: false)
        do {
            try await body(state.logger, &state.summary, state.recorder)
        } catch {
            fail(error, &state)
        }
        try end(&state)
    }

    private static func execute(
        _ command: String, _ global: GlobalOptions, checksSummaryFolder: Bool,
        _ body: (Logger, inout RunSummary, RunRecorder) throws -> Void
    ) throws -> Never {
        var state = begin(command, global, checksSummaryFolder: checksSummaryFolder)
        do {
            try checkSummaryFolder(&state)
            try body(state.logger, &state.summary, state.recorder)
        } catch {
            fail(error, &state)
        }
        try end(&state)
    }

    /// One command's run in progress.
    private struct State {
        var logger: Logger
        var summary: RunSummary
        let recorder: RunRecorder
        var summaryPath: String?
        let checksSummaryFolder: Bool
    }

    private static func begin(_ command: String, _ global: GlobalOptions, checksSummaryFolder: Bool = true) -> State {
        LoggingBootstrap.bootstrap(format: global.logFormat, level: global.logLevel)
        var logger = Logger(label: "regsync")
        let summary = RunSummary(command: command)
        let recorder = RunRecorder()
        recorder.summaryFile = global.summary
        logger[metadataKey: "run.id"] = "\(summary.runID)"
        return State(
            logger: logger, summary: summary, recorder: recorder, summaryPath: global.summary,
            checksSummaryFolder: checksSummaryFolder)
    }

    private static func checkSummaryFolder(_ state: inout State) throws {
        guard state.checksSummaryFolder, let path = state.summaryPath else { return }
        do {
            try SafeFile.checkDirectory(SafeFile.folder(of: path), probe: true)
        } catch {
            state.summaryPath = nil
            throw error
        }
    }

    private static func fail(_ error: any Error, _ state: inout State) {
        let outcome = ExitCodes.outcome(for: error)
        state.summary.escalate(to: outcome)
        state.summary.error = safeMessage(error)
        state.logger.error("\(state.summary.error!)")
    }

    private static func end(_ state: inout State) throws -> Never {
        state.summary.finishedAt = Date()
        if let record = state.recorder.record {
            do {
                try record(state.summary)
            } catch {
                // The run happened; only its row is missing (the database went away, say).
                let reason = "the run could not be recorded in regsync.run: \(safeMessage(error))"
                state.logger.error("\(reason)")
                state.summary.notes.append(reason)
            }
        }
        // A summary folder the run already found unusable (its error says so) is not tried again.
        if let path = state.summaryPath,
            state.summary.outcome != .cannotCreate || (try? SafeFile.checkDirectory(SafeFile.folder(of: path))) != nil
        {
            do {
                try SafeFile.writeAtomically(Array(state.summary.jsonData()), to: path)
            } catch {
                state.logger.error(
                    "cannot write the summary file: \(safeMessage(error))", metadata: ["summary.file": "\(path)"])
                state.summary.escalate(to: ExitCodes.outcome(for: error))
            }
        }
        // The one-line summary comes last, whatever happened before it.
        FileHandle.standardError.write(Data((state.summary.oneLine + "\n").utf8))
        throw ExitCode(ExitCodes.code(for: state.summary.outcome))
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

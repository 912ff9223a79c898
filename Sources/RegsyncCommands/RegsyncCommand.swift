import ArgumentParser
import Foundation
import RegsyncCore
import RegsyncPostgres

/// The `regsync` command line: one subcommand per pipeline stage.
public struct RegsyncCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "regsync",
        abstract: "Keep Japan's base registries in step with the resident register.",
        discussion: """
            Imports legacy registry exports through mapping files and normalises Japanese names \
            and addresses for matching. Linking registry persons to residents and propagating \
            address changes are the next stages (not in this version).

            Database: --database URL, else REGSYNC_DATABASE_URL, else the standard PG* variables, \
            else an embedded PostgreSQL cluster under $REGSYNC_HOME (default ./.regsync).

            Exit codes: 0 done and clean; 10 done with rejects or items awaiting review; \
            64 usage error; 65 input unusable; 69 database unavailable; 73 an output folder \
            cannot be created or written; 74 an output file could not be written (the load was \
            rolled back); 75 another run holds the lock; 78 configuration error; 1 any other failure.
            """,
        version: RegsyncVersion.current,
        subcommands: [
            InitCommand.self, DatabaseCommand.self, MappingCommand.self, ImportCommand.self, NormalizeCommand.self,
            MatchCommand.self, LinkCommand.self, ReviewCommand.self, StewardCommand.self, PropagateCommand.self,
            RollbackCommand.self, AuditCommand.self, ReportCommand.self, SyncCommand.self, DemoCommand.self,
        ]
    )

    public init() {}

    /// Parses the command line and runs the command. A usage error (exit 64) ends like any
    /// other run: ArgumentParser's message, then the one-line summary on stderr and the JSON
    /// summary when `--summary FILE` was given, so a cron job or a wrapper always finds one.
    public static func runMain(arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            let code = exitCode(for: error)
            guard code.rawValue == ExitCodes.code(for: .usage) else { exit(withError: error) }
            // The parser quotes what it refused: a connection string given without
            // --database would carry its password.
            FileHandle.standardError.write(Data((PostgresConfiguration.mask(fullMessage(for: error)) + "\n").utf8))
            var summary = RunSummary(command: arguments.first { !$0.hasPrefix("-") } ?? "regsync")
            summary.escalate(to: .usage)
            summary.error = PostgresConfiguration.mask(message(for: error))
            summary.finishedAt = Date()
            FileHandle.standardError.write(Data((summary.oneLine + "\n").utf8))
            if let path = summaryPath(in: arguments) {
                try? SafeFile.writeAtomically(Array(summary.jsonData()), to: path)
            }
            Foundation.exit(code.rawValue)
        }
        var runnable = command
        do {
            if var asynchronous = runnable as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try runnable.run()
            }
        } catch {
            exit(withError: error)
        }
        exit()
    }

    /// The value of `--summary FILE` or `--summary=FILE`, read without the parser (which
    /// refused the command line).
    static func summaryPath(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--summary", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--summary=") { return String(argument.dropFirst("--summary=".count)) }
        }
        return nil
    }
}

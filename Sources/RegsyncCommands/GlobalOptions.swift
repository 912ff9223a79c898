import ArgumentParser
import Logging

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "PostgreSQL URL or conninfo string (else REGSYNC_DATABASE_URL, else the PG* variables, "
                + "else the embedded cluster under $REGSYNC_HOME).", valueName: "url"))
    var database: String?

    @Option(name: .customLong("log-format"), help: "Log line format on stderr: text or json.")
    var logFormat: LogFormat = .text

    @Flag(help: "Log warnings and errors only (the final summary line is always printed).")
    var quiet = false

    @Flag(help: "Log debugging detail.")
    var verbose = false

    @Option(help: ArgumentHelp("Write the machine-readable run summary (JSON) to this file.", valueName: "file"))
    var summary: String?

    var logLevel: Logger.Level { quiet ? .warning : verbose ? .debug : .info }

    /// Refuses `--database` for a command that does not use a database (or only the
    /// embedded one): silently ignoring it let `db stop --database URL` stop the embedded
    /// cluster. The value is not quoted (it may hold a password).
    func refuseDatabase(for command: String, because reason: String) throws {
        guard database != nil else { return }
        throw ValidationError("--database does not apply to 'regsync \(command)': \(reason)")
    }
}

extension LogFormat: ExpressibleByArgument {}

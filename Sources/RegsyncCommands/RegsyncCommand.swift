import ArgumentParser
import RegsyncCore

/// The `regsync` command line: one subcommand per pipeline stage.
public struct RegsyncCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "regsync",
        abstract: "Keep Japan's base registries in step with the resident register.",
        discussion: """
            Imports legacy registry exports through mapping files, links registry persons to \
            residents, and propagates address changes with a full audit trail.

            Database: --database URL, else REGSYNC_DATABASE_URL, else the standard PG* variables, \
            else an embedded PostgreSQL cluster under $REGSYNC_HOME (default ./.regsync).

            Exit codes: 0 done and clean; 10 done with rejects or items awaiting review; \
            64 usage error; 65 input unusable; 69 database unavailable; 75 another run holds \
            the lock; 78 configuration error; 1 any other failure.
            """,
        version: RegsyncVersion.current,
        subcommands: [
            InitCommand.self, DatabaseCommand.self, MappingCommand.self, ImportCommand.self, NormalizeCommand.self,
            DemoCommand.self,
        ]
    )

    public init() {}
}

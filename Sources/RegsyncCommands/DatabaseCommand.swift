import ArgumentParser
import Foundation
import RegsyncStore

/// `regsync db status|start|stop`: manage the embedded default cluster.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Manage the embedded PostgreSQL cluster under $REGSYNC_HOME (default ./.regsync).",
        subcommands: [Status.self, Start.self, Stop.self])

    static let embeddedOnly = "it manages the embedded cluster under $REGSYNC_HOME, never another server"

    /// Prints where the embedded cluster lives and whether it runs.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the embedded cluster's state.")
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try global.refuseDatabase(for: "db status", because: DatabaseCommand.embeddedOnly)
        }

        func run() throws {
            try CommandRunner.run("db status", global) { _, summary in
                let embedded = EmbeddedDatabase.fromEnvironment()
                let cluster = try embedded.cluster()
                let state = try cluster.status()
                print("state: \(state.rawValue)")
                print("home: \(embedded.home)")
                print("cluster: \(cluster.directory)")
                print("socket: \(cluster.socketDirectory)")
                print("connect: \(cluster.connectionString(database: EmbeddedDatabase.databaseName))")
                summary.notes.append("embedded cluster \(state.rawValue)")
                summary.counts["running"] = state == .running ? 1 : 0
            }
        }
    }

    /// Creates (if needed) and starts the embedded cluster.
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create if needed and start the embedded cluster.")
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try global.refuseDatabase(for: "db start", because: DatabaseCommand.embeddedOnly)
        }

        func run() throws {
            try CommandRunner.run("db start", global) { logger, summary in
                let embedded = EmbeddedDatabase.fromEnvironment()
                let configuration = try embedded.ensureRunning(logger: logger)
                print("connect: \(configuration.connectionString)")
                summary.counts["running"] = 1
            }
        }
    }

    /// Stops the embedded cluster.
    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop the embedded cluster.")
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try global.refuseDatabase(for: "db stop", because: DatabaseCommand.embeddedOnly)
        }

        func run() throws {
            try CommandRunner.run("db stop", global) { _, summary in
                let cluster = try EmbeddedDatabase.fromEnvironment().cluster()
                try cluster.stop()
                summary.counts["running"] = 0
            }
        }
    }
}

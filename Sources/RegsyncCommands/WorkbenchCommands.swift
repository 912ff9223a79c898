import ArgumentParser
import Foundation
import Logging
import RegsyncPostgres
import RegsyncStore
import RegsyncWorkbench

/// `regsync review serve`: the steward workbench (a web server on loopback by default).
struct ReviewServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the steward workbench: review queue, pair pages, decisions and pending changes.",
        discussion: """
            Stewards log in with the accounts 'regsync steward add' creates. Pages are server-rendered and \
            need nothing from the network. Listens on 127.0.0.1:8080 unless --listen says otherwise (port 0 \
            picks a free port); the URL is printed on stdout once the server accepts connections. Stops on \
            SIGINT or SIGTERM.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The address and port to listen on.", valueName: "host:port"))
    var listen = "127.0.0.1:8080"

    @Option(
        help: ArgumentHelp(
            "The propagation configuration approvals run under (as 'regsync propagate --config').",
            valueName: "file"))
    var config: String?

    func validate() throws {
        guard WorkbenchServer.Configuration.listen(listen) != nil else {
            throw ValidationError("--listen takes HOST:PORT, such as 127.0.0.1:8080")
        }
    }

    func run() async throws {
        let (host, port) = WorkbenchServer.Configuration.listen(listen)!
        let configuration = WorkbenchServer.Configuration(host: host, port: port, propagationConfig: config)
        try await CommandRunner.run("review serve", global) { logger, _ in
            let server = WorkbenchServer(
                database: DatabaseLocator(explicit: global.database), configuration: configuration, logger: logger)
            try await server.run { url in
                FileHandle.standardOutput.write(Data("listening on \(url)\n".utf8))
            }
        }
    }
}

/// `regsync steward add|reset|list`: the workbench's accounts.
struct StewardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steward",
        abstract: "Create workbench accounts and issue one-time passwords.",
        subcommands: [Add.self, Reset.self, List.self])

    /// A connection to a database whose schema is current.
    static func connect(_ global: GlobalOptions, _ logger: Logger) throws -> PostgresConnection {
        let connection = try DatabaseLocator(explicit: global.database).connect(logger: logger)
        try SchemaMigrator(connection: connection, logger: logger).requireCurrent()
        return connection
    }

    static let roleHelp =
        "steward reviews pairs; approver also approves pending changes; dv-officer also sees DV-protected addresses."

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account and print its one-time password (changed at first login).",
            discussion: "The password is printed once on stdout and stored only as a salted bcrypt hash.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The account name (ASCII letters, digits, '.', '_', '-').")
        var name: String

        @Option(help: ArgumentHelp(StewardCommand.roleHelp, valueName: "role"))
        var role = "steward"

        func run() throws {
            try CommandRunner.run("steward add", global) { logger, summary in
                let password = try StewardAccounts(connection: StewardCommand.connect(global, logger)).add(
                    name: name, role: role)
                print("one-time password for \(name): \(password)")
                summary.counts["accounts"] = 1
            }
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a new one-time password (ends the account's sessions and lifts a lockout).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The account name.")
        var name: String

        @Option(help: ArgumentHelp("A new role. " + StewardCommand.roleHelp, valueName: "role"))
        var role: String?

        func run() throws {
            try CommandRunner.run("steward reset", global) { logger, summary in
                let password = try StewardAccounts(connection: StewardCommand.connect(global, logger)).reset(
                    name: name, role: role)
                print("one-time password for \(name): \(password)")
                summary.counts["accounts"] = 1
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts and their roles.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try CommandRunner.run("steward list", global) { logger, summary in
                let accounts = try StewardAccountStore(connection: StewardCommand.connect(global, logger)).accounts()
                for account in accounts {
                    print(
                        "\(account.name)\t\(account.role)"
                            + (account.disabled
                                ? "\tdisabled" : account.mustChangePassword ? "\tone-time password" : ""))
                }
                summary.counts["accounts"] = accounts.count
            }
        }
    }
}

import ArgumentParser
import RegsyncJobs
import RegsyncStore

/// `regsync init`: create or migrate the schemas.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or migrate the regsync, resident, vehicle, realestate and commercial schemas.",
        discussion: "Idempotent: running it again changes nothing. Refuses (exit 78) a database whose "
            + "schema is newer than this binary.\n\n"
            + "--roles creates these NOLOGIN group roles (grant them to login roles) with the narrowest "
            + "grants, taking back anything else they held; run it as the schemas' owner, ideally a superuser. "
            + "After an upgrade, `regsync init` grants them again by itself when it migrates.\n"
            + RolePolicy.roles.map { "  \($0.name): \($0.purpose)" }.joined(separator: "\n")
            + "\nregsync_reporting never reads a resident code, a pseudonym or the link table.")

    @OptionGroup var global: GlobalOptions

    @Flag(
        help: ArgumentHelp(
            "Also create the least-privilege group roles (import, match, propagate, steward, reporting, "
                + "auditor, sync and one reader per registry) and grant their privileges anew."))
    var roles = false

    func run() throws {
        try CommandRunner.run("init", global) { logger, summary in
            try InitJob(database: DatabaseLocator(explicit: global.database), logger: logger, roles: roles)
                .run(&summary)
        }
    }
}

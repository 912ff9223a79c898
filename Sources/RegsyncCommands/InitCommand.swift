import ArgumentParser
import RegsyncJobs
import RegsyncStore

/// `regsync init`: create or migrate the schemas.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or migrate the regsync, resident, vehicle, realestate and commercial schemas.",
        discussion: "Idempotent: running it again changes nothing. Refuses (exit 78) a database whose "
            + "schema is newer than this binary.")

    @OptionGroup var global: GlobalOptions

    @Flag(
        help: ArgumentHelp(
            "Also create the least-privilege group roles (regsync_sync, regsync_steward, regsync_vehicle, "
                + "regsync_realestate, regsync_commercial) and grant their privileges."))
    var roles = false

    func run() throws {
        try CommandRunner.run("init", global) { logger, summary in
            try InitJob(database: DatabaseLocator(explicit: global.database), logger: logger, roles: roles)
                .run(&summary)
        }
    }
}

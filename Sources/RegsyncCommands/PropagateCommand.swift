import ArgumentParser
import Foundation
import RegsyncCore
import RegsyncJobs
import RegsyncLink
import RegsyncPropagate
import RegsyncReport
import RegsyncStore

/// `regsync propagate REGISTRY`: plan and apply address changes by policy.
struct PropagateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propagate",
        abstract: "Plan address changes for linked holders who moved, and write them by the registry's policy.",
        discussion: """
            For every registry person linked to a resident (or a corporation) whose current address differs from the \
            registry's, after a move later than the registry recorded the address, a change is planned in standard \
            notation, with its evidence; an administrative renaming (住所一括変更) is never counted as a late filing. \
            Policies (--config FILE; without one every registry is propose): apply, apply-with-consent, propose \
            (staff use --approve ID... or --refuse ID...), report. A DV-protected resident's new address is never \
            written anywhere: the change is held (or the configured substitute address is written). Deceased, \
            emigrated and removed holders give discrepancies, never changes. Every write is audited, in a batch \
            that `regsync rollback BATCH` undoes. Registries receive keyed pseudonyms (--key-file or \
            REGSYNC_KEY_FILE), never resident codes. Exit 10 when changes await approval or discrepancies were found; \
            75 when another propagation of the registry runs.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The registry: vehicle, realestate or commercial.")
    var registry: String

    @Option(
        help: ArgumentHelp(
            "The propagation configuration (policies, deadlines, substitute addresses).", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("dry-run"), help: "Plan only: print the changes (CSV) and write nothing.")
    var dryRun = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Apply these proposed changes.", valueName: "id"))
    var approve: [Int64] = []

    @Flag(
        name: .customLong("approve-all"),
        help: "Apply every open proposal of the registry (after reviewing the changes report or --proposals).")
    var approveAll = false

    @Flag(
        help: """
            Plan every linked person again (default: only the records whose registry row, link, \
            resident or corporation changed since the last plan).
            """)
    var full = false

    @Flag(help: "List the open proposals (CSV, change_id first: the ids --approve and --refuse take) and stop.")
    var proposals = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Refuse these proposed changes.", valueName: "id"))
    var refuse: [Int64] = []

    @Option(
        name: .customLong("key-file"),
        help: ArgumentHelp("Secret key for pseudonyms (default REGSYNC_KEY_FILE).", valueName: "file"))
    var keyFile: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Count days since moves and deadlines from this day (default today).", valueName: "yyyy-mm-dd"))
    var asOf: String?

    @Option(help: "Who the audit names for --approve/--refuse (default: the login name).")
    var actor: String =
        ProcessInfo.processInfo.environment["SUDO_USER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "staff"

    func validate() throws {
        guard RegistryConfigs.registries.contains(registry) else {
            throw ValidationError(
                "unknown registry '\(registry)'; use \(RegistryConfigs.registries.joined(separator: ", "))")
        }
        if dryRun && !(approve.isEmpty && refuse.isEmpty && !approveAll) {
            throw ValidationError("--dry-run plans only; it cannot be combined with --approve or --refuse")
        }
        if approveAll && !approve.isEmpty {
            throw ValidationError("--approve-all approves every open proposal; give no ids with it")
        }
        if proposals && (dryRun || approveAll || !approve.isEmpty || !refuse.isEmpty) {
            throw ValidationError("--proposals only lists; it cannot be combined with other actions")
        }
        if let asOf, CivilDay.parse(asOf) == 0 { throw ValidationError("--as-of takes a date such as 2026-11-27") }
        if Set(approve).intersection(refuse).count > 0 {
            throw ValidationError("a change cannot be approved and refused")
        }
    }

    func run() async throws {
        let options = PropagateOptions(
            registry: registry, configPath: config, dryRun: dryRun, approve: approve, approveAll: approveAll,
            refuse: refuse, keyFile: keyFile,
            asOf: asOf.map(CivilDay.parse) ?? PropagateOptions.today(), actor: actor, full: full)
        let dryRun = dryRun
        if proposals {
            try CommandRunner.run("propagate --proposals", global) { logger, summary in
                let listed = try PropagationReportJob(
                    database: DatabaseLocator(explicit: global.database), registry: registry, asOf: options.asOf,
                    logger: logger
                ).proposals()
                FileHandle.standardOutput.write(Data(listed.text.utf8))
                summary.counts["proposals"] = listed.count
            }
        }
        try await CommandRunner.run("propagate", global) { logger, summary in
            var job = PropagateJob(
                database: DatabaseLocator(explicit: global.database), options: options, logger: logger)
            try await job.run(&summary)
            if dryRun {
                FileHandle.standardOutput.write(Data(PropagationReports.csv(job.plannedRows).utf8))
            }
        }
    }
}

/// `regsync rollback BATCH`: undo a batch of applied changes.
struct RollbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract:
            "Undo a batch: restore every value still equal to what it wrote; list, untouched, those changed since.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The batch number (from regsync propagate's summary or the changes report).")
    var batch: Int64

    @Option(help: "Who the audit names (default: the login name).")
    var actor: String =
        ProcessInfo.processInfo.environment["SUDO_USER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "staff"

    func run() throws {
        try CommandRunner.run("rollback", global) { logger, summary in
            try RollbackJob(
                database: DatabaseLocator(explicit: global.database), batch: batch, actor: actor, logger: logger
            )
            .run(&summary)
        }
    }
}

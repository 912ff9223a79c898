import ArgumentParser
import Foundation
import RegsyncCore
import RegsyncJobs
import RegsyncStore

/// `regsync demo`: the samples end to end on the embedded default database.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the pipeline end to end on samples/ (on the embedded cluster unless a database is configured).",
        discussion: """
            Imports every sample file through its mapping, links every registry's persons to residents and writes \
            the review reports, records the steward's verdicts of samples/steward/, propagates address changes by \
            the policies of samples/propagation.yaml and writes the change and discrepancy reports (CSV, JSON, \
            HTML) under $REGSYNC_HOME/reports/RUN/; then runs the next night as the nightly job does (regsync sync \
            --config samples/sync.yaml), which skips every file by its content and redoes only what changed, with \
            its reports under $REGSYNC_HOME/reports/RUN-night2/. Pseudonyms use REGSYNC_KEY_FILE, or a key made for this \
            machine at $REGSYNC_HOME/keys/demo.key.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Folder with the sample files.", valueName: "dir"))
    var samples: String = "samples"

    @Option(help: ArgumentHelp("Folder with the mapping files.", valueName: "dir"))
    var mappings: String = "mappings"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Count days since moves and deadlines from this day (the samples' night).", valueName: "yyyy-mm-dd"))
    var asOf: String = "2026-11-27"

    func validate() throws {
        if CivilDay.parse(asOf) == 0 { throw ValidationError("--as-of takes a date such as 2026-11-27") }
    }

    func run() async throws {
        try await CommandRunner.run("demo", global) { logger, summary in
            try await DemoJob(
                database: DatabaseLocator(explicit: global.database), samples: samples, mappings: mappings,
                asOf: CivilDay.parse(asOf), logger: logger
            ).run(&summary)
        }
    }
}

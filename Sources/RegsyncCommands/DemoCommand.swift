import ArgumentParser
import Foundation
import RegsyncJobs
import RegsyncStore

/// `regsync demo`: the samples end to end on the embedded default database.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the pipeline end to end on samples/ (on the embedded cluster unless a database is configured).")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Folder with the sample files.", valueName: "dir"))
    var samples: String = "samples"

    @Option(help: ArgumentHelp("Folder with the mapping files.", valueName: "dir"))
    var mappings: String = "mappings"

    func run() async throws {
        try await CommandRunner.run("demo", global) { logger, summary in
            try await DemoJob(
                database: DatabaseLocator(explicit: global.database), samples: samples, mappings: mappings,
                logger: logger
            ).run(&summary)
        }
    }
}

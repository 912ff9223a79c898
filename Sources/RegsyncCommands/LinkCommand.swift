import ArgumentParser
import Foundation
import RegsyncJobs

/// `regsync link A B`: the matcher's engine, file to file.
struct LinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link the records of file A to those of file B through mappings and a configuration (no database).",
        discussion: """
            Reads A and B through their mappings (any shipped mapping, or one with `target: link` and free field \
            names), links them with the configuration (docs/linkage.md) and writes PAIRS as CSV: a_key, b_key, \
            match_weight, match_probability, decision (link, review, no-link), reason, rank, then each comparison's \
            level and weight. One row per A record (its best candidate), or every kept candidate with \
            --all-candidates. Exit 10 when records await review or input records were rejected.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "File A (the left side: records to link).")
    var fileA: String

    @Argument(help: "File B (the right side: records linked to).")
    var fileB: String

    @Option(name: .customLong("mapping-a"), help: ArgumentHelp("The mapping of file A.", valueName: "file"))
    var mappingA: String

    @Option(name: .customLong("mapping-b"), help: ArgumentHelp("The mapping of file B.", valueName: "file"))
    var mappingB: String

    @Option(help: ArgumentHelp("The linkage configuration.", valueName: "file"))
    var config: String

    @Option(help: ArgumentHelp("Where the pairs go (CSV).", valueName: "file"))
    var out: String

    @Flag(name: .customLong("all-candidates"), help: "Write every kept candidate of each A record, not only the best.")
    var allCandidates = false

    @Option(help: "Parallel workers (default: the number of cores).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() async throws {
        let options = LinkFilesOptions(
            fileA: fileA, fileB: fileB, mappingA: mappingA, mappingB: mappingB, configPath: config, out: out,
            allCandidates: allCandidates, workers: workers)
        try await CommandRunner.run("link", global) { logger, summary in
            try await LinkFilesJob(options: options, logger: logger, progress: ProgressReporter.make()).run(&summary)
        }
    }
}

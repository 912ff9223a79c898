import ArgumentParser
import Foundation
import RegsyncJobs
import RegsyncLink
import RegsyncStore

/// `regsync match REGISTRY`: link registry persons to residents.
struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Link every new, changed or unresolved person of a registry to at most one resident.",
        discussion: """
            REGISTRY is vehicle, realestate or commercial. A registry person is one person-role of a record: \
            vehicle owner and user, each real-estate owner, each commercial representative and officer. \
            First computes the comparison keys of every row imported or changed since (the keys stage), then \
            links with the registry's built-in configuration (--print-config shows it; --config replaces it): \
            blocking, history-aware comparisons, a Fellegi–Sunter model trained on the data (u by random \
            sampling, m by EM) and the decision rules. Legal entities are linked to the commercial registry's \
            corporations instead. Steward decisions (regsync review apply) are sticky. Exit 10 when persons \
            await review; 75 when another match of the registry runs.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The registry: \(RegistryConfigs.registries.joined(separator: ", ")).")
    var registry: String

    @Option(
        help: ArgumentHelp("A linkage configuration replacing the built-in one (docs/linkage.md).", valueName: "file"))
    var config: String?

    @Option(
        help: ArgumentHelp(
            "Also write the review report (HTML, CSV and JSON) into this folder.", valueName: "dir"))
    var report: String?

    @Flag(help: "Re-decide every person and retrain the model (default: only new, changed and unresolved persons).")
    var full = false

    @Option(help: "Parallel workers (default: the number of cores, at most 2 are useful on a 2-core machine).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("print-config"), help: "Print the configuration in force and exit.")
    var printConfig = false

    func validate() throws {
        guard RegistryConfigs.registries.contains(registry) else {
            throw ValidationError(
                "unknown registry '\(registry)'; use \(RegistryConfigs.registries.joined(separator: ", "))")
        }
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
    }

    func run() async throws {
        let options = MatchOptions(registry: registry, configPath: config, full: full, workers: workers)
        if printConfig {
            if let config {
                print(try String(contentsOfFile: config, encoding: .utf8), terminator: "")
            } else {
                print(RegistryConfigs.text(for: registry) ?? "", terminator: "")
            }
            return
        }
        try await CommandRunner.run("match", global) { logger, summary in
            let database = DatabaseLocator(explicit: global.database)
            try await MatchJob(database: database, options: options, logger: logger, progress: ProgressReporter.make())
                .run(&summary)
            if let report {
                try ReviewReportJob(database: database, registry: registry, logger: logger).write(to: report, &summary)
            }
        }
    }
}

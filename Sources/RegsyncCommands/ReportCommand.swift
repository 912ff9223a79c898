import ArgumentParser
import Foundation
import RegsyncCore
import RegsyncJobs
import RegsyncLink
import RegsyncReport
import RegsyncStore

/// `regsync report KIND REGISTRY`: reports from the store, one subcommand per kind.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report: links, changes or discrepancies.",
        subcommands: [Links.self, Changes.self, Discrepancies.self])

    /// The formats a report comes in.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, html
    }

    /// Where and how a report is written.
    struct Output: ParsableArguments {
        @Argument(help: "The registry: \(RegistryConfigs.registries.joined(separator: ", ")).")
        var registry: String

        @Option(help: "csv, json or html (html: changes and discrepancies).")
        var format: Format = .csv

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp(
                "Count days since moves and deadlines from this day (default today).", valueName: "yyyy-mm-dd"))
        var asOf: String?

        var asOfDay: Int32 { asOf.map(CivilDay.parse) ?? PropagateOptions.today() }

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var out: String?

        @Flag(help: "Start CSV with a UTF-8 byte order mark (for Excel).")
        var bom = false

        func validate() throws {
            if let asOf, CivilDay.parse(asOf) == 0 { throw ValidationError("--as-of takes a date such as 2026-11-27") }
            guard RegistryConfigs.registries.contains(registry) else {
                throw ValidationError(
                    "unknown registry '\(registry)'; use \(RegistryConfigs.registries.joined(separator: ", "))")
            }
        }

        /// Writes the report's text to `--out` (atomically) or standard output.
        func emit(_ text: String) throws {
            if let out {
                try SafeFile.writeAtomically(Array((text).utf8), to: out)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }

        /// Writes the rows of a propagation report in the chosen format.
        func emit<Row: Encodable>(
            _ rows: [Row], csv: ([Row], Bool) -> String, html: ([Row], String, String) throws -> String
        ) throws {
            switch format {
            case .csv: try emit(csv(rows, bom))
            case .json: try emit(try PropagationReports.json(rows))
            case .html: try emit(try html(rows, registry, Date().formatted(.iso8601)))
            }
        }
    }

    struct Links: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One row per registry person with the matcher's decision.",
            discussion: """
                CSV columns exactly record_key,person_role,resident_code,decision,match_weight,match_probability,reason \
                (record_key is the record's natural key, its fields joined with |; resident_code is empty unless linked; \
                decision is link, review or no-link). Written to standard output unless --out is given.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: Output

        func run() throws {
            try CommandRunner.run("report links", global) { logger, summary in
                let rows = try LinksReportJob(
                    database: DatabaseLocator(explicit: global.database), registry: output.registry, logger: logger
                ).rows()
                try output.emit(
                    output.format == .csv ? LinksReport.csv(rows, bom: output.bom) : try LinksReport.json(rows))
                summary.counts["rows"] = rows.count
                for decision in ["link", "review", "no-link"] {
                    summary.counts[decision.replacingOccurrences(of: "-", with: "_")] =
                        rows.filter { $0.decision == decision }.count
                }
            }
        }
    }
}

extension ReportCommand {
    struct Changes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One row per planned or applied address change.",
            discussion: """
                CSV columns exactly record_key,person_role,status,kind,old_address,new_address,batch,moved_on,\
                days_since_move,past_deadline; status applied, proposed, held, refused or rolled-back; kind move or \
                administrative; new_address is empty when held.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ReportCommand.Output

        func run() throws {
            try CommandRunner.run("report changes", global) { logger, summary in
                let rows = try PropagationReportJob(
                    database: DatabaseLocator(explicit: global.database), registry: output.registry,
                    asOf: output.asOfDay, logger: logger
                ).changes()
                try output.emit(rows, csv: PropagationReports.csv, html: PropagationReports.html)
                summary.counts["rows"] = rows.count
                for status in ["applied", "proposed", "held", "refused", "rolled-back"] {
                    summary.counts[status.replacingOccurrences(of: "-", with: "_")] =
                        rows.filter { $0.status == status }.count
                }
            }
        }
    }

    struct Discrepancies: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One row per finding of the last propagation.",
            discussion: """
                CSV columns exactly record_key,person_role,kind,lg_code,detail,days_since_move,past_deadline; kind \
                moved-not-updated, holder-deceased, holder-abroad, holder-removed, unmatched, ambiguous, \
                conflicting-links, inconsistent-addresses or unparseable-address.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ReportCommand.Output

        func run() throws {
            try CommandRunner.run("report discrepancies", global) { logger, summary in
                let rows = try PropagationReportJob(
                    database: DatabaseLocator(explicit: global.database), registry: output.registry,
                    asOf: output.asOfDay, logger: logger
                ).discrepancies()
                try output.emit(rows, csv: PropagationReports.csv, html: PropagationReports.html)
                summary.counts["rows"] = rows.count
                summary.counts["past_deadline"] = rows.filter(\.pastDeadline).count
            }
        }
    }
}

/// `regsync review export|apply REGISTRY`: steward decisions round-trip through CSV;
/// `regsync review serve`: the same decisions in the workbench.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review pairs: export the queue as CSV and apply decisions, or serve the steward workbench.",
        subcommands: [Export.self, Apply.self, ReviewServeCommand.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the review queue (one row per candidate) with empty verdict and comment columns.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The registry.")
        var registry: String

        @Option(help: ArgumentHelp("The CSV file to write.", valueName: "file"))
        var out: String

        @Flag(help: "Start the file with a UTF-8 byte order mark (for Excel).")
        var bom = false

        func run() throws {
            try CommandRunner.run("review export", global) { logger, summary in
                try ReviewExchangeJob(
                    database: DatabaseLocator(explicit: global.database), registry: registry, logger: logger
                ).export(to: out, bom: bom, &summary)
            }
        }
    }

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the verdicts (confirm or reject) of a filled-in review file; sticky across runs.",
            discussion:
                "The whole file is refused (exit 65, nothing applied) when any row is wrong; every problem is listed.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The registry.")
        var registry: String

        @Argument(help: "The filled-in CSV file.")
        var file: String

        @Option(help: "The steward's name recorded with each decision (default: the login name).")
        var steward: String =
            ProcessInfo.processInfo.environment["SUDO_USER"]
            ?? ProcessInfo.processInfo.environment["USER"] ?? "steward"

        func run() throws {
            try CommandRunner.run("review apply", global) { logger, summary in
                try ReviewExchangeJob(
                    database: DatabaseLocator(explicit: global.database), registry: registry, logger: logger
                ).apply(file, steward: steward, &summary)
            }
        }
    }
}

import ArgumentParser
import Foundation
import RegsyncCore
import RegsyncImport

/// `regsync mapping check FILE...`: validate mapping files, every problem at once.
struct MappingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mapping", abstract: "Work with mapping files.", subcommands: [Check.self])

    /// Validates mapping files and lists every problem with its YAML key path.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate mapping files; list every problem, each naming its YAML key (exit 78 when any).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "Mapping files (YAML).")
        var files: [String]

        func validate() throws {
            try global.refuseDatabase(for: "mapping check", because: "it checks files and uses no database")
        }

        func run() throws {
            try CommandRunner.run("mapping check", global) { _, summary in
                var problems = 0
                for file in files {
                    do throws(MappingError) {
                        let mapping = try MappingFile.load(path: file)
                        print("\(file): ok (\(mapping.target.name), \(mapping.fields.count) fields)")
                    } catch {
                        problems += error.problems.count
                        for problem in error.problems { print("\(file): \(problem)") }
                    }
                }
                summary.counts["files"] = files.count
                summary.counts["problems"] = problems
                if problems > 0 { summary.escalate(to: .configuration) }
            }
        }
    }
}

import ArgumentParser
import Foundation
import RegsyncImport
import RegsyncJobs
import RegsyncStore

/// `regsync import REGISTRY FILE... --mapping M`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import registry or resident files through a mapping file.",
        discussion: """
            REGISTRY is one of: \(ImportTarget.registries.joined(separator: ", ")). Each record is loaded or \
            written to a reject file (file, line, column, field, reason, message, raw record); the summary \
            reconciles read = loaded + rejected + not_loaded per file. Importing the same content again changes \
            nothing and says how it was first imported. Exit 10 when anything was rejected, 65 when a file is \
            unreadable, refused or exceeds --max-rejects (nothing of it is loaded), 73 when the reject or summary \
            folder cannot be written, 74 when rejects could not be written (the load is rolled back).
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The registry: \(ImportTarget.registries.joined(separator: ", ")).")
    var registry: String

    @Argument(help: "The files to import (all files of one full snapshot go in one command).")
    var files: [String]

    @Option(help: ArgumentHelp("The mapping file (YAML) describing the files' layout.", valueName: "file"))
    var mapping: String

    @Option(
        name: .customLong("reject-dir"),
        help: ArgumentHelp("Where reject files go (default $REGSYNC_HOME/rejects/<run id>).", valueName: "dir"))
    var rejectDirectory: String?

    @Option(
        name: .customLong("max-rejects"),
        help: ArgumentHelp(
            "Abort a file's load (nothing of it loaded, exit 65) beyond N rejects or N%.", valueName: "N|N%"))
    var maxRejects: String?

    @Option(
        name: .customLong("key-file"),
        help: ArgumentHelp("Secret key for pseudonyms (default REGSYNC_KEY_FILE).", valueName: "file"))
    var keyFile: String?

    func validate() throws {
        guard ImportTarget.registries.contains(registry) else {
            throw ValidationError(
                "unknown registry '\(registry)'; use \(ImportTarget.registries.joined(separator: ", "))")
        }
        if let maxRejects, RejectThreshold(maxRejects) == nil {
            throw ValidationError("--max-rejects takes a count (100) or a percentage (5%)")
        }
    }

    func run() throws {
        try CommandRunner.run("import", global) { logger, summary, recorder in
            var options = ImportOptions(
                registry: registry, files: files, mappingPath: mapping, rejectDirectory: rejectDirectory,
                maxRejects: maxRejects.flatMap(RejectThreshold.init), keyFile: keyFile)
            options.summaryFile = recorder.summaryFile
            let job = ImportJob(database: DatabaseLocator(explicit: global.database), options: options, logger: logger)
            recorder.record = job.recordRun
            try job.run(&summary)
        }
    }
}

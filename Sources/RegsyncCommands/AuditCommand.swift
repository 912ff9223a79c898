import ArgumentParser
import Foundation
import RegsyncJobs
import RegsyncStore

/// `regsync audit verify`: the tamper-evident audit's check.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the audit log: append-only rows sealed in a hash chain.",
        subcommands: [Verify.self])

    /// Recomputes every seal and every row's digest; names the first broken row.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every audit row and seal; exit 0 when intact, 65 naming the first broken row.",
            discussion: """
                Prints the chain's head (seal number and hash: keep it outside the database to tell \
                a chain cut short), and when something is wrong the first broken seal and the first \
                broken row — altered, deleted, or written past the seal — by audit_id, field and time.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(
            name: .customLong("anchor"),
            help: ArgumentHelp(
                "A seal and hash kept from an earlier verify's head line: the chain must still hold it (repeatable).",
                valueName: "seal:hash"))
        var anchors: [String] = []

        func validate() throws {
            for anchor in anchors where AuditVerifyJob.Anchor(anchor) == nil {
                throw ValidationError("--anchor takes SEAL:HASH (the seal= and hash= of a head line): \(anchor)")
            }
        }

        func run() throws {
            let anchors = anchors.compactMap(AuditVerifyJob.Anchor.init)
            try CommandRunner.run("audit verify", global) { logger, summary in
                try AuditVerifyJob(
                    database: DatabaseLocator(explicit: global.database), logger: logger, anchors: anchors
                ).run(&summary)
            }
        }
    }
}

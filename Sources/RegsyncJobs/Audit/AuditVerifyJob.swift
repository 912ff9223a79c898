import Foundation
import Logging
import RegsyncCore
import RegsyncStore

/// The audit failed its check: a row or a seal is not what was sealed (exit 65).
public struct AuditBroken: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    public let description: String
    public var outcome: Outcome { .inputUnusable }
}

/// `regsync audit verify`: checks every audit row and every seal of the hash chain, prints
/// the chain's head (worth keeping elsewhere) or the first broken row and seal — ids, field
/// and times only, never a record key or a value.
public struct AuditVerifyJob {
    let database: DatabaseLocator
    let logger: Logger

    public init(database: DatabaseLocator, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    public func run(_ summary: inout RunSummary) throws {
        let connection = try database.connect(logger: logger)
        try SchemaMigrator(connection: connection, logger: logger).requireCurrent()
        let result = try AuditChain.verify(on: connection)
        summary.counts["seals"] = result.seals
        summary.counts["rows"] = result.rows
        summary.counts["broken_rows"] = result.brokenRows
        summary.counts["broken_seals"] = result.brokenSeal == nil ? 0 : 1
        print("head\tseal=\(result.headSeal)\thash=\(result.headHash)")
        if let seal = result.brokenSeal {
            print(
                "broken-seal\tseal=\(seal.seal)\tfirst_audit_id=\(seal.firstAuditID.map(String.init) ?? "")\t\(seal.reason)"
            )
        }
        if let row = result.firstBrokenRow {
            print(
                "broken-row\taudit_id=\(row.auditID)\t\(row.problem.rawValue)\tseal=\(row.seal.map(String.init) ?? "")"
                    + "\tfield=\(row.field ?? "")\tat=\(row.at ?? "")")
        }
        guard !result.isIntact else {
            print("intact\tseals=\(result.seals)\trows=\(result.rows)")
            summary.notes.append("audit intact: \(result.rows) rows in \(result.seals) seals")
            return
        }
        var parts: [String] = []
        if let row = result.firstBrokenRow {
            parts.append(
                "first broken row: audit_id \(row.auditID) (\(row.problem.rawValue)"
                    + (row.seal.map { ", seal \($0)" } ?? "") + "); \(result.brokenRows) rows broken")
        }
        if let seal = result.brokenSeal { parts.append("seal \(seal.seal): \(seal.reason)") }
        throw AuditBroken(description: "the audit chain is broken: " + parts.joined(separator: "; "))
    }
}

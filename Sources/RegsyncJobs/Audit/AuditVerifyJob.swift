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
    /// A seal's hash as printed by an earlier verify and kept outside the database: the chain
    /// must still hold that seal with that hash (a chain cut short or rewritten from an
    /// earlier point is consistent in itself, but not with what was kept).
    public struct Anchor: Sendable, Equatable {
        public let seal: Int64
        public let hash: String

        /// Reads `SEAL:HASH` (the `seal=` and `hash=` of a verify's head line).
        public init?(_ text: String) {
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let seal = Int64(parts[0]), seal >= 0,
                parts[1].count == 64, parts[1].allSatisfy(\.isHexDigit)
            else { return nil }
            self.seal = seal
            self.hash = parts[1].lowercased()
        }
    }

    let database: DatabaseLocator
    let logger: Logger
    let anchors: [Anchor]

    public init(database: DatabaseLocator, logger: Logger, anchors: [Anchor] = []) {
        self.database = database
        self.logger = logger
        self.anchors = anchors
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
        var unanchored: [String] = []
        for anchor in anchors {
            let stored = try connection.execute(
                "SELECT encode(hash, 'hex') AS hash FROM regsync.audit_seal WHERE seal_id = $1", [String(anchor.seal)]
            ).first?["hash"]
            guard stored != anchor.hash else { continue }
            let reason =
                stored == nil
                ? "missing: the chain was cut short before it" : "its hash is not the one kept outside the database"
            print("broken-anchor\tseal=\(anchor.seal)\t\(reason)")
            unanchored.append("seal \(anchor.seal) \(reason)")
        }
        summary.counts["broken_anchors"] = unanchored.count
        guard !result.isIntact || !unanchored.isEmpty else {
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
        parts += unanchored
        throw AuditBroken(description: "the audit chain is broken: " + parts.joined(separator: "; "))
    }
}

import Foundation
import Logging
import RegsyncCore
import RegsyncReport
import RegsyncStore

/// `regsync report links REGISTRY`: one row per registry person with its decision.
public struct LinksReportJob {
    let database: DatabaseLocator
    let registry: String
    let logger: Logger

    public init(database: DatabaseLocator, registry: String, logger: Logger) {
        self.database = database
        self.registry = registry
        self.logger = logger
    }

    /// The report's rows, by record key and role.
    public func rows() throws -> [LinksReport.Row] {
        let connection = try database.connect(logger: logger)
        try SchemaMigrator(connection: connection, logger: logger).requireCurrent()
        var rows: [LinksReport.Row] = []
        try LinkReports(connection: connection, registry: registry).links { link in
            var reason = link.reason
            if let number = link.corporateNumber {
                reason += ":corporation=\(number)"
            } else if let corporateReason = link.corporateReason {
                reason += ":corporation_\(corporateReason)"
            }
            rows.append(
                LinksReport.Row(
                    recordKey: link.recordKey.replacingOccurrences(of: "\u{1F}", with: "|"), personRole: link.role,
                    residentCode: link.decision == "link" ? (link.residentCode ?? "") : "", decision: link.decision,
                    matchWeight: link.weight, matchProbability: link.probability, reason: reason))
        }
        return rows
    }
}

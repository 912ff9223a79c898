import Foundation

/// `regsync report links`: one row per registry person with exactly the columns
/// `record_key,person_role,resident_code,decision,match_weight,match_probability,reason`,
/// as CSV or JSON.
public enum LinksReport {
    /// One registry person's decision.
    public struct Row: Sendable, Encodable {
        /// The record's natural key, its fields joined with `|`.
        public var recordKey: String
        public var personRole: String
        /// Empty unless linked.
        public var residentCode: String
        /// `link`, `review` or `no-link`.
        public var decision: String
        public var matchWeight: Double?
        public var matchProbability: Double?
        public var reason: String

        public init(
            recordKey: String, personRole: String, residentCode: String, decision: String, matchWeight: Double?,
            matchProbability: Double?, reason: String
        ) {
            self.recordKey = recordKey
            self.personRole = personRole
            self.residentCode = residentCode
            self.decision = decision
            self.matchWeight = matchWeight
            self.matchProbability = matchProbability
            self.reason = reason
        }

        enum CodingKeys: String, CodingKey {
            case recordKey = "record_key"
            case personRole = "person_role"
            case residentCode = "resident_code"
            case decision
            case matchWeight = "match_weight"
            case matchProbability = "match_probability"
            case reason
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(recordKey, forKey: .recordKey)
            try container.encode(personRole, forKey: .personRole)
            try container.encode(residentCode, forKey: .residentCode)
            try container.encode(decision, forKey: .decision)
            try container.encode(matchWeight.map(Self.rounded), forKey: .matchWeight)
            try container.encode(matchProbability.map(Self.rounded), forKey: .matchProbability)
            try container.encode(reason, forKey: .reason)
        }

        static func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }
    }

    public static let columns = [
        "record_key", "person_role", "resident_code", "decision", "match_weight", "match_probability", "reason",
    ]

    public static func csv(_ rows: [Row], bom: Bool = false) -> String {
        var table = CSVTable(header: columns)
        for row in rows {
            table.append([
                row.recordKey, row.personRole, row.residentCode, row.decision, number(row.matchWeight),
                number(row.matchProbability), row.reason,
            ])
        }
        return table.text(bom: bom)
    }

    public static func json(_ rows: [Row]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
    }

    /// A number with six decimals, empty when unknown.
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return String(format: "%.6f", value)
    }
}

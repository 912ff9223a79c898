import Foundation

/// The matcher's review report for stewards: summary figures, and the review queue sorted by
/// uncertainty with each pair side by side, differences highlighted, the resident's address
/// history as a timeline and the weight waterfall of each candidate.
///
/// Built by the job from the store; pure data here. A protected resident's addresses are
/// already replaced by ``protectedLabel`` when they reach this type.
public struct ReviewReport: Sendable, Encodable {
    /// What a DV-protected resident's address shows as.
    public static let protectedLabel = "（支援措置対象）"

    public var registry: String
    public var generatedAt: String
    public var counts: [String: Int]
    /// Best-weight histogram: (lower bound in bits, count), bins of 5 bits.
    public var histogram: [HistogramBin]
    public var items: [Item]
    /// Items in the queue beyond those in `items` (the HTML shows the most uncertain only).
    public var omitted: Int

    public init(
        registry: String, generatedAt: String, counts: [String: Int], histogram: [HistogramBin], items: [Item],
        omitted: Int
    ) {
        self.registry = registry
        self.generatedAt = generatedAt
        self.counts = counts
        self.histogram = histogram
        self.items = items
        self.omitted = omitted
    }

    /// One histogram bin.
    public struct HistogramBin: Sendable, Encodable {
        public var low: Int
        public var count: Int

        public init(low: Int, count: Int) {
            self.low = low
            self.count = count
        }
    }

    /// One registry person awaiting review.
    public struct Item: Sendable, Encodable {
        public var recordKey: String
        public var role: String
        public var reason: String
        public var weight: Double?
        public var probability: Double?
        public var ledger: Ledger
        public var candidates: [Candidate]

        public init(
            recordKey: String, role: String, reason: String, weight: Double?, probability: Double?, ledger: Ledger,
            candidates: [Candidate]
        ) {
            self.recordKey = recordKey
            self.role = role
            self.reason = reason
            self.weight = weight
            self.probability = probability
            self.ledger = ledger
            self.candidates = candidates
        }
    }

    /// The registry's side of a pair.
    public struct Ledger: Sendable, Encodable {
        public var name: String
        public var reading: String?
        public var address: String?
        public var recordedOn: String?
        public var birthDate: String?

        public init(name: String, reading: String?, address: String?, recordedOn: String?, birthDate: String?) {
            self.name = name
            self.reading = reading
            self.address = address
            self.recordedOn = recordedOn
            self.birthDate = birthDate
        }
    }

    /// A resident the ledger person may be.
    public struct Candidate: Sendable, Encodable {
        public var rank: Int
        public var residentCode: String
        public var name: String
        public var reading: String?
        public var formerSurname: String?
        public var birthDate: String?
        public var status: String?
        public var protected: Bool
        public var weight: Double
        public var probability: Double
        /// The waterfall: the prior, then each comparison with its level and weight.
        public var steps: [Step]
        /// The address history, oldest first (masked when protected).
        public var addresses: [Address]
        /// The other members of the household (the look-alikes).
        public var household: [Member]
        public var rules: String

        public init(
            rank: Int, residentCode: String, name: String, reading: String?, formerSurname: String?, birthDate: String?,
            status: String?, protected: Bool, weight: Double, probability: Double, steps: [Step], addresses: [Address],
            household: [Member], rules: String
        ) {
            self.rank = rank
            self.residentCode = residentCode
            self.name = name
            self.reading = reading
            self.formerSurname = formerSurname
            self.birthDate = birthDate
            self.status = status
            self.protected = protected
            self.weight = weight
            self.probability = probability
            self.steps = steps
            self.addresses = addresses
            self.household = household
            self.rules = rules
        }
    }

    /// One step of a waterfall.
    public struct Step: Sendable, Encodable {
        public var comparison: String
        public var level: String
        public var weight: Double

        public init(comparison: String, level: String, weight: Double) {
            self.comparison = comparison
            self.level = level
            self.weight = weight
        }
    }

    /// One address of a history.
    public struct Address: Sendable, Encodable {
        public var text: String
        public var from: String?
        public var to: String?

        public init(text: String, from: String?, to: String?) {
            self.text = text
            self.from = from
            self.to = to
        }
    }

    /// A household member.
    public struct Member: Sendable, Encodable {
        public var residentCode: String
        public var name: String
        public var birthDate: String?

        public init(residentCode: String, name: String, birthDate: String?) {
            self.residentCode = residentCode
            self.name = name
            self.birthDate = birthDate
        }
    }

    /// The queue as CSV: one row per candidate of each item.
    public func csv(bom: Bool = false) -> String {
        var table = CSVTable(header: [
            "record_key", "person_role", "reason", "match_weight", "match_probability", "ledger_name", "ledger_reading",
            "ledger_address", "ledger_recorded_on", "ledger_birth_date", "rank", "resident_code", "resident_name",
            "resident_reading", "resident_birth_date", "resident_status", "resident_current_address",
            "candidate_weight",
            "candidate_probability", "levels",
        ])
        for item in items {
            for candidate in item.candidates {
                table.append([
                    item.recordKey, item.role, item.reason, LinksReport.number(item.weight),
                    LinksReport.number(item.probability), item.ledger.name, item.ledger.reading ?? "",
                    item.ledger.address ?? "", item.ledger.recordedOn ?? "", item.ledger.birthDate ?? "",
                    String(candidate.rank),
                    candidate.residentCode, candidate.name, candidate.reading ?? "", candidate.birthDate ?? "",
                    candidate.status ?? "", candidate.addresses.last?.text ?? "", LinksReport.number(candidate.weight),
                    LinksReport.number(candidate.probability),
                    candidate.steps.dropFirst().map { "\($0.comparison)=\($0.level)" }.joined(separator: ";"),
                ])
            }
        }
        return table.text(bom: bom)
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

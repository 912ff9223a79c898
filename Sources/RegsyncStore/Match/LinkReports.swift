import RegsyncPostgres

/// Reads what the matcher decided, for reports and the steward round trip: one row per
/// current registry person, the review queue with its candidates, and what a steward needs
/// to see of each side (never a protected resident's address: the caller masks it).
public struct LinkReports {
    let connection: PostgresConnection
    public let registry: String

    public init(connection: PostgresConnection, registry: String) {
        self.connection = connection
        self.registry = registry
    }

    /// One registry person's decision (the links report's row).
    public struct LinkRow: Sendable {
        public var recordKey: String
        public var role: String
        public var residentCode: String?
        public var decision: String
        public var weight: Double?
        public var probability: Double?
        public var reason: String
        public var corporateNumber: String?
        public var corporateReason: String?
    }

    /// Every current registry person with a decision, by record key and role.
    public func links(_ body: (LinkRow) throws -> Void) throws {
        guard let select = RegistryPersons.select(for: registry) else { return }
        // A literal, as COPY (query) takes no parameters (the registry is one of a fixed few).
        let registryLiteral = try connection.quoteLiteral(registry)
        try connection.copyOut(
            """
            COPY (SELECT l.record_key, l.person_role, l.resident_code, l.decision, l.match_weight, l.match_probability,
                         l.reason, l.corporate_number, l.corporate_reason
                    FROM regsync.link l
                   WHERE l.registry = \(registryLiteral)
                     AND EXISTS (SELECT 1 FROM (\(select)) p WHERE p.record_key = l.record_key AND p.person_role = l.person_role)
                   ORDER BY l.record_key, l.person_role) TO STDOUT
            """
        ) { row in
            let f = CopyTextDecoder.fields(row)
            guard f.count == 9, let key = f[0], let role = f[1], let decision = f[3] else { return }
            try body(
                LinkRow(
                    recordKey: key, role: role, residentCode: f[2], decision: decision,
                    weight: f[4].flatMap(Double.init),
                    probability: f[5].flatMap(Double.init), reason: f[6] ?? "", corporateNumber: f[7],
                    corporateReason: f[8]))
        }
    }

    /// Counts per decision and a histogram of best weights (bins of 5 bits).
    public func figures() throws -> (decisions: [String: Int], histogram: [(low: Int, count: Int)]) {
        var decisions: [String: Int] = [:]
        for row in try connection.execute(
            "SELECT decision, count(*) AS n FROM regsync.link WHERE registry = $1 GROUP BY decision", [registry])
        {
            decisions[row["decision"] ?? ""] = row.int("n") ?? 0
        }
        let bins = try connection.execute(
            """
            SELECT (floor(greatest(least(match_weight, 49), -50) / 5) * 5)::int AS low, count(*) AS n
              FROM regsync.link WHERE registry = $1 AND match_weight IS NOT NULL GROUP BY 1 ORDER BY 1
            """, [registry])
        return (decisions, bins.map { ($0.int("low") ?? 0, $0.int("n") ?? 0) })
    }

    /// A person awaiting review, with the ledger's side.
    public struct ReviewItem: Sendable {
        public var recordKey: String
        public var role: String
        public var reason: String
        public var weight: Double?
        public var probability: Double?
        public var name: String?
        public var reading: String?
        public var address: String?
        public var recordedOn: String?
        public var birthDate: String?
        public var candidates: [Candidate]
    }

    /// One candidate of a review item, as stored by the matcher.
    public struct Candidate: Sendable {
        public var rank: Int
        public var residentCode: String
        public var weight: Double
        public var probability: Double
        public var levels: String
        public var weights: String
        public var rules: String
    }

    /// The review queue, most uncertain first (probability closest to ½), at most `limit` items.
    public func reviewQueue(limit: Int = 100_000) throws -> [ReviewItem] {
        guard let select = RegistryPersons.select(for: registry) else { return [] }
        var items: [ReviewItem] = []
        var index: [String: Int] = [:]
        for row in try connection.execute(
            """
            SELECT l.record_key, l.person_role, l.reason, l.match_weight, l.match_probability,
                   p.name, p.name_kana, p.address, p.recorded_on::text AS recorded_on, p.birth_date::text AS birth_date
              FROM regsync.link l JOIN (\(select)) p ON p.record_key = l.record_key AND p.person_role = l.person_role
             WHERE l.registry = $1 AND l.decision = 'review'
             ORDER BY abs(coalesce(l.match_probability, 0) - 0.5), l.record_key, l.person_role
             LIMIT $2
            """, [registry, limit])
        {
            let item = Self.reviewItem(row)
            index[item.recordKey + "\u{1E}" + item.role] = items.count
            items.append(item)
        }
        guard !items.isEmpty else { return [] }
        for row in try connection.execute(
            """
            SELECT c.record_key, c.person_role, c.rank, c.resident_code, c.match_weight, c.match_probability, c.levels,
                   c.weights, c.rules
              FROM regsync.match_candidate c JOIN regsync.link l USING (registry, record_key, person_role)
             WHERE c.registry = $1 AND l.decision = 'review'
             ORDER BY c.record_key, c.person_role, c.rank
            """, [registry])
        {
            guard let position = index[(row["record_key"] ?? "") + "\u{1E}" + (row["person_role"] ?? "")] else {
                continue
            }
            items[position].candidates.append(Self.candidate(row))
        }
        return items
    }

    static func reviewItem(_ row: PostgresRow) -> ReviewItem {
        ReviewItem(
            recordKey: row["record_key"] ?? "", role: row["person_role"] ?? "", reason: row["reason"] ?? "",
            weight: row["match_weight"].flatMap(Double.init),
            probability: row["match_probability"].flatMap(Double.init), name: row["name"],
            reading: row["name_kana"], address: row["address"], recordedOn: row["recorded_on"],
            birthDate: row["birth_date"], candidates: [])
    }

    static func candidate(_ row: PostgresRow) -> Candidate {
        Candidate(
            rank: row.int("rank") ?? 0, residentCode: row["resident_code"] ?? "",
            weight: row["match_weight"].flatMap(Double.init) ?? 0,
            probability: row["match_probability"].flatMap(Double.init) ?? 0, levels: row["levels"] ?? "",
            weights: row["weights"] ?? "", rules: row["rules"] ?? "")
    }

    /// A registry person with its link, whatever the decision, and every stored candidate
    /// (the workbench's pair page).
    public struct PersonLink: Sendable {
        public var item: ReviewItem
        public var decision: String
        public var residentCode: String?
        public var decidedBy: String
        public var decidedAt: String
        /// The municipality of the registry's address (the first part of its address key).
        public var lgCode: String?
    }

    /// One registry person's link and candidates; nil when the person or its link is missing.
    public func person(recordKey: String, role: String) throws -> PersonLink? {
        guard let select = RegistryPersons.select(for: registry) else { return nil }
        guard
            let row = try connection.execute(
                """
                SELECT l.record_key, l.person_role, l.reason, l.match_weight, l.match_probability, l.decision,
                       l.resident_code, l.decided_by, l.decided_at::text AS decided_at, p.name, p.name_kana, p.address,
                       p.recorded_on::text AS recorded_on, p.birth_date::text AS birth_date,
                       nullif(split_part(coalesce(p.address_key, ''), '|', 1), '') AS lg_code
                  FROM regsync.link l JOIN (\(select)) p ON p.record_key = l.record_key AND p.person_role = l.person_role
                 WHERE l.registry = $1 AND l.record_key = $2 AND l.person_role = $3
                """, [registry, recordKey, role]
            ).first
        else { return nil }
        var item = Self.reviewItem(row)
        item.candidates = try connection.execute(
            """
            SELECT rank, resident_code, match_weight, match_probability, levels, weights, rules
              FROM regsync.match_candidate WHERE registry = $1 AND record_key = $2 AND person_role = $3 ORDER BY rank
            """, [registry, recordKey, role]
        ).map(Self.candidate)
        return PersonLink(
            item: item, decision: row["decision"] ?? "", residentCode: row["resident_code"],
            decidedBy: row["decided_by"] ?? "", decidedAt: row["decided_at"] ?? "", lgCode: row["lg_code"])
    }

    /// What a steward sees of a resident: name, reading, birth date, status, protection, the
    /// address history (text and validity) and the other members of the household.
    public struct ResidentView: Sendable {
        public var code: String
        public var name: String?
        public var reading: String?
        public var formerSurname: String?
        public var birthDate: String?
        public var status: String?
        public var protected: Bool
        public var household: String?
        public var addresses: [(address: String, from: String?, to: String?)]
        public var householdMembers: [(code: String, name: String, birthDate: String?)]
    }

    /// The residents with these codes.
    public func residents(_ codes: Set<String>) throws -> [String: ResidentView] {
        guard !codes.isEmpty else { return [:] }
        let list = Array(codes).sorted()
        var views: [String: ResidentView] = [:]
        for row in try connection.execute(
            """
            SELECT resident_code, name, name_kana, former_surname, birth_date::text AS birth_date, status, dv_protected,
                   household_id
              FROM resident.person WHERE resident_code = ANY($1::text[]) AND removed_at IS NULL
            """, [list])
        {
            let code = row["resident_code"] ?? ""
            views[code] = ResidentView(
                code: code, name: row["name"], reading: row["name_kana"], formerSurname: row["former_surname"],
                birthDate: row["birth_date"], status: row["status"], protected: row.bool("dv_protected") ?? true,
                household: row["household_id"], addresses: [], householdMembers: [])
        }
        for row in try connection.execute(
            """
            SELECT resident_code, address, valid_from::text AS valid_from, valid_to::text AS valid_to
              FROM resident.address WHERE resident_code = ANY($1::text[]) AND removed_at IS NULL
             ORDER BY resident_code, valid_from
            """, [list])
        {
            views[row["resident_code"] ?? ""]?.addresses.append(
                (row["address"] ?? "", row["valid_from"], row["valid_to"]))
        }
        var viewsByHousehold: [String: [String]] = [:]
        for (code, view) in views {
            if let household = view.household { viewsByHousehold[household, default: []].append(code) }
        }
        let households = viewsByHousehold.keys.sorted()
        if !households.isEmpty {
            for row in try connection.execute(
                """
                SELECT resident_code, name, birth_date::text AS birth_date, household_id FROM resident.person
                 WHERE household_id = ANY($1::text[]) AND removed_at IS NULL ORDER BY household_id, birth_date
                """, [households])
            {
                for code in viewsByHousehold[row["household_id"] ?? ""] ?? [] where code != row["resident_code"] {
                    views[code]?.householdMembers.append(
                        (row["resident_code"] ?? "", row["name"] ?? "", row["birth_date"]))
                }
            }
        }
        return views
    }
}

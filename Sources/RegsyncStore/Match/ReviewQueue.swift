import RegsyncPostgres

/// The review queue of every registry as the workbench pages through it: registry persons
/// awaiting review that still have a candidate no steward decided, most uncertain first
/// (match probability closest to ½), filtered by registry, municipality and reason. Pages
/// start after a position in that order (keyset, no OFFSET), so a deep page costs what the
/// first does: with 100,031 persons awaiting review, 0.3 s for page 1, page 2 and the page at
/// position 60,001 alike; the tally (count and filter choices) reads the whole queue, 3.4 s,
/// which is why the workbench keeps it for a minute.
///
/// The municipality is the one of the registry's address (the first part of its address
/// key). Beside a DV-protected candidate it is withheld unless `revealProtected`: it would
/// say where the ledger places someone who may be that resident.
public struct ReviewQueue {
    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// What the queue is narrowed to; nil means any.
    public struct Filter: Sendable, Equatable {
        public var registry: String?
        public var lgCode: String?
        public var reason: String?

        public init(registry: String? = nil, lgCode: String? = nil, reason: String? = nil) {
            self.registry = registry
            self.lgCode = lgCode
            self.reason = reason
        }
    }

    /// A place in the queue's order: the distance of the probability from ½ (as PostgreSQL
    /// prints it, which reads back exactly), then registry, record key and role.
    public struct Position: Sendable, Hashable {
        public var distance: String
        public var registry: String
        public var recordKey: String
        public var role: String

        public init(distance: String, registry: String, recordKey: String, role: String) {
            self.distance = distance
            self.registry = registry
            self.recordKey = recordKey
            self.role = role
        }
    }

    /// One person awaiting review.
    public struct Entry: Sendable {
        public var position: Position
        public var reason: String
        public var weight: Double?
        public var probability: Double?
        public var name: String?
        /// The municipality of the registry's address; nil when unknown or withheld.
        public var lgCode: String?
        /// Whether a candidate is DV-protected (or no longer in the register).
        public var nearProtected: Bool
        /// The person's candidates; those no steward decided yet, and the best ranked of them.
        public var candidates: Int
        public var openCandidates: Int
        public var firstOpen: String?
    }

    /// The order of the queue, as indexed by `link_review_queue_idx`.
    static let distance = "abs(coalesce(l.match_probability, 0) - 0.5)"

    /// The registries a filter covers.
    func registries(_ filter: Filter) -> [String] {
        RegistryPersons.registries.filter { filter.registry == nil || filter.registry == $0 }
    }

    /// One registry's part of the queue. Parameters: $1 reason, $2 municipality, $3 reveal,
    /// $4…$7 the position to start after (all NULL for the start).
    func select(_ registry: String, limit: Int?) throws -> String? {
        guard let persons = RegistryPersons.select(for: registry) else { return nil }
        // A literal: each registry's part of the union names its own (one of a fixed few).
        let registryLiteral = try connection.quoteLiteral(registry)
        return """
            SELECT l.registry, l.record_key, l.person_role, l.reason, l.match_weight, l.match_probability,
                   \(Self.distance)::text AS distance, p.name, q.near_protected, q.candidates, q.open_candidates,
                   q.first_open,
                   CASE WHEN q.near_protected AND NOT $3::boolean THEN NULL
                        ELSE nullif(split_part(coalesce(p.address_key, ''), '|', 1), '') END AS lg_code
              FROM regsync.link l
              JOIN (\(persons)) p ON p.record_key = l.record_key AND p.person_role = l.person_role
             CROSS JOIN LATERAL (
                SELECT count(*) AS candidates, count(*) FILTER (WHERE NOT c.decided) AS open_candidates,
                       (array_agg(c.resident_code ORDER BY c.rank) FILTER (WHERE NOT c.decided))[1] AS first_open,
                       coalesce(bool_or(c.protected), false) AS near_protected
                  FROM (
                    -- Point lookups by primary key (a join here was planned as a scan per person).
                    SELECT c.resident_code, c.rank,
                           EXISTS (SELECT 1 FROM regsync.steward_decision d
                                    WHERE d.registry = c.registry AND d.record_key = c.record_key
                                      AND d.person_role = c.person_role AND d.resident_code = c.resident_code) AS decided,
                           coalesce((SELECT r.dv_protected IS NOT FALSE FROM resident.person r
                                      WHERE r.resident_code = c.resident_code AND r.removed_at IS NULL), true)
                               AS protected
                      FROM regsync.match_candidate c
                     WHERE c.registry = l.registry AND c.record_key = l.record_key AND c.person_role = l.person_role
                  ) c
             ) q
             WHERE l.registry = \(registryLiteral) AND l.decision = 'review' AND q.open_candidates > 0
               AND ($1::text IS NULL OR l.reason = $1)
               AND ($2::text IS NULL OR (NOT q.near_protected OR $3::boolean)
                                        AND split_part(coalesce(p.address_key, ''), '|', 1) = $2)
               AND ($4::float8 IS NULL OR (\(Self.distance), l.registry, l.record_key, l.person_role)
                                          > ($4::float8, $5::text, $6::text, $7::text))
             ORDER BY \(Self.distance), l.registry, l.record_key, l.person_role
            \(limit.map { "LIMIT \($0)" } ?? "")
            """
    }

    /// The registries' parts as one relation (each part is ordered, so each is parenthesized).
    static func union(_ parts: [String]) -> String {
        parts.map { "(\($0))" }.joined(separator: "\nUNION ALL\n")
    }

    /// Up to `limit` entries after `position` (from the start when nil).
    public func page(_ filter: Filter, after position: Position?, limit: Int, revealProtected: Bool) throws -> [Entry] {
        let parts = try registries(filter).compactMap { try select($0, limit: limit) }
        guard !parts.isEmpty else { return [] }
        let sql =
            "SELECT * FROM (" + Self.union(parts)
            + ") queue\nORDER BY distance::float8, registry, record_key, person_role LIMIT \(limit)"
        return try connection.execute(
            sql,
            [
                filter.reason, filter.lgCode, revealProtected, position?.distance, position?.registry,
                position?.recordKey, position?.role,
            ]
        ).map { row in
            Entry(
                position: Position(
                    distance: row["distance"] ?? "0", registry: row["registry"] ?? "",
                    recordKey: row["record_key"] ?? "", role: row["person_role"] ?? ""),
                reason: row["reason"] ?? "", weight: row["match_weight"].flatMap(Double.init),
                probability: row["match_probability"].flatMap(Double.init), name: row["name"],
                lgCode: row["lg_code"], nearProtected: row.bool("near_protected") ?? true,
                candidates: row.int("candidates") ?? 0, openCandidates: row.int("open_candidates") ?? 0,
                firstOpen: row["first_open"])
        }
    }

    /// The first entry after `position`, if any.
    public func entry(after position: Position?, _ filter: Filter, revealProtected: Bool) throws -> Entry? {
        try page(filter, after: position, limit: 1, revealProtected: revealProtected).first
    }

    /// Where a person is (or would be) in the queue's order, whether or not it awaits review.
    public func position(registry: String, recordKey: String, role: String) throws -> Position? {
        try connection.execute(
            """
            SELECT \(Self.distance)::text AS distance FROM regsync.link l
             WHERE l.registry = $1 AND l.record_key = $2 AND l.person_role = $3
            """, [registry, recordKey, role]
        ).first.map {
            Position(distance: $0["distance"] ?? "0", registry: registry, recordKey: recordKey, role: role)
        }
    }

    /// The queue's size by municipality and reason, read in one pass, from which a page's count
    /// and the filter's choices are summed (the municipality and reason filters are applied
    /// here, not in the database, so one tally serves every such filter).
    public struct Tally: Sendable {
        public var cells: [(lgCode: String?, reason: String, count: Int)]

        /// How many persons the filter leaves in the queue.
        public func count(_ filter: Filter) -> Int {
            cells.filter {
                (filter.lgCode == nil || $0.lgCode == filter.lgCode)
                    && (filter.reason == nil || $0.reason == filter.reason)
            }.reduce(0) { $0 + $1.count }
        }

        /// The municipalities of the queue with their counts, by code.
        public var municipalities: [(lgCode: String, count: Int)] {
            Dictionary(cells.compactMap { cell in cell.lgCode.map { ($0, cell.count) } }, uniquingKeysWith: +)
                .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }

        /// The reasons of the queue with their counts, by code.
        public var reasons: [(reason: String, count: Int)] {
            Dictionary(cells.map { ($0.reason, $0.count) }, uniquingKeysWith: +).sorted { $0.key < $1.key }
                .map { ($0.key, $0.value) }
        }
    }

    /// The tally of the queue of one registry (every registry when nil).
    public func tally(registry: String?, revealProtected: Bool) throws -> Tally {
        let parts = try registries(Filter(registry: registry)).compactMap { try select($0, limit: nil) }
        guard !parts.isEmpty else { return Tally(cells: []) }
        let rows = try connection.execute(
            "SELECT lg_code, reason, count(*) AS n FROM (\(Self.union(parts))) queue GROUP BY lg_code, reason",
            [
                nil as String?, nil as String?, revealProtected, nil as String?, nil as String?, nil as String?,
                nil as String?,
            ])
        return Tally(cells: rows.map { ($0["lg_code"], $0["reason"] ?? "", $0.int("n") ?? 0) })
    }
}

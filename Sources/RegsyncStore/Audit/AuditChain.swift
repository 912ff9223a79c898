import RegsyncPostgres

/// The audit's hash chain: how a row and a seal are hashed (migration 9 seals with it), and
/// the check of every row and every seal against it (`regsync audit verify`).
///
/// A row's digest is the SHA-256 of PostgreSQL's binary form of its columns in the fixed order
/// of ``columns`` (`record_send`: per column its type, its length or −1 for NULL, its bytes;
/// text in UTF-8, a time as microseconds in UTC), so neither a session's time zone nor date
/// style nor client encoding changes it, and no value can be shifted into its neighbour.
public enum AuditChain {
    /// The columns of `regsync.audit` a row digest covers, in order. Frozen: rows sealed by
    /// migration 9 are hashed with exactly these. A column added to the audit later needs a
    /// new digest (and seal format) of its own; a test checks that none is left out.
    public static let columns = [
        "audit_id", "at", "batch_id", "change_id", "registry", "record_key", "person_role", "field", "action",
        "before", "after", "reason", "evidence", "actor", "recorded_field", "recorded_before", "recorded_after",
    ]

    /// The hash the first seal follows: 32 zero bytes.
    static let genesis = "decode(repeat('00', 32), 'hex')"

    /// The SQL expression of the digest of the audit row `alias`.
    public static func rowDigest(_ alias: String) -> String {
        "sha256(record_send(ROW(" + columns.map { "\(alias).\($0)" }.joined(separator: ", ") + ")))"
    }

    /// The PL/pgSQL block that seals every row of `source` as the next seal, `done` ending it
    /// early when there is none. One pass over the rows and no sort: every aggregate of one
    /// pass sees the rows in the same order, so the ids and the digests stay aligned, and the
    /// hash covers the digests in the order they are stored.
    static func sealStatements(from source: String, done: String) -> String {
        """
        DECLARE
            head regsync.audit_head;
            sealed regsync.audit_seal;
        BEGIN
            IF NOT EXISTS (SELECT FROM \(source)) THEN \(done); END IF;
            SELECT * INTO STRICT head FROM regsync.audit_head FOR UPDATE;
            sealed.seal_id := head.seal_id + 1;
            sealed.sealed_at := clock_timestamp();
            sealed.previous_hash := head.hash;
            SELECT count(*), min(audit_id), max(audit_id), array_agg(audit_id), string_agg(digest, ''::bytea)
              INTO sealed.rows, sealed.first_audit_id, sealed.last_audit_id, sealed.audit_ids, sealed.digests
              FROM (SELECT a.audit_id, \(rowDigest("a")) AS digest FROM \(source) a) d;
            sealed.hash := \(sealHash("sealed"));
            INSERT INTO regsync.audit_seal VALUES (sealed.*);
            UPDATE regsync.audit_head SET seal_id = sealed.seal_id, hash = sealed.hash;
            \(done);
        END
        """
    }

    /// The SQL expression of the hash of the seal `alias`.
    static func sealHash(_ alias: String) -> String {
        "sha256(\(alias).previous_hash || int8send(\(alias).seal_id) || timestamptz_send(\(alias).sealed_at) "
            + "|| \(alias).digests)"
    }

    /// What is wrong with an audit row.
    public enum RowProblem: String, Sendable {
        /// Its content is not what was sealed.
        case altered
        /// A seal lists it, and it is gone.
        case deleted
        /// No seal lists it: it was written past the sealing trigger.
        case unsealed
    }

    /// The first audit row whose content disagrees with the seals. Names ids, the field and
    /// times only: never the registry's record or a value (which could locate a protected person).
    public struct BrokenRow: Sendable, Equatable {
        public var auditID: Int64
        public var problem: RowProblem
        /// The seal that lists it (nil when unsealed).
        public var seal: Int64?
        /// The audited field and when the row says it was written (nil when deleted).
        public var field: String?
        public var at: String?
    }

    /// The first seal that breaks the chain, and why.
    public struct BrokenSeal: Sendable, Equatable {
        public var seal: Int64
        public var firstAuditID: Int64?
        public var reason: String
    }

    /// The outcome of a check of the whole audit.
    public struct Verification: Sendable {
        public var seals: Int
        public var rows: Int
        /// The last seal and its hash (hex), worth keeping outside the database: a chain cut
        /// short together with its head can only be told from an earlier head.
        public var headSeal: Int64
        public var headHash: String
        public var brokenSeal: BrokenSeal?
        public var brokenRows: Int
        public var firstBrokenRow: BrokenRow?

        public var isIntact: Bool { brokenSeal == nil && firstBrokenRow == nil }
    }

    /// Recomputes every seal's hash and link in order and every row's digest, in one snapshot.
    public static func verify(on connection: PostgresConnection) throws -> Verification {
        try connection.transaction {
            try connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            let totals = try connection.execute(
                """
                SELECT (SELECT count(*) FROM regsync.audit) AS rows, count(s.seal_id) AS seals, max(s.seal_id) AS last,
                       h.seal_id AS head, encode(h.hash, 'hex') AS hash,
                       h.hash = coalesce((SELECT hash FROM regsync.audit_seal ORDER BY seal_id DESC LIMIT 1), \(genesis))
                           AS head_matches
                  FROM regsync.audit_head h LEFT JOIN regsync.audit_seal s ON true
                 GROUP BY h.seal_id, h.hash
                """
            ).first
            var result = Verification(
                seals: totals?.int("seals") ?? 0, rows: totals?.int("rows") ?? 0,
                headSeal: totals?["head"].flatMap { Int64($0) } ?? 0, headHash: totals?["hash"] ?? "",
                brokenSeal: nil, brokenRows: 0, firstBrokenRow: nil)
            result.brokenSeal = try firstBrokenSeal(on: connection)
            let last = totals?["last"].flatMap { Int64($0) } ?? 0
            if result.brokenSeal == nil, totals == nil || result.headSeal != last || totals?["head_matches"] != "t" {
                result.brokenSeal = BrokenSeal(
                    seal: result.headSeal, firstAuditID: nil,
                    reason:
                        "the chain's head names seal \(result.headSeal) and the last seal is \(last): seals are missing"
                )
            }
            try findBrokenRows(on: connection, into: &result)
            return result
        }
    }

    /// The first seal out of line: numbered after a gap, not following the one before it,
    /// with lists that disagree, or whose hash is not that of its content.
    private static func firstBrokenSeal(on connection: PostgresConnection) throws -> BrokenSeal? {
        try connection.execute(
            """
            SELECT seal_id, first_audit_id, reason FROM (
                SELECT s.seal_id, s.first_audit_id,
                       CASE WHEN s.seal_id <> coalesce(lag(s.seal_id) OVER w, 0) + 1
                              THEN 'the seals before it are missing'
                            WHEN s.previous_hash <> coalesce(lag(s.hash) OVER w, \(genesis))
                              THEN 'it does not follow the seal before it'
                            WHEN cardinality(s.audit_ids) <> s.rows OR length(s.digests) <> 32 * s.rows
                                 OR (SELECT min(i) <> s.first_audit_id OR max(i) <> s.last_audit_id
                                       FROM unnest(s.audit_ids) i)
                              THEN 'its lists disagree'
                            WHEN s.hash <> \(sealHash("s"))
                              THEN 'its hash is not that of its content'
                       END AS reason
                  FROM regsync.audit_seal s WINDOW w AS (ORDER BY s.seal_id)
            ) checked WHERE reason IS NOT NULL ORDER BY seal_id LIMIT 1
            """
        ).first.map {
            BrokenSeal(
                seal: $0["seal_id"].flatMap { Int64($0) } ?? 0,
                firstAuditID: $0["first_audit_id"].flatMap { Int64($0) },
                reason: $0["reason"] ?? "")
        }
    }

    /// Every row against the digest its seal lists, by id: the count of those that differ and
    /// the first. The seals' lists are unpacked in a materialised step (each seal's digests
    /// read once) so that a join never carries a whole list per row.
    private static func findBrokenRows(on connection: PostgresConnection, into result: inout Verification) throws {
        let first = try connection.execute(
            """
            WITH sealed AS MATERIALIZED (
                SELECT s.seal_id, u.audit_id, substring(s.digests FROM (u.n::integer - 1) * 32 + 1 FOR 32) AS digest
                  FROM (SELECT seal_id, audit_ids, digests || ''::bytea AS digests FROM regsync.audit_seal OFFSET 0) s
                 CROSS JOIN LATERAL unnest(s.audit_ids) WITH ORDINALITY u(audit_id, n)
            ), actual AS (
                SELECT a.audit_id, a.field, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at,
                       \(rowDigest("a")) AS digest
                  FROM regsync.audit a
            )
            SELECT coalesce(a.audit_id, s.audit_id) AS audit_id, s.seal_id, a.field, a.at,
                   CASE WHEN a.audit_id IS NULL THEN 'deleted' WHEN s.audit_id IS NULL THEN 'unsealed'
                        ELSE 'altered' END AS problem,
                   count(*) OVER () AS broken
              FROM sealed s FULL JOIN actual a ON a.audit_id = s.audit_id
             WHERE s.digest IS DISTINCT FROM a.digest
             ORDER BY 1 LIMIT 1
            """
        ).first
        guard let first, let id = first["audit_id"].flatMap({ Int64($0) }) else { return }
        result.brokenRows = first.int("broken") ?? 1
        result.firstBrokenRow = BrokenRow(
            auditID: id, problem: RowProblem(rawValue: first["problem"] ?? "") ?? .altered,
            seal: first["seal_id"].flatMap { Int64($0) }, field: first["field"], at: first["at"])
    }
}

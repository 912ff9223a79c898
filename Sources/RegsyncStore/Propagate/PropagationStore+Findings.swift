import RegsyncPostgres

extension PropagationStore {
    /// The kinds ``registryFindings()`` finds: found again over the whole registry by every
    /// plan, incremental or not.
    public static let registryWideKinds = [
        "unmatched", "ambiguous", "conflicting-links", "inconsistent-addresses", "unparseable-address",
    ]

    /// The registry's current findings, counted by kind.
    public func discrepancyCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try connection.execute(
            "SELECT kind, count(*) AS n FROM regsync.discrepancy WHERE registry = $1 GROUP BY kind", [registry])
        {
            counts[row["kind"] ?? ""] = Int(row["n"] ?? "") ?? 0
        }
        return counts
    }

    /// The findings that come from the matcher's decisions and the registry alone (never an
    /// address in the detail): persons not linked (`unmatched`), in review (`ambiguous`), two
    /// roles of one record with the same name linked to different residents
    /// (`conflicting-links`), one resident's records showing different addresses
    /// (`inconsistent-addresses`), and addresses the normaliser could not place
    /// (`unparseable-address`, for persons not linked: linked ones are planned).
    public func registryFindings() throws -> [Discrepancy] {
        guard let select = RegistryPersons.select(for: registry) else { return [] }
        var findings: [Discrepancy] = []
        let lg = "nullif(split_part(coalesce(p.address_key, ''), '|', 1), '')"
        for row in try connection.execute(
            """
            SELECT p.record_key, p.person_role, \(lg) AS lg_code, l.decision, l.reason, l.corporate_number,
                   l.corporate_reason
              FROM (\(select)) p
              JOIN regsync.link l ON l.registry = $1 AND l.record_key = p.record_key AND l.person_role = p.person_role
             WHERE l.decision <> 'link' AND NOT (l.reason = 'legal_entity' AND l.corporate_number IS NOT NULL)
             ORDER BY p.record_key, p.person_role
            """, [registry])
        {
            let reason = row["reason"] ?? ""
            let kind = row["decision"] == "review" ? "ambiguous" : "unmatched"
            var detail =
                kind == "ambiguous"
                ? "awaiting a steward's review (\(reason))" : "not linked to any resident (\(reason))"
            if reason == "legal_entity" {
                detail = "legal entity not found in the commercial registry (\(row["corporate_reason"] ?? "not_found"))"
            }
            findings.append(
                Discrepancy(
                    recordKey: row["record_key"] ?? "", role: row["person_role"] ?? "", kind: kind,
                    lgCode: row["lg_code"],
                    detail: detail, movedOn: nil, deadline: nil))
        }
        for row in try connection.execute(
            """
            WITH persons AS (SELECT * FROM (\(select)) p)
            SELECT p1.record_key, p1.person_role, nullif(split_part(coalesce(p1.address_key, ''), '|', 1), '') AS lg_code
              FROM persons p1
              JOIN persons p2 ON p2.record_key = p1.record_key AND p2.person_role <> p1.person_role
                             AND regexp_replace(p2.name, '\\s', '', 'g') = regexp_replace(p1.name, '\\s', '', 'g')
              JOIN regsync.link l1 ON l1.registry = $1 AND l1.record_key = p1.record_key
                                  AND l1.person_role = p1.person_role AND l1.decision = 'link'
              JOIN regsync.link l2 ON l2.registry = $1 AND l2.record_key = p2.record_key
                                  AND l2.person_role = p2.person_role AND l2.decision = 'link'
             WHERE l1.resident_code <> l2.resident_code
             ORDER BY 1, 2
            """, [registry])
        {
            findings.append(
                Discrepancy(
                    recordKey: row["record_key"] ?? "", role: row["person_role"] ?? "", kind: "conflicting-links",
                    lgCode: row["lg_code"],
                    detail: "the record names one holder twice, and the two are linked to different residents",
                    movedOn: nil, deadline: nil))
        }
        for row in try connection.execute(
            """
            WITH linked AS (
                SELECT p.record_key, p.person_role, l.resident_code,
                       \(lg) AS lg_code,
                       array_to_string((string_to_array(p.address_key, '|'))[1:8], '|') AS place
                  FROM (\(select)) p
                  JOIN regsync.link l ON l.registry = $1 AND l.record_key = p.record_key
                                     AND l.person_role = p.person_role AND l.decision = 'link'
                 WHERE p.address_key IS NOT NULL AND split_part(p.address_key, '|', 1) <> ''
            ), mixed AS (
                SELECT resident_code, count(DISTINCT place) AS places, count(*) AS records FROM linked
                 GROUP BY resident_code HAVING count(DISTINCT place) > 1
            )
            SELECT k.record_key, k.person_role, k.lg_code, m.places, m.records
              FROM linked k JOIN mixed m USING (resident_code)
             ORDER BY k.record_key, k.person_role
            """, [registry])
        {
            findings.append(
                Discrepancy(
                    recordKey: row["record_key"] ?? "", role: row["person_role"] ?? "", kind: "inconsistent-addresses",
                    lgCode: row["lg_code"],
                    detail:
                        "\(row["records"] ?? "?") records of one person in this registry show \(row["places"] ?? "?") different addresses",
                    movedOn: nil, deadline: nil))
        }
        for row in try connection.execute(
            """
            SELECT p.record_key, p.person_role FROM (\(select)) p
             WHERE coalesce(p.address, '') <> '' AND coalesce(split_part(coalesce(p.address_key, ''), '|', 1), '') = ''
               AND NOT EXISTS (SELECT 1 FROM regsync.link l WHERE l.registry = $1 AND l.record_key = p.record_key
                                AND l.person_role = p.person_role AND l.decision = 'link')
             ORDER BY 1, 2
            """, [registry])
        {
            findings.append(
                Discrepancy(
                    recordKey: row["record_key"] ?? "", role: row["person_role"] ?? "", kind: "unparseable-address",
                    lgCode: nil, detail: "the registry's address could not be read (municipality unknown)",
                    movedOn: nil,
                    deadline: nil))
        }
        return findings
    }

    /// One row of the changes report.
    public struct ChangeRow: Sendable {
        public var changeID: Int64
        public var recordKey: String
        public var role: String
        public var status: String
        public var kind: String
        public var oldAddress: String?
        public var newAddress: String?
        public var batch: Int64?
        public var movedOn: String?
        public var deadline: String?
        public var lgCode: String?
        public var holder: String
        public var policy: String
        public var substitute: Bool
    }

    /// Every change that is not superseded, by record key, role and id.
    public func changes() throws -> [ChangeRow] {
        try connection.execute(
            """
            SELECT change_id, record_key, person_role, status, kind, old_address, new_address, batch_id,
                   moved_on::text AS moved_on, deadline::text AS deadline, lg_code, holder, policy, substitute
              FROM regsync.change WHERE registry = $1 AND status <> 'superseded'
             ORDER BY record_key, person_role, change_id
            """, [registry]
        ).map {
            ChangeRow(
                changeID: Int64($0["change_id"] ?? "") ?? 0, recordKey: $0["record_key"] ?? "",
                role: $0["person_role"] ?? "", status: $0["status"] ?? "", kind: $0["kind"] ?? "",
                oldAddress: $0["old_address"], newAddress: $0["new_address"],
                batch: $0["batch_id"].flatMap { Int64($0) },
                movedOn: $0["moved_on"], deadline: $0["deadline"], lgCode: $0["lg_code"], holder: $0["holder"] ?? "",
                policy: $0["policy"] ?? "", substitute: $0.bool("substitute") ?? false)
        }
    }

    /// The findings of the last propagation of this registry.
    public func discrepancies() throws -> [Discrepancy] {
        try connection.execute(
            """
            SELECT record_key, person_role, kind, lg_code, detail, moved_on::text AS moved_on, deadline::text AS deadline
              FROM regsync.discrepancy WHERE registry = $1 ORDER BY record_key, person_role, kind
            """, [registry]
        ).map {
            Discrepancy(
                recordKey: $0["record_key"] ?? "", role: $0["person_role"] ?? "", kind: $0["kind"] ?? "",
                lgCode: $0["lg_code"], detail: $0["detail"] ?? "", movedOn: $0["moved_on"], deadline: $0["deadline"])
        }
    }
}

import RegsyncPostgres

/// Questions about residents that other stages need answered without seeing personal data.
public enum ResidentLookup {
    /// Of these resident codes, the ones known and not under DV protection.
    public static func unprotected(_ codes: [String], on connection: PostgresConnection) throws -> Set<String> {
        guard !codes.isEmpty else { return [] }
        let rows = try connection.execute(
            "SELECT resident_code FROM resident.person WHERE NOT dv_protected AND resident_code = ANY($1::text[])",
            [codes])
        return Set(rows.compactMap { $0["resident_code"] })
    }
}

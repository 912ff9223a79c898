import Foundation
import RegsyncLink
import RegsyncPostgres

/// The matcher's SQL: reads registry persons, residents and corporations in comparison
/// form, the stewards' decisions and the stored model, and writes links and candidates
/// set-based (COPY into a temporary table, then one statement per table).
public struct MatchStore {
    let connection: PostgresConnection
    public let registry: String

    public init(connection: PostgresConnection, registry: String) {
        self.connection = connection
        self.registry = registry
    }

    /// One registry person as read for matching.
    public struct Person: Sendable {
        public var recordKey: String
        public var role: String
        public var name: String?
        public var reading: String?
        public var addressKey: String?
        public var address: String?
        public var recordedOn: String?
        public var birthDate: String?
        public var corporateNumber: String?
        public var keysAt: String?
    }

    /// Which persons to read.
    public enum Selection: Sendable {
        /// Every current person.
        case all
        /// Persons without a link row, whose record changed since they were matched, or — with
        /// `unresolved` — whose last decision was review or no link.
        case pending(unresolved: Bool)
    }

    /// Streams the registry's persons.
    public func persons(_ selection: Selection, _ body: (Person) throws -> Void) throws {
        guard let select = RegistryPersons.select(for: registry) else { return }
        var filter = ""
        if case .pending(let unresolved) = selection {
            filter = """
                 WHERE NOT EXISTS (
                    SELECT 1 FROM regsync.link l
                     WHERE l.registry = '\(registry)' AND l.record_key = p.record_key AND l.person_role = p.person_role
                       AND l.input_keys_at IS NOT DISTINCT FROM p.keys_at
                       \(unresolved ? "AND l.decision = 'link'" : ""))
                """
        }
        try connection.copyOut(
            """
            COPY (SELECT record_key, person_role, name, name_kana, address_key, address, recorded_on::text,
                         birth_date::text, corporate_number, keys_at::text
                    FROM (\(select)) p\(filter)
                   ORDER BY record_key, person_role) TO STDOUT
            """
        ) { row in
            let f = CopyTextDecoder.fields(row)
            guard f.count == 10, let key = f[0], let role = f[1] else { return }
            try body(
                Person(
                    recordKey: key, role: role, name: f[2], reading: f[3], addressKey: f[4], address: f[5],
                    recordedOn: f[6], birthDate: f[7], corporateNumber: f[8], keysAt: f[9]))
        }
    }

    /// One resident in comparison form, with the address history and the night's events folded in.
    public struct Resident: Sendable {
        public var code: String
        public var name: String?
        public var reading: String?
        public var formerSurname: String?
        public var birthDate: String?
        public var household: String?
        public var status: String?
        public var protected: Bool
        /// (address key, valid from, valid to) as ISO dates, oldest first.
        public var addresses: [(key: String, from: String?, to: String?)]
        /// Other names (a 氏名変更 or reading correction tonight).
        public var otherNames: [(name: String, reading: String?)]
    }

    /// Streams every current resident.
    public func residents(_ body: (Resident) throws -> Void) throws {
        // One row per resident: the history and the events aggregated server-side (one hash
        // aggregate each), separated by control characters no key contains.
        try connection.copyOut(
            """
            COPY (
              WITH cancelled AS (
                SELECT cancels_event_id AS event_id FROM resident.event
                 WHERE kind = 'cancellation' AND removed_at IS NULL AND cancels_event_id IS NOT NULL
              ), history AS (
                SELECT a.resident_code,
                       string_agg(k.address_key || E'\\x1f' || coalesce(a.valid_from::text, '') || E'\\x1f'
                                  || coalesce(a.valid_to::text, ''), E'\\x1e' ORDER BY a.valid_from) AS addresses
                  FROM resident.address a JOIN resident.address_keys k USING (record_key)
                 WHERE a.removed_at IS NULL AND k.address_key IS NOT NULL
                 GROUP BY a.resident_code
              ), events AS (
                SELECT e.resident_code,
                       string_agg(e.kind || E'\\x1f' || coalesce(e.effective_date::text, '') || E'\\x1f'
                                  || coalesce(k.address_key, '') || E'\\x1f' || coalesce(e.name, '') || E'\\x1f'
                                  || coalesce(e.name_kana, ''), E'\\x1e' ORDER BY e.effective_date, e.event_id) AS events
                  FROM resident.event e LEFT JOIN resident.event_keys k USING (record_key)
                 WHERE e.removed_at IS NULL AND e.kind <> 'cancellation'
                   AND NOT EXISTS (SELECT 1 FROM cancelled c WHERE c.event_id = e.event_id)
                 GROUP BY e.resident_code
              )
              SELECT p.resident_code, p.name, p.name_kana, p.former_surname, p.birth_date::text, p.household_id,
                     p.status, p.dv_protected, h.addresses, v.events
                FROM resident.person p
                LEFT JOIN history h USING (resident_code)
                LEFT JOIN events v USING (resident_code)
               WHERE p.removed_at IS NULL
               ORDER BY p.resident_code
            ) TO STDOUT
            """
        ) { row in
            let f = CopyTextDecoder.fields(row)
            guard f.count == 10, let code = f[0] else { return }
            var resident = Resident(
                code: code, name: f[1], reading: f[2], formerSurname: f[3], birthDate: f[4], household: f[5],
                status: f[6], protected: f[7] == "t", addresses: [], otherNames: [])
            for entry in (f[8] ?? "").split(separator: "\u{1E}") {
                let parts = entry.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 3 else { continue }
                resident.addresses.append(
                    (parts[0], parts[1].isEmpty ? nil : parts[1], parts[2].isEmpty ? nil : parts[2]))
            }
            for entry in (f[9] ?? "").split(separator: "\u{1E}") {
                let parts = entry.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 5 else { continue }
                Self.apply(event: parts, to: &resident)
            }
            try body(resident)
        }
    }

    /// Folds one event (kind, effective date, address key, name, reading) into a resident.
    static func apply(event parts: [String], to resident: inout Resident) {
        let (kind, day, key, name, reading) = (parts[0], parts[1], parts[2], parts[3], parts[4])
        switch kind {
        case "move_within", "move_in", "bulk_address_change", "correction":
            guard !key.isEmpty else { break }
            let effective = day.isEmpty ? nil : day
            for index in resident.addresses.indices where resident.addresses[index].to == nil {
                if let effective, (resident.addresses[index].from ?? "") < effective {
                    resident.addresses[index].to = effective
                }
            }
            resident.addresses.append((key, effective, nil))
        case "name_change":
            if !name.isEmpty { resident.otherNames.append((name, reading.isEmpty ? nil : reading)) }
        default:
            break
        }
        if kind == "correction", !reading.isEmpty, let current = resident.name {
            resident.otherNames.append((name.isEmpty ? current : name, reading))
        }
    }

    /// One corporation for linking legal-entity holders.
    public struct Corporation: Sendable {
        public var number: String
        public var nameKey: String?
        public var addressKey: String?
        public var closed: Bool
    }

    /// Every current corporation of the commercial registry.
    public func corporations(_ body: (Corporation) throws -> Void) throws {
        try connection.copyOut(
            """
            COPY (SELECT c.corporate_number, k.name_key, k.address_key, c.close_date IS NOT NULL
                    FROM commercial.corporation c LEFT JOIN commercial.corporation_keys k USING (record_key)
                   WHERE c.removed_at IS NULL ORDER BY c.corporate_number) TO STDOUT
            """
        ) { row in
            let f = CopyTextDecoder.fields(row)
            guard f.count == 4, let number = f[0] else { return }
            try body(Corporation(number: number, nameKey: f[1], addressKey: f[2], closed: f[3] == "t"))
        }
    }

    /// A steward's decision on a pair.
    public struct StewardVerdict: Sendable {
        public var recordKey: String
        public var role: String
        public var residentCode: String
        public var confirm: Bool
        public var steward: String
    }

    /// The stewards' decisions for this registry.
    public func stewardVerdicts() throws -> [StewardVerdict] {
        try connection.execute(
            """
            SELECT record_key, person_role, resident_code, verdict, steward
              FROM regsync.steward_decision WHERE registry = $1 ORDER BY decided_at, record_key
            """, [registry]
        ).map {
            StewardVerdict(
                recordKey: $0["record_key"] ?? "", role: $0["person_role"] ?? "",
                residentCode: $0["resident_code"] ?? "",
                confirm: $0["verdict"] == "confirm", steward: $0["steward"] ?? "")
        }
    }

    /// Whether this registry was matched before, and the resident register's state then.
    public func state() throws -> (runID: String, residentsVersion: String?)? {
        guard
            let row = try connection.execute(
                "SELECT last_run_id, residents_version AS version FROM regsync.match_state WHERE registry = $1",
                [registry]
            ).first
        else { return nil }
        return (row["last_run_id"] ?? "", row["version"])
    }

    /// The resident register's version: the newest file imported into it (a new file may
    /// resolve persons left in review or unlinked).
    public func residentsVersion() throws -> String? {
        try connection.execute(
            "SELECT max(file_id)::text AS version FROM regsync.imported_file WHERE target LIKE 'resident.%'"
        ).first?["version"]
    }

    /// The newest stored model trained with a configuration of this digest.
    public func model(configSHA256: String) throws -> MatchModel? {
        guard
            let text = try connection.execute(
                """
                SELECT model::text AS model FROM regsync.match_model
                 WHERE registry = $1 AND config_sha256 = $2 ORDER BY trained_at DESC, run_id DESC LIMIT 1
                """, [registry, configSHA256]
            ).first?["model"]
        else { return nil }
        return try JSONDecoder().decode(MatchModel.self, from: Data(text.utf8))
    }
}

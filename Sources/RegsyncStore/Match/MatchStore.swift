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
        // A literal, as COPY (query) takes no parameters (the registry is one of a fixed few).
        let registryLiteral = try connection.quoteLiteral(registry)
        var filter = ""
        if case .pending(let unresolved) = selection {
            filter = """
                 WHERE NOT EXISTS (
                    SELECT 1 FROM regsync.link l
                     WHERE l.registry = \(registryLiteral) AND l.record_key = p.record_key AND l.person_role = p.person_role
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

    /// One resident's own row (the address history and events are read apart).
    public struct Resident: Sendable {
        public var code: String
        public var name: String?
        public var reading: String?
        public var formerSurname: String?
        public var birthDate: String?
        public var household: String?
        public var status: String?
        public var protected: Bool
    }

    /// Streams every current resident.
    public func residents(_ body: (Resident) throws -> Void) throws {
        try connection.copyOut(
            """
            COPY (SELECT resident_code, name, name_kana, former_surname, birth_date::text, household_id, status,
                         dv_protected
                    FROM resident.person WHERE removed_at IS NULL ORDER BY resident_code) TO STDOUT
            """
        ) { row in
            let f = CopyTextDecoder.fields(row)
            guard f.count == 8, let code = f[0] else { return }
            try body(
                Resident(
                    code: code, name: f[1], reading: f[2], formerSurname: f[3], birthDate: f[4], household: f[5],
                    status: f[6], protected: f[7] == "t"))
        }
    }

    /// Streams every address of every current resident's history, in no particular order:
    /// the resident code and the address key as bytes, the validity as packed `yyyymmdd`
    /// (0 unknown / still valid). Two million rows: no `String` is made per row.
    public func residentAddresses(
        _ body: (_ code: UnsafeRawBufferPointer, _ key: UnsafeRawBufferPointer, _ from: Int32, _ to: Int32) throws ->
            Void
    ) throws {
        var ranges: [Range<Int>?] = []
        try connection.copyOut(
            """
            COPY (SELECT a.resident_code, k.address_key, a.valid_from, a.valid_to
                    FROM resident.address a JOIN resident.address_keys k USING (record_key)
                   WHERE a.removed_at IS NULL AND k.address_key IS NOT NULL) TO STDOUT
            """
        ) { row in
            if CopyTextDecoder.ranges(row, into: &ranges), ranges.count == 4, let code = ranges[0], let key = ranges[1]
            {
                try body(
                    UnsafeRawBufferPointer(rebasing: row[code]), UnsafeRawBufferPointer(rebasing: row[key]),
                    Self.packedDate(row, ranges[2]), Self.packedDate(row, ranges[3]))
            } else {
                let f = CopyTextDecoder.fields(row)
                guard f.count == 4, var code = f[0], var key = f[1] else { return }
                let from = Self.packedDate(f[2])
                let to = Self.packedDate(f[3])
                try code.withUTF8 { codeBytes in
                    try key.withUTF8 { keyBytes in
                        try body(UnsafeRawBufferPointer(codeBytes), UnsafeRawBufferPointer(keyBytes), from, to)
                    }
                }
            }
        }
    }

    /// An event of tonight's feed that changes how a resident is matched: a new address or a new name.
    public struct Event: Sendable {
        public var kind: String
        public var effectiveDate: String?
        public var addressKey: String?
        public var name: String?
        public var reading: String?
    }

    /// The events of the change feed (cancelled ones and cancellations left out), per resident,
    /// in effective order.
    public func residentEvents() throws -> [String: [Event]] {
        var events: [String: [Event]] = [:]
        try connection.copyOut(
            """
            COPY (SELECT e.resident_code, e.kind, e.effective_date::text, k.address_key, e.name, e.name_kana
                    FROM resident.event e LEFT JOIN resident.event_keys k USING (record_key)
                   WHERE e.removed_at IS NULL AND e.kind <> 'cancellation'
                     AND NOT EXISTS (SELECT 1 FROM resident.event c
                                      WHERE c.kind = 'cancellation' AND c.removed_at IS NULL
                                        AND c.cancels_event_id = e.event_id)
                   ORDER BY e.resident_code, e.effective_date, e.event_id) TO STDOUT
            """
        ) { row in
            let f = CopyTextDecoder.fields(row)
            guard f.count == 6, let code = f[0], let kind = f[1] else { return }
            events[code, default: []].append(
                Event(kind: kind, effectiveDate: f[2], addressKey: f[3], name: f[4], reading: f[5]))
        }
        return events
    }

    /// `2020-01-31` → 20200131 (0 when absent).
    static func packedDate(_ text: String?) -> Int32 {
        guard let text, text.utf8.count == 10 else { return 0 }
        var value: Int32 = 0
        for byte in text.utf8 where byte != 0x2D { value = value * 10 + Int32(byte &- 0x30) }
        return value
    }

    static func packedDate(_ row: UnsafeRawBufferPointer, _ range: Range<Int>?) -> Int32 {
        guard let range, range.count == 10 else { return 0 }
        var value: Int32 = 0
        for index in range where row[index] != 0x2D { value = value * 10 + Int32(row[index] &- 0x30) }
        return value
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

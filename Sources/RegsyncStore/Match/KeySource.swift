/// What the keys stage reads and writes for one table: the columns holding names and
/// addresses as imported, and the columns their comparison keys go to.
public struct KeySource: Sendable, Hashable {
    /// One normalised field.
    public struct Field: Sendable, Hashable {
        /// What the field holds.
        public enum Kind: Sendable, Hashable {
            /// A name: its strict key goes to `key`; with `reading`, the reading's key to `readingKey`.
            case name(reading: String?, readingKey: String?)
            /// An address: its key goes to `key`, the municipality code to `lgCode`.
            case address(lgCode: String)
        }

        /// The column with the value as imported.
        public let source: String
        /// The column the comparison key goes to.
        public let key: String
        public let kind: Kind

        /// The columns this field writes, in order.
        public var outputs: [String] {
            switch kind {
            case .name(_, let readingKey): [key] + (readingKey.map { [$0] } ?? [])
            case .address(let lgCode): [key, lgCode]
            }
        }

        /// The columns this field reads, in order.
        public var inputs: [String] {
            switch kind {
            case .name(let reading, _): [source] + (reading.map { [$0] } ?? [])
            case .address: [source]
            }
        }
    }

    /// `schema.table`.
    public let table: String
    public let fields: [Field]

    /// The side table holding the keys (`schema.table_keys`), one row per record version.
    public var keysTable: String { table + "_keys" }

    /// The side table's secondary indexes (blocking lookups), as migration 3 creates them:
    /// dropped while a large batch of keys is written and built again after.
    public var indexes: [(name: String, columns: String)] {
        switch table {
        case "resident.person": [("person_keys_name_idx", "name_key")]
        case "resident.address": [("address_keys_address_idx", "address_key")]
        case "vehicle.registration":
            [
                ("registration_keys_owner_idx", "owner_address_lg_code, owner_name_key"),
                ("registration_keys_user_idx", "user_address_lg_code, user_name_key"),
            ]
        case "realestate.owner": [("owner_keys_block_idx", "owner_address_lg_code, owner_name_key")]
        case "commercial.corporation": [("corporation_keys_name_idx", "name_key")]
        case "commercial.officer": [("officer_keys_block_idx", "address_lg_code, name_key")]
        default: []
        }
    }

    /// Every table whose rows the matcher compares, residents first.
    public static let all: [KeySource] = [
        KeySource(
            table: "resident.person",
            fields: [
                Field(source: "name", key: "name_key", kind: .name(reading: "name_kana", readingKey: "name_kana_key"))
            ]),
        KeySource(
            table: "resident.address",
            fields: [Field(source: "address", key: "address_key", kind: .address(lgCode: "address_lg_code"))]),
        KeySource(
            table: "resident.event",
            fields: [
                Field(source: "address", key: "address_key", kind: .address(lgCode: "address_lg_code")),
                Field(source: "name", key: "name_key", kind: .name(reading: nil, readingKey: nil)),
            ]),
        KeySource(
            table: "vehicle.registration",
            fields: [
                Field(source: "owner_name", key: "owner_name_key", kind: .name(reading: nil, readingKey: nil)),
                Field(
                    source: "owner_address", key: "owner_address_key", kind: .address(lgCode: "owner_address_lg_code")),
                Field(source: "user_name", key: "user_name_key", kind: .name(reading: nil, readingKey: nil)),
                Field(source: "user_address", key: "user_address_key", kind: .address(lgCode: "user_address_lg_code")),
            ]),
        KeySource(
            table: "realestate.owner",
            fields: [
                Field(source: "owner_name", key: "owner_name_key", kind: .name(reading: nil, readingKey: nil)),
                Field(
                    source: "owner_address", key: "owner_address_key", kind: .address(lgCode: "owner_address_lg_code")),
            ]),
        KeySource(
            table: "commercial.corporation",
            fields: [
                Field(source: "name", key: "name_key", kind: .name(reading: nil, readingKey: nil)),
                Field(source: "address", key: "address_key", kind: .address(lgCode: "address_lg_code")),
            ]),
        KeySource(
            table: "commercial.officer",
            fields: [
                Field(source: "name", key: "name_key", kind: .name(reading: "name_kana", readingKey: "name_kana_key")),
                Field(source: "address", key: "address_key", kind: .address(lgCode: "address_lg_code")),
            ]),
    ]

    /// The tables a registry's matching needs normalised: the resident register's, its own,
    /// and the commercial registry's corporations (legal-entity holders link to them).
    public static func sources(for registry: String) -> [KeySource] {
        all.filter {
            $0.table.hasPrefix("resident.") || $0.table.hasPrefix(registry + ".")
                || $0.table == "commercial.corporation"
        }
    }

    /// Every input column, in order.
    public var inputs: [String] { fields.flatMap(\.inputs) }
    /// Every output column, in order.
    public var outputs: [String] { fields.flatMap(\.outputs) }
}

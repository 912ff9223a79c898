/// The tables regsync imports into, described as data: their canonical fields with
/// types, so that mappings can be validated and loaders generated without per-table code.
///
/// The store's migrations create these tables; a test checks that both agree.
public struct ImportTarget: Sendable, Hashable {
    /// `schema.table`.
    public let name: String
    /// The registry argument of `regsync import` that may load this table.
    public let registry: String
    public let columns: [TargetColumn]

    public var schema: String { String(name.split(separator: ".")[0]) }
    public var table: String { String(name.split(separator: ".").last ?? "") }

    /// The column named `name`, if the table has it.
    public func column(_ name: String) -> TargetColumn? { columns.first { $0.name == name } }

    /// Columns a mapping must fill.
    public var requiredColumns: [TargetColumn] { columns.filter(\.required) }
}

/// One canonical field of an import target.
public struct TargetColumn: Sendable, Hashable {
    /// The SQL type family of a column.
    public enum Kind: String, Sendable, Hashable {
        case text, date, integer, boolean
        /// A keyed pseudonym (HMAC) computed from a secret source value that is never stored.
        case keyedHash = "keyed_hash"
    }

    /// What a column means, for masking and normalisation.
    public enum Role: String, Sendable, Hashable {
        case plain, personName, reading, address, postalCode, protectionFlag, identifier
        /// The code of the municipality a person lives in (全国地方公共団体コード).
        case municipalityCode

        /// Roles whose value locates a person: all masked for a DV-protected one (支援措置).
        public static let locating: Set<Role> = [.address, .postalCode, .municipalityCode]
    }

    public let name: String
    public let kind: Kind
    public let role: Role
    /// Must be mapped and non-empty in every row.
    public let required: Bool
    /// For `.keyedHash`: the name of the mapping field that carries the secret value.
    public let sourceField: String?

    init(_ name: String, _ kind: Kind = .text, _ role: Role = .plain, required: Bool = false, from: String? = nil) {
        self.name = name
        self.kind = kind
        self.role = role
        self.required = required
        sourceField = from
    }

    /// The name a mapping uses for this column (the secret source field for keyed hashes).
    public var mappingName: String { sourceField ?? name }
}

extension ImportTarget {
    /// Every table `regsync import` can load.
    public static let all: [ImportTarget] = [
        residentPerson, residentAddress, residentEvent, vehicleRegistration, realEstateOwner, corporation, officer,
    ]

    /// The target named `schema.table`.
    public static func named(_ name: String) -> ImportTarget? { all.first { $0.name == name } }

    /// The target of mappings that only `regsync link` reads: any field names, all text.
    public static let linkTargetName = "link"

    /// The target of a `link` mapping with these fields.
    public static func linkRecord(fieldNames: [String]) -> ImportTarget {
        var names: [String] = []
        for name in fieldNames where !names.contains(name) { names.append(name) }
        return ImportTarget(name: linkTargetName, registry: "", columns: names.map { TargetColumn($0) })
    }

    /// The registry names accepted by `regsync import`.
    public static var registries: [String] {
        var seen: [String] = []
        for target in all where !seen.contains(target.registry) { seen.append(target.registry) }
        return seen
    }

    public static let residentPerson = ImportTarget(
        name: "resident.person", registry: "resident",
        columns: [
            TargetColumn("resident_code", .text, .identifier, required: true),
            TargetColumn("name", .text, .personName, required: true),
            TargetColumn("name_kana", .text, .reading),
            TargetColumn("former_surname", .text, .personName),
            TargetColumn("birth_date", .date),
            TargetColumn("sex"),
            TargetColumn("status"),
            TargetColumn("dv_protected", .boolean, .protectionFlag),
            TargetColumn("individual_number_hmac", .keyedHash, .identifier, from: "individual_number"),
            TargetColumn("household_id"),
            TargetColumn("became_resident_on", .date),
        ])

    public static let residentAddress = ImportTarget(
        name: "resident.address", registry: "resident",
        columns: [
            TargetColumn("resident_code", .text, .identifier, required: true),
            TargetColumn("valid_from", .date),
            TargetColumn("valid_to", .date),
            TargetColumn("address", .text, .address, required: true),
            TargetColumn("postal_code", .text, .postalCode),
            TargetColumn("lg_code", .text, .municipalityCode),
            // The event that set the address (異動事由), in the events' codes: move_in,
            // move_within, birth, correction, bulk_address_change (an administrative change,
            // not a move). Older extracts have none.
            TargetColumn("cause"),
        ])

    public static let residentEvent = ImportTarget(
        name: "resident.event", registry: "resident-events",
        columns: [
            TargetColumn("event_id", .text, .identifier, required: true),
            TargetColumn("resident_code", .text, .identifier, required: true),
            TargetColumn("kind", required: true),
            TargetColumn("effective_date", .date),
            TargetColumn("processed_date", .date),
            TargetColumn("address", .text, .address),
            TargetColumn("postal_code", .text, .postalCode),
            TargetColumn("lg_code", .text, .municipalityCode),
            TargetColumn("name", .text, .personName),
            TargetColumn("name_kana", .text, .reading),
            TargetColumn("cancels_event_id"),
        ])

    public static let vehicleRegistration = ImportTarget(
        name: "vehicle.registration", registry: "vehicle",
        columns: [
            TargetColumn("registration_number"),
            TargetColumn("chassis_number", required: true),
            TargetColumn("vehicle_name"),
            TargetColumn("model"),
            TargetColumn("first_registered_on", .date),
            TargetColumn("registered_on", .date),
            TargetColumn("owner_name", .text, .personName),
            TargetColumn("owner_name_kana", .text, .reading),
            TargetColumn("owner_address", .text, .address),
            TargetColumn("owner_address_recorded_on", .date),
            TargetColumn("owner_corporate_number", .text, .identifier),
            TargetColumn("user_name", .text, .personName),
            TargetColumn("user_address", .text, .address),
            TargetColumn("base_location", .text, .address),
        ])

    public static let realEstateOwner = ImportTarget(
        name: "realestate.owner", registry: "realestate",
        columns: [
            TargetColumn("property_number", required: true),
            TargetColumn("property_kind"),
            TargetColumn("location", .text, .address),
            TargetColumn("lot_number"),
            TargetColumn("rank_number"),
            TargetColumn("purpose"),
            TargetColumn("receipt_date", .date),
            TargetColumn("receipt_number"),
            TargetColumn("cause"),
            TargetColumn("cause_date", .date),
            TargetColumn("owner_seq", .integer),
            TargetColumn("owner_name", .text, .personName),
            TargetColumn("owner_name_kana", .text, .reading),
            TargetColumn("owner_address", .text, .address),
            TargetColumn("owner_corporate_number", .text, .identifier),
            TargetColumn("share"),
            // The owner consented to ex-officio address changes (from 2026-04-01).
            TargetColumn("address_change_consent", .boolean),
        ])

    public static let corporation = ImportTarget(
        name: "commercial.corporation", registry: "commercial",
        columns: [
            TargetColumn("corporate_number", .text, .identifier, required: true),
            TargetColumn("sequence_number", .integer),
            TargetColumn("process"),
            TargetColumn("correct", .boolean),
            TargetColumn("update_date", .date),
            TargetColumn("change_date", .date),
            TargetColumn("name", .text, .personName),
            TargetColumn("name_image_id"),
            TargetColumn("kind"),
            TargetColumn("prefecture_name"),
            TargetColumn("city_name"),
            TargetColumn("street_number"),
            TargetColumn("address_image_id"),
            TargetColumn("prefecture_code"),
            TargetColumn("city_code"),
            TargetColumn("post_code", .text, .postalCode),
            TargetColumn("address", .text, .address),
            TargetColumn("address_outside"),
            TargetColumn("address_outside_image_id"),
            TargetColumn("close_date", .date),
            TargetColumn("close_cause"),
            TargetColumn("successor_corporate_number", .text, .identifier),
            TargetColumn("change_cause"),
            TargetColumn("assignment_date", .date),
            TargetColumn("latest", .boolean),
            TargetColumn("en_name"),
            TargetColumn("en_prefecture_name"),
            TargetColumn("en_city_name"),
            TargetColumn("en_address_outside"),
            TargetColumn("furigana", .text, .reading),
            TargetColumn("hihyoji", .boolean),
        ])

    public static let officer = ImportTarget(
        name: "commercial.officer", registry: "commercial",
        columns: [
            TargetColumn("corporate_number", .text, .identifier, required: true),
            TargetColumn("officer_id"),
            TargetColumn("role"),
            TargetColumn("name", .text, .personName, required: true),
            TargetColumn("name_kana", .text, .reading),
            TargetColumn("address", .text, .address),
            TargetColumn("birth_date", .date),
            TargetColumn("appointed_on", .date),
            TargetColumn("address_recorded_on", .date),
        ])
}

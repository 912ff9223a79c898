/// The registry persons of each registry — one person-role of a record: vehicle owner and
/// user, each real-estate owner (持分 row), each commercial representative and officer — as
/// one SQL select with the same columns for every registry.
public enum RegistryPersons {
    /// The columns every registry's select gives, in order.
    public static let columns = [
        "record_key", "person_role", "name", "name_kana", "address_key", "address", "recorded_on", "birth_date",
        "corporate_number", "keys_at",
    ]

    /// The registries, with their persons' select (current records only). The vehicle user's
    /// address has no date of its own (only the owner's does): it is compared as the current one.
    public static func select(for registry: String) -> String? {
        switch registry {
        case "vehicle":
            """
            SELECT record_key, 'owner'::text AS person_role, owner_name AS name, owner_name_kana AS name_kana,
                   owner_address_key AS address_key, owner_address AS address,
                   coalesce(owner_address_recorded_on, registered_on) AS recorded_on, NULL::date AS birth_date,
                   owner_corporate_number AS corporate_number, keys_at
              FROM vehicle.registration WHERE removed_at IS NULL AND coalesce(owner_name, '') <> ''
            UNION ALL
            SELECT record_key, 'user'::text, user_name, NULL::text, user_address_key, user_address, NULL::date,
                   NULL::date, NULL::text, keys_at
              FROM vehicle.registration WHERE removed_at IS NULL AND coalesce(user_name, '') <> ''
            """
        case "realestate":
            """
            SELECT record_key, 'owner'::text AS person_role, owner_name AS name, owner_name_kana AS name_kana,
                   owner_address_key AS address_key, owner_address AS address,
                   coalesce(receipt_date, cause_date) AS recorded_on, NULL::date AS birth_date,
                   owner_corporate_number AS corporate_number, keys_at
              FROM realestate.owner WHERE removed_at IS NULL AND coalesce(owner_name, '') <> ''
            """
        case "commercial":
            // 代表取締役, 代表社員, 代表理事, 代表執行役 …: representatives; everyone else an officer.
            """
            SELECT record_key,
                   CASE WHEN coalesce(role, '') LIKE '%代表%' THEN 'representative' ELSE 'officer' END AS person_role,
                   name, name_kana, address_key, address, coalesce(address_recorded_on, appointed_on) AS recorded_on,
                   birth_date, NULL::text AS corporate_number, keys_at
              FROM commercial.officer WHERE removed_at IS NULL AND coalesce(name, '') <> ''
            """
        default: nil
        }
    }

    /// The registry tables a registry's persons come from.
    public static func tables(for registry: String) -> [String] {
        switch registry {
        case "vehicle": ["vehicle.registration"]
        case "realestate": ["realestate.owner"]
        case "commercial": ["commercial.officer"]
        default: []
        }
    }
}

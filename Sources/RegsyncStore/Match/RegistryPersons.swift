/// The registry persons of each registry — one person-role of a record: vehicle owner and
/// user, each real-estate owner (持分 row), each commercial representative and officer — as
/// one SQL select with the same columns for every registry.
public enum RegistryPersons {
    /// The registries whose persons are matched, in the order pages list them.
    public static let registries = ["vehicle", "realestate", "commercial"]

    /// The columns every registry's select gives, in order. `keys_at` is the record's version
    /// (its `updated_at`): a decision made on another version is out of date.
    public static let columns = [
        "record_key", "person_role", "name", "name_kana", "address_key", "address", "recorded_on", "birth_date",
        "corporate_number", "keys_at", "consent",
    ]

    /// The registries, with their persons' select (current records only). The vehicle user's
    /// address has no date of its own (only the owner's does): it is compared as the current one.
    public static func select(for registry: String) -> String? {
        switch registry {
        case "vehicle":
            """
            SELECT t.record_key, 'owner'::text AS person_role, t.owner_name AS name, t.owner_name_kana AS name_kana,
                   k.owner_address_key AS address_key, t.owner_address AS address,
                   coalesce(t.owner_address_recorded_on, t.registered_on) AS recorded_on, NULL::date AS birth_date,
                   t.owner_corporate_number AS corporate_number, t.updated_at AS keys_at, NULL::boolean AS consent
              FROM vehicle.registration t LEFT JOIN vehicle.registration_keys k USING (record_key)
             WHERE t.removed_at IS NULL AND coalesce(t.owner_name, '') <> ''
            UNION ALL
            SELECT t.record_key, 'user'::text, t.user_name, NULL::text, k.user_address_key, t.user_address, NULL::date,
                   NULL::date, NULL::text, t.updated_at, NULL::boolean
              FROM vehicle.registration t LEFT JOIN vehicle.registration_keys k USING (record_key)
             WHERE t.removed_at IS NULL AND coalesce(t.user_name, '') <> ''
            """
        case "realestate":
            """
            SELECT t.record_key, 'owner'::text AS person_role, t.owner_name AS name, t.owner_name_kana AS name_kana,
                   k.owner_address_key AS address_key, t.owner_address AS address,
                   coalesce(t.receipt_date, t.cause_date) AS recorded_on, NULL::date AS birth_date,
                   t.owner_corporate_number AS corporate_number, t.updated_at AS keys_at,
                   t.address_change_consent AS consent
              FROM realestate.owner t LEFT JOIN realestate.owner_keys k USING (record_key)
             WHERE t.removed_at IS NULL AND coalesce(t.owner_name, '') <> ''
            """
        case "commercial":
            // 代表取締役, 代表社員, 代表理事, 代表執行役 …: representatives; everyone else an officer.
            """
            SELECT t.record_key,
                   CASE WHEN coalesce(t.role, '') LIKE '%代表%' THEN 'representative' ELSE 'officer' END AS person_role,
                   t.name, t.name_kana, k.address_key, t.address,
                   coalesce(t.address_recorded_on, t.appointed_on) AS recorded_on, t.birth_date,
                   NULL::text AS corporate_number, t.updated_at AS keys_at, NULL::boolean AS consent
              FROM commercial.officer t LEFT JOIN commercial.officer_keys k USING (record_key)
             WHERE t.removed_at IS NULL AND coalesce(t.name, '') <> ''
            """
        default: nil
        }
    }

    /// The registry column a person's address is written to, and the column of the day it was
    /// recorded (set to the day a change is applied), for each registry and role.
    public static func addressColumns(registry: String, role: String) -> (address: String, recordedOn: String?)? {
        switch (registry, role) {
        case ("vehicle", "owner"): ("owner_address", "owner_address_recorded_on")
        case ("vehicle", "user"): ("user_address", nil)
        case ("realestate", "owner"): ("owner_address", nil)
        case ("commercial", "representative"), ("commercial", "officer"): ("address", "address_recorded_on")
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

/// The linkage configuration each registry ships with (`regsync match REGISTRY` without
/// `--config`), as YAML text so that it reads like any configuration file and can be
/// printed, copied and edited (`regsync match REGISTRY --print-config`).
///
/// Features the store provides for every registry: `name` (the holder's name, its reading
/// where the ledger has one, and the resident's former surnames and earlier names),
/// `birth_date`, `address` (the ledger's address with the day it was recorded; the
/// resident's whole address history with validity dates), `household` (the resident's 世帯).
public enum RegistryConfigs {
    /// The registries `regsync match` links.
    public static let registries = ["vehicle", "realestate", "commercial"]

    /// The configuration text for `registry`.
    public static func text(for registry: String) -> String? {
        switch registry {
        case "vehicle": template(registry: "vehicle", birthDate: false)
        case "realestate": template(registry: "realestate", birthDate: false)
        case "commercial": template(registry: "commercial", birthDate: true)
        default: nil
        }
    }

    /// The parsed configuration for `registry`.
    public static func config(for registry: String) -> LinkConfig? {
        guard let text = text(for: registry) else { return nil }
        return try? LinkConfig.parse(text, file: "built-in \(registry) configuration")
    }

    static func template(registry: String, birthDate: Bool) -> String {
        let birthComparison =
            birthDate
            ? """
              - name: birth_date
                kind: date
                feature: birth_date

            """ : ""
        let birthRule =
            birthDate
            ? """
              - name: given_birth
                keys: [name.given, birth_date.value]

            """ : ""
        let birthAnchor =
            birthDate
            ? """
                - comparison: birth_date
                  levels: [exact]

            """ : ""
        let fuzzyAnchor =
            birthDate
            ? """
                - comparison: birth_date
                  levels: [exact]
            """
            : """
                - comparison: address
                  levels: [exact_valid]
            """
        return """
            # Built-in linkage of \(registry) registry persons to residents (docs/linkage.md).
            linkage: \(registry)-residents
            features:
              name: {kind: person_name, field: name, reading: name_kana, former: [former_surname]}
              birth_date: {kind: date, field: birth_date}
              address: {kind: address, field: address, reference_date: recorded_on}
              household: {kind: group, field: household_id}
            comparisons:
              - name: surname
                kind: surname
                feature: name
                term_frequency: true
              - name: given_name
                kind: given_name
                feature: name
                term_frequency: true
            \(birthComparison)  - name: address
                kind: address_history
                feature: address
                term_frequency: true
            blocking:
              - name: full_name
                keys: [name.full]
              - name: loose_name
                keys: [name.loose]
              - name: reading
                keys: [name.reading]
              - name: address
                keys: [address.place]
                max_block: 300
              - name: surname_municipality
                keys: [name.surname, address.municipality]
                max_block: 400
            \(birthRule)training:
              seed: 1
              u_sample_pairs: 1000000
            decision:
              link_weight: 7
              review_weight: -5
              margin: 6
              # A link needs more than name and municipality: an address down to the town or
              # an equal birth date. Older ledger addresses that the register no longer keeps
              # go to review, never to a guessed link.
              anchors:
                - comparison: address
                  levels: [exact_valid, exact_other, town]
            \(birthAnchor)  # A name that agrees only up to a typo or by its reading needs one more proof.
              fuzzy:
                - comparison: surname
                  levels: [typo]
                - comparison: given_name
                  levels: [typo, reading]
              fuzzy_anchors:
            \(fuzzyAnchor)
              # Members of one household share surname and address: when another member is
              # plausible too, only an agreeing given name tells them apart.
              group: household
              strong:
                - comparison: given_name
                  levels: [exact, variant]
              keep_candidates: 3

            """
    }
}

/// The README written next to the ground truth files.
enum TruthReadme {
    static func text(config: SynthConfig, parts: Set<Generator.Part>) -> String {
        """
        # Ground truth of a synthetic data set

        Written by `regsync-synth` (seed \(config.seed), \(config.residents) residents, night \
        \(DateNotation.iso(config.asOf))). Parts generated: \
        \(Generator.Part.allCases.filter(parts.contains).map(\.rawValue).joined(separator: ", ")).

        The register extract (`residents.csv`, `resident-addresses.csv`) is the state *before*
        the night; `resident-events.csv` is the night's change feed (処理日 = the night). The
        truth describes the state after importing all three.

        ## links.csv
        One row per person role of a registry record (UTF-8, header row):

        | column | meaning |
        |---|---|
        | `registry` | `vehicle`, `realestate` or `commercial` |
        | `record_key` | the record's natural key as the mapping defines it, after the mapping's transforms, fields joined with `\\|`: vehicle `chassis_number` (ASCII, upper case); realestate `property_number\\|owner_seq` (an empty 共有者番号 is `1`); commercial `corporate_number\\|officer_id` (ASCII digits) |
        | `role` | `owner` or `user` (vehicle), `owner` (realestate), `officer` (commercial) |
        | `resident_code` | the 住民票コード of the resident the person is, or empty |
        | `reason` | `same_person`; `namesake` (the resident, and another resident of the same municipality has the same name); `not_in_register` (a person the register does not hold; 5 % of them carry a resident's name); `legal_entity` (a corporation) |

        ## expected-changes.csv
        The same rows, with what a correct propagation run does:

        | column | meaning |
        |---|---|
        | `registry`, `record_key`, `role`, `resident_code` | as in links.csv |
        | `outcome` | see below |
        | `expected_address` | for `update_address` and `administrative_change`: the resident's address after the night in rendered standard notation (`AddressNormalizer` rendering: 東京都千代田区霞が関一丁目3番1号, then one space and the width-folded 方書 when there is one); empty otherwise |

        Outcomes, decided in this order:
        - `no_link`: the person is not a resident (not in the register, or a legal entity).
        - `holder_deceased`: the resident is deceased (in the extract or by tonight's 死亡).
        - `moved_abroad`: the resident moved abroad (in the extract or by tonight's 国外転出).
        - `no_change`: the registry holds the resident's current address (the one valid after
          the night), whatever the notation; also when only the building is missing.
        - `dv_hold`: the resident is under DV support measures and the address differs: never
          propagate. The protected address appears nowhere in this file.
        - `update_address`: the resident moved (転居/転入, possibly tonight) after the
          address the registry holds.
        - `administrative_change`: the address changed only by 住所一括変更 (a renaming or
          住居表示 implementation), without a move.

        A cancelled move (異動の取消し in the feed) changes nothing. Officers whose address is
        shown to the municipality only (allowed since 2024-10-01) are `no_change`: never
        correct such an address from the register.
        """
    }
}

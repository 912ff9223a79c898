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
        | `role` | `owner` or `user` (vehicle), `owner` (realestate), `representative` (a 役職 with 代表: 代表取締役, 代表社員, 代表理事 …) or `officer` (commercial) |
        | `resident_code` | the 住民票コード of the resident the person is, or empty |
        | `reason` | `same_person`; `namesake` (the resident, and another resident of the same municipality has the same name); `not_in_register` (a person the register does not hold; 5 % of them carry a resident's name); `legal_entity` (a corporation) |
        | `difficulty` | the difficulty classes of the person, `;`-joined in the order of their names; empty when none applies |

        Difficulty classes (a person may have several):

        | class | the person |
        |---|---|
        | `former_surname` | the ledger writes the resident's former surname, the one the register's 旧氏 column holds: the record was made before the marriage |
        | `household` | another resident record of the extract (any status) has the same surname and the same latest address: a look-alike |
        | `legal_entity` | a corporation (as `reason`) |
        | `moved_unfiled` | the ledger holds an earlier address of the resident that the extract still keeps (a change the registry was not told of) |
        | `namesake` | another resident of the same municipality has the same name (as `reason`) |
        | `not_in_register` | a person the register does not hold (as `reason`) |
        | `truncated_history` | the ledger holds an address older than every address the extract keeps for the resident (the extract keeps only the current and the previous address) |
        | `twin` | the resident has a twin in the household: same birth date, surname and address |
        | `twin_same_reading` | a twin whose given name has the same reading as the twin's, in different kanji: without a birth date, the reading cannot tell them apart |
        | `typo` | the ledger's name has a typo: a confusable kanji (大/太, 末/未, 佐/左 …), a dropped or doubled character, or (officers only, the one layout that always writes the reading) a wrong kana in the reading |
        | `variant_given` | the ledger writes the given name with a variant kanji of the register's form (眞/真, 惠/恵 …) or the standard form of the register's variant |

        Rates of this data set: twins in \(percent(config.twinRate)) of the households with two or more children \
        (\(percent(config.twinSameReadingShare)) of the pairs with one reading), and \(percent(config.twinRecordRate)) of \
        vehicle and real-estate records made for adult twins; a 旧氏 for \(percent(config.formerSurnameRate)) of married \
        women; extracts keeping only the current and previous address for \(percent(config.truncatedHistoryRate)) of \
        households; typos in \(percent(config.typoRate)) of ledger person names.

        ## expected-changes.csv
        The same rows, with what a correct propagation run does:

        | column | meaning |
        |---|---|
        | `registry`, `record_key`, `role`, `resident_code` | as in links.csv |
        | `outcome` | see below |
        | `expected_address` | for `update_address` and `administrative_change`: the resident's (or the corporation's) address after the night in rendered standard notation (`AddressNormalizer` rendering: 東京都千代田区霞が関一丁目3番1号, then one space and the width-folded 方書 when there is one); empty otherwise |

        Outcomes, decided in this order:
        - `no_link`: the person is not a resident (not in the register, or a legal entity
          whose corporation did not move).
        - `holder_deceased`: the resident is deceased (in the extract or by tonight's 死亡).
        - `moved_abroad`: the resident moved abroad (in the extract or by tonight's 国外転出).
        - `no_change`: the registry holds the resident's current address (the one valid after
          the night), whatever the notation; also when only the building is missing.
        - `dv_hold`: the resident is under DV support measures and the address differs: never
          propagate. The protected address appears nowhere in this file.
        - `update_address`: the resident moved (転居/転入, possibly tonight) after the
          address the registry holds; or the holder is a legal entity whose corporation moved
          by the night's corporate-number diff (`corporations-diff.csv`, the rows a loader
          applies): the corporation's new address.
        - `administrative_change`: the address changed only by 住所一括変更 (a renaming or
          住居表示 implementation), without a move: tonight's event, or the 異動事由 of the
          resident's current row in `resident-addresses.csv`.

        The outcome is decided on the resident's real address history, not on what the
        extract keeps: a `truncated_history` record is `update_address` (unless one of the
        outcomes before it applies), a `moved_unfiled` one `update_address` or
        `administrative_change`. A cancelled move (異動の取消し in the feed) changes nothing. Officers whose address is
        shown to the municipality only (allowed since 2024-10-01) are `no_change`: never
        correct such an address from the register.
        """
    }

    /// 0.035 → "3.5 %".
    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)") + " %"
    }
}

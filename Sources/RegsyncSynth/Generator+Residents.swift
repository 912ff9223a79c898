import RegsyncCore
import RegsyncText

extension Generator {
    /// residents.csv (resident-persons) and resident-addresses.csv, household by household.
    func writeResidents() throws(SynthError) -> [OutputFile] {
        let persons = try file("residents.csv")
        let addresses = try file("resident-addresses.csv")
        try persons.writeRow(["住民票コード", "氏名", "氏名カナ", "旧氏", "生年月日", "性別", "住民状態", "支援措置", "個人番号", "世帯番号", "住民となった日"])
        try addresses.writeRow(["住民票コード", "住所", "方書", "郵便番号", "全国地方公共団体コード", "住所を定めた日", "住所を離れた日", "異動事由"])
        var start = 0
        while start < config.residents {
            let household = population.household(start: start)
            for member in 0..<household.size {
                let resident = population.resident(start + member, household: household, member: member)
                try persons.writeRow([
                    resident.code, resident.name, resident.extractReading, resident.formerSurname ?? "",
                    DateNotation.eraCode(resident.birth), resident.female ? "2" : "1", resident.status.rawValue,
                    resident.dvProtected ? "1" : "0", resident.individualNumber, resident.householdNumber,
                    // A truncated extract begins with the previous address.
                    DateNotation.eraCode(resident.history[resident.keptFrom].from),
                ])
                for entry in resident.extractHistory {
                    try addresses.writeRow([
                        resident.code, residentAddress(entry.place), entry.place.katagaki,
                        places.postalCode(of: entry.place),
                        places.municipalities[Int(entry.place.municipality)].lgCode, DateNotation.eraCode(entry.from),
                        entry.to.map(DateNotation.eraCode) ?? "", entry.registerEvent,
                    ])
                }
            }
            start += household.size
        }
        return [persons, addresses]
    }

    /// The 住所 column: standard notation; three municipalities in ten write the numbers
    /// in full-width digits (each resident system has its habit).
    func residentAddress(_ place: Place) -> String {
        let municipality = places.municipalities[Int(place.municipality)]
        let address = place.standardAddress(places)
        return StableHash.of(municipality.lgCode) % 10 < 3 ? Numerals.fullWidth(address) : address
    }

    /// resident-events.csv: tonight's change feed, in EUC-JP.
    func writeEvents() throws(SynthError) -> [OutputFile] {
        let events = try file("resident-events.csv", .eucJP)
        let variant = encodingVariants ? try file("variants/resident-events-utf8.csv") : nil
        let header = [
            "異動番号", "住民票コード", "異動事由", "異動日", "処理日", "新住所", "新方書", "新郵便番号", "新全国地方公共団体コード", "新氏名", "新氏名カナ", "取消対象異動番号",
        ]
        try events.writeRow(header)
        try variant?.writeRow(header)
        let stamp = DateNotation.iso(config.asOf).split(separator: "-").joined()
        var sequence = 0
        func write(
            _ resident: Resident, _ kind: String, _ effective: DayNumber, place: Place? = nil, name: String = "",
            reading: String = "", cancels: String = ""
        ) throws(SynthError) -> String {
            sequence += 1
            let id = stamp + Numerals.padded(sequence, 6)
            var rng = SplitMix64(seed: config.seed, stream: .event, index: UInt64(sequence))
            let date = rng.chance(0.15) ? DateNotation.eraCode(effective) : DateNotation.eraKanji(effective)
            let row = [
                id, resident.code, kind, date, DateNotation.eraKanji(config.asOf),
                place.map { residentAddress($0) } ?? "", place?.katagaki ?? "",
                place.map { places.postalCode(of: $0) } ?? "",
                place.map { places.municipalities[Int($0.municipality)].lgCode } ?? "", name, reading, cancels,
            ]
            try events.writeRow(row)
            try variant?.writeRow(row)
            return id
        }
        for index in 0..<config.residents where population.isTonight(index) {
            let resident = population.resident(index)
            guard let tonight = resident.tonight else { continue }
            let day = tonight.effective
            switch tonight.kind {
            case .moveWithin:
                _ = try write(resident, "転居", day, place: tonight.place)
            case .moveInter:
                _ = try write(resident, "転出", day)
                _ = try write(resident, "転入", day, place: tonight.place)
            case .movedAbroad:
                _ = try write(resident, "国外転出", day)
            case .death:
                _ = try write(resident, "死亡", day)
            case .nameChange:
                _ = try write(
                    resident, "氏名変更", day, name: (tonight.surname ?? "") + "\u{3000}" + resident.givenName,
                    reading: tonight.nameReading ?? "")
            case .kanaCorrection:
                _ = try write(resident, "職権修正", day, reading: tonight.nameReading ?? "")
            case .administrative:
                _ = try write(resident, "住所一括変更", day, place: tonight.place)
            case .cancelledMove:
                let wrong = try write(resident, "転居", day, place: tonight.place)
                _ = try write(resident, "異動の取消し", config.asOf, cancels: wrong)
            }
        }
        return [events] + (variant.map { [$0] } ?? [])
    }
}

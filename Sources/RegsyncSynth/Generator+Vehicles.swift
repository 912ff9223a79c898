import RegsyncCore
import RegsyncText

extension Generator {
    /// Transport branch offices (運輸支局) by prefecture code, as registration plates name them.
    static let plateOffices =
        ("札幌 青森 岩手 宮城 秋田 山形 福島 水戸 宇都宮 群馬 大宮 千葉 品川 横浜 新潟 富山 石川 福井 山梨 長野 岐阜 静岡 名古屋 三重 "
        + "滋賀 京都 大阪 神戸 奈良 和歌山 鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 熊本 大分 宮崎 鹿児島 沖縄").split(separator: " ").map(
            String.init)
    static let plateKana = Array("あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ").map(String.init)
    /// 車名, 型式, chassis prefix.
    static let vehicleModels: [(maker: String, model: String, frame: String)] = [
        ("トヨタ", "DAA-ZVW30", "ZVW30"), ("トヨタ", "6AA-MXAA54", "MXAA54"), ("トヨタ", "DBA-NZE161G", "NZE161"),
        ("トヨタ", "3BA-MXPA10", "MXPA10"), ("トヨタ", "6AA-MXPH10", "MXPH10"), ("ニッサン", "6AA-E13", "E13"),
        ("ニッサン", "DBA-C26", "C26"), ("ホンダ", "DBA-GK3", "GK3"), ("ホンダ", "6AA-GR3", "GR3"), ("ホンダ", "DAA-GP5", "GP5"),
        ("マツダ", "LDA-KF2P", "KF2P"), ("マツダ", "5BA-DMEP", "DMEP"), ("スバル", "DBA-GT7", "GT7"), ("スバル", "4BA-SK9", "SK9"),
        ("スズキ", "DBA-ZC83S", "ZC83S"), ("ダイハツ", "5BA-M900A", "M900A"), ("ミツビシ", "5LA-GN0W", "GN0W"),
        ("レクサス", "6AA-AXZH10", "AXZH10"), ("イスズ", "TKG-NLR85AR", "NLR85"), ("ヒノ", "2RG-XZU710M", "XZU710"),
    ]

    /// One side of a vehicle record: what the ledger writes and the truth.
    struct Holder {
        var name: String
        var address: String
        var recordedOn: DayNumber?
        /// The day the holder was first recorded (the registration), before any address change.
        var since: DayNumber?
        var corporateNumber: String
        var truth: GroundTruth
        var prefectureCode: String
    }

    /// vehicles.csv: the legacy vehicle ledger (CP932, CRLF, every field quoted).
    func writeVehicles(_ truth: TruthWriter) throws(SynthError) -> [OutputFile] {
        let out = try file("vehicles.csv", .cp932, crlf: true)
        let variant = encodingVariants ? try file("variants/vehicles-utf8.csv", crlf: true) : nil
        let header = [
            "自動車登録番号", "車台番号", "車名", "型式", "初度登録年月日", "登録年月日", "所有者の氏名又は名称", "所有者の住所", "所有者住所記録年月日",
            "所有者法人番号", "使用者の氏名又は名称", "使用者の住所", "使用の本拠の位置",
        ]
        try out.writeRow(header, quoteAll: true)
        try variant?.writeRow(header, quoteAll: true)
        let notation = LedgerNotation(encoding: .cp932, variantRate: config.ledgerVariantRate)
        let dateWeights: [Double] = [30, 15, 10, 20, 15, 10]
        for index in 0..<config.vehicles {
            var rng = SplitMix64(seed: config.seed, stream: .vehicle, index: UInt64(index))
            let model = rng.pick(Self.vehicleModels)
            let chassis = model.frame + "-" + Identifiers.chassisSerial(index, seed: config.seed)
            var registered = config.asOf - 1 - DayNumber(rng.below(365 * 15))
            let (owner, user) = holders(ofVehicle: index, &rng, notation: notation, registered: &registered)
            let firstRegistered = max(
                DateNotation.day(year: 1990, month: 1, day: 1), registered - DayNumber(rng.below(365 * 5)))
            let office = Self.plateOffices[max(0, min(46, (Int((user ?? owner).prefectureCode) ?? 13) - 1))]
            let plate = plateNumber(office: office, &rng)
            let chassisWritten =
                rng.chance(0.05) ? Numerals.fullWidth(chassis) : (rng.chance(0.05) ? chassis.lowercased() : chassis)
            let row = [
                plate, chassisWritten, model.maker, model.model,
                DateNotation.ledger(firstRegistered, style: DateNotation.drawStyle(&rng, weights: dateWeights)),
                DateNotation.ledger(registered, style: DateNotation.drawStyle(&rng, weights: dateWeights)),
                owner.name, owner.address,
                DateNotation.ledger(
                    owner.recordedOn ?? registered, style: DateNotation.drawStyle(&rng, weights: dateWeights)),
                owner.corporateNumber, user?.name ?? "", user?.address ?? "", user?.address ?? owner.address,
            ]
            try out.writeRow(row, quoteAll: true)
            try variant?.writeRow(row, quoteAll: true)
            try truth.add(registry: "vehicle", key: chassis, role: "owner", owner.truth)
            if let user {
                try truth.add(registry: "vehicle", key: chassis, role: "user", user.truth)
            }
        }
        return [out] + (variant.map { [$0] } ?? [])
    }

    /// The owner and user of vehicle `index` (the user nil where the ledger leaves the user
    /// columns empty); `registered` becomes the day a resident owner's record dates from.
    func holders(
        ofVehicle index: Int, _ rng: inout SplitMix64, notation: LedgerNotation, registered: inout DayNumber
    ) -> (owner: Holder, user: Holder?) {
        let earliest = config.asOf - 365 * 15
        func slot(_ role: Int) -> NameSlot { NameSlot(stream: .vehicle, record: index, role: role) }
        var owner: Holder
        var user: Holder?
        if let twins = people.designedTwins(.vehicle, record: index, minimumAge: 20) {
            // Designed: one twin owns the car, the other uses it.
            owner = residentHolder(
                twins.0, &rng, earliest: earliest, compliance: 0.85, notation: notation, slot: slot(0))
            registered = owner.since ?? registered
            user = residentHolder(
                twins.1, &rng, earliest: earliest, compliance: 0.85, notation: notation, slot: slot(1))
        } else {
            switch rng.pick(weights: [60, 25, 8, 7]) {
            case 0:
                owner = personHolder(
                    &rng, earliest: earliest, compliance: 0.85, notation: notation, registered: &registered,
                    slot: slot(0))
                if rng.chance(0.5) { user = owner }
            case 1:
                let finance = rng.below(Corporation.financeCount(corporations: config.corporations))
                owner = entityHolder(corporations.corporation(finance), &rng, notation: notation)
                user = personHolder(
                    &rng, earliest: earliest, compliance: 0.85, notation: notation, registered: &registered,
                    slot: slot(1))
            case 2:
                owner = entityHolder(
                    corporations.corporation(rng.below(config.corporations)), &rng, notation: notation)
                if rng.chance(0.6) { user = owner }
            default:
                let resident = people.resident(&rng, minimumAge: 40)
                owner = residentHolder(
                    resident, &rng, earliest: earliest, compliance: 0.85, notation: notation, slot: slot(0))
                registered = owner.since ?? registered
                let (start, _) = population.locate(resident.index)
                let adults = population.members(ofHouseholdStarting: start).filter {
                    $0.index != resident.index && $0.status != .removed && $0.age(on: config.asOf) >= 20
                }
                if let member = adults.first {
                    user = residentHolder(
                        member, &rng, earliest: earliest, compliance: 0.85, notation: notation, slot: slot(1))
                } else {
                    user = owner
                }
            }
        }
        return (owner, user)
    }

    /// An individual: a resident (94 %) or someone not in the register.
    func personHolder(
        _ rng: inout SplitMix64, earliest: DayNumber, compliance: Double, notation: LedgerNotation,
        registered: inout DayNumber, slot: NameSlot
    ) -> Holder {
        if rng.chance(0.94) {
            let holder = residentHolder(
                people.resident(&rng, minimumAge: 20), &rng, earliest: earliest, compliance: compliance,
                notation: notation, slot: slot)
            registered = holder.since ?? registered
            return holder
        }
        let outsider = people.outsider(&rng)
        return Holder(
            name: people.writtenName(of: outsider, notation: notation, slot: slot, readingWritten: false, &rng).name,
            address: notation.address(outsider.place, &rng), recordedOn: registered, since: registered,
            corporateNumber: "",
            truth: .unlinked(.notInRegister),
            prefectureCode: places.municipalities[Int(outsider.place.municipality)].prefectureCode)
    }

    /// A resident as a vehicle ledger holds them; `recordedOn` is the day the address was recorded.
    func residentHolder(
        _ resident: Resident, _ rng: inout SplitMix64, earliest: DayNumber, compliance: Double,
        notation: LedgerNotation, slot: NameSlot
    ) -> Holder {
        let recorded = people.recorded(resident, earliest: earliest, compliance: compliance, &rng)
        let place = resident.history[recorded.entry].place
        let name = people.writtenName(
            of: resident, on: recorded.recordedOn, notation: notation, slot: slot, readingWritten: false, &rng)
        return Holder(
            name: name.name, address: notation.address(place, &rng), recordedOn: recorded.recordedOn,
            since: recorded.firstRecordedOn, corporateNumber: "",
            truth: .linked(resident, recordedEntry: recorded.entry, name: name),
            prefectureCode: places.municipalities[Int(place.municipality)].prefectureCode)
    }

    /// A corporation as owner or user.
    func entityHolder(_ corporation: Corporation, _ rng: inout SplitMix64, notation: LedgerNotation) -> Holder {
        Holder(
            name: notation.entityName(corporation, &rng), address: notation.address(corporation.place, &rng),
            recordedOn: nil, since: nil, corporateNumber: rng.chance(0.5) ? corporation.number : "",
            truth: .legalEntity(movedTo: corporationMoves[corporation.index]),
            prefectureCode: places.municipalities[Int(corporation.place.municipality)].prefectureCode)
    }

    /// 品川 300 あ 12-34, with the plate's dots for short numbers (・・12).
    func plateNumber(office: String, _ rng: inout SplitMix64) -> String {
        let classNumber = ["300", "330", "500", "530", "502", "100", "400"][
            rng.pick(weights: [30, 20, 15, 10, 10, 8, 7])]
        let number = 1 + rng.below(9999)
        let digits: String
        switch number {
        case 1000...: digits = "\(number / 100)-" + Numerals.padded(number % 100, 2)
        case 100...: digits = "・\(number)"
        case 10...: digits = "・・\(number)"
        default: digits = "・・・\(number)"
        }
        let space = rng.chance(0.15) ? "\u{3000}" : " "
        return [office, classNumber, rng.pick(Self.plateKana), digits].joined(separator: space)
    }
}

import RegsyncCore
import RegsyncText

extension Generator {
    /// One owner row of the ownership section (甲区).
    struct OwnerRow {
        var seq: String
        var name: String
        var kana: String
        var address: String
        var corporateNumber: String
        var share: String
        var truth: GroundTruth
    }

    /// realestate-owners.csv and realestate-owners.xml: the same owner rows in the two
    /// export layouts (the XML adds the owners' readings where the office holds them).
    func writeRealEstate(_ truth: TruthWriter) throws(SynthError) -> [OutputFile] {
        let csv = try file("realestate-owners.csv")
        let xml = try file("realestate-owners.xml")
        let variant = encodingVariants ? try file("variants/realestate-owners-cp932.csv", .cp932, crlf: true) : nil
        let header = [
            "不動産番号", "種別", "所在", "地番・家屋番号", "順位番号", "登記の目的", "受付年月日", "受付番号", "原因", "原因日付", "共有者番号",
            "所有者氏名", "所有者住所", "会社法人等番号", "持分",
        ]
        try csv.writeRow(header)
        try variant?.writeRow(header)
        try xml.writeLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        try xml.writeLine("<r:entries xmlns:r=\"urn:regsync:sample:realestate:1\">")
        let notation = LedgerNotation(encoding: .utf8, variantRate: config.ledgerVariantRate)
        let dateWeights: [Double] = [50, 25, 20, 0, 0, 5]
        let launch2024 = DateNotation.day(year: 2024, month: 4, day: 1)
        for index in 0..<config.properties {
            var rng = SplitMix64(seed: config.seed, stream: .property, index: UInt64(index))
            let land = rng.chance(0.6)
            var owners: [OwnerRow] = []
            var receipt: DayNumber
            var location: Place
            let twins = people.designedTwins(.property, record: index, minimumAge: 25)
            switch twins != nil ? 0 : rng.pick(weights: [84, 8, 8]) {
            case 0:
                let resident = twins?.0 ?? people.resident(&rng, minimumAge: 25)
                let earliest = DateNotation.day(year: 1975, month: 1, day: 1)
                let recorded = people.recorded(resident, earliest: earliest, compliance: 0.35, &rng)
                receipt = recorded.firstRecordedOn
                let home = resident.history[resident.entryIndex(on: receipt)].place
                location = rng.chance(0.6) ? home : places.drawPlace(in: places.drawMunicipality(&rng), &rng)
                var holders = [(resident, recorded.entry)]
                if let twins {
                    // Designed: the twins co-own the property (bought together or inherited).
                    holders.append((twins.1, twins.1.entryIndex(on: recorded.recordedOn)))
                } else {
                    let wanted = 1 + rng.pick(weights: [80, 15, 5])
                    let (start, _) = population.locate(resident.index)
                    for member in wanted > 1 ? population.members(ofHouseholdStarting: start) : []
                    where holders.count < wanted && member.index != resident.index && member.status != .removed
                        && member.birth + 365 * 20 + 5 <= receipt
                    {
                        holders.append((member, member.entryIndex(on: recorded.recordedOn)))
                    }
                }
                let share = holders.count > 1 ? "\(holders.count)分の1" : ""
                for (number, (holder, entry)) in holders.enumerated() {
                    let seq = holders.count == 1 && rng.chance(0.5) ? "" : String(number + 1)
                    // The CSV layout has no reading: a typo is never a wrong kana here.
                    let name = people.writtenName(
                        of: holder, on: recorded.recordedOn, notation: notation,
                        slot: NameSlot(stream: .property, record: index, role: number), readingWritten: false, &rng)
                    owners.append(
                        OwnerRow(
                            seq: seq, name: name.name, kana: kana(name.reading, &rng),
                            address: notation.address(holder.history[entry].place, &rng, keepBuilding: 0.5),
                            corporateNumber: "", share: rng.chance(0.3) ? Numerals.fullWidth(share) : share,
                            truth: .linked(holder, recordedEntry: entry, name: name)))
                }
            case 1:
                let corporation = corporations.corporation(rng.below(config.corporations))
                receipt =
                    DateNotation.day(year: 1990, month: 1, day: 1)
                    + DayNumber(rng.below(Int(config.asOf - 1 - DateNotation.day(year: 1990, month: 1, day: 1))))
                location = places.drawPlace(in: places.drawMunicipality(&rng), &rng)
                owners.append(
                    OwnerRow(
                        seq: rng.chance(0.5) ? "" : "1", name: notation.entityName(corporation, &rng),
                        kana: rng.chance(0.3) ? corporation.reading : "",
                        address: notation.address(corporation.place, &rng),
                        corporateNumber: receipt >= launch2024 || rng.chance(0.3) ? corporation.number : "", share: "",
                        truth: .legalEntity(movedTo: corporationMoves[corporation.index])))
            default:
                let outsider = people.outsider(&rng)
                receipt =
                    DateNotation.day(year: 1965, month: 1, day: 1)
                    + DayNumber(rng.below(Int(config.asOf - 1 - DateNotation.day(year: 1965, month: 1, day: 1))))
                location = rng.chance(0.5) ? outsider.place : places.drawPlace(in: places.drawMunicipality(&rng), &rng)
                let seq = rng.chance(0.5) ? "" : "1"
                let name = people.writtenName(
                    of: outsider, notation: notation, slot: NameSlot(stream: .property, record: index, role: 0),
                    readingWritten: false, &rng)
                owners.append(
                    OwnerRow(
                        seq: seq, name: name.name, kana: kana(name.reading, &rng),
                        address: notation.address(outsider.place, &rng), corporateNumber: "", share: "",
                        truth: .unlinked(.notInRegister)))
            }
            let property = PropertyEntry(
                index: index, land: land, location: location, receipt: receipt, owners: owners, generator: self,
                dateWeights: dateWeights, &rng)
            for owner in owners {
                let row =
                    property.csvFields + [owner.seq, owner.name, owner.address, owner.corporateNumber, owner.share]
                try csv.writeRow(row)
                try variant?.writeRow(row)
                try xml.writeLine(property.xml(owner))
                try truth.add(
                    registry: "realestate", key: property.number + "|" + (owner.seq.isEmpty ? "1" : owner.seq),
                    role: "owner", owner.truth)
            }
        }
        try xml.writeLine("</r:entries>")
        return [csv, xml] + (variant.map { [$0] } ?? [])
    }

    /// The owner's reading where the office holds one (40 %): katakana, sometimes hiragana.
    func kana(_ reading: String, _ rng: inout SplitMix64) -> String {
        guard rng.chance(0.4) else { return "" }
        return rng.chance(0.2) ? KanaText.hiragana(reading) : reading
    }

    /// The property part of an ownership entry.
    struct PropertyEntry {
        let number: String
        let kind: String
        let location: String
        let lotNumber: String
        let rank: String
        let purpose: String
        let receiptDate: String
        let receiptNumber: String
        let cause: String
        let causeDate: String

        init(
            index: Int, land: Bool, location place: Place, receipt: DayNumber, owners: [OwnerRow],
            generator: Generator, dateWeights: [Double], _ rng: inout SplitMix64
        ) {
            let places = generator.places
            let municipality = places.municipalities[Int(place.municipality)]
            number = Identifiers.propertyNumber(
                index, office: (Int(municipality.prefectureCode) ?? 13) * 100 + rng.below(60),
                seed: generator.config.seed)
            kind = land ? "土地" : "建物"
            var town = place.town >= 0 ? places.towns[Int(place.town)].name : ""
            if place.chome > 0 {
                town += Numerals.kanji(Int(place.chome)) + "丁目"
            } else if !town.isEmpty, municipality.name.hasSuffix("町") || municipality.name.hasSuffix("村"),
                rng.chance(0.5)
            {
                town = "大字" + town
            }
            location = municipality.name + town
            let lot = 1 + rng.below(rng.chance(0.7) ? 900 : 3000)
            let branch = rng.chance(0.7) ? "\(1 + rng.below(30))" : ""
            lotNumber = land ? "\(lot)番" + branch : "\(lot)番" + branch + (rng.chance(0.4) ? "の\(1 + rng.below(5))" : "")
            let rankValue = String(1 + rng.below(4))
            rank = rng.chance(0.2) ? Numerals.fullWidth(rankValue) : rankValue
            let inherited = owners.count > 1 ? rng.chance(0.5) : rng.chance(0.25)
            let preserved = !land && !inherited && rng.chance(0.5)
            purpose = preserved ? "所有権保存" : "所有権移転"
            receiptDate = DateNotation.ledger(receipt, style: DateNotation.drawStyle(&rng, weights: dateWeights))
            let receiptValue = "第\(1 + rng.below(99_999))号"
            receiptNumber = rng.chance(0.3) ? Numerals.fullWidth(receiptValue) : receiptValue
            if preserved {
                cause = ""
                causeDate = ""
            } else {
                cause = inherited ? "相続" : (rng.chance(0.85) ? "売買" : "贈与")
                let back = inherited ? rng.int(in: 30...3000) : rng.below(30)
                causeDate = DateNotation.ledger(
                    receipt - DayNumber(back), style: DateNotation.drawStyle(&rng, weights: dateWeights))
            }
        }

        var csvFields: [String] {
            [number, kind, location, lotNumber, rank, purpose, receiptDate, receiptNumber, cause, causeDate]
        }

        func xml(_ owner: OwnerRow) -> String {
            var out = "  <r:entry propertyNumber=\"\(number)\">"
            out += "<r:property kind=\"\(kind)\"><r:location>\(CSV.xml(location))</r:location>"
            out += "<r:lotNumber>\(CSV.xml(lotNumber))</r:lotNumber></r:property>"
            out += "<r:rank>\(rank)</r:rank><r:purpose>\(purpose)</r:purpose>"
            out += "<r:receipt date=\"\(receiptDate)\" number=\"\(receiptNumber)\"/>"
            if !cause.isEmpty { out += "<r:cause date=\"\(causeDate)\">\(cause)</r:cause>" }
            out += owner.seq.isEmpty ? "<r:owner>" : "<r:owner seq=\"\(owner.seq)\">"
            out += "<r:name>\(CSV.xml(owner.name))</r:name>"
            if !owner.kana.isEmpty { out += "<r:kana>\(CSV.xml(owner.kana))</r:kana>" }
            out += "<r:address>\(CSV.xml(owner.address))</r:address>"
            if !owner.corporateNumber.isEmpty {
                out += "<r:corporateNumber>\(owner.corporateNumber)</r:corporateNumber>"
            }
            if !owner.share.isEmpty { out += "<r:share>\(owner.share)</r:share>" }
            return out + "</r:owner></r:entry>"
        }
    }
}

import RegsyncCore
import RegsyncText

extension Generator {
    /// The corporate-number full set in its three variants (Shift_JIS CSV, Unicode CSV,
    /// XML), the daily diff, and officers.csv.
    func writeCommercial(_ truth: TruthWriter) throws(SynthError) -> [OutputFile] {
        let sjis = try file("corporations-sjis.csv", .cp932, crlf: true)
        let unicode = try file("corporations-unicode.csv", crlf: true)
        let xml = try file("corporations.xml")
        let bom = encodingVariants ? try file("variants/corporations-unicode-bom.csv", crlf: true) : nil
        try bom?.writeBytes([0xEF, 0xBB, 0xBF])
        let fullSetDay = CorporationFactory.fullSetDay(config.asOf)
        try xml.writeLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        try xml.writeLine("<corporations>")
        try xml.writeLine("<lastUpdateDate>\(DateNotation.iso(fullSetDay))</lastUpdateDate>")
        try xml.writeLine("<count>\(config.corporations)</count>")
        try xml.writeLine("<divideNumber>1</divideNumber>")
        try xml.writeLine("<divideSize>1</divideSize>")
        var jis = JISX0208Filter()
        for index in 0..<config.corporations {
            let corporation = corporations.corporation(index)
            var rng = SplitMix64(seed: config.seed, stream: .corporation, index: UInt64(index) | 1 << 40)
            let update = min(fullSetDay, corporation.changeDate + DayNumber(rng.below(4)))
            let record = NTARecord(
                sequence: index + 1, corporation: corporation, process: corporation.process, correct: false,
                updateDate: update, latest: true, successor: successor(of: corporation), generator: self)
            try unicode.writeRow(record.fields, quoted: NTARecord.quotedColumns)
            try bom?.writeRow(record.fields, quoted: NTARecord.quotedColumns)
            try sjis.writeRow(jis.shiftJISFields(record.fields, sequence: index + 1), quoted: NTARecord.quotedColumns)
            try xml.writeLine(record.xml)
        }
        try xml.writeLine("</corporations>")
        let diff = try writeCorporationDiff()
        let officers = try writeOfficers(truth)
        return [sjis, unicode, xml, diff, officers] + (bom.map { [$0] } ?? [])
    }

    /// The successor of a corporation dissolved by merger.
    func successor(of corporation: Corporation) -> String {
        guard corporation.closeCause == "11", config.corporations > 1 else { return "" }
        return corporations.corporation((corporation.index + 1) % config.corporations).number
    }

    /// corporations-diff.csv: the nationwide daily diff of the night (`corporationDiff`).
    func writeCorporationDiff() throws(SynthError) -> OutputFile {
        let out = try file("corporations-diff.csv", crlf: true)
        for (offset, row) in corporationDiff.enumerated() {
            let record = NTARecord(
                sequence: offset + 1, corporation: row.corporation, process: row.process, correct: row.correct,
                updateDate: row.update, latest: row.latest, successor: successor(of: row.corporation), generator: self)
            try out.writeRow(record.fields, quoted: NTARecord.quotedColumns)
        }
        return out
    }

    /// officers.csv: one to four officers per corporation.
    func writeOfficers(_ truth: TruthWriter) throws(SynthError) -> OutputFile {
        let out = try file("officers.csv")
        try out.writeRow(["法人番号", "役員番号", "役職", "氏名", "フリガナ", "住所", "生年月日", "就任年月日", "住所変更登記日"])
        let notation = LedgerNotation(encoding: .utf8, variantRate: config.ledgerVariantRate)
        let p = max(0, min(1, (config.officersPerCorporation - 1) / 3))
        let dateWeights: [Double] = [60, 25, 15, 0, 0, 0]
        for index in 0..<config.corporations {
            let corporation = corporations.corporation(index)
            var rng = SplitMix64(seed: config.seed, stream: .officer, index: UInt64(index))
            let count = 1 + (0..<3).reduce(0) { sum, _ in sum + (rng.chance(p) ? 1 : 0) }
            let roles: [String]
            switch corporation.kind {
            case "301": roles = ["代表取締役", "取締役", "取締役", "監査役"]
            case "302": roles = ["取締役", "取締役", "監査役", "取締役"]
            case "305": roles = ["代表社員", "業務執行社員", "業務執行社員", "社員"]
            case "303", "304": roles = ["代表社員", "無限責任社員", "有限責任社員", "社員"]
            default: roles = ["代表理事", "理事", "理事", "監事"]
            }
            for k in 0..<count {
                let officerID = Numerals.padded(k + 1, 3)
                var name: String
                var reading: String
                var address: String
                var birth: DayNumber
                var appointed: DayNumber
                var addressRecorded: DayNumber?
                var record: GroundTruth
                if rng.chance(0.88) {
                    let resident = people.resident(&rng, minimumAge: 25)
                    let earliest = max(DateNotation.day(year: 1990, month: 1, day: 1), resident.birth + 365 * 25)
                    let recorded = people.recorded(resident, earliest: earliest, compliance: 0.8, &rng)
                    let written = people.writtenName(
                        of: resident, on: recorded.recordedOn, notation: notation,
                        slot: NameSlot(stream: .officer, record: index, role: k), readingWritten: true, &rng)
                    name = written.name
                    reading = written.reading
                    birth = resident.birth
                    appointed = recorded.firstRecordedOn
                    addressRecorded = recorded.recordedOn != recorded.firstRecordedOn ? recorded.recordedOn : nil
                    let place = resident.history[recorded.entry].place
                    // Since 2024-10-01 a representative may have the address shown to the
                    // municipality only; only for one who has not moved since.
                    let municipalityOnly =
                        k == 0 && corporation.kind == "301" && recorded.entry == resident.history.count - 1
                        && resident.tonight == nil && rng.chance(0.1)
                    address = notation.address(place, &rng, municipalityOnly: municipalityOnly)
                    record = .linked(resident, recordedEntry: recorded.entry, name: written)
                } else {
                    let outsider = people.outsider(&rng)
                    let written = people.writtenName(
                        of: outsider, notation: notation, slot: NameSlot(stream: .officer, record: index, role: k),
                        readingWritten: true, &rng)
                    name = written.name
                    reading = written.reading
                    birth = outsider.birth
                    appointed = config.asOf - 1 - DayNumber(rng.below(365 * 20))
                    address = notation.address(outsider.place, &rng)
                    record = .unlinked(.notInRegister)
                }
                switch rng.pick(weights: [70, 15, 15]) {
                case 1: reading = KanaText.halfWidth(reading)
                case 2: reading = KanaText.hiragana(reading)
                default: break
                }
                try out.writeRow([
                    corporation.number, rng.chance(0.1) ? Numerals.fullWidth(officerID) : officerID, roles[k], name,
                    reading, address,
                    DateNotation.ledger(birth, style: DateNotation.drawStyle(&rng, weights: dateWeights)),
                    DateNotation.ledger(appointed, style: DateNotation.drawStyle(&rng, weights: dateWeights)),
                    addressRecorded.map {
                        DateNotation.ledger($0, style: DateNotation.drawStyle(&rng, weights: dateWeights))
                    } ?? "",
                ])
                // The matcher's person roles: a 代表取締役, 代表社員, 代表理事 … represents the corporation.
                try truth.add(
                    registry: "commercial", key: corporation.number + "|" + officerID,
                    role: roles[k].contains("代表") ? "representative" : "officer", record)
            }
        }
        return out
    }
}

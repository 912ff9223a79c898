import RegsyncText

/// One row of the National Tax Agency corporate-number data: the 30 columns in order
/// (shared/formats/REGISTRIES.md), as CSV fields and as an XML `<corporation>` element.
struct NTARecord {
    /// The element names of the XML variant, which are also the column names.
    static let columns = [
        "sequenceNumber", "corporateNumber", "process", "correct", "updateDate", "changeDate", "name", "nameImageId",
        "kind", "prefectureName", "cityName", "streetNumber", "addressImageId", "prefectureCode", "cityCode",
        "postCode",
        "addressOutside", "addressOutsideImageId", "closeDate", "closeCause", "successorCorporateNumber", "changeCause",
        "assignmentDate", "latest", "enName", "enPrefectureName", "enCityName", "enAddressOutside", "furigana",
        "hihyoji",
    ]
    /// The text columns the NTA files put in double quotes (numbers and codes are bare).
    static let quotedColumns: [Bool] = columns.map {
        [
            "name", "prefectureName", "cityName", "streetNumber", "addressOutside", "changeCause", "enName",
            "enPrefectureName", "enCityName", "enAddressOutside", "furigana",
        ].contains($0)
    }

    /// The 30 fields.
    let fields: [String]

    init(
        sequence: Int, corporation: Corporation, process: String, correct: Bool, updateDate: DayNumber, latest: Bool,
        successor: String, generator: Generator
    ) {
        let places = generator.places
        let place = corporation.place
        let municipality = places.municipalities[Int(place.municipality)]
        let town = place.town >= 0 ? places.towns[Int(place.town)] : nil
        var street = town?.name ?? ""
        if place.chome > 0 {
            street += Numerals.fullWidth("\(place.chome)丁目\(place.ban)" + (place.go > 0 ? "－\(place.go)" : ""))
        } else {
            street += Numerals.fullWidth("\(place.ban)番地" + (place.go > 0 ? "\(place.go)" : ""))
        }
        var englishPrefecture = ""
        var englishCity = ""
        if !corporation.englishName.isEmpty {
            let short = CorporationFactory.shortPrefecture(
                name: municipality.prefecture, reading: municipality.prefectureReading)
            englishPrefecture = KanaText.capitalised(KanaText.romanised(short.reading))
            let numbers = place.chome > 0 ? "\(place.chome)-\(place.ban)" : "\(place.ban)"
            englishCity =
                KanaText.capitalised(KanaText.romanised(town?.reading ?? "")) + " " + numbers
                + (place.go > 0 ? "-\(place.go)" : "") + ", "
                + KanaText.capitalised(KanaText.romanised(municipality.reading))
        }
        let lgCode = municipality.lgCode
        fields = [
            String(sequence), corporation.number, process, correct ? "1" : "0", DateNotation.iso(updateDate),
            DateNotation.iso(corporation.changeDate), corporation.name, "", corporation.kind, municipality.prefecture,
            municipality.name, street, "", String(lgCode.prefix(2)), String(lgCode.dropFirst(2).prefix(3)),
            places.postalCode(of: place), "", "", corporation.closeDate.map(DateNotation.iso) ?? "",
            corporation.closeCause ?? "", successor, "", DateNotation.iso(corporation.assignmentDate),
            latest ? "1" : "0",
            corporation.englishName, englishPrefecture, englishCity, "", corporation.reading,
            corporation.hidden ? "1" : "0",
        ]
    }

    /// The `<corporation>` element on one line.
    var xml: String {
        var out = "<corporation>"
        for (name, value) in zip(Self.columns, fields) {
            out += value.isEmpty ? "<\(name)/>" : "<\(name)>\(CSV.xml(value))</\(name)>"
        }
        return out + "</corporation>"
    }
}

/// The Shift_JIS variant of the corporate-number data holds JIS X 0208 (levels 1 and 2)
/// only: any other character (髙, 﨑 from the NEC/IBM extensions, or one CP932 lacks)
/// becomes 〓 and the field's image id column is filled, as the NTA provides such
/// characters as images.
struct JISX0208Filter {
    private var cache: [Character: Bool] = [:]
    private let encoder = try? TextEncoder(encoding: .cp932)

    /// Whether `character` is in JIS X 0208 (or ASCII / JIS X 0201 kana).
    mutating func isJIS(_ character: Character) -> Bool {
        if character.isASCII { return true }
        if let known = cache[character] { return known }
        var result = false
        if let bytes = try? encoder?.encode(String(character)) {
            result = bytes.count == 1 || ![0x87, 0xED, 0xEE, 0xFA, 0xFB, 0xFC].contains(bytes[0])
        }
        cache[character] = result
        return result
    }

    /// The fields with non-JIS X 0208 characters of the name (column 7) and address
    /// (columns 10–12) replaced, and image ids (columns 8 and 13) set where that happened.
    mutating func shiftJISFields(_ fields: [String], sequence: Int) -> [String] {
        var out = fields
        func filter(_ column: Int) -> Bool {
            guard !fields[column].allSatisfy({ isJIS($0) }) else { return false }
            out[column] = String(fields[column].map { isJIS($0) ? $0 : "〓" })
            return true
        }
        let imageId = Numerals.padded(sequence % 100_000_000 * 7 % 100_000_000, 8)
        if filter(6) { out[7] = imageId }
        let address = [9, 10, 11].map(filter).contains(true)
        if address { out[12] = imageId }
        return out
    }
}

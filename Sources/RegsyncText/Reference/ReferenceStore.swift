/// The embedded reference table, parsed once at first use, with the name indexes the
/// address normaliser searches. Immutable after construction, hence `Sendable`.
final class ReferenceStore: Sendable {
    struct PrefectureRecord: Sendable {
        let code: String
        let name: String
        let reading: String
    }

    enum MunicipalityKind: UInt8, Sendable {
        case ordinary, designatedCity, ward
    }

    struct MunicipalityRecord: Sendable {
        let lgCode: String
        let prefecture: Int
        let name: String
        let reading: String
        let kind: MunicipalityKind
        /// Index of the designated city a ward belongs to, or -1.
        let parent: Int
        /// Postal codes of the municipality as a whole ("以下に掲載がない場合"), comma-joined.
        let postalCodes: String
        /// The municipality's towns in `towns`.
        let towns: Range<Int>
    }

    struct TownRecord: Sendable {
        let municipality: Int
        let name: String
        let reading: String
        let hasChome: Bool
        /// The highest 丁目 named in the postal data, or 0 when not known.
        let maxChome: Int
        let postalCodes: String
    }

    /// Flags of municipality index entries: which form of the name matched.
    enum NameForm: UInt8 {
        case full = 0, withoutGun = 1, wardAlone = 2
    }

    let prefectures: [PrefectureRecord]
    let municipalities: [MunicipalityRecord]
    let towns: [TownRecord]
    /// Full prefecture names (flag 0) and the short forms without 都/府/県 (flag 1).
    let prefectureIndex: NameIndex
    /// Municipality names in every form a notation uses (see `NameForm`), scope 0.
    let municipalityIndex: NameIndex
    /// Town names, scoped by municipality index; a designated city's scope holds the
    /// towns of all its wards.
    let townIndex: NameIndex
    /// Municipality indexes by 7-digit postal code.
    let municipalitiesByPostalCode: [Int32: [Int32]]
    let lgCodeIndex: [String: Int]

    static let shared = ReferenceStore(table: AddressReferenceTable.text)

    init(table: String) {
        var prefectures: [PrefectureRecord] = []
        var municipalities: [MunicipalityRecord] = []
        var towns: [TownRecord] = []
        var prefectureByCode: [String: Int] = [:]
        var lgCodeIndex: [String: Int] = [:]
        var pendingMunicipality: (fields: [Substring], townStart: Int)?

        func closeMunicipality() {
            guard let (f, start) = pendingMunicipality else { return }
            let parentCode = String(f[5])
            municipalities.append(
                MunicipalityRecord(
                    lgCode: String(f[1]), prefecture: prefectureByCode[String(f[1].prefix(2))] ?? 0,
                    name: String(f[2]), reading: String(f[3]),
                    kind: f[4] == "D" ? .designatedCity : f[4] == "W" ? .ward : .ordinary,
                    parent: parentCode.isEmpty ? -1 : lgCodeIndex[parentCode] ?? -1,
                    postalCodes: String(f[6]), towns: start..<towns.count))
            lgCodeIndex[String(f[1])] = municipalities.count - 1
            pendingMunicipality = nil
        }

        for line in table.split(separator: "\n", omittingEmptySubsequences: true) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch f[0] {
            case "P":
                prefectureByCode[String(f[1])] = prefectures.count
                prefectures.append(PrefectureRecord(code: String(f[1]), name: String(f[2]), reading: String(f[3])))
            case "M":
                closeMunicipality()
                pendingMunicipality = (f, towns.count)
            case "T":
                towns.append(
                    TownRecord(
                        municipality: municipalities.count, name: String(f[1]), reading: String(f[2]),
                        hasChome: f[3] == "1", maxChome: Int(f[4]) ?? 0, postalCodes: String(f[5])))
            default:
                continue
            }
        }
        closeMunicipality()

        var prefectureNames = NameIndex.Builder()
        for (index, prefecture) in prefectures.enumerated() {
            prefectureNames.add(AddressFolding.nameKey(prefecture.name), scope: 0, target: index, flags: 0)
            if let last = prefecture.name.last, "都府県".contains(last) {
                prefectureNames.add(
                    AddressFolding.nameKey(String(prefecture.name.dropLast())), scope: 0, target: index, flags: 1)
            }
        }

        var municipalityNames = NameIndex.Builder()
        var townNames = NameIndex.Builder()
        var byPostalCode: [Int32: [Int32]] = [:]
        func addPostalCodes(_ list: String, _ municipality: Int) {
            for code in list.split(separator: ",") {
                guard let value = Int32(code) else { continue }
                if byPostalCode[value, default: []].last != Int32(municipality) {
                    byPostalCode[value, default: []].append(Int32(municipality))
                }
            }
        }
        for (index, municipality) in municipalities.enumerated() {
            let name = municipality.name
            municipalityNames.add(AddressFolding.nameKey(name), scope: 0, target: index, flags: NameForm.full.rawValue)
            if municipality.kind == .ward, municipality.parent >= 0 {
                let city = municipalities[municipality.parent].name
                municipalityNames.add(
                    AddressFolding.nameKey(String(name.dropFirst(city.count))), scope: 0, target: index,
                    flags: NameForm.wardAlone.rawValue)
            }
            // 西多摩郡奥多摩町 is commonly written 奥多摩町.
            if let gun = name.firstIndex(of: "郡"), gun != name.startIndex, name.hasSuffix("町") || name.hasSuffix("村") {
                municipalityNames.add(
                    AddressFolding.nameKey(String(name[name.index(after: gun)...])), scope: 0, target: index,
                    flags: NameForm.withoutGun.rawValue)
            }
            addPostalCodes(municipality.postalCodes, index)
            for townIndex in municipality.towns {
                let key = AddressFolding.nameKey(towns[townIndex].name)
                townNames.add(key, scope: index, target: townIndex)
                if municipality.parent >= 0 {
                    townNames.add(key, scope: municipality.parent, target: townIndex)
                }
                addPostalCodes(towns[townIndex].postalCodes, index)
            }
        }

        self.prefectures = prefectures
        self.municipalities = municipalities
        self.towns = towns
        self.prefectureIndex = prefectureNames.build()
        self.municipalityIndex = municipalityNames.build()
        self.townIndex = townNames.build()
        self.municipalitiesByPostalCode = byPostalCode
        self.lgCodeIndex = lgCodeIndex
    }
}

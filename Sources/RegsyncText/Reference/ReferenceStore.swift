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
        /// The 丁目 the town has in its municipality when KEN_ALL names all of them
        /// ("10-25,26-28" for 札幌市中央区 北六条西), else empty.
        let chomeRanges: String
    }

    /// A municipality name that a merger or renaming retired (北埼玉郡騎西町, now 加須市).
    struct FormerRecord: Sendable {
        let name: String
        /// The prefecture the name was in (長野県山口村 is now in 岐阜県).
        let prefecture: Int
        /// The municipality that has the place today, after every later change.
        let municipality: Int
        /// The day of the first change, YYYY-MM-DD.
        let changedOn: String
        /// Match-folded forms of the name after its 郡 (保原町) and without its 市/町/村 (保原):
        /// today's town names often start with one of them (伊達市保原町舟橋, 伊賀市上野丸之内).
        let prefixes: [[UInt32]]
    }

    /// Flags of municipality index entries: which form of the name matched.
    enum NameForm: UInt8 {
        case full = 0, withoutGun = 1, wardAlone = 2
    }

    let prefectures: [PrefectureRecord]
    /// The full prefecture names as scalars (東京都).
    let prefectureNames: [[UInt32]]
    let municipalities: [MunicipalityRecord]
    let towns: [TownRecord]
    /// Full prefecture names (flag 0) and the short forms without 都/府/県 (flag 1).
    let prefectureIndex: NameIndex
    /// Municipality names in every form a notation uses (see `NameForm`), scope 0.
    let municipalityIndex: NameIndex
    /// Town names, scoped by municipality index; a designated city's scope holds the
    /// towns of all its wards.
    let townIndex: NameIndex
    /// The names of `townIndex` that have の (ノ, 之), without it: 龍安寺御陵下町 finds
    /// 龍安寺御陵ノ下町. Searched only when no name matches as written.
    let townIndexWithoutNo: NameIndex
    /// Former municipality names, and an index of them in the forms of `NameForm` (full,
    /// without 郡), scope 0, target the index in `formers`.
    let formers: [FormerRecord]
    let formerIndex: NameIndex
    /// Municipality indexes by 7-digit postal code.
    let municipalitiesByPostalCode: [Int32: [Int32]]
    let lgCodeIndex: [String: Int]
    /// Hot fields in flat arrays, so the parser never copies a record (and its strings).
    let municipalityPrefecture: [Int32]
    let municipalityParent: [Int32]
    let municipalityIsCityLevel: [Bool]
    let municipalityInKyotoCity: [Bool]
    let municipalityInHokkaido: [Bool]
    let townMunicipality: [Int32]
    let townHasChome: [Bool]
    let townMaxChome: [Int32]
    /// The towns whose 丁目 KEN_ALL names in full, with those 丁目 (few: towns split
    /// between the wards of a designated city by 丁目, and the like).
    let townChomeRanges: [Int: [ClosedRange<Int>]]

    static let shared = ReferenceStore(table: AddressReferenceTable.text)

    /// の, which ノ and 之 fold to.
    static let no: UInt32 = 0x306E

    /// Where the town or village name starts after an island prefix (三宅島|三宅村): a
    /// name of the form ○島 + at least two letters ending in 町 or 村, without 郡.
    static func islandPrefixEnd(_ name: String) -> String.Index? {
        guard name.hasSuffix("町") || name.hasSuffix("村"), !name.contains("郡"),
            let island = name.firstIndex(of: "島"), island != name.startIndex
        else { return nil }
        let rest = name[name.index(after: island)...]
        return rest.count >= 3 ? rest.startIndex : nil
    }

    init(table: String) {
        var prefectures: [PrefectureRecord] = []
        var municipalities: [MunicipalityRecord] = []
        var towns: [TownRecord] = []
        var prefectureByCode: [String: Int] = [:]
        var lgCodeIndex: [String: Int] = [:]
        var pendingMunicipality: (fields: [String], townStart: Int)?
        var formerLines: [[String]] = []

        func closeMunicipality() {
            guard let (f, start) = pendingMunicipality else { return }
            municipalities.append(
                MunicipalityRecord(
                    lgCode: f[1], prefecture: prefectureByCode[String(f[1].prefix(2))] ?? 0, name: f[2], reading: f[3],
                    kind: f[4] == "D" ? .designatedCity : f[4] == "W" ? .ward : .ordinary,
                    parent: f[5].isEmpty ? -1 : lgCodeIndex[f[5]] ?? -1, postalCodes: f[6], towns: start..<towns.count))
            lgCodeIndex[f[1]] = municipalities.count - 1
            pendingMunicipality = nil
        }

        // Byte-level scanning: the table has ~120,000 lines and this runs once per process.
        var copy = table
        copy.withUTF8 { bytes in
            var fields: [String] = []
            fields.reserveCapacity(8)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let kind = bytes[lineStart]
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for i in lineStart...lineEnd where i == lineEnd || bytes[i] == 0x09 {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]), as: UTF8.self))
                    fieldStart = i + 1
                }
                switch kind {
                case UInt8(ascii: "P"):
                    prefectureByCode[fields[1]] = prefectures.count
                    prefectures.append(PrefectureRecord(code: fields[1], name: fields[2], reading: fields[3]))
                case UInt8(ascii: "M"):
                    closeMunicipality()
                    pendingMunicipality = (fields, towns.count)
                case UInt8(ascii: "T"):
                    towns.append(
                        TownRecord(
                            municipality: municipalities.count, name: fields[1], reading: fields[2],
                            hasChome: fields[3] == "1", maxChome: Int(fields[4]) ?? 0, postalCodes: fields[5],
                            chomeRanges: fields.count > 6 ? fields[6] : ""))
                case UInt8(ascii: "F"):
                    formerLines.append(fields)
                default:
                    break
                }
                lineStart = lineEnd + 1
            }
        }
        closeMunicipality()

        var formers: [FormerRecord] = []
        var formerNames = NameIndex.Builder()
        for f in formerLines where f.count >= 5 {
            guard let municipality = lgCodeIndex[f[2]], let prefecture = prefectureByCode[f[4]] else { continue }
            let name = f[1]
            var short = name
            if let gun = name.firstIndex(of: "郡") {
                short = String(name[name.index(after: gun)...])
                formerNames.add(
                    AddressFolding.nameKey(short), scope: 0, target: formers.count, flags: NameForm.withoutGun.rawValue)
            }
            formerNames.add(
                AddressFolding.nameKey(name), scope: 0, target: formers.count, flags: NameForm.full.rawValue)
            // 保原町 → 保原町舟橋, 美杉村 → 美杉町竹原, 上野市 → 上野丸之内.
            var prefixes = [AddressFolding.nameKey(short)]
            if short.count > 2, let last = short.last, "市町村".contains(last) {
                let stem = String(short.dropLast())
                if last != "町" { prefixes.append(AddressFolding.nameKey(stem + "町")) }
                prefixes.append(AddressFolding.nameKey(stem))
            }
            formers.append(
                FormerRecord(
                    name: name, prefecture: prefecture, municipality: municipality, changedOn: f[3], prefixes: prefixes)
            )
        }
        self.formers = formers
        self.formerIndex = formerNames.build()

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
        var townNamesWithoutNo = NameIndex.Builder()
        var byPostalCode: [Int32: [Int32]] = [:]
        func addPostalCodes(_ list: String, _ municipality: Int) {
            var value: Int32 = 0
            var digits = 0
            for byte in list.utf8 {
                if byte >= 0x30 && byte <= 0x39 {
                    value = value * 10 + Int32(byte - 0x30)
                    digits += 1
                    if digits == 7 {
                        if byPostalCode[value]?.last != Int32(municipality) {
                            byPostalCode[value, default: []].append(Int32(municipality))
                        }
                        value = 0
                        digits = 0
                    }
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
            } else if municipality.kind == .ordinary, let island = Self.islandPrefixEnd(name) {
                // Tokyo's 三宅島三宅村 and 八丈島八丈町 carry their island as others carry a 郡.
                municipalityNames.add(
                    AddressFolding.nameKey(String(name[island...])), scope: 0, target: index,
                    flags: NameForm.withoutGun.rawValue)
            }
            addPostalCodes(municipality.postalCodes, index)
            for townIndex in municipality.towns {
                let key = AddressFolding.nameKey(towns[townIndex].name)
                townNames.add(key, scope: index, target: townIndex)
                if municipality.parent >= 0 {
                    townNames.add(key, scope: municipality.parent, target: townIndex)
                }
                if key.contains(Self.no) {
                    let short = key.filter { $0 != Self.no }
                    townNamesWithoutNo.add(short, scope: index, target: townIndex)
                    if municipality.parent >= 0 {
                        townNamesWithoutNo.add(short, scope: municipality.parent, target: townIndex)
                    }
                }
                addPostalCodes(towns[townIndex].postalCodes, index)
            }
        }

        self.prefectures = prefectures
        self.prefectureNames = prefectures.map { $0.name.unicodeScalars.map(\.value) }
        self.municipalities = municipalities
        self.towns = towns
        self.prefectureIndex = prefectureNames.build()
        self.municipalityIndex = municipalityNames.build()
        self.townIndex = townNames.build()
        self.townIndexWithoutNo = townNamesWithoutNo.build()
        self.municipalitiesByPostalCode = byPostalCode
        self.lgCodeIndex = lgCodeIndex
        self.municipalityPrefecture = municipalities.map { Int32($0.prefecture) }
        self.municipalityParent = municipalities.map { Int32($0.parent) }
        self.municipalityIsCityLevel = municipalities.map { $0.kind == .designatedCity }
        // Kyoto city (26100) and its wards use street designations (通…上る).
        self.municipalityInKyotoCity = municipalities.map { $0.lgCode.hasPrefix("261") }
        self.municipalityInHokkaido = municipalities.map { $0.lgCode.hasPrefix("01") }
        self.townMunicipality = towns.map { Int32($0.municipality) }
        self.townHasChome = towns.map(\.hasChome)
        self.townMaxChome = towns.map { Int32($0.maxChome) }
        var chomeRanges: [Int: [ClosedRange<Int>]] = [:]
        for (index, town) in towns.enumerated() where !town.chomeRanges.isEmpty {
            chomeRanges[index] = town.chomeRanges.split(separator: ",").compactMap { range in
                let ends = range.split(separator: "-").compactMap { Int($0) }
                return ends.count == 2 && ends[0] <= ends[1] ? ends[0]...ends[1] : nil
            }
        }
        self.townChomeRanges = chomeRanges
    }
}

extension ReferenceStore {
    /// Every town name of Japan in one scope, for an address written without its
    /// municipality (霞が関1-3-1). Built at first use (about 120,000 names), since most
    /// runs never need it.
    static let nationwideTowns: NameIndex = {
        let store = ReferenceStore.shared
        var builder = NameIndex.Builder()
        for townIndex in store.towns.indices {
            builder.add(AddressFolding.nameKey(store.towns[townIndex].name), scope: 0, target: townIndex)
        }
        return builder.build()
    }()
}

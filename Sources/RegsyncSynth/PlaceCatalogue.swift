import RegsyncCore
import RegsyncText

/// The municipalities and towns addresses are drawn from: every municipality and town of
/// `AddressReference` (designated cities through their wards), with municipalities weighted
/// by their prefecture's population and their number of towns.
public final class PlaceCatalogue: Sendable {
    /// A municipality with the fields the generator writes.
    public struct Municipality: Sendable {
        /// Six-digit local government code.
        public let lgCode: String
        /// Two-digit prefecture code.
        public let prefectureCode: String
        /// The prefecture's name (東京都).
        public let prefecture: String
        /// The prefecture's reading.
        public let prefectureReading: String
        /// The name as the reference has it (横浜市港北区, 西多摩郡奥多摩町).
        public let name: String
        /// The reading.
        public let reading: String
        /// Whether no other municipality in Japan has the same name (so a ledger may omit
        /// the prefecture and still be read unambiguously).
        public let nameIsUnique: Bool
        /// Index range of the municipality's towns in `towns`.
        public let towns: Range<Int>
        /// Postal codes of the municipality as a whole.
        public let postalCodes: [String]
    }

    /// A town (町域) of a municipality.
    public struct Town: Sendable {
        /// The name (霞が関, 北一条西).
        public let name: String
        /// The reading.
        public let reading: String
        /// Whether its addresses carry a 丁目, and how many there are (at least 1).
        public let chomeCount: Int
        /// The town's postal codes.
        public let postalCodes: [String]
    }

    /// The catalogue built from the embedded reference data.
    public static let shared = PlaceCatalogue()

    /// All municipalities except designated cities as a whole (their wards are listed).
    public let municipalities: [Municipality]
    /// All towns, grouped by municipality.
    public let towns: [Town]
    private let municipalityTable: WeightedTable
    /// Municipality indexes per prefecture code (index 0 = 北海道).
    private let byPrefecture: [[Int]]
    private let prefectureTables: [WeightedTable]

    /// Population of the prefectures in thousands, 2020 census, in code order (01 北海道 …
    /// 47 沖縄県); used only as sampling weights.
    static let prefecturePopulation: [Double] = [
        5225, 1238, 1211, 2302, 960, 1068, 1833, 2867, 1933, 1939, 7345, 6284, 14048, 9237, 2201, 1035,
        1133, 767, 810, 2048, 1979, 3633, 7542, 1770, 1414, 2578, 8838, 5465, 1324, 923, 553, 671, 1888,
        2800, 1342, 720, 950, 1335, 692, 5135, 811, 1312, 1738, 1124, 1070, 1588, 1467,
    ]

    private init() {
        let prefectures = AddressReference.prefectures
        var readingByPrefecture: [String: String] = [:]
        for prefecture in prefectures { readingByPrefecture[prefecture.code] = prefecture.reading }
        // AddressReference.towns is grouped by municipality in code order.
        var townsByCode: [String: [AddressReference.Town]] = [:]
        for town in AddressReference.towns { townsByCode[town.lgCode, default: []].append(town) }
        var nameCounts: [String: Int] = [:]
        for municipality in AddressReference.municipalities where municipality.kind != .designatedCity {
            nameCounts[municipality.name, default: 0] += 1
        }
        var municipalities: [Municipality] = []
        var towns: [Town] = []
        for municipality in AddressReference.municipalities where municipality.kind != .designatedCity {
            let start = towns.count
            for town in townsByCode[municipality.lgCode] ?? [] {
                let chomeCount = town.hasChome ? max(1, min(town.chomeCount ?? 4, 12)) : 0
                towns.append(
                    Town(name: town.name, reading: town.reading, chomeCount: chomeCount, postalCodes: town.postalCodes))
            }
            municipalities.append(
                Municipality(
                    lgCode: municipality.lgCode, prefectureCode: municipality.prefectureCode,
                    prefecture: municipality.prefecture,
                    prefectureReading: readingByPrefecture[municipality.prefectureCode] ?? "",
                    name: municipality.name, reading: municipality.reading,
                    nameIsUnique: nameCounts[municipality.name] == 1, towns: start..<towns.count,
                    postalCodes: municipality.postalCodes))
        }
        self.municipalities = municipalities
        self.towns = towns
        var byPrefecture = Array(repeating: [Int](), count: 47)
        for (index, municipality) in municipalities.enumerated() {
            if let code = Int(municipality.prefectureCode), (1...47).contains(code) {
                byPrefecture[code - 1].append(index)
            }
        }
        self.byPrefecture = byPrefecture
        // Within a prefecture a municipality's share grows with its number of towns (a rough
        // stand-in for population, which the postal data does not carry).
        prefectureTables = byPrefecture.map { list in
            WeightedTable(list.map { Double(municipalities[$0].towns.count) + 2 })
        }
        var weights = Array(repeating: 0.0, count: municipalities.count)
        for (prefecture, list) in byPrefecture.enumerated() {
            let total = list.reduce(0.0) { $0 + Double(municipalities[$1].towns.count) + 2 }
            for index in list {
                weights[index] =
                    Self.prefecturePopulation[prefecture] * (Double(municipalities[index].towns.count) + 2) / total
            }
        }
        municipalityTable = WeightedTable(weights)
    }

    /// A municipality anywhere in Japan, in proportion to population.
    public func drawMunicipality(_ rng: inout SplitMix64) -> Int {
        municipalityTable.draw(&rng)
    }

    /// A municipality in the same prefecture as `municipality`.
    public func drawMunicipality(inPrefectureOf municipality: Int, _ rng: inout SplitMix64) -> Int {
        let prefecture = (Int(municipalities[municipality].prefectureCode) ?? 1) - 1
        return byPrefecture[prefecture][prefectureTables[prefecture].draw(&rng)]
    }

    /// A new address in `municipality`: a town, 丁目/番/号 or 番地, sometimes a building.
    public func drawPlace(in municipality: Int, _ rng: inout SplitMix64, buildingRate: Double = 0.3) -> Place {
        let range = municipalities[municipality].towns
        let town = range.isEmpty ? -1 : range.lowerBound + rng.below(range.count)
        var place = Place(municipality: Int32(municipality), town: Int32(town))
        let chomeCount = town >= 0 ? towns[town].chomeCount : 0
        if chomeCount > 0 {
            place.chome = Int16(1 + rng.below(chomeCount))
            place.ban = Int16(1 + rng.below(28))
            place.go = rng.chance(0.9) ? Int16(1 + rng.below(30)) : 0
        } else {
            // Lot numbers: many small ones, a few in the thousands.
            let u = rng.unit()
            place.ban = Int16(1 + Int(u * u * 2400))
            place.go = rng.chance(0.55) ? Int16(1 + rng.below(20)) : 0
        }
        if rng.chance(buildingRate) {
            place.building = UInt32(truncatingIfNeeded: rng.next() | 1)
            place.room = Int16(100 * (1 + rng.below(rng.chance(0.8) ? 4 : 14)) + 1 + rng.below(12))
        }
        return place
    }

    /// A different town of the same municipality with a 丁目, keeping the building: what a
    /// 住居表示 implementation or town renaming (住所一括変更) does to an address.
    public func administrativeChange(of place: Place, _ rng: inout SplitMix64) -> Place? {
        let range = municipalities[Int(place.municipality)].towns
        let candidates = range.filter { $0 != Int(place.town) && towns[$0].chomeCount > 0 }
        guard !candidates.isEmpty else { return nil }
        var changed = place
        let town = candidates[rng.below(candidates.count)]
        changed.town = Int32(town)
        changed.chome = Int16(1 + rng.below(towns[town].chomeCount))
        changed.ban = Int16(1 + rng.below(28))
        changed.go = Int16(1 + rng.below(30))
        return changed
    }

    /// The postal code of a place (the town's first, else the municipality's).
    public func postalCode(of place: Place) -> String {
        if place.town >= 0, let code = towns[Int(place.town)].postalCodes.first { return code }
        return municipalities[Int(place.municipality)].postalCodes.first ?? ""
    }
}

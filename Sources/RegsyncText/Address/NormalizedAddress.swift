/// One address split into its parts, with a canonical comparison key and what could not
/// be recognised; the JSON object `regsync normalize address` prints for each line.
///
/// Unknown parts are nil (JSON null). `ban` and `go` are decimal strings of one number
/// each ("3", "123"); a `go` written as a chain with の keeps it ("4の5"). Building, room
/// and anything unrecognised after the numbers are in `rest`.
public struct NormalizedAddress: Sendable, Hashable, Encodable {
    /// The prefecture (東京都), inferred from the municipality when omitted and unique.
    public var prefecture: String?
    /// The municipality as the reference names it, with 郡 and ward (横浜市港北区,
    /// 西多摩郡奥多摩町); when ambiguous, the name as written.
    public var municipality: String?
    /// The six-digit local government code of `municipality`, when resolved.
    public var lgCode: String?
    /// A Kyoto street designation kept as written (寺町通御池上る); the town follows it.
    public var street: String?
    /// A 大字 written before a town that the reference lists on its own (大字長野元善町 →
    /// 長野, with town 元善町); not part of the key, since most notations leave it out.
    public var oaza: String?
    /// The town without its 丁目 (霞が関, 北一条西), as the reference names it when found.
    public var town: String?
    /// A 小字 after the town (字中島 → 中島).
    public var koaza: String?
    /// Iwate's 地割 number (第1地割 → 1).
    public var chiwari: Int?
    /// The 丁目 number.
    public var chome: Int?
    /// The 番 or 番地 number.
    public var ban: String?
    /// The 号 (or the branch number after 番地).
    public var go: String?
    /// Building, room, or the unrecognised remainder, as written (width-folded).
    public var rest: String?
    /// A postal code found in the text, as seven digits with a hyphen (100-8926).
    public var postalCode: String?
    /// Canonical comparison key: equal for two notations of one address.
    public var key: String
    /// What was inferred or could not be recognised, in stable codes.
    public var warnings: [AddressWarning]
    /// Whether the numbers are written as 番地 (lot numbers) rather than 番/号.
    var usesBanchi: Bool = false
    /// Whether `koaza` is the side of a Hokkaido street, written after the 丁目 (一丁目南).
    var koazaAfterChome: Bool = false

    /// An address with nothing recognised yet.
    init() {
        key = ""
        warnings = []
    }

    enum CodingKeys: String, CodingKey {
        case prefecture, municipality, lgCode = "lg_code", street, oaza, town, koaza, chiwari, chome, ban, go, rest
        case postalCode = "postal_code", key, rendered, warnings
    }

    /// Encodes every key, unknown parts as null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func put(_ value: String?, _ key: CodingKeys) throws {
            if let value { try c.encode(value, forKey: key) } else { try c.encodeNil(forKey: key) }
        }
        func put(_ value: Int?, _ key: CodingKeys) throws {
            if let value { try c.encode(value, forKey: key) } else { try c.encodeNil(forKey: key) }
        }
        try put(prefecture, .prefecture)
        try put(municipality, .municipality)
        try put(lgCode, .lgCode)
        try put(street, .street)
        try put(oaza, .oaza)
        try put(town, .town)
        try put(koaza, .koaza)
        try put(chiwari, .chiwari)
        try put(chome, .chome)
        try put(ban, .ban)
        try put(go, .go)
        try put(rest, .rest)
        try put(postalCode, .postalCode)
        try c.encode(key, forKey: .key)
        try c.encode(rendered, forKey: .rendered)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// A machine-readable note on how an address was read: a stable code and a short
/// message that never repeats the address itself.
public struct AddressWarning: Sendable, Hashable, Encodable {
    /// The stable codes.
    public enum Code: String, Sendable, Hashable, Encodable, CaseIterable {
        /// The input was empty or only white space.
        case emptyInput = "empty_input"
        /// The prefecture was omitted and inferred from a municipality name unique in Japan.
        case prefectureInferred = "prefecture_inferred"
        /// The prefecture written does not contain the municipality; the municipality won.
        case prefectureMismatch = "prefecture_mismatch"
        /// No municipality name was recognised.
        case municipalityNotFound = "municipality_not_found"
        /// The municipality name exists in more than one place and nothing told them apart.
        case municipalityAmbiguous = "municipality_ambiguous"
        /// A name shared by several municipalities was resolved because only one has the town
        /// (or the postal code).
        case municipalityResolved = "municipality_resolved"
        /// No municipality was written; the town name (at least three characters) is in one
        /// municipality of Japan (of the prefecture, when one was written) only.
        case municipalityInferred = "municipality_inferred"
        /// A designated city was written without its ward; the ward was inferred from the town.
        case wardInferred = "ward_inferred"
        /// A designated city was written without its ward and the town exists in several wards.
        case wardAmbiguous = "ward_ambiguous"
        /// The text after the municipality is not a town of the reference data.
        case townNotInReference = "town_not_in_reference"
        /// A 丁目 greater than the town's known number of 丁目.
        case chomeOutOfRange = "chome_out_of_range"
        /// Text that could not be placed in any part is left in `rest`.
        case unparsedRemainder = "unparsed_remainder"
        /// A place name was found only by folding a variant kanji (竜ヶ崎 for 龍ケ崎, 桧原 for 檜原,
        /// a JIS78/JIS83 glyph swap); the reference spelling is in the output.
        case variantFolded = "variant_folded"
        /// A former municipality name (a merger or renaming since about 2005, Japan Post's list)
        /// was read as the municipality that has the place today.
        case formerMunicipality = "former_municipality"
        /// The input line could not be decoded in the declared encoding.
        case unreadableInput = "unreadable_input"
    }

    /// The stable code.
    public let code: Code
    /// A short explanation.
    public let message: String

    /// Creates a warning.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
}

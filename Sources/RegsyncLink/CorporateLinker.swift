/// Links holders that are legal entities to the commercial registry's corporations, so that
/// a company's move can be propagated too: by the corporate number when the ledger carries
/// one, otherwise by the normalised name (legal-form designation removed) and the address.
public struct CorporateLinker: Sendable {
    /// A corporation as the commercial registry holds it.
    public struct Corporation: Sendable {
        public var number: String
        /// The name's strict key without its legal-form designation (the keys stage's `name_key`).
        public var nameKey: String?
        /// The address normaliser's key.
        public var addressKey: String?

        public init(number: String, nameKey: String?, addressKey: String?) {
            self.number = number
            self.nameKey = nameKey
            self.addressKey = addressKey
        }
    }

    /// Why a holder was linked to a corporation or not (stable codes).
    public enum Reason: String, Sendable {
        case corporateNumber = "corporate_number"
        case nameAndAddress = "name_and_address"
        case nameAndMunicipality = "name_and_municipality"
        /// The only corporation of that name, at another address (it may have moved): weaker evidence.
        case nameOnly = "name_only"
        case ambiguous
        case notFound = "not_found"
        case numberNotInRegistry = "corporate_number_not_in_registry"
    }

    private var byNumber: [String: Int] = [:]
    private var byName: [String: [Int]] = [:]
    private let corporations: [Corporation]

    public init(_ corporations: [Corporation]) {
        self.corporations = corporations
        for (index, corporation) in corporations.enumerated() {
            byNumber[corporation.number] = index
            if let key = corporation.nameKey, !key.isEmpty { byName[key, default: []].append(index) }
        }
    }

    /// The corporation a holder is, with the reason.
    /// - Parameters:
    ///   - nameKey: the holder's name key (from `NameNormalizer`, designation removed).
    ///   - addressKey: the holder's address key, if any.
    ///   - corporateNumber: the 13-digit number the ledger carries, if any.
    public func link(nameKey: String, addressKey: String?, corporateNumber: String?) -> (
        number: String?, reason: Reason
    ) {
        if let corporateNumber, !corporateNumber.isEmpty {
            return byNumber[corporateNumber] != nil ? (corporateNumber, .corporateNumber) : (nil, .numberNotInRegistry)
        }
        guard let candidates = byName[nameKey], !candidates.isEmpty else { return (nil, .notFound) }
        let place = addressKey.flatMap(Self.place)
        let municipality = addressKey.flatMap(Self.municipality)
        let atPlace = candidates.filter { place != nil && corporations[$0].addressKey.flatMap(Self.place) == place }
        if atPlace.count == 1 { return (corporations[atPlace[0]].number, .nameAndAddress) }
        if atPlace.count > 1 { return (nil, .ambiguous) }
        let inMunicipality = candidates.filter {
            municipality != nil && corporations[$0].addressKey.flatMap(Self.municipality) == municipality
        }
        if inMunicipality.count == 1 { return (corporations[inMunicipality[0]].number, .nameAndMunicipality) }
        if inMunicipality.isEmpty && candidates.count == 1 { return (corporations[candidates[0]].number, .nameOnly) }
        return (nil, .ambiguous)
    }

    /// The key down to the 号 (`lg|street|town|koaza|chiwari|chome|ban|go`), nil without a municipality.
    static func place(_ key: String) -> String? {
        let parts = key.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count >= 8, !parts[0].isEmpty else { return nil }
        return parts[0..<8].joined(separator: "|")
    }

    static func municipality(_ key: String) -> String? {
        let code = key.split(separator: "|", omittingEmptySubsequences: false).first.map(String.init)
        return code?.isEmpty == false ? code : nil
    }
}

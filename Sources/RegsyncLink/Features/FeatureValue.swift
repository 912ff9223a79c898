/// The raw value of one feature of one record, as a reader (a file through a mapping, or
/// the store) hands it to the engine; the feature columns normalise it.
public enum FeatureValue: Sendable {
    /// A person's name, with what else the source knows of it.
    case name(NameValue)
    /// A plain text value (compared exactly or by string similarity).
    case text(String?)
    /// A date, packed `yyyymmdd` (0 = unknown); see ``LinkDate``.
    case date(Int32)
    /// One address, or a history of dated addresses, with the date the record refers to.
    case address(AddressValue)
    /// A group the record belongs to (a household): records of one group are look-alikes.
    case group(String?)
}

/// A name as a source holds it.
public struct NameValue: Sendable {
    /// The name as written (surname and given name, any width and spacing), or a legal entity's name.
    public var text: String?
    /// Its reading (フリガナ), when the source has one.
    public var reading: String?
    /// Former surnames (旧氏) the source knows for the person.
    public var formerSurnames: [String]
    /// Other names the person was known by (an earlier name before a 氏名変更), with readings.
    public var otherNames: [(name: String, reading: String?)]

    public init(
        text: String?, reading: String? = nil, formerSurnames: [String] = [],
        otherNames: [(name: String, reading: String?)] = []
    ) {
        self.text = text
        self.reading = reading
        self.formerSurnames = formerSurnames
        self.otherNames = otherNames
    }
}

/// One address or an address history.
public struct AddressValue: Sendable {
    /// The addresses, in any order; a record of a ledger has one, a resident a history.
    public var entries: [AddressEntry]
    /// The day the record's address was recorded (packed `yyyymmdd`, 0 unknown): an address
    /// valid on that day is better evidence than one that was not.
    public var referenceDate: Int32

    public init(entries: [AddressEntry], referenceDate: Int32 = 0) {
        self.entries = entries
        self.referenceDate = referenceDate
    }
}

/// One address of an ``AddressValue``: either text to normalise, or the comparison key the
/// address normaliser already produced (the store keeps it), with its validity.
public struct AddressEntry: Sendable {
    /// The address as written (normalised by the engine when `key` is nil).
    public var text: String?
    /// The normaliser's comparison key (`lg|street|town|koaza|chiwari|chome|ban|go|rest`).
    public var key: String?
    /// The first day the address was valid (packed `yyyymmdd`, 0 unknown).
    public var validFrom: Int32
    /// The day it stopped being valid (packed `yyyymmdd`, 0 = still valid).
    public var validTo: Int32
    /// The key already parsed (readers that parse keys from bytes).
    public var parsed: ParsedAddressKey?

    public init(text: String? = nil, key: String? = nil, validFrom: Int32 = 0, validTo: Int32 = 0) {
        self.text = text
        self.key = key
        self.validFrom = validFrom
        self.validTo = validTo
    }

    public init(parsed: ParsedAddressKey, validFrom: Int32, validTo: Int32) {
        self.parsed = parsed
        self.validFrom = validFrom
        self.validTo = validTo
    }
}

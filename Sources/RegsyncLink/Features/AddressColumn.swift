import RegsyncText

/// The comparison form of one side's addresses: per record, one or more entries (a ledger's
/// address, or a resident's history) as hashes of the normaliser's key at two precisions,
/// the municipality code and the days the entry was valid.
public struct AddressColumn: Sendable {
    /// One address in comparison form.
    public struct Entry: Sendable {
        /// Hash of the key without building and room (`lg|street|town|koaza|chiwari|chome|ban|go`);
        /// 0 when the address names no town or number (a municipality-only address).
        public var place: UInt64
        /// Hash of the key down to the 丁目 (`lg|street|town|koaza|chiwari|chome`); 0 without a town.
        public var town: UInt64
        /// The six-digit local government code as a number; 0 when the municipality is unknown.
        public var municipality: UInt32
        /// First and last+1 day of validity (days since 1970-01-01; `Int32.max` while current).
        public var fromDay: Int32
        public var toDay: Int32
        /// log2 of the share of the other side's entries at this place (term frequency).
        public var placeFrequencyLog2: Float = 0
    }

    private var start: [UInt32] = []
    private var length: [UInt8] = []
    public private(set) var entries: [Entry] = []
    /// Per record: the day its address was recorded (days since 1970; `Int32.min` unknown).
    public private(set) var referenceDay: [Int32] = []

    public init() {}

    public var count: Int { start.count }

    /// The entries of record `index`.
    @inlinable
    public func entries(of index: Int) -> ArraySlice<Entry> {
        let first = Int(startIndex(index))
        return entries[first..<first + Int(lengthOf(index))]
    }

    @usableFromInline func startIndex(_ index: Int) -> UInt32 { start[index] }
    @usableFromInline func lengthOf(_ index: Int) -> UInt8 { length[index] }

    /// Appends one record's addresses.
    public mutating func append(_ value: AddressValue?, normalizer: AddressNormalizer) {
        start.append(UInt32(entries.count))
        var added = 0
        if let value {
            for entry in value.entries where added < 32 {
                let parsed: (place: UInt64, town: UInt64, municipality: UInt32)?
                if let given = entry.parsed {
                    parsed = (given.place, given.town, given.municipality)
                } else {
                    let key = entry.key ?? entry.text.map { normalizer.normalize($0).key }
                    parsed = key.flatMap(Self.parse)
                }
                guard let parsed else { continue }
                let from = entry.validFrom > 0 ? LinkDate.dayNumber(entry.validFrom) : Int32.min
                let to = entry.validTo > 0 ? LinkDate.dayNumber(entry.validTo) : Int32.max
                entries.append(
                    Entry(
                        place: parsed.place, town: parsed.town, municipality: parsed.municipality, fromDay: from,
                        toDay: to))
                added += 1
            }
        }
        length.append(UInt8(added))
        referenceDay.append(
            value.map { $0.referenceDate > 0 ? LinkDate.dayNumber($0.referenceDate) : Int32.min } ?? Int32.min)
    }

    /// Sets each entry's place frequency from counts of places on the other side.
    mutating func setPlaceFrequencies(_ log2Share: (UInt64) -> Float) {
        for index in entries.indices where entries[index].place != 0 {
            entries[index].placeFrequencyLog2 = log2Share(entries[index].place)
        }
    }

    /// Hashes of a normaliser key's two precisions and its municipality code, or nil when the
    /// municipality is unknown (an unresolved address compares as missing). Read on the key's
    /// UTF-8 bytes: the two precisions are prefixes of the key (up to its 6th and 8th `|`), so
    /// no substring is built.
    static func parse(_ key: String) -> (place: UInt64, town: UInt64, municipality: UInt32)? {
        var key = key
        return key.withUTF8 { parse($0) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (place: UInt64, town: UInt64, municipality: UInt32)? {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 8) { separators in
            var found = 0
            for (index, byte) in bytes.enumerated() where byte == 0x7C {
                separators[found] = index
                found += 1
                if found == 8 { break }
            }
            guard found >= 7 else { return nil }
            let placeEnd = found == 8 ? separators[7] : bytes.count
            var lg: UInt32 = 0
            for byte in bytes[0..<separators[0]] {
                guard (0x30...0x39).contains(byte) else { return nil }
                lg = lg &* 10 &+ UInt32(byte - 0x30)
            }
            guard lg > 0 else { return nil }
            let hasTown = separators[5] > separators[0] + 5  // anything between the code and the 丁目's end
            let hasNumber = placeEnd > separators[5] + 2
            return (
                place: hasTown || hasNumber
                    ? StableHash.of(bytes: UnsafeBufferPointer(rebasing: bytes[0..<placeEnd]), tag: 21) : 0,
                town: hasTown
                    ? StableHash.of(bytes: UnsafeBufferPointer(rebasing: bytes[0..<separators[5]]), tag: 22) : 0,
                municipality: lg
            )
        }
    }

}

/// An address key already reduced to what comparisons use (see ``AddressColumn``), for
/// readers that parse keys straight from bytes (the store reads millions of them).
public struct ParsedAddressKey: Sendable, Hashable {
    public var place: UInt64
    public var town: UInt64
    public var municipality: UInt32

    /// The parts of a normaliser key given as UTF-8 bytes; nil when the municipality is unknown.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> ParsedAddressKey? {
        bytes.withMemoryRebound(to: UInt8.self) { buffer in
            AddressColumn.parse(buffer).map {
                ParsedAddressKey(place: $0.place, town: $0.town, municipality: $0.municipality)
            }
        }
    }
}

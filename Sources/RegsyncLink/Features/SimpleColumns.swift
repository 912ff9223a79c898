import RegsyncText

/// Plain text values in comparison form: trimmed, width-folded (NFKC), lower-cased, runs of
/// white space made one space; a hash for exact agreement and the scalars for similarity.
public struct TextColumn: Sendable {
    public private(set) var hashes: [UInt64] = []
    public private(set) var spans: [ScalarStore.Span] = []
    public private(set) var scalars = ScalarStore()

    public init() {}

    public var count: Int { hashes.count }

    /// Appends one record's value.
    public mutating func append(_ text: String?) {
        let folded = text.map(Self.fold) ?? ""
        hashes.append(folded.isEmpty ? 0 : StableHash.of(folded, tag: 31))
        spans.append(scalars.append(folded))
    }

    /// The comparison form of a text value.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in CharacterFolding.foldWidth(text).unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
        }
        return String(out)
    }

    public mutating func shrink() { scalars.shrink() }
}

/// Dates in comparison form: packed `yyyymmdd`, 0 unknown.
public struct DateColumn: Sendable {
    public private(set) var values: [Int32] = []

    public init() {}

    public var count: Int { values.count }

    public mutating func append(_ packed: Int32) { values.append(packed) }
}

/// The group of each record (a household): records of one group look alike by design.
public struct GroupColumn: Sendable {
    public private(set) var values: [UInt64] = []

    public init() {}

    public var count: Int { values.count }

    public mutating func append(_ text: String?) {
        values.append(text.flatMap { $0.isEmpty ? nil : StableHash.of($0, tag: 41) } ?? 0)
    }
}

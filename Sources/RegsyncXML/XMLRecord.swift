/// One field of an XML record: a path relative to the record element and its text.
///
/// Paths use local names joined by `/`: `name`, `address/prefecture`, `@id` (an attribute
/// of the record element), `owner/@seq` (an attribute of a child).
public struct XMLField: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// The text, decoded to Unicode by libxml2 (character references resolved, CDATA
    /// merged, whitespace kept as in the file).
    public var value: String

    public init(path: String, value: String) {
        self.path = path
        self.value = value
    }

    public var description: String { "\(path)=\(value)" }
}

/// One record element read from an XML document: its fields in document order, the line
/// where it starts, and its outer XML (rebuilt, bounded) for the reject file.
///
/// An element becomes a field when it has no child elements (then even an empty
/// `<name/>` is a field with value `""`), or when it has text of its own besides child
/// elements (mixed content: the text parts joined). Repeated elements give repeated
/// fields, in document order.
public struct XMLRecord: Sendable {
    /// The fields in document order (attributes of an element before its content).
    public internal(set) var fields: [XMLField]
    /// The 1-based line where the record element's start tag begins (its `<`).
    public internal(set) var line: Int
    /// The record's outer XML as UTF-8, rebuilt from what the parser reported (attribute
    /// quoting, entity and character references and CDATA sections are normalised), cut
    /// at `maxRawBytes`.
    public internal(set) var raw: [UInt8]
    /// True when `raw` was cut at `maxRawBytes`.
    public internal(set) var isRawTruncated: Bool
    /// Set when the record cannot be loaded although the document goes on.
    public internal(set) var problem: XMLRecordProblem?

    init(line: Int) {
        fields = []
        self.line = line
        raw = []
        isRawTruncated = false
        problem = nil
    }

    /// All values of `path`, in document order.
    public func values(_ path: String) -> [String] {
        fields.lazy.filter { $0.path == path }.map(\.value)
    }

    /// The first value of `path`, or `nil` when the record has no such field.
    public func first(_ path: String) -> String? {
        fields.first { $0.path == path }?.value
    }
}

/// Why a record that was read completely cannot be loaded.
public enum XMLRecordProblem: String, Sendable, Hashable {
    /// The record's text, attribute values and field paths exceed `maxRecordBytes`: its
    /// fields are dropped (it was still read to its end, so the next record is fine).
    case tooLarge = "too_large"
    /// Elements are nested deeper within the record than `maxDepth`: its fields are dropped.
    case tooDeep = "too_deep"
    /// An element of the record has more attributes than `maxAttributes`: its fields are
    /// dropped.
    case tooManyAttributes = "too_many_attributes"
}

/// The bytes that ended a physical line.
public enum CSVLineTerminator: Sendable, Hashable, CaseIterable {
    /// `\n`.
    case lf
    /// `\r\n` (counts as one line break).
    case crlf
    /// A lone `\r` (classic Mac OS); counts as one line break.
    case cr
    /// No terminator: the last record of a file that does not end with a line break.
    case none

    /// The terminator's bytes, as they were in the file.
    public var bytes: [UInt8] {
        switch self {
        case .lf: [0x0A]
        case .crlf: [0x0D, 0x0A]
        case .cr: [0x0D]
        case .none: []
        }
    }

    /// The number of bytes the terminator occupies.
    public var byteCount: Int {
        switch self {
        case .lf, .cr: 1
        case .crlf: 2
        case .none: 0
        }
    }
}

/// Where one field lies in a record's storage. 32-bit offsets keep a record with many
/// short fields compact (records are limited to `CSVReader.maximumRecordLimit`).
@usableFromInline
struct FieldSpan: Sendable, Hashable {
    @usableFromInline var start: UInt32
    @usableFromInline var length: UInt32
    var quoted: Bool

    init(start: Int, end: Int, quoted: Bool) {
        self.start = UInt32(truncatingIfNeeded: start)
        self.length = UInt32(truncatingIfNeeded: end - start)
        self.quoted = quoted
    }
}

/// One record of a delimited file: its fields as bytes (undecoded), where it was, and its
/// raw bytes exactly as in the file for the reject file.
///
/// All bytes live in one buffer: `raw` first, then the unquoted values of fields that
/// needed unescaping (doubled quotes). A field is an `ArraySlice` into that buffer, so
/// reading a record allocates nothing once ``CSVReader/next(into:)`` has warmed up.
///
/// A record with a ``problem`` has no fields: the importer rejects it with `raw`.
public struct CSVRecord: Sendable {
    /// The 1-based physical line where the record starts.
    public internal(set) var line: Int = 0
    /// The 1-based physical line where the record ends (larger than `line` when a quoted
    /// field contains line breaks).
    public internal(set) var endLine: Int = 0
    /// The offset of the record's first byte from the start of the input.
    public internal(set) var byteOffset: Int = 0
    /// The record's length in the input, without its terminator. Larger than `raw.count`
    /// only for a record cut at `maxRecordBytes` (``CSVProblem/Kind-swift.enum/tooLarge``,
    /// or an unterminated quote that ran past the limit).
    public internal(set) var byteCount: Int = 0
    /// The line break that ended the record.
    public internal(set) var terminator: CSVLineTerminator = .none
    /// Why the record is malformed, or `nil` for a good record.
    public internal(set) var problem: CSVProblem?

    var storage: [UInt8] = []
    var rawCount = 0
    // Inlinable access: the importer reads a field's place for every field of every record.
    @usableFromInline var spans: [FieldSpan] = []

    /// An empty record to pass to ``CSVReader/next(into:)``.
    public init() {}

    /// The record's bytes exactly as in the file, without the final line terminator
    /// (including quotes, doubled quotes and line breaks inside quoted fields).
    public var raw: ArraySlice<UInt8> { storage[0..<rawCount] }

    /// True when `raw` holds only the first `maxRecordBytes` of the record.
    public var isRawTruncated: Bool { rawCount < byteCount }

    /// The number of fields (a trailing delimiter adds an empty field; 0 for a record
    /// with a problem).
    @inlinable public var fieldCount: Int { spans.count }

    /// The bytes of field `index` (0-based): quotes removed, doubled quotes undoubled,
    /// spaces trimmed when the dialect says so. Not decoded.
    public subscript(index: Int) -> ArraySlice<UInt8> {
        let span = spans[index]
        let start = Int(span.start)
        return storage[start..<(start + Int(span.length))]
    }

    /// Where field `index` (0-based) lies in the buffer that ``withUnsafeBytes(_:)`` shows.
    @inlinable
    public func range(ofField index: Int) -> Range<Int> {
        let span = spans[index]
        let start = Int(span.start)
        return start..<(start + Int(span.length))
    }

    /// Calls `body` with the record's whole buffer, in which ``range(ofField:)`` finds
    /// each field: a hot loop reads every field without an `ArraySlice` (and its
    /// reference counting) per field.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBytes(body)
    }

    /// True when field `index` (0-based) was quoted in the file (`""` is a quoted empty
    /// string, an empty unquoted field is not quoted).
    public func isQuoted(_ index: Int) -> Bool { spans[index].quoted }

    /// All fields, in order. Allocates an array; prefer the subscript in hot loops.
    public var fields: [ArraySlice<UInt8>] { (0..<spans.count).map { self[$0] } }
}

/// A streaming reader of delimited files (CSV, TSV) that yields records as bytes, with
/// their physical line numbers and raw bytes, in bounded memory.
///
/// How it works: a quote-aware scan finds each record's end and counts physical lines;
/// fields without doubled quotes are sliced straight out of the record's bytes, and a
/// record that contains a doubled quote or a stray quote is handed to libcsv in strict
/// mode (`CSV_STRICT | CSV_STRICT_FINI`), one record per call, so a parse error stays
/// local to its record.
///
/// Conventions:
/// - Line breaks are CRLF, LF or a lone CR; each counts as one physical line, also
///   inside quoted fields (where it belongs to the field's value).
/// - Empty lines (no byte before the line break) are skipped but counted. A line with
///   only spaces is a record with one field.
/// - A last line without a line break is a normal record (``CSVRecord/terminator`` is
///   `.none`).
/// - A quote opens a quoted field only as the first byte of a field (after spaces when
///   the dialect trims them). Elsewhere it is a stray quote: the record is reported with
///   ``CSVProblem/Kind-swift.enum/strayQuote`` and the scan goes on treating it as data, so
///   one bad quote damages at most the records up to the next quote byte.
/// - A UTF-8 byte order mark is data: check ``peekPrefix(_:)`` and call
///   ``skip(prefixBytes:)`` (or ``skipUTF8ByteOrderMark()``) before the first record.
/// - Bytes are split before anything is decoded. That is safe for CP932, EUC-JP and
///   UTF-8: delimiter, quote, CR and LF are below 0x40, and no such byte occurs inside a
///   multibyte character of those encodings (a dialect using `|` is refused).
/// - Nothing is lost: between two records there are only skipped empty lines, so the
///   input is exactly the records' `raw` bytes, their terminators and the CR/LF bytes of
///   empty lines (see ``CSVRecord/byteOffset``).
///
/// Memory stays bounded by about `maxRecordBytes + chunkSize`, whatever the file size.
public final class CSVReader {
    /// The default limit on one record's length: 16 MiB.
    public static let defaultMaxRecordBytes = 16 << 20
    /// The largest `maxRecordBytes` or `chunkSize` accepted (field offsets are 32-bit).
    public static let maximumRecordLimit = 1 << 30
    /// The default read size: 1 MiB.
    public static let defaultChunkSize = 1 << 20

    private var scanner: CSVScanner

    /// Opens a file for reading with `open(2)`.
    /// - Parameters:
    ///   - maxRecordBytes: records longer than this (without terminator) are reported as
    ///     ``CSVProblem/Kind-swift.enum/tooLarge``, keeping their first `maxRecordBytes` bytes.
    ///   - chunkSize: how many bytes one `read(2)` asks for.
    ///   - maxQuotedLines: turns quote recovery on (`nil`: off). A quoted field that spans
    ///     more physical lines than this, or runs past `maxRecordBytes`, is a runaway: its
    ///     record ends at the end of the line where the quote opened
    ///     (``CSVProblem/Kind-swift.enum/runawayQuote``) and reading resumes on the next
    ///     line. A quote still open at the end of the input ends its record the same way
    ///     (``CSVProblem/Kind-swift.enum/unterminatedQuote``). One bad quote then costs one
    ///     record instead of the rest of the file.
    /// - Throws: ``CSVReaderError`` `.open` when the file cannot be opened,
    ///   `.invalidConfiguration` for an unusable dialect or limit.
    public init(
        path: String, dialect: CSVDialect = .csv, maxRecordBytes: Int = defaultMaxRecordBytes,
        chunkSize: Int = defaultChunkSize, maxQuotedLines: Int? = nil
    ) throws(CSVReaderError) {
        try Self.validate(
            dialect: dialect, maxRecordBytes: maxRecordBytes, chunkSize: chunkSize, maxQuotedLines: maxQuotedLines)
        scanner = CSVScanner(
            source: try ByteSource(path: path), dialect: dialect, maxRecordBytes: maxRecordBytes, chunkSize: chunkSize,
            maxQuotedLines: maxQuotedLines)
    }

    /// Reads records from bytes in memory (tests, small inputs). A small `chunkSize`
    /// exercises the same refill paths as a large file.
    public init(
        bytes: [UInt8], dialect: CSVDialect = .csv, maxRecordBytes: Int = defaultMaxRecordBytes,
        chunkSize: Int = defaultChunkSize, maxQuotedLines: Int? = nil
    ) throws(CSVReaderError) {
        try Self.validate(
            dialect: dialect, maxRecordBytes: maxRecordBytes, chunkSize: chunkSize, maxQuotedLines: maxQuotedLines)
        scanner = CSVScanner(
            source: ByteSource(bytes: bytes), dialect: dialect, maxRecordBytes: maxRecordBytes, chunkSize: chunkSize,
            maxQuotedLines: maxQuotedLines)
    }

    private static func validate(dialect: CSVDialect, maxRecordBytes: Int, chunkSize: Int, maxQuotedLines: Int?)
        throws(CSVReaderError)
    {
        if let maxQuotedLines, maxQuotedLines < 1 {
            throw CSVReaderError(code: .invalidConfiguration, message: "maxQuotedLines must be at least 1")
        }
        if let reason = dialect.invalidReason {
            throw CSVReaderError(code: .invalidConfiguration, message: "invalid dialect: \(reason)")
        }
        guard (1...maximumRecordLimit).contains(maxRecordBytes) else {
            throw CSVReaderError(
                code: .invalidConfiguration, message: "maxRecordBytes must be between 1 and \(maximumRecordLimit)")
        }
        guard (1...maximumRecordLimit).contains(chunkSize) else {
            throw CSVReaderError(
                code: .invalidConfiguration, message: "chunkSize must be between 1 and \(maximumRecordLimit)")
        }
    }

    /// The dialect the reader parses.
    public var dialect: CSVDialect { scanner.dialect }
    /// The record length limit (see ``init(path:dialect:maxRecordBytes:chunkSize:)``).
    public var maxRecordBytes: Int { scanner.maxRecordBytes }

    /// The physical line (1-based) of the next unread byte; at the end of the input, the
    /// number of line breaks in the file plus one.
    public var currentLine: Int { scanner.nextLine }

    /// How many bytes of input have been consumed (returned as records, terminators,
    /// empty lines or a skipped prefix); the input's size once ``next()`` returned `nil`.
    public var consumedByteCount: Int { scanner.consumedByteCount }

    /// Test and benchmark hook: split every record with libcsv, not only the ones whose
    /// quotes need it.
    var alwaysUsesLibCSV: Bool {
        get { scanner.alwaysUsesLibCSV }
        set { scanner.alwaysUsesLibCSV = newValue }
    }

    /// Reads the next record.
    /// - Returns: the record, or `nil` at the end of the input.
    /// - Throws: ``CSVReaderError`` when reading the file fails.
    public func next() throws(CSVReaderError) -> CSVRecord? {
        var record = CSVRecord()
        return try scanner.next(into: &record) ? record : nil
    }

    /// Reads the next record into `record`, reusing its buffers: the allocation-free way
    /// to read a large file (keep one `CSVRecord` for the whole loop; fields are slices of
    /// it, valid until the next call overwrites it).
    /// - Returns: false at the end of the input (`record` is then unspecified).
    /// - Throws: ``CSVReaderError`` when reading the file fails.
    public func next(into record: inout CSVRecord) throws(CSVReaderError) -> Bool {
        try scanner.next(into: &record)
    }

    /// Reads the first record, to be used as the header (the reader treats it like any
    /// other record: it may have a problem, and its line is counted).
    /// - Throws: ``CSVReaderError`` `.misuse` if records were already read.
    public func readHeader() throws(CSVReaderError) -> CSVRecord? {
        guard !scanner.hasStarted else {
            throw CSVReaderError(code: .misuse, message: "the header must be read before any other record")
        }
        return try next()
    }

    /// The first `count` bytes of the input (fewer for a shorter input), without consuming
    /// them: e.g. to detect a byte order mark. Only before the first record.
    /// - Throws: ``CSVReaderError`` `.misuse` after the first record, `.read` on I/O failure.
    public func peekPrefix(_ count: Int) throws(CSVReaderError) -> [UInt8] {
        guard !scanner.hasStarted else {
            throw CSVReaderError(code: .misuse, message: "the prefix can only be inspected before the first record")
        }
        return try scanner.peekPrefix(count)
    }

    /// Skips the first `prefixBytes` bytes of the input (e.g. a byte order mark). They stay
    /// part of line 1 for byte offsets and columns. Only before the first record, and the
    /// bytes may not contain a line break.
    /// - Throws: ``CSVReaderError`` `.misuse` after the first record, or when the prefix is
    ///   longer than the input or contains a line break.
    public func skip(prefixBytes: Int) throws(CSVReaderError) {
        let prefix = try peekPrefix(prefixBytes)
        guard prefix.count == prefixBytes, !prefix.contains(0x0A), !prefix.contains(0x0D) else {
            throw CSVReaderError(
                code: .misuse, message: "cannot skip \(prefixBytes) bytes: the input is shorter or has a line break")
        }
        scanner.skip(prefixBytes: prefixBytes)
    }

    /// Skips a UTF-8 byte order mark (EF BB BF) at the start of the input.
    /// - Returns: true when there was one.
    public func skipUTF8ByteOrderMark() throws(CSVReaderError) -> Bool {
        guard try peekPrefix(3) == [0xEF, 0xBB, 0xBF] else { return false }
        try skip(prefixBytes: 3)
        return true
    }
}

/// How a delimited file is written: its delimiter, its quote character (or none) and
/// whether spaces around unquoted fields are part of the value.
///
/// Line terminators are not part of the dialect: CRLF, LF and a lone CR are all accepted
/// in any file (see ``CSVReader``).
public struct CSVDialect: Sendable, Hashable {
    /// The byte between fields: `,` by default, `\t` for tab-separated files; `;` or `:`
    /// also work, but not `|` (see ``CSVReader`` on CP932 bytes).
    public var delimiter: UInt8
    /// The byte that quotes a field, or `nil` when the file has no quoting at all (every
    /// byte between delimiters is data, including `"`).
    public var quote: UInt8?
    /// When true, spaces and tabs before and after an unquoted field, and between a closing
    /// quote and the next delimiter, are dropped (libcsv's default). Off by default: legacy
    /// fixed-width exports pad with spaces that the importer may need to see.
    public var trimsUnquotedSpaces: Bool

    /// A dialect; the defaults are RFC 4180: `,` and `"`, spaces kept.
    public init(
        delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8? = UInt8(ascii: "\""), trimsUnquotedSpaces: Bool = false
    ) {
        self.delimiter = delimiter
        self.quote = quote
        self.trimsUnquotedSpaces = trimsUnquotedSpaces
    }

    /// Comma-separated, `"`-quoted (RFC 4180).
    public static let csv = CSVDialect()
    /// Tab-separated, `"`-quoted.
    public static let tsv = CSVDialect(delimiter: UInt8(ascii: "\t"))

    /// Why this dialect cannot be parsed, or `nil` when it can: delimiter and quote must
    /// be ASCII (the reader splits bytes before anything is decoded, and no byte below 0x80
    /// occurs inside a UTF-8 or EUC-JP multibyte character).
    ///
    /// CP932 (Shift_JIS) input needs more: every byte from 0x40 up (`|`, `\`, letters) can
    /// be the second byte of a character (表 is 95 5C, ポ is 83 7C); see ``isSafeForCP932``.
    public var invalidReason: String? {
        let terminators: Set<UInt8> = [0x0A, 0x0D]
        if terminators.contains(delimiter) { return "the delimiter cannot be CR or LF" }
        if delimiter == 0 || delimiter >= 0x80 { return "the delimiter must be an ASCII character" }
        guard let quote else { return nil }
        if terminators.contains(quote) { return "the quote cannot be CR or LF" }
        if quote == 0 || quote >= 0x80 { return "the quote must be an ASCII character" }
        if quote == delimiter { return "the quote and the delimiter must differ" }
        if trimsUnquotedSpaces && (quote == 0x20 || quote == 0x09) {
            return "the quote cannot be a space or tab when spaces are trimmed"
        }
        return nil
    }

    /// True when delimiter and quote are below 0x40, so they can never be the second byte
    /// of a CP932 character.
    public var isSafeForCP932: Bool { delimiter < 0x40 && (quote ?? 0) < 0x40 }
}

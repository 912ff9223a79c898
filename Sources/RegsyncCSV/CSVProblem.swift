/// Why a record read from a delimited file cannot be trusted, and where the reader saw it.
///
/// A record with a problem is still returned (with its raw bytes) so the importer can
/// reject it; a problem never carries field values.
public struct CSVProblem: Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, with a stable reason code as raw value.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A quoted field is still open at the end of the input: the rest of the file is
        /// this one record (its raw bytes are kept up to `maxRecordBytes`).
        case unterminatedQuote = "unterminated_quote"
        /// A quote inside an unquoted field (`a,b"c`) or text after a closing quote
        /// (`"ab"c`), found by libcsv in strict mode.
        case strayQuote = "stray_quote"
        /// A NUL byte inside the record.
        case nulByte = "nul_byte"
        /// The record is longer than `maxRecordBytes`; only its first bytes are kept.
        case tooLarge = "too_large"
        /// A quoted field spans more lines than allowed, or runs past `maxRecordBytes`
        /// (quote recovery): the record ends with the line where the quote opened.
        case runawayQuote = "runaway_quote"
    }

    public var kind: Kind
    /// The 1-based physical line of the offending byte (the record's start line when the
    /// problem concerns the whole record).
    public var line: Int
    /// The 1-based byte column of the offending byte within its physical line, when known.
    public var column: Int?
    /// For a NUL byte, the 0-based index of the first field holding one (the record keeps
    /// no fields once it has a problem), so that the field can be named.
    public var field: Int?

    public init(kind: Kind, line: Int, column: Int?, field: Int? = nil) {
        self.kind = kind
        self.line = line
        self.column = column
        self.field = field
    }

    /// A message safe to log: the kind and the position, never a value.
    public var message: String {
        let position = column.map { "line \(line), column \($0)" } ?? "line \(line)"
        switch kind {
        case .unterminatedQuote: return "quoted field opened at \(position) is not closed before the end of the file"
        case .strayQuote: return "unexpected quote or text after a closing quote at \(position)"
        case .nulByte: return "NUL byte at \(position)"
        case .tooLarge: return "record starting at \(position) is longer than the maximum record size"
        case .runawayQuote:
            return "quoted field opened at \(position) runs on past the quoted-line or record size limit: "
                + "the record ends with that line, and reading resumes on the next"
        }
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}

/// A failure of the reader itself (the file cannot be opened or read, or the reader was
/// misconfigured); malformed records are not errors but records with a ``CSVProblem``.
public struct CSVReaderError: Error, Sendable, CustomStringConvertible {
    /// What failed.
    public enum Code: String, Sendable, Hashable {
        /// `open(2)` failed.
        case open
        /// `read(2)` failed.
        case read
        /// The dialect or a size limit cannot be used.
        case invalidConfiguration = "invalid_configuration"
        /// A method was called at a point where it cannot work (e.g. skipping a prefix
        /// after records were read).
        case misuse
    }

    public var code: Code
    /// The file involved, if any.
    public var path: String?
    /// The C `errno` for `open`/`read` failures.
    public var errno: Int32?
    public var message: String

    public init(code: Code, path: String? = nil, errno: Int32? = nil, message: String) {
        self.code = code
        self.path = path
        self.errno = errno
        self.message = message
    }

    public var description: String {
        var text = "CSV reader \(code.rawValue) error"
        if let path { text += " (\(path))" }
        text += ": \(message)"
        if let errno { text += " [errno \(errno)]" }
        return text
    }
}

/// Why an XML document could not be read further; the records before it were returned.
///
/// `message` is libxml2's message, cut to 200 bytes on one line: it may name tags and
/// quote a few bytes of markup, never a whole value.
public struct XMLReaderError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure, with a stable reason code as raw value.
    public enum Kind: String, Sendable, Hashable {
        /// The file could not be opened.
        case open
        /// Reading the file failed.
        case read
        /// The record path, the encoding name or a limit cannot be used.
        case invalidConfiguration = "invalid_configuration"
        /// The document ends before its root element is closed.
        case truncated
        /// The document is not well-formed (mismatched tags, bad syntax, a namespace error).
        case malformed
        /// A byte sequence is not valid in the document's encoding, or the encoding is
        /// unknown.
        case encoding
        /// The DOCTYPE declares entities (how billion-laughs and external-entity attacks
        /// start): refused before anything is expanded.
        case entityDeclared = "entity_declared"
        /// A reference to an entity other than the five predefined ones (`&foo;`).
        case entityReference = "entity_reference"
        /// The DOCTYPE names an external DTD (SYSTEM or PUBLIC): refused, never fetched.
        case externalDTD = "external_dtd"
        /// The DOCTYPE has an internal subset (`[...]`): its declarations (default
        /// attributes, entities) could add to records what the file does not contain.
        case internalSubset = "internal_subset"
    }

    public var kind: Kind
    /// The 1-based line where the parser stopped, when known.
    public var line: Int?
    /// The 1-based column where the parser stopped, when known.
    public var column: Int?
    public var message: String
    /// libxml2's error code (`xmlParserErrors`), when the error came from libxml2.
    public var code: Int?
    /// The outer XML of the record that was open when the error happened (bounded), so
    /// the importer can reject it; `nil` when the error was outside a record.
    public var partialRecord: [UInt8]?
    /// The line where that partial record started.
    public var partialRecordLine: Int?

    public init(
        kind: Kind, line: Int? = nil, column: Int? = nil, message: String, code: Int? = nil,
        partialRecord: [UInt8]? = nil, partialRecordLine: Int? = nil
    ) {
        self.kind = kind
        self.line = line
        self.column = column
        self.message = message
        self.code = code
        self.partialRecord = partialRecord
        self.partialRecordLine = partialRecordLine
    }

    public var description: String {
        var text = "XML \(kind.rawValue) error"
        if let line { text += " at line \(line)" + (column.map { ", column \($0)" } ?? "") }
        return text + ": \(message)"
    }

    /// A message cut to `limit` bytes (at a character boundary), on one line.
    static func bounded(_ message: String, limit: Int = 200) -> String {
        var result = ""
        var count = 0
        for character in message.trimmingTrailingNewlines() {
            let piece = character.isNewline ? " " : String(character)
            count += piece.utf8.count
            if count > limit {
                result += "…"
                break
            }
            result += piece
        }
        return result
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isNewline { end = index(before: end) }
        return self[startIndex..<end]
    }
}

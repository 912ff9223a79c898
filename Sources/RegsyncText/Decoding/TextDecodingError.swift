/// Why bytes could not be decoded: where in the given bytes, and which bytes.
///
/// Named `TextDecodingError` rather than `DecodingError` so that it never shadows the
/// standard library's Codable error in modules that import both.
/// The message names the encoding, the offending bytes in hex and their position, never
/// the surrounding text (which may be personal data).
public struct TextDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable reason.
    public enum Code: String, Sendable, Hashable {
        /// A byte sequence that is not valid in the encoding.
        case invalidSequence = "decode_invalid_sequence"
        /// The input ends in the middle of a multibyte character.
        case truncatedSequence = "decode_truncated_sequence"
        /// This machine's glibc has no converter for the encoding (gconv modules missing).
        case converterUnavailable = "decode_converter_unavailable"
    }

    /// The reason.
    public let code: Code
    /// The encoding the bytes were decoded as.
    public let encoding: TextEncoding
    /// Zero-based offset of the first offending byte within the bytes given to the decoder.
    public let byteOffset: Int
    /// One-based line, within the given bytes, of the first offending byte (a record may
    /// span physical lines; the reader adds its own first line minus one).
    public let line: Int
    /// The offending bytes: the whole invalid or truncated sequence (at most four bytes).
    public let bytes: [UInt8]

    /// Creates an error.
    public init(code: Code, encoding: TextEncoding, byteOffset: Int, line: Int, bytes: [UInt8]) {
        self.code = code
        self.encoding = encoding
        self.byteOffset = byteOffset
        self.line = line
        self.bytes = bytes
    }

    /// The offending bytes as `0x81 0x20`.
    public var hexBytes: String {
        bytes.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return "0x" + (digits.count == 1 ? "0" + digits : digits)
        }.joined(separator: " ")
    }

    /// A message safe to log.
    public var message: String {
        switch code {
        case .invalidSequence:
            "invalid \(encoding.displayName) byte sequence \(hexBytes) at byte offset \(byteOffset) (line \(line))"
        case .truncatedSequence:
            "truncated \(encoding.displayName) character \(hexBytes) at byte offset \(byteOffset) (line \(line))"
        case .converterUnavailable:
            "glibc iconv has no \(encoding.iconvName) converter on this machine"
        }
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}

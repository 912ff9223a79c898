/// Encodes text into CP932 or eucJP-ms (or UTF-8) so that decoding gives the same text
/// back; the synthetic data generator writes its legacy files with it.
///
/// A character the target cannot hold is an error that names it. So is a character that
/// glibc would convert only one way ("best fit"): U+00A5 ¥ would become 0x5C and read
/// back as a backslash, U+301C 〜 would read back as U+FF5E ～, and the Unicode tag
/// characters would silently vanish. The list was found by encoding every scalar and
/// decoding it again (see the tests, which repeat that sweep).
///
/// Not `Sendable`: it owns an iconv descriptor. One per writer.
public final class TextEncoder {
    /// The encoding this encoder writes.
    public let encoding: TextEncoding
    private var converter: IconvConverter?

    /// Creates an encoder for `encoding`.
    /// - Throws: `converterUnavailable` when glibc cannot convert to the encoding.
    public init(encoding: TextEncoding) throws(TextEncodingError) {
        self.encoding = encoding
        if encoding == .utf8 {
            converter = nil
        } else {
            guard let opened = IconvConverter(from: "UTF-8", to: encoding.iconvName) else {
                throw TextEncodingError(
                    code: .converterUnavailable, encoding: encoding, scalar: nil, characterOffset: 0)
            }
            converter = consume opened
        }
    }

    /// Encodes `text`.
    /// - Throws: `unrepresentableCharacter` naming the first character (as U+XXXX) that
    ///   the encoding cannot hold exactly, with its offset in characters.
    public func encode(_ text: String) throws(TextEncodingError) -> [UInt8] {
        if encoding == .utf8 { return Array(text.utf8) }
        if let index = text.unicodeScalars.firstIndex(where: { $0.value >= 0xA2 && Self.isOneWay($0.value) }) {
            throw unrepresentable(at: index, in: text)
        }
        var source = text
        let result = source.withUTF8 { buffer in
            converter!.convert(UnsafeRawBufferPointer(buffer), expansion: 2) { Array($0) }
        }
        switch result {
        case .success(let bytes):
            return bytes
        case .failure(.invalid(let offset)), .failure(.truncated(let offset)):
            throw unrepresentable(at: text.utf8.index(text.utf8.startIndex, offsetBy: offset), in: text)
        }
    }

    private func unrepresentable(at index: String.Index, in text: String) -> TextEncodingError {
        TextEncodingError(
            code: .unrepresentableCharacter, encoding: encoding, scalar: text.unicodeScalars[index],
            characterOffset: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index))
    }

    /// True for the scalars that glibc's CP932 and eucJP-ms converters map only one way.
    static func isOneWay(_ value: UInt32) -> Bool {
        switch value {
        // ¢ £ ¥ ¦ ¬ → their full-width forms or 0x5C; — ‖ ‾ − 〜 → look-alikes.
        case 0xA2, 0xA3, 0xA5, 0xA6, 0xAC, 0x2014, 0x2016, 0x203E, 0x2212, 0x301C: true
        case 0xE0000...0xE007F: true  // tag characters: dropped without an error
        default: false
        }
    }
}

/// Why text could not be encoded.
public struct TextEncodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable reason.
    public enum Code: String, Sendable, Hashable {
        /// A character the target encoding cannot hold exactly.
        case unrepresentableCharacter = "encode_unrepresentable_character"
        /// This machine's glibc has no converter for the encoding.
        case converterUnavailable = "encode_converter_unavailable"
    }

    /// The reason.
    public let code: Code
    /// The target encoding.
    public let encoding: TextEncoding
    /// The character that cannot be encoded.
    public let scalar: Unicode.Scalar?
    /// Zero-based offset of that character, counted in Unicode scalars.
    public let characterOffset: Int

    /// `U+301C` for the offending character.
    public var codePoint: String? {
        guard let scalar else { return nil }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A message naming the character and where it is.
    public var message: String {
        switch code {
        case .unrepresentableCharacter:
            "\(codePoint ?? "?") at character \(characterOffset) cannot be encoded in \(encoding.displayName)"
        case .converterUnavailable:
            "glibc iconv has no \(encoding.iconvName) converter on this machine"
        }
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}

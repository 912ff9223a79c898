/// Decodes the raw bytes of one field or record into a `String`, or says exactly where
/// and why it cannot: an invalid sequence is never replaced by U+FFFD.
///
/// Not `Sendable`: it owns an iconv descriptor (which keeps shift state) and an output
/// buffer that it reuses across calls. Create one per reader; it is released on deinit.
/// Pure-ASCII input skips conversion (CP932 and eucJP-ms leave ASCII unchanged, 0x5C and
/// 0x7E included); UTF-8 is validated by the Swift runtime and never goes through iconv;
/// CP932 uses lookup tables read once from glibc's converter (`CP932Table`), EUC-JP calls
/// iconv per record.
public final class TextDecoder {
    /// The encoding this decoder reads.
    public let encoding: TextEncoding
    private var converter: IconvConverter?
    let table: CP932Table?

    /// Creates a decoder for `encoding`.
    /// - Throws: `converterUnavailable` when glibc cannot convert from the encoding.
    public convenience init(encoding: TextEncoding) throws(TextDecodingError) {
        try self.init(encoding: encoding, useTable: true)
    }

    /// Creates a decoder; `useTable: false` makes CP932 call iconv per record (the tests
    /// compare both paths).
    init(encoding: TextEncoding, useTable: Bool) throws(TextDecodingError) {
        self.encoding = encoding
        table = encoding == .cp932 && useTable ? CP932Table.shared : nil
        if encoding == .utf8 {
            converter = nil
        } else {
            guard let opened = IconvConverter(from: encoding.iconvName, to: "UTF-8") else {
                throw TextDecodingError(
                    code: .converterUnavailable, encoding: encoding, byteOffset: 0, line: 1, bytes: [])
            }
            converter = consume opened
        }
    }

    /// Decodes `bytes`.
    /// - Throws: `invalidSequence` or `truncatedSequence` with the offset of the first bad byte.
    public func decode(_ bytes: UnsafeRawBufferPointer) throws(TextDecodingError) -> String {
        if Self.isASCII(bytes) {
            return String(decoding: bytes, as: UTF8.self)
        }
        if encoding == .utf8 {
            if let text = String(validating: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self) {
                return text
            }
            throw Self.utf8Error(in: bytes)
        }
        // Worst case is three UTF-8 bytes per input byte (a half-width katakana byte).
        let result =
            table?.decode(bytes) ?? converter!.convert(bytes, expansion: 3) { String(decoding: $0, as: UTF8.self) }
        switch result {
        case .success(let text):
            return text
        case .failure(.invalid(let offset)):
            throw error(.invalidSequence, at: offset, in: bytes)
        case .failure(.truncated(let offset)):
            throw error(.truncatedSequence, at: offset, in: bytes)
        }
    }

    /// Decodes `bytes`.
    public func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> String {
        let result = bytes.withUnsafeBytes { buffer in Result { () throws(TextDecodingError) in try decode(buffer) } }
        return try result.get()
    }

    /// Decodes `bytes`; offsets in errors are relative to `bytes.startIndex`.
    public func decode(_ bytes: ArraySlice<UInt8>) throws(TextDecodingError) -> String {
        let result = bytes.withUnsafeBytes { buffer in Result { () throws(TextDecodingError) in try decode(buffer) } }
        return try result.get()
    }

    /// True when no byte has its high bit set (checked a word at a time by the optimiser).
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }

    private func error(_ code: TextDecodingError.Code, at offset: Int, in bytes: UnsafeRawBufferPointer)
        -> TextDecodingError
    {
        let length = min(Self.sequenceLength(leadByte: bytes[offset], encoding: encoding), bytes.count - offset)
        return TextDecodingError(
            code: code, encoding: encoding, byteOffset: offset, line: Self.line(of: offset, in: bytes),
            bytes: Array(bytes[offset..<offset + length]))
    }

    /// How many bytes the sequence that `leadByte` starts should span, for error reports.
    static func sequenceLength(leadByte: UInt8, encoding: TextEncoding) -> Int {
        switch encoding {
        case .utf8:
            switch leadByte {
            case 0xC2...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF4: 4
            default: 1
            }
        case .cp932:
            // Lead bytes of the double-byte range; 0x80, 0xA0 and 0xFD-0xFF are never valid.
            (0x81...0x9F).contains(leadByte) || (0xE0...0xFC).contains(leadByte) ? 2 : 1
        case .eucJP:
            switch leadByte {
            case 0x8F: 3  // SS3: JIS X 0212 (and the IBM extensions in eucJP-ms)
            case 0x8E, 0xA1...0xFE: 2  // SS2 half-width katakana, or JIS X 0208
            default: 1
            }
        }
    }

    /// The one-based line of `offset`: 0x0A is never part of a multibyte character in
    /// any of the three encodings, so counting it is exact.
    static func line(of offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        var line = 1
        for byte in bytes[..<offset] where byte == 0x0A { line += 1 }
        return line
    }

    /// Locates the first invalid UTF-8 sequence (overlong, surrogate, beyond U+10FFFF,
    /// stray continuation byte, or truncated) with the standard library's parser.
    static func utf8Error(in bytes: UnsafeRawBufferPointer) -> TextDecodingError {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
            case .error(let length):
                let expected = sequenceLength(leadByte: bytes[offset], encoding: .utf8)
                let truncated = offset + length == bytes.count && bytes.count - offset < expected
                return TextDecodingError(
                    code: truncated ? .truncatedSequence : .invalidSequence, encoding: .utf8, byteOffset: offset,
                    line: line(of: offset, in: bytes),
                    bytes: Array(bytes[offset..<min(bytes.count, offset + max(length, 1))]))
            case .emptyInput:
                // Unreachable when called after failed validation; report the end.
                return TextDecodingError(
                    code: .truncatedSequence, encoding: .utf8, byteOffset: bytes.count,
                    line: line(of: bytes.count, in: bytes), bytes: [])
            }
        }
    }
}

/// Decodes field bytes straight into a caller's UTF-8 buffer, for hot loops that need no
/// `String`: an importer that copies most fields from the file to the database would
/// otherwise allocate (and free) a `String` per field only to copy its bytes again.
///
/// A trivial value (no references, so no reference counting per call): take it from a
/// ``TextDecoder`` once per reader. It decodes exactly as the decoder does, but reports
/// no errors: it returns `nil` for anything it cannot decode, and the caller decodes that
/// field with the ``TextDecoder`` (which says where and why).
public struct UTF8Transcoder: Sendable {
    enum Mode: Sendable {
        case utf8
        case cp932(CP932Table)
        /// No byte path (EUC-JP goes through iconv): only ASCII is copied.
        case asciiOnly
    }

    let mode: Mode

    /// Writes the UTF-8 form of `bytes` to `output`, which must have room for three bytes
    /// per input byte, and returns the number of bytes written; `nil` when the bytes are
    /// invalid or need the decoder's slower path.
    @inline(__always)
    public func transcode(_ bytes: UnsafeRawBufferPointer, into output: UnsafeMutablePointer<UInt8>) -> Int? {
        if TextDecoder.isASCII(bytes) {
            if let base = bytes.baseAddress {
                output.update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
            }
            return bytes.count
        }
        switch mode {
        case .cp932(let table):
            guard case .success(let written) = table.decode(bytes, into: output) else { return nil }
            return written
        case .utf8:
            guard Self.isValidUTF8(bytes) else { return nil }
            output.update(from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count)
            return bytes.count
        case .asciiOnly:
            return nil
        }
    }

    /// Well-formed UTF-8 as the Unicode standard defines it (table 3-7: no overlong forms,
    /// no surrogates, nothing beyond U+10FFFF) — what `String(validating:)` accepts.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let first = bytes[index]
            if first < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch first {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}

extension TextDecoder {
    /// A byte-level decoder for this decoder's encoding (see ``UTF8Transcoder``).
    public var transcoder: UTF8Transcoder {
        switch encoding {
        case .utf8: UTF8Transcoder(mode: .utf8)
        case .cp932: UTF8Transcoder(mode: table.map { .cp932($0) } ?? .asciiOnly)
        case .eucJP: UTF8Transcoder(mode: .asciiOnly)
        }
    }
}

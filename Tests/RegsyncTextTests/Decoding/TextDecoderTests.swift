import RegsyncText
import Testing

/// Byte sequences checked with `printf '\x87\x40' | iconv -f CP932 -t UTF-8` on the
/// development machine.
@Suite("Decoding CP932, EUC-JP and UTF-8 bytes")
struct TextDecoderTests {
    @Test(
        "decodes CP932 with the NEC and IBM extensions",
        arguments: [
            ([0x87, 0x40], "\u{2460}"),  // ① NEC row 13
            ([0x87, 0x8A], "\u{3231}"),  // ㈱
            ([0x87, 0x56], "\u{2162}"),  // Ⅲ
            ([0x87, 0x90], "\u{2252}"),  // ≒ NEC row 13 copy
            ([0x81, 0xE0], "\u{2252}"),  // ≒ JIS X 0208
            ([0xFB, 0xFC], "\u{9AD9}"),  // 髙 IBM extension
            ([0xED, 0x95], "\u{FA11}"),  // 﨑 NEC-selected IBM extension
            ([0xFA, 0xB1], "\u{FA11}"),  // 﨑 IBM extension
            ([0xED, 0x40], "\u{7E8A}"),  // 纊 NEC-selected IBM extension
            ([0xFA, 0x5C], "\u{7E8A}"),  // 纊 IBM extension
            ([0xFA, 0x40], "\u{2170}"),  // ⅰ
            ([0x81, 0x60], "\u{FF5E}"),  // ～ (Microsoft's mapping, not U+301C)
            ([0x81, 0x5C], "\u{2015}"),  // ―
            ([0x81, 0x7C], "\u{FF0D}"),  // －
            ([0x81, 0x91], "\u{FFE0}"),  // ￠
            ([0x88, 0x9F], "\u{4E9C}"),  // 亜
            ([0xB1], "\u{FF71}"),  // ｱ half-width katakana
            ([0xDF], "\u{FF9F}"),  // ﾟ
            ([0x5C], "\\"),  // backslash, not ¥
            ([0x7E], "~"),  // tilde, not ‾
            ([0xF0, 0x40], "\u{E000}"),  // user-defined area (gaiji) → private use
            ([0xF9, 0xFC], "\u{E757}"),
            ([0x00], "\u{0}"),
            (
                [0x8E, 0x52, 0x93, 0x63, 0x2C, 0x87, 0x40, 0x8A, 0x94, 0x8E, 0xAE, 0x89, 0xEF, 0x8E, 0xD0],
                "山田,①株式会社"
            ),
        ] as [([UInt8], String)])
    func cp932(bytes: [UInt8], expected: String) throws {
        let decoder = try TextDecoder(encoding: .cp932)
        let text = try decoder.decode(bytes)
        #expect(Array(text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test(
        "rejects invalid CP932 bytes with their offset and hex",
        arguments: [
            ([0x80], 0, [0x80], TextDecodingError.Code.invalidSequence),
            ([0xA0], 0, [0xA0], .invalidSequence),
            ([0xFD], 0, [0xFD], .invalidSequence),
            ([0xFE], 0, [0xFE], .invalidSequence),
            ([0xFF], 0, [0xFF], .invalidSequence),
            ([0x41, 0x81], 1, [0x81], .truncatedSequence),  // lone lead byte at the end
            ([0x41, 0x42, 0x88, 0x9F, 0xE0], 4, [0xE0], .truncatedSequence),
            ([0x81, 0x20], 0, [0x81, 0x20], .invalidSequence),  // lead byte + invalid trail
            ([0x81, 0x7F], 0, [0x81, 0x7F], .invalidSequence),
            ([0x41, 0x85, 0x40, 0x41], 1, [0x85, 0x40], .invalidSequence),  // unassigned row
            ([0xEB, 0x40], 0, [0xEB, 0x40], .invalidSequence),
            ([0x41, 0x42, 0x87, 0x40, 0x80, 0x43], 4, [0x80], .invalidSequence),
        ] as [([UInt8], Int, [UInt8], TextDecodingError.Code)])
    func invalidCP932(bytes: [UInt8], offset: Int, offending: [UInt8], code: TextDecodingError.Code) throws {
        let decoder = try TextDecoder(encoding: .cp932)
        let error = #expect(throws: TextDecodingError.self) { try decoder.decode(bytes) }
        #expect(error?.code == code)
        #expect(error?.byteOffset == offset)
        #expect(error?.bytes == offending)
        #expect(error?.encoding == .cp932)
    }

    @Test("names the line and hex bytes of a bad byte in a multi-line record")
    func lineOfError() throws {
        let decoder = try TextDecoder(encoding: .cp932)
        let bytes: [UInt8] = [0x41, 0x0A, 0x88, 0x9F, 0x0A, 0x42, 0x81, 0x20]
        let error = #expect(throws: TextDecodingError.self) { try decoder.decode(bytes) }
        #expect(error?.line == 3)
        #expect(error?.byteOffset == 6)
        #expect(error?.hexBytes == "0x81 0x20")
        #expect(error?.message == "invalid CP932 byte sequence 0x81 0x20 at byte offset 6 (line 3)")
        #expect(error?.description.hasPrefix("decode_invalid_sequence: ") == true)
    }

    @Test("reports offsets relative to a slice and keeps working after an error")
    func sliceAndReuse() throws {
        let decoder = try TextDecoder(encoding: .cp932)
        let record: [UInt8] = [0x2C, 0x2C, 0x41, 0xFF, 0x2C]
        let error = #expect(throws: TextDecodingError.self) { try decoder.decode(record[2...]) }
        #expect(error?.byteOffset == 1)
        #expect(try decoder.decode(record[0..<3]) == ",,A")
        #expect(try decoder.decode([0x87, 0x40]) == "\u{2460}")
        #expect(try decoder.decode([]) == "")
    }

    @Test("decodes a long record whose output outgrows the initial buffer")
    func longRecord() throws {
        let decoder = try TextDecoder(encoding: .cp932)
        let bytes = [UInt8](repeating: 0xB1, count: 10_000) + [0x87, 0x40]
        let text = try decoder.decode(bytes)
        #expect(text.unicodeScalars.count == 10_001)
        #expect(text.utf8.count == 30_003)
        #expect(text.unicodeScalars.last == "\u{2460}")
    }

    @Test(
        "decodes EUC-JP with JIS X 0212 and the eucJP-ms extensions",
        arguments: [
            ([0xA4, 0xA2], "\u{3042}"),  // あ
            ([0x8F, 0xB0, 0xA1], "\u{4E02}"),  // 丂 JIS X 0212 (three bytes)
            ([0x8E, 0xB1], "\u{FF71}"),  // ｱ half-width katakana (SS2)
            ([0xAD, 0xA1], "\u{2460}"),  // ① NEC row 13
            ([0xAD, 0xEA], "\u{3231}"),  // ㈱
            ([0xAD, 0xB7], "\u{2162}"),  // Ⅲ
            ([0x8F, 0xF4, 0xBD], "\u{FA11}"),  // 﨑 IBM extension in eucJP-ms
            ([0x8F, 0xF4, 0xFB], "\u{9AD9}"),  // 髙
            ([0x8F, 0xF3, 0xF3], "\u{2170}"),  // ⅰ
            ([0xA1, 0xC1], "\u{FF5E}"),  // ～
            ([0x41, 0xBB, 0xB3, 0xC5, 0xC4, 0x5C], "A山田\\"),
        ] as [([UInt8], String)])
    func eucJP(bytes: [UInt8], expected: String) throws {
        let decoder = try TextDecoder(encoding: .eucJP)
        let text = try decoder.decode(bytes)
        #expect(Array(text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test(
        "rejects invalid EUC-JP bytes",
        arguments: [
            ([0xA1], 0, [0xA1], TextDecodingError.Code.truncatedSequence),
            ([0x41, 0x8F, 0xB0], 1, [0x8F, 0xB0], .truncatedSequence),
            ([0xA4, 0x20], 0, [0xA4, 0x20], .invalidSequence),
            ([0x8E, 0xE0], 0, [0x8E, 0xE0], .invalidSequence),
            ([0x41, 0xFF, 0xFF], 1, [0xFF], .invalidSequence),  // 0xFF is never a lead byte
        ] as [([UInt8], Int, [UInt8], TextDecodingError.Code)])
    func invalidEUCJP(bytes: [UInt8], offset: Int, offending: [UInt8], code: TextDecodingError.Code) throws {
        let decoder = try TextDecoder(encoding: .eucJP)
        let error = #expect(throws: TextDecodingError.self) { try decoder.decode(bytes) }
        #expect(error?.code == code)
        #expect(error?.byteOffset == offset)
        #expect(error?.bytes == offending)
    }

    @Test(
        "decodes valid UTF-8",
        arguments: [
            ([0x41], "A"),
            ([0xE5, 0xB1, 0xB1, 0xE7, 0x94, 0xB0], "山田"),
            ([0xE9, 0xAB, 0x99], "\u{9AD9}"),
            ([0xF0, 0xA0, 0xAE, 0xB7], "\u{20BB7}"),  // 𠮷, outside the BMP
            ([0xEF, 0xBB, 0xBF, 0x41], "\u{FEFF}A"),  // a BOM inside a record is kept; readers strip it at file start
        ] as [([UInt8], String)])
    func utf8(bytes: [UInt8], expected: String) throws {
        let decoder = try TextDecoder(encoding: .utf8)
        let text = try decoder.decode(bytes)
        #expect(Array(text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test(
        "rejects invalid UTF-8 instead of replacing it",
        arguments: [
            ([0xC0, 0x80], 0, TextDecodingError.Code.invalidSequence),  // overlong NUL
            ([0x41, 0xE0, 0x80, 0x80], 1, .invalidSequence),  // overlong three-byte form
            ([0xED, 0xA0, 0x80], 0, .invalidSequence),  // surrogate U+D800
            ([0xF4, 0x90, 0x80, 0x80], 0, .invalidSequence),  // beyond U+10FFFF
            ([0xF5, 0x80, 0x80, 0x80], 0, .invalidSequence),
            ([0x41, 0xFF], 1, .invalidSequence),
            ([0x80], 0, .invalidSequence),  // stray continuation byte
            ([0xE3, 0x81, 0x41], 0, .invalidSequence),
            ([0x41, 0xE3, 0x81], 1, .truncatedSequence),
            ([0xF0, 0x9F, 0x98], 0, .truncatedSequence),
        ] as [([UInt8], Int, TextDecodingError.Code)])
    func invalidUTF8(bytes: [UInt8], offset: Int, code: TextDecodingError.Code) throws {
        let decoder = try TextDecoder(encoding: .utf8)
        let error = #expect(throws: TextDecodingError.self) { try decoder.decode(bytes) }
        #expect(error?.code == code)
        #expect(error?.byteOffset == offset)
        #expect(error?.bytes.first == bytes[offset])
    }

    @Test("decodes ASCII identically in every encoding", arguments: TextEncoding.allCases)
    func ascii(encoding: TextEncoding) throws {
        let decoder = try TextDecoder(encoding: encoding)
        let bytes = Array(0..<0x80 as Range<UInt8>)
        let text = try decoder.decode(bytes)
        #expect(Array(text.utf8) == bytes)
    }
}

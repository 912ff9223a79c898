import RegsyncText
import Testing

@Suite("Encoding text to CP932 and EUC-JP")
struct TextEncoderTests {
    @Test(
        "encodes to the bytes glibc's CP932 and eucJP-ms tables give",
        arguments: [
            (
                TextEncoding.cp932, "山田,①株式会社",
                [0x8E, 0x52, 0x93, 0x63, 0x2C, 0x87, 0x40, 0x8A, 0x94, 0x8E, 0xAE, 0x89, 0xEF, 0x8E, 0xD0]
            ),
            (
                .cp932, "\u{9AD9}\u{FA11}\u{3231}\u{2162}\u{FF5E}",
                [0xFB, 0xFC, 0xFA, 0xB1, 0x87, 0x8A, 0x87, 0x56, 0x81, 0x60]
            ),
            (.cp932, "ｱ\\~", [0xB1, 0x5C, 0x7E]),
            (
                .eucJP, "\u{FA11}\u{9AD9}\u{2460}\u{3231}\u{2162}\u{FF5E}",
                [0x8F, 0xF4, 0xBD, 0x8F, 0xF4, 0xFB, 0xAD, 0xA1, 0xAD, 0xEA, 0xAD, 0xB7, 0xA1, 0xC1]
            ),
            (.eucJP, "\u{4E02}ｱ", [0x8F, 0xB0, 0xA1, 0x8E, 0xB1]),
            (.utf8, "髙", [0xE9, 0xAB, 0x99]),
            (.cp932, "", []),
        ] as [(TextEncoding, String, [UInt8])])
    func encode(encoding: TextEncoding, text: String, expected: [UInt8]) throws {
        let encoder = try TextEncoder(encoding: encoding)
        #expect(try encoder.encode(text) == expected)
    }

    @Test(
        "names a character the encoding cannot hold, or holds only one way",
        arguments: [
            (TextEncoding.cp932, "山田😀", "U+1F600", 2),
            (.cp932, "\u{4E02}", "U+4E02", 0),  // JIS X 0212 only: not in CP932
            (.cp932, "12¥", "U+00A5", 2),  // would be written as 0x5C and read back as a backslash
            (.cp932, "a〜b", "U+301C", 1),  // would read back as U+FF5E
            (.cp932, "\u{2212}", "U+2212", 0),
            (.cp932, "x\u{E0041}", "U+E0041", 1),  // a tag character glibc drops silently
            (.eucJP, "\u{2014}", "U+2014", 0),
            (.eucJP, "髙😀", "U+1F600", 1),
        ] as [(TextEncoding, String, String, Int)])
    func unrepresentable(encoding: TextEncoding, text: String, codePoint: String, offset: Int) throws {
        let encoder = try TextEncoder(encoding: encoding)
        let error = #expect(throws: TextEncodingError.self) { try encoder.encode(text) }
        #expect(error?.code == .unrepresentableCharacter)
        #expect(error?.codePoint == codePoint)
        #expect(error?.characterOffset == offset)
        #expect(error?.message.contains(codePoint) == true)
    }

    /// Every scalar the encoder accepts decodes back to itself: the one-way list is complete.
    @Test("round-trips every encodable character", arguments: [TextEncoding.cp932, .eucJP])
    func roundTrip(encoding: TextEncoding) throws {
        let encoder = try TextEncoder(encoding: encoding)
        let decoder = try TextDecoder(encoding: encoding)
        var encodable = 0
        let candidates = Array(0x01...0xFFFF as ClosedRange<UInt32>) + Array(0xE0000...0xE007F as ClosedRange<UInt32>)
        for value in candidates {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            guard let bytes = try? encoder.encode(text) else { continue }
            encodable += 1
            let back = try decoder.decode(bytes)
            #expect(Array(back.unicodeScalars) == [scalar], "U+\(String(value, radix: 16, uppercase: true))")
        }
        // glibc's tables as measured: 9,533 (CP932) and 15,349 (eucJP-ms) encodable scalars,
        // less the one-way ones the encoder refuses.
        #expect(encodable == (encoding == .cp932 ? 9_533 - 137 : 15_349 - 138))
    }
}

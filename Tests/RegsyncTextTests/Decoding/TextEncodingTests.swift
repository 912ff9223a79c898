import RegsyncText
import Testing

@Suite("Text encoding names and byte order marks")
struct TextEncodingTests {
    @Test(
        "maps every alias to its encoding",
        arguments: [
            ("utf-8", TextEncoding.utf8), ("UTF8", .utf8), ("utf-8-sig", .utf8), ("UTF-8-BOM", .utf8),
            ("cp932", .cp932), ("CP932", .cp932), ("Shift_JIS", .cp932), ("shift-jis", .cp932), ("SJIS", .cp932),
            ("sjis", .cp932), ("Windows-31J", .cp932), ("MS932", .cp932), ("x-sjis", .cp932), ("MS_Kanji", .cp932),
            ("euc-jp", .eucJP), ("EUC_JP", .eucJP), ("eucJP-ms", .eucJP), ("EUC-JP-MS", .eucJP), ("ujis", .eucJP),
            ("eucjp-win", .eucJP), (" cp932 ", .cp932),
        ])
    func alias(name: String, expected: TextEncoding) {
        #expect(TextEncoding(name: name) == expected)
    }

    @Test("rejects unknown names", arguments: ["", "latin1", "utf-16", "iso-2022-jp", "shift", "ｃｐ９３２", "cp 9 3 2x"])
    func unknown(name: String) {
        #expect(TextEncoding(name: name) == nil)
    }

    @Test("raw values are the canonical names")
    func canonical() {
        #expect(TextEncoding.allCases.map(\.rawValue) == ["utf-8", "cp932", "euc-jp"])
        for encoding in TextEncoding.allCases {
            #expect(TextEncoding(name: encoding.rawValue) == encoding)
        }
    }

    @Test("detects a UTF-8 byte order mark")
    func bom() {
        let detected = TextEncoding.detectBOM(prefix: [0xEF, 0xBB, 0xBF, 0x41])
        #expect(detected?.encoding == .utf8)
        #expect(detected?.length == 3)
        #expect(TextEncoding.detectBOM(prefix: [0xEF, 0xBB, 0xBF])?.length == 3)
    }

    @Test(
        "finds no byte order mark where there is none",
        arguments: [
            [], [0xEF], [0xEF, 0xBB], [0xEF, 0xBB, 0xBE], [0xFF, 0xFE, 0x41, 0x00], [0x41, 0xEF, 0xBB, 0xBF],
        ]
            as [[UInt8]])
    func noBOM(prefix: [UInt8]) {
        #expect(TextEncoding.detectBOM(prefix: prefix) == nil)
    }
}

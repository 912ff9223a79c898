import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("The bytes the CSV reader splits on never occur inside a CP932 character")
struct CP932ByteTests {
    @Test(
        "no CP932 lead byte takes a delimiter, quote, CR, LF or tab as its second byte",
        arguments: [UInt8(ascii: "\""), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "'"), 0x09, 0x0A, 0x0D])
    func trailByteIsNeverSpecial(trail: UInt8) throws {
        let converter = try #require(Converter(from: "CP932"))
        // The probe works: real pairs, including ones whose second byte is 0x5C or 0x7C, decode.
        #expect(converter.decode([0x95, 0x5C]) == "表")
        #expect(converter.decode([0x83, 0x7C]) == "ポ")
        for lead in Array(UInt8(0x81)...0x9F) + Array(UInt8(0xE0)...0xFC) {
            // Either glibc refuses the pair, or the byte stood alone as ASCII after the lead.
            if let decoded = converter.decode([lead, trail]) {
                #expect(decoded.utf8.last == trail, "lead \(lead) swallowed \(trail)")
            }
        }
    }
}

/// A glibc iconv converter to UTF-8.
final class Converter {
    private let handle: iconv_t

    init?(from encoding: String) {
        let handle = iconv_open("UTF-8", encoding)
        guard let handle, handle != iconv_t(bitPattern: -1) else { return nil }
        self.handle = handle
    }

    deinit { iconv_close(handle) }

    /// The bytes decoded, or `nil` when iconv refuses them.
    func decode(_ bytes: [UInt8]) -> String? {
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [UInt8](repeating: 0, count: 4 * bytes.count + 4)
        let capacity = output.count
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBytes { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = bytes.count
                var outPointer = Optional(outBuffer.baseAddress!.assumingMemoryBound(to: CChar.self))
                var outLeft = capacity
                _ = iconv(handle, nil, nil, nil, nil)
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? nil : capacity - outLeft
            }
        }
        return produced.map { String(decoding: output[0..<$0], as: UTF8.self) }
    }
}

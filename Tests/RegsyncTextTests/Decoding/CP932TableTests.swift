import Testing

@testable import RegsyncText

@Suite("The CP932 lookup tables agree with glibc's iconv")
struct CP932TableTests {
    @Test("builds the tables on this machine")
    func tableExists() {
        #expect(CP932Table.shared != nil)
    }

    /// Every one- and two-byte input decodes to the same text, or fails at the same offset
    /// with the same reason, through the tables and through iconv.
    @Test("matches iconv on every one- and two-byte input")
    func exhaustive() throws {
        let tables = try TextDecoder(encoding: .cp932, useTable: true)
        let iconv = try TextDecoder(encoding: .cp932, useTable: false)
        var inputs: [[UInt8]] = (0...255).map { [UInt8($0)] }
        for first in 0...255 {
            for second in 0...255 { inputs.append([UInt8(first), UInt8(second)]) }
        }
        var valid = 0
        var mismatches = 0
        for input in inputs {
            let viaTables = Result { () throws(TextDecodingError) in try tables.decode(input) }
            let viaIconv = Result { () throws(TextDecodingError) in try iconv.decode(input) }
            if viaTables != viaIconv {
                mismatches += 1
                if mismatches <= 5 { Issue.record("\(input): \(viaTables) vs \(viaIconv)") }
            }
            if case .success = viaIconv { valid += 1 }
        }
        #expect(mismatches == 0)
        // As counted by a C program calling iconv directly: 191 valid single bytes, 191²
        // pairs of them, and 9,604 valid double-byte sequences (user-defined area included).
        #expect(valid == 46_276)
    }
}

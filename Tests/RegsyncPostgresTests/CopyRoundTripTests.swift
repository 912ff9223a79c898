import RegsyncCore
import RegsyncPostgres
import RegsyncTestSupport
import Testing

@Suite("COPY in and out")
struct CopyRoundTripTests {
    /// Pieces chosen to exercise every escape of the COPY text format and multi-byte UTF-8.
    static let pieces = [
        "髙橋", "﨑", "東京都千代田区霞が関１－３－１", "①", "㈱", "ｶﾞ", "\t", "\n", "\r\n", "\\", "\\N", "\"", "'",
        ",", "a", "Z", "0", " ", "　", "𠮷", "\u{FE00}", "NULL", ";", "--", "🙂",
    ]

    static func makeRows(count: Int) -> [[String?]] {
        var random = SplitMix64(state: 20_261_129)
        return (0..<count).map { row in
            (0..<4).map { column -> String? in
                let pick = Int.random(in: 0..<10, using: &random)
                if pick == 0 { return nil }
                if pick == 1 { return "" }
                let length = Int.random(in: 1...6, using: &random)
                var text = column == 0 ? "\(row):" : ""
                for _ in 0..<length { text += pieces.randomElement(using: &random)! }
                return text
            }
        }
    }

    @Test("integers are written in decimal, and every escapable byte is escaped wherever it falls")
    func encoderOutput() {
        let numbers: [Int64] = [0, 7, -1, 9, 10, 99, 100, 1_234_567_890_123, .max, .min, -10]
        var encoder = CopyTextEncoder()
        var expected = numbers.map { String($0) }
        for number in numbers { encoder.field(integer: number) }
        // Each special byte at every offset of the 8-byte words the encoder scans, and past them.
        let specials = [
            ("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"), ("\u{0B}", "\u{0B}"), ("\u{01}", "\u{01}"),
        ]
        for offset in 0..<20 {
            for (special, escaped) in specials {
                let prefix = String(repeating: "a", count: offset)
                encoder.field(prefix + special + "東京" + special)
                expected.append(prefix + escaped + "東京" + escaped)
            }
        }
        encoder.null()
        expected.append("\\N")
        encoder.endRow()
        let actual = encoder.withUnsafeBytes { Array($0) }
        #expect(actual == Array((expected.joined(separator: "\t") + "\n").utf8))
    }

    @Test(
        "100,000 rows of Japanese text, NULLs, empties, tabs, newlines, backslashes and quotes survive COPY byte for byte"
    )
    func roundTrip() throws {
        let server = try TestPostgres.shared()
        let connection = try PostgresConnection(try server.makeDatabase("copy"))
        try connection.executeScript("CREATE TABLE t (id integer, a text, b text, c text, d text)")
        let rows = Self.makeRows(count: 100_000)
        let copied = try connection.copyIn("COPY t FROM STDIN") { stream in
            for (index, row) in rows.enumerated() {
                stream.field(String(index))
                for value in row { stream.field(value) }
                try stream.endRow()
            }
        }
        #expect(copied == 100_000)

        var readBack: [[String?]] = []
        readBack.reserveCapacity(rows.count)
        let out = try connection.copyOut("COPY (SELECT a, b, c, d FROM t ORDER BY id) TO STDOUT") { line in
            readBack.append(Self.parseTextRow(Array(line)))
        }
        #expect(out == 100_000)
        #expect(readBack.count == rows.count)
        var mismatches = 0
        for (expected, actual) in zip(rows, readBack)
        where expected.map({ $0.map { Array($0.utf8) } })
            != actual.map({ $0.map { Array($0.utf8) } })
        {
            mismatches += 1
        }
        #expect(mismatches == 0)
    }

    @Test("a COPY that the server rejects names the failing line and leaves nothing behind")
    func failingCopyNamesLine() throws {
        let server = try TestPostgres.shared()
        let connection = try PostgresConnection(try server.makeDatabase("copyfail"))
        try connection.executeScript("CREATE TABLE t (n integer)")
        #expect {
            try connection.copyIn("COPY t FROM STDIN") { stream in
                for value in ["1", "2", "three", "4"] {
                    stream.field(value)
                    try stream.endRow()
                }
            }
        } throws: { error in
            let error = error as? PostgresError
            return error?.sqlState == "22P02" && error?.copyLine == 3
        }
        #expect(try connection.execute("SELECT count(*) AS n FROM t").first?.int("n") == 0)
    }

    /// Decodes one line of COPY text format (without interpreting octal escapes, which
    /// the server never produces for text columns).
    static func parseTextRow(_ bytes: [UInt8]) -> [String?] {
        var fields: [String?] = []
        var current: [UInt8] = []
        var index = 0
        var isNull = false
        var line = bytes
        if line.last == 0x0A { line.removeLast() }
        while index < line.count {
            let byte = line[index]
            if byte == 0x09 {
                fields.append(isNull ? nil : String(decoding: current, as: UTF8.self))
                current = []
                isNull = false
            } else if byte == 0x5C, index + 1 < line.count {
                index += 1
                switch line[index] {
                case UInt8(ascii: "t"): current.append(0x09)
                case UInt8(ascii: "n"): current.append(0x0A)
                case UInt8(ascii: "r"): current.append(0x0D)
                case UInt8(ascii: "N"): isNull = true
                default: current.append(line[index])
                }
            } else {
                current.append(byte)
            }
            index += 1
        }
        fields.append(isNull ? nil : String(decoding: current, as: UTF8.self))
        return fields
    }
}

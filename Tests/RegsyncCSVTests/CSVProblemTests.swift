import RegsyncCSV
import Testing

@Suite("Malformed CSV records are reported with their raw bytes, and reading goes on")
struct CSVProblemTests {
    @Test("a quote open at the end of the file makes the rest one record, reported at the quote")
    func unterminatedQuote() throws {
        for chunkSize in [1, 5, 1 << 20] {
            let records = try readAll("a,b\r\n1,\"open\nmore,\"\"x\r\nlast", chunkSize: chunkSize)
            try #require(records.count == 2)
            #expect(records[0].problem == nil)
            let bad = records[1]
            #expect(bad.problem == CSVProblem(kind: .unterminatedQuote, line: 2, column: 3))
            #expect(bad.line == 2)
            #expect(bad.endLine == 4)
            #expect(bad.rawString == "1,\"open\nmore,\"\"x\r\nlast")
            #expect(bad.fieldCount == 0)
        }
    }

    @Test(
        "stray quotes are reported at the offending byte; the next record is fine",
        arguments: [
            ("a,b\"c,d", 1, 4), ("\"ab\"c,d", 1, 5), ("x,\"ab\" ,d", 1, 7), ("x, \"a\"", 1, 4),
            ("1,\"a\r\nb\"c", 2, 3), ("1,\"a\nb\"\"c\" d", 2, 6),
        ])
    func strayQuote(line: String, problemLine: Int, column: Int) throws {
        let records = try readAll("h\n" + line + "\nnext,row\n")
        try #require(records.count == 3)
        #expect(records[1].problem == CSVProblem(kind: .strayQuote, line: problemLine + 1, column: column))
        #expect(records[1].rawString == line)
        #expect(records[1].fieldCount == 0)
        #expect(records[2].strings == ["next", "row"])
        #expect(records[2].line == records[1].endLine + 1)
    }

    @Test("a trimming dialect accepts spaces after a closing quote but not a second quote")
    func trimmingStrayQuote() throws {
        let dialect = CSVDialect(trimsUnquotedSpaces: true)
        let records = try readAll("\"ab\"  ,c\n\"ab\"  \"c\n", dialect: dialect)
        #expect(records[0].strings == ["ab", "c"])
        #expect(records[1].problem == CSVProblem(kind: .strayQuote, line: 2, column: 7))
    }

    @Test("a NUL byte is reported with its position")
    func nulByte() throws {
        let input: [UInt8] = Array("a,b\n\"x\ny\",z".utf8) + [0] + Array("q\nok\n".utf8)
        let records = try readAll(input)
        try #require(records.count == 3)
        #expect(records[1].problem == CSVProblem(kind: .nulByte, line: 3, column: 5, field: 1))
        #expect(Array(records[1].raw) == Array("\"x\ny\",z".utf8) + [0] + Array("q".utf8))
        #expect(records[2].strings == ["ok"])
        #expect(records[2].line == 4)
    }

    @Test("a 1 MB field, quoted or not, is read whole")
    func largeField() throws {
        let big = String(repeating: "表ABCDEFGH", count: 100_000)
        for quoted in [false, true] {
            let field = quoted ? "\"" + big + "\"\"\"" : big
            let records = try readAll("a," + field + ",z\nnext\n", chunkSize: 64 * 1024)
            try #require(records.count == 2)
            #expect(records[0].problem == nil)
            #expect(records[0].strings == ["a", quoted ? big + "\"" : big, "z"])
            #expect(records[1].strings == ["next"])
        }
    }

    @Test("a record over maxRecordBytes keeps its first bytes and the reader resynchronises")
    func tooLarge() throws {
        let long = "1,\"" + String(repeating: "x", count: 300) + "\n" + String(repeating: "y", count: 300) + "\",end"
        let input = Array(("h,i\n" + long + "\r\n2,ok\n3,\"also\nok\"\n").utf8)
        for chunkSize in [7, 64, 1 << 20] {
            let records = try readAll(input, maxRecordBytes: 100, chunkSize: chunkSize)
            try #require(records.count == 4)
            let bad = records[1]
            #expect(bad.problem == CSVProblem(kind: .tooLarge, line: 2, column: nil))
            #expect(bad.raw.count == 100)
            #expect(Array(bad.raw) == Array(long.utf8.prefix(100)))
            #expect(bad.byteCount == long.utf8.count)
            #expect(bad.isRawTruncated)
            #expect(bad.endLine == 3)
            #expect(bad.terminator == .crlf)
            #expect(records[2].strings == ["2", "ok"])
            #expect(records[2].line == 4)
            #expect(records[3].strings == ["3", "also\nok"])
            #expect(records[3].line == 5)
        }
    }

    @Test("a record of exactly maxRecordBytes is fine")
    func exactlyAtLimit() throws {
        let line = String(repeating: "a", count: 99) + ","
        let records = try readAll(Array((line + "\n" + line).utf8), maxRecordBytes: 100, chunkSize: 8)
        #expect(records.map(\.fieldCount) == [2, 2])
        #expect(records.allSatisfy { $0.problem == nil })
    }

    @Test("an unterminated quote past maxRecordBytes reports the quote, with bounded raw bytes")
    func unterminatedPastLimit() throws {
        let input = Array(("ok\nx,\"" + String(repeating: "z\n", count: 500)).utf8)
        let records = try readAll(input, maxRecordBytes: 64, chunkSize: 16)
        try #require(records.count == 2)
        #expect(records[1].problem == CSVProblem(kind: .unterminatedQuote, line: 2, column: 3))
        #expect(records[1].raw.count == 64)
        #expect(records[1].byteCount == input.count - 3)
        #expect(records[1].endLine == 502)
    }
}

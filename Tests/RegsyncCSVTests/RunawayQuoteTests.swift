import RegsyncCSV
import Testing

/// With quote recovery on (the importer's setting), one unbalanced quote costs one record:
/// a quoted field that spans too many lines or bytes, or is still open at the end of the
/// file, ends its record at the end of the line where it opened, and reading resumes on
/// the next line (issue 11, A3).
@Suite("CSV: a runaway quote costs one record")
struct RunawayQuoteTests {
    static let chunkSizes = [1, 7, 64, 1 << 20]

    /// A header, a record whose quote never closes, then `count` good records.
    static func openQuote(then count: Int) -> [UInt8] {
        var text = "h,i\n1,\"open\n"
        for index in 0..<count { text += "\(index),x\n" }
        return Array(text.utf8)
    }

    @Test("a quote spanning more lines than allowed ends its record at its own line")
    func tooManyLines() throws {
        for chunkSize in Self.chunkSizes {
            let records = try readAll(Self.openQuote(then: 300), chunkSize: chunkSize, maxQuotedLines: 100)
            try #require(records.count == 302, "chunk \(chunkSize)")
            let bad = records[1]
            #expect(bad.problem == CSVProblem(kind: .runawayQuote, line: 2, column: 3))
            #expect(bad.rawString == "1,\"open")
            #expect(bad.line == 2 && bad.endLine == 2 && bad.terminator == .lf)
            #expect(!bad.isRawTruncated)
            #expect(records[2].strings == ["0", "x"] && records[2].line == 3)
            #expect(records[301].strings == ["299", "x"] && records[301].line == 302)
        }
    }

    @Test("a quote running past the record size limit ends its record at its own line")
    func tooManyBytes() throws {
        let text = "h\n1,\"" + String(repeating: "y", count: 40) + "\r\n" + String(repeating: "z,z\r\n", count: 30)
        let input = Array(text.utf8)
        for chunkSize in Self.chunkSizes {
            let records = try readAll(input, maxRecordBytes: 64, chunkSize: chunkSize, maxQuotedLines: 100)
            try #require(records.count == 32, "chunk \(chunkSize)")
            #expect(records[1].problem?.kind == .runawayQuote)
            #expect(records[1].rawString == "1,\"" + String(repeating: "y", count: 40))
            #expect(records[1].terminator == .crlf)
            #expect(records[2].strings == ["z", "z"] && records[2].line == 3)
        }
    }

    @Test("a quote still open at the end of the file ends its record at its own line")
    func openAtEnd() throws {
        for chunkSize in Self.chunkSizes {
            let records = try readAll(Self.openQuote(then: 5), chunkSize: chunkSize, maxQuotedLines: 100)
            try #require(records.count == 7, "chunk \(chunkSize)")
            #expect(records[1].problem == CSVProblem(kind: .unterminatedQuote, line: 2, column: 3))
            #expect(records[1].rawString == "1,\"open")
            #expect(records[6].strings == ["4", "x"])
        }
    }

    @Test("the opening line's break may come after earlier quoted lines of the same record")
    func laterQuote() throws {
        let input = Array(("h\n\"a\nb\",\"c\nd\n" + String(repeating: "e\n", count: 10)).utf8)
        let records = try readAll(input, maxQuotedLines: 3)
        try #require(records.count == 13)
        #expect(records[1].problem == CSVProblem(kind: .runawayQuote, line: 3, column: 4))
        #expect(records[1].rawString == "\"a\nb\",\"c")
        #expect(records[1].line == 2 && records[1].endLine == 3)
        #expect(records[2].strings == ["d"] && records[2].line == 4)
    }

    @Test("quoted fields within the limits are read whole")
    func withinLimits() throws {
        let field = String(repeating: "line\n", count: 99) + "end"
        let input = Array(("h\n1,\"" + field + "\"\n2,ok\n").utf8)
        for chunkSize in Self.chunkSizes {
            let records = try readAll(input, chunkSize: chunkSize, maxQuotedLines: 100)
            #expect(records.map(\.strings) == [["h"], ["1", field], ["2", "ok"]])
        }
    }
}

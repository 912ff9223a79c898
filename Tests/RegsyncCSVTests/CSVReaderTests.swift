import RegsyncCSV
import Testing

@Suite("CSV records, fields and line numbers")
struct CSVReaderTests {
    @Test("RFC 4180 basics: fields, lines, terminators")
    func basics() throws {
        let records = try readAll("id,name,city\r\n1,Sato,Tokyo\r\n2,Suzuki,Osaka\r\n")
        #expect(
            records.map(\.strings) == [["id", "name", "city"], ["1", "Sato", "Tokyo"], ["2", "Suzuki", "Osaka"]])
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records.map(\.endLine) == [1, 2, 3])
        #expect(records.map(\.terminator) == [.crlf, .crlf, .crlf])
        #expect(records.map(\.byteOffset) == [0, 14, 28])
        #expect(records[1].rawString == "1,Sato,Tokyo")
        #expect(records.allSatisfy { $0.problem == nil && $0.quotedFlags.allSatisfy { !$0 } })
    }

    @Test(
        "quoted fields keep delimiters, undouble quotes and report that they were quoted",
        arguments: [
            ("\"a,b\",c", ["a,b", "c"], [true, false]),
            ("\"say \"\"hi\"\"\",x", ["say \"hi\"", "x"], [true, false]),
            ("\"\",", ["", ""], [true, false]),
            ("\"\"\"\"", ["\""], [true]),
            ("a,\"\",\"b\"", ["a", "", "b"], [false, true, true]),
            ("\"x\"\"\"\"y\"", ["x\"\"y"], [true]),
        ])
    func quoted(input: String, expected: [String], quoted: [Bool]) throws {
        let records = try readAll(input + "\n")
        try #require(records.count == 1)
        #expect(records[0].problem == nil)
        #expect(records[0].strings == expected)
        #expect(records[0].quotedFlags == quoted)
        #expect(records[0].rawString == input)
    }

    @Test(
        "a NUL byte is a problem naming its line, column and field (quoted or not), and the record keeps no fields",
        arguments: ["a,b\u{0}c,d\n", "a,\"b\u{0}c\",d\n", "a,\"b\"\"\u{0}\",d\n"])
    func nulByte(input: String) throws {
        let records = try readAll("x,y,z\n" + input + "e,f,g\n")
        #expect(records.count == 3)
        let problem = try #require(records[1].problem)
        #expect(problem.kind == .nulByte)
        #expect(problem.line == 2)
        #expect(problem.field == 1)
        #expect(problem.column == (Array(input.utf8).firstIndex(of: 0) ?? -2) + 1)
        #expect(records[1].fieldCount == 0)
        #expect(records[2].strings == ["e", "f", "g"])
    }

    @Test("line breaks inside quoted fields belong to the field and advance the line count")
    func quotedLineBreaks() throws {
        let input = "id,note\r\n1,\"first\r\nsecond\"\r\n2,\"a\nb\nc\"\n3,\"x\ry\",z\n4,end"
        let records = try readAll(input)
        #expect(records.map(\.line) == [1, 2, 4, 7, 9])
        #expect(records.map(\.endLine) == [1, 3, 6, 8, 9])
        #expect(records[1].strings == ["1", "first\r\nsecond"])
        #expect(records[1].rawString == "1,\"first\r\nsecond\"")
        #expect(records[2].strings == ["2", "a\nb\nc"])
        #expect(records[3].strings == ["3", "x\ry", "z"])
        #expect(records[4].strings == ["4", "end"])
        #expect(records[4].terminator == CSVLineTerminator.none)
    }

    @Test(
        "CRLF, LF and lone CR each end a line",
        arguments: [
            ("a,1\nb,2\nc,3\n", [CSVLineTerminator.lf, .lf, .lf]),
            ("a,1\r\nb,2\r\nc,3\r\n", [.crlf, .crlf, .crlf]),
            ("a,1\rb,2\rc,3\r", [.cr, .cr, .cr]),
            ("a,1\nb,2\r\nc,3\r", [.lf, .crlf, .cr]),
            ("a,1\rb,2\nc,3", [.cr, .lf, .none]),
        ])
    func lineEndings(input: String, terminators: [CSVLineTerminator]) throws {
        for chunkSize in [1, 2, 3, 1 << 20] {
            let records = try readAll(input, chunkSize: chunkSize)
            #expect(records.map(\.strings) == [["a", "1"], ["b", "2"], ["c", "3"]])
            #expect(records.map(\.line) == [1, 2, 3])
            #expect(records.map(\.terminator) == terminators)
        }
    }

    @Test("empty lines are skipped but counted; a line of spaces is a record")
    func blankLines() throws {
        let input = "\na\n\n\r\n\rb\n  \n\n"
        let reader = try CSVReader(bytes: Array(input.utf8))
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        #expect(records.map(\.strings) == [["a"], ["b"], ["  "]])
        #expect(records.map(\.line) == [2, 6, 7])
        #expect(reader.currentLine == 9)
        #expect(reader.consumedByteCount == input.utf8.count)
    }

    @Test(
        "field counts follow the delimiters (the importer rejects ragged rows)",
        arguments: [
            ("a,b,c", 3), ("a,b,", 3), (",", 2), (",,,", 4), ("a", 1), ("\"\"", 1), ("\"a\",", 2), ("a,\"b,c\",d,", 4),
        ])
    func fieldCounts(line: String, count: Int) throws {
        let records = try readAll(line + "\r\n" + line)
        #expect(records.map(\.fieldCount) == [count, count])
    }

    @Test("an empty input and an input of empty lines have no records")
    func emptyInput() throws {
        #expect(try readAll([]).isEmpty)
        let reader = try CSVReader(bytes: Array("\r\n\n\r".utf8))
        #expect(try reader.next() == nil)
        #expect(reader.currentLine == 4)
        #expect(reader.consumedByteCount == 4)
        #expect(try reader.next() == nil)
    }

    @Test("the last line without a line break is a normal record")
    func noFinalNewline() throws {
        let records = try readAll("a,b\nc,d")
        #expect(records.map(\.strings) == [["a", "b"], ["c", "d"]])
        #expect(records.last?.terminator == CSVLineTerminator.none)
        #expect(records.last?.problem == nil)
    }

    @Test("Shift_JIS/CP932 bytes with trail bytes 0x5C and 0x7C pass through untouched")
    func cp932TrailBytes() throws {
        // 表 95 5C, ソ 83 5C, ポ 83 7C, 能 94 5C, ＼ 81 5F; a quoted field with 表 and a comma.
        let hyo: [UInt8] = [0x95, 0x5C]
        let so: [UInt8] = [0x83, 0x5C]
        let po: [UInt8] = [0x83, 0x7C]
        let no: [UInt8] = [0x94, 0x5C]
        let comma = UInt8(ascii: ",")
        let quote = UInt8(ascii: "\"")
        var input: [UInt8] = hyo + [comma] + so + po + [comma, quote] + no + [comma] + hyo + [quote, 0x0D, 0x0A]
        input += po + [comma] + hyo + so
        let records = try readAll(input, chunkSize: 3)
        #expect(
            records.map(\.fields).map { $0.map(Array.init) } == [[hyo, so + po, no + [comma] + hyo], [po, hyo + so]])
        #expect(records.allSatisfy { $0.problem == nil })
    }

    @Test("TSV, trimmed spaces and unquoted dialects")
    func dialects() throws {
        let tsv = try readAll("a\t\"b\tc\"\t d \n", dialect: .tsv)
        #expect(tsv[0].strings == ["a", "b\tc", " d "])
        let trimmed = try readAll(
            "  a  , \"b \"  ,c\t\n   \n", dialect: CSVDialect(trimsUnquotedSpaces: true))
        #expect(trimmed.map(\.strings) == [["a", "b ", "c"], [""]])
        #expect(trimmed[0].quotedFlags == [false, true, false])
        let kept = try readAll("  a  , b\n")
        #expect(kept[0].strings == ["  a  ", " b"])
        let unquoted = try readAll("a\"b,\"c\n\"d\n", dialect: CSVDialect(quote: nil))
        #expect(unquoted.map(\.strings) == [["a\"b", "\"c"], ["\"d"]])
        #expect(unquoted.allSatisfy { $0.problem == nil })
        let semicolon = try readAll(
            "'a;b';c\n", dialect: CSVDialect(delimiter: UInt8(ascii: ";"), quote: UInt8(ascii: "'")))
        #expect(semicolon[0].strings == ["a;b", "c"])
    }

    @Test(
        "dialects that cannot be parsed are refused",
        arguments: [
            CSVDialect(delimiter: 0x0A), CSVDialect(delimiter: UInt8(ascii: ","), quote: UInt8(ascii: ",")),
            CSVDialect(quote: 0x0D), CSVDialect(delimiter: 0), CSVDialect(delimiter: 0xA4), CSVDialect(quote: 0x81),
        ])
    func refusedDialects(dialect: CSVDialect) {
        #expect(throws: CSVReaderError.self) { try CSVReader(bytes: [], dialect: dialect) }
    }

    @Test(
        "delimiters and quotes from 0x40 up read UTF-8 but would cut CP932 characters",
        arguments: [
            CSVDialect(delimiter: UInt8(ascii: "|")), CSVDialect(delimiter: 0x5C), CSVDialect(quote: UInt8(ascii: "`")),
        ])
    func cp932UnsafeDialects(dialect: CSVDialect) throws {
        #expect(!dialect.isSafeForCP932)
        #expect(throws: Never.self) { try CSVReader(bytes: [], dialect: dialect) }
        #expect(CSVDialect.csv.isSafeForCP932 && CSVDialect.tsv.isSafeForCP932)
    }

    @Test("a pipe-delimited UTF-8 file splits on the pipe")
    func pipeDelimitedUTF8() throws {
        let records = try readAll("名前|住所\n髙橋|東京都\n", dialect: CSVDialect(delimiter: UInt8(ascii: "|")))
        #expect(records.map(\.strings) == [["名前", "住所"], ["髙橋", "東京都"]])
    }

    @Test("a byte order mark can be seen and skipped; it stays in line 1's columns")
    func byteOrderMark() throws {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\"c\nd\n".utf8)
        let reader = try CSVReader(bytes: input)
        #expect(try reader.peekPrefix(3) == [0xEF, 0xBB, 0xBF])
        #expect(try reader.skipUTF8ByteOrderMark())
        let first = try #require(try reader.next())
        #expect(first.byteOffset == 3)
        #expect(first.rawString == "a,b\"c")
        #expect(first.problem == CSVProblem(kind: .strayQuote, line: 1, column: 7))
        #expect(try reader.next()?.strings == ["d"])
        #expect(throws: CSVReaderError.self) { try reader.skip(prefixBytes: 1) }
        #expect(throws: CSVReaderError.self) { try reader.readHeader() }

        let plain = try CSVReader(bytes: Array("h1,h2\nx,y\n".utf8))
        #expect(try plain.skipUTF8ByteOrderMark() == false)
        #expect(try plain.readHeader()?.strings == ["h1", "h2"])
        #expect(try plain.next()?.strings == ["x", "y"])
    }

    @Test("reads a file from disk in chunks, and reports a missing file with errno")
    func fileInput() throws {
        let path = "/tmp/regsync-csv-test-\(UInt64.random(in: 0...UInt64.max)).csv"
        var expected: [[String]] = []
        var text = ""
        for index in 0..<5000 {
            expected.append(["\(index)", "name \(index)", "x\ny"])
            text += "\(index),name \(index),\"x\ny\"\r\n"
        }
        try writeFile(path, Array(text.utf8))
        defer { removeFile(path) }
        let reader = try CSVReader(path: path, chunkSize: 4096)
        var record = CSVRecord()
        var rows: [[String]] = []
        var lines: [Int] = []
        while try reader.next(into: &record) {
            rows.append(record.strings)
            lines.append(record.line)
        }
        #expect(rows == expected)
        #expect(lines == Array(stride(from: 1, to: 10_000, by: 2)))
        #expect(reader.consumedByteCount == text.utf8.count)

        let error = #expect(throws: CSVReaderError.self) { try CSVReader(path: path + ".missing") }
        #expect(error?.code == .open)
        #expect(error?.errno == 2)
    }
}

import RegsyncPostgres
import RegsyncTestSupport
import Testing

@Suite("COPY binary conversions agree with PostgreSQL's input functions")
struct CopyBinaryEncoderTests {
    func days(_ text: String) -> Int32? {
        Array(text.utf8).withUnsafeBufferPointer { CopyBinaryEncoder.daysSince2000(isoDate: $0) }
    }

    @Test(
        "ISO dates become days from 2000-01-01",
        arguments: [
            ("2000-01-01", 0), ("2000-01-02", 1), ("1999-12-31", -1), ("2000-03-01", 60), ("2024-02-29", 8_825),
            ("1970-01-01", -10_957), ("1868-01-25", -48_188), ("0001-01-01", -730_119), ("9999-12-31", 2_921_939),
        ] as [(String, Int32)])
    func isoDates(text: String, expected: Int32) {
        #expect(days(text) == expected)
    }

    @Test(
        "what is not a valid ISO date is refused, never guessed",
        arguments: [
            "2023-02-29", "2020-13-45", "0000-00-00", "2020-1-01", "2020/01/01", "", "2020-04-31", "２０２０-01-01",
        ])
    func invalidDates(text: String) {
        #expect(days(text) == nil)
    }

    @Test(
        "integers as int4in and int8in read them",
        arguments: [
            ("0", 0), ("42", 42), ("-7", -7), ("+7", 7), (" 12 ", 12), ("9223372036854775807", Int64.max),
            ("-9223372036854775808", Int64.min),
        ] as [(String, Int64)])
    func integers(text: String, expected: Int64) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { CopyBinaryEncoder.integer($0) } == expected)
    }

    @Test(
        "what is not an integer, or does not fit, is refused",
        arguments: ["", "-", "1.5", "1e3", "9223372036854775808", "１２"])
    func invalidIntegers(text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { CopyBinaryEncoder.integer($0) } == nil)
    }

    @Test(
        "booleans in boolin's usual spellings",
        arguments: [
            ("t", true), ("TRUE", true), ("yes", true), ("on", true), ("1", true), ("f", false), ("False", false),
            ("no", false), ("off", false), ("0", false),
        ] as [(String, Bool)])
    func booleans(text: String, expected: Bool) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { CopyBinaryEncoder.boolean($0) } == expected)
    }

    @Test("anything else is not a boolean", arguments: ["", "2", "maybe", "はい", "truee"])
    func invalidBooleans(text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { CopyBinaryEncoder.boolean($0) } == nil)
    }
}

@Suite("COPY in binary format against a real server")
struct CopyBinaryRoundTripTests {
    @Test("every type round-trips: what the server stores prints as the text that was encoded")
    func roundTrip() throws {
        let connection = try PostgresConnection(try TestPostgres.shared().makeDatabase("binary"))
        try connection.executeScript(
            "CREATE TABLE t (s text, d date, i integer, b bigint, f boolean)")
        let types: [CopyBinaryEncoder.ColumnType] = [.text, .date, .int4, .int8, .bool]
        let rows: [[String?]] = [
            ["髙橋　一郎\t\\N\n", "2024-02-29", "-2147483648", "9223372036854775807", "t"],
            ["", "1868-01-25", "2147483647", "-9223372036854775808", "false"],
            [nil, nil, nil, nil, nil],
            ["𠮷野家", "0001-01-01", "0", "0", "YES"],
            ["x", "9999-12-31", " 12 ", "+5", "off"],
        ]
        var encoder = CopyBinaryEncoder()
        for row in rows {
            encoder.beginRow(fields: row.count)
            for (value, type) in zip(row, types) {
                if let value {
                    Array(value.utf8).withUnsafeBufferPointer { encoder.field(type, text: $0) }
                } else {
                    encoder.null()
                }
            }
        }
        let stream = try connection.startCopyIn("COPY t FROM STDIN WITH (FORMAT binary)")
        try CopyBinaryEncoder.header.withUnsafeBytes { try stream.raw($0) }
        try encoder.withUnsafeBytes { try stream.raw($0) }
        try CopyBinaryEncoder.trailer.withUnsafeBytes { try stream.raw($0) }
        #expect(try stream.finish() == rows.count)
        let stored = try connection.execute(
            "SELECT s, d::text AS d, i::text AS i, b::text AS b, f::text AS f FROM t ORDER BY d NULLS LAST")
        let expected: [[String?]] = [
            ["𠮷野家", "0001-01-01", "0", "0", "true"],
            ["", "1868-01-25", "2147483647", "-9223372036854775808", "false"],
            ["髙橋　一郎\t\\N\n", "2024-02-29", "-2147483648", "9223372036854775807", "true"],
            ["x", "9999-12-31", "12", "5", "false"],
            [nil, nil, nil, nil, nil],
        ]
        #expect(stored.values == expected)
    }

    @Test("a value the client cannot convert is refused by the server as 22P03, naming line and column")
    func refusedValue() throws {
        let connection = try PostgresConnection(try TestPostgres.shared().makeDatabase("binaryrefused"))
        try connection.executeScript("CREATE TABLE t (s text, d date)")
        var encoder = CopyBinaryEncoder()
        for date in ["2024-01-01", "2024-02-30"] {
            encoder.beginRow(fields: 2)
            Array("row".utf8).withUnsafeBufferPointer { encoder.field(.text, text: $0) }
            Array(date.utf8).withUnsafeBufferPointer { encoder.field(.date, text: $0) }
        }
        try connection.executeScript("BEGIN")
        let stream = try connection.startCopyIn("COPY t FROM STDIN WITH (FORMAT binary)")
        try CopyBinaryEncoder.header.withUnsafeBytes { try stream.raw($0) }
        try encoder.withUnsafeBytes { try stream.raw($0) }
        try CopyBinaryEncoder.trailer.withUnsafeBytes { try stream.raw($0) }
        do {
            _ = try stream.finish()
            Issue.record("the server accepted 2024-02-30")
        } catch let error as PostgresError {
            #expect(error.sqlState == "22P03")
            #expect(error.copyLine == 2)
            #expect(error.context?.contains("column d") == true, "\(error)")
            #expect(!error.safeDescription.contains("2024-02-30"))
        }
        try connection.executeScript("ROLLBACK")
    }
}

import RegsyncPostgres
import RegsyncTestSupport
import Testing

/// libpq's own quoting of literals and identifiers: what a hostile string becomes in SQL text
/// is that string again, never SQL (issue 11, B.5).
@Suite("quoting literals and identifiers")
struct QuotingTests {
    static let hostile = [
        "'; DROP TABLE t; --", "Robert'); DROP TABLE t; --", "\\", "\\'", "\\.", "\\N", "a\tb\nc\r", "\"", "$1",
        "E'\\x41'", "$$; DROP TABLE t; $$", "\u{202E}evil\u{202C}", "山\u{200B}田", "",
        String(repeating: "\\'", count: 1_000),
    ]

    @Test("a quoted literal reads back byte for byte", arguments: hostile)
    func literal(value: String) throws {
        let connection = try PostgresConnection(try TestPostgres.shared().makeDatabase("quoting"))
        let sql = "SELECT \(try connection.quoteLiteral(value)) AS v"
        let read = try connection.execute(sql).first?["v"]
        #expect(read.map { Array($0.utf8) } == Array(value.utf8))
    }

    @Test("a quoted identifier names a column of exactly that name", arguments: hostile.filter { !$0.isEmpty })
    func identifier(name: String) throws {
        let connection = try PostgresConnection(try TestPostgres.shared().makeDatabase("quoting"))
        let column = String(name.prefix(60))  // identifiers are at most 63 bytes
        try connection.executeScript("CREATE TEMP TABLE t (\(try connection.quoteIdentifier(column)) text)")
        let names = try connection.execute(
            "SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0")
        #expect(names.compactMap { $0["attname"] }.map { Array($0.utf8) } == [Array(column.utf8)])
    }
}

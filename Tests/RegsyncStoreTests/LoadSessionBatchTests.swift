import RegsyncCore
import RegsyncImport
import RegsyncPostgres
import RegsyncStore
import Testing

@Suite("LoadSession: a COPY batch the server refuses loses only its guilty rows", .serialized)
struct LoadSessionBatchTests {
    static let database = Result { try makeMigratedDatabase("batch") }

    /// Five good rows at lines 10, 20, ... 50, with the rows at `bad` positions given a
    /// date the server refuses (as if a mapper had let it through).
    func rows(bad: Set<Int>, _ mapper: RecordMapper) throws -> [(line: Int, row: MappedRow)] {
        let dateIndex = try #require(mapper.mapping.fields.firstIndex { $0.column.name == "registered_on" })
        return try (0..<5).map { index in
            var row = try mapper.row("C-\(index)", "所有者\(index)", "X", "2020-01-0\(index + 1)")
            if bad.contains(index) { row.values[dateIndex] = "2020-13-45" }
            return ((index + 1) * 10, row)
        }
    }

    @Test(
        "only the refused row is returned, with its line; the others are staged and merged",
        arguments: [[0], [2], [4], [0, 4], [1, 2, 3], [0, 1, 2, 3, 4]], [true, false])
    func refusedRows(bad: [Int], direct: Bool) throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping()
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        let result = try load(try rows(bad: Set(bad), mapper), mapping: mapping, on: connection, allowDirect: direct)
        #expect(result.path == (direct ? .direct : .staging))
        #expect(result.serverRejections.map(\.line).sorted() == bad.map { ($0 + 1) * 10 })
        for rejection in result.serverRejections {
            // Rows go in COPY's binary format: a value the client cannot convert is sent so
            // that the server refuses it as badly formatted binary data, naming the column.
            #expect(rejection.sqlState == "22P03", "\(rejection.message)")
            #expect(rejection.message.contains("registered_on"), "\(rejection.message)")
            #expect(!rejection.message.contains("2020-13-45"), "a server message must not quote the value")
        }
        let good = (0..<5).filter { !bad.contains($0) }
        #expect(result.counts.inserted == good.count)
        let stored = try contents(of: "vehicle.registration", columns: ["source_line"], on: connection)
        #expect(stored.keys.sorted() == good.map { "C-\($0)" })
        #expect(stored.values.map { $0[0]! }.sorted() == good.map { String(($0 + 1) * 10) })
    }

    @Test(
        "a batch larger than what is streamed ahead (256 KiB) is split correctly too",
        arguments: [true, false])
    func largeBatch(direct: Bool) throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping()
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        let dateIndex = try #require(mapping.fields.firstIndex { $0.column.name == "registered_on" })
        let owner = String(repeating: "髙﨑", count: 40)
        let bad: Set<Int> = [0, 1_500, 2_999]
        var rows: [(line: Int, row: MappedRow)] = []
        for index in 0..<3_000 {
            var row = try mapper.row("L-\(index)", owner, "X", "2022-05-06")
            if bad.contains(index) { row.values[dateIndex] = "0000-00-00" }
            rows.append((index + 1, row))
        }
        let result = try load(rows, mapping: mapping, on: connection, allowDirect: direct, batchSize: 10_000)
        #expect(result.serverRejections.map(\.line).sorted() == bad.sorted().map { $0 + 1 })
        #expect(result.counts.inserted == 3_000 - bad.count)
    }

    @Test("refused rows are found across several batches and the batch boundaries keep their lines")
    func severalBatches() throws {
        let connection = try PostgresConnection(try Self.database.get())
        try reset(connection)
        let mapping = try vehicleMapping()
        let mapper = try RecordMapper(mapping: mapping, hasher: nil)
        let dateIndex = try #require(mapping.fields.firstIndex { $0.column.name == "registered_on" })
        var rows: [(line: Int, row: MappedRow)] = []
        let bad: Set<Int> = [0, 6, 7, 19, 20, 33, 99]
        for index in 0..<100 {
            var row = try mapper.row("K-\(index)", "所有者", "X", "2021-03-04")
            if bad.contains(index) { row.values[dateIndex] = "2021-02-30" }
            rows.append((index + 2, row))
        }
        let result = try load(rows, mapping: mapping, on: connection, allowDirect: false, batchSize: 7)
        #expect(result.serverRejections.map(\.line).sorted() == bad.sorted().map { $0 + 2 })
        #expect(result.counts.inserted == 100 - bad.count)
    }
}

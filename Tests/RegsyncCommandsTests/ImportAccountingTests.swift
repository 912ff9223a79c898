import Foundation
import RegsyncCore
import RegsyncTestSupport
import Testing

/// Every record read is loaded, rejected or counted as not loaded, and the counts come
/// from places that could disagree.
@Suite("regsync import: the accounting of every record", .serialized)
struct ImportAccountingTests {
    static let database = Result { try makeInitializedDatabase("accounting") }

    func reset() throws -> String {
        let database = try Self.database.get()
        try resetTargets(database)
        return database
    }

    @Test("more than a thousand rejects among the rows of one batch are all recorded, and the rows all load")
    func manyRejectsInOneBatch() throws {
        let database = try reset()
        let workspace = try Workspace()
        let mapping = try writeTestVehicleMapping(in: workspace)
        let input = try workspace.write(
            "mixed.csv", utf8: testVehicleCSV(records: 3000) { $0 % 2 == 1 ? "bad chassis \($0),n,a,令和2年3月4日" : nil })
        let run = try runImport("vehicle", [input], mapping: mapping, database: database, in: workspace)
        #expect(run.status == 10, "\(run.stderr)")
        let file = try #require(run.file, "\(run.stderr)")
        #expect(file.read == 3000 && file.loaded == 1500 && file.rejected == 1500)
        #expect(try rows("SELECT count(*) FROM vehicle.registration", database: database) == [["1500"]])
        #expect(try rows("SELECT count(*) FROM regsync.reject", database: database) == [["1500"]])
        #expect(try run.rejects(of: input).count == 1501)
    }

    @Test("an unbalanced quote costs one record: the rest of the file is read, loaded and counted (issue 11, A3)")
    func runawayQuote() throws {
        let database = try reset()
        let workspace = try Workspace()
        let mapping = try writeTestVehicleMapping(in: workspace)
        let opened = "CH-15000,\"open,addr,令和2年3月4日"
        let input = try workspace.write(
            "quote.csv", utf8: testVehicleCSV(records: 20_000) { $0 == 15_000 ? opened : nil })
        let run = try runImport(
            "vehicle", [input], mapping: mapping, database: database, in: workspace, options: ["--max-rejects", "1%"])
        #expect(run.status == 10, "\(run.stderr)")
        let file = try #require(run.file, "\(run.stderr)")
        #expect(file.read == 20_000 && file.loaded == 19_999 && file.rejected == 1)
        let rejects = try run.rejects(of: input)
        #expect(rejects.count == 2)
        #expect(rejects.last?[1].split(separator: ":").first == "15002" && rejects.last?[3] == "runaway_quote")
        #expect(rejects.last?.last == opened, "the raw text is the line where the quote opened")
        #expect(try rows("SELECT count(*) FROM vehicle.registration", database: database) == [["19999"]])
    }

    @Test("a record past the size limit: its raw text is cut, and the reject and the summary say so")
    func cutRawText() throws {
        let database = try reset()
        let workspace = try Workspace()
        let mapping = try writeTestVehicleMapping(in: workspace, source: ["max_record_bytes: 1024"])
        let long = "CH-1,\(String(repeating: "x", count: 5000)),addr,令和2年3月4日"
        let input = try workspace.write("long.csv", utf8: testVehicleCSV(records: 3) { $0 == 1 ? long : nil })
        let run = try runImport("vehicle", [input], mapping: mapping, database: database, in: workspace)
        #expect(run.status == 10, "\(run.stderr)")
        let file = try #require(run.file, "\(run.stderr)")
        #expect(file.read == 3 && file.loaded == 2 && file.rejected == 1)
        let reject = try #require(try run.rejects(of: input).last)
        #expect(reject[3] == "too_large")
        #expect(reject[4].contains("raw text cut to its first 1024 of \(long.utf8.count) bytes"), "\(reject[4])")
        #expect(reject.last?.utf8.count == 1024)
        #expect(run.summary?.notes.contains { $0.contains("1 rejected record has its raw text cut") } == true)
    }
}

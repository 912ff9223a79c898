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
}

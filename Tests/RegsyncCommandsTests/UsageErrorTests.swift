import Foundation
import RegsyncTestSupport
import Testing

@Suite("a usage error ends like every run: message, one-line summary, JSON summary")
struct UsageErrorTests {
    @Test(
        "exit 64 with the parser's message and a summary line",
        arguments: [
            ["import", "vehicle"],
            ["import", "vehicle", "x.csv", "--mapping", "m.yaml", "--max-rejects", "lots"],
            ["normalize", "postcode"],
            ["no-such-command"],
        ])
    func usage(arguments: [String]) throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("usage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let summary = workspace.appendingPathComponent("summary.json").path
        let result = try RegsyncBinary.run(arguments + ["--summary", summary])
        #expect(result.status == 64, "\(result.stderr)")
        let lastLine = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastLine.hasPrefix("regsync \(arguments[0]): usage"), "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary)))
        let object = try #require(json as? [String: Any])
        #expect(object["outcome"] as? String == "usage")
    }

    @Test(
        "--database is refused where it does not apply, without quoting it (issue 11, A10)",
        arguments: [
            ["db", "status"], ["db", "start"], ["db", "stop"], ["normalize", "address"], ["normalize", "name"],
            ["mapping", "check", "mappings/vehicle-legacy-cp932.yaml"],
        ])
    func databaseWhereItDoesNotApply(arguments: [String]) throws {
        let url = "postgresql://clerk:Kx9qVb3w@db.invalid/regsync"
        let result = try RegsyncBinary.run(
            arguments + ["--database", url], environment: ["REGSYNC_HOME": "/nonexistent/regsync-home"],
            directory: packageRoot)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--database does not apply"), "\(result.stderr)")
        #expect(!result.output.contains("Kx9qVb3w"))
    }

    @Test("db stop --database URL leaves the embedded cluster running")
    func dbStopKeepsCluster() throws {
        let home = "/tmp/regsync-usage-\(UInt32.random(in: 0...UInt32.max))"
        defer {
            _ = try? RegsyncBinary.run(["db", "stop"], environment: ["REGSYNC_HOME": home])
            try? FileManager.default.removeItem(atPath: home)
        }
        #expect(try RegsyncBinary.run(["db", "start"], environment: ["REGSYNC_HOME": home]).status == 0)
        let database = try TestPostgres.shared().makeDatabase("elsewhere").connectionString
        let stop = try RegsyncBinary.run(["db", "stop", "--database", database], environment: ["REGSYNC_HOME": home])
        #expect(stop.status == 64, "\(stop.stderr)")
        let status = try RegsyncBinary.run(["db", "status"], environment: ["REGSYNC_HOME": home])
        #expect(status.stdout.contains("state: running"), "\(status.stdout)")
    }
}

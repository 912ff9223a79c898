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

}

import ArgumentParser
import Foundation
import RegsyncCommands
import Testing

/// Every `regsync` command line in cron/ parses against the real command-line interface,
/// so a renamed option cannot silently break the nightly job.
@Suite("cron files")
struct CronFilesTests {
    static let cron = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("cron").path

    /// The regsync invocations in a shell script: lines whose command (after an optional
    /// `run`) is `regsync`, with shell variables replaced by placeholders.
    static func invocations(in text: String) -> [[String]] {
        text.split(separator: "\n").compactMap { line in
            var words = line.split(separator: " ").map(String.init)
            if words.first == "run" { words.removeFirst() }
            guard words.first == "regsync" else { return nil }
            return words.dropFirst().prefix { $0 != "||" && $0 != "&&" }.map {
                $0.replacingOccurrences(of: "\"", with: "").replacingOccurrences(
                    of: #"\$\{?[A-Za-z_]+\}?"#, with: "x", options: .regularExpression)
            }
        }
    }

    @Test("the nightly script's regsync lines parse")
    func nightlyScriptParses() throws {
        let text = try String(contentsOfFile: Self.cron + "/regsync-nightly", encoding: .utf8)
        let lines = Self.invocations(in: text)
        #expect(lines.count >= 4)
        for arguments in lines {
            #expect(throws: Never.self, "regsync \(arguments.joined(separator: " "))") {
                _ = try RegsyncCommand.parseAsRoot(arguments)
            }
        }
    }
}

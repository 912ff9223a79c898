import ArgumentParser
import Foundation
import RegsyncCommands
import RegsyncJobs
import Testing

/// Every `regsync` command line in cron/ parses against the real command-line interface,
/// so a renamed option cannot silently break the nightly job; the example configuration
/// is a valid one.
@Suite("cron files")
struct CronFilesTests {
    static let cron = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("cron").path

    /// The regsync invocations in a file: every run of words after the installed binary
    /// (`/usr/local/bin/regsync`, also as `ExecStart=/usr/local/bin/regsync`) up to a shell
    /// operator or redirection.
    static func invocations(in text: String) -> [[String]] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            guard let start = words.firstIndex(where: { $0.hasSuffix("bin/regsync") }) else {
                return nil
            }
            return words[(start + 1)...].prefix { !["||", "&&", ";", "|"].contains($0) && !$0.hasPrefix(">") }.map {
                $0.replacingOccurrences(of: "\"", with: "")
            }
        }
    }

    @Test("every regsync line of cron/ (service, crontab) parses with the real argument parser")
    func everyInvocationParses() throws {
        var found: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.cron) {
            let text = try String(contentsOfFile: Self.cron + "/" + name, encoding: .utf8)
            for arguments in Self.invocations(in: text) {
                found[name, default: 0] += 1
                #expect(throws: Never.self, "\(name): regsync \(arguments.joined(separator: " "))") {
                    _ = try RegsyncCommand.parseAsRoot(arguments)
                }
                #expect(arguments.first == "sync", "\(name): the nightly job is regsync sync")
            }
        }
        #expect(found["regsync-nightly.service"] == 1)
        #expect(found["crontab.example"] == 1)
    }

    @Test("a broken line does not parse (the check can fail)")
    func brokenLineFails() {
        let arguments = Self.invocations(in: "ExecStart=/usr/local/bin/regsync sync --konfig /etc/regsync/sync.yaml")
        #expect(arguments == [["sync", "--konfig", "/etc/regsync/sync.yaml"]])
        #expect(throws: (any Error).self) { _ = try RegsyncCommand.parseAsRoot(arguments[0]) }
    }

    @Test("the example sync.yaml is valid, apart from mapping files that live on a server")
    func exampleConfigurationIsValid() throws {
        let text = try String(contentsOfFile: Self.cron + "/sync.yaml.example", encoding: .utf8)
        do {
            _ = try SyncConfig.parse(text, file: "sync.yaml.example")
        } catch {
            // The mappings are under /usr/share/regsync/mappings on a server, not here.
            #expect(error.problems.allSatisfy { $0.message.hasPrefix("no such mapping file") }, "\(error)")
        }
    }
}

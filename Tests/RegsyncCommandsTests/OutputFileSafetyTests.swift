import Foundation
import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import Testing

/// Reject and summary files never follow a link planted where they are written, and
/// regsync refuses a folder that anyone may write into (issue 11, A6).
@Suite("output files cannot be redirected by a planted link", .serialized)
struct OutputFileSafetyTests {
    static let database = Result { try makeInitializedDatabase("outputs") }
    static let brokenVehicles = packageRoot + "/samples/broken/vehicles-broken.csv"
    static let rejectName = "vehicles-broken.csv.rejects.csv"

    func importBroken(rejectDirectory: String?, summary: String, environment: [String: String] = [:]) throws
        -> ProcessRunner.Result
    {
        let database = try Self.database.get()
        try resetTargets(database)
        var arguments = [
            "import", "vehicle", Self.brokenVehicles, "--mapping", shippedMapping("vehicle-legacy-cp932"),
            "--database", database, "--summary", summary,
        ]
        if let rejectDirectory { arguments += ["--reject-dir", rejectDirectory] }
        return try RegsyncBinary.run(arguments, environment: environment)
    }

    /// A file that must never change, and a link to it named like an output file.
    func plantLink(at path: String, in workspace: Workspace) throws -> String {
        let victim = try workspace.write("victim-\(UInt32.random(in: 0...UInt32.max)).txt", utf8: "precious\n")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim)
        return victim
    }

    func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    @Test("a link named like the reject file is replaced, never written through", arguments: [0o700, 0o1777])
    func rejectFileLink(folderMode: Int) throws {
        let workspace = try Workspace()
        let folder = workspace.path + "/rejects"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        #expect(chmod(folder, mode_t(folderMode)) == 0)
        let victim = try plantLink(at: folder + "/" + Self.rejectName, in: workspace)
        let result = try importBroken(rejectDirectory: folder, summary: workspace.path + "/summary.json")
        #expect(result.status == 10, "\(result.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n", "the link's target was written")
        #expect(isRegularFile(folder + "/" + Self.rejectName), "the reject file is a file of its own")
        let rejects = try String(contentsOfFile: folder + "/" + Self.rejectName, encoding: .utf8)
        #expect(rejects.hasPrefix("file,line,"))
        #expect(try mode(folder + "/" + Self.rejectName) == 0o600)
    }

    @Test("a reject folder anyone may write into, without the sticky bit, is refused before anything loads (73)")
    func worldWritableFolder() throws {
        let workspace = try Workspace()
        let folder = workspace.path + "/open-rejects"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        #expect(chmod(folder, 0o777) == 0)
        let victim = try plantLink(at: folder + "/" + Self.rejectName, in: workspace)
        let result = try importBroken(rejectDirectory: folder, summary: workspace.path + "/summary.json")
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains(folder), "the message names the folder")
        #expect(result.stderr.contains("regsync import: cannot_create"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        let loaded = try rows("SELECT count(*) FROM regsync.imported_file", database: try Self.database.get())
        #expect(loaded == [["0"]], "nothing loaded")
    }

    @Test("a link named like the summary file is replaced, never written through")
    func summaryLink() throws {
        let workspace = try Workspace()
        let summary = workspace.path + "/summary.json"
        let victim = try plantLink(at: summary, in: workspace)
        let result = try importBroken(rejectDirectory: workspace.path + "/rejects", summary: summary)
        #expect(result.status == 10, "\(result.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(isRegularFile(summary))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary)))
        #expect((json as? [String: Any])?["command"] as? String == "import")
    }

    @Test("the default reject folders under $REGSYNC_HOME are private to their owner (mode 700)")
    func defaultFoldersPrivate() throws {
        let workspace = try Workspace()
        let home = workspace.path + "/home"
        let result = try importBroken(
            rejectDirectory: nil, summary: workspace.path + "/summary.json", environment: ["REGSYNC_HOME": home])
        #expect(result.status == 10, "\(result.stderr)")
        let runs = try FileManager.default.contentsOfDirectory(atPath: home + "/rejects")
        try #require(runs.count == 1)
        #expect(try mode(home + "/rejects") == 0o700)
        #expect(try mode(home + "/rejects/" + runs[0]) == 0o700)
        #expect(try mode(home + "/rejects/" + runs[0] + "/" + Self.rejectName) == 0o600)
    }
}

import Foundation
import RegsyncCore
import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import Testing

/// An import whose rejects cannot be written, whose output folder cannot exist, or whose
/// server goes away ends with its exit code, the summary line and (when the database can
/// be reached) its run row, and leaves nothing half done (issue 11, A8).
@Suite("regsync import: disk full, unwritable folders and a stopped server", .serialized)
struct ImportFailureTests {
    static let database = Result { try makeInitializedDatabase("failures") }

    /// Half the records load, half are rejected with a long raw record: enough rejects to
    /// fill a small disk.
    static let input = testVehicleCSV(records: 4000) {
        $0 % 2 == 1 ? "bad chassis \($0),\(String(repeating: "氏名", count: 40)),addr,令和2年3月4日" : nil
    }

    func reset() throws -> String {
        let database = try Self.database.get()
        try resetTargets(database)
        try PostgresConnection(PostgresConfiguration(connectionString: database)).executeScript(
            "TRUNCATE regsync.run")
        return database
    }

    /// The run rows recorded, as (run id, outcome).
    func runRows(_ database: String) throws -> [[String?]] {
        try rows("SELECT run_id, outcome FROM regsync.run ORDER BY started_at", database: database)
    }

    /// Runs regsync under `/bin/sh -c "<prefix>; exec regsync ..."` (a limit, say).
    func runWrapped(_ prefix: String, _ arguments: [String]) throws -> ProcessRunner.Result {
        try runRegsync(under: ["/bin/sh", "-c", prefix + "; exec \"$@\"", "sh"], arguments)
    }

    func decodeSummary(_ path: String) throws -> RunSummary {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(RunSummary.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// What every failed load must leave: its exit code and summary line, its run row, and
    /// nothing of it in the target or the ledger.
    func expectRolledBack(
        _ result: ProcessRunner.Result, status: Int32, outcome: Outcome, summary: String, database: String
    ) throws {
        #expect(result.status == status, "\(result.stderr)")
        let lastLine = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastLine.hasPrefix("regsync import: \(outcome.rawValue)"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("Fatal error"))
        let written = try decodeSummary(summary)
        #expect(written.outcome == outcome)
        #expect(try runRows(database) == [[written.runID, outcome.rawValue]], "the run row is recorded")
        #expect(try rows("SELECT count(*) FROM vehicle.registration", database: database) == [["0"]])
        #expect(try rows("SELECT count(*) FROM regsync.imported_file", database: database) == [["0"]])
        for file in written.files {
            #expect(file.status == "failed" && file.loaded == 0 && file.rejectFile == nil, "\(file)")
            #expect(file.read > 0 && file.read == file.notLoaded + file.rejected + file.loaded, "\(file)")
        }
    }

    static let canMountTmpfs: Bool = {
        guard geteuid() == 0 else { return false }
        let probe = "/tmp/regsync-mount-probe-\(getpid())"
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard (try? ProcessRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]))?.status == 0
        else { return false }
        _ = try? ProcessRunner.run("/bin/umount", [probe])
        return true
    }()

    @Test(
        "disk full while writing rejects: the load is rolled back, exit 74, no reject file left",
        .enabled(if: canMountTmpfs, "needs root and mount(2) for a 64 KB tmpfs; .ci/run runs as root"))
    func diskFull() throws {
        let database = try reset()
        let workspace = try Workspace()
        let full = workspace.path + "/full"
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: false)
        let mounted = try ProcessRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k,mode=700", "tmpfs", full])
        try #require(mounted.status == 0, "\(mounted.stderr)")
        defer { _ = try? ProcessRunner.run("/bin/umount", [full]) }
        let input = try workspace.write("vehicles.csv", utf8: Self.input)
        let summary = workspace.path + "/summary.json"
        let result = try RegsyncBinary.run([
            "import", "vehicle", input, "--mapping", try writeTestVehicleMapping(in: workspace), "--database",
            database, "--reject-dir", full, "--summary", summary,
        ])
        try expectRolledBack(result, status: 74, outcome: .ioError, summary: summary, database: database)
        #expect(result.stderr.contains("No space left on device"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: full).isEmpty, "no partial reject file")
    }

    @Test("a reject file past the file size limit: the load is rolled back, exit 74, no reject file left")
    func fileSizeLimit() throws {
        let database = try reset()
        let workspace = try Workspace()
        let input = try workspace.write("vehicles.csv", utf8: Self.input)
        let summary = workspace.path + "/summary.json"
        let rejects = workspace.path + "/rejects"
        // 256 blocks of 512 bytes: the summary fits, the rejects (about 700 KB) do not.
        let result = try runWrapped(
            "trap '' XFSZ; ulimit -f 256",
            [
                "import", "vehicle", input, "--mapping", try writeTestVehicleMapping(in: workspace), "--database",
                database, "--reject-dir", rejects, "--summary", summary,
            ])
        try expectRolledBack(result, status: 74, outcome: .ioError, summary: summary, database: database)
        // The folder this run created is removed again once it holds nothing.
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: rejects)) ?? []).isEmpty, "no partial file")
    }

    @Test(
        "an output folder that cannot be created or written: exit 73 naming it, before anything loads",
        arguments: ["under-a-file", "read-only"])
    func unwritableFolder(kind: String) throws {
        let database = try reset()
        let workspace = try Workspace()
        let input = try workspace.write("vehicles.csv", utf8: Self.input)
        let file = try workspace.write("a-file", utf8: "x")
        // Root may write anywhere the permission bits forbid: /proc refuses new files to root too.
        let folder = kind == "under-a-file" ? file + "/rejects" : "/proc"
        let summary = workspace.path + "/summary.json"
        let result = try RegsyncBinary.run([
            "import", "vehicle", input, "--mapping", try writeTestVehicleMapping(in: workspace), "--database",
            database, "--reject-dir", folder, "--summary", summary,
        ])
        try expectRolledBack(result, status: 73, outcome: .cannotCreate, summary: summary, database: database)
        #expect(result.stderr.contains(kind == "under-a-file" ? file : folder), "the message names the folder")
    }

    @Test("a summary folder that cannot exist: exit 73 naming it, nothing loads, and the run row is recorded")
    func unwritableSummaryFolder() throws {
        let database = try reset()
        let workspace = try Workspace()
        let input = try workspace.write("vehicles.csv", utf8: Self.input)
        let file = try workspace.write("a-file", utf8: "x")
        let result = try RegsyncBinary.run([
            "import", "vehicle", input, "--mapping", try writeTestVehicleMapping(in: workspace), "--database",
            database, "--summary", file + "/summary.json",
        ])
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains(file))
        #expect(result.stderr.split(separator: "\n").last?.hasPrefix("regsync import: cannot_create") == true)
        #expect(try rows("SELECT count(*) FROM regsync.imported_file", database: database) == [["0"]])
        #expect(try runRows(database).map { $0[1] } == ["cannot_create"])
    }

    @Test("the server stopped during COPY: exit 69 with the summary line; nothing partial; a rerun completes")
    func serverStoppedDuringCopy() throws {
        let server = try StoppablePostgres()
        defer { server.shutDown() }
        let database = try server.makeDatabase("stopped")
        #expect(try RegsyncBinary.run(["init", "--database", database]).status == 0)
        let workspace = try Workspace()
        let input = try workspace.write("big.csv", utf8: testVehicleCSV(records: 400_000))
        let mapping = try writeTestVehicleMapping(in: workspace)
        let summary = workspace.path + "/summary.json"
        let arguments = [
            "import", "vehicle", input, "--mapping", mapping, "--database", database, "--summary", summary,
            "--reject-dir", workspace.path + "/rejects",
        ]
        // regsync in the background; once its COPY is running, the server is stopped.
        let copying =
            "select count(*) from pg_stat_activity where state = 'active' and query like 'COPY%'"
        let script = """
            "$@" 2>"$REGSYNC_TEST_STDERR" & pid=$!
            i=0
            while [ $i -lt 600 ]; do
              [ "$('\(server.psql)' -d "$REGSYNC_TEST_DB" -Atc "\(copying)" 2>/dev/null)" = 1 ] && break
              sleep 0.05; i=$((i + 1))
            done
            \(server.stopCommand) >/dev/null
            wait $pid; echo "exit=$?"
            """
        let stderrPath = workspace.path + "/stderr.txt"
        let result = try runRegsync(
            under: ["/bin/sh", "-c", script, "sh"], arguments,
            environment: ["REGSYNC_TEST_STDERR": stderrPath, "REGSYNC_TEST_DB": database])
        let stderr = try String(contentsOfFile: stderrPath, encoding: .utf8)
        #expect(result.stdout.contains("exit=69"), "\(result.stdout) \(stderr)")
        #expect(stderr.split(separator: "\n").last?.hasPrefix("regsync import: database_unavailable") == true)
        let written = try decodeSummary(summary)
        #expect(written.outcome == .databaseUnavailable)
        // Its run row cannot be written to a server that is down: the summary says so.
        #expect(written.notes.contains { $0.hasPrefix("the run could not be recorded in regsync.run") })
        try server.cluster.start()
        #expect(try rows("SELECT count(*) FROM vehicle.registration", database: database) == [["0"]])
        #expect(try rows("SELECT count(*) FROM regsync.imported_file", database: database) == [["0"]])
        let rerun = try RegsyncBinary.run(arguments)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try rows("SELECT count(*) FROM vehicle.registration", database: database) == [["400000"]])
    }
}

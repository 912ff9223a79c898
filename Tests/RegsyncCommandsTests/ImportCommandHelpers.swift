import Foundation
import RegsyncCore
import RegsyncPostgres
import RegsyncStore
import RegsyncTestSupport
import RegsyncText
import Testing

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

func shippedMapping(_ name: String) -> String { packageRoot + "/mappings/\(name).yaml" }

/// A folder under /tmp for one test's input files, summaries and reject files.
final class Workspace {
    let path: String

    init() throws {
        path = "/tmp/regsync-import-e2e-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    func write(_ name: String, utf8 text: String) throws -> String { try write(name, Array(text.utf8)) }

    func write(_ name: String, cp932 text: String) throws -> String {
        try write(name, try TextEncoder(encoding: .cp932).encode(text))
    }
}

/// A database with the schema in place (`regsync init`), for one suite.
func makeInitializedDatabase(_ prefix: String) throws -> String {
    let database = try TestPostgres.shared().makeDatabase(prefix).connectionString
    let result = try RegsyncBinary.run(["init", "--database", database])
    guard result.status == 0 else { throw ImportTestFailure("init failed: \(result.stderr)") }
    return database
}

/// Empties the import targets and the ledger between the tests of a serialized suite.
func resetTargets(_ database: String) throws {
    let connection = try PostgresConnection(PostgresConfiguration(connectionString: database))
    try connection.executeScript(
        "TRUNCATE regsync.reject, regsync.warning, regsync.imported_file, resident.person, resident.address, resident.event, "
            + "vehicle.registration, realestate.owner, commercial.corporation, commercial.officer")
}

struct ImportTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One run of `regsync import` with its exit status, summary and reject files.
struct ImportRun {
    let status: Int32
    let stderr: String
    let summary: RunSummary?
    let rejectDirectory: String

    /// The reject file of an input file, as records of fields (header first).
    func rejects(of input: String) throws -> [[String]] {
        parseCSV(try String(contentsOfFile: rejectFile(of: input), encoding: .utf8))
    }

    func rejectFile(of input: String) -> String {
        rejectDirectory + "/" + URL(fileURLWithPath: input).lastPathComponent + ".rejects.csv"
    }

    /// Everything the run wrote: stderr, the summary and every reject file.
    func everything() -> String {
        var text = stderr + (summary.flatMap { try? String(decoding: $0.jsonData(), as: UTF8.self) } ?? "")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: rejectDirectory)) ?? [] {
            text += (try? String(contentsOfFile: rejectDirectory + "/" + name, encoding: .utf8)) ?? ""
        }
        return text
    }

    var file: FileSummary? { summary?.files.first }
}

func runImport(
    _ registry: String, _ files: [String], mapping: String, database: String, in workspace: Workspace,
    options: [String] = [], environment: [String: String] = [:]
) throws -> ImportRun {
    let run = UUID().uuidString
    let summaryPath = workspace.path + "/summary-\(run).json"
    let rejectDirectory = workspace.path + "/rejects-\(run)"
    let result = try RegsyncBinary.run(
        ["import", registry] + files + [
            "--mapping", mapping, "--database", database, "--summary", summaryPath, "--reject-dir", rejectDirectory,
        ] + options, environment: environment)
    var summary: RunSummary?
    if let data = FileManager.default.contents(atPath: summaryPath) {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        summary = try decoder.decode(RunSummary.self, from: data)
    }
    return ImportRun(status: result.status, stderr: result.stderr, summary: summary, rejectDirectory: rejectDirectory)
}

/// Every text value of a table, to search for values that must never be stored.
func allText(of table: String, database: String) throws -> String {
    let connection = try PostgresConnection(PostgresConfiguration(connectionString: database))
    let rows = try connection.execute("SELECT t::text AS row FROM \(table) t")
    return rows.compactMap { $0["row"] }.joined(separator: "\n")
}

func rows(_ sql: String, database: String) throws -> [[String?]] {
    try PostgresConnection(PostgresConfiguration(connectionString: database)).execute(sql).values
}

/// Splits CSV text (RFC 4180) into records of fields.
func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" {
                    field.unicodeScalars.append("\"")
                    scalars.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
        } else if scalar == "\"" {
            quoted = true
        } else if scalar == "," {
            record.append(field)
            field = ""
        } else if scalar == "\n" {
            record.append(field)
            records.append(record)
            record = []
            field = ""
        } else {
            field.unicodeScalars.append(scalar)
        }
    }
    return records
}

/// The file mode bits of a path.
func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// A small UTF-8 mapping into vehicle.registration for generated inputs: columns
/// `chassis,name,address,date`, chassis numbers `[A-Z0-9][A-Z0-9-]{3,24}`, era dates.
/// `source` adds lines under `source:` (limits, say).
func writeTestVehicleMapping(in workspace: Workspace, source: [String] = []) throws -> String {
    let lines =
        [
            "mapping: vehicle-test", "target: vehicle.registration", "source:", "  format: csv",
            "  encoding: utf-8", "  header: true",
        ] + source.map { "  " + $0 } + [
            "load:", "  snapshot: incremental", "key: chassis_number", "fields:", "  chassis_number:",
            "    column: chassis", "    pattern: \"[A-Z0-9][A-Z0-9-]{3,24}\"", "  owner_name: name",
            "  owner_address: address", "  registered_on:", "    column: date", "    transforms: [trim, era_date]",
        ]
    return try workspace.write("vehicle-test.yaml", utf8: lines.joined(separator: "\n") + "\n")
}

/// A CSV for ``writeTestVehicleMapping(in:source:)``: record `index` (0-based) is
/// `CH-<index>,name<index>,addr<index>,令和2年3月4日`, or what `replace` gives for it.
func testVehicleCSV(records: Int, replace: (Int) -> String? = { _ in nil }) -> String {
    var text = "chassis,name,address,date\n"
    for index in 0..<records {
        text += (replace(index) ?? "CH-\(index),name\(index),addr\(index),令和2年3月4日") + "\n"
    }
    return text
}

/// The caller's environment without PG* and REGSYNC_* variables (as ``RegsyncBinary`` runs it).
func cleanEnvironment() -> [String: String] {
    ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") && !$0.key.hasPrefix("REGSYNC_") }
}

/// Runs `regsync arguments` under `program` (`/usr/bin/time -f ...`, `/bin/sh -c ...`):
/// `program` is followed by regsync's path and its arguments.
func runRegsync(under program: [String], _ arguments: [String], environment: [String: String] = [:]) throws
    -> ProcessRunner.Result
{
    try ProcessRunner.run(
        program[0], Array(program.dropFirst()) + [RegsyncBinary.path] + arguments,
        environment: cleanEnvironment().merging(environment) { $1 }, keepLibpqEnvironment: true)
}

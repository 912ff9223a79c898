import Foundation
import RegsyncPostgres
import RegsyncTestSupport
import Testing

/// The deliberately broken files in samples/broken (see its README) give exactly the
/// rejects they were built with, and everything else in them loads.
@Suite("broken samples")
struct BrokenSamplesTests {
    struct Case: Sendable, CustomStringConvertible {
        let registry: String
        let file: String
        let mapping: String
        let exitCode: Int32
        /// line → reason code
        let rejects: [Int: String]
        var description: String { file }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let cases = [
        Case(
            registry: "vehicle", file: "vehicles-broken.csv", mapping: "vehicle-legacy-cp932", exitCode: 10,
            rejects: [
                4: "date", 5: "ragged_row", 6: "date", 7: "encoding", 8: "check_digit", 10: "duplicate_key",
                11: "required", 12: "malformed",
            ]),
        Case(
            registry: "commercial", file: "corporations-broken.csv", mapping: "commercial-nta-unicode", exitCode: 10,
            rejects: [3: "check_digit", 4: "ragged_row", 5: "pattern", 6: "date"]),
        Case(
            registry: "realestate", file: "realestate-owners-broken.xml", mapping: "realestate-owners-xml",
            exitCode: 65, rejects: [6: "malformed"]),
        Case(
            registry: "resident-events", file: "resident-events-broken.csv", mapping: "resident-events", exitCode: 10,
            rejects: [4: "code_unknown", 5: "encoding"]),
    ]

    @Test("each broken sample gives exactly its documented rejects", arguments: cases)
    func brokenSample(_ sample: Case) throws {
        let server = try TestPostgres.shared()
        let database = try server.makeDatabase("broken")
        #expect(try RegsyncBinary.run(["init", "--database", database.connectionString]).status == 0)
        let rejectDirectory = "/tmp/regsync-broken-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: rejectDirectory) }
        let summaryFile = rejectDirectory + ".json"
        defer { try? FileManager.default.removeItem(atPath: summaryFile) }
        let result = try RegsyncBinary.run(
            [
                "import", sample.registry, "samples/broken/\(sample.file)", "--mapping",
                "mappings/\(sample.mapping).yaml", "--database", database.connectionString, "--reject-dir",
                rejectDirectory, "--summary", summaryFile,
            ], directory: Self.root)
        #expect(result.status == sample.exitCode, "\(result.stderr)")
        let rejectFile = rejectDirectory + "/\(sample.file).rejects.csv"
        let text = try String(contentsOfFile: rejectFile, encoding: .utf8)
        var found: [Int: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            found[Int(fields[1])!] = String(fields[4])
        }
        #expect(found == sample.rejects)
        let attributes = try FileManager.default.attributesOfItem(atPath: rejectFile)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "reject files are readable by their owner only")

        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summaryFile)))
        let file = ((summary as? [String: Any])?["files"] as? [[String: Any]])?.first
        let read = file?["read"] as? Int ?? -1
        let loaded = file?["loaded"] as? Int ?? -1
        let rejected = file?["rejected"] as? Int ?? -1
        #expect(rejected == sample.rejects.count)
        if sample.exitCode == 10 { #expect(read == loaded + rejected, "read = loaded + rejected") }
        if sample.exitCode == 65 { #expect(loaded == 0, "an unusable document loads nothing") }
    }

    @Test("a DV-protected resident's address never reaches the reject file")
    func protectedAddressMasked() throws {
        let server = try TestPostgres.shared()
        let database = try server.makeDatabase("dv")
        let key = "/tmp/regsync-key-\(UInt32.random(in: 0...UInt32.max))"
        try Data((0..<32).map { _ in UInt8.random(in: 0...255) }).write(to: URL(fileURLWithPath: key))
        chmod(key, 0o600)
        defer { try? FileManager.default.removeItem(atPath: key) }
        let rejectDirectory = "/tmp/regsync-dv-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: rejectDirectory) }
        let common = ["--database", database.connectionString, "--reject-dir", rejectDirectory]
        #expect(try RegsyncBinary.run(["init"] + common.prefix(2)).status == 0)
        let residents = try RegsyncBinary.run(
            ["import", "resident", "samples/residents.csv", "--mapping", "mappings/resident-persons.yaml"] + common,
            environment: ["REGSYNC_KEY_FILE": key], directory: Self.root)
        #expect(residents.status == 0, "\(residents.stderr)")
        let events = try RegsyncBinary.run(
            [
                "import", "resident-events", "samples/broken/resident-events-broken.csv", "--mapping",
                "mappings/resident-events.yaml",
            ] + common, directory: Self.root)
        #expect(events.status == 10)
        let rejects = try String(
            contentsOfFile: rejectDirectory + "/resident-events-broken.csv.rejects.csv", encoding: .utf8)
        // Line 5 belongs to a DV-protected resident (56325391234). What locates them on that
        // line: the new address (the undecodable bytes FF FE), an empty 方書, the postal
        // code 2220033 and the municipality code 141097. Each is checked to be on the
        // rejected line first, so that the checks below can fail.
        let line5 = try Self.physicalLine(5, of: Self.root + "/samples/broken/resident-events-broken.csv")
        let fields = line5.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map(Array.init)
        #expect(fields[1] == Array("56325391234".utf8))
        #expect(fields[5] == [0xFF, 0xFE] && fields[6].isEmpty)
        #expect(fields[7] == Array("2220033".utf8) && fields[8] == Array("141097".utf8))
        let connection = try PostgresConnection(database)
        let protected = try connection.execute(
            "SELECT dv_protected FROM resident.person WHERE resident_code = '56325391234'")
        #expect(protected.first?.bool("dv_protected") == true)
        let rejected = try #require(parseCSV(rejects).first { $0.count > 2 && $0[1] == "5" }?.last)
        #expect(rejected.contains("56325391234"), "the record is still identifiable by its resident code")
        for located in ["\\xFF\\xFE", "2220033", "141097"] {
            #expect(!rejects.contains(located), "\(located) locates a protected person: \(rejected)")
            #expect(!events.output.contains(located), "nor the log")
        }
        #expect(rejected.contains("***"))
    }

    /// The bytes of physical line `number` (1-based) of a file.
    static func physicalLine(_ number: Int, of path: String) throws -> [UInt8] {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        return Array(lines[number - 1])
    }
}

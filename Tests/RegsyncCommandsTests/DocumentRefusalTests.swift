import Foundation
import RegsyncCore
import RegsyncTestSupport
import Testing

/// A document whose DTD could change its records, or whose byte order mark or encoding
/// declaration disagrees with its mapping, is refused as a whole (exit 65) and nothing of
/// it loads (issue 11, A10).
@Suite("documents that are not what their mapping says are refused", .serialized)
struct DocumentRefusalTests {
    static let database = Result { try makeInitializedDatabase("refusals") }

    static func ownersMapping(encoding: String) -> String {
        """
        mapping: owners-test
        target: realestate.owner
        source: {format: xml, encoding: \(encoding), record: owners/owner}
        key: [property_number, owner_seq]
        fields:
          property_number: {column: "@property", required: true}
          owner_seq: "@seq"
          owner_name: name
        """
    }

    static let body = "<owners>\n<owner seq=\"1\" property=\"P-1\"><name>a</name></owner>\n</owners>\n"

    /// Imports `bytes` through an owners mapping of `encoding`; returns the run.
    func importOwners(_ bytes: [UInt8], encoding: String = "utf-8", file: String = "owners.xml") throws -> ImportRun {
        let database = try Self.database.get()
        try resetTargets(database)
        let workspace = try Workspace()
        let mapping = try workspace.write("owners.yaml", utf8: Self.ownersMapping(encoding: encoding))
        let input = try workspace.write(file, bytes)
        return try runImport("realestate", [input], mapping: mapping, database: database, in: workspace)
    }

    func expectRefused(_ run: ImportRun, mentioning phrase: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        #expect(run.status == 65, "\(run.stderr)", sourceLocation: sourceLocation)
        let file = try #require(run.file, sourceLocation: sourceLocation)
        #expect(file.status == "refused", "\(file)", sourceLocation: sourceLocation)
        #expect(file.reason?.contains(phrase) == true, "\(file)", sourceLocation: sourceLocation)
        #expect(file.read == 0 && file.loaded == 0, sourceLocation: sourceLocation)
        let owners = try rows("SELECT count(*) FROM realestate.owner", database: try Self.database.get())
        #expect(owners == [["0"]], "nothing loaded", sourceLocation: sourceLocation)
    }

    @Test(
        "an internal DTD subset is refused, whatever it declares",
        arguments: [
            "<!DOCTYPE owners [<!ATTLIST owner property CDATA \"P-9\">]>",
            "<!DOCTYPE owners [<!ELEMENT owners ANY>]>",
            "<!DOCTYPE owners []>",
        ])
    func internalSubset(doctype: String) throws {
        // With the ATTLIST, a record without a property attribute got the key P-9.
        let document =
            "<?xml version=\"1.0\"?>\n" + doctype + "\n<owners>\n<owner seq=\"1\"><name>a</name></owner>\n</owners>\n"
        try expectRefused(try importOwners(Array(document.utf8)), mentioning: "internal subset")
    }

    @Test("a UTF-16 document under a utf-8 mapping is refused, with or without a byte order mark")
    func utf16() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + Self.body
        var littleEndian: [UInt8] = []
        for unit in text.utf16 { littleEndian += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try expectRefused(try importOwners([0xFF, 0xFE] + littleEndian), mentioning: "UTF-16")
        try expectRefused(try importOwners(littleEndian), mentioning: "UTF-16")
    }

    @Test("an encoding declaration that names another encoding than the mapping's is refused")
    func declaration() throws {
        let sjis = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n" + Self.body
        try expectRefused(try importOwners(Array(sjis.utf8), encoding: "utf-8"), mentioning: "Shift_JIS")
        // A name of the mapping's own encoding is fine.
        let run = try importOwners(Array(sjis.utf8), encoding: "cp932")
        #expect(run.status == 0, "\(run.stderr)")
        let utf8 = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + Self.body
        try expectRefused(try importOwners(Array(utf8.utf8), encoding: "euc-jp"), mentioning: "utf-8")
        let bom = try importOwners([0xEF, 0xBB, 0xBF] + Array(Self.body.utf8), encoding: "cp932")
        try expectRefused(bom, mentioning: "byte order mark")
    }

    @Test("a CSV file with a UTF-16 byte order mark under a utf-8 mapping is refused")
    func csvUTF16() throws {
        let database = try Self.database.get()
        try resetTargets(database)
        let workspace = try Workspace()
        let mapping = try writeTestVehicleMapping(in: workspace)
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in testVehicleCSV(records: 3).utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let input = try workspace.write("vehicles.csv", bytes)
        let run = try runImport("vehicle", [input], mapping: mapping, database: database, in: workspace)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.file?.status == "refused")
        #expect(run.file?.reason?.contains("UTF-16") == true, "\(String(describing: run.file))")
    }
}

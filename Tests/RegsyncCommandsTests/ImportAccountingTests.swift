import Foundation
import RegsyncCore
import RegsyncStore
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

    @Test("an unbalanced quote costs one record: the rest of the file is read, loaded and counted (issue 11, A3)")
    func runawayQuote() throws {
        let database = try reset()
        let workspace = try Workspace()
        let mapping = try writeTestVehicleMapping(in: workspace)
        let opened = "CH-15000,\"open,addr,令和2年3月4日"
        let input = try workspace.write(
            "quote.csv", utf8: testVehicleCSV(records: 20_000) { $0 == 15_000 ? opened : nil })
        let run = try runImport(
            "vehicle", [input], mapping: mapping, database: database, in: workspace, options: ["--max-rejects", "1%"])
        #expect(run.status == 10, "\(run.stderr)")
        let file = try #require(run.file, "\(run.stderr)")
        #expect(file.read == 20_000 && file.loaded == 19_999 && file.rejected == 1)
        let rejects = try run.rejects(of: input)
        #expect(rejects.count == 2)
        #expect(rejects.last?[1] == "15002" && rejects.last?[4] == "runaway_quote")
        #expect(rejects.last?.last == opened, "the raw text is the line where the quote opened")
        #expect(try rows("SELECT count(*) FROM vehicle.registration", database: database) == [["19999"]])
    }

    @Test("a record past the size limit: its raw text is cut, and the reject and the summary say so")
    func cutRawText() throws {
        let database = try reset()
        let workspace = try Workspace()
        let mapping = try writeTestVehicleMapping(in: workspace, source: ["max_record_bytes: 1024"])
        let long = "CH-1,\(String(repeating: "x", count: 5000)),addr,令和2年3月4日"
        let input = try workspace.write("long.csv", utf8: testVehicleCSV(records: 3) { $0 == 1 ? long : nil })
        let run = try runImport("vehicle", [input], mapping: mapping, database: database, in: workspace)
        #expect(run.status == 10, "\(run.stderr)")
        let file = try #require(run.file, "\(run.stderr)")
        #expect(file.read == 3 && file.loaded == 2 && file.rejected == 1)
        let reject = try #require(try run.rejects(of: input).last)
        #expect(reject[4] == "too_large")
        #expect(reject[5].contains("raw text cut to its first 1024 of \(long.utf8.count) bytes"), "\(reject[5])")
        #expect(reject.last?.utf8.count == 1024)
        #expect(run.summary?.notes.contains { $0.contains("1 rejected record has its raw text cut") } == true)
    }

    /// A realestate XML mapping (owners, one record per entry).
    static let ownersXML = """
        mapping: owners-test
        target: realestate.owner
        source: {format: xml, encoding: utf-8, record: owners/owner}
        key: [property_number, owner_seq]
        fields:
          property_number: {column: "@property", required: true}
          owner_seq: "@seq"
          owner_name: name
        """

    /// Runs regsync under /usr/bin/time and returns its result and peak RSS in KB.
    func importMeasured(_ arguments: [String]) throws -> (ProcessRunner.Result, Int) {
        let result = try runRegsync(under: ["/usr/bin/time", "-f", "peak-rss-kb=%M"], arguments)
        let line = result.stderr.split(separator: "\n").last { $0.hasPrefix("peak-rss-kb=") } ?? ""
        return (result, Int(line.dropFirst("peak-rss-kb=".count)) ?? -1)
    }

    @Test(
        "XML nesting and attributes past their limits reject the record, with its line, in bounded memory (issue 11, A4)",
        arguments: ["depth", "attributes"])
    func xmlLimits(kind: String) throws {
        let database = try reset()
        let workspace = try Workspace()
        let mapping = try workspace.write("owners.yaml", utf8: Self.ownersXML)
        // 30,000 levels inside one record (2.5 GB peak RSS before the limit existed), or one
        // element with 100,000 attributes.
        let hostile =
            kind == "depth"
            ? "<owner property=\"P-2\" seq=\"1\">" + String(repeating: "<name>", count: 30_000)
                + String(repeating: "</name>", count: 30_000) + "</owner>"
            : "<owner property=\"P-2\" seq=\"1\"><name " + (0..<100_000).map { "a\($0)=\"v\"" }.joined(separator: " ")
                + ">x</name></owner>"
        let document =
            "<?xml version=\"1.0\"?>\n<owners>\n<owner property=\"P-1\" seq=\"1\"><name>a</name></owner>\n"
            + hostile + "\n<owner property=\"P-3\" seq=\"1\"><name>c</name></owner>\n</owners>\n"
        let input = try workspace.write("owners.xml", utf8: document)
        let summary = workspace.path + "/summary.json"
        let (result, peakKB) = try importMeasured([
            "import", "realestate", input, "--mapping", mapping, "--database", database, "--summary", summary,
            "--reject-dir", workspace.path + "/rejects",
        ])
        #expect(result.status == 10, "\(result.stderr.suffix(2000))")
        #expect(peakKB > 0 && peakKB < 300 * 1024, "peak RSS \(peakKB) KB")
        let rejectFile = workspace.path + "/rejects/owners.xml.rejects.csv"
        let rejects = parseCSV(try String(contentsOfFile: rejectFile, encoding: .utf8))
        #expect(rejects.count == 2)
        #expect(rejects.last?[1] == "4", "the record's line")
        #expect(rejects.last?[4] == (kind == "depth" ? "too_deep" : "too_many_attributes"))
        let loaded = try rows("SELECT property_number FROM realestate.owner ORDER BY 1", database: database)
        #expect(loaded == [["P-1"], ["P-3"]])
    }

    /// Every term of the file's accounting is at least zero and they add up.
    func expectReconciles(_ file: FileSummary, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            file.read >= 0 && file.loaded >= 0 && file.rejected >= 0 && file.notLoaded >= 0,
            "\(file)", sourceLocation: sourceLocation)
        #expect(file.read == file.loaded + file.rejected + file.notLoaded, "\(file)", sourceLocation: sourceLocation)
    }

    /// Imports an owners XML document; expects exit 65 and returns its file's summary.
    func importUnusableOwners(_ document: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> FileSummary
    {
        let database = try reset()
        let workspace = try Workspace()
        let mapping = try workspace.write("owners.yaml", utf8: Self.ownersXML)
        let input = try workspace.write("owners.xml", utf8: document)
        let run = try runImport("realestate", [input], mapping: mapping, database: database, in: workspace)
        #expect(run.status == 65, "\(run.stderr)", sourceLocation: sourceLocation)
        return try #require(run.file, sourceLocation: sourceLocation)
    }

    @Test("a document refused before its first record: status refused, its reason, nothing counted (issue 11, A9)")
    func refusedDocument() throws {
        let file = try importUnusableOwners(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE owners [<!ENTITY x \"y\">]>\n<owners>\n"
                + "<owner property=\"P-1\" seq=\"1\"><name>a</name></owner>\n</owners>\n")
        #expect(file.status == "refused")
        #expect(file.reason?.contains("entity") == true, "\(file)")
        #expect(file.read == 0 && file.rejected == 0 && file.notLoaded == 0 && file.loaded == 0, "\(file)")
        expectReconciles(file)
    }

    @Test("a document cut in a record: the cut record is read and rejected, the records before it are not loaded")
    func documentCutInRecord() throws {
        let records = (1...3).map { "<owner property=\"P-\($0)\" seq=\"1\"><name>n</name></owner>\n" }.joined()
        let file = try importUnusableOwners(
            "<?xml version=\"1.0\"?>\n<owners>\n" + records + "<owner property=\"P-4\"><na")
        #expect(file.status == "unusable_document")
        #expect(file.read == 4 && file.rejected == 1 && file.notLoaded == 3 && file.loaded == 0, "\(file)")
        expectReconciles(file)
    }

    @Test("a file over --max-rejects: its good records are counted as not loaded, from the rows staged")
    func tooManyRejects() throws {
        let database = try reset()
        let workspace = try Workspace()
        let mapping = try writeTestVehicleMapping(in: workspace)
        let input = try workspace.write(
            "vehicles.csv", utf8: testVehicleCSV(records: 10) { [5, 6].contains($0) ? "bad chassis,n,a,x" : nil })
        let run = try runImport(
            "vehicle", [input], mapping: mapping, database: database, in: workspace, options: ["--max-rejects", "10%"])
        #expect(run.status == 65, "\(run.stderr)")
        let file = try #require(run.file)
        #expect(file.status == "aborted_too_many_rejects")
        #expect(file.read == 10 && file.rejected == 2 && file.notLoaded == 8 && file.loaded == 0, "\(file)")
        expectReconciles(file)
    }

    @Test("every warning is stored and listed with its file, line and field (issue 11, A10)")
    func warningsLocated() throws {
        let database = try reset()
        let workspace = try Workspace()
        let mapping = try writeTestVehicleMapping(in: workspace)
        // 平成31年5月1日 is past the era's last day: converted, with a warning (lines 3 and 5).
        let input = try workspace.write(
            "vehicles.csv",
            utf8: testVehicleCSV(records: 4) { [1, 3].contains($0) ? "CH-\($0),n,a,平成31年5月1日" : nil })
        let run = try runImport("vehicle", [input], mapping: mapping, database: database, in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        let file = try #require(run.file)
        #expect(file.warnings == 2)
        let listed = try #require(file.warningFile, "\(file)")
        let lines = parseCSV(try String(contentsOfFile: listed, encoding: .utf8))
        #expect(lines.first == ["file", "line", "field", "warning"])
        #expect(
            lines.dropFirst().map { Array($0.dropFirst()) } == [
                ["3", "registered_on", "date_past_era_end"], ["5", "registered_on", "date_past_era_end"],
            ])
        #expect(lines.dropFirst().allSatisfy { $0.first == input })
        #expect(try mode(listed) == 0o600)
        let stored = try rows(
            """
            SELECT f.path, w.line::text, w.field, w.code FROM regsync.warning w
              JOIN regsync.imported_file f USING (file_id) ORDER BY w.line
            """, database: database)
        #expect(
            stored == [
                [input, "3", "registered_on", "date_past_era_end"], [input, "5", "registered_on", "date_past_era_end"],
            ])
    }
}

import RegsyncXML
import Testing

/// A record nested too deep, with too many attributes on an element, or too large is
/// flagged (no fields) and the next record is fine; memory stays bounded (issue 11, A4).
@Suite("XML records past a limit are flagged, not loaded")
struct XMLLimitTests {
    static func nested(_ depth: Int) -> String {
        String(repeating: "<n>", count: depth) + "x" + String(repeating: "</n>", count: depth)
    }

    @Test("a record nested deeper than the limit is flagged; the next record is read")
    func tooDeep() throws {
        let document =
            "<records>\n<record><a>1</a>" + Self.nested(300) + "</record>\n<record><a>2</a></record></records>"
        let result = try readAll(Array(document.utf8), maxDepth: 256)
        #expect(result.error == nil)
        #expect(result.records.map(\.problem) == [.tooDeep, nil])
        #expect(result.records[0].fields.isEmpty)
        #expect(result.records[0].line == 2)
        #expect(result.records[1].pairs == [["a", "2"]])
    }

    @Test("nesting up to the limit is read whole")
    func atTheLimit() throws {
        // The record element is level 1: 255 levels below it make 256.
        let document = "<records><record>" + Self.nested(255) + "</record></records>"
        let result = try readAll(Array(document.utf8), maxDepth: 256)
        #expect(result.records.map(\.problem) == [nil])
        #expect(result.records[0].fields.count == 1)
    }

    @Test("an element with more attributes than the limit is flagged; the next record is read")
    func tooManyAttributes() throws {
        let attributes = (0..<1_001).map { " a\($0)=\"v\"" }.joined()
        let document = "<records><record><e\(attributes)/></record><record id=\"2\"/></records>"
        let result = try readAll(Array(document.utf8))
        #expect(result.error == nil)
        #expect(result.records.map(\.problem) == [.tooManyAttributes, nil])
        #expect(result.records[1].pairs == [["@id", "2"]])
    }

    @Test("the default limits: depth 256, 1,000 attributes, 1 MiB per record")
    func defaults() {
        #expect(XMLRecordReader.defaultMaxDepth == 256)
        #expect(XMLRecordReader.defaultMaxAttributes == 1_000)
        #expect(XMLRecordReader.defaultMaxRecordBytes == 1 << 20)
    }
}

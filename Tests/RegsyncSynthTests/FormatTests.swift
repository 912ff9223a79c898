import Foundation
import RegsyncSynth
import RegsyncText
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("File formats against the shipped mappings")
struct FormatTests {
    struct CSVFile: Sendable, CustomTestStringConvertible {
        let file: String
        let mapping: String
        let encoding: TextEncoding
        var testDescription: String { "\(file) ↔ \(mapping)" }
    }

    static let csvFiles = [
        CSVFile(file: "residents.csv", mapping: "resident-persons", encoding: .utf8),
        CSVFile(file: "resident-addresses.csv", mapping: "resident-addresses", encoding: .utf8),
        CSVFile(file: "resident-events.csv", mapping: "resident-events", encoding: .eucJP),
        CSVFile(file: "vehicles.csv", mapping: "vehicle-legacy-cp932", encoding: .cp932),
        CSVFile(file: "realestate-owners.csv", mapping: "realestate-owners-csv", encoding: .utf8),
        CSVFile(file: "officers.csv", mapping: "commercial-officers", encoding: .utf8),
    ]

    @Test("header names are exactly the columns the mapping reads, in the mapping's encoding", arguments: csvFiles)
    func headers(_ file: CSVFile) throws {
        let directory = try SynthFixture.generate(residents: 300)
        let (encoding, columns) = try MappingColumns.columns(file.mapping)
        #expect(TextEncoding(name: encoding) == file.encoding)
        let rows = try SynthFixture.rows(directory, file.file, file.encoding)
        #expect(Set(rows[0]) == Set(columns))
        #expect(rows[0].count == Set(rows[0]).count)
        #expect(rows.count > 1)
        for row in rows { #expect(row.count == rows[0].count) }
    }

    @Test("CP932 and EUC-JP files decode and re-encode to the same bytes")
    func legacyEncodings() throws {
        let directory = try SynthFixture.generate(residents: 2_000, variants: true)
        for (name, encoding) in [
            ("vehicles.csv", TextEncoding.cp932), ("corporations-sjis.csv", .cp932), ("resident-events.csv", .eucJP),
            ("variants/realestate-owners-cp932.csv", .cp932),
        ] {
            let bytes = try SynthFixture.bytes(directory, name)
            let text = try TextDecoder(encoding: encoding).decode(bytes)
            #expect(try TextEncoder(encoding: encoding).encode(text) == bytes, "\(name)")
        }
    }

    @Test("the NTA CSV variants have no header and exactly 30 columns; SJIS and Unicode hold the same rows")
    func ntaColumns() throws {
        let directory = try SynthFixture.generate(residents: 2_000)
        let unicode = try SynthFixture.rows(directory, "corporations-unicode.csv")
        let sjis = try SynthFixture.rows(directory, "corporations-sjis.csv", .cp932)
        let diff = try SynthFixture.rows(directory, "corporations-diff.csv")
        #expect(unicode.count == 100)
        #expect(sjis.count == unicode.count)
        for row in unicode + sjis + diff { #expect(row.count == 30) }
        for (u, s) in zip(unicode, sjis) {
            #expect(u[1] == s[1])
            // JIS X 0208 only: a replaced character has an image id.
            #expect(u[6] == s[6] || (s[6].contains("〓") && !s[7].isEmpty))
        }
        #expect(Set(diff.map { $0[23] }) == ["0", "1"])
        #expect(diff.contains { $0[3] == "1" })
        #expect(Set(diff.map { $0[2] }).isSuperset(of: ["01", "11", "12"]))
        let (_, columns) = try MappingColumns.columns("commercial-nta-unicode")
        #expect(columns.compactMap(Int.init).max() == 30)
    }

    @Test("the NTA XML has the header elements and 30 field elements per corporation, named as the mapping reads them")
    func ntaXML() throws {
        let directory = try SynthFixture.generate(residents: 600)
        let elements = try XMLElements(path: directory + "/corporations.xml")
        #expect(
            elements.children["corporations"] == [
                "lastUpdateDate", "count", "divideNumber", "divideSize", "corporation",
            ])
        let (_, columns) = try MappingColumns.columns("commercial-nta-xml")
        #expect(Set(elements.children["corporation"] ?? []) == Set(columns))
        #expect(elements.counts["corporation"] == 30)
        #expect(elements.fieldCountsPerRecord.allSatisfy { $0 == 30 })
    }

    @Test("the real-estate XML has one entry per CSV owner row, in the mapping's namespace")
    func realEstateXML() throws {
        let directory = try SynthFixture.generate(residents: 600)
        let elements = try XMLElements(path: directory + "/realestate-owners.xml")
        let csv = try SynthFixture.rows(directory, "realestate-owners.csv")
        #expect(elements.counts["entry"] == csv.count - 1)
        #expect(elements.namespaces == ["urn:regsync:sample:realestate:1"])
        #expect(elements.attributes["entry"] == ["propertyNumber"])
        #expect(
            Set(elements.children["owner"] ?? []).isSubset(of: ["name", "kana", "address", "corporateNumber", "share"]))
    }
}

/// Element structure of an XML file, read with Foundation's streaming parser.
final class XMLElements: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var children: [String: [String]] = [:]
    var attributes: [String: Set<String>] = [:]
    var namespaces: Set<String> = []
    var fieldCountsPerRecord: [Int] = []
    private var stack: [String] = []
    private var fields = 0

    init(path: String) throws {
        super.init()
        let parser = XMLParser(contentsOf: URL(fileURLWithPath: path))!
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[name, default: 0] += 1
        if let namespaceURI, !namespaceURI.isEmpty { namespaces.insert(namespaceURI) }
        if let parent = stack.last, !(children[parent] ?? []).contains(name) {
            children[parent, default: []].append(name)
        }
        if stack.last == "corporation" { fields += 1 }
        self.attributes[name, default: []].formUnion(attributes.keys)
        stack.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        if name == "corporation" {
            fieldCountsPerRecord.append(fields)
            fields = 0
        }
    }
}

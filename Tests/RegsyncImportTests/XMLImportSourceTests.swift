import Foundation
import RegsyncCore
import RegsyncXML
import Testing

@testable import RegsyncImport

@Suite("XML import source")
struct XMLImportSourceTests {
    static let ownersYAML = """
        target: realestate.owner
        source:
          format: xml
          record: r:entries/r:entry
          namespaces: {r: "urn:regsync:sample:realestate:1"}
        key: [property_number, owner_seq]
        fields:
          property_number: {column: "@propertyNumber", transforms: [trim, digits], pattern: "[0-9]{13}"}
          property_kind: r:property/@kind
          location: r:property/r:location
          receipt_date: {column: r:receipt/@date, transforms: [trim, era_date]}
          owner_seq: {column: r:owner/@seq, transforms: [trim, {default: "1"}]}
          owner_name: {column: r:owner/r:name, required: true}
          owner_address: r:owner/r:address
        """

    static let corporationsYAML = """
        target: commercial.corporation
        source: {format: xml, encoding: cp932, record: corporations/corporation}
        key: corporate_number
        fields:
          corporate_number: {column: corporateNumber, check_digit: corporate_number}
          name: name
          address: address
        """

    func expectReconciles(_ run: SourceRun, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.read == run.rows.count + run.rejects.count, sourceLocation: sourceLocation)
        #expect(!run.allValues.contains("\u{FFFD}"), sourceLocation: sourceLocation)
    }

    /// The document error that ended a read, if it was an unusable document.
    func documentError(_ run: SourceRun) -> XMLReaderError? {
        guard case .malformedDocument(_, let error)? = run.failure as? ImportFailure else { return nil }
        return error
    }

    @Test("attributes, namespaces (any prefix for the declared URI) and CDATA")
    func recordsWithAttributesNamespacesCDATA() throws {
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:entries xmlns:x="urn:regsync:sample:realestate:1">
              <x:entry propertyNumber="1234567890123">
                <x:property kind="土地"><x:location>東京都千代田区霞が関一丁目</x:location></x:property>
                <x:receipt date="平成元年1月8日"/>
                <x:owner seq="2"><x:name><![CDATA[山田 & <太郎>]]></x:name><x:address>東京都</x:address></x:owner>
              </x:entry>
              <x:entry propertyNumber="1234-5678-90124">
                <x:owner><x:name>鈴木</x:name></x:owner>
              </x:entry>
              <entry propertyNumber="9999999999999"><owner><name>other namespace</name></owner></entry>
              <x:entry propertyNumber="12345"><x:owner><x:name>短い</x:name></x:owner></x:entry>
            </x:entries>
            """
        let directory = try TemporaryDirectory()
        let (run, file) = try readXML(Array(document.utf8), Self.ownersYAML, in: directory)
        #expect(run.failure == nil)
        expectReconciles(run)
        #expect(run.read == 3)
        #expect(run.rows.map(\.line) == [3, 8])
        #expect(run.values("property_number", in: file) == ["1234567890123", "1234567890124"])
        #expect(run.values("property_kind", in: file) == ["土地", nil])
        #expect(run.values("location", in: file) == ["東京都千代田区霞が関一丁目", nil])
        #expect(run.values("receipt_date", in: file) == ["1989-01-08", nil])
        #expect(run.values("owner_seq", in: file) == ["2", "1"])
        #expect(run.values("owner_name", in: file) == ["山田 & <太郎>", "鈴木"])
        #expect(run.rows.map(\.row.recordKey) == ["1234567890123\u{1F}2", "1234567890124\u{1F}1"])
        #expect(run.rejects.map(\.reason) == [.pattern])
        #expect(run.rejects.map(\.location.line) == [12])
        #expect(run.rejects.first.map { String(decoding: $0.raw, as: UTF8.self) }?.contains("短い") == true)
    }

    @Test("a truncated document throws malformedDocument after the records before the cut")
    func truncated() throws {
        let document = """
            <?xml version="1.0"?>
            <r:entries xmlns:r="urn:regsync:sample:realestate:1">
              <r:entry propertyNumber="1234567890123"><r:owner><r:name>山田</r:name></r:owner></r:entry>
              <r:entry propertyNumber="1234567890124"><r:owner><r:name>鈴木</r:name></r:owner></r:entry>
              <r:entry propertyNumber="1234567890125"><r:owner><r:na
            """
        let directory = try TemporaryDirectory()
        let (run, _) = try readXML(Array(document.utf8), Self.ownersYAML, in: directory)
        #expect(run.rows.map(\.line) == [3, 4])
        expectReconciles(run)
        let error = try #require(documentError(run), "\(String(describing: run.failure))")
        #expect(error.partialRecordLine == 5)
        #expect(ImportFailure.malformedDocument(path: "x", error: error).outcome == .inputUnusable)
    }

    @Test("a document cut after its last record but before the root closes is still unusable")
    func truncatedAfterLastRecord() throws {
        let document = """
            <r:entries xmlns:r="urn:regsync:sample:realestate:1">
              <r:entry propertyNumber="1234567890123"><r:owner><r:name>山田</r:name></r:owner></r:entry>
            """
        let directory = try TemporaryDirectory()
        let (run, _) = try readXML(Array(document.utf8), Self.ownersYAML, in: directory)
        #expect(run.rows.count == 1)
        #expect(documentError(run)?.kind == .truncated)
    }

    @Test("billion laughs is refused as an unusable document before anything expands")
    func billionLaughs() throws {
        var document = "<?xml version=\"1.0\"?>\n<!DOCTYPE r:entries [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            document += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        document += """
            ]>
            <r:entries xmlns:r="urn:regsync:sample:realestate:1">
            <r:entry propertyNumber="1234567890123"><r:owner><r:name>&lol9;</r:name></r:owner></r:entry>
            </r:entries>
            """
        let directory = try TemporaryDirectory()
        let started = ContinuousClock.now
        let (run, _) = try readXML(Array(document.utf8), Self.ownersYAML, in: directory)
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(run.read == 0)
        #expect(documentError(run)?.kind == .entityDeclared)
        #expect(!run.allValues.contains("lollol"))
    }

    @Test("an external entity naming /etc/passwd is refused and the file's content never appears")
    func externalEntity() throws {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE r:entries [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <r:entries xmlns:r="urn:regsync:sample:realestate:1">
            <r:entry propertyNumber="1234567890123"><r:owner><r:name>&x;</r:name></r:owner></r:entry>
            </r:entries>
            """
        let directory = try TemporaryDirectory()
        let (run, _) = try readXML(Array(document.utf8), Self.ownersYAML, in: directory)
        let error = try #require(documentError(run))
        #expect(error.kind == .entityDeclared)
        var everything = run.allValues + error.description + String(decoding: error.partialRecord ?? [], as: UTF8.self)
        everything += run.rejects.map { String(decoding: $0.raw, as: UTF8.self) + $0.message }.joined()
        #expect(!everything.contains("root:"))
        #expect(!everything.contains("/bin/"))
    }

    @Test("a document declaring UTF-8 whose bytes are CP932 is unusable with an encoding error")
    func mismatchedDeclaration() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <corporations>
            <corporation><corporateNumber>7000012050002</corporateNumber><name>㈱髙﨑</name></corporation>
            </corporations>
            """
        let directory = try TemporaryDirectory()
        let yaml = Self.corporationsYAML.replacingOccurrences(of: "cp932", with: "utf-8")
        let (run, _) = try readXML(try cp932(text), yaml, in: directory)
        #expect(run.rows.isEmpty)
        #expect(documentError(run)?.kind == .encoding, "\(String(describing: run.failure))")
        #expect(!run.allValues.contains("\u{FFFD}"))
    }

    @Test(
        "a CP932 document read with encoding: cp932 decodes ①, ㈱ and 髙, whatever name of CP932 it declares",
        arguments: ["Shift_JIS", "Windows-31J", "CP932", nil])
    func cp932Document(declared: String?) throws {
        let declaration = declared.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? ""
        let text =
            declaration + """
                <corporations>
                <corporation><corporateNumber>7000012050002</corporateNumber><name>㈱髙﨑①</name>\
                <address>東京都～Ⅲ</address></corporation>
                </corporations>
                """
        let directory = try TemporaryDirectory()
        let (run, file) = try readXML(try cp932(text), Self.corporationsYAML, in: directory)
        #expect(run.failure == nil, "\(String(describing: run.failure))")
        #expect(run.values("name", in: file) == ["㈱髙﨑①"])
        #expect(run.values("address", in: file) == ["東京都～Ⅲ"])
    }

    @Test("rawRecords finds XML records again by their start line, masking addresses where protects says so")
    func rawRecordsByLine() throws {
        let document = """
            <r:entries xmlns:r="urn:regsync:sample:realestate:1">
              <r:entry propertyNumber="1234567890123"><r:owner><r:name>山田</r:name></r:owner></r:entry>
              <r:entry propertyNumber="1234567890124"><r:owner><r:name>鈴木</r:name><r:address>秘密町1</r:address></r:owner></r:entry>
            </r:entries>
            """
        let directory = try TemporaryDirectory()
        let path = try directory.file("o.xml", Array(document.utf8))
        let file = try mapping(Self.ownersYAML)
        guard case .xml(let spec) = file.source.format else { return }
        let source = try XMLImportSource(path: path, displayName: "o.xml", spec: spec, encoding: .utf8)
        let mapper = try RecordMapper(mapping: file, hasher: nil)
        let plain = try source.rawRecords(at: [3], with: mapper, protects: { _, _ in false })
        #expect(plain.keys.sorted() == [3])
        #expect(plain[3].map { String(decoding: $0, as: UTF8.self) }?.contains("秘密町1") == true)
        var asked: [[String?]] = []
        let masked = try source.rawRecords(
            at: [3], with: mapper,
            protects: { _, partial in
                asked.append(partial)
                return true
            })
        let text = try #require(masked[3].map { String(decoding: $0, as: UTF8.self) })
        #expect(!text.contains("秘密町1"))
        #expect(text.contains("鈴木"))
        #expect(text.contains("***"))
        let nameIndex = try #require(file.fields.firstIndex { $0.column.name == "owner_name" })
        #expect(asked.map { $0[nameIndex] } == ["鈴木"], "protects is asked with the record's values")
    }
}

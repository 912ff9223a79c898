import RegsyncXML
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("XML records: fields, paths, lines and raw XML")
struct XMLRecordReaderTests {
    @Test("attributes, nested fields, repeated elements, empty elements, in document order")
    func fields() throws {
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <records>
              <record id="C-1" kind="corp">
                <name>株式会社サンプル</name>
                <address><prefecture>東京都</prefecture><city>千代田区</city></address>
                <owner seq="1"><name>山田</name></owner>
                <owner seq="2"><name>佐藤</name></owner>
                <note/>
                <remark>  spaced  </remark>
              </record>
              <record id="C-2"><name>B</name></record>
            </records>
            """
        let result = try readAll(document)
        #expect(result.error == nil)
        try #require(result.records.count == 2)
        #expect(
            result.records[0].pairs == [
                ["@id", "C-1"], ["@kind", "corp"], ["name", "株式会社サンプル"], ["address/prefecture", "東京都"],
                ["address/city", "千代田区"], ["owner/@seq", "1"], ["owner/name", "山田"], ["owner/@seq", "2"],
                ["owner/name", "佐藤"], ["note", ""], ["remark", "  spaced  "],
            ])
        #expect(result.records[0].values("owner/name") == ["山田", "佐藤"])
        #expect(result.records[0].first("address/city") == "千代田区")
        #expect(result.records[0].first("missing") == nil)
        #expect(result.records.map(\.line) == [3, 11])
        #expect(result.records[1].pairs == [["@id", "C-2"], ["name", "B"]])
        #expect(result.records[1].rawString == "<record id=\"C-2\"><name>B</name></record>")
    }

    @Test("CDATA, character references and predefined entities become plain text")
    func textForms() throws {
        let document = """
            <records><record><a><![CDATA[x < y & "z"]]></a><b>&#x9AD9;&#23822;&lt;&amp;&gt;&quot;&apos;</b>\
            <c att="&amp;&#65;&lt;&#38;#38;"/></record></records>
            """
        let result = try readAll(document)
        #expect(result.error == nil)
        #expect(
            result.records.first?.pairs == [
                ["a", "x < y & \"z\""], ["b", "髙崎<&>\"'"], ["c/@att", "&A<&#38;"], ["c", ""],
            ])
        #expect(
            result.records.first?.rawString
                == "<record><a>x &lt; y &amp; \"z\"</a><b>髙崎&lt;&amp;&gt;\"'</b><c att=\"&amp;A&lt;&amp;#38;\"></c></record>"
        )
    }

    @Test("namespaces: URIs in the record path, prefixes through the namespaces map, local names in paths")
    func namespaces() throws {
        let document = """
            <c:export xmlns:c="urn:corp" xmlns:p="urn:person">
              <c:corporation c:id="1"><c:name>A</c:name><p:rep p:role="x">B</p:rep></c:corporation>
              <corporation><name>other namespace</name></corporation>
              <p:corporation><p:name>wrong namespace</p:name></p:corporation>
            </c:export>
            """
        let byURI = try readAll(Array(document.utf8), recordPath: ["{urn:corp}export", "{urn:corp}corporation"])
        #expect(byURI.error == nil)
        #expect(byURI.records.map(\.pairs) == [[["@id", "1"], ["name", "A"], ["rep/@role", "x"], ["rep", "B"]]])
        let byPrefix = try readAll(
            Array(document.utf8), recordPath: ["k:corporation"], namespaces: ["k": "urn:corp"])
        #expect(byPrefix.records.count == 1)
        let anyNamespace = try readAll(Array(document.utf8), recordPath: ["corporation"])
        #expect(anyNamespace.records.count == 3)
        let noNamespace = try readAll(Array(document.utf8), recordPath: ["{}corporation"])
        #expect(noNamespace.records.map { $0.values("name") } == [["other namespace"]])
        #expect(byURI.records[0].rawString.hasPrefix("<c:corporation c:id=\"1\"><c:name>A</c:name>"))
        #expect(throws: XMLReaderError.self) { try XMLRecordReader(bytes: [], recordPath: ["q:x"]) }
        #expect(throws: XMLReaderError.self) { try XMLRecordReader(bytes: [], recordPath: []) }
    }

    @Test("the record path matches the record element and its nearest ancestors, at any depth")
    func recordPath() throws {
        let document = """
            <root><batch><records><record><v>1</v></record></records></batch>
            <records><record><v>2</v><record><v>nested</v></record></record></records>
            <other><record><v>3</v></record></other></root>
            """
        let result = try readAll(document)
        #expect(result.records.map { $0.values("v") } == [["1"], ["2"]])
        #expect(result.records[1].values("record/v") == ["nested"])
    }

    @Test("mixed content: an element's own text is a field only when it is not just whitespace")
    func mixedContent() throws {
        let result = try readAll("<records><record>own text<a>1</a><b> <c>2</c> </b></record></records>")
        #expect(result.records.first?.pairs == [["a", "1"], ["b/c", "2"], [".", "own text"]])
    }

    @Test("a record's line is where its start tag begins, also when attributes span lines")
    func multiLineStartTag() throws {
        let result = try readAll(
            "<records>\n<record\n  id=\"1\"\n  k=\"a>b\"\n><v>1</v></record>\n<record><v>2</v></record></records>")
        #expect(result.records.map(\.line) == [2, 6])
        #expect(result.records.first?.pairs == [["@id", "1"], ["@k", "a>b"], ["v", "1"]])
    }

    @Test("thousands of distinct names (past the name caches' size) still give exact paths")
    func manyNames() throws {
        var document = "<records>"
        for round in 0..<3 {
            document += "<record>"
            for index in 0..<3000 {
                document += "<e\(index) a\(index)=\"\(round)\"><f\(index % 7)>\(index)</f\(index % 7)></e\(index)>"
            }
            document += "</record>"
        }
        let result = try readAll(document + "</records>")
        #expect(result.error == nil)
        try #require(result.records.count == 3)
        for (round, record) in result.records.enumerated() {
            let expected = (0..<3000).flatMap { index in
                [["e\(index)/@a\(index)", "\(round)"], ["e\(index)/f\(index % 7)", "\(index)"]]
            }
            #expect(record.pairs == expected)
        }
    }

    @Test("line numbers stay exact past 65535 lines")
    func bigLineNumbers() throws {
        var document = "<records>\n" + String(repeating: "\n", count: 70_000)
        document += "<record><v>far</v></record>\n</records>\n"
        let result = try readAll(document)
        #expect(result.records.map(\.line) == [70_002])
    }

    @Test(
        "a 1 MB text node is read whole under a larger record limit; raw XML is cut at maxRawBytes on a character boundary"
    )
    func largeText() throws {
        let big = String(repeating: "東京都千代田区", count: 50_000)
        let document = "<records><record><v>" + big + "</v></record><record><v>2</v></record></records>"
        let result = try readAll(Array(document.utf8), maxRecordBytes: 4 << 20, maxRawBytes: 1000)
        #expect(result.error == nil)
        #expect(result.records.first?.first("v") == big)
        #expect(result.records.first?.isRawTruncated == true)
        let raw = try #require(result.records.first?.raw)
        #expect(raw.count <= 1000 && raw.count >= 997)
        #expect(String(validating: raw, as: UTF8.self) != nil)
        #expect(result.records.last?.isRawTruncated == false)
    }

    @Test("a record over maxRecordBytes is flagged without fields and the next record is fine")
    func tooLarge() throws {
        let document =
            "<records><record><v>" + String(repeating: "x", count: 500) + "</v></record>"
            + "<record><v>ok</v></record></records>"
        let result = try readAll(Array(document.utf8), maxRecordBytes: 100)
        #expect(result.error == nil)
        #expect(result.records.map(\.problem) == [.tooLarge, nil])
        #expect(result.records[0].fields.isEmpty)
        #expect(result.records[1].pairs == [["v", "ok"]])
    }

    @Test("reads a file from disk in chunks, and reports a missing file")
    func fileInput() throws {
        var document = "<?xml version=\"1.0\"?>\n<records>\n"
        for index in 0..<20_000 { document += "<record id=\"\(index)\"><name>名前\(index)</name></record>\n" }
        document += "</records>\n"
        let path = temporaryPath(".xml")
        try writeFile(path, Array(document.utf8))
        defer { unlink(path) }
        let result = drain(try XMLRecordReader(path: path, recordPath: ["records", "record"]))
        #expect(result.error == nil)
        #expect(result.records.count == 20_000)
        #expect(result.records.last?.pairs == [["@id", "19999"], ["name", "名前19999"]])
        #expect(result.records.last?.line == 20_002)
        let error = #expect(throws: XMLReaderError.self) {
            try XMLRecordReader(path: path + ".missing", recordPath: ["record"])
        }
        #expect(error?.kind == .open)
    }
}

import RegsyncXML
import Testing

/// `count` one-line records (lines 3 ...), after a declaration and the root's start tag.
/// The name field is ASCII unless the document is UTF-8.
func recordsDocument(_ count: Int, encoding: String = "UTF-8") -> String {
    var document = "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<records>\n"
    let name = encoding == "UTF-8" ? "名前" : "name"
    for index in 0..<count { document += "<record><n>\(index)</n><name>\(name)</name></record>\n" }
    return document
}

@Suite("Malformed and badly encoded XML: records before the error, then one error with its position")
struct XMLErrorTests {
    @Test("a truncated document: every good record, then .truncated with the partial record")
    func truncated() throws {
        // 500 records span several 64 KiB chunks? No: one; the point is the error comes last.
        let result = try readAll(Array((recordsDocument(500) + "<record><n>cut").utf8))
        #expect(result.records.count == 500)
        let error = try #require(result.error)
        #expect(error.kind == .truncated)
        #expect(error.line == 503)
        #expect(error.partialRecordLine == 503)
        #expect(error.partialRecord.map { String(decoding: $0, as: UTF8.self) } == "<record><n>cut")

        let unclosedRoot = try readAll(Array(recordsDocument(3).utf8))
        #expect(unclosedRoot.records.count == 3)
        #expect(unclosedRoot.error?.kind == .truncated)
        #expect(unclosedRoot.error?.partialRecord == nil)

        let empty = try readAll([UInt8]())
        #expect(empty.records.isEmpty)
        #expect(empty.error?.kind == .truncated)
    }

    @Test("records just before an error in the same chunk are not lost")
    func sameChunk() throws {
        for count in [1, 2, 50, 200] {
            let result = try readAll(Array((recordsDocument(count) + "<record><n>x</m></record></records>").utf8))
            #expect(result.records.count == count)
            #expect(result.records.last?.first("n") == "\(count - 1)")
            #expect(result.error?.kind == .malformed)
            #expect(result.error?.line == count + 3)
        }
    }

    @Test("mismatched tags and content after the root are malformed, with line and column")
    func malformed() throws {
        let mismatch = try readAll("<records>\n<record><a>1</a></record>\n<record><a>2</b></record></records>")
        #expect(mismatch.records.count == 1)
        #expect(mismatch.error?.kind == .malformed)
        #expect(mismatch.error?.line == 3)
        #expect(mismatch.error?.column == 17)
        #expect(mismatch.error?.message.contains("mismatch") == true)
        #expect(mismatch.error?.partialRecordLine == 3)

        let twoRoots = try readAll("<records><record/></records><records/>")
        #expect(twoRoots.records.count == 1)
        #expect(twoRoots.error?.kind == .malformed)

        let undefinedPrefix = try readAll("<records><record><x:a>1</x:a></record></records>")
        #expect(undefinedPrefix.error?.kind == .malformed)
    }

    @Test("a byte that is not UTF-8 in a UTF-8 document is an encoding error at its line")
    func badUTF8() throws {
        // CP932 表 (95 5C) in a document that declares UTF-8.
        let bytes =
            Array(recordsDocument(10).utf8) + Array("<record><n>".utf8) + [0x95, 0x5C]
            + Array("</n></record></records>".utf8)
        let result = try readAll(bytes)
        #expect(result.records.count == 10)
        #expect(result.error?.kind == .encoding)
        #expect(result.error?.line == 13)
        #expect(result.error?.partialRecordLine == 13)
    }

    /// ① ㈱ 髙 表 in CP932: NEC and IBM extensions that glibc's Shift_JIS table lacks.
    static let cp932Extensions: [UInt8] = [0x87, 0x40, 0x87, 0x8A, 0xFB, 0xFC, 0x95, 0x5C]

    @Test("a document declaring Shift_JIS with CP932 bytes reads right with the CP932 override")
    func shiftJISWithCP932Override() throws {
        let bytes =
            Array(recordsDocument(100, encoding: "Shift_JIS").utf8) + Array("<record a=\"".utf8)
            + Self.cp932Extensions + Array("\"><n>".utf8) + Self.cp932Extensions + Array("</n><name>".utf8)
            + [0x96, 0xBC, 0x91, 0x4F] + Array("</name></record></records>\n".utf8)
        let result = try readAll(bytes, encoding: "CP932")
        #expect(result.error == nil)
        #expect(result.records.count == 101)
        #expect(result.records.last?.pairs == [["@a", "①㈱髙表"], ["n", "①㈱髙表"], ["name", "名前"]])
        #expect(result.records.first?.first("name") == "name")
        #expect(result.records.last?.line == 103)

        // Without the override glibc's Shift_JIS refuses ①: the records before it survive.
        let strict = try readAll(bytes)
        #expect(strict.records.count == 100)
        #expect(strict.error?.kind == .encoding)
        #expect(strict.error?.line == 103)
        #expect(strict.error?.column == 12)
    }

    @Test("CP932 bytes in a document declared UTF-8 are an error, also with a UTF-8 override")
    func declaredUTF8ButCP932() throws {
        let bytes =
            Array(recordsDocument(5).utf8) + Array("<record><n>".utf8) + Self.cp932Extensions
            + Array("</n></record></records>".utf8)
        for encoding in [nil, "UTF-8"] {
            let result = try readAll(bytes, encoding: encoding)
            #expect(result.records.count == 5)
            #expect(result.error?.kind == .encoding)
            #expect(result.error?.line == 8)
        }
    }

    @Test("EUC-JP-MS documents decode through iconv; an unknown encoding name is refused")
    func eucJP() throws {
        // 東京 is C5 EC B5 FE; 髙 (an IBM extension) is the three bytes 8F F4 FB in EUC-JP-MS.
        let bytes =
            Array("<?xml version=\"1.0\" encoding=\"EUC-JP\"?><records><record><n>".utf8)
            + [0xC5, 0xEC, 0xB5, 0xFE, 0x8F, 0xF4, 0xFB] + Array("</n></record></records>".utf8)
        let result = try readAll(bytes, encoding: "EUC-JP-MS")
        #expect(result.error == nil)
        #expect(result.records.first?.first("n") == "東京髙")
        #expect(throws: XMLReaderError.self) {
            try XMLRecordReader(bytes: bytes, recordPath: ["r"], encoding: "NO-SUCH")
        }
    }

    @Test("a multibyte character cut by the end of the file is an encoding error")
    func cutCharacter() throws {
        let bytes = Array(recordsDocument(2, encoding: "Shift_JIS").utf8) + [0x95]
        let result = try readAll(bytes, encoding: "CP932")
        #expect(result.records.count == 2)
        #expect(result.error?.kind == .encoding)
    }

    @Test("messages are bounded to one short line")
    func boundedMessage() throws {
        let longName = String(repeating: "n", count: 5000)
        let result = try readAll("<records><record><\(longName)>1</x></record></records>")
        let message = try #require(result.error?.message)
        #expect(message.utf8.count <= 210)
        #expect(!message.contains("\n"))
    }
}

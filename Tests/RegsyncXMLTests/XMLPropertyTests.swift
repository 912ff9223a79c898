import RegsyncCore
import RegsyncXML
import Testing

@Suite("Random and mutated XML: no crash, records or one error, nothing before an error lost")
struct XMLPropertyTests {
    /// A valid document with one record per line (record `i` on line `i + 3`).
    static let valid: [UInt8] = {
        var document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records xmlns:x=\"urn:x\">\n"
        for index in 0..<40 {
            document += "<record id=\"\(index)\" x:k=\"a&amp;b\"><name>名前\(index)</name><x:v>&lt;\(index)&#x41;</x:v>"
            document += "<e/><![CDATA[c]]><!--c--><?pi d?></record>\n"
        }
        return Array((document + "</records>\n").utf8)
    }()

    /// Bytes that make interesting mutations.
    static let alphabet: [UInt8] = Array("<>&;/=\"'![]-?x \n".utf8) + [0x00, 0x80, 0x95, 0xC3, 0xFF]

    @Test("random byte strings never crash and end in records or one error", arguments: 0..<4)
    func randomBytes(seed: UInt64) throws {
        var generator = SplitMix64(state: 0x5EED + seed)
        for _ in 0..<500 {
            let length = Int.random(in: 0...200, using: &generator)
            var bytes = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }
            if Bool.random(using: &generator) { bytes = Array("<records><record>".utf8) + bytes }
            let result = try readAll(bytes)
            // A document of random bytes is almost never complete; if it is, fine.
            #expect(result.records.allSatisfy { $0.line >= 1 && !$0.raw.isEmpty }, "input \(bytes)")
            if let error = result.error { #expect(error.line.map { $0 >= 1 } ?? true, "input \(bytes)") }
        }
    }

    @Test("mutating a valid document never loses the records on lines before the mutation", arguments: 0..<4)
    func mutations(seed: UInt64) throws {
        let original = try readAll(Self.valid)
        try #require(original.error == nil)
        try #require(original.records.count == 40)
        var generator = SplitMix64(state: 0xA11CE + seed)
        for _ in 0..<400 {
            var bytes = Self.valid
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: bytes[position] = Self.alphabet.randomElement(using: &generator)!
            case 1: bytes.remove(at: position)
            default: bytes.insert(Self.alphabet.randomElement(using: &generator)!, at: position)
            }
            let line = 1 + Self.valid[0..<position].filter { $0 == 0x0A }.count
            let context = "mutation at byte \(position) (line \(line))"
            let result = try readAll(bytes)
            // Records that ended on a line before the mutation come back unchanged, first.
            let intact = original.records.filter { $0.line < line }
            try #require(result.records.count >= intact.count, "\(context): \(result.error?.description ?? "")")
            for (before, after) in zip(intact, result.records) {
                #expect(
                    before.fields == after.fields && before.raw == after.raw && before.line == after.line, "\(context)")
            }
            if let error = result.error {
                #expect(error.line != nil, "\(context)")
                #expect(error.partialRecordLine == nil || error.partialRecord != nil, "\(context)")
            }
        }
    }

    @Test("the same holds for a CP932 document decoded with iconv")
    func cp932Mutations() throws {
        var document: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<records>\n".utf8)
        for index in 0..<30 {
            document +=
                Array("<record><n>\(index)</n><v>".utf8) + [0x87, 0x40, 0x95, 0x5C] + Array("</v></record>\n".utf8)
        }
        document += Array("</records>\n".utf8)
        let original = try readAll(document, encoding: "CP932")
        try #require(original.error == nil && original.records.count == 30)
        #expect(original.records[0].first("v") == "①表")
        var generator = SplitMix64(state: 0xC932)
        for _ in 0..<400 {
            var bytes = document
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            bytes[position] = Self.alphabet.randomElement(using: &generator)!
            let line = 1 + document[0..<position].filter { $0 == 0x0A }.count
            let result = try readAll(bytes, encoding: "CP932")
            let intact = original.records.filter { $0.line < line }
            try #require(result.records.count >= intact.count, "mutation at \(position)")
            #expect(zip(intact, result.records).allSatisfy { $0.fields == $1.fields }, "mutation at \(position)")
        }
    }
}

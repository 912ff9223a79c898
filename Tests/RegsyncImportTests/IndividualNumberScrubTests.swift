import Foundation
import RegsyncCore
import RegsyncText
import Testing

@testable import RegsyncImport

/// In a file whose mapping declares an individual number, the raw text of a rejected row
/// never shows one, whatever its notation; other files keep their 13-digit corporate and
/// property numbers (issue 11, A1).
@Suite("individual numbers never reach a reject file")
struct IndividualNumberScrubTests {
    /// Resident persons (the shipped mapping's layout) with an individual number column.
    static func persons(encoding: String) -> String {
        """
        target: resident.person
        source: {format: csv, encoding: \(encoding), header: true}
        key: resident_code
        fields:
          resident_code: {column: 住民票コード, transforms: [trim, digits], check_digit: resident_code}
          name: 氏名
          birth_date: {column: 生年月日, transforms: [trim, {date: [era-code]}]}
          dv_protected: {column: 支援措置, transforms: [trim, {default: "0"}]}
          individual_number: {column: 個人番号, transforms: [trim, digits]}
          household_id: {column: 世帯番号, transforms: [trim, digits]}
        """
    }

    static let header = "住民票コード,氏名,生年月日,支援措置,個人番号,世帯番号\n"
    /// A valid individual number (check digit 8) and its twelve digits.
    static let digits = "512606797398"

    /// Reads `text` (in `encoding`) through the persons mapping with a key, and returns the
    /// rejects.
    func rejects(_ bytes: [UInt8], encoding: String = "utf-8") throws -> [Reject] {
        let directory = try TemporaryDirectory()
        let file = try mapping(Self.persons(encoding: encoding))
        guard case .csv(let spec) = file.source.format else { throw TestFailure("not CSV") }
        let path = try directory.file("persons.csv", bytes)
        let source = try CSVImportSource(
            path: path, displayName: "persons.csv", spec: spec, encoding: file.source.encoding)
        let hasher = try #require(KeyedHasher(keyBytes: Array(repeating: 7, count: 32)))
        let mapper = try RecordMapper(mapping: file, header: source.header, hasher: hasher)
        return readAll(source, mapper).rejects
    }

    /// The raw bytes as text (decoded with `encoding`), with every digit folded to ASCII
    /// and every separator a number may be written with removed.
    func folded(_ raw: [UInt8], encoding: TextEncoding = .utf8) throws -> String {
        let text = try TextDecoder(encoding: encoding).decode(raw)
        let separators: Set<Character> = [" ", "\u{3000}", "-", "－", "‐", "−", "ー", "―", "\t"]
        return String(CharacterFolding.foldWidth(text).filter { !separators.contains($0) })
    }

    /// Expects one reject whose raw text shows no individual number, and returns that text.
    @discardableResult
    func expectMasked(
        _ found: [Reject], encoding: TextEncoding = .utf8, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        try #require(found.count == 1, sourceLocation: sourceLocation)
        let text = try folded(found[0].raw, encoding: encoding)
        #expect(!text.contains(Self.digits), "\(text)", sourceLocation: sourceLocation)
        #expect(!hasLongDigitRun(text), "\(text)", sourceLocation: sourceLocation)
        return text
    }

    /// True when the folded text holds a run of 12 or more digits.
    func hasLongDigitRun(_ text: String) -> Bool {
        var run = 0
        for character in text {
            run = character.isASCII && character.isNumber ? run + 1 : 0
            if run >= 12 { return true }
        }
        return false
    }

    @Test(
        "an unsplittable row (missing comma) never shows the number, in any notation",
        arguments: [
            "5126-0679-7398", "5126 0679 7398", "５１２６　０６７９　７３９８", "5126－0679－7398", "5126‐0679‐7398",
            "5126067973981", "５１２６０６７９７３９８",
        ])
    func raggedRow(number: String) throws {
        // The comma between 支援措置 and 個人番号 is missing: five fields, not six.
        let row = "12345678901,山田　太郎,3450312,0\(number),5407910852\n"
        let found = try rejects(Array((Self.header + row).utf8))
        let text = try expectMasked(found)
        #expect(found[0].reason == .raggedRow)
        #expect(text.contains("山田"), "the rest of the row is still there for the operator")
    }

    @Test("a number merged with its neighbour after a missing comma is masked with it")
    func merged() throws {
        let row = "12345678901,山田　太郎,3450312,0,\(Self.digits)5407910852\n"
        try expectMasked(try rejects(Array((Self.header + row).utf8)))
    }

    @Test("a row refused by the mapping masks the declared column and any long digit run elsewhere")
    func structured() throws {
        // A bad birth date; the number also sits, hyphenated, in the household column.
        let row = "12345678901,山田　太郎,9999999,0,\(Self.digits),5126-0679-7398\n"
        let found = try rejects(Array((Self.header + row).utf8))
        let text = try expectMasked(found)
        #expect(found[0].reason == .date)
        #expect(text.contains("12345678901"), "the resident code (11 digits) stays: the operator finds the row by it")
    }

    @Test("CP932: full-width digits and ideographic spaces are found on character boundaries")
    func cp932() throws {
        let row = "12345678901,表示　ポ,3450312,0５１２６　０６７９　７３９８,1\n"
        let bytes = try TextEncoder(encoding: .cp932).encode(Self.header + row)
        let text = try expectMasked(try rejects(bytes, encoding: "cp932"), encoding: .cp932)
        #expect(text.contains("表示"), "\(text)")
    }

    @Test("a file without an individual number keeps its 13-digit corporate numbers in rejects")
    func corporateNumbersKept() throws {
        let directory = try TemporaryDirectory()
        let yaml = """
            target: commercial.corporation
            source: {format: csv, encoding: utf-8, header: true}
            key: corporate_number
            fields:
              corporate_number: {column: 法人番号, transforms: [trim, digits], check_digit: corporate_number}
              name: 商号
            """
        let (run, _) = try readCSV(Array("法人番号,商号\n7000012050002,ABC,extra\n".utf8), yaml, in: directory)
        try #require(run.rejects.count == 1)
        #expect(String(decoding: run.rejects[0].raw, as: UTF8.self).contains("7000012050002"))
    }
}

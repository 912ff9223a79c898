import Foundation
import RegsyncCore
import Testing

@testable import RegsyncImport

/// A field longer than `source.max_field_bytes` and a natural key longer than a key may be
/// are rejects naming the field, on the byte path and the String path alike (issue 11, B.5).
@Suite("field and key length limits")
struct FieldLimitTests {
    /// owner_name goes the byte path (trim only); owner_name_kana the String path (katakana).
    static func vehicleYAML(source extra: String = "") -> String {
        """
        target: vehicle.registration
        source: {format: csv, encoding: utf-8, header: true\(extra)}
        key: chassis_number
        fields:
          chassis_number: 車台番号
          owner_name: 氏名
          owner_name_kana: {column: カナ, transforms: [trim, katakana]}
        """
    }

    static let header = "車台番号,氏名,カナ\n"

    @Test("a value of max_field_bytes loads and one byte more is field_too_long, by either path", arguments: [1, 2])
    func fieldLimit(column: Int) throws {
        let directory = try TemporaryDirectory()
        // 16 bytes: ASCII, and kanji of 3 bytes each (15 bytes, then 18).
        func record(_ key: String, _ value: String) -> String {
            column == 1 ? "\(key),\(value),やまだ\n" : "\(key),山田,\(value)\n"
        }
        let text =
            Self.header + record("A-1", String(repeating: "x", count: 16))
            + record("A-2", String(repeating: "x", count: 17))
            + record("A-3", String(repeating: "あ", count: 5)) + record("A-4", String(repeating: "あ", count: 6))
        let (run, file) = try readCSV(
            Array(text.utf8), Self.vehicleYAML(source: ", max_field_bytes: 16"), in: directory)
        #expect(run.read == 4)
        #expect(run.values("chassis_number", in: file) == ["A-1", "A-3"])
        let field = column == 1 ? "owner_name" : "owner_name_kana"
        #expect(run.rejects.map(\.reason) == [.fieldTooLong, .fieldTooLong])
        #expect(run.rejects.map(\.location.line) == [3, 5])
        #expect(run.rejects.allSatisfy { $0.location.field == field })
        #expect(run.rejects.first?.message == "\(field): 17 bytes, longer than source.max_field_bytes (16)")
    }

    @Test("the default limit is 4 KiB")
    func defaultLimit() throws {
        let directory = try TemporaryDirectory()
        #expect(SourceSpec.defaultMaxFieldBytes == 4_096)
        let text =
            Self.header + "A-1,\(String(repeating: "x", count: 4_096)),\n"
            + "A-2,\(String(repeating: "x", count: 4_097)),\n"
        let (run, file) = try readCSV(Array(text.utf8), Self.vehicleYAML(), in: directory)
        #expect(run.values("chassis_number", in: file) == ["A-1"])
        #expect(run.rejects.map(\.reason) == [.fieldTooLong])
    }

    @Test("a natural key longer than 1,024 bytes is key_too_long, named after its first field")
    func keyLimit() throws {
        let directory = try TemporaryDirectory()
        let yaml = """
            target: realestate.owner
            source: {format: csv, encoding: utf-8, header: true}
            key: [property_number, lot_number]
            fields:
              property_number: 番号
              lot_number: 地番
              owner_name: 氏名
            """
        // Joined with one separator byte: 600 + 1 + 423 = 1,024 loads, one more does not.
        let long = String(repeating: "1", count: 600)
        let text =
            "番号,地番,氏名\n" + "\(long),\(String(repeating: "2", count: 423)),山田\n"
            + "\(long),\(String(repeating: "3", count: 424)),山田\n"
        let (run, file) = try readCSV(Array(text.utf8), yaml, in: directory)
        #expect(run.read == 2)
        #expect(run.values("lot_number", in: file) == [String(repeating: "2", count: 423)])
        #expect(run.rejects.map(\.reason) == [.keyTooLong])
        #expect(run.rejects.first?.location.field == "property_number")
        #expect(run.rejects.first?.message.contains("1025 bytes, longer than 1024") == true)
    }

    @Test("an XML value longer than max_field_bytes is field_too_long")
    func xmlLimit() throws {
        let directory = try TemporaryDirectory()
        let yaml = """
            target: realestate.owner
            source: {format: xml, record: entries/entry, max_field_bytes: 8}
            key: property_number
            fields:
              property_number: "@n"
              owner_name: name
            """
        let text =
            "<entries><entry n=\"1\"><name>12345678</name></entry><entry n=\"2\"><name>123456789</name></entry></entries>"
        let (run, file) = try readXML(Array(text.utf8), yaml, in: directory)
        #expect(run.values("property_number", in: file) == ["1"])
        #expect(run.rejects.map(\.reason) == [.fieldTooLong])
        #expect(run.rejects.first?.location.field == "owner_name")
    }

    @Test("max_field_bytes must be a whole number from 1")
    func validation() {
        let found = problems(
            """
            target: vehicle.registration
            source: {format: csv, max_field_bytes: 0}
            key: chassis_number
            fields: {chassis_number: 車台番号}
            """)
        #expect(found.map(\.keyPath) == ["source.max_field_bytes"])
        #expect(found.first?.message.contains("must be a whole number from 1") == true)
    }
}

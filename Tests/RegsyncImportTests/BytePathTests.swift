import Foundation
import RegsyncCSV
import RegsyncCore
import RegsyncText
import Testing

@testable import RegsyncImport

/// The byte-level CSV mapper (``CSVRowMapper``) must give exactly what the `String` path
/// gives: the same values, key, warnings and flags for every record it maps, and it must
/// decline (leave to the `String` path) exactly the records that are rejected.
@Suite("The byte path maps every record as the String path does")
struct BytePathTests {
    /// Fields that use every byte step, hand-overs to the String path in the middle of
    /// the transforms and at validation, memoised dates, constants, several sources,
    /// multi-field keys and conditions.
    static let vehicleYAML = """
        target: vehicle.registration
        source: {format: csv, encoding: ENCODING, header: false, columns: 8}
        key: [chassis_number, registration_number]
        load:
          apply_if: {vehicle_name: ["トヨタ", "ab"]}
          remove_if: {model: ["X"]}
        codes:
          kind: {map: {"A": 甲, "B": 乙}, unknown: keep}
        fields:
          registration_number: {column: 1, transforms: [trim, collapse_spaces]}
          chassis_number:
            column: 2
            transforms: [trim, fold_width, upper, remove_spaces]
            pattern: "[A-Z0-9][A-Z0-9-]{1,12}"
          vehicle_name: {column: 3, transforms: [trim, lower, {null_if: ["-"]}]}
          model: {column: 4, transforms: [trim, fold_width, {code: kind}, {default: "none"}], length: {max: 6}}
          first_registered_on: {column: 5, transforms: [trim, era_date]}
          registered_on: 6
          owner_name: {column: 7, required: true}
          owner_corporate_number: {column: 8, transforms: [trim, digits], check_digit: corporate_number}
          owner_address: {columns: [7, 1], join: "/"}
          user_name: {value: "固定"}
          user_address: {column: 1, transforms: [remove_spaces], pattern: "(ab|cd)*[0-9]*"}
          base_location: {column: 3, transforms: [trim, upper, zero_pad: 3]}
        """

    /// A protection flag, a date column, an integer-free person target.
    static let personYAML = """
        target: resident.person
        source: {format: csv, encoding: ENCODING, header: false, columns: 5}
        key: resident_code
        fields:
          resident_code: {column: 1, transforms: [trim, fold_width, digits]}
          name: {column: 2, required: true}
          birth_date: {column: 3}
          dv_protected: {column: 4, transforms: [trim, {default: "0"}]}
          became_resident_on: {column: 5, transforms: [trim, {date: [iso, compact]}]}
          sex: {column: 5, transforms: [trim, digits, zero_pad: 2], pattern: "[0-9]{2,8}"}
        """

    /// Field contents: white space of every width, case, width variants, digits,
    /// dates good and bad, escapes for COPY, and bytes that are invalid in some encodings.
    static let pieces: [String] = [
        "a", "B", "z", "ab", "cd", "1", "09", "-", "X", "A", " ", "  ", "\u{3000}", "\t", "\u{00A0}", "\r\n",
        "ＡＢＣ", "ｶﾞ", "１２", "トヨタ", "山田", "髙﨑", "①", "\\", "H1.1.8", "平成31年5月1日", "S45.3.12",
        "2020-02-29", "2020-02-30", "0000-00-00", "20200229", "R1.5.1", "令和元年5月1日", "8000012010155",
        "7000012050002", "1", "0", "true", "有", "-",
    ]

    static func randomField(_ random: inout SplitMix64) -> String {
        var field = ""
        for _ in 0..<Int.random(in: 0...3, using: &random) { field += pieces.randomElement(using: &random)! }
        return field
    }

    /// Encodes a field, quoting it (and some that need no quotes).
    static func csvField(_ text: String, _ encoder: TextEncoder?, _ random: inout SplitMix64) -> [UInt8] {
        // Text the encoding cannot hold goes in as UTF-8: more invalid bytes.
        var bytes = encoder.flatMap { try? $0.encode(text) } ?? Array(text.utf8)
        if Int.random(in: 0..<40, using: &random) == 0 { bytes.append(0xFF) }  // invalid everywhere
        if bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
            || Bool.random(using: &random)
        {
            var quoted: [UInt8] = [0x22]
            for byte in bytes {
                quoted.append(byte)
                if byte == 0x22 { quoted.append(0x22) }
            }
            return quoted + [0x22]
        }
        return bytes
    }

    /// Values that pass, so that many records map (mixed with random ones, which mostly do not).
    static let goodVehicle = [
        ["ab1", " cd 12 ", "ab\u{3000}"], ["x1", "ｘ１-2", " ab-9 "], ["トヨタ", "ab", "-", " AB "],
        ["A", "ａ", "X", "long value"],
        ["H1.1.8", "", "平成31年5月1日", "x"], ["2020-02-29", "R1.5.1", "", "S45.3.12"], ["山田", " 髙﨑 ", "a\\b"],
        ["", "8000012010155", " 7000012050002 "],
    ]
    static let goodPerson = [
        ["123", "１２３", " 9 "], ["山田", " 鈴木\u{3000}"], ["2020-02-29", "H1.1.8", ""], ["", "1", "0", "有", "true"],
        ["20200229", "2020-02-29", ""],
    ]

    static func compare(
        _ yaml: String, _ encoding: TextEncoding, columns: Int, good: [[String]], seed: UInt64
    ) throws {
        let mapping = try mapping(yaml.replacingOccurrences(of: "ENCODING", with: encoding.rawValue))
        let mapper = try RecordMapper(mapping: mapping, header: nil, hasher: nil)
        var random = SplitMix64(state: seed)
        let encoder = encoding == .utf8 ? nil : try TextEncoder(encoding: encoding)
        var file: [UInt8] = []
        for _ in 0..<3_000 {
            for column in 0..<columns {
                if column > 0 { file.append(0x2C) }
                let text =
                    Int.random(in: 0..<4, using: &random) == 0
                    ? randomField(&random) : good[column].randomElement(using: &random)!
                file += csvField(text, encoder, &random)
            }
            file += [0x0D, 0x0A]
        }
        let directory = try TemporaryDirectory()
        let path = try directory.file("records.csv", file)
        let reader = try CSVReader(path: path, dialect: CSVDialect(delimiter: 0x2C, quote: 0x22))
        let decoder = try TextDecoder(encoding: encoding)
        let rowMapper = CSVRowMapper(mapper: mapper, decoder: decoder)
        var record = CSVRecord()
        var row = MappedRow()
        var mapped = 0
        var declined = 0
        while try reader.next(into: &record) {
            guard record.problem == nil, record.fieldCount == columns else { continue }
            let expected = mapper.map(CSVFieldAccess(record: record, decoder: decoder))
            if rowMapper.map(record, into: &row) {
                mapped += 1
                guard case .row(let slow) = expected else {
                    Issue.record("line \(record.line): the byte path mapped a record the String path rejects")
                    continue
                }
                #expect(row.values == slow.values, "line \(record.line)")
                #expect(row.recordKey == slow.recordKey, "line \(record.line)")
                #expect(row.warnings == slow.warnings, "line \(record.line)")
                #expect(row.applies == slow.applies && row.removes == slow.removes, "line \(record.line)")
                #expect(row.protected == slow.protected, "line \(record.line)")
            } else {
                declined += 1
                if case .row = expected {
                    Issue.record("line \(record.line): the byte path declined a record the String path maps")
                }
            }
        }
        // Both kinds must occur, or the test proves little.
        #expect(mapped > 300 && declined > 300, "mapped \(mapped), declined \(declined)")
    }

    @Test("vehicle fields", arguments: [TextEncoding.utf8, .cp932, .eucJP])
    func vehicle(encoding: TextEncoding) throws {
        try Self.compare(Self.vehicleYAML, encoding, columns: 8, good: Self.goodVehicle, seed: 11)
    }

    @Test("person fields with a protection flag", arguments: [TextEncoding.utf8, .cp932])
    func person(encoding: TextEncoding) throws {
        try Self.compare(Self.personYAML, encoding, columns: 5, good: Self.goodPerson, seed: 12)
    }

    @Test("the shipped CP932 vehicle mapping, on the generator's kind of rows and on noise")
    func shippedMapping() throws {
        let mapping = try MappingFile.load(path: packageRoot + "/mappings/vehicle-legacy-cp932.yaml")
        let header = [
            "自動車登録番号", "車台番号", "車名", "型式", "初度登録年月日", "登録年月日", "所有者の氏名又は名称", "所有者の住所",
            "所有者住所記録年月日", "所有者法人番号", "使用者の氏名又は名称", "使用者の住所", "使用の本拠の位置",
        ]
        let mapper = try RecordMapper(mapping: mapping, header: header, hasher: nil)
        let decoder = try TextDecoder(encoding: .cp932)
        let rowMapper = CSVRowMapper(mapper: mapper, decoder: decoder)
        var random = SplitMix64(state: 13)
        let encoder = try TextEncoder(encoding: .cp932)
        var file: [UInt8] = []
        let good = [
            "品川 300 あ 00-00", "abc-0001", "トヨタ", "DBA-ZRE120", "H20.4.1", "令和3年12月24日", "高橋　一郎",
            "大阪市北区梅田1-1-1", "令和3年12月24日", "", "高橋　一郎", "大阪市北区梅田1-1-1", "札幌市中央区北1条西2丁目1番地",
        ]
        for line in 0..<3_000 {
            for column in 0..<13 {
                if column > 0 { file.append(0x2C) }
                let text = Bool.random(using: &random) ? good[column] : Self.randomField(&random)
                file += Self.csvField(column == 1 && line % 3 == 0 ? "ABC-\(line)" : text, encoder, &random)
            }
            file += [0x0D, 0x0A]
        }
        let directory = try TemporaryDirectory()
        let reader = try CSVReader(
            path: try directory.file("v.csv", file), dialect: CSVDialect(delimiter: 0x2C, quote: 0x22))
        var record = CSVRecord()
        var row = MappedRow()
        var mapped = 0
        while try reader.next(into: &record) {
            guard record.problem == nil, record.fieldCount == 13 else { continue }
            let expected = mapper.map(CSVFieldAccess(record: record, decoder: decoder))
            if rowMapper.map(record, into: &row) {
                mapped += 1
                guard case .row(let slow) = expected else {
                    Issue.record("line \(record.line): mapped a rejected record")
                    continue
                }
                #expect(row.values == slow.values && row.recordKey == slow.recordKey, "line \(record.line)")
                #expect(row.warnings == slow.warnings, "line \(record.line)")
            } else if case .row = expected {
                Issue.record("line \(record.line): declined a record the String path maps")
            }
        }
        #expect(mapped > 100)
    }

    @Test("a row kept by the caller is not changed by the next record")
    func rowsAreValues() throws {
        let directory = try TemporaryDirectory()
        let (run, mapping) = try readCSV(
            Array("ab1,x1,,,,,山田,\r\ncd2,y2,,,,,鈴木,\r\n".utf8),
            Self.vehicleYAML.replacingOccurrences(of: "ENCODING", with: "utf-8"), in: directory)
        #expect(run.rejects.isEmpty)
        #expect(run.values("owner_name", in: mapping) == ["山田", "鈴木"])
        #expect(run.rows.map(\.row.recordKey) == ["X1\u{1F}ab1", "Y2\u{1F}cd2"])
        #expect(run.values("model", in: mapping) == ["none", "none"])
    }
}

@Suite("Byte-level helpers agree with their String counterparts")
struct ByteHelperTests {
    @Test("trimmedRange and collapse do what trimmed and collapsed do")
    func whiteSpace() {
        var random = SplitMix64(state: 21)
        let pieces = ["a", "山", " ", "  ", "\u{3000}", "\t", "\u{00A0}", "\r\n", "\u{2003}", "b c"]
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...6, using: &random) { text += pieces.randomElement(using: &random)! }
            var bytes = Array(text.utf8)
            let range = bytes.withUnsafeBufferPointer { WhiteSpace.trimmedRange($0) }
            #expect(String(decoding: bytes[range], as: UTF8.self) == WhiteSpace.trimmed(text))
            for replacement in [UInt8(0x20), nil] {
                var copy = bytes
                let count = copy.withUnsafeMutableBufferPointer { WhiteSpace.collapse($0, into: replacement) }
                #expect(
                    Array(copy[..<count]) == Array(WhiteSpace.collapsed(text, into: replacement).utf8), "\(text)")
            }
            bytes.removeAll()
        }
    }

    @Test("ASCII-run patterns match exactly what the general matcher matches")
    func asciiRuns() throws {
        var random = SplitMix64(state: 22)
        let sources = [
            "[A-Z0-9][A-Z0-9-]{3,24}", "[0-9]{7}", "\\d{2,4}-?\\d*", "[^a-c]+x?", "a*a*b", "[a-c]{0,3}[b-d]{1,2}",
            ".\\w\\s?",
        ]
        let alphabet = Array("abcdxyzABCZ0129- _\t.".utf8)
        for source in sources {
            let pattern = try #require(SimplePattern.compile(source))
            #expect(pattern.asciiRun != nil, "\(source)")
            for _ in 0..<3_000 {
                let bytes = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                    alphabet.randomElement(using: &random)!
                }
                let expected = FieldPatternReference.matches(source, bytes)
                let actual = bytes.withUnsafeBufferPointer { pattern.matches(ascii: $0) }
                #expect(actual == expected, "\(source) on \(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    @Test("UTF-8 validation accepts what String(validating:) accepts")
    func utf8Validation() throws {
        var random = SplitMix64(state: 23)
        let pieces: [[UInt8]] = [
            [0x41], [0xC2, 0xA0], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF5], [0x80], [0xBF], [0xE3, 0x80], [0xE3, 0x80, 0x80], [0xFF],
        ]
        let transcoder = try TextDecoder(encoding: .utf8).transcoder
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...5, using: &random) {
                if Int.random(in: 0..<4, using: &random) == 0 {
                    bytes.append(UInt8.random(in: 0...255, using: &random))
                } else {
                    bytes += pieces.randomElement(using: &random)!
                }
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let output = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count * 3 + 1)
            defer { output.deallocate() }
            let written = bytes.withUnsafeBytes { transcoder.transcode($0, into: output) }
            #expect((written != nil) == expected, "\(bytes)")
            if let written { #expect(Array(UnsafeBufferPointer(start: output, count: written)) == bytes) }
        }
    }

    @Test("CP932 bytes transcode as the decoder decodes them, or are declined where it fails")
    func cp932() throws {
        let decoder = try TextDecoder(encoding: .cp932)
        let transcoder = decoder.transcoder
        var random = SplitMix64(state: 24)
        for _ in 0..<50_000 {
            let bytes = (0..<Int.random(in: 0...6, using: &random)).map { _ in
                Int.random(in: 0..<3, using: &random) == 0
                    ? UInt8.random(in: 0...0x7F, using: &random) : UInt8.random(in: 0x80...0xFF, using: &random)
            }
            let expected = try? decoder.decode(bytes)
            let output = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count * 3 + 1)
            defer { output.deallocate() }
            let written = bytes.withUnsafeBytes { transcoder.transcode($0, into: output) }
            #expect(
                written.map { String(decoding: UnsafeBufferPointer(start: output, count: $0), as: UTF8.self) }
                    == expected)
        }
    }
}

/// The reference for pattern tests: NSRegularExpression, anchored as `FieldPattern` anchors it.
enum FieldPatternReference {
    static func matches(_ source: String, _ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let expression = try! NSRegularExpression(pattern: "\\A(?:\(source))\\z")
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
    }
}

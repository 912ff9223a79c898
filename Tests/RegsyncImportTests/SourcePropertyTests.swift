import Foundation
import RegsyncCSV
import RegsyncCore
import RegsyncText
import RegsyncXML
import Testing

@testable import RegsyncImport

@Suite("Random bytes through the sources never crash and every record is accounted for")
struct SourcePropertyTests {
    static let csvYAML = """
        target: vehicle.registration
        source: {format: csv, encoding: ENCODING, header: false, columns: 3}
        key: chassis_number
        fields:
          chassis_number: {column: 1, transforms: [trim, fold_width, upper], pattern: "[A-Z0-9-]+"}
          owner_name: 2
          registered_on: {column: 3, transforms: [trim, era_date]}
        """

    /// Pieces CSV files are made of, including bytes that are invalid in some encodings.
    static let csvPieces: [[UInt8]] = [
        Array("A".utf8), Array("b1".utf8), Array("-".utf8), Array(",".utf8), Array(",".utf8), Array("\"".utf8),
        Array("\"\"".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), Array(" ".utf8), [0x00],
        [0x81], [0x82, 0xA0], [0xA0], [0xFF], [0x8F, 0xA2, 0xAF], [0xA4, 0xA2], [0xEF, 0xBB, 0xBF],
        Array("山".utf8), Array("平成元年1月8日".utf8), Array("S45.3.12".utf8), Array("\u{3000}".utf8), [0xE3, 0x80],
        [0x87, 0x40], [0xFA, 0xB1], Array("\\".utf8),
    ]

    static let xmlYAML = """
        target: realestate.owner
        source: {format: xml, encoding: ENCODING, record: records/record}
        key: property_number
        fields:
          property_number: {column: "@id", transforms: [trim, digits], pattern: "[0-9]+"}
          owner_name: name
          owner_address: a/b
          receipt_date: {column: d, transforms: [trim, era_date]}
        """

    static let xmlPieces: [[UInt8]] =
        [
            "<records>", "</records>", "<record id=\"1\">", "<record id=\"x\">", "<record>", "</record>", "<name>",
            "</name>", "<a><b>", "</b></a>", "<d>", "</d>", "平成元年1月8日", "山田", "&amp;", "&lt;", "&foo;", "&#65;",
            "&#0;", "<![CDATA[", "]]>", "<!DOCTYPE records [<!ENTITY e \"x\">]>", "<?xml version=\"1.0\"?>",
            "<!-- c -->",
            "\n", " ", "<", ">", "\"", "/", "=", "id", "<r:record xmlns:r=\"u\">",
        ].map { Array($0.utf8) } + [[0x00], [0x81], [0xFF], [0x82, 0xA0], [0xEF, 0xBB, 0xBF], [0xA4, 0xA2]]

    static func randomDocument(_ pieces: [[UInt8]], _ random: inout SplitMix64) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...40, using: &random) {
            if Int.random(in: 0..<20, using: &random) == 0 {
                bytes.append(UInt8.random(in: 0...255, using: &random))
            } else {
                bytes += pieces.randomElement(using: &random)!
            }
        }
        return bytes
    }

    /// Changes a few bytes of a well-formed file at random: a cut, a replaced, inserted or
    /// removed byte, or a random piece spliced in.
    static func mutate(_ bytes: [UInt8], _ pieces: [[UInt8]], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 0...2, using: &random) where !bytes.isEmpty {
            let position = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes = Array(bytes.prefix(position))
            case 1: bytes[position] = UInt8.random(in: 0...255, using: &random)
            case 2: bytes.insert(UInt8.random(in: 0...255, using: &random), at: position)
            case 3: bytes.remove(at: position)
            default: bytes.insert(contentsOf: pieces.randomElement(using: &random)!, at: position)
            }
        }
        return bytes
    }

    /// A well-formed CSV file in `encoding`, then mutated.
    static func mutatedCSV(_ encoding: TextEncoding, _ random: inout SplitMix64) throws -> [UInt8] {
        let names = ["山田", "髙橋　﨑", "㈱サンプル①", "\"鈴木,\n一郎\"", "\"\"", "", " 佐藤 "]
        let dates = ["平成元年1月8日", "S45.3.12", "昭和45年2月30日", "", "令和元年4月30日", "3450312"]
        var text = ""
        for index in 0..<Int.random(in: 0...6, using: &random) {
            let chassis = Int.random(in: 0..<4, using: &random) == 0 ? "ａｂｃ-\(index)" : "ABC-\(index)"
            text += "\(chassis),\(names.randomElement(using: &random)!),\(dates.randomElement(using: &random)!)"
            text += ["\n", "\r\n", "\r"].randomElement(using: &random)!
        }
        return mutate(try TextEncoder(encoding: encoding).encode(text), csvPieces, &random)
    }

    /// A well-formed XML document in `encoding`, then mutated.
    static func mutatedXML(_ encoding: TextEncoding, _ random: inout SplitMix64) throws -> [UInt8] {
        var text = "<?xml version=\"1.0\"?>\n<records>\n"
        for index in 0..<Int.random(in: 0...5, using: &random) {
            text += "<record id=\"\(index)\"><name>山田\(index)</name><a><b>東京都</b></a><d>平成元年1月8日</d></record>\n"
        }
        return mutate(try TextEncoder(encoding: encoding).encode(text + "</records>\n"), xmlPieces, &random)
    }

    /// The records the CSV reader itself finds in `bytes` (the importer must account for each).
    static func csvRecordCount(_ path: String) throws -> Int {
        // The importer's reader settings: quote recovery with the mapping's default limits.
        let reader = try CSVReader(
            path: path, dialect: CSVDialect(), maxRecordBytes: CSVSpec.defaultMaxRecordBytes,
            maxQuotedLines: CSVSpec.defaultMaxQuotedLines)
        _ = try reader.skipUTF8ByteOrderMark()
        var count = 0
        while try reader.next() != nil { count += 1 }
        return count
    }

    @Test("2,000 random CSV files: every record read is a row or a reject", arguments: ["utf-8", "cp932", "euc-jp"])
    func randomCSV(encoding: String) throws {
        let directory = try TemporaryDirectory()
        let file = try mapping(Self.csvYAML.replacingOccurrences(of: "ENCODING", with: encoding))
        guard case .csv(let spec) = file.source.format else { return }
        let mapper = try RecordMapper(mapping: file, hasher: nil)
        var random = SplitMix64(state: 4_242 + UInt64(encoding.utf8.count))
        var totalRows = 0
        var totalRejects = 0
        for round in 0..<2_000 {
            let bytes =
                round % 2 == 0
                ? Self.randomDocument(Self.csvPieces, &random) : try Self.mutatedCSV(file.source.encoding, &random)
            let path = try directory.file("r\(round % 10).csv", bytes)
            let run: SourceRun
            do {
                let source = try CSVImportSource(
                    path: path, displayName: "r.csv", spec: spec, encoding: file.source.encoding)
                run = readAll(source, mapper)
            } catch ImportFailure.refused {
                // Only a byte order mark on a file declared in another encoding may refuse a headerless file.
                #expect(encoding != "utf-8" && bytes.starts(with: [0xEF, 0xBB, 0xBF]), "round \(round)")
                continue
            }
            #expect(run.failure == nil, "round \(round): \(String(describing: run.failure))")
            #expect(run.read == run.rows.count + run.rejects.count)
            #expect(run.read == (try Self.csvRecordCount(path)), "round \(round)")
            #expect(!run.allValues.contains("\u{FFFD}"), "round \(round)")
            #expect(!run.allValues.contains("\u{0}"), "round \(round)")
            for reject in run.rejects {
                #expect(reject.location.line != nil && reject.location.line! >= 1, "round \(round)")
                #expect(!reject.raw.isEmpty, "round \(round)")
            }
            totalRows += run.rows.count
            totalRejects += run.rejects.count
        }
        // The generator exercises both outcomes.
        #expect(totalRows > 100)
        #expect(totalRejects > 100)
    }

    @Test(
        "2,000 random XML documents: every record is a row or a reject, or the document is refused",
        arguments: ["utf-8", "cp932"])
    func randomXML(encoding: String) throws {
        let directory = try TemporaryDirectory()
        let file = try mapping(Self.xmlYAML.replacingOccurrences(of: "ENCODING", with: encoding))
        guard case .xml(let spec) = file.source.format else { return }
        let mapper = try RecordMapper(mapping: file, hasher: nil)
        var random = SplitMix64(state: 777 + UInt64(encoding.utf8.count))
        var outcomes: [String: Int] = [:]
        for round in 0..<2_000 {
            let bytes =
                round % 2 == 0
                ? Self.randomDocument(Self.xmlPieces, &random) : try Self.mutatedXML(file.source.encoding, &random)
            let path = try directory.file("r\(round % 10).xml", bytes)
            let source: XMLImportSource
            do {
                source = try XMLImportSource(
                    path: path, displayName: "r.xml", spec: spec, encoding: file.source.encoding)
            } catch ImportFailure.refused {
                // A byte order mark or declaration of another encoding refuses the document up front.
                outcomes["refused", default: 0] += 1
                continue
            }
            let run = readAll(source, mapper)
            #expect(run.read == run.rows.count + run.rejects.count)
            #expect(!run.allValues.contains("\u{FFFD}"), "round \(round)")
            if let failure = run.failure {
                if case .malformedDocument? = failure as? ImportFailure {
                    outcomes["refused", default: 0] += 1
                } else {
                    Issue.record("round \(round): \(failure)")
                }
            } else {
                outcomes["clean", default: 0] += 1
            }
            if run.rows.count > 0 { outcomes["rows", default: 0] += 1 }
        }
        #expect(outcomes["clean", default: 0] > 100, "\(outcomes)")
        #expect(outcomes["refused", default: 0] > 100, "\(outcomes)")
        #expect(outcomes["rows", default: 0] > 100, "\(outcomes)")
    }
}

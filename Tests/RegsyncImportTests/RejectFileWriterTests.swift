import Foundation
import RegsyncCore
import RegsyncText
import Testing

@testable import RegsyncImport

/// Splits CSV text (RFC 4180, as the reject writer quotes it) into records of fields.
func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let scalar = characters.popFirst() {
        if quoted {
            if scalar == "\"" {
                if characters.first == "\"" {
                    field.unicodeScalars.append("\"")
                    characters.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
        } else if scalar == "\"" {
            quoted = true
        } else if scalar == "," {
            record.append(field)
            field = ""
        } else if scalar == "\n" {
            record.append(field)
            records.append(record)
            record = []
            field = ""
        } else {
            field.unicodeScalars.append(scalar)
        }
    }
    return records
}

/// Reverses the raw column's escaping: `\\` is a backslash, `\xNN` a byte, anything else
/// the text's bytes in `encoding`.
func unescapeRaw(_ text: String, encoding: TextEncoding) throws -> [UInt8] {
    if text.hasPrefix("\\base64:") {
        guard let data = Data(base64Encoded: String(text.dropFirst("\\base64:".count))) else {
            throw TestFailure("bad base64 in the raw column")
        }
        return Array(data)
    }
    var bytes: [UInt8] = []
    var pending = ""
    let encoder = try TextEncoder(encoding: encoding)
    var scalars = Array(text.unicodeScalars)[...]
    func flush() throws {
        bytes += try encoder.encode(pending)
        pending = ""
    }
    while let scalar = scalars.popFirst() {
        guard scalar == "\\" else {
            pending.unicodeScalars.append(scalar)
            continue
        }
        try flush()
        let next = scalars.popFirst()
        if next == "\\" {
            bytes.append(0x5C)
        } else if next == "x" {
            let hex = String(String.UnicodeScalarView(scalars.prefix(2)))
            scalars.removeFirst(2)
            bytes.append(UInt8(hex, radix: 16)!)
        } else {
            throw TestFailure("a lone backslash in the raw column")
        }
    }
    try flush()
    return bytes
}

@Suite("Reject files")
struct RejectFileWriterTests {
    func reject(
        line: Int?, column: Int? = nil, field: String? = nil, reason: RejectReason, message: String, raw: [UInt8]
    )
        -> Reject
    {
        Reject(
            location: InputLocation(file: "in.csv", line: line, column: column, field: field), reason: reason,
            message: message, raw: raw)
    }

    @Test("a reject file and its folder are created readable by their owner only")
    func mode0600() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/rejects/run/in.csv.rejects.csv"
        let writer = try RejectFileWriter(path: path, inputFile: "in.csv", encoding: .utf8)
        try writer.write(reject(line: 2, reason: .required, message: "m", raw: Array("a,b\n".utf8)))
        try writer.finish()
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: directory.path + "/rejects/run")
        #expect(((folder[.posixPermissions] as? NSNumber)?.intValue ?? 0) & 0o077 == 0, "the folder is private")
    }

    @Test("an existing file is replaced with mode 0600 and its old content is gone")
    func existingFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("old.csv", Array("secret old content\n".utf8))
        chmod(path, 0o644)
        let writer = try RejectFileWriter(path: path, inputFile: "in.csv", encoding: .utf8)
        try writer.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "file,line,column,field,reason,message,raw\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("header, line and column, fields and reasons, CSV quoting")
    func format() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/in.csv.rejects.csv"
        let writer = try RejectFileWriter(path: path, inputFile: "data/in.csv", encoding: .utf8)
        try writer.write(
            reject(line: 3, column: 7, reason: .malformed, message: "NUL byte at line 3, column 7", raw: [0x61]))
        try writer.write(
            reject(
                line: 5, field: "owner_name", reason: .required, message: "say \"hi\", twice",
                raw: Array("ABC,\"山田\n太郎\",\r\n".utf8)))
        try writer.write(reject(line: nil, reason: .database, message: "x", raw: []))
        #expect(writer.count == 3)
        try writer.finish()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let records = parseCSV(text)
        #expect(records.count == 4)
        #expect(records[0] == ["file", "line", "column", "field", "reason", "message", "raw"])
        #expect(records[1] == ["data/in.csv", "3", "7", "", "malformed", "NUL byte at line 3, column 7", "a"])
        #expect(
            records[2] == [
                "data/in.csv", "5", "", "owner_name", "required", "say \"hi\", twice", "ABC,\"山田\n太郎\",\r\n",
            ])
        #expect(records[3] == ["data/in.csv", "", "", "", "database", "x", ""])
        #expect(text.contains("\"say \"\"hi\"\", twice\""))
    }

    @Test(
        "the raw column is lossless: decodable text as is, other bytes as \\xNN, backslashes doubled",
        arguments: [
            (TextEncoding.utf8, Array("a\\b,\"c\"\n".utf8)),
            (.utf8, Array("a\\x41".utf8) + [0xFF, 0x00] + Array("ｶ\\".utf8)),
            (.utf8, [0xEF, 0xBB, 0xBF, 0xC3]),
            (.cp932, [0x81, 0x5C, 0x5C, 0x87, 0x40, 0xED, 0x40, 0x0A]),
            (.cp932, [0x41, 0x81, 0x20, 0xA0, 0x5C]),
            (.eucJP, [0xA4, 0xA2, 0x5C, 0x8E]),
        ])
    func losslessRaw(encoding: TextEncoding, raw: [UInt8]) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/r.csv"
        let writer = try RejectFileWriter(path: path, inputFile: "in", encoding: encoding)
        try writer.write(reject(line: 1, reason: .encoding, message: "m", raw: raw))
        try writer.finish()
        let records = parseCSV(try String(contentsOfFile: path, encoding: .utf8))
        #expect(records.count == 2)
        let column = try #require(records.last?.last)
        #expect(try unescapeRaw(column, encoding: encoding) == raw, "\(column.debugDescription)")
    }

    @Test("undecodable bytes are written as \\xNN and a backslash as two")
    func escaping() {
        #expect(RejectFileWriter.escaped([0x61, 0x5C, 0xFF, 0x00, 0x0A]) == "a\\\\\\xFF\\x00\n")
    }

    /// Writes one reject with `raw` and returns the reject file's records and its size.
    func writeOne(_ raw: [UInt8], encoding: TextEncoding = .utf8, line: Int? = 1, column: Int? = nil) throws
        -> (records: [[String]], bytes: Int)
    {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/r.csv"
        let writer = try RejectFileWriter(path: path, inputFile: "in", encoding: encoding)
        try writer.write(reject(line: line, column: column, reason: .malformed, message: "m", raw: raw))
        try writer.finish()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return (parseCSV(String(decoding: data, as: UTF8.self)), data.count)
    }

    @Test(
        "the raw column is at most twice the raw bytes (plus a little), whatever the bytes, and stays lossless",
        arguments: [
            ("undecodable bytes", TextEncoding.utf8, [UInt8](repeating: 0xFF, count: 100_000)),
            (
                "a valid record with one bad byte", .utf8,
                Array(String(repeating: "東京都千代田区", count: 5_000).utf8) + [0xFF]
            ),
            ("half-width kana in CP932", .cp932, [UInt8](repeating: 0xB1, count: 100_000)),
            ("quotes", .utf8, [UInt8](repeating: 0x22, count: 100_000)),
            ("backslashes", .utf8, [UInt8](repeating: 0x5C, count: 100_000)),
            ("NUL bytes", .utf8, [UInt8](repeating: 0x00, count: 100_000)),
            ("one byte", .utf8, [0xFF]),
        ])
    func boundedInflation(label: String, encoding: TextEncoding, raw: [UInt8]) throws {
        let (records, _) = try writeOne(raw, encoding: encoding)
        let column = try #require(records.last?.last)
        let written = RejectFileWriter.quote(column).utf8.count
        #expect(written <= 2 * raw.count + 16, "\(label): \(written) bytes for \(raw.count)")
        #expect(try unescapeRaw(column, encoding: encoding) == raw, "\(label)")
    }

    @Test("a record with one bad byte keeps its readable text; only the bad byte is escaped")
    func readableAroundBadByte() throws {
        let (records, _) = try writeOne(Array("山田,太郎".utf8) + [0xFF] + Array(",東京".utf8))
        #expect(records.last?.last == "山田,太郎\\xFF,東京")
    }

    @Test("a NUL byte never reaches a reject file: it is written \\x00")
    func noRawNUL() throws {
        let raw: [UInt8] = Array("a".utf8) + [0] + Array("b,\"c\"".utf8)
        let directory = try TemporaryDirectory()
        let path = directory.path + "/r.csv"
        let writer = try RejectFileWriter(path: path, inputFile: "in", encoding: .utf8)
        try writer.write(reject(line: 1, reason: .malformed, message: "m", raw: raw))
        try writer.finish()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(!bytes.contains(0))
        let column = try #require(parseCSV(String(decoding: bytes, as: UTF8.self)).last?.last)
        #expect(column == "a\\x00b,\"c\"")
        #expect(try unescapeRaw(column, encoding: .utf8) == raw)
    }

    @Test("the line column is a bare number; the column has a field of its own")
    func lineAndColumn() throws {
        let (records, _) = try writeOne([0x61], line: 3, column: 7)
        #expect(records.first == ["file", "line", "column", "field", "reason", "message", "raw"])
        #expect(records.last == ["in", "3", "7", "", "malformed", "m", "a"])
    }
}

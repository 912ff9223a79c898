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
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "file,line,field,reason,message,raw\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("header, line:column positions, fields and reasons, CSV quoting")
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
        #expect(records[0] == ["file", "line", "field", "reason", "message", "raw"])
        #expect(records[1] == ["data/in.csv", "3:7", "", "malformed", "NUL byte at line 3, column 7", "a"])
        #expect(
            records[2] == ["data/in.csv", "5", "owner_name", "required", "say \"hi\", twice", "ABC,\"山田\n太郎\",\r\n"])
        #expect(records[3] == ["data/in.csv", "", "", "database", "x", ""])
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
}

import Foundation
import RegsyncCore
import RegsyncText

/// Writes one input file's rejects as CSV (`file,line,column,field,reason,message,raw`),
/// created readable by its owner only (mode 600): raw records are personal data. The file
/// is written under a temporary name and renamed when finished (``SafeFile``), so a link
/// planted under its name is never followed and a failed load leaves no partial file.
///
/// The raw column keeps the record's bytes losslessly: decoded with the file's encoding
/// where possible, with undecodable bytes (and NUL) written as `\xNN` and a literal
/// backslash doubled; or `\base64:` and the bytes in Base64 when that text would be more
/// than twice the bytes (see ``rawText(_:)``).
public final class RejectFileWriter {
    public var path: String { file.path }
    private let file: CSVOutputFile
    private let decoder: TextDecoder?
    private let encoder: TextEncoder?
    private let fileName: String
    public private(set) var count = 0

    /// Creates the reject file under a temporary name in its folder (created mode 700 when
    /// missing): see ``SafeFile``. It gets `path` only with ``finish()``.
    /// - Throws: ``SafeFileError`` `.cannotCreate` naming the folder or file.
    public init(path: String, inputFile: String, encoding: TextEncoding) throws(SafeFileError) {
        fileName = inputFile
        decoder = try? TextDecoder(encoding: encoding)
        encoder = try? TextEncoder(encoding: encoding)
        file = try CSVOutputFile(path: path, header: ["file", "line", "column", "field", "reason", "message", "raw"])
    }

    /// Appends one reject.
    /// - Throws: ``SafeFileError`` `.cannotWrite` (disk full, I/O error).
    public func write(_ reject: Reject) throws(SafeFileError) {
        try file.write([
            fileName, reject.location.line.map(String.init) ?? "", reject.location.column.map(String.init) ?? "",
            reject.location.field ?? "", reject.reason.rawValue, reject.message, rawText(reject.raw),
        ])
        count += 1
    }

    /// Writes what is buffered.
    /// - Throws: ``SafeFileError`` `.cannotWrite`.
    public func flush() throws(SafeFileError) { try file.flush() }

    /// Writes what is buffered, syncs the file and gives it its name.
    /// - Throws: ``SafeFileError`` `.cannotWrite`; nothing is left under the name then.
    public func finish() throws(SafeFileError) { try file.finish() }

    /// Abandons the file (its load failed): nothing of it stays, even after ``finish()``.
    public func discard() { file.discard() }

    /// The raw column: the record as readable text where its bytes decode (undecodable
    /// bytes as `\xNN`, a backslash doubled, NUL as `\x00`), or, when that text would be
    /// more than twice the raw bytes, `\base64:` and the bytes in Base64. Lossless either
    /// way; never a raw NUL; a reject file is at most about twice its rejected records.
    func rawText(_ raw: [UInt8]) -> String {
        let text = readableText(raw)
        if Self.quote(text).utf8.count <= 2 * raw.count + 16 { return text }
        return "\\base64:" + Data(raw).base64EncodedString()
    }

    /// Runs that decode are text (when they encode back to the same bytes: CP932 has
    /// duplicate codes whose characters encode as other codes), every undecodable byte
    /// `\xNN`. After many bad bytes the rest is escaped byte by byte.
    private func readableText(_ raw: [UInt8]) -> String {
        guard let decoder, let encoder else { return Self.escaped(raw) }
        var text = ""
        var start = 0
        var badBytes = 0
        func appendDecoded(_ bytes: ArraySlice<UInt8>, _ decoded: String) {
            if (try? encoder.encode(decoded)) == Array(bytes) {
                text += Self.escapedText(decoded)
            } else {
                text += Self.escaped(Array(bytes))
            }
        }
        while start < raw.count {
            let rest = raw[start...]
            do throws(TextDecodingError) {
                appendDecoded(rest, try decoder.decode(rest))
                break
            } catch {
                let bad = start + min(error.byteOffset, rest.count - 1)
                if bad > start, let decoded = try? decoder.decode(raw[start..<bad]) {
                    appendDecoded(raw[start..<bad], decoded)
                } else if bad > start {
                    text += Self.escaped(Array(raw[start..<bad]))
                }
                text += Self.escaped([raw[bad]])
                start = bad + 1
                badBytes += 1
                if badBytes > 64 {
                    text += Self.escaped(Array(raw[start...]))
                    break
                }
            }
        }
        return text
    }

    /// Decoded text with a backslash doubled and NUL written `\x00`.
    static func escapedText(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "\u{0}" }) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\u{0}": escaped += "\\x00"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// ASCII as is (backslash doubled), every other byte as `\xNN`: lossless for any bytes.
    static func escaped(_ raw: [UInt8]) -> String {
        var text = ""
        for byte in raw {
            if byte == 0x5C {
                text += "\\\\"
            } else if byte < 0x80 && byte != 0 {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                text += "\\x"
                text.unicodeScalars.append(digits[Int(byte >> 4)])
                text.unicodeScalars.append(digits[Int(byte & 0x0F)])
            }
        }
        return text
    }

    static func quote(_ field: String) -> String { CSVOutputFile.quote(field) }
}

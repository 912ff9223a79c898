import Foundation
import RegsyncCore
import RegsyncText

/// Writes one input file's rejects as CSV (`file,line,field,reason,message,raw`),
/// created readable by its owner only (mode 600): raw records are personal data. The file
/// is written under a temporary name and renamed when finished (``SafeFile``), so a link
/// planted under its name is never followed and a failed load leaves no partial file.
///
/// The raw column keeps the record's bytes losslessly: decoded with the file's encoding
/// where possible, with undecodable bytes written as `\xNN` (and a literal backslash
/// doubled) where not.
public final class RejectFileWriter {
    public let path: String
    private let file: SafeFileWriter
    private let decoder: TextDecoder?
    private let encoder: TextEncoder?
    private let fileName: String
    private var buffer: [UInt8] = []
    public private(set) var count = 0
    private var finished = false

    /// Creates the reject file under a temporary name in its folder (created mode 700 when
    /// missing): see ``SafeFile``. It gets `path` only with ``finish()``.
    /// - Throws: ``SafeFileError`` `.cannotCreate` naming the folder or file.
    public init(path: String, inputFile: String, encoding: TextEncoding) throws(SafeFileError) {
        self.path = path
        fileName = inputFile
        decoder = try? TextDecoder(encoding: encoding)
        encoder = try? TextEncoder(encoding: encoding)
        try SafeFile.makeDirectories(SafeFile.folder(of: path), mode: 0o700)
        file = try SafeFile.create(path: path, mode: 0o600)
        buffer.append(contentsOf: Array("file,line,field,reason,message,raw\n".utf8))
    }

    /// Appends one reject.
    /// - Throws: ``SafeFileError`` `.cannotWrite` (disk full, I/O error).
    public func write(_ reject: Reject) throws(SafeFileError) {
        var position = reject.location.line.map(String.init) ?? ""
        if let column = reject.location.column { position += ":\(column)" }
        let fields = [
            fileName, position, reject.location.field ?? "", reject.reason.rawValue, reject.message,
            rawText(reject.raw),
        ]
        buffer.append(contentsOf: Array((fields.map(Self.quote).joined(separator: ",") + "\n").utf8))
        count += 1
        if buffer.count > 1 << 16 { try flush() }
    }

    /// Writes what is buffered.
    /// - Throws: ``SafeFileError`` `.cannotWrite`.
    public func flush() throws(SafeFileError) {
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered, syncs the file and gives it its name.
    /// - Throws: ``SafeFileError`` `.cannotWrite`; nothing is left under the name then.
    public func finish() throws(SafeFileError) {
        do {
            try flush()
        } catch {
            file.discard()
            throw error
        }
        try file.commit()
        finished = true
    }

    /// Abandons the file (its load failed): nothing of it stays, even after ``finish()``.
    public func discard() {
        if finished { unlink(path) } else { file.discard() }
    }

    private func rawText(_ raw: [UInt8]) -> String {
        // Decoded text is written only when it encodes back to the same bytes: CP932 has
        // duplicate codes (NEC-selected IBM extensions, NEC row 13) that decode to the
        // characters of other codes, and those would not be the record's bytes any more.
        if let decoder, let encoder, let text = try? decoder.decode(raw), (try? encoder.encode(text)) == raw {
            return text.replacingOccurrences(of: "\\", with: "\\\\")
        }
        return Self.escaped(raw)
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
                text += String(format: "\\x%02X", byte)
            }
        }
        return text
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

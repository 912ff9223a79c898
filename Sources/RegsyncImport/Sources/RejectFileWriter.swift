import Foundation
import RegsyncCore
import RegsyncText

/// Writes one input file's rejects as CSV (`file,line,field,reason,message,raw`),
/// created readable by its owner only (mode 600): raw records are personal data.
///
/// The raw column keeps the record's bytes losslessly: decoded with the file's encoding
/// where possible, with undecodable bytes written as `\xNN` (and a literal backslash
/// doubled) where not.
public final class RejectFileWriter {
    public let path: String
    private let handle: FileHandle
    private let decoder: TextDecoder?
    private let encoder: TextEncoder?
    private let fileName: String
    private var buffer = Data()
    public private(set) var count = 0

    public init(path: String, inputFile: String, encoding: TextEncoding) throws {
        self.path = path
        fileName = inputFile
        decoder = try? TextDecoder(encoding: encoding)
        encoder = try? TextEncoder(encoding: encoding)
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ImportFailure.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(descriptor, 0o600)
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        buffer.append(contentsOf: Array("file,line,field,reason,message,raw\n".utf8))
    }

    /// Appends one reject.
    public func write(_ reject: Reject) {
        var position = reject.location.line.map(String.init) ?? ""
        if let column = reject.location.column { position += ":\(column)" }
        let fields = [
            fileName, position, reject.location.field ?? "", reject.reason.rawValue, reject.message,
            rawText(reject.raw),
        ]
        buffer.append(contentsOf: Array((fields.map(Self.quote).joined(separator: ",") + "\n").utf8))
        count += 1
        if buffer.count > 1 << 16 { flush() }
    }

    public func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    public func close() {
        flush()
        try? handle.close()
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

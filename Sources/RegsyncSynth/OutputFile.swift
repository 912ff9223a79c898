import Foundation
import RegsyncText

/// A file written through a large in-memory buffer (one `write` per megabyte, never one
/// per line), encoding each line to the file's encoding. A character the encoding cannot
/// hold becomes 〓 (the geta mark legacy systems print for a missing glyph) and is counted.
public final class OutputFile {
    /// Where the file is.
    public let path: String
    /// The file's encoding.
    public let encoding: TextEncoding
    private let handle: FileHandle
    private let encoder: TextEncoder
    private var buffer: [UInt8] = []
    private let lineEnding: String
    /// Lines written so far (header included).
    public private(set) var lines = 0
    /// Characters replaced by 〓 because the encoding cannot hold them.
    public private(set) var replacedCharacters = 0
    static let flushSize = 1 << 20

    /// Creates (truncating) the file.
    /// - Throws: `SynthError.cannotWrite` when the file cannot be created.
    public init(path: String, encoding: TextEncoding = .utf8, crlf: Bool = false) throws(SynthError) {
        self.path = path
        self.encoding = encoding
        lineEnding = crlf ? "\r\n" : "\n"
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw SynthError.cannotWrite(path) }
        self.handle = handle
        do {
            encoder = try TextEncoder(encoding: encoding)
        } catch {
            throw SynthError.encoderUnavailable(encoding.displayName)
        }
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    /// Writes one line (the line ending is added).
    public func writeLine(_ line: String) throws(SynthError) {
        lines += 1
        if encoding == .utf8 {
            buffer.append(contentsOf: line.utf8)
        } else {
            buffer.append(contentsOf: encodeReplacing(line))
        }
        buffer.append(contentsOf: lineEnding.utf8)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes raw bytes (a byte order mark).
    public func writeBytes(_ bytes: [UInt8]) throws(SynthError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes a CSV row: fields quoted when they need it, or every field (or those marked in
    /// `quoted`) when the legacy layout quotes them.
    public func writeRow(_ fields: [String], quoteAll: Bool = false, quoted: [Bool]? = nil) throws(SynthError) {
        var line = ""
        line.reserveCapacity(160)
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            let quote = quoteAll || (quoted?[index] ?? false) && !field.isEmpty
            line += CSV.field(field, forceQuotes: quote)
        }
        try writeLine(line)
    }

    private func encodeReplacing(_ line: String) -> [UInt8] {
        var text = line
        while true {
            do {
                return try encoder.encode(text)
            } catch {
                guard error.code == .unrepresentableCharacter else { return Array(text.utf8) }
                var scalars = Array(text.unicodeScalars)
                scalars[error.characterOffset] = "〓"
                replacedCharacters += 1
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                text = String(view)
            }
        }
    }

    private func flush() throws(SynthError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw SynthError.cannotWrite(path)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    public func close() throws(SynthError) {
        try flush()
        do { try handle.close() } catch { throw SynthError.cannotWrite(path) }
    }
}

/// CSV and XML text escaping.
enum CSV {
    /// A field, quoted (with doubled quotes) when forced or when it holds , " CR or LF.
    static func field(_ value: String, forceQuotes: Bool) -> String {
        let needs = value.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard forceQuotes || needs else { return value }
        if !value.utf8.contains(0x22) { return "\"" + value + "\"" }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// Text escaped for an XML element or attribute.
    static func xml(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return value
        }
        var out = ""
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// Why generation failed.
public enum SynthError: Error, CustomStringConvertible, Sendable {
    /// A file or directory could not be created or written.
    case cannotWrite(String)
    /// glibc has no converter for an encoding.
    case encoderUnavailable(String)

    /// A message naming the path or encoding.
    public var description: String {
        switch self {
        case .cannotWrite(let path): "cannot write \(path)"
        case .encoderUnavailable(let name): "no \(name) converter on this machine"
        }
    }
}

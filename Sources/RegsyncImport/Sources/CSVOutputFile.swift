import Foundation
import RegsyncCore

/// A CSV file regsync writes for the operator (rejects, warnings): mode 600, written under
/// a temporary name in its folder and renamed when finished (``SafeFile``), buffered.
final class CSVOutputFile {
    let path: String
    private let file: SafeFileWriter
    private var buffer: [UInt8] = []
    private var finished = false

    /// Creates the file (its folder mode 700 when missing) and writes the header row.
    /// - Throws: ``SafeFileError`` `.cannotCreate`.
    init(path: String, header: [String]) throws(SafeFileError) {
        self.path = path
        try SafeFile.makeDirectories(SafeFile.folder(of: path), mode: 0o700)
        file = try SafeFile.create(path: path, mode: 0o600)
        append(header)
    }

    /// Appends a row (fields quoted as CSV needs); writes once enough is buffered.
    /// - Throws: ``SafeFileError`` `.cannotWrite`.
    func write(_ fields: [String]) throws(SafeFileError) {
        append(fields)
        if buffer.count > 1 << 16 { try flush() }
    }

    private func append(_ fields: [String]) {
        buffer.append(contentsOf: Array((fields.map(Self.quote).joined(separator: ",") + "\n").utf8))
    }

    /// Writes what is buffered.
    /// - Throws: ``SafeFileError`` `.cannotWrite`.
    func flush() throws(SafeFileError) {
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered, syncs the file and gives it its name.
    /// - Throws: ``SafeFileError`` `.cannotWrite`; nothing is left under the name then.
    func finish() throws(SafeFileError) {
        do {
            try flush()
        } catch {
            file.discard()
            throw error
        }
        try file.commit()
        finished = true
    }

    /// Abandons the file: nothing of it stays, even after ``finish()``.
    func discard() {
        if finished { unlink(path) } else { file.discard() }
    }

    /// A CSV field, quoted (quotes doubled) when it holds a comma, quote or line break.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

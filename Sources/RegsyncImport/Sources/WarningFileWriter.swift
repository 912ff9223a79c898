import RegsyncCore

/// Lists one input file's warnings as CSV (`file,line,field,warning`), mode 600, written
/// like a reject file (``SafeFile``: a temporary name, renamed when finished). A warning
/// names a field and a code, never a value.
public final class WarningFileWriter {
    public var path: String { file.path }
    private let file: CSVOutputFile
    private let fileName: String

    /// - Throws: ``SafeFileError`` `.cannotCreate`.
    public init(path: String, inputFile: String) throws(SafeFileError) {
        fileName = inputFile
        file = try CSVOutputFile(path: path, header: ["file", "line", "field", "warning"])
    }

    /// Appends one warning.
    /// - Throws: ``SafeFileError`` `.cannotWrite`.
    public func write(line: Int, field: String, code: String) throws(SafeFileError) {
        try file.write([fileName, String(line), field, code])
    }

    /// Writes what is buffered, syncs the file and gives it its name.
    /// - Throws: ``SafeFileError`` `.cannotWrite`.
    public func finish() throws(SafeFileError) { try file.finish() }

    /// Abandons the file: nothing of it stays, even after ``finish()``.
    public func discard() { file.discard() }
}

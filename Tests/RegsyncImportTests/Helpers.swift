import Foundation
import RegsyncCore
import Testing

@testable import RegsyncImport

#if canImport(Glibc)
    import Glibc
#endif

/// The package root, found from this file's path (Tests/RegsyncImportTests/Helpers.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// A folder under /tmp removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = "/tmp/regsync-import-test-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `name` in the folder and returns the file's path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }
}

/// Parses mapping YAML written inline in a test.
func mapping(_ yaml: String, path: String = "test.yaml") throws -> MappingFile {
    try MappingFile.parse(yaml: yaml, path: path)
}

/// The problems of a mapping that must not parse.
func problems(_ yaml: String) -> [MappingProblem] {
    do {
        _ = try MappingFile.parse(yaml: yaml, path: "broken.yaml")
        return []
    } catch {
        return error.problems
    }
}

/// Everything one read of a source gave.
struct SourceRun {
    var rows: [(line: Int, row: MappedRow)] = []
    var rejects: [Reject] = []
    /// Records handed to the body (every record read).
    var read = 0
    /// The error that ended the read, if any.
    var failure: (any Error)?

    /// The values of `field` in the loaded rows, in file order.
    func values(_ field: String, in mapping: MappingFile) -> [String?] {
        guard let index = mapping.fields.firstIndex(where: { $0.column.mappingName == field }) else { return [] }
        return rows.map { $0.row.values[index] }
    }

    /// Every loaded value, as one text (to search for things that must never be there).
    var allValues: String { rows.flatMap { $0.row.values.compactMap { $0 } }.joined(separator: "\u{1F}") }
}

/// Reads a whole source through a mapper, collecting rows, rejects and the final error.
func readAll(_ source: some RecordSource, _ mapper: RecordMapper) -> SourceRun {
    var run = SourceRun()
    do {
        try source.read(with: mapper, protects: { flagged, _ in flagged }) { outcome in
            run.read += 1
            switch outcome {
            case .row(let line, let row): run.rows.append((line, row))
            case .rejected(let reject): run.rejects.append(reject)
            }
            return true
        }
    } catch {
        run.failure = error
    }
    return run
}

/// Writes `bytes` as a CSV file and reads it through `yaml`.
func readCSV(_ bytes: [UInt8], _ yaml: String, in directory: TemporaryDirectory) throws -> (SourceRun, MappingFile) {
    let mapping = try mapping(yaml)
    guard case .csv(let spec) = mapping.source.format else { throw TestFailure("not a CSV mapping") }
    let path = try directory.file("input-\(UInt32.random(in: 0...UInt32.max)).csv", bytes)
    let source = try CSVImportSource(
        path: path, displayName: "input.csv", spec: spec, encoding: mapping.source.encoding)
    let mapper = try RecordMapper(mapping: mapping, header: source.header, hasher: nil)
    return (readAll(source, mapper), mapping)
}

/// Writes `bytes` as an XML file and reads it through `yaml`.
func readXML(_ bytes: [UInt8], _ yaml: String, in directory: TemporaryDirectory) throws -> (SourceRun, MappingFile) {
    let mapping = try mapping(yaml)
    guard case .xml(let spec) = mapping.source.format else { throw TestFailure("not an XML mapping") }
    let path = try directory.file("input-\(UInt32.random(in: 0...UInt32.max)).xml", bytes)
    let source = try XMLImportSource(
        path: path, displayName: "input.xml", spec: spec, encoding: mapping.source.encoding)
    let mapper = try RecordMapper(mapping: mapping, header: nil, hasher: nil)
    return (readAll(source, mapper), mapping)
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One record given as values by 1-based position (for mapping records without a file).
struct PositionalRecord: SourceFieldAccess {
    let values: [String?]

    init(_ values: String?...) { self.values = values }

    func text(at reference: ResolvedReference) throws(FieldReadError) -> String? {
        guard case .index(let index) = reference, index < values.count else { return nil }
        return values[index]
    }
}

/// The NTA check digit of a 12-digit corporate number base: 9 − (Σ Pn·Qn mod 9), Pn the
/// n-th digit from the right, Qn 1 for odd n and 2 for even n.
func corporateNumber(base: String) -> String {
    let digits = base.compactMap { $0.wholeNumberValue }
    precondition(digits.count == 12)
    var sum = 0
    for (offset, digit) in digits.reversed().enumerated() {
        let n = offset + 1
        sum += digit * (n % 2 == 1 ? 1 : 2)
    }
    return String(9 - sum % 9) + base
}

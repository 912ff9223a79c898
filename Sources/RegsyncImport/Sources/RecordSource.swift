import RegsyncCore

/// What reading one record of a source file gave.
public enum SourceOutcome: Sendable {
    /// A record that mapped to a row.
    case row(line: Int, row: MappedRow)
    /// A record that cannot be loaded (malformed, undecodable, or failing the mapping).
    case rejected(Reject)
}

/// A source file read record by record through a mapping: a format adapter (CSV, XML)
/// that turns records into mapped rows or rejects, and can find records again by line.
public protocol RecordSource: AnyObject {
    /// The column names of a CSV header (nil for headerless CSV and XML).
    var header: [String]? { get }

    /// Reads every record in order; stops early when `body` returns false.
    /// - Parameter protects: decides, for a rejected record, whether its person is
    ///   DV-protected (its address fields are then masked in the reject's raw bytes).
    func read(
        with mapper: RecordMapper, protects: (_ protected: Bool, _ partial: [String?]) -> Bool,
        _ body: (SourceOutcome) throws -> Bool
    ) throws

    /// Reads the file again and returns the raw bytes of the records that start at
    /// `lines` (masked where `protects` says so, as for ``read(with:protects:_:)``).
    func rawRecords(
        at lines: Set<Int>, with mapper: RecordMapper, protects: (_ protected: Bool, _ partial: [String?]) -> Bool
    ) throws -> [Int: [UInt8]]
}

extension Reject {
    /// The reject of a record the mapper refused, for every source format: located at the
    /// first problem's field (and its CSV column when `column` is given), every problem in
    /// the message, and the raw record as `raw` gives it for the protection decided.
    static func refusedByMapping(
        _ problems: [FieldProblem], file: String, line: Int, column: Int?, protected: Bool,
        raw: (Bool) -> [UInt8]
    ) -> Reject {
        let first = problems[0]
        return Reject(
            location: InputLocation(file: file, line: line, column: column, field: first.field),
            reason: first.reason,
            message: problems.map { "\($0.field): \($0.message)" }.joined(separator: "; "),
            raw: raw(protected), protected: protected)
    }
}

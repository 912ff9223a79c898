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

import RegsyncCore
import RegsyncText

/// An XML file read through a mapping (filled in when the streaming XML reader lands).
public final class XMLImportSource: RecordSource {
    let path: String
    public var header: [String]? { nil }

    public init(path: String, displayName: String, spec: XMLSpec, encoding: TextEncoding) throws {
        self.path = path
        throw ImportFailure.unreadable(path: path, reason: "XML import is not available yet")
    }

    public func read(
        with mapper: RecordMapper, protects: (Bool, [String?]) -> Bool, _ body: (SourceOutcome) throws -> Bool
    ) throws {}

    public func rawRecords(at lines: Set<Int>, with mapper: RecordMapper) throws -> [Int: [UInt8]] { [:] }
}

import RegsyncImport

/// A mapped record on its way into the staging table, with what is needed to reject it
/// if the server refuses it.
public struct StagedRow: Sendable {
    public let fileID: Int64
    public let line: Int
    public let row: MappedRow
    /// The record's raw bytes (kept only while its batch is in flight).
    public let raw: [UInt8]

    public init(fileID: Int64, line: Int, row: MappedRow, raw: [UInt8]) {
        self.fileID = fileID
        self.line = line
        self.row = row
        self.raw = raw
    }
}

/// A staged row the server refused, with its SQLSTATE and a message that quotes no data.
public struct ServerRejection: Sendable {
    public let row: StagedRow
    public let sqlState: String?
    public let message: String
}

/// A record found to be a duplicate (or otherwise unloadable) after staging, identified
/// by file and line; its raw bytes are fetched from the file afterwards.
public struct LateRejection: Sendable, Hashable {
    public let fileID: Int64
    public let line: Int
    public let reason: String
    public let message: String
}

/// What a merge did, per file.
public struct MergeCounts: Sendable, Hashable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0
    public var superseded = 0

    public init() {}
}

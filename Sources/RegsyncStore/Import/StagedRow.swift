import RegsyncCore
import RegsyncImport

/// A mapped record on its way into the staging table. Its raw bytes are not kept: the
/// rare record the server refuses is looked up in the file again by its line.
public struct StagedRow: Sendable {
    public let fileID: Int64
    public let line: Int
    public let row: MappedRow

    public init(fileID: Int64, line: Int, row: MappedRow) {
        self.fileID = fileID
        self.line = line
        self.row = row
    }
}

/// A staged row the server refused, with its SQLSTATE and a message that quotes no data.
public struct ServerRejection: Sendable {
    public let fileID: Int64
    public let line: Int
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

/// The earlier import of a file's content into a target, from the ledger.
public struct PreviousImport: Sendable {
    public let fileID: Int64
    public let importedAt: String
    public let runID: String
    public let read: Int
    public let loaded: Int
    public let rejected: Int

    /// How that import of the file ended: with rejects awaiting the operator, or clean.
    public var outcome: Outcome { rejected > 0 ? .attention : .clean }
}

import Foundation

/// The machine-readable account of one command run: written as JSON with `--summary`
/// and condensed into the one-line summary every command prints on stderr.
public struct RunSummary: Sendable, Codable {
    public var command: String
    public var runID: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var outcome: Outcome
    /// Headline counters of the run (rows read, loaded, rejected, ...), in a stable order.
    public var counts: [String: Int]
    /// Per input file accounting, for commands that read files.
    public var files: [FileSummary]
    /// Short human-readable notes (never personal data).
    public var notes: [String]
    /// Set when the run failed: a safe message naming what failed.
    public var error: String?

    public init(command: String, runID: String = RunSummary.newRunID(), startedAt: Date = Date()) {
        self.command = command
        self.runID = runID
        self.startedAt = startedAt
        self.outcome = .clean
        self.counts = [:]
        self.files = []
        self.notes = []
    }

    enum CodingKeys: String, CodingKey {
        case command, outcome, counts, files, notes, error
        case runID = "run_id"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
    }

    /// Raises the outcome to `other` when `other` is more severe.
    public mutating func escalate(to other: Outcome) {
        if other > outcome { outcome = other }
    }

    /// A sortable run identifier: UTC time to the second plus a random suffix
    /// (`20261129T142223Z-2a62e0df`).
    public static func newRunID(now: Date = Date()) -> String {
        let stamp = now.formatted(
            Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateTimeSeparator(.standard).time(
                includingFractionalSeconds: false)
        ).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return "\(stamp)-\(String(repeating: "0", count: 8 - suffix.count))\(suffix)"
    }

    /// The one-line summary printed on stderr at the end of every command.
    public var oneLine: String {
        var parts = ["regsync \(command): \(outcome.rawValue)"]
        for key in counts.keys.sorted() { parts.append("\(key)=\(counts[key]!)") }
        if let error { parts.append("error: \(error)") }
        return parts.joined(separator: " ")
    }

    /// The summary as pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }
}

/// Accounting for one input file: `read = loaded + rejected + notLoaded`, every term at
/// least zero, must always hold (the terms are counted in different places, so that a
/// slip shows). A document refused as a whole has status `refused`, its `reason`, and
/// nothing read.
public struct FileSummary: Sendable, Codable, Hashable {
    public var path: String
    public var sha256: String?
    public var status: String
    public var read: Int
    public var loaded: Int
    public var rejected: Int
    public var inserted: Int
    public var updated: Int
    public var unchanged: Int
    public var removed: Int
    public var warnings: Int
    /// Records read but neither loaded nor rejected because the whole file was not loaded
    /// (too many rejects, an unusable document, or an aborted snapshot group).
    public var notLoaded: Int
    public var rejectFile: String?
    /// The CSV listing the file's warnings (file, line, field, warning), when it had any.
    public var warningFile: String?
    /// Why a file was refused or not loaded as a whole (status `refused`, ...), when it was.
    public var reason: String?

    public init(path: String, sha256: String? = nil, status: String = "loaded") {
        self.path = path
        self.sha256 = sha256
        self.status = status
        read = 0
        loaded = 0
        rejected = 0
        inserted = 0
        updated = 0
        unchanged = 0
        removed = 0
        warnings = 0
        notLoaded = 0
    }

    /// True when every record read is accounted for.
    public var reconciles: Bool { read == loaded + rejected + notLoaded }

    enum CodingKeys: String, CodingKey {
        case path, sha256, status, read, loaded, rejected, inserted, updated, unchanged, removed, warnings, reason
        case notLoaded = "not_loaded"
        case rejectFile = "reject_file"
        case warningFile = "warning_file"
    }
}

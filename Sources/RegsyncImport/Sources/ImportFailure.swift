import RegsyncCore
import RegsyncXML

/// Why an import could not run or had to stop, in terms that decide the exit code.
public enum ImportFailure: Error, CustomStringConvertible, OutcomeClassifying {
    /// An input file cannot be opened or read (65).
    case unreadable(path: String, reason: String)
    /// An input file is refused as a whole: it is not what its mapping says (its byte
    /// order mark or encoding declaration names another encoding) (65).
    case refused(path: String, reason: String)
    /// A reject file or folder cannot be written (1).
    case unwritable(path: String, reason: String)
    /// The mapping loads a table of another registry than the one named (64).
    case wrongRegistry(mapping: String, target: String, registry: String, named: String)
    /// The pseudonymisation key is missing or unusable (78).
    case key(String)
    /// Another import into the same target is running (75).
    case locked(target: String)
    /// An XML document is not well-formed (truncated, mismatched tags, bad bytes) or
    /// tries entity tricks: unusable as a whole (65).
    case malformedDocument(path: String, error: XMLReaderError)

    public var outcome: Outcome {
        switch self {
        case .unreadable, .refused: .inputUnusable
        case .unwritable: .failure
        case .wrongRegistry: .usage
        case .key: .configuration
        case .locked: .locked
        case .malformedDocument: .inputUnusable
        }
    }

    /// The status of the file's summary when it failed this way before loading.
    public var fileStatus: String {
        if case .refused = self { return "refused" }
        return "unreadable"
    }

    /// Why, without the path (the file's summary names it).
    public var reason: String {
        switch self {
        case .unreadable(_, let reason), .refused(_, let reason): reason
        default: description
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read the file: \(reason)"
        case .refused(let path, let reason): "\(path): refused: \(reason)"
        case .unwritable(let path, let reason): "\(path): cannot write: \(reason)"
        case .wrongRegistry(let mapping, let target, let registry, let named):
            "mapping \(mapping) loads \(target), which belongs to registry '\(registry)', not '\(named)'"
        case .key(let message): message
        case .locked(let target): "another import into \(target) is running; try later"
        case .malformedDocument(let path, let error): "\(path): the document cannot be used: \(error)"
        }
    }
}

/// When an input file has too many rejects to be loaded at all (`--max-rejects`).
public enum RejectThreshold: Sendable, Equatable, CustomStringConvertible {
    /// More than this many rejected records.
    case count(Int)
    /// More than this percentage of the records read.
    case percent(Double)

    /// Parses `100` or `5%`.
    public init?(_ text: String) {
        if text.hasSuffix("%") {
            guard let value = Double(text.dropLast()), value >= 0, value <= 100 else { return nil }
            self = .percent(value)
        } else {
            guard let value = Int(text), value >= 0 else { return nil }
            self = .count(value)
        }
    }

    /// True when `rejected` of `read` records exceeds the threshold.
    public func isExceeded(rejected: Int, read: Int) -> Bool {
        switch self {
        case .count(let limit): rejected > limit
        case .percent(let limit): read > 0 && Double(rejected) * 100 > limit * Double(read)
        }
    }

    public var description: String {
        switch self {
        case .count(let limit): "\(limit) rejects"
        case .percent(let limit): "\(limit)% rejects"
        }
    }
}

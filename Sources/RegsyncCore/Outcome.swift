/// How a command ended, in the project's own terms. Only the command layer turns an
/// outcome into a process exit code (DESIGN §6), so the mapping lives in one place.
public enum Outcome: String, Sendable, Codable, Comparable {
    /// Done and clean.
    case clean
    /// Done, with rejected rows or items awaiting a steward's review.
    case attention
    /// An input was unusable as a whole (unreadable file, too many rejects).
    case inputUnusable = "input_unusable"
    /// The database could not be reached or started.
    case databaseUnavailable = "database_unavailable"
    /// An output folder (rejects, summaries, reports) cannot be created or written: found
    /// before anything loads.
    case cannotCreate = "cannot_create"
    /// An output file could not be written while a load ran (disk full, I/O error): the
    /// load was rolled back, since its rejects are part of what it must not lose.
    case ioError = "io_error"
    /// Another run holds the lock; try later.
    case locked
    /// A mapping, config or key file is wrong or missing, or the schema is too new.
    case configuration
    /// The command line itself is wrong.
    case usage
    /// Any other failure.
    case failure

    private var severity: Int {
        switch self {
        case .clean: 0
        case .attention: 1
        case .usage: 2
        case .locked: 3
        case .inputUnusable: 4
        case .configuration: 5
        case .cannotCreate: 6
        case .ioError: 7
        case .databaseUnavailable: 8
        case .failure: 9
        }
    }

    public static func < (lhs: Outcome, rhs: Outcome) -> Bool { lhs.severity < rhs.severity }
}

/// An error that knows which outcome it stands for (mapping errors, input errors, ...),
/// so the command layer can pick the exit code without knowing every error type.
public protocol OutcomeClassifying: Error {
    var outcome: Outcome { get }
}

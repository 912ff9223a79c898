import RegsyncCore
import RegsyncPostgres
import RegsyncStore

/// The one place where outcomes and errors become process exit codes (DESIGN §6).
///
/// 0 done and clean; 10 done, with rejects or items awaiting review; 64 usage error;
/// 65 input unusable as a whole; 69 database unavailable; 75 another run holds the
/// lock; 73 an output folder cannot be created or written (found before anything loads);
/// 74 an output file could not be written during a load (rolled back); 78 configuration
/// error; 1 any other failure.
public enum ExitCodes {
    public static func code(for outcome: Outcome) -> Int32 {
        switch outcome {
        case .clean: 0
        case .attention: 10
        case .usage: 64
        case .inputUnusable: 65
        case .databaseUnavailable: 69
        case .locked: 75
        case .cannotCreate: 73
        case .ioError: 74
        case .configuration: 78
        case .failure: 1
        }
    }

    /// Classifies an error that ended a command.
    public static func outcome(for error: any Error) -> Outcome {
        switch error {
        case let error as PostgresError:
            return error.isConnectionFailure ? .databaseUnavailable : .failure
        case let error as StoreError:
            switch error.kind {
            case .serverNotInstalled, .clusterFailed: return .databaseUnavailable
            case .schemaTooNew, .schemaOutdated, .configuration: return .configuration
            case .locked: return .locked
            }
        case let error as any OutcomeClassifying:
            return error.outcome
        default:
            return .failure
        }
    }
}

import Foundation
import Logging
import RegsyncPostgres

/// Decides which PostgreSQL regsync talks to: `--database URL`, else
/// `REGSYNC_DATABASE_URL`, else libpq's standard `PG*` variables, else the embedded
/// default cluster under `$REGSYNC_HOME`.
public struct DatabaseLocator: Sendable {
    /// Where the connection goes.
    public enum Target: Sendable, CustomStringConvertible {
        case url(String)
        case environment
        case embedded(EmbeddedDatabase)

        public var description: String {
            switch self {
            case .url(let url): PostgresConfiguration.mask(url)
            case .environment: "PG* environment variables"
            case .embedded(let database): "embedded cluster in \(database.home)"
            }
        }
    }

    public let target: Target

    public init(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let explicit, !explicit.isEmpty {
            target = .url(explicit)
        } else if let url = environment["REGSYNC_DATABASE_URL"], !url.isEmpty {
            target = .url(url)
        } else if PostgresConfiguration.environmentNamesServer(environment) {
            target = .environment
        } else {
            target = .embedded(EmbeddedDatabase.fromEnvironment(environment))
        }
    }

    /// Resolves the target (starting the embedded cluster when that is the target) and
    /// opens a connection.
    public func connect(logger: Logger) throws -> PostgresConnection {
        try PostgresConnection(configuration(logger: logger), logger: logger)
    }

    /// The connection configuration, starting the embedded cluster if needed.
    public func configuration(logger: Logger) throws -> PostgresConfiguration {
        switch target {
        case .url(let url): PostgresConfiguration(connectionString: url)
        case .environment: .environment()
        case .embedded(let database): try database.ensureRunning(logger: logger)
        }
    }
}

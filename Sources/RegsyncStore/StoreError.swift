/// A failure of the store that is not a plain SQL error: the database cannot be set
/// up, the schema is incompatible, a lock is held.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in terms that decide the exit code.
    public enum Kind: String, Sendable {
        /// PostgreSQL server programs are not installed.
        case serverNotInstalled = "server_not_installed"
        /// The embedded cluster could not be initialised or started.
        case clusterFailed = "cluster_failed"
        /// The database schema is newer than this binary.
        case schemaTooNew = "schema_too_new"
        /// The database schema is missing or older than this binary.
        case schemaOutdated = "schema_outdated"
        /// Another run holds the lock.
        case locked
        /// A configuration value (key file, mapping reference) is missing or wrong.
        case configuration
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

import Foundation
import RegsyncCore
import RegsyncPostgres
import RegsyncStore

/// An account request that cannot be carried out (a bad name or role, a name taken, no such
/// account), said without any password.
public struct StewardAccountError: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    public let description: String
    public let outcome: Outcome
}

/// Workbench accounts: creating them with a one-time password (`regsync steward add`),
/// issuing a new one (`regsync steward reset`), and checking a login against the stored hash
/// with the lockout after repeated failures.
public struct StewardAccounts {
    let store: StewardAccountStore
    /// Failures in a row that lock a name, and for how long.
    public var lockAfter = 5
    public var lockSeconds = 15 * 60

    public init(connection: PostgresConnection) {
        store = StewardAccountStore(connection: connection)
    }

    /// Whether `name` may name an account: 1 to 64 ASCII letters, digits, `.`, `_` or `-`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64
            && name.utf8.allSatisfy {
                (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)
                    || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D
            }
    }

    /// Creates an account and returns its one-time password (shown once, stored only hashed).
    public func add(name: String, role: String) throws -> String {
        try Self.check(name: name, role: role)
        let password = Passwords.oneTimePassword()
        guard try store.create(name: name, role: role, passwordHash: Passwords.hash(password)) else {
            throw StewardAccountError(
                description: "an account named \(name) exists; 'regsync steward reset \(name)' issues a new password",
                outcome: .usage)
        }
        return password
    }

    /// Issues a new one-time password (and, when given, a new role); ends the account's
    /// sessions and lifts its lockout.
    public func reset(name: String, role: String?) throws -> String {
        try Self.check(name: name, role: role ?? "steward")
        let password = Passwords.oneTimePassword()
        guard try store.reset(name: name, passwordHash: Passwords.hash(password), role: role) else {
            throw StewardAccountError(description: "no account named \(name)", outcome: .usage)
        }
        return password
    }

    static func check(name: String, role: String) throws {
        guard isValidName(name) else {
            throw StewardAccountError(
                description: "an account name is 1 to 64 ASCII letters, digits, '.', '_' or '-'", outcome: .usage)
        }
        guard StewardAccountStore.roles.contains(role) else {
            throw StewardAccountError(
                description: "unknown role '\(role)'; use \(StewardAccountStore.roles.joined(separator: ", "))",
                outcome: .usage)
        }
    }

    /// What a login attempt came to.
    public enum Login: Sendable, Equatable {
        case accepted(StewardAccountStore.Account)
        /// Wrong name or password (the page does not say which), counted.
        case refused(failures: Int)
        /// Too many failures in a row: refused, whatever the password, for this many seconds.
        case locked(seconds: Int)
    }

    /// Checks a name and password (slow: bcrypt). A locked name is refused without checking;
    /// an unknown name costs the same time as a known one and is counted the same way, so the
    /// answers do not tell which names exist.
    public func login(name: String, password: String) throws -> Login {
        if let seconds = try store.lockedFor(name: name) { return .locked(seconds: seconds) }
        let account = try store.account(named: name)
        let matches = Passwords.verify(password, hash: account?.passwordHash ?? Passwords.decoy)
        if let account, matches, !account.disabled {
            try store.clearFailures(name: name)
            return .accepted(account)
        }
        let failure = try store.recordFailure(name: name, limit: lockAfter, lockSeconds: lockSeconds)
        return failure.locked ? .locked(seconds: lockSeconds) : .refused(failures: failure.failures)
    }
}

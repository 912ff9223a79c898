import RegsyncPostgres

/// The workbench's accounts, sessions and login lockouts (`regsync.steward*`). Holds what the
/// workbench hashed, never a password or a session token: passwords as bcrypt hashes,
/// sessions by the SHA-256 of their cookie token. Times are compared with the server's clock.
public struct StewardAccountStore {
    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// The roles an account may have: `steward` reviews pairs, `approver` also approves
    /// proposed changes, `dv-officer` also sees DV-protected residents' addresses.
    public static let roles = ["steward", "approver", "dv-officer"]

    /// One account.
    public struct Account: Sendable, Equatable {
        public var name: String
        public var role: String
        public var passwordHash: String
        public var mustChangePassword: Bool
        public var disabled: Bool
    }

    /// The account with this name, if any.
    public func account(named name: String) throws -> Account? {
        try connection.execute(
            """
            SELECT name, role, password_hash, must_change_password, disabled_at IS NOT NULL AS disabled
              FROM regsync.steward WHERE name = $1
            """, [name]
        ).first.map(Self.account)
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try connection.execute(
            """
            SELECT name, role, password_hash, must_change_password, disabled_at IS NOT NULL AS disabled
              FROM regsync.steward ORDER BY name
            """
        ).map(Self.account)
    }

    static func account(_ row: PostgresRow) -> Account {
        Account(
            name: row["name"] ?? "", role: row["role"] ?? "", passwordHash: row["password_hash"] ?? "",
            mustChangePassword: row.bool("must_change_password") ?? true, disabled: row.bool("disabled") ?? true)
    }

    /// Creates an account whose password must be changed at first login.
    /// - Returns: false when an account of that name exists (it is left alone).
    public func create(name: String, role: String, passwordHash: String) throws -> Bool {
        try connection.executeCount(
            """
            INSERT INTO regsync.steward (name, role, password_hash, must_change_password) VALUES ($1, $2, $3, true)
            ON CONFLICT (name) DO NOTHING
            """, [name, role, passwordHash]) == 1
    }

    /// Gives an account a new one-time password (and, when given, a new role): its sessions end,
    /// its lockout is lifted, and the password must be changed at the next login.
    /// - Returns: false when there is no such account.
    public func reset(name: String, passwordHash: String, role: String?) throws -> Bool {
        try connection.transaction {
            let found = try connection.executeCount(
                """
                UPDATE regsync.steward SET password_hash = $2, must_change_password = true, password_changed_at = now(),
                       role = coalesce($3, role), disabled_at = NULL
                 WHERE name = $1
                """, [name, passwordHash, role])
            try connection.execute("DELETE FROM regsync.steward_session WHERE steward = $1", [name])
            try connection.execute("DELETE FROM regsync.steward_lockout WHERE name = $1", [name])
            return found == 1
        }
    }

    /// Sets the password a steward chose; the other sessions of the account end.
    public func setPassword(name: String, passwordHash: String, keepingSession tokenSHA256: String) throws {
        try connection.transaction {
            try connection.execute(
                """
                UPDATE regsync.steward SET password_hash = $2, must_change_password = false, password_changed_at = now()
                 WHERE name = $1
                """, [name, passwordHash])
            try connection.execute(
                "DELETE FROM regsync.steward_session WHERE steward = $1 AND token_sha256 <> $2", [name, tokenSHA256])
        }
    }

    // MARK: Lockouts

    /// Seconds until a name may try to log in again (nil when it is not locked).
    public func lockedFor(name: String) throws -> Int? {
        try connection.execute(
            """
            SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds FROM regsync.steward_lockout
             WHERE name = $1 AND locked_until > now()
            """, [name]
        ).first?.int("seconds")
    }

    /// Counts a failed login of `name`; the `limit`-th failure in a row (none more than an hour
    /// apart) locks the name for `lockSeconds`. Rows of names that failed long ago are dropped
    /// on the way.
    /// - Returns: the failures in a row, and whether the name is locked now.
    public func recordFailure(name: String, limit: Int, lockSeconds: Int) throws -> (failures: Int, locked: Bool) {
        try connection.transaction {
            try connection.execute(
                "DELETE FROM regsync.steward_lockout WHERE last_failure_at < now() - interval '1 day' AND name <> $1",
                [name])
            let row = try connection.execute(
                """
                INSERT INTO regsync.steward_lockout AS o (name, failures, last_failure_at) VALUES ($1, 1, now())
                ON CONFLICT (name) DO UPDATE
                   SET failures = CASE WHEN (o.locked_until IS NOT NULL AND o.locked_until <= now())
                                            OR o.last_failure_at < now() - interval '1 hour' THEN 1
                                       ELSE o.failures + 1 END,
                       locked_until = CASE WHEN o.locked_until IS NOT NULL AND o.locked_until <= now() THEN NULL
                                           ELSE o.locked_until END,
                       last_failure_at = now()
                RETURNING failures
                """, [name]
            ).first
            let failures = row?.int("failures") ?? 1
            if failures >= limit {
                try connection.execute(
                    """
                    UPDATE regsync.steward_lockout SET locked_until = now() + make_interval(secs => $2::int)
                     WHERE name = $1
                    """, [name, lockSeconds])
            }
            return (failures, failures >= limit)
        }
    }

    /// Forgets the failures of `name` (after a successful login).
    public func clearFailures(name: String) throws {
        try connection.execute("DELETE FROM regsync.steward_lockout WHERE name = $1", [name])
    }

    // MARK: Sessions

    /// A live session with its account.
    public struct Session: Sendable, Equatable {
        public var account: Account
        public var tokenSHA256: String
        public var csrfToken: String
    }

    /// Records a new session of `steward`, valid for `lifetimeSeconds` at most.
    public func createSession(tokenSHA256: String, steward: String, csrfToken: String, lifetimeSeconds: Int) throws {
        try connection.execute(
            """
            INSERT INTO regsync.steward_session (token_sha256, steward, csrf_token, expires_at)
            VALUES ($1, $2, $3, now() + make_interval(secs => $4::int))
            """, [tokenSHA256, steward, csrfToken, lifetimeSeconds])
    }

    /// The session of a token, when it has not expired, was used within `idleSeconds` and its
    /// account is enabled; using it keeps it alive. Expired sessions are removed.
    public func session(tokenSHA256: String, idleSeconds: Int) throws -> Session? {
        let row = try connection.execute(
            """
            UPDATE regsync.steward_session s SET last_seen_at = now()
              FROM regsync.steward a
             WHERE s.token_sha256 = $1 AND a.name = s.steward AND a.disabled_at IS NULL AND s.expires_at > now()
               AND s.last_seen_at > now() - make_interval(secs => $2::int)
            RETURNING a.name, a.role, a.password_hash, a.must_change_password, false AS disabled, s.csrf_token
            """, [tokenSHA256, idleSeconds]
        ).first
        guard let row else {
            try connection.execute(
                """
                DELETE FROM regsync.steward_session
                 WHERE token_sha256 = $1 OR expires_at <= now()
                    OR last_seen_at <= now() - make_interval(secs => $2::int)
                """, [tokenSHA256, idleSeconds])
            return nil
        }
        return Session(account: Self.account(row), tokenSHA256: tokenSHA256, csrfToken: row["csrf_token"] ?? "")
    }

    /// Ends a session.
    public func deleteSession(tokenSHA256: String) throws {
        try connection.execute("DELETE FROM regsync.steward_session WHERE token_sha256 = $1", [tokenSHA256])
    }
}

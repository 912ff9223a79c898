extension PostgresConnection {
    /// Tries to take a session-level advisory lock without waiting.
    /// - Returns: `true` when this connection now holds the lock, `false` when another
    ///   session holds it.
    public func tryAdvisoryLock(_ key: Int64) throws -> Bool {
        try execute("SELECT pg_try_advisory_lock($1) AS locked", [key]).first?.bool("locked") ?? false
    }

    /// Releases a session-level advisory lock taken by ``tryAdvisoryLock(_:)``.
    @discardableResult
    public func advisoryUnlock(_ key: Int64) throws -> Bool {
        try execute("SELECT pg_advisory_unlock($1) AS unlocked", [key]).first?.bool("unlocked") ?? false
    }

    /// A stable 64-bit lock key for a lock name (FNV-1a over its UTF-8 bytes).
    public static func advisoryLockKey(_ name: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }
}

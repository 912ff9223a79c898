import Logging
import NIOConcurrencyHelpers
import NIOPosix
import RegsyncPostgres
import RegsyncStore

/// The workbench's way to the database: libpq is blocking, so every piece of database work
/// runs on NIO's blocking thread pool (never on an event loop or the cooperative pool), on a
/// connection taken from a small pool of idle ones. A connection is only ever used by the one
/// thread-pool job that took it, and put back only when it is healthy and outside a
/// transaction.
public final class WorkbenchDatabase: @unchecked Sendable {
    public let locator: DatabaseLocator
    let logger: Logger
    let threadPool: NIOThreadPool
    /// Connections kept idle at most (the thread pool has one thread per core).
    let keepIdle: Int
    // Guarded by `lock`: a connection is in this array or with exactly one job.
    private let lock = NIOLock()
    private var idle: [PostgresConnection] = []

    public init(locator: DatabaseLocator, logger: Logger, threadPool: NIOThreadPool = .singleton, keepIdle: Int = 4) {
        self.locator = locator
        self.logger = logger
        self.threadPool = threadPool
        self.keepIdle = keepIdle
    }

    /// Runs `body` with a connection on the blocking thread pool.
    public func run<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) throws -> T) async throws -> T {
        try await threadPool.runIfActive { [self] in
            let connection = try take()
            do {
                let value = try body(connection)
                give(back: connection)
                return value
            } catch {
                connection.rollbackQuietly()
                give(back: connection)
                throw error
            }
        }
    }

    private func take() throws -> PostgresConnection {
        if let connection = lock.withLock({ idle.popLast() }) { return connection }
        return try locator.connect(logger: logger)
    }

    private func give(back connection: PostgresConnection) {
        guard connection.isConnected, !connection.inTransaction else { return }
        lock.withLock {
            if idle.count < keepIdle { idle.append(connection) }
        }
    }
}

import Foundation
import Logging
import RegsyncCore
import RegsyncPostgres
import RegsyncStore

/// `regsync rollback BATCH`: restores every value still equal to what the batch wrote, audits
/// each restoration, and lists (untouched) the values changed since.
public struct RollbackJob {
    let database: DatabaseLocator
    let batch: Int64
    let actor: String
    let logger: Logger

    public init(database: DatabaseLocator, batch: Int64, actor: String, logger: Logger) {
        self.database = database
        self.batch = batch
        self.actor = actor
        self.logger = logger
    }

    public func run(_ summary: inout RunSummary) throws {
        let connection = try database.connect(logger: logger)
        try SchemaMigrator(connection: connection, logger: logger).requireCurrent()
        let registry = try connection.execute(
            "SELECT registry, rolled_back_at IS NOT NULL AS done FROM regsync.batch WHERE batch_id = $1",
            [String(batch)]
        ).first
        guard let name = registry?["registry"] else {
            throw PropagateFailure(description: "there is no batch \(batch)", outcome: .usage)
        }
        let lock = PostgresConnection.advisoryLockKey("regsync.propagate:\(name)")
        guard try connection.tryAdvisoryLock(lock) else {
            throw StoreError(.locked, "a propagation of the \(name) registry is running")
        }
        defer { _ = try? connection.advisoryUnlock(lock) }
        guard let result = try PropagationStore.rollback(batch: batch, actor: actor, on: connection) else {
            throw PropagateFailure(description: "there is no batch \(batch)", outcome: .usage)
        }
        summary.counts["restored"] = result.restored
        summary.counts["untouched"] = result.untouched.count
        for item in result.untouched {
            summary.notes.append(
                "left as it is (changed since the batch): \(item.recordKey.replacingOccurrences(of: "\u{1F}", with: "|")) \(item.field)"
            )
            print("untouched\t\(item.recordKey.replacingOccurrences(of: "\u{1F}", with: "|"))\t\(item.field)")
        }
        if !result.untouched.isEmpty { summary.escalate(to: .attention) }
    }
}

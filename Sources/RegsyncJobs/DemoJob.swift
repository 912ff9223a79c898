import Foundation
import Logging
import RegsyncCore
import RegsyncStore

/// `regsync demo`: runs the pipeline end to end on `samples/` against the configured
/// database (by default the embedded cluster), stage by stage as they exist.
public struct DemoJob {
    let database: DatabaseLocator
    let samples: String
    let logger: Logger

    public init(database: DatabaseLocator, samples: String, logger: Logger) {
        self.database = database
        self.samples = samples
        self.logger = logger
    }

    public func run(_ summary: inout RunSummary) throws {
        logger.info("demo: preparing the database", metadata: ["db.target": "\(database.target)"])
        let connection = try database.connect(logger: logger)
        try InitJob(database: database, logger: logger).migrate(connection, &summary)
        try RunLog.record(summary, on: connection)
    }
}

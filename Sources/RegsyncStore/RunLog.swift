import Foundation
import RegsyncCore
import RegsyncPostgres

/// Records each command run in `regsync.run`, with its JSON summary.
public enum RunLog {
    /// Inserts or updates the row for `summary.runID`.
    public static func record(_ summary: RunSummary, on connection: PostgresConnection) throws {
        let json = String(decoding: try summary.jsonData(), as: UTF8.self)
        try connection.execute(
            """
            INSERT INTO regsync.run (run_id, command, started_at, finished_at, outcome, summary)
            VALUES ($1, $2, $3::timestamptz, $4::timestamptz, $5, $6::jsonb)
            ON CONFLICT (run_id) DO UPDATE
               SET finished_at = excluded.finished_at, outcome = excluded.outcome, summary = excluded.summary
            """,
            [
                summary.runID, summary.command, summary.startedAt.formatted(.iso8601),
                (summary.finishedAt ?? Date()).formatted(.iso8601), summary.outcome.rawValue, json,
            ])
    }
}

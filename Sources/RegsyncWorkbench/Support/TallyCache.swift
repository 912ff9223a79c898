import Foundation
import NIOConcurrencyHelpers
import RegsyncStore

/// The queue's tallies (its size by municipality and reason) kept for a short while: at 100k
/// persons a tally reads the whole queue (seconds), a page only its rows (keyset). Paging on,
/// or changing the municipality or reason filter, reuses the tally; a decision taken here
/// clears it, and a decision taken elsewhere (another server, `regsync review apply`, a match)
/// shows within `lifetime`.
final class TallyCache: Sendable {
    let lifetime: TimeInterval
    private let entries = NIOLockedValueBox<[String: (at: Date, tally: ReviewQueue.Tally)]>([:])

    init(lifetime: TimeInterval = 60) {
        self.lifetime = lifetime
    }

    /// The tally of a registry (all when nil) as a role with or without the protected
    /// municipalities sees it, from the cache when fresh, else from `load`.
    func tally(
        registry: String?, reveal: Bool, load: () async throws -> ReviewQueue.Tally
    ) async throws -> ReviewQueue.Tally {
        let key = (registry ?? "*") + (reveal ? "|reveal" : "|masked")
        let now = Date()
        if let entry = entries.withLockedValue({ $0[key] }), now.timeIntervalSince(entry.at) < lifetime {
            return entry.tally
        }
        let tally = try await load()
        entries.withLockedValue { $0[key] = (now, tally) }
        return tally
    }

    /// Forgets every tally (after a decision).
    func clear() {
        entries.withLockedValue { $0.removeAll() }
    }
}

import Foundation
import RegsyncLink

/// Progress of long stages on stderr, only when stderr is a terminal (a cron job's log gets
/// none): one line rewritten in place, `compare  312,000 / 1,000,000  31%`.
enum ProgressReporter {
    /// A progress callback, or nil when stderr is not a terminal.
    static func make() -> LinkEngine.Progress? {
        guard isatty(2) == 1 else { return nil }
        let state = State()
        return { phase, done, total in state.report(phase, done, total) }
    }

    /// Throttles output to a few updates a second.
    final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var last = Date.distantPast

        func report(_ phase: String, _ done: Int, _ total: Int) {
            lock.lock()
            defer { lock.unlock() }
            let now = Date()
            guard done >= total || now.timeIntervalSince(last) > 0.2 else { return }
            last = now
            let percent = total > 0 ? done * 100 / total : 100
            let line = "\r\(phase.padding(toLength: 8, withPad: " ", startingAt: 0)) \(done) / \(total)  \(percent)%"
            FileHandle.standardError.write(Data((line + (done >= total ? "\n" : "")).utf8))
        }
    }
}

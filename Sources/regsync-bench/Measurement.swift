import Foundation

/// One line of `key=value` pairs, the output format `scripts/bench` parses.
struct Measurement {
    private var pairs: [(String, String)] = []

    /// Adds a whole number.
    mutating func add(_ key: String, _ value: Int) { pairs.append((key, String(value))) }

    /// Adds a measurement with a fixed number of decimals.
    mutating func add(_ key: String, _ value: Double, decimals: Int = 3) {
        pairs.append((key, String(format: "%.\(decimals)f", value)))
    }

    /// Writes the line to stdout.
    func print() {
        Swift.print(pairs.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
    }
}

/// Repeats a pass over the input until the thread has worked for a minimum time, timing
/// only the passes (not the set-up before them) on two clocks: the monotonic clock (wall)
/// and the kernel's CPU-time clock of the calling thread. On a shared machine the CPU time
/// is what one core's throughput is measured against: time spent waiting for a core that
/// another process holds is not counted.
struct RepeatedPasses {
    /// Stop after the first pass that ends when the thread has used at least this many CPU seconds.
    let minimumSeconds: Double

    /// How long the passes took.
    struct Timing {
        var passes: Int
        /// Wall-clock seconds (monotonic clock).
        var seconds: Double
        /// CPU seconds of the calling thread (`CLOCK_THREAD_CPUTIME_ID`).
        var cpuSeconds: Double
    }

    /// Runs `pass` at least once.
    func run(_ pass: () throws -> Void) rethrows -> Timing {
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = Self.threadCPUSeconds()
        var timing = Timing(passes: 0, seconds: 0, cpuSeconds: 0)
        repeat {
            try pass()
            timing.passes += 1
            timing.cpuSeconds = Self.threadCPUSeconds() - cpuStart
        } while timing.cpuSeconds < minimumSeconds
        timing.seconds = Self.seconds(clock.now - start)
        return timing
    }

    /// CPU time used by the calling thread so far, from the kernel.
    static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Runs the set-up before the passes (e.g. building reference tables at first use) and
    /// returns its result and the seconds it took.
    static func setUp<Value>(_ body: () -> Value) -> (Value, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = body()
        return (value, seconds(clock.now - start))
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

/// Reads a UTF-8 text file as lines (LF or CRLF), skipping empty ones.
enum LineFile {
    static func lines(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationFailure("cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            .filter { !$0.isEmpty }
    }
}

/// A failure reported to the user as a message (exit 1).
struct ValidationFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

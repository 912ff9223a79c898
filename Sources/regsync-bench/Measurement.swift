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

/// Repeats a pass over the input until a minimum time has elapsed, timing only the passes
/// (not the set-up before them), on the monotonic clock.
struct RepeatedPasses {
    /// Stop after the first pass that ends at or beyond this many seconds.
    let minimumSeconds: Double

    /// Runs `pass` at least once; returns the number of passes and the seconds they took.
    func run(_ pass: () throws -> Void) rethrows -> (passes: Int, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        var passes = 0
        var seconds = 0.0
        repeat {
            try pass()
            passes += 1
            seconds = Self.seconds(clock.now - start)
        } while seconds < minimumSeconds
        return (passes, seconds)
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

import Foundation
import RegsyncStore

/// The built `regsync` executable, run as a user would run it (end-to-end tests).
public enum RegsyncBinary {
    /// The executable next to the test bundle in the build folder.
    public static var path: String {
        let testBinary =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: testBinary).deletingLastPathComponent().appendingPathComponent("regsync").path
    }

    /// Runs `regsync` with `arguments`, in `directory`, with `environment` added to a
    /// clean environment (no PG* or REGSYNC_* variables leak in from the caller).
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], input: String = "",
        directory: String? = nil
    ) throws -> ProcessRunner.Result {
        try run(arguments, environment: environment, inputBytes: Array(input.utf8), directory: directory)
    }

    /// Runs `regsync` with raw bytes on standard input.
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], inputBytes: [UInt8], directory: String? = nil
    ) throws -> ProcessRunner.Result {
        var childEnvironment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("PG") && !$0.key.hasPrefix("REGSYNC_")
        }
        childEnvironment.merge(environment) { $1 }
        var command = [path] + arguments
        if let directory {
            command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + command
        }
        return try ProcessRunner.run(
            command[0], Array(command.dropFirst()), environment: childEnvironment, input: inputBytes,
            keepLibpqEnvironment: true)
    }
}

import Foundation

/// Runs a program to completion and collects its exit status and output: the server
/// tools (initdb, pg_ctl, runuser) here, and the built `regsync` binary in tests.
///
/// Built on posix_spawn and waitpid rather than Foundation's `Process`, whose child
/// reaping on Linux was seen to miss the exit of a program that leaves a daemon behind
/// (pg_ctl start), hanging the caller. Output goes to unlinked temporary files rather
/// than pipes, so neither a chatty child nor a daemon that inherits a descriptor can
/// block the caller.
public enum ProcessRunner {
    /// The exit status and output of a finished program.
    public struct Result: Sendable {
        public var status: Int32
        public var standardOutput: [UInt8]
        public var standardError: [UInt8]
        public var succeeded: Bool { status == 0 }
        /// Standard output then standard error, as text.
        public var output: String {
            String(decoding: standardOutput + standardError, as: UTF8.self)
        }
        public var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
        public var stderr: String { String(decoding: standardError, as: UTF8.self) }
    }

    /// Runs `executable` with `arguments`, as `user` when given (through runuser, which
    /// needs root), feeding `input` on standard input.
    /// - Parameter keepLibpqEnvironment: pass the caller's `PG*` variables on (the server
    ///   tools must not see them; a regsync under test may need them).
    public static func run(
        _ executable: String, _ arguments: [String], as user: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment, input: [UInt8] = [],
        keepLibpqEnvironment: Bool = false
    ) throws -> Result {
        var argv = [executable] + arguments
        if let user { argv = [runuserPath, "-u", user, "--"] + argv }
        var childEnvironment = environment
        if !keepLibpqEnvironment {
            for key in childEnvironment.keys where key.hasPrefix("PG") { childEnvironment[key] = nil }
            childEnvironment["LC_ALL"] = "C"
        }
        let envp = childEnvironment.map { "\($0.key)=\($0.value)" }

        let stdin = try TemporaryFile(contents: input)
        let stdout = try TemporaryFile(contents: [])
        let stderr = try TemporaryFile(contents: [])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin.descriptor, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout.descriptor, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr.descriptor, 2)

        var pid: pid_t = 0
        let spawned = withCStrings(argv) { argvPointers in
            withCStrings(envp) { envPointers in
                posix_spawn(&pid, argv[0], &actions, nil, argvPointers, envPointers)
            }
        }
        guard spawned == 0 else { throw spawnError(argv[0], spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, standardOutput: try stdout.readAll(), standardError: try stderr.readAll())
    }

    /// Starts `executable` in a session of its own and does not wait for it (a watchdog
    /// that must outlive a crash of this process).
    public static func spawnDetached(_ executable: String, _ arguments: [String]) throws {
        let argv = [executable] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, 0x80)  // POSIX_SPAWN_SETSID (glibc ≥ 2.26), not imported
        var pid: pid_t = 0
        let envp = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let spawned = withCStrings(argv) { argvPointers in
            withCStrings(envp) { posix_spawn(&pid, argv[0], &actions, &attributes, argvPointers, $0) }
        }
        guard spawned == 0 else { throw spawnError(argv[0], spawned) }
    }

    /// Where runuser(1) is (it runs the server tools as the server account).
    public static var runuserPath: String {
        ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        } ?? "/usr/sbin/runuser"
    }

    private static func spawnError(_ program: String, _ code: Int32) -> StoreError {
        StoreError(.clusterFailed, "cannot run \(program): \(String(cString: strerror(code)))")
    }

    private static func withCStrings<R>(
        _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R
    ) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// An unlinked temporary file, closed when released.
private final class TemporaryFile {
    let descriptor: Int32

    init(contents: [UInt8]) throws {
        var template = Array("/tmp/regsync-io-XXXXXX".utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw StoreError(.clusterFailed, "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        var offset = 0
        while offset < contents.count {
            let written = contents[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw StoreError(.clusterFailed, "cannot write a temporary file: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        lseek(descriptor, 0, SEEK_SET)
    }

    deinit { close(descriptor) }

    func readAll() throws -> [UInt8] {
        lseek(descriptor, 0, SEEK_SET)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        return bytes
    }
}

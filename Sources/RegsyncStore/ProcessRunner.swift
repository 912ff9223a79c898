import Foundation

/// Runs a helper program (initdb, pg_ctl, runuser) to completion and collects its exit
/// status and output.
///
/// Built on posix_spawn and waitpid rather than Foundation's `Process`, whose child
/// reaping on Linux was seen to miss the exit of a program that leaves a daemon behind
/// (pg_ctl start), hanging the caller.
struct ProcessRunner {
    /// The exit status and combined output of a finished program.
    struct Result {
        var status: Int32
        var output: String
        var succeeded: Bool { status == 0 }
    }

    /// Runs `executable` with `arguments`, as `user` when given (through runuser, which
    /// needs root), and returns its status and combined stdout/stderr.
    static func run(
        _ executable: String, _ arguments: [String], as user: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Result {
        var argv = [executable] + arguments
        if let user { argv = [runuserPath, "-u", user, "--"] + argv }
        var childEnvironment = environment
        // The server and its tools must not pick up the caller's libpq settings.
        for key in childEnvironment.keys where key.hasPrefix("PG") { childEnvironment[key] = nil }
        childEnvironment["LC_ALL"] = "C"
        let envp = childEnvironment.map { "\($0.key)=\($0.value)" }

        var pipeDescriptors: [Int32] = [0, 0]
        guard pipe(&pipeDescriptors) == 0 else { throw spawnError(argv[0], errno) }
        for descriptor in pipeDescriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeDescriptors[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipeDescriptors[1], 2)

        var pid: pid_t = 0
        let spawned = withCStrings(argv) { argvPointers in
            withCStrings(envp) { envPointers in
                posix_spawn(&pid, argv[0], &actions, nil, argvPointers, envPointers)
            }
        }
        close(pipeDescriptors[1])
        guard spawned == 0 else {
            close(pipeDescriptors[0])
            throw spawnError(argv[0], spawned)
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipeDescriptors[0], $0.baseAddress, $0.count) }
            if count > 0 {
                output.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        close(pipeDescriptors[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, output: String(decoding: output, as: UTF8.self))
    }

    /// Starts `executable` in a session of its own and does not wait for it (a watchdog
    /// that must outlive a crash of this process).
    static func spawnDetached(_ executable: String, _ arguments: [String]) throws {
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

    static var runuserPath: String {
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

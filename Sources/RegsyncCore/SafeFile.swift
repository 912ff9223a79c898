#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates regsync's output files (rejects, summaries, reports) so that nothing planted in
/// their folder can redirect them, and checks their folders before anything is written.
///
/// A file is written under a fresh temporary name in its folder (created with `O_CREAT |
/// O_EXCL | O_NOFOLLOW`, so neither an existing file nor a link is ever opened), then
/// renamed onto its final name: `rename(2)` replaces a link or file found there instead
/// of writing through it. A folder that others may write into without the sticky bit is
/// refused: anyone could swap what is in it.
///
/// Errors are typed: a folder or file that cannot be created is ``SafeFileError/Kind-swift.enum/cannotCreate``
/// (exit 73), a write that fails (disk full, I/O error) is
/// ``SafeFileError/Kind-swift.enum/cannotWrite`` (exit 74).
public enum SafeFile {
    /// Makes `path` a folder regsync may write into: creates it and each missing parent
    /// with `mode` (700 by default), then checks it.
    /// - Throws: ``SafeFileError`` `.cannotCreate` naming the folder when it cannot be
    ///   created, is not a folder, is writable by others without the sticky bit, or a
    ///   file cannot be created in it.
    /// - Returns: the folders created, outermost first.
    @discardableResult
    public static func prepareDirectory(_ path: String, mode: mode_t = 0o700) throws(SafeFileError) -> [String] {
        let created = try makeDirectories(path, mode: mode)
        try checkDirectory(path, probe: true)
        return created
    }

    /// Creates `path` and each missing parent with exactly `mode` (not masked by the
    /// umask); folders that exist are left as they are.
    /// - Returns: the folders created, outermost first.
    /// - Throws: ``SafeFileError`` `.cannotCreate` naming the folder.
    @discardableResult
    public static func makeDirectories(_ path: String, mode: mode_t = 0o700) throws(SafeFileError) -> [String] {
        var missing: [String] = []
        var current = normalized(path)
        while !current.isEmpty && current != "/" {
            var status = stat()
            if stat(current, &status) == 0 {
                guard (status.st_mode & S_IFMT) == S_IFDIR else {
                    throw SafeFileError(.cannotCreate, path: current, reason: "it exists and is not a folder")
                }
                break
            }
            let code = errno
            // ENOTDIR: a parent is a file; going up names it.
            guard code == ENOENT || code == ENOTDIR else {
                throw SafeFileError(.cannotCreate, path: current, errno: code)
            }
            missing.append(current)
            current = folder(of: current)
        }
        var created: [String] = []
        for folder in missing.reversed() {
            if mkdir(folder, mode) != 0 {
                let code = errno
                if code == EEXIST { continue }
                throw SafeFileError(.cannotCreate, path: folder, errno: code)
            }
            // mkdir's mode is masked by the umask; the folder must have exactly `mode`.
            if chmod(folder, mode) != 0 { throw SafeFileError(.cannotCreate, path: folder, errno: errno) }
            created.append(folder)
        }
        return created
    }

    /// Checks that `path` is a folder regsync may write into.
    /// - Parameter probe: also create and remove a file in it, to find out now (before
    ///   anything loads) that writing fails, whatever the permission bits say.
    /// - Throws: ``SafeFileError`` `.cannotCreate` naming the folder.
    public static func checkDirectory(_ path: String, probe: Bool = false) throws(SafeFileError) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw SafeFileError(.cannotCreate, path: path, errno: errno) }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            throw SafeFileError(.cannotCreate, path: path, reason: "it is not a folder")
        }
        if status.st_mode & S_IWOTH != 0 && status.st_mode & S_ISVTX == 0 {
            throw SafeFileError(
                .cannotCreate, path: path,
                reason: "anyone may write into it (mode \(String(status.st_mode & 0o7777, radix: 8))) and it has no "
                    + "sticky bit, so others could swap its files; use a private folder (chmod 700) or set the "
                    + "sticky bit")
        }
        guard probe else { return }
        let writer = try create(path: normalized(path) + "/.regsync-probe", mode: 0o600)
        writer.discard()
    }

    /// Opens a new file that becomes `path` when ``SafeFileWriter/commit()`` is called
    /// (until then it has a temporary name in the same folder, and ``SafeFileWriter/discard()``
    /// or the writer's end removes it).
    /// - Throws: ``SafeFileError`` `.cannotCreate` when the folder is refused or the file
    ///   cannot be created.
    public static func create(path: String, mode: mode_t = 0o600) throws(SafeFileError) -> SafeFileWriter {
        let folder = folder(of: path)
        try checkDirectory(folder)
        let name = String(normalized(path).split(separator: "/").last ?? "file")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            let suffix = String(generator.next() as UInt64, radix: 16)
            let temporary = (folder == "/" ? "" : folder) + "/.\(name).\(suffix).tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor < 0 {
                let code = errno
                if code == EEXIST { continue }
                throw SafeFileError(.cannotCreate, path: path, errno: code)
            }
            // open's mode is masked by the umask; the file must have exactly `mode`.
            if fchmod(descriptor, mode) != 0 {
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw SafeFileError(.cannotCreate, path: path, errno: code)
            }
            return SafeFileWriter(path: path, temporaryPath: temporary, descriptor: descriptor)
        }
        throw SafeFileError(.cannotCreate, path: path, reason: "no free temporary name in its folder")
    }

    /// Writes `bytes` to `path` in one go: a temporary file, synced, then renamed.
    /// - Throws: ``SafeFileError``.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600)
        throws(SafeFileError)
    {
        let writer = try create(path: path, mode: mode)
        try writer.write(bytes)
        try writer.commit()
    }

    static func normalized(_ path: String) -> String {
        var text = path
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// The folder a path is in (`.` for a bare name).
    public static func folder(of path: String) -> String {
        let path = normalized(path)
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }
}

/// A file being written under a temporary name; ``commit()`` gives it its final name.
/// Not thread-safe.
public final class SafeFileWriter {
    /// The final name.
    public let path: String
    /// Where the bytes are until ``commit()``.
    public let temporaryPath: String
    private var descriptor: Int32
    private var committed = false
    /// Bytes written so far.
    public private(set) var byteCount = 0

    init(path: String, temporaryPath: String, descriptor: Int32) {
        self.path = path
        self.temporaryPath = temporaryPath
        self.descriptor = descriptor
    }

    deinit { if !committed { discard() } }

    /// Appends bytes.
    /// - Throws: ``SafeFileError`` `.cannotWrite` (disk full, I/O error, file size limit).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(SafeFileError) {
        guard descriptor >= 0 else {
            throw SafeFileError(.cannotWrite, path: path, reason: "the file was already closed")
        }
        var offset = 0
        while offset < bytes.count {
            let count = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                throw SafeFileError(.cannotWrite, path: path, errno: code)
            }
            offset += count
        }
        byteCount += bytes.count
    }

    /// Appends bytes.
    /// - Throws: ``SafeFileError`` `.cannotWrite`.
    public func write(_ bytes: [UInt8]) throws(SafeFileError) {
        var failure: SafeFileError?
        bytes.withUnsafeBytes { buffer in
            do throws(SafeFileError) { try write(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Flushes the file to disk and renames it onto ``path`` (replacing a file or link
    /// there, never writing through a link).
    /// - Throws: ``SafeFileError`` `.cannotWrite`; the temporary file is then removed.
    public func commit() throws(SafeFileError) {
        guard descriptor >= 0, !committed else { return }
        if fsync(descriptor) != 0 {
            let code = errno
            discard()
            throw SafeFileError(.cannotWrite, path: path, errno: code)
        }
        let closed = close(descriptor)
        let closeError = errno
        descriptor = -1
        if closed != 0 {
            unlink(temporaryPath)
            throw SafeFileError(.cannotWrite, path: path, errno: closeError)
        }
        if rename(temporaryPath, path) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw SafeFileError(.cannotWrite, path: path, errno: code)
        }
        committed = true
    }

    /// Abandons the file: the temporary name is removed, ``path`` is left as it was.
    public func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        if !committed { unlink(temporaryPath) }
    }
}

/// `write(2)`, out of reach of the method of the same name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// An output folder or file that cannot be created or written.
public struct SafeFileError: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    /// What failed, in terms that decide the exit code.
    public enum Kind: String, Sendable {
        /// The folder or file cannot be created (73).
        case cannotCreate = "cannot_create"
        /// Writing failed after the file was created: disk full, I/O error (74).
        case cannotWrite = "cannot_write"
    }

    public let kind: Kind
    /// The folder or file involved.
    public let path: String
    /// Why, in words (the system's message for an `errno`).
    public let reason: String
    public let errno: Int32?

    public init(_ kind: Kind, path: String, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
        errno = nil
    }

    public init(_ kind: Kind, path: String, errno code: Int32) {
        self.kind = kind
        self.path = path
        reason = String(cString: strerror(code))
        errno = code
    }

    public var outcome: Outcome { kind == .cannotCreate ? .cannotCreate : .ioError }

    public var description: String {
        kind == .cannotCreate ? "\(path): cannot create: \(reason)" : "\(path): cannot write: \(reason)"
    }
}

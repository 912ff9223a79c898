#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Where a reader's bytes come from: a file descriptor it owns (closed once, in deinit)
/// or an in-memory buffer.
struct ByteSource: ~Copyable {
    private let descriptor: Int32
    private let path: String?
    private let memory: [UInt8]
    private var memoryOffset = 0

    /// Opens `path` read-only.
    init(path: String) throws(CSVReaderError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw CSVReaderError(
                code: .open, path: path, errno: code, message: String(cString: strerror(code)))
        }
        descriptor = fd
        self.path = path
        memory = []
    }

    init(bytes: [UInt8]) {
        descriptor = -1
        path = nil
        memory = bytes
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Reads up to `count` bytes into `destination`; returns 0 at the end of the input.
    mutating func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(CSVReaderError) -> Int {
        guard descriptor >= 0 else {
            let length = min(count, memory.count - memoryOffset)
            guard length > 0 else { return 0 }
            memory.withUnsafeBufferPointer { bytes in
                destination.update(from: bytes.baseAddress! + memoryOffset, count: length)
            }
            memoryOffset += length
            return length
        }
        while true {
            let result = Glibc.read(descriptor, destination, count)
            if result >= 0 { return result }
            let code = errno
            if code == EINTR { continue }
            throw CSVReaderError(code: .read, path: path, errno: code, message: String(cString: strerror(code)))
        }
    }
}

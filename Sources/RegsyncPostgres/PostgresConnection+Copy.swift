internal import CLibPQ

extension PostgresConnection {
    /// Streams data into a `COPY ... FROM STDIN` statement.
    ///
    /// `body` writes rows through the ``CopyInStream``; when it returns, the copy is
    /// finished and the server's row count returned. If `body` throws, the copy is
    /// aborted (nothing of it stays) and the error rethrown.
    /// - Throws: ``PostgresError`` of kind `.copy` with the server's CONTEXT naming the
    ///   failing line, or whatever `body` threw.
    @discardableResult
    public func copyIn(_ sql: String, _ body: (CopyInStream) throws -> Void) throws -> Int {
        let stream = try startCopyIn(sql)
        do {
            try body(stream)
        } catch {
            stream.abort()
            throw error
        }
        return try stream.finish()
    }

    /// Starts a `COPY ... FROM STDIN` and returns its open stream: write rows, then call
    /// ``CopyInStream/finish()`` (or ``CopyInStream/abort()``). No other statement may run
    /// on this connection while the stream is open.
    public func startCopyIn(_ sql: String) throws -> CopyInStream {
        let start = ResultHandle(PQexec(handle, sql))
        try check(start, expecting: [PGRES_COPY_IN], kind: .copy)
        return CopyInStream(connection: self)
    }

    /// Ends a COPY: returns the server's row count or throws its error.
    func finishCopyIn() throws -> Int {
        guard PQputCopyEnd(handle, nil) == 1 else {
            let message = "could not end COPY: \(lastErrorMessage)"
            drainResults()
            throw PostgresError(kind: copyFailureKind, message: message)
        }
        var rows = 0
        var failure: PostgresError?
        while let raw = PQgetResult(handle) {
            let result = ResultHandle(raw)
            if PQresultStatus(result.raw) == PGRES_COMMAND_OK {
                rows = Int(String(cString: PQcmdTuples(result.raw))) ?? 0
            } else if failure == nil {
                failure = error(from: result, kind: .copy)
            }
        }
        if let failure { throw failure }
        return rows
    }

    /// Abandons a COPY: nothing of it stays.
    func abortCopyIn() {
        _ = PQputCopyEnd(handle, "regsync aborted the copy")
        drainResults()
    }

    /// Streams the output of a `COPY ... TO STDOUT` statement, one data row per call.
    /// - Returns: the number of rows copied.
    @discardableResult
    public func copyOut(_ sql: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Int {
        let start = ResultHandle(PQexec(handle, sql))
        try check(start, expecting: [PGRES_COPY_OUT], kind: .copy)
        var bodyError: (any Error)?
        while true {
            var buffer: UnsafeMutablePointer<CChar>?
            let length = PQgetCopyData(handle, &buffer, 0)
            if length > 0, let buffer {
                defer { PQfreemem(buffer) }
                if bodyError == nil {
                    do { try body(UnsafeRawBufferPointer(start: buffer, count: Int(length))) } catch {
                        bodyError = error
                    }
                }
            } else if length == -1 {
                break
            } else {
                throw PostgresError(kind: .copy, message: "COPY TO failed: \(lastErrorMessage)")
            }
        }
        var rows = 0
        var failure: PostgresError?
        while let raw = PQgetResult(handle) {
            let result = ResultHandle(raw)
            if PQresultStatus(result.raw) == PGRES_COMMAND_OK {
                rows = Int(String(cString: PQcmdTuples(result.raw))) ?? 0
            } else if failure == nil {
                failure = error(from: result, kind: .copy)
            }
        }
        if let bodyError { throw bodyError }
        if let failure { throw failure }
        return rows
    }

    func drainResults() {
        while let raw = PQgetResult(handle) { PQclear(raw) }
    }

    func putCopyData(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count > 0 else { return }
        let status = bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        if status != 1 {
            throw PostgresError(kind: copyFailureKind, message: "could not send COPY data: \(lastErrorMessage)")
        }
    }

    /// A COPY that libpq could not send or end failed with its connection when the server
    /// went away (stopped, crashed): that is the database being unavailable, not bad data.
    var copyFailureKind: PostgresError.Kind { isConnected ? .copy : .connection }
}

/// Encodes rows in PostgreSQL's COPY text format into a byte buffer: fields separated
/// by tabs, rows ended by newlines, `\\`, `\t`, `\n`, `\r` escaped, NULL as `\N`.
///
/// Non-copyable, over a buffer of its own: it runs for every field of every row of a
/// load, and writing through a pointer after one capacity check per field costs a
/// fraction of appending byte runs to an array (a uniqueness and a capacity check each).
public struct CopyTextEncoder: ~Copyable {
    private var buffer: CopyBuffer
    private var base: UnsafeMutablePointer<UInt8> { buffer.base }
    /// The number of encoded bytes.
    public private(set) var count: Int {
        get { buffer.count }
        set { buffer.count = newValue }
    }
    private var fieldsInRow = 0

    public init(capacity: Int = 0) {
        buffer = CopyBuffer(capacity: capacity)
    }

    /// True when nothing is encoded.
    public var isEmpty: Bool { count == 0 }

    /// Calls `body` with the encoded bytes.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try buffer.withUnsafeBytes(body)
    }

    /// Appends one field of the current row; `nil` is SQL NULL.
    public mutating func field(_ text: String?) {
        guard var text else {
            null()
            return
        }
        text.withUTF8 { field(utf8: $0) }
    }

    /// Appends one field given as UTF-8 bytes.
    @inline(__always)
    public mutating func field(utf8 value: UnsafeBufferPointer<UInt8>) {
        // A tab, then at worst two bytes per byte.
        reserve(1 + value.count * 2)
        var output = base + count
        if fieldsInRow > 0 {
            output.pointee = 0x09
            output += 1
        }
        fieldsInRow += 1
        let clean = Self.cleanPrefix(value)
        if clean > 0 { output.update(from: value.baseAddress!, count: clean) }
        output += clean
        for byte in value[clean...] {
            let escape: UInt8
            switch byte {
            case 0x5C: escape = 0x5C  // backslash
            case 0x09: escape = UInt8(ascii: "t")
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0D: escape = UInt8(ascii: "r")
            default:
                output.pointee = byte
                output += 1
                continue
            }
            output[0] = 0x5C
            output[1] = escape
            output += 2
        }
        count = output - base
    }

    /// The length of the longest prefix of `value` that needs no escape, found eight bytes
    /// at a time (most values need none: they are then copied whole). A word may hold a
    /// byte below 0x0E or a backslash: from there the byte loop decides.
    @inline(__always)
    static func cleanPrefix(_ value: UnsafeBufferPointer<UInt8>) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        if let base = value.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= value.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // "Has a byte less than n" (n <= 128) and "has a zero byte" of word ^ 0x5C...
                let below = (word &- ones &* 0x0E) & ~word & highs
                let backslash = word ^ (ones &* 0x5C)
                let equal = (backslash &- ones) & ~backslash & highs
                if below | equal != 0 { break }
                index += 8
            }
        }
        while index < value.count {
            let byte = value[index]
            if byte < 0x0E || byte == 0x5C { break }
            index += 1
        }
        return index
    }

    /// Appends a NULL field.
    public mutating func null() {
        reserve(3)
        if fieldsInRow > 0 { append(0x09) }
        fieldsInRow += 1
        append(UInt8(ascii: "\\"))
        append(UInt8(ascii: "N"))
    }

    /// Appends an integer field, written in decimal without making a `String` (the file
    /// id and line go with every row of a load).
    public mutating func field(integer value: Int64) {
        reserve(22)
        if fieldsInRow > 0 { append(0x09) }
        fieldsInRow += 1
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var scale: UInt64 = 10
        while digits < 20 && magnitude >= scale {
            digits += 1
            scale &*= 10
        }
        let output = base + count
        for index in stride(from: digits - 1, through: 0, by: -1) {
            output[index] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
            magnitude /= 10
        }
        count += digits
    }

    /// Ends the current row.
    public mutating func endRow() {
        reserve(1)
        append(0x0A)
        fieldsInRow = 0
    }

    /// Forgets the encoded bytes, keeping the buffer.
    public mutating func removeAll() {
        count = 0
        fieldsInRow = 0
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) { buffer.reserve(extra) }
}

/// The writing end of a `COPY ... FROM STDIN` in text format: buffers rows and sends
/// them to the server in large chunks.
public final class CopyInStream {
    private unowned let connection: PostgresConnection
    private var encoder = CopyTextEncoder(capacity: 256 * 1024 + 4096)
    private let chunkSize = 256 * 1024
    /// Rows finished with ``endRow()`` so far.
    public private(set) var rows = 0

    init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// Appends one field of the current row; `nil` is SQL NULL.
    public func field(_ text: String?) { encoder.field(text) }

    /// Appends one field given as UTF-8 bytes.
    public func field(utf8 bytes: UnsafeBufferPointer<UInt8>) { encoder.field(utf8: bytes) }

    /// Appends one field given as UTF-8 bytes.
    public func field(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { encoder.field(utf8: $0) }
    }

    /// Ends the current row and sends the buffer when it is full.
    public func endRow() throws {
        encoder.endRow()
        rows += 1
        if encoder.count >= chunkSize { try flush() }
    }

    /// Sends bytes that are already in COPY text format (whole rows ending in `\n`).
    public func raw(_ bytes: UnsafeRawBufferPointer) throws {
        try flush()
        try connection.putCopyData(bytes)
    }

    /// Sends what is left and ends the COPY.
    /// - Returns: the number of rows the server stored.
    /// - Throws: ``PostgresError`` of kind `.copy`, naming the failing line in its CONTEXT.
    @discardableResult
    public func finish() throws -> Int {
        do {
            try flush()
        } catch {
            abort()
            throw error
        }
        return try connection.finishCopyIn()
    }

    /// Abandons the COPY: nothing of it stays.
    public func abort() {
        encoder.removeAll()
        connection.abortCopyIn()
    }

    /// Sends whatever is buffered.
    public func flush() throws {
        guard !encoder.isEmpty else { return }
        try encoder.withUnsafeBytes { try connection.putCopyData($0) }
        encoder.removeAll()
    }
}

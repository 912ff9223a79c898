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
            drainResults()
            throw PostgresError(kind: .copy, message: "could not end COPY: \(lastErrorMessage)")
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
            throw PostgresError(kind: .copy, message: "could not send COPY data: \(lastErrorMessage)")
        }
    }
}

/// Encodes rows in PostgreSQL's COPY text format into a byte buffer: fields separated
/// by tabs, rows ended by newlines, `\\`, `\t`, `\n`, `\r` escaped, NULL as `\N`.
public struct CopyTextEncoder: Sendable {
    public var bytes: [UInt8] = []
    private var fieldsInRow = 0

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends one field of the current row; `nil` is SQL NULL.
    public mutating func field(_ text: String?) {
        separate()
        guard var text else {
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(UInt8(ascii: "N"))
            return
        }
        text.withUTF8 { appendEscaped($0) }
    }

    /// Appends one field given as UTF-8 bytes.
    public mutating func field(utf8 value: UnsafeBufferPointer<UInt8>) {
        separate()
        appendEscaped(value)
    }

    /// Ends the current row.
    public mutating func endRow() {
        bytes.append(0x0A)
        fieldsInRow = 0
    }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        fieldsInRow = 0
    }

    private mutating func separate() {
        if fieldsInRow > 0 { bytes.append(0x09) }
        fieldsInRow += 1
    }

    private mutating func appendEscaped(_ value: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<value.count {
            let byte = value[index]
            let escape: UInt8
            switch byte {
            case 0x5C: escape = 0x5C  // backslash
            case 0x09: escape = UInt8(ascii: "t")
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0D: escape = UInt8(ascii: "r")
            default: continue
            }
            if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart..<index])) }
            bytes.append(0x5C)
            bytes.append(escape)
            runStart = index + 1
        }
        if value.count > runStart {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart..<value.count]))
        }
    }
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
        if encoder.bytes.count >= chunkSize { try flush() }
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
        guard !encoder.bytes.isEmpty else { return }
        try encoder.bytes.withUnsafeBytes { try connection.putCopyData($0) }
        encoder.removeAll()
    }
}

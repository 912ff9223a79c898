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
        let start = ResultHandle(PQexec(handle, sql))
        try check(start, expecting: [PGRES_COPY_IN], kind: .copy)
        let stream = CopyInStream(connection: self)
        do {
            try body(stream)
            try stream.flush()
        } catch {
            _ = PQputCopyEnd(handle, "regsync aborted the copy")
            drainResults()
            throw error
        }
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

/// The writing end of a `COPY ... FROM STDIN` in text format: buffers rows and sends
/// them to the server in large chunks.
///
/// Fields are escaped as the text format requires (`\\`, `\t`, `\n`, `\r`; NULL is `\N`).
public final class CopyInStream {
    private unowned let connection: PostgresConnection
    private var buffer: [UInt8] = []
    private let chunkSize = 256 * 1024
    private var fieldsInRow = 0
    /// Rows finished with ``endRow()`` so far.
    public private(set) var rows = 0

    init(connection: PostgresConnection) {
        self.connection = connection
        buffer.reserveCapacity(chunkSize + 4096)
    }

    /// Appends one field of the current row; `nil` is SQL NULL.
    public func field(_ text: String?) {
        separate()
        guard var text else {
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(UInt8(ascii: "N"))
            return
        }
        text.withUTF8 { appendEscaped($0) }
    }

    /// Appends one field given as UTF-8 bytes.
    public func field(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        separate()
        appendEscaped(bytes)
    }

    /// Appends one field given as UTF-8 bytes.
    public func field(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { field(utf8: $0) }
    }

    /// Ends the current row and sends the buffer when it is full.
    public func endRow() throws {
        buffer.append(0x0A)
        fieldsInRow = 0
        rows += 1
        if buffer.count >= chunkSize { try flush() }
    }

    /// Appends bytes that are already in COPY text format (rows ending in `\n`).
    public func raw(_ bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= chunkSize { try flush() }
    }

    /// Sends whatever is buffered.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try connection.putCopyData($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func separate() {
        if fieldsInRow > 0 { buffer.append(0x09) }
        fieldsInRow += 1
    }

    private func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let escape: UInt8
            switch byte {
            case 0x5C: escape = 0x5C  // backslash
            case 0x09: escape = UInt8(ascii: "t")
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0D: escape = UInt8(ascii: "r")
            default: continue
            }
            if index > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            buffer.append(0x5C)
            buffer.append(escape)
            runStart = index + 1
        }
        if bytes.count > runStart {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }
}

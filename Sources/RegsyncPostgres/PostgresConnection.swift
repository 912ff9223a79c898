internal import CLibPQ
import Foundation
import Logging

/// One libpq connection. Not thread-safe: use it from one task at a time (parallel work
/// opens one connection per child task).
///
/// Every value travels as a statement parameter; SQL text only ever contains
/// identifiers quoted with ``quoteIdentifier(_:)`` (and, in a `COPY (query) TO STDOUT`,
/// which takes no parameters, literals quoted with ``quoteLiteral(_:)``).
public final class PostgresConnection {
    let handle: OpaquePointer
    let logger: Logger
    private let scrubbedSecret: [String]

    /// Opens a connection.
    /// - Throws: ``PostgresError`` of kind `.connection` with libpq's message (password scrubbed).
    public init(_ configuration: PostgresConfiguration, logger: Logger = .current) throws {
        self.logger = logger
        scrubbedSecret = configuration.embeddedPasswords
        let keywords = ["dbname", "fallback_application_name", "client_encoding"]
        let values = [configuration.connectionString, configuration.applicationName, "UTF8"]
        let connection = withCStringArray(keywords) { keywordPointers in
            withCStringArray(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let connection else {
            throw PostgresError(kind: .connection, message: "libpq could not allocate a connection")
        }
        handle = connection
        if PQstatus(connection) != CONNECTION_OK {
            // deinit runs for a class whose stored properties are all set: it calls PQfinish.
            let message = Self.scrub(String(cString: PQerrorMessage(connection)), secret: scrubbedSecret)
                .trimmingTrailingWhitespace()
            throw PostgresError(kind: .connection, message: message, hint: PostgresError.tlsHint(for: message))
        }
        // Server notices (e.g. "schema already exists, skipping") go to the log, not to stderr.
        PQsetNoticeProcessor(
            connection,
            { context, message in
                guard let context, let message else { return }
                let connection = Unmanaged<PostgresConnection>.fromOpaque(context).takeUnretainedValue()
                connection.logger.debug(
                    "server notice", metadata: ["pg.notice": "\(String(cString: message).trimmingTrailingWhitespace())"]
                )
            }, Unmanaged.passUnretained(self).toOpaque())
        logger.debug(
            "connected",
            metadata: ["pg.server_version": "\(PQserverVersion(connection))", "pg.target": "\(configuration)"])
    }

    deinit { PQfinish(handle) }

    /// The server's version number (e.g. 150018).
    public var serverVersion: Int { Int(PQserverVersion(handle)) }

    /// Runs one statement with parameters and returns its rows (empty for commands).
    @discardableResult
    public func execute(_ sql: String, _ parameters: [any PostgresEncodable] = []) throws -> PostgresRows {
        let result = try run(sql, parameters)
        return PostgresRows(result.raw)
    }

    /// Runs one statement and returns the number of rows it affected.
    public func executeCount(_ sql: String, _ parameters: [any PostgresEncodable] = []) throws -> Int {
        let result = try run(sql, parameters)
        return Int(String(cString: PQcmdTuples(result.raw))) ?? 0
    }

    /// Runs several statements given as one text, without parameters (migrations).
    public func executeScript(_ sql: String) throws {
        let result = ResultHandle(PQexec(handle, sql))
        try check(result, expecting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK])
    }

    /// Runs `body` inside BEGIN/COMMIT; any error thrown rolls the transaction back.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try executeScript("BEGIN")
        do {
            let value = try body()
            try executeScript("COMMIT")
            return value
        } catch {
            rollbackQuietly()
            throw error
        }
    }

    /// Rolls back, ignoring a failure to do so (the original error matters more). Nothing
    /// to do on a connection the server closed: the server rolled back.
    public func rollbackQuietly() {
        if isConnected && PQtransactionStatus(handle) != PQTRANS_IDLE {
            let result = ResultHandle(PQexec(handle, "ROLLBACK"))
            if PQresultStatus(result.raw) != PGRES_COMMAND_OK {
                logger.warning("rollback failed", metadata: ["pg.message": "\(lastErrorMessage)"])
            }
        }
    }

    /// False once the connection is lost (the server stopped or closed it).
    public var isConnected: Bool { PQstatus(handle) == CONNECTION_OK }

    /// True while a transaction block is open on this connection.
    public var inTransaction: Bool { PQtransactionStatus(handle) != PQTRANS_IDLE }

    /// Quotes an identifier with libpq's own escaping (`PQescapeIdentifier`).
    public func quoteIdentifier(_ identifier: String) throws -> String {
        try escape(identifier, what: "an identifier", with: PQescapeIdentifier)
    }

    /// Quotes a value as a string literal with libpq's own escaping (`PQescapeLiteral`), for
    /// the one kind of statement that takes no parameters: `COPY (query) TO STDOUT`.
    public func quoteLiteral(_ value: String) throws -> String {
        try escape(value, what: "a literal", with: PQescapeLiteral)
    }

    private func escape(
        _ text: String, what: String,
        with function: (OpaquePointer?, UnsafePointer<CChar>?, Int) -> UnsafeMutablePointer<CChar>?
    ) throws -> String {
        let utf8 = Array(text.utf8)
        guard
            let escaped = utf8.withUnsafeBufferPointer({ buffer in
                buffer.withMemoryRebound(to: CChar.self) { function(handle, $0.baseAddress, $0.count) }
            })
        else {
            throw PostgresError(kind: .statement, message: "cannot quote \(what): \(lastErrorMessage)")
        }
        defer { PQfreemem(escaped) }
        return String(cString: escaped)
    }

    /// Quotes a schema-qualified name (`schema.table`) part by part.
    public func quoteQualified(_ schema: String, _ name: String) throws -> String {
        try "\(quoteIdentifier(schema)).\(quoteIdentifier(name))"
    }

    var lastErrorMessage: String {
        Self.scrub(String(cString: PQerrorMessage(handle)), secret: scrubbedSecret).trimmingTrailingWhitespace()
    }

    // MARK: - Internals

    func run(_ sql: String, _ parameters: [any PostgresEncodable]) throws -> ResultHandle {
        let texts = parameters.map { $0.postgresText }
        let result = ResultHandle(
            withOptionalCStringArray(texts) { pointers in
                PQexecParams(handle, sql, Int32(texts.count), nil, pointers, nil, nil, 0)
            })
        try check(result, expecting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK])
        return result
    }

    func check(_ result: borrowing ResultHandle, expecting: [ExecStatusType], kind: PostgresError.Kind = .statement)
        throws
    {
        let status = PQresultStatus(result.raw)
        if expecting.contains(status) { return }
        throw error(from: result, kind: kind)
    }

    func error(from result: borrowing ResultHandle, kind: PostgresError.Kind) -> PostgresError {
        func field(_ code: Int32) -> String? {
            guard let raw = result.raw, let value = PQresultErrorField(raw, code) else { return nil }
            return Self.scrub(String(cString: value), secret: scrubbedSecret)
        }
        let sqlState = field(CLibPQ_DIAG_SQLSTATE)
        let primary = field(CLibPQ_DIAG_MESSAGE_PRIMARY) ?? lastErrorMessage
        let connectionLost = PQstatus(handle) != CONNECTION_OK
        return PostgresError(
            kind: connectionLost ? .connection : kind, sqlState: sqlState, message: primary,
            detail: field(CLibPQ_DIAG_MESSAGE_DETAIL), hint: field(CLibPQ_DIAG_MESSAGE_HINT),
            context: field(CLibPQ_DIAG_CONTEXT), table: field(CLibPQ_DIAG_TABLE_NAME),
            column: field(CLibPQ_DIAG_COLUMN_NAME), constraint: field(CLibPQ_DIAG_CONSTRAINT_NAME))
    }

    /// Replaces every form and part of the password by `***`, longest first, and masks any
    /// connection URL or `password=` keyword the message quotes. A part of one or two
    /// characters is replaced where it stands alone (not inside a longer word or number),
    /// so that it cannot leak as a port or a host name without every such letter going.
    static func scrub(_ text: String, secret: [String]) -> String {
        var scrubbed = text
        for form in secret.sorted(by: { $0.count > $1.count }) {
            scrubbed =
                form.count >= 3
                ? scrubbed.replacingOccurrences(of: form, with: "***") : replacingStandalone(form, in: scrubbed)
        }
        return PostgresConfiguration.mask(scrubbed)
    }

    /// `text` with each occurrence of `part` between non-alphanumeric characters (or the
    /// ends) replaced by `***`.
    static func replacingStandalone(_ part: String, in text: String) -> String {
        var result = ""
        var rest = text[...]
        while let found = rest.range(of: part) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : nil
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : nil
            let standsAlone =
                !(before.map { $0.isLetter || $0.isNumber } ?? false)
                && !(after.map { $0.isLetter || $0.isNumber } ?? false)
            result += rest[..<found.lowerBound]
            result += standsAlone ? "***" : String(rest[found])
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
}

/// Owns one `PGresult` and clears it exactly once.
struct ResultHandle: ~Copyable {
    let raw: OpaquePointer?
    init(_ raw: OpaquePointer?) { self.raw = raw }
    deinit { if let raw { PQclear(raw) } }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}

func withCStringArray<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let duplicates = strings.map { strdup($0) }
    defer { duplicates.forEach { free($0) } }
    var pointers: [UnsafePointer<CChar>?] = duplicates.map { UnsafePointer($0) }
    pointers.append(nil)
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

func withOptionalCStringArray<R>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    let duplicates = strings.map { $0.map { strdup($0) } ?? nil }
    defer { duplicates.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = duplicates.map { $0.map { UnsafePointer($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}

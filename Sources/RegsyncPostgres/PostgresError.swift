import Foundation

/// A failure reported by libpq or the server, with the server's diagnostic fields.
///
/// Messages come from the server and name objects, never parameter values (regsync
/// sends every value as a parameter, never inside SQL text); a password is scrubbed
/// from any text libpq hands back.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    /// What kind of operation failed.
    public enum Kind: String, Sendable {
        /// The connection could not be opened or was lost.
        case connection
        /// A statement failed.
        case statement
        /// A COPY stream failed.
        case copy
        /// libpq answered in a way regsync did not expect.
        case protocolViolation = "protocol"
    }

    public var kind: Kind
    /// The five-character SQLSTATE, when the server sent one.
    public var sqlState: String?
    public var message: String
    public var detail: String?
    public var hint: String?
    /// The server's CONTEXT field (e.g. `COPY staging, line 17, column name`).
    public var context: String?
    public var table: String?
    public var column: String?
    public var constraint: String?

    public init(
        kind: Kind, sqlState: String? = nil, message: String, detail: String? = nil, hint: String? = nil,
        context: String? = nil, table: String? = nil, column: String? = nil, constraint: String? = nil
    ) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.context = context
        self.table = table
        self.column = column
        self.constraint = constraint
    }

    /// True when the server could not be reached or refused the login: SQLSTATE class
    /// 08 (connection exception), 28 (invalid authorization), 3D000 (no such database),
    /// 57P03 (cannot connect now), or a libpq-level connection failure.
    public var isConnectionFailure: Bool {
        if kind == .connection { return true }
        guard let sqlState else { return false }
        return sqlState.hasPrefix("08") || sqlState.hasPrefix("28") || sqlState == "3D000"
            || sqlState == "57P03" || sqlState == "57P01"
    }

    /// The 1-based line of a COPY input that the server blamed, parsed from CONTEXT
    /// (`COPY t, line 17, column c: "..."`).
    public var copyLine: Int? {
        guard let context, let range = context.range(of: ", line ") else { return nil }
        let digits = context[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }

    /// The column of a COPY input that the server blamed, parsed from CONTEXT
    /// (`COPY t, line 17, column c` or `..., column c: "..."`).
    public var copyColumn: String? {
        guard let context, let range = context.range(of: ", column ") else { return nil }
        let name = context[range.upperBound...].prefix { $0 != ":" && $0 != "," && $0 != "\n" }
        return name.isEmpty ? nil : String(name)
    }

    public var description: String {
        var text = "PostgreSQL \(kind.rawValue) error"
        if let sqlState { text += " [\(sqlState)]" }
        text += ": \(message)"
        if let detail { text += " (detail: \(detail))" }
        if let hint { text += " (hint: \(hint))" }
        return text
    }
}

extension PostgresError {
    /// The error without anything that may quote data: no DETAIL or CONTEXT (they can
    /// echo key values or COPY input), and double-quoted fragments of the primary message
    /// (`invalid input syntax for type date: "..."`) replaced by `"…"`.
    public var safeDescription: String {
        var text = "PostgreSQL \(kind.rawValue) error"
        if let sqlState { text += " [\(sqlState)]" }
        let oneLine = self.message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        // libpq's own connection messages quote host names, socket and certificate paths, not
        // data; a hint says which setting to change (TLS).
        if kind == .connection { return text + ": " + oneLine + (hint.map { " (hint: \($0))" } ?? "") }
        var message = ""
        var inQuote = false
        for character in oneLine {
            if character == "\"" {
                if !inQuote { message += "\"…\"" }
                inQuote.toggle()
            } else if !inQuote {
                message.append(character)
            }
        }
        return text + ": " + message
    }
}

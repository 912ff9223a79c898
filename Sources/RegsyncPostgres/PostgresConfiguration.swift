import Foundation

/// Where to connect: an explicit URL or conninfo string, or libpq's standard `PG*`
/// environment variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSERVICE, ...).
public struct PostgresConfiguration: Sendable, Hashable, CustomStringConvertible {
    /// A `postgresql://` URL or a `key=value` conninfo string; empty means "let libpq
    /// read the PG* environment variables".
    public var connectionString: String
    /// Reported to the server as `application_name`.
    public var applicationName: String

    public init(connectionString: String, applicationName: String = "regsync") {
        self.connectionString = connectionString
        self.applicationName = applicationName
    }

    /// The libpq defaults: PG* environment variables, Unix socket, current user.
    public static func environment(applicationName: String = "regsync") -> PostgresConfiguration {
        PostgresConfiguration(connectionString: "", applicationName: applicationName)
    }

    /// True when the process environment names a server through libpq's variables.
    public static func environmentNamesServer(_ environment: [String: String]) -> Bool {
        ["PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGSERVICE", "PGUSER"].contains {
            !(environment[$0] ?? "").isEmpty
        }
    }

    /// The connection string with any password replaced by `***`, safe to print.
    public var masked: String { Self.mask(connectionString) }

    public var description: String { connectionString.isEmpty ? "(PG* environment)" : masked }

    /// The embedded password in every form a message could quote, to scrub messages with: as written
    /// (percent-encoded) and decoded. A URL that `URLComponents` cannot parse (libpq then
    /// quotes it whole in its error) is searched by hand, so its password is still found.
    var embeddedPasswords: [String] {
        var found: [String] = []
        if connectionString.contains("://") {
            if let url = URLComponents(string: connectionString), url.scheme?.hasPrefix("postgres") == true {
                if let password = url.percentEncodedPassword, !password.isEmpty { found.append(password) }
                if let password = url.password, !password.isEmpty { found.append(password) }
                if let password = url.queryItems?.first(where: { $0.name == "password" })?.value, !password.isEmpty {
                    found.append(password)
                }
            }
            found += Self.userInfoPassword(in: connectionString)
        }
        if let password = Self.keywordValue("password", in: connectionString), !password.isEmpty {
            found.append(password)
        }
        var unique: [String] = []
        for password in found where !unique.contains(password) { unique.append(password) }
        return unique
    }

    /// The `secret` of `scheme://user:secret@host...`, found without a URL parser: the text
    /// between the first `:` after the user and the last `@` of the URL's authority part.
    private static func userInfoPassword(in text: String) -> [String] {
        guard let schemeEnd = text.range(of: "://") else { return [] }
        let afterScheme = text[schemeEnd.upperBound...]
        guard let at = afterScheme.lastIndex(of: "@"), let colon = afterScheme[..<at].firstIndex(of: ":") else {
            return []
        }
        let password = String(afterScheme[afterScheme.index(after: colon)..<at])
        guard !password.isEmpty else { return [] }
        return [password, password.removingPercentEncoding].compactMap { $0 }
    }

    /// Masks passwords in a URL (`user:secret@`, `?password=secret`) or a conninfo string
    /// (`password=secret`, `password='se cret'`).
    public static func mask(_ text: String) -> String {
        var result = text
        if let schemeEnd = result.range(of: "://") {
            let afterScheme = result[schemeEnd.upperBound...]
            let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" } ?? afterScheme.endIndex
            let authority = afterScheme[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                result.replaceSubrange(result.index(after: colon)..<at, with: "***")
            }
        }
        return maskKeyword(in: result)
    }

    private static func maskKeyword(in text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let range = rest.range(of: "password=") {
            output += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            var end = rest.startIndex
            if rest.first == "'" {
                end = rest.index(after: end)
                while end < rest.endIndex, rest[end] != "'" {
                    if rest[end] == "\\" { end = rest.index(after: end) }
                    if end < rest.endIndex { end = rest.index(after: end) }
                }
                if end < rest.endIndex { end = rest.index(after: end) }
            } else {
                end = rest.firstIndex { $0 == " " || $0 == "&" } ?? rest.endIndex
            }
            output += "***"
            rest = rest[end...]
        }
        return output + rest
    }

    private static func keywordValue(_ key: String, in conninfo: String) -> String? {
        guard let range = conninfo.range(of: "\(key)=") else { return nil }
        let rest = conninfo[range.upperBound...]
        if rest.first == "'" {
            return String(rest.dropFirst().prefix { $0 != "'" })
        }
        return String(rest.prefix { $0 != " " })
    }
}

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

    /// Everything a message could quote of the password: the password as written, each
    /// part of it, and their percent-decoded forms, longest first.
    ///
    /// The password is taken in its widest reading, since libpq may read it otherwise: in
    /// a URL, from the `:` after the user to the last `@` (libpq stops at the first `@` or
    /// `/` and then quotes the rest as a host or a port), and the rest of the query after
    /// `password=` (libpq stops at `&` and quotes the next key); in a conninfo string, a
    /// quoted value to its closing quote, an unquoted one up to the next `key=` (libpq
    /// stops at a space and quotes the next word). Parts are cut where libpq cuts.
    var embeddedPasswords: [String] {
        var found: [String] = []
        for region in Self.passwordRegions(in: connectionString) {
            let text = String(connectionString[region])
            found.append(text)
            found += text.split(whereSeparator: { Self.partSeparators.contains($0) }).map(String.init)
        }
        if let environmentPassword = ProcessInfo.processInfo.environment["PGPASSWORD"] {
            found.append(environmentPassword)
        }
        var unique: [String] = []
        for form in found + found.compactMap({ $0.removingPercentEncoding }) where !form.isEmpty {
            if !unique.contains(form) { unique.append(form) }
        }
        return unique.sorted { $0.count > $1.count }
    }

    /// Where libpq may cut a password into parts it quotes separately.
    static let partSeparators: Set<Character> = ["@", "/", ":", "?", "#", "&", "=", ",", " ", "\t", "'", "\\"]

    /// The ranges of `text` that may hold a password (see ``embeddedPasswords``).
    static func passwordRegions(in text: String) -> [Range<String.Index>] {
        var regions: [Range<String.Index>] = []
        if let schemeEnd = text.range(of: "://") {
            let afterScheme = text[schemeEnd.upperBound...]
            if let at = afterScheme.lastIndex(of: "@"), let colon = afterScheme[..<at].firstIndex(of: ":"),
                afterScheme.index(after: colon) < at
            {
                regions.append(afterScheme.index(after: colon)..<at)
            }
            if let query = afterScheme.firstIndex(of: "?") {
                var rest = afterScheme[afterScheme.index(after: query)...]
                while let key = rest.range(of: "password=") {
                    let atStart =
                        key.lowerBound == rest.startIndex
                        || startsKey(key.lowerBound, in: text, after: { "&?".contains($0) })
                    if atStart && key.upperBound < rest.endIndex { regions.append(key.upperBound..<rest.endIndex) }
                    rest = rest[key.upperBound...]
                }
            }
            return regions
        }
        var rest = text[...]
        while let key = rest.range(of: "password") {
            defer { rest = rest[key.upperBound...] }
            if !startsKey(key.lowerBound, in: text, after: \.isWhitespace) { continue }
            var cursor = key.upperBound
            while cursor < text.endIndex && text[cursor].isWhitespace { cursor = text.index(after: cursor) }
            guard cursor < text.endIndex, text[cursor] == "=" else { continue }
            cursor = text.index(after: cursor)
            while cursor < text.endIndex && text[cursor].isWhitespace { cursor = text.index(after: cursor) }
            guard cursor < text.endIndex else { continue }
            let end = valueEnd(in: text, from: cursor)
            if cursor < end { regions.append(cursor..<end) }
        }
        return regions
    }

    /// True when the keyword `password` at `start` begins a key: at the start of `text` or
    /// after a separator, or as the end of `sslpassword` (the passphrase of the client key,
    /// sslkey) that begins there.
    private static func startsKey(
        _ start: String.Index, in text: String, after isSeparator: (Character) -> Bool
    ) -> Bool {
        var keyStart = start
        if text[..<start].hasSuffix("ssl") { keyStart = text.index(start, offsetBy: -3) }
        return keyStart == text.startIndex || isSeparator(text[text.index(before: keyStart)])
    }

    /// The end of a conninfo value starting at `start`: a quoted value's closing quote (or
    /// the end of the text), an unquoted value's next `key=` (or the end).
    private static func valueEnd(in text: String, from start: String.Index) -> String.Index {
        if text[start] == "'" {
            var cursor = text.index(after: start)
            while cursor < text.endIndex {
                if text[cursor] == "\\" {
                    cursor = text.index(after: cursor)
                    if cursor < text.endIndex { cursor = text.index(after: cursor) }
                    continue
                }
                if text[cursor] == "'" { return text.index(after: cursor) }
                cursor = text.index(after: cursor)
            }
            return text.endIndex
        }
        // Unquoted: up to the whitespace before the next `key=` (or `key =`).
        var cursor = start
        while cursor < text.endIndex {
            if text[cursor].isWhitespace, startsKeyword(text[cursor...]) { return cursor }
            cursor = text.index(after: cursor)
        }
        return text.endIndex
    }

    /// True when `text` is whitespace, then a conninfo keyword and `=`.
    private static func startsKeyword(_ text: Substring) -> Bool {
        let afterSpace = text.drop { $0.isWhitespace }
        let word = afterSpace.prefix { $0.isLetter || $0 == "_" }
        guard !word.isEmpty else { return false }
        return afterSpace.dropFirst(word.count).drop { $0.isWhitespace }.first == "="
    }

    /// Masks the password, in its widest reading (see ``embeddedPasswords``), in a URL
    /// (`user:secret@`, `?password=secret`) or a conninfo string (`password=secret`,
    /// `password = 'se cret'`); the client key's passphrase (`sslpassword`) likewise.
    public static func mask(_ text: String) -> String {
        // Regions may overlap (a `@` in the query widens the user's password to it): merged.
        var merged: [Range<String.Index>] = []
        for region in passwordRegions(in: text).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, region.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, region.upperBound)
            } else {
                merged.append(region)
            }
        }
        var result = text
        for region in merged.reversed() { result.replaceSubrange(region, with: "***") }
        return result
    }

}

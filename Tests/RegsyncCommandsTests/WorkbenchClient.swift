import Foundation
import RegsyncTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A running `regsync review serve` on a free loopback port. A shell between the test and the
/// server stops the server (SIGTERM) when its standard input closes: when this object goes, or
/// when the test process ends, whose static fixtures are never deinitialized.
final class WorkbenchProcess: @unchecked Sendable {
    let process = Process()
    let input = Pipe()
    let url: String

    init(database: String, extra: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments =
            [
                "-c", "\"$0\" \"$@\" & server=$!; read -r _ || true; kill \"$server\"",
                RegsyncBinary.path, "review", "serve", "--listen", "127.0.0.1:0", "--database", database,
            ] + extra
        process.standardInput = input
        process.environment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("PG") && !$0.key.hasPrefix("REGSYNC_")
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = Data()
        let reader = output.fileHandleForReading
        while !seen.contains(UInt8(ascii: "\n")) {
            let chunk = reader.availableData
            guard !chunk.isEmpty else { break }
            seen.append(chunk)
        }
        let line = String(decoding: seen, as: UTF8.self)
        guard let range = line.range(of: "listening on ") else {
            try? input.fileHandleForWriting.close()
            throw WorkbenchTestFailure("the workbench did not start: \(line)")
        }
        url = String(line[range.upperBound...].prefix { $0 != "\n" }).trimmingCharacters(in: .init(charactersIn: "/"))
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

struct WorkbenchTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A browser as far as the tests need one: keeps its cookies, follows no redirect (the tests
/// look at each answer), and remembers every body it was sent (for the DV grep).
final class WorkbenchClient: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    let base: String
    var cookies: [String: String] = [:]
    var acceptLanguage: String?
    /// Every page body fetched, with its path.
    var bodies: [(path: String, body: String)] = []
    lazy var session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieStorage = nil
        return URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }()

    init(_ base: String) { self.base = base }

    struct Answer {
        var status: Int
        var location: String?
        var body: String
        var headers: [String: String]
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func get(_ path: String) async throws -> Answer { try await send("GET", path, form: nil) }

    func post(_ path: String, _ form: [(String, String)]) async throws -> Answer {
        try await send("POST", path, form: form)
    }

    func send(_ method: String, _ path: String, form: [(String, String)]?) async throws -> Answer {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        if !cookies.isEmpty {
            request.setValue(
                cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "), forHTTPHeaderField: "Cookie")
        }
        // Foundation would send the machine's locale; "*" states no preference.
        request.setValue(acceptLanguage ?? "*", forHTTPHeaderField: "Accept-Language")
        if let form {
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(
                form.map { Self.escape($0.0) + "=" + Self.escape($0.1) }.joined(separator: "&").utf8)
        }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw WorkbenchTestFailure("no HTTP response") }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            headers[String(describing: name).lowercased()] = String(describing: value)
        }
        for cookie in HTTPCookie.cookies(
            withResponseHeaderFields: http.allHeaderFields as? [String: String] ?? [:], for: URL(string: base)!)
        {
            if cookie.value.isEmpty || (cookie.expiresDate.map { $0 < Date() } ?? false) {
                cookies[cookie.name] = nil
            } else {
                cookies[cookie.name] = cookie.value
            }
        }
        let body = String(decoding: data, as: UTF8.self)
        bodies.append((path, body))
        return Answer(status: http.statusCode, location: headers["location"], body: body, headers: headers)
    }

    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The value of the first hidden `csrf` field of a page.
    static func csrf(_ body: String) -> String? {
        value(of: "csrf", in: body)
    }

    /// The value of the first hidden field `name` of a page.
    static func value(of name: String, in body: String) -> String? {
        guard let range = body.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(body[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Every link of a page whose href starts with `prefix`, HTML entities of `&` undone.
    static func links(_ body: String, prefix: String) -> [String] {
        body.components(separatedBy: "href=\"" + prefix).dropFirst().map {
            prefix + String($0.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// Logs in with a one-time password and replaces it; the client holds the session after.
    func logIn(_ name: String, oneTime: String, newPassword: String) async throws {
        let form = try await get("/login")
        guard let token = Self.csrf(form.body) else { throw WorkbenchTestFailure("no login token") }
        let login = try await post("/login", [("csrf", token), ("name", name), ("password", oneTime)])
        guard login.status == 303, login.location?.hasSuffix("/password") == true else {
            throw WorkbenchTestFailure("login of \(name): \(login.status) \(login.location ?? "")")
        }
        let page = try await get("/password")
        guard let csrf = Self.csrf(page.body) else { throw WorkbenchTestFailure("no CSRF token on /password") }
        let set = try await post("/password", [("csrf", csrf), ("password", newPassword), ("again", newPassword)])
        guard set.status == 303, set.location?.hasSuffix("/queue") == true else {
            throw WorkbenchTestFailure("password of \(name): \(set.status)")
        }
    }
}

import Hummingbird
import Logging
import RegsyncPostgres
import RegsyncStore

/// Runs before every route: picks the language, finds the steward's session from its cookie,
/// reads a POST's form, and gives every response the security headers. An error never
/// reaches the browser with detail: it is logged without personal data and answered with a
/// plain page.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext
    let database: WorkbenchDatabase
    let pages: Pages
    let idleSeconds: Int

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var request = request
        var context = context
        let query = FormFields(urlEncoded: Substring(request.uri.query ?? ""))
        context.path = request.uri.path
        context.query = query
        let cookies = request.cookies
        context.language = Language.negotiate(
            query: query["lang"], cookie: cookies[Cookies.language]?.value,
            acceptLanguage: request.headers[.acceptLanguage])
        var response: Response
        do {
            if let token = cookies[Cookies.session]?.value, !token.isEmpty, token.utf8.count <= 128 {
                let digest = Passwords.digest(token)
                let idle = idleSeconds
                context.session = try await database.run {
                    try StewardAccountStore(connection: $0).session(tokenSHA256: digest, idleSeconds: idle)
                }
            }
            if request.method == .post {
                let body = try await request.collectBody(upTo: 256 * 1024)
                context.form = FormFields(urlEncoded: Substring(String(buffer: body)))
            }
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = pages.message(
                error.status, title: "\(error.status.code)", text: error.status.reasonPhrase, context)
        } catch {
            context.logger.error(
                "request failed: \(Self.safeMessage(error))", metadata: ["http.path": "\(request.uri.path)"])
            response = pages.message(.internalServerError, title: "500", text: "Internal error", context)
        }
        if let language = query["lang"], Language(rawValue: language) != nil {
            response.setCookie(Reply.cookie(Cookies.language, language, maxAge: 365 * 86_400))
        }
        Reply.secure(&response)
        return response
    }

    /// What may be logged of an error: never a value, only what failed and where.
    static func safeMessage(_ error: any Error) -> String {
        switch error {
        case let error as PostgresError: error.safeDescription
        case let error as StoreError: error.message
        default: String(describing: type(of: error))
        }
    }
}

/// The names of the workbench's cookies.
enum Cookies {
    static let session = "regsync_session"
    static let login = "regsync_login"
    static let language = "regsync_lang"
}

/// Lets only logged-in stewards through: no session → the login page; a one-time password
/// not yet replaced → the password page; a POST without the session's CSRF token → 403.
struct RequireLogin: RouterMiddleware {
    typealias Context = WorkbenchContext
    let pages: Pages

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let session = context.session else { return Reply.redirect("/login") }
        if request.method == .post {
            guard let token = context.form["csrf"], Passwords.constantTimeEqual(token, session.csrfToken) else {
                return pages.csrfRefused(context)
            }
        }
        if session.account.mustChangePassword && !["/password", "/logout"].contains(request.uri.path) {
            return Reply.redirect("/password")
        }
        return try await next(request, context)
    }
}

/// Lets only the given roles through (403 for the others).
struct RequireRole: RouterMiddleware {
    typealias Context = WorkbenchContext
    let roles: Set<String>
    let pages: Pages

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let role = context.account?.role, roles.contains(role) else { return pages.forbidden(context) }
        return try await next(request, context)
    }
}

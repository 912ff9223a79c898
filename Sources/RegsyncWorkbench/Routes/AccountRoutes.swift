import Hummingbird
import Logging
import RegsyncStore

/// Login, logout and the steward's own password.
extension Handlers {
    /// The login form. Its token (double-submitted: in the form and in a cookie only this site
    /// sends) keeps another site from logging a browser into an account of its choosing.
    func loginPage(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        if context.session != nil { return Reply.redirect("/queue") }
        return loginForm(context, name: "", error: nil, status: .ok)
    }

    func loginForm(_ context: WorkbenchContext, name: String, error: String?, status: HTTPResponse.Status) -> Response {
        let token = Passwords.token()
        var response = pages.render(
            "login", title: pages.text("login_title", context), context,
            ["loginToken": token, "name": name].merging(error.map { ["error": $0] } ?? [:]) { $1 }, status: status)
        response.setCookie(Reply.cookie(Cookies.login, token, path: "/login"))
        return response
    }

    func login(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        guard let expected = request.cookies[Cookies.login]?.value, let token = context.form["csrf"],
            Passwords.constantTimeEqual(token, expected)
        else { return pages.csrfRefused(context) }
        let name = (context.form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = context.form["password"] ?? ""
        guard StewardAccounts.isValidName(name), !password.isEmpty, password.utf8.count <= 1024 else {
            return loginForm(context, name: "", error: pages.text("login_refused", context), status: .unauthorized)
        }
        let lockAfter = configuration.lockAfter
        let lockSeconds = configuration.lockSeconds
        let sessionSeconds = configuration.sessionSeconds
        let session = Passwords.token()
        let csrf = Passwords.token()
        let outcome = try await database.run { connection in
            var accounts = StewardAccounts(connection: connection)
            accounts.lockAfter = lockAfter
            accounts.lockSeconds = lockSeconds
            let outcome = try accounts.login(name: name, password: password)
            if case .accepted(let account) = outcome {
                try StewardAccountStore(connection: connection).createSession(
                    tokenSHA256: Passwords.digest(session), steward: account.name, csrfToken: csrf,
                    lifetimeSeconds: sessionSeconds)
            }
            return outcome
        }
        switch outcome {
        case .accepted(let account):
            logger.info("steward logged in", metadata: ["workbench.role": "\(account.role)"])
            var response = Reply.redirect(account.mustChangePassword ? "/password" : "/queue")
            response.setCookie(Reply.cookie(Cookies.session, session))
            response.setCookie(Reply.cookie(Cookies.login, "", path: "/login", maxAge: 0))
            return response
        case .refused(let failures):
            logger.notice("login refused", metadata: ["workbench.failures": "\(failures)"])
            return loginForm(context, name: name, error: pages.text("login_refused", context), status: .unauthorized)
        case .locked:
            logger.warning("login refused: the name is locked after repeated failures")
            return loginForm(context, name: name, error: pages.text("login_locked", context), status: .tooManyRequests)
        }
    }

    func logout(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        if let digest = context.session?.tokenSHA256 {
            try await database.run { try StewardAccountStore(connection: $0).deleteSession(tokenSHA256: digest) }
        }
        var response = Reply.redirect("/login")
        response.setCookie(Reply.cookie(Cookies.session, "", maxAge: 0))
        return response
    }

    func passwordPage(_ context: WorkbenchContext, error: String? = nil, status: HTTPResponse.Status = .ok) -> Response
    {
        pages.render(
            "password", title: pages.text("password_title", context), context, error.map { ["error": $0] } ?? [:],
            status: status)
    }

    /// Replaces the password (the one-time one at first login); the other sessions end.
    func setPassword(_ context: WorkbenchContext) async throws -> Response {
        guard let session = context.session else { return Reply.redirect("/login") }
        let password = context.form["password"] ?? ""
        guard password == context.form["again"] else {
            return passwordPage(context, error: pages.text("password_mismatch", context), status: .badRequest)
        }
        if let problem = Passwords.problem(with: password, name: session.account.name) {
            return passwordPage(context, error: pages.text("password_" + problem, context), status: .badRequest)
        }
        let account = session.account
        let saved = try await database.run { connection -> Bool in
            if Passwords.verify(password, hash: account.passwordHash) { return false }
            try StewardAccountStore(connection: connection).setPassword(
                name: account.name, passwordHash: Passwords.hash(password), keepingSession: session.tokenSHA256)
            return true
        }
        guard saved else {
            return passwordPage(context, error: pages.text("password_same", context), status: .badRequest)
        }
        return Reply.redirect("/queue")
    }
}

import Hummingbird

/// Renders whole pages for a request (its language, steward and form token) as responses.
struct Pages: Sendable {
    let renderer: PageRenderer

    func frame(_ context: WorkbenchContext) -> PageRenderer.Frame {
        PageRenderer.Frame(
            language: context.language, account: context.account.map { ($0.name, $0.role) },
            csrf: context.session?.csrfToken, path: context.path,
            query: context.query.pairs.map { ($0.name, $0.value) })
    }

    /// The label of `key` in the request's language.
    func text(_ key: String, _ context: WorkbenchContext) -> String {
        Labels.texts(context.language)[key] ?? key
    }

    func render(
        _ template: String, title: String, _ context: WorkbenchContext, _ values: [String: Any],
        status: HTTPResponse.Status = .ok
    ) -> Response {
        Reply.html(renderer.render(template, title: title, frame: frame(context), values), status: status)
    }

    func message(
        _ status: HTTPResponse.Status, title: String, text: String, _ context: WorkbenchContext
    ) -> Response {
        render("message", title: title, context, ["text": text], status: status)
    }

    func forbidden(_ context: WorkbenchContext) -> Response {
        message(.forbidden, title: text("forbidden_title", context), text: text("forbidden", context), context)
    }

    func csrfRefused(_ context: WorkbenchContext) -> Response {
        message(.forbidden, title: text("csrf_title", context), text: text("csrf", context), context)
    }

    func notFound(_ context: WorkbenchContext) -> Response {
        message(.notFound, title: "404", text: text("not_found", context), context)
    }
}

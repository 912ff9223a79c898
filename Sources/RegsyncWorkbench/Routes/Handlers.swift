import Hummingbird
import Logging
import RegsyncStore

/// The workbench's route handlers and what they share. One file per group of routes:
/// accounts (login, logout, password), the review queue, the pair page and decisions, the
/// pending changes.
struct Handlers: Sendable {
    let database: WorkbenchDatabase
    let pages: Pages
    let configuration: WorkbenchServer.Configuration
    let logger: Logger
    /// The queue's tallies, shared by every request.
    let tallies = TallyCache()

    /// Builds the router: the session middleware on every route, then the public routes (login,
    /// static files), the routes for any logged-in steward, and the approvers' routes.
    func router() -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.add(
            middleware: SessionMiddleware(database: database, pages: pages, idleSeconds: configuration.idleSeconds))
        router.get("/static/:file") { _, context in staticFile(context) }
        router.get("/login") { request, context in try await loginPage(request, context) }
        router.post("/login") { request, context in try await login(request, context) }
        let stewards = router.group().add(middleware: RequireLogin(pages: pages))
        stewards.get("/") { _, _ in Reply.redirect("/queue") }
        stewards.post("/logout") { request, context in try await logout(request, context) }
        stewards.get("/password") { _, context in passwordPage(context) }
        stewards.post("/password") { _, context in try await setPassword(context) }
        stewards.get("/queue") { _, context in try await queuePage(context) }
        stewards.get("/pair") { _, context in try await pairPage(context) }
        stewards.post("/pair/decide") { _, context in try await decide(context) }
        stewards.get("/next") { _, context in try await next(context) }
        let approvers = stewards.group("/changes").add(
            middleware: RequireRole(roles: ["approver"], pages: pages))
        approvers.get { _, context in try await changesPage(context) }
        approvers.post("/decide") { _, context in try await decideChanges(context) }
        return router
    }

    func staticFile(_ context: WorkbenchContext) -> Response {
        guard let name = context.parameters.get("file"), let file = StaticAssets.files[name] else {
            return pages.notFound(context)
        }
        return Response(
            status: .ok, headers: [.contentType: file.type, .cacheControl: "private, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: file.body)))
    }

    /// Whether the steward may see DV-protected residents' addresses.
    func reveals(_ context: WorkbenchContext) -> Bool { context.account?.role == "dv-officer" }
}

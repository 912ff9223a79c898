import Hummingbird
import RegsyncStore

/// What the workbench knows about a request once its middleware ran: the page language, the
/// steward's session (nil when not logged in) and the form fields of a POST.
public struct WorkbenchContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    var language: Language = .japanese
    var session: StewardAccountStore.Session?
    var form: FormFields = FormFields()
    /// The request's path and query (for links back to the same page, in another language).
    var path = "/"
    var query = FormFields()

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// The logged-in account (the middleware lets no request without one reach a page that needs it).
    var account: StewardAccountStore.Account? { session?.account }
}

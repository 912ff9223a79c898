import Foundation
import Mustache

/// Renders the workbench's pages from Mustache templates (Swift string literals, so the
/// installed binary carries them). Text is escaped by the templates; the few fragments built
/// as HTML in Swift (marked differences, inline SVG) escape their text when built and are
/// inserted raw.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in Templates.all {
            library.register(try MustacheTemplate(string: text), named: name)
        }
        self.library = library
    }

    /// What every page shows around its content: the language, the steward and the form token.
    struct Frame {
        var language: Language
        var account: (name: String, role: String)?
        var csrf: String?
        /// The current path and query, to switch language in place.
        var path: String
        var query: [(String, String?)]
    }

    /// The page `template` with `values`, inside the common frame.
    func render(_ template: String, title: String, frame: Frame, _ values: [String: Any]) -> String {
        let texts = Labels.texts(frame.language)
        let other: Language = frame.language == .japanese ? .english : .japanese
        var context: [String: Any] = [
            "t": texts, "lang": frame.language.rawValue, "title": title,
            "switchHref": frame.path + "?"
                + FormFields.query(frame.query.filter { $0.0 != "lang" } + [("lang", other.rawValue)]),
            "csrf": frame.csrf ?? "",
        ]
        if let account = frame.account {
            context["user"] = [
                "name": account.name, "role": texts["role_" + account.role] ?? account.role,
                "approver": account.role == "approver",
            ]
        }
        context.merge(values) { $1 }
        return library.render(context, withTemplate: template) ?? ""
    }
}

/// The language of the pages: Japanese unless the steward asks for English (`?lang=en`, kept
/// in a cookie) or the browser's `Accept-Language` prefers it to Japanese.
enum Language: String, Sendable {
    case japanese = "ja"
    case english = "en"

    /// The language for a request: the `lang` query value, else the cookie, else the browser's
    /// preference, else Japanese.
    static func negotiate(query: String?, cookie: String?, acceptLanguage: String?) -> Language {
        if let query, let language = Language(rawValue: query) { return language }
        if let cookie, let language = Language(rawValue: cookie) { return language }
        return acceptLanguage.map(preferred) ?? .japanese
    }

    /// The first of Japanese and English by `Accept-Language` quality (ties: the earlier one).
    static func preferred(_ header: String) -> Language {
        var best: (language: Language, quality: Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            let language: Language? =
                tag == "ja" || tag.hasPrefix("ja-") ? .japanese : tag == "en" || tag.hasPrefix("en-") ? .english : nil
            guard let language, quality > 0 else { continue }
            if best == nil || quality > best!.quality { best = (language, quality) }
        }
        return best?.language ?? .japanese
    }
}

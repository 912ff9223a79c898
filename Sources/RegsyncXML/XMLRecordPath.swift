/// The path that selects record elements: each step a local name, optionally with a
/// namespace URI. The steps match the record element and its nearest ancestors.
struct XMLRecordPath: Sendable, Hashable {
    struct Step: Sendable, Hashable {
        var localName: String
        /// `nil`: any namespace; `""`: no namespace; otherwise the namespace URI.
        var namespaceURI: String?

        func matches(localName: String, namespaceURI: String?) -> Bool {
            guard localName == self.localName else { return false }
            guard let expected = self.namespaceURI else { return true }
            return expected == (namespaceURI ?? "")
        }
    }

    var steps: [Step]

    /// Parses steps written `local`, `{uri}local` (`{}local` for no namespace) or
    /// `prefix:local` with the prefix looked up in `namespaces`.
    init(_ steps: [String], namespaces: [String: String]) throws(XMLReaderError) {
        guard !steps.isEmpty else {
            throw XMLReaderError(kind: .invalidConfiguration, message: "the record path is empty")
        }
        var parsed: [Step] = []
        for step in steps {
            if step.hasPrefix("{") {
                guard let close = step.firstIndex(of: "}") else {
                    throw XMLReaderError(
                        kind: .invalidConfiguration, message: "record path step \(step) has no closing brace")
                }
                let uri = String(step[step.index(after: step.startIndex)..<close])
                parsed.append(Step(localName: String(step[step.index(after: close)...]), namespaceURI: uri))
            } else if let colon = step.firstIndex(of: ":") {
                let prefix = String(step[..<colon])
                guard let uri = namespaces[prefix] else {
                    throw XMLReaderError(
                        kind: .invalidConfiguration, message: "record path prefix \(prefix) is not in the namespaces")
                }
                parsed.append(Step(localName: String(step[step.index(after: colon)...]), namespaceURI: uri))
            } else {
                parsed.append(Step(localName: step, namespaceURI: nil))
            }
            if parsed.last!.localName.isEmpty {
                throw XMLReaderError(kind: .invalidConfiguration, message: "record path step \(step) has no name")
            }
        }
        self.steps = parsed
    }
}

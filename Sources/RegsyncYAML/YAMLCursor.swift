import Yams

/// One thing wrong with a configuration or mapping file, named by its YAML key path
/// (`fields.birth_date.transforms[1]`) and its line in the file.
public struct ConfigProblem: Sendable, Hashable, CustomStringConvertible {
    public let keyPath: String
    public let line: Int?
    public let message: String

    public init(keyPath: String, line: Int?, message: String) {
        self.keyPath = keyPath
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = keyPath.isEmpty ? "(top level)" : keyPath
        return line.map { "line \($0): \(place): \(message)" } ?? "\(place): \(message)"
    }
}

/// The problems found in one YAML document. Problems are collected, not thrown, so that
/// one pass over a file reports all of them.
public final class YAMLProblems {
    public private(set) var list: [ConfigProblem] = []

    public init() {}

    public func add(_ cursor: YAMLCursor, _ message: String) {
        list.append(ConfigProblem(keyPath: cursor.path, line: cursor.line, message: message))
    }
}

/// A position in a parsed YAML document that knows its key path, so that every problem
/// found while reading it can name where it is.
public struct YAMLCursor {
    public let node: Node?
    public let path: String
    public let problems: YAMLProblems

    /// The root of a document (`node` nil for an empty one).
    public init(node: Node?, path: String = "", problems: YAMLProblems) {
        self.node = node
        self.path = path
        self.problems = problems
    }

    public var line: Int? {
        switch node {
        case .scalar(let scalar): scalar.mark?.line
        case .mapping(let mapping): mapping.mark?.line
        case .sequence(let sequence): sequence.mark?.line
        case .alias(let alias): alias.mark?.line
        case nil: nil
        }
    }

    public var isMissing: Bool { node == nil }

    public func child(_ key: String) -> YAMLCursor {
        let value = node?.mapping?[key]
        return YAMLCursor(node: value, path: path.isEmpty ? key : "\(path).\(key)", problems: problems)
    }

    /// The keys of a mapping node, in document order (empty for other nodes).
    public var keys: [String] { node?.mapping?.keys.compactMap { $0.string } ?? [] }

    /// The key/value pairs of a mapping node, in document order.
    public var entries: [(key: String, value: YAMLCursor)] {
        guard let mapping = node?.mapping else { return [] }
        return mapping.compactMap { pair in
            guard let key = pair.key.string else { return nil }
            return (key, YAMLCursor(node: pair.value, path: path.isEmpty ? key : "\(path).\(key)", problems: problems))
        }
    }

    /// The elements of a sequence node.
    public var elements: [YAMLCursor] {
        guard let sequence = node?.sequence else { return [] }
        return sequence.enumerated().map { YAMLCursor(node: $1, path: "\(path)[\($0)]", problems: problems) }
    }

    public var isMapping: Bool { node?.mapping != nil }
    public var isSequence: Bool { node?.sequence != nil }
    public var isScalar: Bool { node?.scalar != nil }

    /// Reports keys of a mapping that are not in `allowed` (typos must not pass silently).
    public func rejectUnknownKeys(_ allowed: Set<String>) {
        guard let mapping = node?.mapping else { return }
        for (key, _) in mapping {
            guard let name = key.string else {
                problems.add(self, "keys must be strings")
                continue
            }
            if !allowed.contains(name) {
                let suggestion = allowed.sorted().min { distance($0, name) < distance($1, name) }
                let hint = suggestion.map { distance($0, name) <= 3 ? " (did you mean '\($0)'?)" : "" } ?? ""
                problems.add(
                    child(name), "unknown key '\(name)'\(hint); allowed: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    /// A string scalar, or a problem if present with another shape.
    public func string(required: Bool = false) -> String? {
        guard let node else {
            if required { problems.add(self, "is required") }
            return nil
        }
        guard let scalar = node.scalar else {
            problems.add(self, "must be a text value")
            return nil
        }
        return scalar.string
    }

    public func bool(default value: Bool) -> Bool {
        guard let node else { return value }
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            problems.add(self, "must be true or false")
            return value
        }
    }

    public func int() -> Int? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, let value = Int(text) else {
            problems.add(self, "must be a whole number")
            return nil
        }
        return value
    }

    /// A number (integer or decimal), or a problem if present with another shape.
    public func double() -> Double? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, let value = Double(text), value.isFinite else {
            problems.add(self, "must be a number")
            return nil
        }
        return value
    }

    /// A list of strings; a single scalar counts as a one-element list.
    public func strings() -> [String]? {
        guard let node else { return nil }
        if let scalar = node.scalar { return [scalar.string] }
        guard node.sequence != nil else {
            problems.add(self, "must be a list of text values")
            return nil
        }
        return elements.compactMap { $0.string() }
    }

    public func fail(_ message: String) { problems.add(self, message) }

    private func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

import RegsyncCore

/// One thing wrong with a mapping file, named by its YAML key path
/// (`fields.birth_date.transforms[1]`) and its line in the file.
public struct MappingProblem: Sendable, Hashable, CustomStringConvertible {
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

/// A mapping file that cannot be used, with every problem found in it.
public struct MappingError: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    public let file: String
    public let problems: [MappingProblem]

    public init(file: String, problems: [MappingProblem]) {
        self.file = file
        self.problems = problems
    }

    public var outcome: Outcome { .configuration }

    public var description: String {
        "\(file): \(problems.count) problem(s): " + problems.map(\.description).joined(separator: "; ")
    }
}

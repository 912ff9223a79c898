import RegsyncCore
import RegsyncYAML

/// One thing wrong with a mapping file, named by its YAML key path and its line.
public typealias MappingProblem = ConfigProblem

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

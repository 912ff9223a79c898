/// Where in an input something was found: file, physical line (1-based), optional
/// column, and the canonical field or source column involved.
///
/// A location never carries the value itself, so it is always safe to log.
public struct InputLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var field: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
    }

    /// `file:line:column` with the parts that are known.
    public var position: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }

    public var description: String {
        field.map { "\(position) [\($0)]" } ?? position
    }
}

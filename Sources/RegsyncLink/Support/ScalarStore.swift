/// The text of many short values (names, readings) as UTF-32 code points in one flat
/// buffer, addressed by ``Span``: a million names cost a few megabytes and no reference
/// counting, and similarity measures read them without building a `String`.
public struct ScalarStore: Sendable {
    /// Where one value's scalars are in the buffer.
    public struct Span: Sendable, Hashable {
        public var start: UInt32
        public var count: UInt16

        /// No value.
        public static let none = Span(start: 0, count: 0)

        public var isEmpty: Bool { count == 0 }
    }

    private(set) var scalars: [UInt32] = []

    public init() {}

    /// Stores `text` and returns its span (empty text gives ``Span/none``).
    public mutating func append(_ text: String) -> Span {
        guard !text.isEmpty else { return .none }
        let start = scalars.count
        for scalar in text.unicodeScalars { scalars.append(scalar.value) }
        return Span(start: UInt32(start), count: UInt16(min(scalars.count - start, Int(UInt16.max))))
    }

    /// Stores scalars and returns their span.
    public mutating func append<C: Collection>(scalars values: C) -> Span where C.Element == UInt32 {
        guard !values.isEmpty else { return .none }
        let start = scalars.count
        scalars.append(contentsOf: values)
        return Span(start: UInt32(start), count: UInt16(min(scalars.count - start, Int(UInt16.max))))
    }

    /// The scalars of a span.
    public subscript(span: Span) -> ArraySlice<UInt32> {
        let start = Int(span.start)
        return scalars[start..<start + Int(span.count)]
    }

    /// The text of a span.
    public func string(_ span: Span) -> String {
        var out = String.UnicodeScalarView()
        for value in self[span] {
            if let scalar = Unicode.Scalar(value) { out.append(scalar) }
        }
        return String(out)
    }

    /// Frees unused capacity once all values are stored.
    public mutating func shrink() {
        scalars = Array(scalars)
    }
}

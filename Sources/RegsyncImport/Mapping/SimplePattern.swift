/// A small matcher for the regular expressions mapping files usually contain — literal
/// characters, classes (`[A-Z0-9-]`, `[^…]`, `\d`, `\w`, `\s`, `.`), groups with
/// alternatives (`(01|11|12)`) and quantifiers (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`) —
/// matched against a whole value by backtracking. It runs about ten times faster than
/// NSRegularExpression on short values; a pattern outside this subset is left to
/// NSRegularExpression (``compile(_:)`` returns nil).
struct SimplePattern: Sendable {
    indirect enum Node: Sendable {
        case set(ScalarSet)
        case group([[Node]])
        case repeated(Node, min: Int, max: Int)
    }

    /// A set of scalars: ranges and Unicode classes, possibly negated.
    struct ScalarSet: Sendable {
        var ranges: [ClosedRange<UInt32>]
        var classes: [UnicodeClass] = []
        var negated: Bool

        func contains(_ scalar: UInt32) -> Bool {
            var found = false
            for range in ranges where range.contains(scalar) {
                found = true
                break
            }
            if !found { found = classes.contains { $0.contains(scalar) } }
            return found != negated
        }

        // The escapes mean what they mean in ICU, which NSRegularExpression uses: Unicode
        // digits, word characters and white space, not only their ASCII subsets.
        static let digit = ScalarSet(ranges: [], classes: [.digit], negated: false)
        static let word = ScalarSet(ranges: [], classes: [.word], negated: false)
        static let space = ScalarSet(ranges: [], classes: [.space], negated: false)
        static let any = ScalarSet(ranges: [], classes: [.lineTerminator], negated: true)
    }

    /// The Unicode classes behind `\d`, `\w`, `\s` and `.`, as ICU defines them.
    enum UnicodeClass: Sendable {
        /// `\d`: \p{Nd}.
        case digit
        /// `\w`: [\p{Alphabetic}\p{Mark}\p{Nd}\p{Pc}\u200C\u200D].
        case word
        /// `\s`: \p{White_Space}.
        case space
        /// What `.` does not match: \n, \v, \f, \r, U+0085, U+2028, U+2029.
        case lineTerminator

        func contains(_ value: UInt32) -> Bool {
            if value < 0x80 {
                switch self {
                case .digit: return (0x30...0x39).contains(value)
                case .word:
                    return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
                        || (0x61...0x7A).contains(value) || value == 0x5F
                case .space: return (0x09...0x0D).contains(value) || value == 0x20
                case .lineTerminator: return (0x0A...0x0D).contains(value)
                }
            }
            guard let scalar = Unicode.Scalar(value) else { return false }
            let properties = scalar.properties
            switch self {
            case .digit: return properties.generalCategory == .decimalNumber
            case .word:
                if value == 0x200C || value == 0x200D || properties.isAlphabetic { return true }
                switch properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
                default: return false
                }
            case .space: return properties.isWhitespace
            case .lineTerminator: return value == 0x85 || value == 0x2028 || value == 0x2029
            }
        }
    }

    let alternatives: [[Node]]
    /// The pattern as a run of ASCII classes, when it is one (see ``ASCIIRun``).
    let asciiRun: [ASCIIRun.Step]?

    init(alternatives: [[Node]]) {
        self.alternatives = alternatives
        asciiRun = ASCIIRun.steps(of: alternatives)
    }

    /// Compiles `source`, or returns nil when it uses anything outside the subset.
    static func compile(_ source: String) -> SimplePattern? {
        var parser = Parser(scalars: Array(source.unicodeScalars))
        guard let alternatives = parser.parseAlternatives(), parser.index == parser.scalars.count else { return nil }
        return SimplePattern(alternatives: alternatives)
    }

    /// True when the whole of `text` matches. ASCII text (the usual case: codes, numbers)
    /// is matched on its bytes without copying.
    func matches(_ text: String) -> Bool {
        var text = text
        let ascii = text.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? matches(ascii: bytes) : nil
        }
        if let ascii { return ascii }
        let scalars = text.unicodeScalars.map(\.value)
        return matchesWhole(Scalars(count: scalars.count) { scalars[$0] })
    }

    /// A pattern that is one sequence of classes, each repeated (`[A-Z0-9][A-Z0-9-]{3,24}`,
    /// `[0-9]{7}`), matched on ASCII bytes with bit sets: the general matcher's closures
    /// and recursion (and their reference counting) cost more than the rest of a field
    /// for the usual code and number patterns.
    enum ASCIIRun {
        /// One class, as a bit set of the ASCII bytes it contains, repeated `min...max` times.
        struct Step {
            let low: UInt64
            let high: UInt64
            let min: Int
            let max: Int

            @inline(__always)
            func contains(_ byte: UInt8) -> Bool {
                byte < 64 ? low >> byte & 1 != 0 : high >> (byte &- 64) & 1 != 0
            }
        }

        /// The steps of a pattern of one alternative without groups, or nil.
        static func steps(of alternatives: [[Node]]) -> [Step]? {
            guard alternatives.count == 1 else { return nil }
            var steps: [Step] = []
            for node in alternatives[0] {
                switch node {
                case .set(let set): steps.append(step(set, 1, 1))
                case .repeated(.set(let set), let minimum, let maximum): steps.append(step(set, minimum, maximum))
                default: return nil
                }
            }
            return steps
        }

        private static func step(_ set: ScalarSet, _ minimum: Int, _ maximum: Int) -> Step {
            // Taken from the set itself, so the bits mean exactly what `contains` says.
            var low: UInt64 = 0
            var high: UInt64 = 0
            for byte in 0..<128 as Range<UInt32> where set.contains(byte) {
                if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
            }
            return Step(low: low, high: high, min: minimum, max: maximum)
        }

        /// Whether all of `bytes` (ASCII, at most 63) match `steps`: the set of positions
        /// reachable after each step, as bits, as a backtracking matcher would find them.
        static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ steps: UnsafeBufferPointer<Step>) -> Bool {
            let count = bytes.count
            var reachable: UInt64 = 1
            for step in steps {
                var next: UInt64 = 0
                var pending = reachable
                while pending != 0 {
                    let start = pending.trailingZeroBitCount
                    pending &= pending &- 1
                    if step.min == 0 { next |= 1 << start }
                    var position = start
                    while position < count && position - start < step.max && step.contains(bytes[position]) {
                        position += 1
                        if position - start >= step.min { next |= 1 << position }
                    }
                }
                if next == 0 { return false }
                reachable = next
            }
            return reachable >> count & 1 != 0
        }
    }

    /// True when the whole of `bytes`, which must be ASCII, matches (as ``matches(_:)``
    /// does for an ASCII string).
    func matches(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let asciiRun, bytes.count < 64 {
            return asciiRun.withUnsafeBufferPointer { ASCIIRun.matches(bytes, $0) }
        }
        return matchesWhole(Scalars(count: bytes.count) { UInt32(bytes[$0]) })
    }

    /// The text being matched, as scalar values by position.
    struct Scalars {
        let count: Int
        let at: (Int) -> UInt32
        subscript(_ index: Int) -> UInt32 { at(index) }
    }

    private func matchesWhole(_ scalars: Scalars) -> Bool {
        alternatives.contains { sequence in
            match(sequence[...], scalars, 0) { $0 == scalars.count }
        }
    }

    private func match(
        _ nodes: ArraySlice<Node>, _ scalars: Scalars, _ position: Int, _ rest: (Int) -> Bool
    ) -> Bool {
        guard let node = nodes.first else { return rest(position) }
        let remaining = nodes.dropFirst()
        return matchNode(node, scalars, position) { next in match(remaining, scalars, next, rest) }
    }

    private func matchNode(
        _ node: Node, _ scalars: Scalars, _ position: Int, _ rest: (Int) -> Bool
    ) -> Bool {
        switch node {
        case .set(let set):
            guard position < scalars.count, set.contains(scalars[position]) else { return false }
            return rest(position + 1)
        case .group(let alternatives):
            return alternatives.contains { match($0[...], scalars, position, rest) }
        case .repeated(let inner, let minimum, let maximum):
            if case .set(let set) = inner {
                // Greedy run of a single class, then give back one at a time.
                var end = position
                while end < scalars.count, end - position < maximum, set.contains(scalars[end]) { end += 1 }
                guard end - position >= minimum else { return false }
                var count = end - position
                while count >= minimum {
                    if rest(position + count) { return true }
                    count -= 1
                }
                return false
            }
            return repeatNode(inner, minimum, maximum, 0, scalars, position, rest)
        }
    }

    private func repeatNode(
        _ node: Node, _ minimum: Int, _ maximum: Int, _ done: Int, _ scalars: Scalars, _ position: Int,
        _ rest: (Int) -> Bool
    ) -> Bool {
        if done < maximum {
            // An empty iteration can only help to reach the minimum (`(a|)+`, `(a*){2}`
            // match ""); beyond it, it would loop without consuming anything.
            let more = matchNode(node, scalars, position) { next in
                (next > position || done < minimum) && repeatNode(node, minimum, maximum, done + 1, scalars, next, rest)
            }
            if more { return true }
        }
        return done >= minimum && rest(position)
    }

    /// A recursive-descent parser for the subset.
    struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func parseAlternatives() -> [[Node]]? {
            var alternatives: [[Node]] = []
            var current: [Node] = []
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "|" {
                    alternatives.append(current)
                    current = []
                    index += 1
                    continue
                }
                if scalar == ")" { break }
                guard var atom = parseAtom() else { return nil }
                if let (minimum, maximum) = parseQuantifier() {
                    if minimum == -1 { return nil }
                    atom = .repeated(atom, min: minimum, max: maximum)
                }
                current.append(atom)
            }
            alternatives.append(current)
            return alternatives
        }

        mutating func parseAtom() -> Node? {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "(":
                if index < scalars.count, scalars[index] == "?" { return nil }  // (?:…), lookarounds
                guard let alternatives = parseAlternatives(), index < scalars.count, scalars[index] == ")" else {
                    return nil
                }
                index += 1
                return .group(alternatives)
            case "[": return parseClass().map { .set($0) }
            case ".": return .set(.any)
            case "\\": return parseEscape().map { .set($0) }
            case "^", "$", "*", "+", "?", "{", "}", "]", ")": return nil
            default: return .set(ScalarSet(ranges: [scalar.value...scalar.value], negated: false))
            }
        }

        mutating func parseEscape() -> ScalarSet? {
            guard index < scalars.count else { return nil }
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "d": return .digit
            case "w": return .word
            case "s": return .space
            case ".", "-", "\\", "/", "(", ")", "[", "]", "{", "}", "|", "+", "*", "?", "^", "$":
                return ScalarSet(ranges: [scalar.value...scalar.value], negated: false)
            default: return nil
            }
        }

        mutating func parseClass() -> ScalarSet? {
            var set = ScalarSet(ranges: [], negated: false)
            if index < scalars.count, scalars[index] == "^" {
                set.negated = true
                index += 1
            }
            var first = true
            while index < scalars.count {
                var scalar = scalars[index]
                if scalar == "]" && !first {
                    index += 1
                    return set.ranges.isEmpty && set.classes.isEmpty ? nil : set
                }
                first = false
                index += 1
                if scalar == "\\" {
                    guard let escaped = parseEscape() else { return nil }
                    if !escaped.classes.isEmpty {
                        set.classes += escaped.classes
                        continue
                    }
                    scalar = Unicode.Scalar(escaped.ranges[0].lowerBound)!
                } else if scalar == "[" {
                    return nil  // POSIX classes and nested sets
                }
                if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
                    var upper = scalars[index + 1]
                    index += 2
                    if upper == "\\" {
                        guard index < scalars.count else { return nil }
                        upper = scalars[index]
                        index += 1
                    }
                    guard upper.value >= scalar.value else { return nil }
                    set.ranges.append(scalar.value...upper.value)
                } else {
                    set.ranges.append(scalar.value...scalar.value)
                }
            }
            return nil
        }

        /// `(min, max)`, `(-1, _)` for a malformed quantifier, nil when there is none.
        mutating func parseQuantifier() -> (Int, Int)? {
            guard index < scalars.count else { return nil }
            var result: (Int, Int)
            switch scalars[index] {
            case "?": result = (0, 1)
            case "*": result = (0, Int.max)
            case "+": result = (1, Int.max)
            case "{":
                var text = ""
                var end = index + 1
                while end < scalars.count, scalars[end] != "}" {
                    text.unicodeScalars.append(scalars[end])
                    end += 1
                }
                guard end < scalars.count else { return (-1, 0) }
                let parts = text.split(separator: ",", omittingEmptySubsequences: false)
                guard let minimum = Int(parts[0]) else { return (-1, 0) }
                var maximum = minimum
                if parts.count == 2 { maximum = parts[1].isEmpty ? Int.max : (Int(parts[1]) ?? -1) }
                guard parts.count <= 2, maximum >= minimum else { return (-1, 0) }
                index = end
                result = (minimum, maximum)
            default:
                return nil
            }
            index += 1
            // A lazy or possessive suffix changes semantics: leave it to NSRegularExpression.
            if index < scalars.count, scalars[index] == "?" || scalars[index] == "+" { return (-1, 0) }
            return result
        }
    }
}

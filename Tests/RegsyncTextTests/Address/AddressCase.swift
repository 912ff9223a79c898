import Testing

@testable import RegsyncText

/// One table row: an input line and the expected parts as
/// `prefecture|municipality|town|chome|ban|go|rest` (empty = null), readable as a spec.
struct AddressCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String

    init(_ input: String, _ expected: String) {
        self.input = input
        self.expected = expected
    }

    var testDescription: String { "\(input) → \(expected)" }

    /// The seven compared parts of a result in the table's notation.
    static func summary(of address: NormalizedAddress) -> String {
        [
            address.prefecture, address.municipality, address.town, address.chome.map(String.init), address.ban,
            address.go, address.rest,
        ].map { $0 ?? "" }.joined(separator: "|")
    }
}

/// Two inputs that must (or must not) share a key.
struct AddressPair: Sendable, CustomTestStringConvertible {
    let first: String
    let second: String
    let why: String

    init(_ first: String, _ second: String, _ why: String) {
        self.first = first
        self.second = second
        self.why = why
    }

    var testDescription: String { "\(first) ⟷ \(second): \(why)" }
}

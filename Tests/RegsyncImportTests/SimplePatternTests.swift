import Foundation
import RegsyncCore
import Testing

@testable import RegsyncImport

/// The meaning a mapping's pattern has: the whole value matches (NSRegularExpression
/// anchored with `\A` and `\z`, which, unlike `^` and `$`, admit no trailing newline).
struct ReferencePattern {
    let expression: NSRegularExpression

    init(_ pattern: String) throws {
        expression = try NSRegularExpression(pattern: "\\A(?:\(pattern))\\z")
    }

    func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
    }
}

@Suite("SimplePattern agrees with NSRegularExpression")
struct SimplePatternTests {
    /// Every pattern of the shipped mappings.
    static let shippedPatterns: [String] = {
        let folder = packageRoot + "/mappings"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var patterns: Set<String> = []
        for name in names where name.hasSuffix(".yaml") {
            guard let file = try? MappingFile.load(path: folder + "/" + name) else { continue }
            for field in file.fields { if let pattern = field.pattern { patterns.insert(pattern.source) } }
        }
        return patterns.sorted()
    }()

    static let morePatterns = [
        "[A-Z0-9][A-Z0-9-]{3,24}", "[0-9]{7}", "(01|11|12)", "a+b*", "(ab|a)+c", "[^0-9]+", "\\d{2,}", "\\d+-\\d{4}",
        "[0-9]{3}-?[0-9]{4}", "(a|ab)(c|bcd)", "a?a?a?aaa", "(a*){2}", "(a|)+", "(|a)b", "x{0}y", "[a-c]?x{0,2}",
        ".*", ".+-.", "\\w+\\s\\w+", "[\\d\\-]+", "[-a]+", "[a-]+", "[^-a]", "[.]\\.", "\\(\\d\\)", "\\\\", "[ァ-ヶー]+",
        "[ぁ-ゖ]{1,3}", "[一-龠々]+", "(昭和|平成|令和)[0-9]{1,2}年", "a|b|", "(a|b)*c?", "(ab){1,2}", "((a|b)c)+",
        "\\s*", "[\\s\\w]+", "",
    ]

    static let allPatterns = Array(Set(shippedPatterns + morePatterns)).sorted()

    /// Characters to build inputs from: those of the pattern plus some that classes are
    /// easily wrong about (full-width and Arabic digits, line terminators, ideographic space).
    static func alphabet(for pattern: String) -> [Character] {
        var characters = Set(pattern.filter { !"[]()^{}|?*+\\".contains($0) })
        characters.formUnion([
            "a", "b", "c", "A", "Z", "0", "1", "7", "9", "-", "_", " ", "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}",
            "\u{A0}", "\u{2028}", "\u{3000}", "１", "٣", "ア", "あ", "ｱ", "髙", "é", "𠮷", ".",
        ])
        return characters.sorted()
    }

    @Test("the shipped mappings' patterns are all in the fast subset")
    func shippedPatternsCompile() {
        #expect(!Self.shippedPatterns.isEmpty)
        for pattern in Self.shippedPatterns {
            #expect(SimplePattern.compile(pattern) != nil, "\(pattern)")
        }
    }

    @Test("both agree on thousands of seeded random inputs", arguments: allPatterns)
    func agreesOnRandomInputs(pattern: String) throws {
        let simple = try #require(SimplePattern.compile(pattern), "\(pattern) is outside the subset")
        let alphabet = Self.alphabet(for: pattern)
        let reference = try ReferencePattern(pattern)
        var random = SplitMix64(state: pattern.utf8.reduce(20_250_101) { $0 &* 31 &+ UInt64($1) })
        var disagreements: [String] = []
        for round in 0..<3_000 {
            let length = round < 500 ? Int.random(in: 0...4, using: &random) : Int.random(in: 0...30, using: &random)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            if simple.matches(text) != reference.matches(text) { disagreements.append(text) }
        }
        // Strings the pattern should accept: built from its own literals are rare at random.
        for text in Self.likelyMatches(pattern) where simple.matches(text) != reference.matches(text) {
            disagreements.append(text)
        }
        #expect(disagreements.isEmpty, "\(pattern): \(disagreements.prefix(5).map(\.debugDescription))")
    }

    /// Inputs near the pattern's language: valid NTA codes, digit runs, and the like.
    static func likelyMatches(_ pattern: String) -> [String] {
        var texts = ["", "0", "01", "11", "99", "101", "499", "1234567", "123456", "1234567890123", "AB12-345"]
        texts += ["ab", "aab", "abc", "ababc", "abbbb", "bcd", "abcd", "aaa", "aaaaaa", "a b", "(1)", "\\", ".."]
        texts += ["昭和45年", "平成1年", "アイウ", "ー", "あいう", "一々", "x", "xx", "yx", "y", "c", "ac"]
        return texts + texts.map { $0 + "\n" } + texts.map { "\n" + $0 }
    }

    @Test(
        "class escapes and the dot mean what they mean in ICU for every BMP scalar",
        arguments: ["\\d", "\\w", "\\s", ".", "[\\d]", "[\\w-]", "[\\s]"])
    func classesOverTheBMP(pattern: String) throws {
        let simple = try #require(SimplePattern.compile(pattern))
        let reference = try ReferencePattern(pattern)
        var disagreements: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // Swift's and ICU's Unicode tables may be of different versions: compare the
            // scalars both know (assigned by Unicode 15).
            guard let age = scalar.properties.age, age.major < 15 || (age.major == 15 && age.minor == 0) else {
                continue
            }
            let text = String(Character(scalar))
            guard text.unicodeScalars.count == 1 else { continue }
            if simple.matches(text) != reference.matches(text) {
                disagreements.append(String(format: "U+%04X", value))
            }
        }
        #expect(disagreements.isEmpty, "\(pattern): \(disagreements.count) scalars, e.g. \(disagreements.prefix(8))")
    }

    @Test(
        "patterns outside the subset fall back to NSRegularExpression and still match the whole value",
        arguments: [
            ("(?:ab)+", ["ab", "abab"], ["", "aba", "ab\n"]),
            ("a*?b", ["b", "aab"], ["aa", "ab\n"]),
            ("\\p{Han}+", ["髙﨑", "山"], ["山a", "", "山\n"]),
            ("[[:digit:]]+", ["123"], ["12a", "12\n"]),
            ("(?i)abc", ["ABC", "abc"], ["abcd", "abc\n"]),
            ("\\D+", ["ab", "ab\n"], ["a1", ""]),
            ("(a)\\1", ["aa"], ["ab", "aa\n"]),
            ("[0-9]{3}(?=-)-[0-9]{4}", ["100-0013"], ["1000013", "100-0013\n"]),
            ("\\t", ["\t"], [" ", "\t\n"]),
        ] as [(String, [String], [String])])
    func fallback(pattern: String, accepted: [String], refused: [String]) throws {
        #expect(SimplePattern.compile(pattern) == nil, "\(pattern) should be outside the subset")
        let fieldPattern = try FieldPattern(pattern)
        for text in accepted {
            #expect(fieldPattern.matches(text), "\(pattern) should accept \(text.debugDescription)")
        }
        for text in refused {
            #expect(!fieldPattern.matches(text), "\(pattern) should refuse \(text.debugDescription)")
        }
    }

    @Test("a field pattern, fast or not, refuses a value with a trailing newline")
    func trailingNewline() throws {
        for pattern in ["[0-9]{7}", "(?:[0-9]{7})"] {
            let fieldPattern = try FieldPattern(pattern)
            #expect(fieldPattern.matches("1000013"))
            #expect(!fieldPattern.matches("1000013\n"), "\(pattern)")
            #expect(!fieldPattern.matches("1000013\r\n"), "\(pattern)")
        }
    }

    @Test("malformed patterns are refused by both", arguments: ["[A-Z", "(ab", "a{2,1}", "ab)", "*a", "[z-a]"])
    func malformed(pattern: String) {
        #expect(SimplePattern.compile(pattern) == nil)
        #expect(throws: (any Error).self) { try FieldPattern(pattern) }
    }
}

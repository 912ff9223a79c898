import Foundation
import RegsyncText

/// One step applied to a field's text, in the order the mapping lists them.
public enum ValueTransform: Sendable {
    /// Removes leading and trailing white space of any width.
    case trim
    /// NFKC-style width folding: full-width Latin and digits to ASCII, half-width kana to full-width.
    case foldWidth
    /// Turns every run of white space of any width into one ASCII space.
    case collapseSpaces
    /// Removes all white space.
    case removeSpaces
    case upper
    case lower
    /// Keeps digits only after width folding (drops hyphens, spaces and other separators).
    case digits
    /// Hiragana to katakana (readings).
    case katakana
    /// Parses a date in the listed notations and yields ISO `yyyy-mm-dd`.
    case date(DateParser)
    /// Replaces a code by its meaning through a table.
    case code(CodeTable)
    /// Keeps one part of a full name split on its first space (of any width).
    case splitName(NamePart)
    /// A value for an empty field.
    case defaultValue(String)
    /// Values that mean "no value" (`-`, `不明`, `0000-00-00`).
    case nullIf(Set<String>)
    /// Left-pads with zeros to a width (`1` → `01` for prefecture codes).
    case zeroPad(Int)

    /// Which part of a split name to keep.
    public enum NamePart: String, Sendable {
        case surname, given
    }

    /// Applies the transform; `nil` in or out means "no value". On failure `failure` is
    /// set (with the value still returned when the failure is only a warning).
    func apply(_ value: String?, failure: inout TransformFailure?) -> String? {
        switch result(value) {
        case .success(let output): return output
        case .failure(let problem):
            failure = problem
            return problem.value
        }
    }

    private func result(_ value: String?) -> Result<String?, TransformFailure> {
        switch self {
        case .defaultValue(let fallback):
            return .success((value?.isEmpty ?? true) ? fallback : value)
        default:
            break
        }
        guard let value else { return .success(nil) }
        switch self {
        case .trim:
            return .success(WhiteSpace.trimmed(value))
        case .foldWidth:
            return .success(CharacterFolding.foldWidth(value))
        case .collapseSpaces:
            return .success(WhiteSpace.collapsed(value))
        case .removeSpaces:
            return .success(WhiteSpace.collapsed(value, into: nil))
        case .upper:
            return .success(Self.isPlain(value, excluding: 0x61...0x7A) ? value : value.uppercased())
        case .lower:
            return .success(Self.isPlain(value, excluding: 0x41...0x5A) ? value : value.lowercased())
        case .digits:
            if value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) { return .success(value) }
            let folded = CharacterFolding.foldWidth(value)
            return .success(String(decoding: folded.utf8.filter { (0x30...0x39).contains($0) }, as: UTF8.self))
        case .katakana:
            return .success(CharacterFolding.katakana(value))
        case .date(let parser):
            if WhiteSpace.isBlank(value) { return .success(nil) }
            switch parser.parse(value) {
            case .success(let date):
                let warnings = date.warnings.map(\.code)
                if warnings.isEmpty { return .success(date.isoString) }
                return .failure(
                    TransformFailure(
                        reason: .date, code: "warning", message: "", warningCodes: warnings,
                        value: date.isoString))
            case .failure(let error):
                return .failure(TransformFailure(reason: .date, code: error.code.rawValue, message: error.message))
            }
        case .code(let table):
            return table.lookup(value)
        case .splitName(let part):
            let pieces = WhiteSpace.collapsed(value).split(separator: " ", maxSplits: 1)
            switch part {
            case .surname: return .success(pieces.first.map(String.init))
            case .given: return .success(pieces.count > 1 ? String(pieces[1]) : nil)
            }
        case .nullIf(let values):
            return .success(values.contains(value) ? nil : value)
        case .zeroPad(let width):
            // An empty value stays empty: padding it would invent a code ("00") from nothing.
            if value.isEmpty || value.count >= width { return .success(value) }
            return .success(String(repeating: "0", count: width - value.count) + value)
        case .defaultValue:
            return .success(value)
        }
    }
}

extension ValueTransform {
    /// True when `text` is ASCII without bytes in `range` (so case mapping changes nothing).
    static func isPlain(_ text: String, excluding range: ClosedRange<UInt8>) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && !range.contains($0) }
    }
}

/// Why a transform could not produce a value; `warningCodes` set means the value was
/// produced (in `value`) but carries warnings (e.g. a date past its era's end).
struct TransformFailure: Error, Sendable {
    let reason: RejectReasonCode
    let code: String
    let message: String
    var warningCodes: [String] = []
    var value: String?
}

/// The reason codes the mapper can give (a subset of the core's reject reasons).
enum RejectReasonCode: String {
    case date, code = "code_unknown"
}

/// A code table: source code → canonical value.
public struct CodeTable: Sendable {
    /// What to do with a code that is not in the table.
    public enum Unknown: String, Sendable {
        case reject, keep, null
    }

    public let name: String
    public let entries: [String: String]
    public let unknown: Unknown

    func lookup(_ value: String) -> Result<String?, TransformFailure> {
        let code = WhiteSpace.trimmed(value)
        if let mapped = entries[code] { return .success(mapped) }
        switch unknown {
        case .keep: return .success(value)
        case .null: return .success(nil)
        case .reject:
            return .failure(
                TransformFailure(reason: .code, code: "code_unknown", message: "not a code of table '\(name)'"))
        }
    }
}

/// A regular expression a field's value must match in full: the common subset runs on
/// ``SimplePattern``, anything else on NSRegularExpression.
public final class FieldPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as thread-safe.
    let expression: NSRegularExpression
    let simple: SimplePattern?
    public let source: String

    init(_ source: String) throws {
        self.source = source
        // \A and \z, not ^ and $: `$` also matches before a final newline, so "1000013\n"
        // would pass `[0-9]{7}`.
        expression = try NSRegularExpression(pattern: "\\A(?:\(source))\\z")
        simple = SimplePattern.compile(source)
    }

    func matches(_ value: String) -> Bool {
        if let simple { return simple.matches(value) }
        let range = NSRange(value.startIndex..<value.endIndex, in: value)
        return expression.firstMatch(in: value, range: range) != nil
    }
}

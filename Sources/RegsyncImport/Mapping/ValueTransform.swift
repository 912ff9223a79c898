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

    /// Applies the transform; `nil` in or out means "no value".
    func apply(_ value: String?) -> Result<String?, TransformFailure> {
        switch self {
        case .defaultValue(let fallback):
            return .success((value?.isEmpty ?? true) ? fallback : value)
        default:
            break
        }
        guard let value else { return .success(nil) }
        switch self {
        case .trim:
            return .success(value.trimmingCharacters(in: .whitespacesAndNewlines))
        case .foldWidth:
            return .success(CharacterFolding.foldWidth(value))
        case .collapseSpaces:
            let parts = value.split(whereSeparator: { $0.isWhitespace })
            return .success(parts.joined(separator: " "))
        case .removeSpaces:
            return .success(String(value.filter { !$0.isWhitespace }))
        case .upper:
            return .success(value.uppercased())
        case .lower:
            return .success(value.lowercased())
        case .digits:
            return .success(String(CharacterFolding.foldWidth(value).filter { $0.isASCII && $0.isNumber }))
        case .katakana:
            return .success(CharacterFolding.katakana(value))
        case .date(let parser):
            if value.allSatisfy({ $0.isWhitespace }) { return .success(nil) }
            switch parser.parse(value) {
            case .success(let date):
                let warnings = date.warnings.map(\.code)
                if warnings.isEmpty { return .success(date.isoString) }
                return .failure(TransformFailure(reason: .date, code: "warning", message: "", warningCodes: warnings,
                    value: date.isoString))
            case .failure(let error):
                return .failure(TransformFailure(reason: .date, code: error.code.rawValue, message: error.message))
            }
        case .code(let table):
            return table.lookup(value)
        case .splitName(let part):
            let pieces = value.split(maxSplits: 1, whereSeparator: { $0.isWhitespace })
            switch part {
            case .surname: return .success(pieces.first.map(String.init))
            case .given: return .success(pieces.count > 1 ? String(pieces[1]) : nil)
            }
        case .nullIf(let values):
            return .success(values.contains(value) ? nil : value)
        case .zeroPad(let width):
            return .success(value.count >= width ? value : String(repeating: "0", count: width - value.count) + value)
        case .defaultValue:
            return .success(value)
        }
    }
}

/// Why a transform could not produce a value; `warningCodes` set means the value was
/// produced (in `value`) but carries warnings (e.g. a date past its era's end).
struct TransformFailure: Error {
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
        let code = value.trimmingCharacters(in: .whitespaces)
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

/// A regular expression a field's value must match in full.
public final class FieldPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as thread-safe.
    let expression: NSRegularExpression
    public let source: String

    init(_ source: String) throws {
        self.source = source
        expression = try NSRegularExpression(pattern: "^(?:\(source))$")
    }

    func matches(_ value: String) -> Bool {
        let range = NSRange(value.startIndex..<value.endIndex, in: value)
        return expression.firstMatch(in: value, range: range) != nil
    }
}

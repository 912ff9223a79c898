import RegsyncCore
import RegsyncText

/// Decides what of a rejected record's raw bytes may be written to a reject file:
/// - a secret source value (an individual number, mapped to a keyed pseudonym) never is:
///   its column is masked whatever it holds, and in such a file every run of 12 or more
///   digits anywhere in the raw text (spaces, ideographic spaces, hyphens and full-width
///   forms between the digits ignored) is masked too, since a number can stray into
///   another column (a missing comma) or be written in groups;
/// - the fields that locate a DV-protected person (支援措置) never are: address (with
///   方書), postal code and municipality code;
/// - a record that cannot be split into fields (broken quoting, NUL bytes, too large)
///   cannot be tied to a person: when the file has address fields and the caller's
///   protection check says an unknown person must be treated as protected (resident
///   address and event files), its bytes are withheld and the reject names its line.
public struct RejectRawPolicy: Sendable {
    let locating: Set<ResolvedReference>
    let secrets: Set<ResolvedReference>
    let scrubsDigits: Bool
    let fieldCount: Int
    /// The encoding of the raw bytes (a CSV file's own; rebuilt XML is UTF-8).
    let encoding: TextEncoding

    public init(mapper: RecordMapper, rawEncoding: TextEncoding = .utf8) {
        locating = TargetColumn.Role.locating.reduce(into: []) { $0.formUnion(mapper.sourceReferences(role: $1)) }
        secrets = mapper.sourceReferences(kind: .keyedHash)
        scrubsDigits = !secrets.isEmpty
        fieldCount = mapper.mapping.fields.count
        encoding = rawEncoding
    }

    /// The raw bytes of a record split into fields (its masked fields already replaced),
    /// with long digit runs masked in a file that declares an individual number.
    public func shown(_ raw: [UInt8]) -> [UInt8] {
        scrubsDigits ? Self.scrubDigitRuns(raw, encoding: encoding) : raw
    }

    /// The fields to replace by `***` in a record that was split into fields.
    func masked(protected: Bool) -> Set<ResolvedReference> {
        protected ? locating.union(secrets) : secrets
    }

    /// A reject for a record that could not be split into fields, with what may be kept
    /// of its bytes: none when it may hold a protected address (the message says so, and
    /// the operator finds the record in the source file by its line).
    public func unstructured(_ reject: Reject, protects: (Bool, [String?]) -> Bool) -> Reject {
        var reject = reject
        if withholds(protects) {
            reject.raw = []
            reject.protected = true
            reject.message += " (raw record withheld: it may hold a protected person's address; see the source file)"
        } else if scrubsDigits {
            reject.raw = Self.scrubDigitRuns(reject.raw, encoding: encoding)
        }
        return reject
    }

    /// The bytes to keep of a record that could not be split into fields.
    public func unstructured(_ raw: [UInt8], protects: (Bool, [String?]) -> Bool) -> [UInt8] {
        if withholds(protects) { return [] }
        return shown(raw)
    }

    /// Whether a record of unknown person must be withheld.
    private func withholds(_ protects: (Bool, [String?]) -> Bool) -> Bool {
        !locating.isEmpty && protects(false, [String?](repeating: nil, count: fieldCount))
    }
}

import RegsyncCore

/// Decides what of a rejected record's raw bytes may be written to a reject file:
/// - a secret source value (an individual number, mapped to a keyed pseudonym) never is;
/// - the address fields of a DV-protected person (支援措置) never are;
/// - a record that cannot be split into fields (broken quoting, NUL bytes, too large)
///   cannot be tied to a person: when the file has address fields and the caller's
///   protection check says an unknown person must be treated as protected (resident
///   address and event files), its bytes are withheld and the reject names its line.
public struct RejectRawPolicy: Sendable {
    let addresses: Set<ResolvedReference>
    let secrets: Set<ResolvedReference>
    let scrubsDigits: Bool
    let fieldCount: Int

    public init(mapper: RecordMapper) {
        addresses = mapper.sourceReferences(role: .address)
        secrets = mapper.sourceReferences(kind: .keyedHash)
        scrubsDigits = !secrets.isEmpty
        fieldCount = mapper.mapping.fields.count
    }

    /// The fields to replace by `***` in a record that was split into fields.
    func masked(protected: Bool) -> Set<ResolvedReference> {
        protected ? addresses.union(secrets) : secrets
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
            reject.raw = Self.scrubDigitRuns(reject.raw)
        }
        return reject
    }

    /// The bytes to keep of a record that could not be split into fields.
    public func unstructured(_ raw: [UInt8], protects: (Bool, [String?]) -> Bool) -> [UInt8] {
        if withholds(protects) { return [] }
        return scrubsDigits ? Self.scrubDigitRuns(raw) : raw
    }

    /// Whether a record of unknown person must be withheld.
    private func withholds(_ protects: (Bool, [String?]) -> Bool) -> Bool {
        !addresses.isEmpty && protects(false, [String?](repeating: nil, count: fieldCount))
    }

    /// Replaces every run of exactly 12 digits (ASCII, or full-width in UTF-8 or CP932)
    /// with asterisks: an individual number must not survive in an unparseable record.
    static func scrubDigitRuns(_ raw: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            var end = index
            var digits = 0
            while end < raw.count {
                let width = digitWidth(raw, at: end)
                if width == 0 { break }
                end += width
                digits += 1
            }
            if digits == 0 {
                output.append(raw[index])
                index += 1
            } else {
                if digits == 12 {
                    output += Array(repeating: UInt8(ascii: "*"), count: 12)
                } else {
                    output += raw[index..<end]
                }
                index = end
            }
        }
        return output
    }

    private static func digitWidth(_ raw: [UInt8], at index: Int) -> Int {
        let byte = raw[index]
        if (0x30...0x39).contains(byte) { return 1 }
        if byte == 0xEF, index + 2 < raw.count, raw[index + 1] == 0xBC, (0x90...0x99).contains(raw[index + 2]) {
            return 3
        }
        if byte == 0x82, index + 1 < raw.count, (0x4F...0x58).contains(raw[index + 1]) { return 2 }
        return 0
    }
}

/// Decides what of a rejected record's raw bytes may be written to a reject file:
/// - a secret source value (an individual number, mapped to a keyed pseudonym) never is;
/// - the address fields of a DV-protected person (支援措置) never are;
/// - a record of a resident address or event file that cannot be split into fields
///   (broken quoting, NUL bytes, too large) may hold a protected address in an unknown
///   place: its bytes are withheld, and the reject names its line in the source file.
public struct RejectRawPolicy: Sendable {
    let addresses: Set<ResolvedReference>
    let secrets: Set<ResolvedReference>
    let withholdUnstructured: Bool
    let scrubsDigits: Bool

    public init(mapper: RecordMapper) {
        addresses = mapper.sourceReferences(role: .address)
        secrets = mapper.sourceReferences(kind: .keyedHash)
        let target = mapper.mapping.target
        withholdUnstructured = target.schema == "resident" && target.columns.contains { $0.role == .address }
        scrubsDigits = !secrets.isEmpty
    }

    /// The fields to replace by `***` in a record that was split into fields.
    func masked(protected: Bool) -> Set<ResolvedReference> {
        protected ? addresses.union(secrets) : secrets
    }

    static let withheldNote = Array(
        "(raw record withheld: it may hold a DV-protected address; see the source file)".utf8)

    /// The bytes to keep of a record that could not be split into fields.
    public func unstructured(_ raw: [UInt8]) -> [UInt8] {
        if withholdUnstructured { return Self.withheldNote }
        return scrubsDigits ? Self.scrubDigitRuns(raw) : raw
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

import RegsyncText
import RegsyncXML

/// Refuses a file that says it is in another encoding than its mapping declares: a byte
/// order mark of another encoding (UTF-16 and UTF-32 are never a mapping's), UTF-16 text
/// without one, or an XML declaration naming another encoding. Reading such a file under
/// the mapping's encoding loads something else than the file holds.
enum EncodingGuard {
    /// Why a file starting with `prefix` is refused under `encoding`, or `nil`.
    static func refusal(prefix: [UInt8], encoding: TextEncoding, isXML: Bool) -> String? {
        let mapping = "the mapping declares \(encoding.displayName); check source.encoding"
        if let bom = foreignByteOrderMark(prefix) {
            return "the file starts with a \(bom) byte order mark but \(mapping)"
        }
        if let bom = TextEncoding.detectBOM(prefix: prefix), bom.encoding != encoding {
            return "the file starts with a \(bom.encoding.displayName) byte order mark but \(mapping)"
        }
        guard isXML else { return nil }
        if prefix.starts(with: [0x3C, 0x00, 0x3F, 0x00]) || prefix.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
            return "the document is UTF-16 (without a byte order mark) but \(mapping)"
        }
        let body = TextEncoding.detectBOM(prefix: prefix).map { Array(prefix.dropFirst($0.length)) } ?? prefix
        if let declared = XMLRecordReader.declaredEncoding(in: body), TextEncoding(name: declared) != encoding {
            return "the document declares encoding \"\(declared.prefix(40))\" but \(mapping)"
        }
        return nil
    }

    /// The name of a UTF-16 or UTF-32 byte order mark at the start of `prefix`.
    static func foreignByteOrderMark(_ prefix: [UInt8]) -> String? {
        if prefix.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE" }
        if prefix.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE" }
        if prefix.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if prefix.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        return nil
    }
}

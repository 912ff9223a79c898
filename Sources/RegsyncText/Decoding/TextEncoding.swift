/// A character encoding that legacy registry exports arrive in.
///
/// The raw value is the canonical name a mapping file should use. Every Shift_JIS alias
/// maps to `cp932`: real "Shift_JIS" files come from Windows and use Microsoft's table with
/// the NEC and IBM extensions (①, ㈱, Ⅲ, 髙, 﨑), which glibc's `SHIFT_JIS` converter lacks
/// (shared/PLATFORM.md). `eucJP` likewise converts with glibc's `EUC-JP-MS`.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, with or without a byte order mark at the start of the file.
    case utf8 = "utf-8"
    /// Windows code page 932 (Shift_JIS with the NEC and IBM extensions).
    case cp932 = "cp932"
    /// EUC-JP as written by Windows-era systems (eucJP-ms: JIS X 0208, JIS X 0212, the
    /// NEC and IBM extensions and the user-defined area).
    case eucJP = "euc-jp"

    /// Looks up an encoding by a name a mapping file may use: the canonical raw value or
    /// a common alias (`shift_jis`, `sjis`, `windows-31j`, `ms932`, `eucjp-ms`, `utf8`, ...),
    /// compared without regard to case, `-`, `_` or spaces.
    public init?(name: String) {
        var key: [UInt8] = []
        for byte in name.utf8 where byte != UInt8(ascii: "-") && byte != UInt8(ascii: "_") && byte != 0x20 {
            guard byte < 0x80 else { return nil }
            key.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte)
        }
        switch String(decoding: key, as: UTF8.self) {
        case "utf8", "utf8bom", "utf8sig":
            self = .utf8
        case "cp932", "ms932", "windows31j", "shiftjis", "sjis", "xsjis", "sjiswin", "mskanji", "cswindows31j":
            self = .cp932
        case "eucjp", "eucjpms", "eucjpwin", "xeucjp", "ujis", "cseucpkdfmtjapanese":
            self = .eucJP
        default:
            return nil
        }
    }

    /// The glibc iconv name of the converter that implements this encoding.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .cp932: "CP932"
        case .eucJP: "EUC-JP-MS"
        }
    }

    /// The name used in messages (`CP932`, `EUC-JP`, `UTF-8`).
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .cp932: "CP932"
        case .eucJP: "EUC-JP"
        }
    }

    /// Detects a byte order mark at the start of a file.
    ///
    /// Only the UTF-8 mark (EF BB BF) is recognised: regsync reads no UTF-16 or UTF-32.
    /// - Parameter prefix: the first bytes of the file (three are enough).
    /// - Returns: the encoding the mark announces and the number of bytes to skip, or `nil`.
    public static func detectBOM(prefix: some Collection<UInt8>) -> (encoding: TextEncoding, length: Int)? {
        var bytes = prefix.makeIterator()
        guard bytes.next() == 0xEF, bytes.next() == 0xBB, bytes.next() == 0xBF else { return nil }
        return (.utf8, 3)
    }
}

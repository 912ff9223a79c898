/// glibc's CP932 mapping, read once from iconv itself into lookup tables, so that records
/// decode without an iconv call each.
///
/// Calling iconv once per ~150-byte record measured ~85 MB/s here (iconv alone, on a whole
/// buffer, ~100 MB/s); the table decoder is several times faster and, since every entry
/// comes from glibc, maps exactly as iconv does (the tests compare all 65,536 byte pairs).
/// Every CP932 character is one BMP scalar, so an entry fits in 16 bits; 0 marks an
/// invalid sequence (NUL is only ever the single byte 0x00).
///
/// The tables live in one allocation that is never freed (the table is a process-wide
/// constant): the decoder reads them through plain pointers, so decoding a field costs no
/// reference counting (three array retains per field were a visible share of a profile).
struct CP932Table: @unchecked Sendable {
    // Immutable after init; @unchecked because raw pointers are not Sendable.
    /// Scalars of single bytes 0x80-0xFF (half-width katakana), 0 where invalid or a lead byte.
    private let single: UnsafePointer<UInt16>
    /// Whether a byte starts a double-byte character (1) or not (0).
    private let lead: UnsafePointer<UInt8>
    /// Scalars of double-byte characters, indexed by `lead << 8 | trail`.
    private let double: UnsafePointer<UInt16>
    /// The same characters as UTF-8, ready to store: the bytes little-endian in the low
    /// 24 bits, their count in the high byte (0 where invalid). Storing four bytes at once
    /// beats encoding the scalar for every character of a Japanese field.
    private let doubleUTF8: UnsafePointer<UInt32>

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
        // Never freed: `shared` is the only instance and lives as long as the process.
        let storage = UnsafeMutableRawPointer.allocate(byteCount: 256 * 2 + 65_536 * 2 + 256, alignment: 16)
        let singlePointer = storage.bindMemory(to: UInt16.self, capacity: 256)
        singlePointer.initialize(from: single, count: 256)
        let doublePointer = (storage + 512).bindMemory(to: UInt16.self, capacity: 65_536)
        doublePointer.initialize(from: double, count: 65_536)
        let leadPointer = (storage + 512 + 131_072).bindMemory(to: UInt8.self, capacity: 256)
        leadPointer.initialize(from: lead.map { $0 ? 1 : 0 }, count: 256)
        self.single = UnsafePointer(singlePointer)
        self.double = UnsafePointer(doublePointer)
        self.lead = UnsafePointer(leadPointer)
        let utf8Pointer = UnsafeMutablePointer<UInt32>.allocate(capacity: 65_536)
        for index in 0..<65_536 {
            var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
            let length = withUnsafeMutableBytes(of: &bytes) { buffer in
                double[index] == 0
                    ? 0
                    : Self.appendUTF8(double[index], to: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), at: 0)
            }
            let packed = UInt32(bytes.0) | UInt32(bytes.1) << 8 | UInt32(bytes.2) << 16
            utf8Pointer[index] = length == 0 ? 0 : packed | UInt32(length) << 24
        }
        doubleUTF8 = UnsafePointer(utf8Pointer)
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
        // At most three UTF-8 bytes per input byte (half-width katakana).
        let text = String(unsafeUninitializedCapacity: bytes.count * 3) { output in
            switch decode(bytes, into: output.baseAddress!) {
            case .success(let written): return written
            case .failure(let error):
                failure = error
                return 0
            }
        }
        if let failure { return .failure(failure) }
        return .success(text)
    }

    /// Decodes `bytes` into `output`, which must have room for three bytes per input
    /// byte; returns the number of bytes written, or the offset of the first bad sequence.
    @inline(__always)
    func decode(_ bytes: UnsafeRawBufferPointer, into output: UnsafeMutablePointer<UInt8>)
        -> Result<Int, IconvConverter.Failure>
    {
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
            if lead[Int(byte)] != 0 {
                guard input + 1 < count else { return .failure(.truncated(offset: input)) }
                let packed = doubleUTF8[Int(byte) << 8 | Int(bytes[input + 1])]
                guard packed != 0 else { return .failure(.invalid(offset: input)) }
                // Four bytes stored, `length` kept: two input bytes give at most three
                // output bytes, so the output has room for the fourth.
                UnsafeMutableRawPointer(output + written).storeBytes(of: packed.littleEndian, as: UInt32.self)
                written += Int(packed >> 24)
                input += 2
                continue
            }
            let value = single[Int(byte)]
            guard value != 0 else { return .failure(.invalid(offset: input)) }
            input += 1
            written += Self.appendUTF8(value, to: output, at: written)
        }
        return .success(written)
    }

    /// Writes a BMP scalar (never a surrogate) as UTF-8; returns the number of bytes.
    @inline(__always)
    private static func appendUTF8(_ value: UInt16, to output: UnsafeMutablePointer<UInt8>, at index: Int)
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

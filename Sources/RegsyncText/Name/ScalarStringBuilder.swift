/// Builds a String from code points through a UTF-8 buffer on the stack: several times faster than
/// appending scalars to a `String.UnicodeScalarView`, and short results (up to 15 UTF-8 bytes, five
/// kanji) need no heap allocation at all. That matters at millions of names per run.
struct ScalarStringBuilder: ~Copyable {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// Calls `body` with a builder that can take `capacity` code points and returns what it built.
    static func build(capacity: Int, _ body: (inout ScalarStringBuilder) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, capacity * 4)) { buffer in
            var builder = ScalarStringBuilder(buffer: buffer)
            body(&builder)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<builder.count]), as: UTF8.self)
        }
    }

    /// The string made of `scalars`.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        build(capacity: scalars.count) { builder in
            for scalar in scalars { builder.append(scalar.value) }
        }
    }

    /// Appends one code point (a valid scalar value; at most `capacity` of them in all).
    mutating func append(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            buffer[count] = UInt8(value)
            count += 1
        case 0x80..<0x800:
            buffer[count] = UInt8(0xC0 | (value >> 6))
            buffer[count + 1] = UInt8(0x80 | (value & 0x3F))
            count += 2
        case 0x800..<0x10000:
            buffer[count] = UInt8(0xE0 | (value >> 12))
            buffer[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
            buffer[count + 2] = UInt8(0x80 | (value & 0x3F))
            count += 3
        default:
            buffer[count] = UInt8(0xF0 | (value >> 18))
            buffer[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
            buffer[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
            buffer[count + 3] = UInt8(0x80 | (value & 0x3F))
            count += 4
        }
    }
}

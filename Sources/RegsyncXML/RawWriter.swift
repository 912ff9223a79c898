#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Rebuilds a record's outer XML as UTF-8, keeping at most `limit` bytes.
///
/// Writes into one buffer it owns (an element makes a dozen small writes; `Array.append`
/// per piece cost more than the parsing), freed once in deinit; ``bytes`` copies it out.
/// Noncopyable rather than a class: a class's stored properties pay a dynamic
/// exclusivity check on every write.
struct RawWriter: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    private(set) var isTruncated = false
    private(set) var limit: Int

    init(limit: Int) {
        self.limit = limit
        capacity = 4096
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Starts a new record.
    mutating func reset(limit: Int) {
        count = 0
        isTruncated = false
        self.limit = limit
    }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: count)) }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a NUL-terminated string from libxml2.
    mutating func append(name: UnsafePointer<UInt8>) {
        append(UnsafeBufferPointer(start: name, count: strlen(name)))
    }

    /// Appends text with `&`, `<`, `>` (and `"` in an attribute) escaped.
    mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
        guard !isTruncated else { return }
        var start = 0
        for index in 0..<text.count {
            let byte = text[index]
            // Every byte to escape is below 0x3F: one comparison skips most text.
            guard byte <= UInt8(ascii: ">") else { continue }
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\"") where inAttribute: replacement = "&quot;"
            default: continue
            }
            append(UnsafeBufferPointer(rebasing: text[start..<index]))
            append(replacement)
            start = index + 1
        }
        append(UnsafeBufferPointer(rebasing: text[start...]))
    }

    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard !isTruncated, let source = piece.baseAddress, piece.count > 0 else { return }
        var length = piece.count
        if length > limit - count {
            // Cut at a character boundary so the bytes stay valid UTF-8.
            length = limit - count
            while length > 0 && piece[length] & 0xC0 == 0x80 { length -= 1 }
            isTruncated = true
        }
        if count + length > capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(2 * capacity, count + length))
            grown.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = grown
            capacity = max(2 * capacity, count + length)
        }
        (buffer + count).update(from: source, count: length)
        count += length
    }
}

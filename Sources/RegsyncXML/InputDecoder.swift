#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Converts a non-UTF-8 document to UTF-8 with glibc's iconv before libxml2 sees it.
///
/// libxml2 converts each pushed chunk as a whole, and a bad byte anywhere in it halts the
/// parser before the good records earlier in that chunk are parsed (measured with a
/// `Shift_JIS` document: no record of a 64 KiB chunk survived). Converting here, the
/// reader pushes everything before the bad byte, then reports the byte's exact line and
/// column. One iconv handle, owned and closed once.
final class InputDecoder {
    let encoding: String
    private let handle: iconv_t
    /// Input bytes of an incomplete character at the end of the last chunk.
    private var pending: [UInt8] = []
    private var output: [UInt8] = []
    /// Line (1-based) and bytes since the last line feed, over the input consumed so far
    /// (0x0A never occurs inside a CP932, EUC-JP or UTF-8 multibyte character).
    private var line = 1
    private var column = 0

    init?(encoding: String) {
        let handle = iconv_open("UTF-8", encoding)
        guard let handle, handle != iconv_t(bitPattern: -1) else { return nil }
        self.handle = handle
        self.encoding = encoding
    }

    deinit { iconv_close(handle) }

    /// A bad byte sequence: where it is, and its first bytes (at most 4) for the message.
    struct Failure {
        var line: Int
        var column: Int
        var bytes: [UInt8]
    }

    /// Converts `input` (the next bytes of the document; empty at the end). Calls `emit`
    /// with the UTF-8 of everything up to the first bad byte, and returns that byte's
    /// position, if any.
    func convert(_ input: UnsafeBufferPointer<UInt8>, emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Failure? {
        var bytes = pending
        bytes.append(contentsOf: input)
        pending.removeAll()
        if input.isEmpty && !bytes.isEmpty {
            // The document ends inside a multibyte character.
            return Failure(line: line, column: column + 1, bytes: Array(bytes.prefix(4)))
        }
        if output.count < 4 * bytes.count + 16 { output = [UInt8](repeating: 0, count: 4 * bytes.count + 16) }
        let capacity = output.count
        var consumed = 0
        var produced = 0
        var badOffset: Int? = nil
        bytes.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                inBuffer.withMemoryRebound(to: CChar.self) { inChars in
                    outBuffer.withMemoryRebound(to: CChar.self) { outChars in
                        var inPointer = inChars.baseAddress
                        var inLeft = inChars.count
                        var outPointer = outChars.baseAddress
                        var outLeft = capacity
                        let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                        let code = errno
                        consumed = inChars.count - inLeft
                        produced = capacity - outLeft
                        if result == -1 && code == EILSEQ { badOffset = consumed }
                        if result == -1 && code == EINVAL {
                            pending = Array(UnsafeBufferPointer(rebasing: inBuffer[consumed...]))
                        }
                    }
                }
            }
        }
        output.withUnsafeBufferPointer { emit(UnsafeBufferPointer(rebasing: $0[0..<produced])) }
        track(bytes[0..<consumed])
        guard let badOffset else { return nil }
        return Failure(line: line, column: column + 1, bytes: Array(bytes[badOffset...].prefix(4)))
    }

    private func track(_ bytes: ArraySlice<UInt8>) {
        if let last = bytes.lastIndex(of: 0x0A) {
            line += bytes.lazy.filter { $0 == 0x0A }.count
            column = bytes.endIndex - last - 1
        } else {
            column += bytes.count
        }
    }

    /// The encoding an XML declaration names (`<?xml version="1.0" encoding="Shift_JIS"?>`)
    /// at the start of `prefix`, or `nil` when there is none or a byte order mark says
    /// otherwise.
    static func declaredEncoding(_ prefix: UnsafeBufferPointer<UInt8>) -> String? {
        let head = Array(prefix.prefix(1024))
        guard head.starts(with: Array("<?xml".utf8)), let end = find(Array("?>".utf8), in: head) else { return nil }
        let declaration = head[0..<end]
        guard let key = find(Array("encoding".utf8), in: Array(declaration)) else { return nil }
        var index = declaration.startIndex + key + 8
        func skipSpaces() {
            while index < declaration.endIndex, [0x20, 0x09, 0x0D, 0x0A].contains(declaration[index]) { index += 1 }
        }
        skipSpaces()
        guard index < declaration.endIndex, declaration[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        guard index < declaration.endIndex else { return nil }
        let quote = declaration[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        let start = index + 1
        guard let close = declaration[start...].firstIndex(of: quote) else { return nil }
        return String(decoding: declaration[start..<close], as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// True for names libxml2 reads natively as UTF-8.
    static func isUTF8(_ name: String) -> Bool {
        ["utf-8", "utf8"].contains(name.lowercased())
    }
}

/// White-space handling for ledger text, on UTF-8 bytes: ASCII space, tab, CR, LF, the
/// ideographic space U+3000 and the no-break space U+00A0 all count as white space.
///
/// These run in the import's hot loop, so they work on bytes and return the input
/// unchanged (without allocating) when there is nothing to do; Foundation's
/// `trimmingCharacters(in:)` cost ~2 µs per field.
public enum WhiteSpace {
    /// The length in bytes of the white space starting at `index`, or 0.
    @inline(__always)
    static func width(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
        case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: return 3
        default: return 0
        }
    }

    /// The width of the white space ending just before `end`, or 0.
    @inline(__always)
    static func widthBefore(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        let byte = bytes[end - 1]
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
        case 0xA0 where end >= 2 && bytes[end - 2] == 0xC2: return 2
        case 0x80 where end >= 3 && bytes[end - 2] == 0x80 && bytes[end - 3] == 0xE3: return 3
        default: return 0
        }
    }

    /// `text` without leading and trailing white space.
    public static func trimmed(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let range = trimmedRange(bytes)
            if range.count == bytes.count { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        } ?? text
    }

    /// The part of `bytes` (UTF-8) that ``trimmed(_:)`` keeps: for importers that work on
    /// bytes and never make a `String` of a field.
    @inline(__always)
    public static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end {
            let width = width(bytes, at: start)
            if width == 0 { break }
            start += width
        }
        while end > start {
            let width = widthBefore(bytes, end: end)
            if width == 0 { break }
            end -= width
        }
        return start..<end
    }

    /// Does to `bytes` (UTF-8) in place what ``collapsed(_:into:)`` does to a string, and
    /// returns the new length (never more than the old: a run shrinks to one byte or none).
    public static func collapse(_ bytes: UnsafeMutableBufferPointer<UInt8>, into replacement: UInt8? = 0x20) -> Int {
        // Writes never pass reads: `written <= index`, and a pending replacement is written
        // only after a run of at least one byte was skipped.
        let readable = UnsafeBufferPointer(bytes)
        var written = 0
        var index = 0
        var pendingSpace = false
        while index < readable.count {
            let width = width(readable, at: index)
            if width > 0 {
                pendingSpace = true
                index += width
                continue
            }
            if pendingSpace && written > 0, let replacement {
                bytes[written] = replacement
                written += 1
            }
            pendingSpace = false
            bytes[written] = readable[index]
            written += 1
            index += 1
        }
        return written
    }

    /// `text` with every run of white space replaced by `replacement` (one ASCII space,
    /// or nothing), and no white space at either end.
    public static func collapsed(_ text: String, into replacement: UInt8? = 0x20) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var output: [UInt8] = []
            var changed = false
            var index = 0
            var pendingSpace = false
            output.reserveCapacity(bytes.count)
            while index < bytes.count {
                let width = width(bytes, at: index)
                if width > 0 {
                    if width > 1 || bytes[index] != 0x20 || pendingSpace || output.isEmpty || replacement == nil {
                        changed = true
                    }
                    pendingSpace = true
                    index += width
                    continue
                }
                if pendingSpace && !output.isEmpty, let replacement { output.append(replacement) }
                pendingSpace = false
                output.append(bytes[index])
                index += 1
            }
            if pendingSpace { changed = true }
            return changed ? String(decoding: output, as: UTF8.self) : nil
        } ?? text
    }

    /// True when `text` is empty or only white space.
    public static func isBlank(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let width = width(bytes, at: index)
                if width == 0 { return false }
                index += width
            }
            return true
        }
    }
}

/// Decodes one data row of PostgreSQL's COPY text format (`COPY ... TO STDOUT`): fields
/// separated by tabs, `\N` for NULL, backslash escapes for `\\`, `\t`, `\n`, `\r`, `\b`,
/// `\f`, `\v` and octal/hex forms; the row's trailing newline is ignored.
public enum CopyTextDecoder {
    /// The fields of `row`.
    public static func fields(_ row: UnsafeRawBufferPointer) -> [String?] {
        var fields: [String?] = []
        var current: [UInt8] = []
        current.reserveCapacity(64)
        var isNull = false
        var index = 0
        let count = row.count > 0 && row[row.count - 1] == 0x0A ? row.count - 1 : row.count
        func finishField() {
            fields.append(isNull ? nil : String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
            isNull = false
        }
        while index < count {
            let byte = row[index]
            if byte == 0x09 {
                finishField()
                index += 1
                continue
            }
            guard byte == 0x5C, index + 1 < count else {
                current.append(byte)
                index += 1
                continue
            }
            let next = row[index + 1]
            index += 2
            switch next {
            case 0x4E:  // N
                isNull = true
            case 0x74: current.append(0x09)
            case 0x6E: current.append(0x0A)
            case 0x72: current.append(0x0D)
            case 0x62: current.append(0x08)
            case 0x66: current.append(0x0C)
            case 0x76: current.append(0x0B)
            case 0x30...0x37:
                var value = Int(next - 0x30)
                var digits = 1
                while digits < 3, index < count, (0x30...0x37).contains(row[index]) {
                    value = value * 8 + Int(row[index] - 0x30)
                    index += 1
                    digits += 1
                }
                current.append(UInt8(truncatingIfNeeded: value))
            case 0x78:  // x
                var value = 0
                var digits = 0
                while digits < 2, index < count, let digit = hexValue(row[index]) {
                    value = value * 16 + digit
                    index += 1
                    digits += 1
                }
                current.append(UInt8(truncatingIfNeeded: value))
            default:
                current.append(next)
            }
        }
        finishField()
        return fields
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }
}

extension CopyTextDecoder {
    /// Where each field of `row` is (nil for `\N`), without copying: for rows without
    /// backslash escapes (nil is returned when the row has one; decode it with
    /// ``fields(_:)`` then). Hot loops over millions of rows read keys and dates this way.
    public static func ranges(_ row: UnsafeRawBufferPointer, into out: inout [Range<Int>?]) -> Bool {
        out.removeAll(keepingCapacity: true)
        let count = row.count > 0 && row[row.count - 1] == 0x0A ? row.count - 1 : row.count
        var start = 0
        var index = 0
        while index <= count {
            if index == count || row[index] == 0x09 {
                if index - start == 2 && row[start] == 0x5C && row[start + 1] == 0x4E {
                    out.append(nil)
                } else {
                    out.append(start..<index)
                }
                start = index + 1
            } else if row[index] == 0x5C {
                if !(index + 1 < count && row[index + 1] == 0x4E && index == start) { return false }
            }
            index += 1
        }
        return true
    }
}

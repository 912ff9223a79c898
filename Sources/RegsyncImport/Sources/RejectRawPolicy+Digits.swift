import RegsyncText

extension RejectRawPolicy {
    /// The shortest digit run taken for an individual number (個人番号: 12 digits; a run
    /// of 13 or more may be one merged with a neighbouring field).
    static let maskedRunLength = 12

    /// How a character of raw text takes part in a run of digits.
    enum CharacterClass {
        case digit, separator, other
    }

    /// Replaces every run of `maskedRunLength` or more digits (ASCII or full-width) by one
    /// `*` per character: a run may have spaces, ideographic spaces, hyphens, dashes and
    /// prolonged sound marks between its digits. Characters are walked in `encoding`, so a
    /// byte that only looks like a digit inside a multibyte character is never taken for one.
    static func scrubDigitRuns(_ raw: [UInt8], encoding: TextEncoding) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let (length, kind) = character(raw, at: index, encoding: encoding)
            guard kind == .digit else {
                output += raw[index..<(index + length)]
                index += length
                continue
            }
            // A run: from this digit to the last digit before anything else.
            var characters = 0
            var digits = 0
            var end = index
            var lastDigitEnd = index
            var charactersToLastDigit = 0
            while end < raw.count {
                let (width, kind) = character(raw, at: end, encoding: encoding)
                if kind == .other { break }
                end += width
                characters += 1
                if kind == .digit {
                    digits += 1
                    lastDigitEnd = end
                    charactersToLastDigit = characters
                }
            }
            if digits >= maskedRunLength {
                output += Array(repeating: UInt8(ascii: "*"), count: charactersToLastDigit)
            } else {
                output += raw[index..<lastDigitEnd]
            }
            index = lastDigitEnd
        }
        return output
    }

    /// The length in bytes and the class of the character at `index`.
    static func character(_ raw: [UInt8], at index: Int, encoding: TextEncoding) -> (Int, CharacterClass) {
        let byte = raw[index]
        if byte < 0x80 {
            if byte >= 0x30 && byte <= 0x39 { return (1, .digit) }
            return (1, byte == 0x20 || byte == 0x2D ? .separator : .other)
        }
        func at(_ offset: Int) -> UInt8? { index + offset < raw.count ? raw[index + offset] : nil }
        switch encoding {
        case .utf8:
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            guard index + length <= raw.count else { return (1, .other) }
            guard length == 3, let second = at(1), let third = at(2) else { return (length, .other) }
            switch (byte, second, third) {
            case (0xEF, 0xBC, 0x90...0x99): return (3, .digit)  // ０-９
            case (0xE3, 0x80, 0x80),  // ideographic space
                (0xEF, 0xBC, 0x8D),  // －
                (0xE2, 0x80, 0x90...0x95),  // ‐ ‑ ‒ – — ―
                (0xE2, 0x88, 0x92),  // −
                (0xE3, 0x83, 0xBC),  // ー
                (0xEF, 0xBD, 0xB0):  // ｰ
                return (3, .separator)
            default: return (3, .other)
            }
        case .cp932:
            let isLead = (0x81...0x9F).contains(byte) || (0xE0...0xFC).contains(byte)
            guard isLead, let second = at(1) else { return (1, byte == 0xB0 ? .separator : .other) }  // ｰ
            switch (byte, second) {
            case (0x82, 0x4F...0x58): return (2, .digit)
            case (0x81, 0x40), (0x81, 0x5B...0x5D), (0x81, 0x7C): return (2, .separator)  // 　ー―‐－
            default: return (2, .other)
            }
        case .eucJP:
            if byte == 0x8F { return (min(3, raw.count - index), .other) }
            guard let second = at(1) else { return (1, .other) }
            switch (byte, second) {
            case (0xA3, 0xB0...0xB9): return (2, .digit)
            case (0xA1, 0xA1), (0xA1, 0xBC...0xBE), (0xA1, 0xDD), (0x8E, 0xB0): return (2, .separator)
            default: return (byte == 0x8E || byte >= 0xA1 ? 2 : 1, .other)
            }
        }
    }
}

/// One meaningful piece of a date value, after width folding.
enum DateToken: Equatable {
    /// A number written in ASCII digits (`arabic`) or kanji numerals; `digits` is the number
    /// of characters for ASCII digits and of decimal digits of the value for kanji.
    case number(value: Int, digits: Int, arabic: Bool)
    /// An era sign: name, first kanji, letter or squared sign.
    case era(Era)
    /// 元 (the first year of an era).
    case gannen
    /// 年
    case yearMark
    /// 月
    case monthMark
    /// 日
    case dayMark
    /// `.`, `/` or `-` (every dash and long-vowel look-alike is read as `-`).
    case separator(Unicode.Scalar)

    /// Splits `text` into tokens, or returns `nil` when it contains a character no date
    /// notation uses, or two numbers separated by nothing but space. A trailing 生 is
    /// dropped; spaces elsewhere are ignored.
    static func tokenize(_ text: String) -> [DateToken]? {
        let scalars = Array(CharacterFolding.foldWidth(text).unicodeScalars)
        var end = scalars.count
        while end > 0, isSpace(scalars[end - 1]) { end -= 1 }
        if end > 0, scalars[end - 1] == "生" { end -= 1 }
        var tokens: [DateToken] = []
        var index = 0
        while index < end {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index += 1
                continue
            }
            if let digit = asciiDigit(scalar) {
                var value = digit
                var count = 1
                index += 1
                while index < end, let next = asciiDigit(scalars[index]) {
                    value = value * 10 + next
                    count += 1
                    index += 1
                    if count > 8 { return nil }
                }
                guard appendNumber(.number(value: value, digits: count, arabic: true), to: &tokens) else { return nil }
                continue
            }
            if KanjiNumeral.isNumeral(scalar) {
                let start = index
                while index < end, KanjiNumeral.isNumeral(scalars[index]) { index += 1 }
                guard let value = KanjiNumeral.value(of: scalars[start..<index]) else { return nil }
                let token = DateToken.number(value: value, digits: String(value).count, arabic: false)
                guard appendNumber(token, to: &tokens) else { return nil }
                continue
            }
            if index + 1 < end, let era = eraName(scalar, scalars[index + 1]) {
                tokens.append(.era(era))
                index += 2
                continue
            }
            guard let token = singleToken(scalar) else { return nil }
            tokens.append(token)
            index += 1
        }
        return tokens
    }

    /// White space as ledgers write it (after width folding); cheaper than Unicode properties.
    @inline(__always)
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0xA0, 0x3000, 0x2000...0x200A: true
        default: false
        }
    }

    /// Appends a number unless the previous token is also a number (`19 70`).
    private static func appendNumber(_ token: DateToken, to tokens: inout [DateToken]) -> Bool {
        if case .number? = tokens.last { return false }
        tokens.append(token)
        return true
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
    }

    private static func eraName(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Era? {
        switch (first, second) {
        case ("明", "治"): .meiji
        case ("大", "正"): .taisho
        case ("昭", "和"): .showa
        case ("平", "成"): .heisei
        case ("令", "和"): .reiwa
        default: nil
        }
    }

    private static func singleToken(_ scalar: Unicode.Scalar) -> DateToken? {
        switch scalar {
        case "明", "M", "m", "\u{337E}": .era(.meiji)  // ㍾
        case "大", "T", "t", "\u{337D}": .era(.taisho)  // ㍽
        case "昭", "S", "s", "\u{337C}": .era(.showa)  // ㍼
        case "平", "H", "h", "\u{337B}": .era(.heisei)  // ㍻
        case "令", "R", "r", "\u{32FF}": .era(.reiwa)  // ㋿
        case "元": .gannen
        case "年": .yearMark
        case "月": .monthMark
        case "日": .dayMark
        case ".", "/": .separator(scalar)
        case "-", "\u{2010}"..."\u{2015}", "\u{2212}", "\u{30FC}", "\u{FE63}", "\u{FF0D}", "\u{FF70}":
            .separator("-")
        default: nil
        }
    }
}

/// Kanji numerals as dates write them: positional (`一九七〇`, `二〇`) or with 十/百/千
/// (`四十五`, `十二`, `千九百七十`), including the legal forms 壱 弐 参 拾 and 廿 (20), 卅 (30).
enum KanjiNumeral {
    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || multiplier(scalar) != nil
    }

    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "○", "零": 0
        case "一", "壱": 1
        case "二", "弐": 2
        case "三", "参": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// The multiplier and, for 廿 and 卅, the fixed tens they stand for.
    static func multiplier(_ scalar: Unicode.Scalar) -> (magnitude: Int, fixed: Int?)? {
        switch scalar {
        case "十", "拾": (10, nil)
        case "廿": (10, 20)
        case "卅": (10, 30)
        case "百": (100, nil)
        case "千": (1000, nil)
        default: nil
        }
    }

    /// The value of a run of numerals, or `nil` when the run is malformed (`二三十`, `十百`).
    static func value(of scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !scalars.isEmpty, scalars.count <= 8 else { return nil }
        if !scalars.contains(where: { multiplier($0) != nil }) {
            return scalars.reduce(0) { $0 * 10 + digit($1)! }
        }
        var total = 0
        var pending: Int? = nil
        var lastMagnitude = Int.max
        for scalar in scalars {
            if let digit = digit(scalar) {
                guard pending == nil, digit != 0 else { return nil }
                pending = digit
            } else if let (magnitude, fixed) = multiplier(scalar) {
                guard magnitude < lastMagnitude else { return nil }
                if let fixed {
                    guard pending == nil else { return nil }
                    total += fixed
                } else {
                    total += (pending ?? 1) * magnitude
                }
                pending = nil
                lastMagnitude = magnitude
            }
        }
        return total + (pending ?? 0)
    }
}

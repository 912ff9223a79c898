/// Reads what follows the town: 小字 (字…), 地割, 丁目, 番/番地, 号, and leaves the rest.
///
/// Numbers are Arabic or kanji (三十二, 二〇三, 千二百); separators are the markers
/// 丁目/丁/番地/番/号/地割 or a hyphen or の. Bare hyphenated numbers fill the slots in
/// order: 丁目 first when the town has 丁目 (and the number is within its count), then
/// 番, then 号. A number after a space, or after a complete 号, starts the rest.
struct AddressTail {
    let display: [UInt32]
    /// Whether the town has 丁目, and how many when known (0 when not).
    let hasChome: Bool
    let maxChome: Int

    var koaza: String?
    var chiwari: Int?
    var chome: Int?
    var ban: String?
    var go: String?
    var usesBanchi = false
    /// Whether `koaza` is a street side read after the 丁目 (Hokkaido), not a 小字.
    var koazaAfterChome = false
    var restStart = 0
    /// True when neither a 小字 nor a number was read.
    var nothingRead = true

    enum Marker {
        case chome, ban, banchi, go, chiwari, dash, no, none
    }

    /// Whether a street side may follow the 丁目 (Hokkaido).
    let sides: Bool

    init(display: [UInt32], hasChome: Bool, maxChome: Int, sides: Bool = false) {
        self.display = display
        self.hasChome = hasChome
        self.maxChome = maxChome
        self.sides = sides
    }

    private static let space: UInt32 = 0x20
    private static let dash: UInt32 = 0x2D
    private static let aza: UInt32 = 0x5B57  // 字
    private static let dai: UInt32 = 0x7B2C  // 第

    mutating func parse(from start: Int, townKnown: Bool) {
        var i = start
        skipSpace(&i)
        restStart = i
        // 小字 and 地割 in either order, each at most once.
        for _ in 0..<2 {
            if koaza == nil, let (name, end) = readKoaza(at: i, townKnown: townKnown) {
                koaza = name
                i = end
                restStart = i
                nothingRead = false
                skipSpace(&i)
            }
            var j = i
            if chiwari == nil, let (value, marker) = readNumberAndMarker(&j), marker == .chiwari {
                chiwari = value
                i = j
                restStart = i
                nothingRead = false
                skipSpace(&i)
            }
        }
        readNumbers(from: i)
    }

    private func skipSpace(_ i: inout Int) {
        while i < display.count && display[i] == Self.space { i += 1 }
    }

    // MARK: - Numbers

    private mutating func readNumbers(from start: Int) {
        var i = start
        var slot = 0  // 0: 丁目 free, 1: 番 next, 2: 号 next, 3: full
        var previous = Marker.none
        var count = 0
        let chomeLimit = maxChome > 0 ? maxChome : 30
        while i < display.count {
            var j = i
            let sawSpace = j < display.count && display[j] == Self.space
            skipSpace(&j)
            if sawSpace && count > 0 && previous != .dash && previous != .no && previous != .chome
                && previous != .ban && previous != .banchi && previous != .chiwari
            {
                break
            }
            // 1丁目-3-1: a hyphen after a written marker only repeats it.
            if count > 0 && j < display.count && display[j] == Self.dash && previous != .dash && previous != .no
                && previous != .none
            {
                j += 1
            }
            let tokenStart = j
            guard let (value, marker) = readNumberAndMarker(&j) else { break }
            switch marker {
            case .chome:
                chome = value
                slot = max(slot, 1)
            case .chiwari:
                chiwari = value
            case .ban, .banchi:
                ban = String(value)
                usesBanchi = marker == .banchi
                slot = 2
            case .go:
                if go == nil {
                    go = String(value)
                } else if previous == .no {
                    go! += "の\(value)"
                } else {
                    restStart = tokenStart
                    return
                }
                slot = 3
            case .dash, .no, .none:
                if slot == 0 && chome == nil && ban == nil && value <= chomeLimit
                    && (hasChome || (marker == .dash && value <= 30 && threeHyphenatedNumbers(from: tokenStart)))
                {
                    chome = value
                    slot = 1
                } else if slot <= 1 && ban == nil {
                    ban = String(value)
                    if !hasChome && chome == nil { usesBanchi = true }
                    slot = 2
                } else if slot <= 2 && go == nil {
                    go = String(value)
                    slot = 3
                } else if previous == .no, go != nil {
                    go! += "の\(value)"
                } else {
                    // A fourth number: a room, kept in the rest.
                    restStart = tokenStart
                    return
                }
            }
            nothingRead = false
            count += 1
            previous = marker
            // Hokkaido's sides of a street after the 丁目 (南郷通1丁目南8, 4条通9丁目右10号, 本通1丁目南).
            if sides && chome != nil && ban == nil && koaza == nil && (marker == .chome || marker == .none),
                j < display.count, Self.isSide(display[j]),
                j + 1 == display.count || display[j + 1] == Self.space || Self.startsNumber(display[j + 1])
            {
                koaza = AddressFolding.string([display[j]])
                koazaAfterChome = true
                i = j + 1
                restStart = i
                continue
            }
            i = j
            restStart = i
            if marker == .none || marker == .go { break }
        }
        // A separator left dangling at the end belongs to nothing.
        while restStart < display.count && (display[restStart] == Self.dash || display[restStart] == Self.space) {
            restStart += 1
        }
    }

    /// Whether `1-2-3` starts at `i`: three numbers joined by hyphens with no marker. The
    /// postal data leaves the 丁目 flag off for many 住居表示 towns (みなとみらい, 荒本北),
    /// and three such numbers are 丁目-番-号 far more often than 番地-枝番-room.
    private func threeHyphenatedNumbers(from i: Int) -> Bool {
        var j = i
        guard let (_, first) = readNumberAndMarker(&j), first == .dash,
            let (_, second) = readNumberAndMarker(&j), second == .dash,
            let (_, third) = readNumberAndMarker(&j), third == .none || third == .dash
        else { return false }
        return true
    }

    /// Reads [第] number marker at `i`; returns nil (leaving `i`) when there is no number.
    private func readNumberAndMarker(_ i: inout Int) -> (Int, Marker)? {
        var j = i
        if j < display.count && display[j] == Self.dai { j += 1 }
        let kanji = j < display.count && !AddressFolding.isDigit(display[j])
        guard let value = Self.readNumber(display, &j) else { return nil }
        var marker = Marker.none
        // 1234 番地: a space between a number and its marker.
        if j + 1 < display.count && display[j] == Self.space
            && [0x4E01, 0x756A, 0x53F7, 0x5730].contains(display[j + 1])
        {
            j += 1
        }
        if j < display.count {
            let c = display[j]
            let next: UInt32 = j + 1 < display.count ? display[j + 1] : 0
            switch c {
            case 0x4E01:  // 丁 / 丁目
                marker = .chome
                j += next == 0x76EE ? 2 : 1
            case 0x756A:  // 番 / 番地 (番地の, 番の)
                marker = next == 0x5730 ? .banchi : .ban
                j += next == 0x5730 ? 2 : 1
                if j < display.count && (Self.isNo(display[j]) || display[j] == Self.dash),
                    j + 1 < display.count, Self.startsNumber(display[j + 1])
                {
                    j += 1
                }
            case 0x8857 where next == 0x533A:  // 街区 (a block number, as 番)
                marker = .ban
                j += 2
            case 0x53F7:  // 号, but not 号室, 号館, 号棟 (a room or building: 一号館)
                if next == 0x5BA4 || next == 0x9928 || next == 0x68DF { return nil }
                marker = .go
                j += 1
            case 0x5730 where next == 0x5272:  // 地割
                marker = .chiwari
                j += 2
            case Self.dash:
                marker = .dash
                j += 1
            case 0x306E, 0x30CE, 0x4E4B:  // の ノ 之 between numbers
                if Self.startsNumber(next) {
                    marker = .no
                    j += 1
                }
            default:
                // A kanji numeral that runs into a name is the name's (三井ビル, 一番館).
                if kanji && Self.isNameLetter(c) { return nil }
            }
        }
        i = j
        return (value, marker)
    }

    /// 東 西 南 北 左 右: the side of a Hokkaido street.
    static func isSide(_ value: UInt32) -> Bool {
        switch value {
        case 0x6771, 0x897F, 0x5357, 0x5317, 0x5DE6, 0x53F3: true
        default: false
        }
    }

    /// の, ノ or 之: "and" between a lot number and its branch (123の4, 百二十三之四).
    static func isNo(_ value: UInt32) -> Bool { value == 0x306E || value == 0x30CE || value == 0x4E4B }

    /// Whether 小字 starts at `i` (a 小字 written with its own marker).
    static func isShoaza(_ d: [UInt32], _ i: Int) -> Bool {
        i + 1 < d.count && d[i] == 0x5C0F && d[i + 1] == aza
    }

    static func startsNumber(_ value: UInt32) -> Bool {
        AddressFolding.isDigit(value) || kanjiValue(value) != nil
    }

    /// Kanji numeral values: digits, 十 百 千, and the legal forms 壱 弐 参.
    static func kanjiValue(_ value: UInt32) -> Int? {
        if let digit = AddressFolding.kanjiDigitValue(value) { return digit }
        switch value {
        case 0x58F1: return 1  // 壱
        case 0x5F10: return 2  // 弐
        case 0x53C2: return 3  // 参
        case 0x5341: return 10  // 十
        case 0x767E: return 100  // 百
        case 0x5343: return 1000  // 千
        default: return nil
        }
    }

    /// Reads an Arabic or kanji number at `i` and advances past it.
    static func readNumber(_ d: [UInt32], _ i: inout Int) -> Int? {
        var j = i
        if j < d.count && AddressFolding.isDigit(d[j]) {
            var value = 0
            while j < d.count && AddressFolding.isDigit(d[j]) && value < 100_000_000 {
                value = value * 10 + Int(d[j] - 0x30)
                j += 1
            }
            i = j
            return value
        }
        var total = 0
        var current = 0
        var any = false
        while j < d.count, let v = kanjiValue(d[j]), total < 100_000_000, current < 100_000_000 {
            if v >= 10 {
                total += (current == 0 ? 1 : current) * v
                current = 0
            } else {
                current = current * 10 + v
            }
            any = true
            j += 1
        }
        guard any else { return nil }
        i = j
        return total + current
    }

    // MARK: - 小字

    /// A 小字: 字 and a name, or (after a known town) a name directly followed by a lot number.
    private func readKoaza(at start: Int, townKnown: Bool) -> (String, Int)? {
        var i = start
        if Self.isShoaza(display, i) { i += 1 }  // 小字: the 字 follows
        let marked = i < display.count && display[i] == Self.aza
        if marked { i += 1 }
        guard marked || townKnown else { return nil }
        let nameStart = i
        let end = Self.unknownTownEnd(display, from: i)
        guard end > nameStart else { return nil }
        if !marked {
            // Without 字, only a short name immediately followed by a lot number counts.
            guard end - nameStart <= 6, end < display.count else { return nil }
            var j = end
            guard let _ = Self.readNumber(display, &j) else { return nil }
            if j < display.count {
                let c = display[j]
                guard c == Self.dash || c == 0x756A || c == 0x53F7 || c == 0x306E || c == 0x5730 || c == Self.space
                else { return nil }
            }
            for k in nameStart..<end where !Self.isNameLetter(display[k]) { return nil }
        }
        return (AddressFolding.string(display[nameStart..<end]), end)
    }

    private static func isNameLetter(_ value: UInt32) -> Bool {
        (0x3041...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) || value == 0x3005
    }

    /// Where an unrecognised town name ends: before a number (a digit, or a kanji numeral
    /// followed by a marker), a hyphen, a space, 字 or 大字 (not at the start), or 第.
    static func unknownTownEnd(_ d: [UInt32], from start: Int) -> Int {
        var i = start
        while i < d.count {
            let c = d[i]
            if AddressFolding.isDigit(c) || c == dash || c == space { break }
            // 字, 大字, 小字
            if i > start && (c == aza || ((c == 0x5927 || c == 0x5C0F) && i + 1 < d.count && d[i + 1] == aza)) {
                break
            }
            if c == dai && i + 1 < d.count && startsNumber(d[i + 1]) { break }
            if kanjiValue(c) != nil {
                var j = i
                _ = readNumber(d, &j)
                if j < d.count {
                    let m = d[j]
                    let next: UInt32 = j + 1 < d.count ? d[j + 1] : 0
                    // 一番町 and 二番丁 are names, not lot numbers.
                    let banIsName = m == 0x756A && (next == 0x753A || next == 0x4E01)
                    if m == 0x4E01 || (m == 0x756A && !banIsName) || m == 0x53F7 || m == dash
                        || (m == 0x5730 && next == 0x5272)
                    {
                        break
                    }
                }
            }
            i += 1
        }
        return i
    }
}

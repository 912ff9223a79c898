import Foundation

/// Small pieces the HTML reports share: escaping, Japanese labels, character differences and
/// inline SVG charts drawn from the data (no script, style sheet or font from the network).
public enum HTMLSupport {
    /// Escapes text for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    public static let decisionLabels = ["link": "照合", "review": "要確認", "no-link": "照合なし"]
    public static let roleLabels = ["owner": "所有者", "user": "使用者", "representative": "代表者", "officer": "役員"]
    public static let comparisonLabels = [
        "prior": "事前", "surname": "氏", "given_name": "名", "birth_date": "生年月日", "address": "住所",
    ]
    public static let levelLabels = [
        "exact": "一致", "variant": "異体字等", "former": "旧氏", "reading": "読み一致", "typo": "誤記の可能性", "else": "不一致",
        "null": "情報なし", "partial": "一部一致", "exact_valid": "一致（記録日時点）", "exact_other": "一致（別時点）",
        "town": "町丁目まで一致", "municipality": "市区町村のみ一致", "predates_history": "保有履歴より前",
    ]
    public static let reasonLabels = [
        "above_threshold": "閾値以上", "steward_confirmed": "担当者が確認", "between_thresholds": "閾値の間",
        "close_runner_up": "次点と僅差", "household_lookalike": "同一世帯に類似者", "no_anchor": "住所・生年月日の裏付けなし",
        "fuzzy_name": "氏名が近似のみ", "below_threshold": "閾値未満", "no_candidate": "候補なし", "legal_entity": "法人",
        "empty_name": "氏名なし", "steward_rejected": "担当者が否認",
    ]

    /// `label (code)` for a code in `table`, or the code.
    public static func label(_ code: String, _ table: [String: String]) -> String {
        table[code].map { "\($0)（\(code)）" } ?? code
    }

    /// Both texts with the characters the other lacks marked (`<mark>`), by the longest common
    /// subsequence of their characters — variant kanji, kana and typos stand out; white space
    /// (of any width) is never marked.
    public static func marked(_ a: String, _ b: String) -> (String, String) {
        let x = Array(a)
        let y = Array(b)
        let spaceX = x.map(\.isWhitespace)
        let spaceY = y.map(\.isWhitespace)
        guard x.count * y.count <= 40_000 else { return (escape(a), escape(b)) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] =
                    x[i] == y[j] && !spaceX[i] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var keepX = spaceX
        var keepY = spaceY
        var i = 0
        var j = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] && !spaceX[i] {
                keepX[i] = true
                keepY[j] = true
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return (render(x, keepX), render(y, keepY))
    }

    private static func render(_ characters: [Character], _ keep: [Bool]) -> String {
        var out = ""
        var open = false
        for (character, same) in zip(characters, keep) {
            if !same && !open {
                out += "<mark>"
                open = true
            } else if same && open {
                out += "</mark>"
                open = false
            }
            out += escape(String(character))
        }
        if open { out += "</mark>" }
        return out
    }

    /// A waterfall of match weights: one bar per step from the running total, green for
    /// evidence for the pair, red against, and the final weight (labelled `total`).
    public static func waterfall(
        _ steps: [(label: String, weight: Double)], title: String, total: String = "計"
    ) -> String {
        let width = 420.0
        let height = 170.0
        let top = 12.0
        let bottom = 40.0
        var running = 0.0
        var values: [(start: Double, end: Double)] = []
        for step in steps {
            values.append((running, running + step.weight))
            running += step.weight
        }
        values.append((0, running))
        let low = min(0, values.map { min($0.start, $0.end) }.min() ?? 0)
        let high = max(0, values.map { max($0.start, $0.end) }.max() ?? 0)
        let span = max(high - low, 1)
        func y(_ value: Double) -> Double { top + (high - value) / span * (height - top - bottom) }
        let slot = width / Double(values.count)
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"waterfall\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "role=\"img\" aria-label=\"\(escape(title))\"><title>\(escape(title))</title>"
        svg += "<line x1=\"0\" x2=\"\(width)\" y1=\"\(f(y(0)))\" y2=\"\(f(y(0)))\" stroke=\"#888\" stroke-width=\"1\"/>"
        for (index, value) in values.enumerated() {
            let isTotal = index == values.count - 1
            let color =
                isTotal ? (value.end >= 0 ? "#1f6f3f" : "#8b1e1e") : (value.end >= value.start ? "#3a9a5b" : "#c94a4a")
            let y0 = y(max(value.start, value.end))
            let barHeight = max(abs(y(value.start) - y(value.end)), 1)
            let x = Double(index) * slot + slot * 0.15
            svg +=
                "<rect x=\"\(f(x))\" y=\"\(f(y0))\" width=\"\(f(slot * 0.7))\" height=\"\(f(barHeight))\" fill=\"\(color)\"/>"
            let label = isTotal ? total : steps[index].label
            let amount = isTotal ? running : steps[index].weight
            svg +=
                "<text x=\"\(f(x + slot * 0.35))\" y=\"\(f(height - 24))\" font-size=\"11\" text-anchor=\"middle\">\(escape(label))</text>"
            svg +=
                "<text x=\"\(f(x + slot * 0.35))\" y=\"\(f(height - 10))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">"
                + "\(String(format: "%+.1f", amount))</text>"
        }
        return svg + "</svg>"
    }

    /// A bar chart of counts per bin.
    public static func histogram(_ bins: [(label: String, count: Int)], title: String) -> String {
        let width = 640.0
        let height = 180.0
        let bottom = 28.0
        let maximum = Double(max(bins.map(\.count).max() ?? 1, 1))
        let slot = width / Double(max(bins.count, 1))
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"histogram\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "role=\"img\" aria-label=\"\(escape(title))\"><title>\(escape(title))</title>"
        for (index, bin) in bins.enumerated() {
            let barHeight = Double(bin.count) / maximum * (height - bottom - 14)
            let x = Double(index) * slot
            svg +=
                "<rect x=\"\(f(x + 2))\" y=\"\(f(height - bottom - barHeight))\" width=\"\(f(slot - 4))\" "
                + "height=\"\(f(barHeight))\" fill=\"#4a78b5\"><title>\(escape(bin.label)): \(bin.count)</title></rect>"
            svg +=
                "<text x=\"\(f(x + slot / 2))\" y=\"\(f(height - bottom - barHeight - 3))\" font-size=\"10\" "
                + "text-anchor=\"middle\">\(bin.count)</text>"
            svg +=
                "<text x=\"\(f(x + slot / 2))\" y=\"\(f(height - 10))\" font-size=\"10\" text-anchor=\"middle\">"
                + "\(escape(bin.label))</text>"
        }
        return svg + "</svg>"
    }

    /// A timeline of address periods: one numbered bar per period (`from` to `to`, open-ended
    /// to `today`; days as `yyyy-mm-dd`), year ticks, and a dashed line at `marker` (the day the
    /// registry recorded its address), so a steward sees which address was valid then. Empty
    /// when no period has a day.
    public static func timeline(
        _ periods: [(from: String?, to: String?)], marker: (label: String, day: String)?, today: String, title: String
    ) -> String {
        func years(_ day: String?) -> Double? {
            guard let day else { return nil }
            let parts = day.split(separator: "-").compactMap { Double($0) }
            guard parts.count == 3 else { return nil }
            return parts[0] + (parts[1] - 1) / 12 + (parts[2] - 1) / 365
        }
        let now = years(today) ?? 2026
        let markerYear = marker.flatMap { years($0.day) }
        let known = periods.flatMap { [years($0.from), years($0.to)] }.compactMap { $0 }
        guard !known.isEmpty else { return "" }
        var low = (known + [markerYear].compactMap { $0 }).min()! - 0.5
        var high = max(now, (known + [markerYear].compactMap { $0 }).max()!) + 0.5
        if high - low < 4 {
            low -= 1
            high += 1
        }
        let width = 720.0
        let left = 30.0
        let right = 12.0
        let top = 22.0
        let row = 22.0
        let height = top + row * Double(periods.count) + 26
        func x(_ year: Double) -> Double { left + (year - low) / (high - low) * (width - left - right) }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"\(Int(width))\" "
            + "height=\"\(Int(height))\" role=\"img\" aria-label=\"\(escape(title))\"><title>\(escape(title))</title>"
        let span = high - low
        let step = span > 40 ? 10.0 : span > 16 ? 5.0 : span > 8 ? 2.0 : 1.0
        var tick = (low / step).rounded(.up) * step
        while tick <= high {
            svg +=
                "<line x1=\"\(f(x(tick)))\" x2=\"\(f(x(tick)))\" y1=\"\(f(top - 4))\" y2=\"\(f(height - 22))\" "
                + "stroke=\"#e3e7ee\" stroke-width=\"1\"/>"
                + "<text x=\"\(f(x(tick)))\" y=\"\(f(height - 8))\" font-size=\"11\" text-anchor=\"middle\" "
                + "fill=\"#555\">\(Int(tick))</text>"
            tick += step
        }
        for (index, period) in periods.enumerated() {
            let start = years(period.from) ?? low
            let end = years(period.to) ?? now
            let y = top + Double(index) * row + 3
            let current = period.to == nil
            svg +=
                "<rect x=\"\(f(x(start)))\" y=\"\(f(y))\" width=\"\(f(max(x(end) - x(start), 2)))\" "
                + "height=\"\(f(row - 8))\" rx=\"3\" fill=\"\(current ? "#1d4e89" : "#8fb0d8")\"/>"
                + "<text x=\"\(f(left - 8))\" y=\"\(f(y + row - 11))\" font-size=\"11\" text-anchor=\"end\">"
                + "\(index + 1)</text>"
        }
        if let marker, let year = markerYear {
            svg +=
                "<line x1=\"\(f(x(year)))\" x2=\"\(f(x(year)))\" y1=\"\(f(top - 6))\" y2=\"\(f(height - 22))\" "
                + "stroke=\"#b07d00\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
                + "<text x=\"\(f(min(max(x(year), 60), width - 60)))\" y=\"12\" font-size=\"11\" "
                + "text-anchor=\"middle\" fill=\"#7a5a00\">\(escape(marker.label)) \(escape(marker.day))</text>"
        }
        return svg + "</svg>"
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}

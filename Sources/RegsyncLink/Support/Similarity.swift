/// String similarity measures over code points, for the fuzzy levels of comparisons: they
/// take slices of a ``ScalarStore`` so that no `String` is built per compared pair.
public enum Similarity {
    /// The Levenshtein distance of `a` and `b`, or `limit + 1` as soon as it is known to exceed
    /// `limit` (the levels only ask "at most 1?" or "at most 2?").
    public static func levenshtein(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, limit: Int) -> Int {
        let n = a.count
        let m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 { return m }
        if m == 0 { return n }
        // Two rows of the dynamic programme; names are short.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (m + 1)) { buffer in
            var previous = UnsafeMutableBufferPointer(rebasing: buffer[0...m])
            var current = UnsafeMutableBufferPointer(rebasing: buffer[(m + 1)...])
            for j in 0...m { previous[j] = j }
            var i = 0
            for x in a {
                i += 1
                current[0] = i
                var rowMinimum = i
                var j = 0
                for y in b {
                    j += 1
                    let substitution = previous[j - 1] + (x == y ? 0 : 1)
                    let value = min(substitution, previous[j] + 1, current[j - 1] + 1)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return limit + 1 }
                swap(&previous, &current)
            }
            return previous[m]
        }
    }

    /// The Jaro–Winkler similarity of `a` and `b` (0 … 1; prefix scale 0.1, at most four
    /// prefix characters), as record linkage tools define it.
    public static func jaroWinkler(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Double {
        let jaro = jaro(a, b)
        guard jaro > 0.7 else { return jaro }
        var prefix = 0
        for (x, y) in zip(a, b) {
            guard x == y, prefix < 4 else { break }
            prefix += 1
        }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// The Jaro similarity of `a` and `b`.
    public static func jaro(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Double {
        let n = a.count
        let m = b.count
        if n == 0 && m == 0 { return 1 }
        if n == 0 || m == 0 { return 0 }
        let window = max(0, max(n, m) / 2 - 1)
        let x = Array(a)
        let y = Array(b)
        var matchedX = [Bool](repeating: false, count: n)
        var matchedY = [Bool](repeating: false, count: m)
        var matches = 0
        for i in 0..<n {
            let low = max(0, i - window)
            let high = min(m - 1, i + window)
            guard low <= high else { continue }
            for j in low...high where !matchedY[j] && x[i] == y[j] {
                matchedX[i] = true
                matchedY[j] = true
                matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        var transpositions = 0
        var k = 0
        for i in 0..<n where matchedX[i] {
            while !matchedY[k] { k += 1 }
            if x[i] != y[k] { transpositions += 1 }
            k += 1
        }
        let mm = Double(matches)
        return (mm / Double(n) + mm / Double(m) + (mm - Double(transpositions / 2)) / mm) / 3
    }

    /// Whether `a` and `b` have the same length and differ only where one of them has the
    /// placeholder 〓 (a character the source's character set lacked).
    public static func equalBesidesPlaceholders(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Bool {
        guard a.count == b.count, !a.isEmpty else { return false }
        var sawPlaceholder = false
        for (x, y) in zip(a, b) where x != y {
            guard x == 0x3013 || y == 0x3013 else { return false }
            sawPlaceholder = true
        }
        return sawPlaceholder
    }
}

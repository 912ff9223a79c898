/// The comparisons of a configuration compiled against two feature tables: fills a pair's
/// level vector, packs it into one pattern number (mixed radix over the level counts) and
/// unpacks it again.
struct ComparisonSet: Sendable {
    let specs: [ComparisonSpec]
    let comparers: [any Comparer]
    /// Which comparer fills each comparison slot.
    let comparerOfSlot: [Int]
    let levelCounts: [Int]
    let strides: [Int]
    /// The number of distinct patterns.
    let patternSpace: Int

    /// A problem compiling a configuration against its inputs.
    struct Mismatch: Error, CustomStringConvertible {
        let description: String
    }

    init(config: LinkConfig, left: FeatureTable, right: FeatureTable) throws {
        let specs = config.comparisons
        self.specs = specs
        var comparers: [any Comparer] = []
        var comparerOfSlot = [Int](repeating: -1, count: specs.count)
        for (slot, spec) in specs.enumerated() where comparerOfSlot[slot] < 0 {
            func missing() -> Mismatch {
                Mismatch(description: "comparison '\(spec.name)': feature '\(spec.feature)' is missing on one side")
            }
            switch spec.kind {
            case .surname, .givenName:
                guard let a = left.nameColumn(spec.feature), let b = right.nameColumn(spec.feature) else {
                    throw missing()
                }
                let surname = specs.indices.first { specs[$0].kind == .surname && specs[$0].feature == spec.feature }
                let given = specs.indices.first { specs[$0].kind == .givenName && specs[$0].feature == spec.feature }
                comparers.append(NameComparer(left: a, right: b, surnameSlot: surname, givenSlot: given))
                for index in [surname, given].compactMap({ $0 }) { comparerOfSlot[index] = comparers.count - 1 }
            case .date:
                guard let a = left.dateColumn(spec.feature), let b = right.dateColumn(spec.feature) else {
                    throw missing()
                }
                comparers.append(DateComparer(left: a, right: b, slot: slot))
                comparerOfSlot[slot] = comparers.count - 1
            case .addressHistory:
                guard let a = left.addressColumn(spec.feature), let b = right.addressColumn(spec.feature) else {
                    throw missing()
                }
                comparers.append(AddressComparer(left: a, right: b, slot: slot))
                comparerOfSlot[slot] = comparers.count - 1
            case .text, .exact:
                guard let a = left.textColumn(spec.feature), let b = right.textColumn(spec.feature) else {
                    throw missing()
                }
                comparers.append(
                    TextComparer(
                        left: a, right: b, slot: slot, levels: spec.kind == .text ? spec.textLevels : [],
                        termFrequency: spec.termFrequency))
                comparerOfSlot[slot] = comparers.count - 1
            }
        }
        self.comparers = comparers
        self.comparerOfSlot = comparerOfSlot
        levelCounts = specs.map { $0.levelLabels.count }
        var strides: [Int] = []
        var space = 1
        for count in levelCounts {
            strides.append(space)
            space = space.multipliedReportingOverflow(by: count).overflow ? Int.max / 2 : space * count
        }
        self.strides = strides
        patternSpace = space
    }

    var count: Int { specs.count }

    /// The levels of pair (`i`, `j`).
    func levels(_ i: Int, _ j: Int, into levels: inout [UInt8]) {
        for comparer in comparers { comparer.compare(i, j, into: &levels) }
    }

    func pattern(_ levels: [UInt8]) -> UInt64 {
        var pattern = 0
        for slot in levels.indices { pattern += Int(levels[slot]) * strides[slot] }
        return UInt64(pattern)
    }

    func decode(_ pattern: UInt64) -> [UInt8] {
        var rest = Int(pattern)
        var levels = [UInt8](repeating: 0, count: levelCounts.count)
        for slot in levels.indices {
            levels[slot] = UInt8(rest % levelCounts[slot])
            rest /= levelCounts[slot]
        }
        return levels
    }

    func level(of pattern: UInt64, slot: Int) -> UInt8 {
        UInt8(Int(pattern) / strides[slot] % levelCounts[slot])
    }

    func termFrequencyLog2(slot: Int, level: UInt8, _ i: Int, _ j: Int) -> Float? {
        comparers[comparerOfSlot[slot]].termFrequencyLog2(slot: slot, level: level, i, j)
    }
}

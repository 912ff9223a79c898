/// Reads the blocking keys of one rule for the records of one side: each part gives one or
/// more hashes (a person's other names, every address of a history), and the rule's keys
/// are their combinations.
struct BlockingKeys: Sendable {
    /// How one part reads its hashes.
    enum Source: Sendable {
        case name(NameColumn, KeyPart.Key)
        case text(TextColumn, KeyPart.Key)
        case date(DateColumn, KeyPart.Key)
        case address(AddressColumn, KeyPart.Key)
        case group(GroupColumn)
    }

    let sources: [Source]
    /// Keys per record at most (combinations of multi-valued parts are cut here).
    static let limit = 64

    init(rule: BlockingRule, table: FeatureTable) throws {
        sources = try rule.parts.map { part in
            guard let index = table.featureIndex(part.feature) else {
                throw ComparisonSet.Mismatch(
                    description: "blocking rule '\(rule.name)': feature '\(part.feature)' is missing on one side")
            }
            switch table.columns[index] {
            case .name(let column): return .name(column, part.key)
            case .text(let column): return .text(column, part.key)
            case .date(let column): return .date(column, part.key)
            case .address(let column): return .address(column, part.key)
            case .group(let column): return .group(column)
            }
        }
    }

    /// The keys of record `index`, without duplicates, into `keys` (cleared first).
    func keys(of index: Int, into keys: inout [UInt64], scratch: inout [UInt64]) {
        keys.removeAll(keepingCapacity: true)
        keys.append(0x5EED)
        for source in sources {
            scratch.removeAll(keepingCapacity: true)
            Self.values(source, index, into: &scratch)
            if scratch.isEmpty {
                keys.removeAll(keepingCapacity: true)
                return
            }
            let previous = keys
            keys.removeAll(keepingCapacity: true)
            outer: for key in previous {
                for value in scratch {
                    keys.append(StableHash.combine(key, value))
                    if keys.count >= Self.limit { break outer }
                }
            }
        }
        if keys.count > 1 {
            keys.sort()
            var write = 1
            for read in 1..<keys.count where keys[read] != keys[write - 1] {
                keys[write] = keys[read]
                write += 1
            }
            keys.removeLast(keys.count - write)
        }
    }

    private static func values(_ source: Source, _ index: Int, into out: inout [UInt64]) {
        func add(_ value: UInt64) {
            if value != 0 && !out.contains(value) { out.append(value) }
        }
        switch source {
        case .name(let column, let key):
            if column.entity[index] { return }
            let own = column.forms[index]
            let others = column.alternates(of: index)
            switch key {
            case .full:
                add(own.full)
                for form in others { add(form.full) }
            case .loose:
                add(own.fullLoose)
                for form in others { add(form.fullLoose) }
            case .reading:
                add(own.reading)
                for form in others { add(form.reading) }
            case .surname:
                add(own.surname)
                for form in others { add(form.surname) }
            case .given:
                add(own.given)
            default: break
            }
        case .text(let column, let key):
            let hash = column.hashes[index]
            guard hash != 0 else { return }
            if key == .prefix3 {
                add(StableHash.of(scalars: column.scalars[column.spans[index]].prefix(3), tag: 32))
            } else {
                add(hash)
            }
        case .date(let column, let key):
            let value = column.values[index]
            guard value != 0 else { return }
            add(UInt64(key == .year ? value / 10_000 : value))
        case .address(let column, let key):
            for entry in column.entries(of: index) {
                switch key {
                case .place: add(entry.place)
                case .town: add(entry.town)
                case .municipality: add(UInt64(entry.municipality))
                default: break
                }
            }
        case .group(let column):
            add(column.values[index])
        }
    }
}

/// The right side's records by blocking key, for one rule: sorted distinct keys with the
/// records of each, looked up by binary search (lean for millions of keys).
struct BlockingIndex: Sendable {
    private(set) var keys: [UInt64] = []
    private(set) var offsets: [UInt32] = []
    private(set) var records: [UInt32] = []

    init(keys reader: BlockingKeys, count: Int) {
        var entries: [(UInt64, UInt32)] = []
        entries.reserveCapacity(count)
        var keys: [UInt64] = []
        var scratch: [UInt64] = []
        for index in 0..<count {
            reader.keys(of: index, into: &keys, scratch: &scratch)
            for key in keys { entries.append((key, UInt32(index))) }
        }
        entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        self.keys.reserveCapacity(entries.count / 2)
        records.reserveCapacity(entries.count)
        for (key, record) in entries {
            if self.keys.last != key {
                self.keys.append(key)
                offsets.append(UInt32(records.count))
            }
            records.append(record)
        }
        offsets.append(UInt32(records.count))
    }

    /// The records with `key`.
    func records(for key: UInt64) -> ArraySlice<UInt32> {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < keys.count, keys[low] == key else { return [] }
        return records[Int(offsets[low])..<Int(offsets[low + 1])]
    }
}

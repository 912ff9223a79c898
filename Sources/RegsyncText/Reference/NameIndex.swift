/// A read-only map from folded names (sequences of scalar values) to targets, built for
/// longest-prefix search: walking an input from a position, the hash of each prefix is
/// extended by one scalar and looked up, so no substring is ever allocated.
///
/// Open addressing over 64-bit FNV-1a hashes; entries with one hash are contiguous and
/// every hit is verified against the stored name, so a hash collision never matches.
/// A bit set of the hashes of every proper prefix of every name ends a walk as soon as
/// no longer name can follow (a false positive only walks one step further).
/// A class, so that handing it around costs one reference count, not one per array.
final class NameIndex: Sendable {
    /// One indexed name: where its folded scalars are in `pool`, and what it stands for.
    struct Entry: Sendable {
        var hash: UInt64
        var offset: Int32
        var length: Int32
        var target: Int32
        var flags: UInt8
    }

    private let slots: [Int32]  // index of the first entry with a hash, or -1
    private let slotHashes: [UInt64]
    private let mask: Int
    let entries: [Entry]
    private let pool: [UInt32]
    /// The longest indexed name, bounding every prefix walk.
    let maxLength: Int
    /// Bits set at the hashes of the names' proper prefixes.
    private let prefixBits: [UInt64]
    private let prefixMask: Int

    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of a scope (a prefecture or municipality index) before any scalar.
    static func seed(_ scope: Int) -> UInt64 {
        mix(basis, UInt32(truncatingIfNeeded: scope &+ 0x1_0000))
    }

    @inline(__always)
    static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        var h = hash
        h = (h ^ UInt64(value)) &* 0x100_0000_01b3
        return h ^ (h >> 29)
    }

    /// Collects names while the index is built.
    struct Builder {
        var entries: [Entry] = []
        var pool: [UInt32] = []
        var maxLength = 0
        /// The hashes of every proper prefix of every name.
        var prefixHashes: [UInt64] = []

        mutating func add(_ name: [UInt32], scope: Int, target: Int, flags: UInt8 = 0) {
            guard !name.isEmpty else { return }
            var h = NameIndex.seed(scope)
            for (k, value) in name.enumerated() {
                if k > 0 { prefixHashes.append(h) }
                h = NameIndex.mix(h, value)
            }
            // The same name for the same target is indexed once.
            let offset = pool.count
            pool.append(contentsOf: name)
            entries.append(
                Entry(
                    hash: h, offset: Int32(offset), length: Int32(name.count), target: Int32(target),
                    flags: flags))
            maxLength = max(maxLength, name.count)
        }

        func build() -> NameIndex {
            NameIndex(entries: entries, pool: pool, maxLength: maxLength, prefixHashes: prefixHashes)
        }
    }

    private init(entries unsorted: [Entry], pool: [UInt32], maxLength: Int, prefixHashes: [UInt64]) {
        var bitCount = 64
        while bitCount < prefixHashes.count * 16 { bitCount <<= 1 }
        var prefixBits = [UInt64](repeating: 0, count: bitCount / 64)
        for h in prefixHashes {
            let bit = Int(truncatingIfNeeded: h) & (bitCount - 1)
            prefixBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.prefixBits = prefixBits
        self.prefixMask = bitCount - 1
        let sorted = unsorted.sorted { ($0.hash, $0.target, $0.flags) < ($1.hash, $1.target, $1.flags) }
        var capacity = 16
        while capacity < sorted.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        var slotHashes = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        var index = 0
        while index < sorted.count {
            let h = sorted[index].hash
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
            slotHashes[slot] = h
            while index < sorted.count && sorted[index].hash == h { index += 1 }
        }
        self.slots = slots
        self.slotHashes = slotHashes
        self.mask = mask
        self.entries = sorted
        self.pool = pool
        self.maxLength = maxLength
    }

    /// Calls `body(entry, end)` for every indexed name in `scope` that equals
    /// `input[start..<end]`, shortest first.
    func forEachPrefix(
        of input: [UInt32], from start: Int, scope: Int, limit: Int? = nil, _ body: (Entry, Int) -> Void
    ) {
        var h = NameIndex.seed(scope)
        let end = min(input.count, start + (limit ?? maxLength))
        var position = start
        while position < end {
            h = NameIndex.mix(h, input[position])
            position += 1
            var slot = Int(truncatingIfNeeded: h) & mask
            while true {
                let first = slots[slot]
                if first < 0 { break }
                if slotHashes[slot] == h {
                    var i = Int(first)
                    while i < entries.count && entries[i].hash == h {
                        let entry = entries[i]
                        if Int(entry.length) == position - start && equals(entry, input, start) {
                            body(entry, position)
                        }
                        i += 1
                    }
                    break
                }
                slot = (slot + 1) & mask
            }
            let bit = Int(truncatingIfNeeded: h) & prefixMask
            if prefixBits[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { break }
        }
    }

    /// Every entry whose name equals `name` exactly, in `scope`.
    func lookup(_ name: [UInt32], scope: Int) -> [Entry] {
        var found: [Entry] = []
        forEachPrefix(of: name, from: 0, scope: scope, limit: name.count) { entry, end in
            if end == name.count { found.append(entry) }
        }
        return found
    }

    @inline(__always)
    private func equals(_ entry: Entry, _ input: [UInt32], _ start: Int) -> Bool {
        let offset = Int(entry.offset)
        for k in 0..<Int(entry.length) where pool[offset + k] != input[start + k] { return false }
        return true
    }
}

import Foundation

/// Memo of whole-field results keyed by the field's source bytes, for the byte-level CSV
/// mapper: ledgers repeat the same dates over and over, and one look-up by raw bytes
/// replaces decoding, trimming, era parsing and ISO validation of the value.
///
/// A flat open-addressing table over one byte pool: no `String`, no `Hasher`, no
/// allocation per look-up (the `[String: …]` dictionary it replaces hashed and compared
/// Strings, ~8% of a profile). Not thread-safe: one per reader.
///
/// The table's state sits behind a pointer: as stored properties of a class, every read
/// of the slots, mask and pool was a dynamic exclusivity check (a visible share of the
/// hot loop); through a pointer it is a plain load.
final class FieldMemo {
    /// One remembered result: the key's and the value's place in the pool.
    private struct Entry {
        var hash: UInt64 = 0
        /// Key offset + 1 in the pool (0 marks an empty slot).
        var key: Int32 = 0
        var keyLength: Int32 = 0
        var value: Int32 = 0
        /// The value's length, or -1 for a nil value.
        var valueLength: Int32 = 0
        /// Index into `warningLists`, or -1 for none.
        var warnings: Int32 = -1
        var field: Int32 = 0
    }

    private struct State {
        var slots: UnsafeMutablePointer<Entry>
        var mask: Int
        var count = 0
        var pool: UnsafeMutablePointer<UInt8>
        var poolCapacity: Int
        var poolCount = 0
        var warningLists: [[String]] = []
    }

    /// At most this many results are kept; then the memo starts afresh (bounded memory
    /// on files whose "dates" are all different).
    let limit: Int
    private let state: UnsafeMutablePointer<State>

    init(limit: Int = 100_000) {
        self.limit = limit
        let mask = 1023
        let slots = UnsafeMutablePointer<Entry>.allocate(capacity: mask + 1)
        slots.initialize(repeating: Entry(), count: mask + 1)
        state = .allocate(capacity: 1)
        state.initialize(
            to: State(slots: slots, mask: mask, pool: .allocate(capacity: 1 << 16), poolCapacity: 1 << 16))
    }

    deinit {
        state.pointee.slots.deallocate()
        state.pointee.pool.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The result remembered for `key` in field `field`.
    /// - Returns: false when there is none; otherwise calls `found` with the value's
    ///   bytes (nil for a nil value) and its warnings.
    @inline(__always)
    func lookUp(
        field: Int, _ key: UnsafeRawBufferPointer,
        _ found: (UnsafeBufferPointer<UInt8>?, [String]?) -> Void
    ) -> Bool {
        let hash = Self.hash(field, key)
        let slots = state.pointee.slots
        let mask = state.pointee.mask
        let pool = state.pointee.pool
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[index]
            if entry.key == 0 { return false }
            if entry.hash == hash && entry.field == Int32(field) && Int(entry.keyLength) == key.count
                && (key.isEmpty || memcmp(pool + Int(entry.key - 1), key.baseAddress!, key.count) == 0)
            {
                let value =
                    entry.valueLength < 0
                    ? nil : UnsafeBufferPointer(start: pool + Int(entry.value), count: Int(entry.valueLength))
                found(value, entry.warnings < 0 ? nil : state.pointee.warningLists[Int(entry.warnings)])
                return true
            }
            index = (index + 1) & mask
        }
    }

    /// Remembers `value` (nil for a nil value) and `warnings` for `key` in field `field`.
    func insert(field: Int, _ key: UnsafeRawBufferPointer, value: String?, warnings: [String]) {
        if state.pointee.count >= limit { removeAll() }
        if (state.pointee.count + 1) * 2 > state.pointee.mask + 1 { grow() }
        var value = value
        let valueBytes = value?.utf8.count ?? 0
        reservePool(key.count + valueBytes)
        var entry = Entry()
        entry.hash = Self.hash(field, key)
        entry.field = Int32(field)
        let pool = state.pointee.pool
        var poolCount = state.pointee.poolCount
        entry.key = Int32(poolCount + 1)
        entry.keyLength = Int32(key.count)
        if let base = key.baseAddress {
            (pool + poolCount).update(from: base.assumingMemoryBound(to: UInt8.self), count: key.count)
        }
        poolCount += key.count
        entry.value = Int32(poolCount)
        if value != nil {
            value!.withUTF8 { bytes in
                if let base = bytes.baseAddress { (pool + poolCount).update(from: base, count: bytes.count) }
            }
            entry.valueLength = Int32(valueBytes)
            poolCount += valueBytes
        } else {
            entry.valueLength = -1
        }
        state.pointee.poolCount = poolCount
        if !warnings.isEmpty {
            entry.warnings = Int32(state.pointee.warningLists.count)
            state.pointee.warningLists.append(warnings)
        }
        place(entry)
        state.pointee.count += 1
    }

    private func place(_ entry: Entry) {
        let slots = state.pointee.slots
        let mask = state.pointee.mask
        var index = Int(truncatingIfNeeded: entry.hash) & mask
        while slots[index].key != 0 { index = (index + 1) & mask }
        slots[index] = entry
    }

    private func grow() {
        let old = state.pointee.slots
        let oldCapacity = state.pointee.mask + 1
        state.pointee.mask = oldCapacity * 2 - 1
        state.pointee.slots = .allocate(capacity: oldCapacity * 2)
        state.pointee.slots.initialize(repeating: Entry(), count: oldCapacity * 2)
        for index in 0..<oldCapacity where old[index].key != 0 { place(old[index]) }
        old.deallocate()
    }

    private func reservePool(_ extra: Int) {
        let needed = state.pointee.poolCount + extra
        guard needed > state.pointee.poolCapacity else { return }
        var capacity = state.pointee.poolCapacity * 2
        while needed > capacity { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: state.pointee.pool, count: state.pointee.poolCount)
        state.pointee.pool.deallocate()
        state.pointee.pool = grown
        state.pointee.poolCapacity = capacity
    }

    private func removeAll() {
        state.pointee.slots.update(repeating: Entry(), count: state.pointee.mask + 1)
        state.pointee.count = 0
        state.pointee.poolCount = 0
        state.pointee.warningLists.removeAll(keepingCapacity: true)
    }

    /// FNV-1a over the field number and the key bytes: keys are short (dates), and a
    /// byte loop beats setting up a `Hasher`.
    @inline(__always)
    private static func hash(_ field: Int, _ key: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: field)
        for byte in key {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        // Fold the high bits in: the slot index takes the low ones.
        return hash ^ (hash >> 29)
    }
}

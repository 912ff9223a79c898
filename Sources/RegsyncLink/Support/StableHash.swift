/// A 64-bit hash that is the same in every process and on every machine (FNV-1a with a
/// SplitMix finaliser), for comparison and blocking keys: Swift's `Hasher` is seeded per
/// process, and the engine's results must not depend on the process that computed them.
///
/// 0 is reserved for "no value": a value that hashes to 0 is moved to 1.
public enum StableHash {
    /// The hash of a string's UTF-8, salted with a tag so that equal text in different roles
    /// (a surname and a given name both written 正) never collides.
    @inlinable
    public static func of(_ text: String, tag: UInt64 = 0) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ (tag &* 0x9E37_79B9_7F4A_7C15)
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return finish(hash)
    }

    /// The hash of scalars (as `of(_:tag:)` would give for their UTF-32 code points).
    @inlinable
    public static func of<C: Collection>(scalars: C, tag: UInt64 = 0) -> UInt64 where C.Element == UInt32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ (tag &* 0x9E37_79B9_7F4A_7C15)
        for value in scalars {
            hash ^= UInt64(value)
            hash &*= 0x0000_0100_0000_01B3
        }
        return finish(hash)
    }

    /// The hash of UTF-8 bytes (as `of(_:tag:)` gives for the string they spell).
    @inlinable
    public static func of(bytes: UnsafeBufferPointer<UInt8>, tag: UInt64 = 0) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ (tag &* 0x9E37_79B9_7F4A_7C15)
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return finish(hash)
    }

    /// Combines hashes into one (order matters): the key of a blocking rule over several parts.
    @inlinable
    public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        finish(a &* 0x9E37_79B9_7F4A_7C15 ^ (b &+ 0x632B_E59B_D9B4_E019))
    }

    @usableFromInline
    static func finish(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z == 0 ? 1 : z
    }
}

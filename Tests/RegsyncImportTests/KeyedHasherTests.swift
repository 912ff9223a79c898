import RegsyncCore
import Testing

@testable import RegsyncImport

@Suite("Keyed pseudonyms")
struct KeyedHasherTests {
    let hasher = KeyedHasher(keyBytes: Array(1...32))!

    @Test("a pseudonym is HMAC-SHA-256 of context, 0x1F and value, in lower-case hex (vectors from Python's hmac)")
    func matchesAnIndependentImplementation() {
        #expect(
            hasher.pseudonym("123456789018", context: "resident.person")
                == "33a7e739932ed70ef3290fbcee6c3fd07f76fd5f3d4aab23aebf65a2d2968aa3")
        #expect(
            hasher.pseudonym("髙橋", context: "vehicle")
                == "3bdd0311dbf20aa7b0b1aef49b9974e3b47c492d935f279e67c88950b71bc9ae")
    }

    @Test("the keyed state is copied, never consumed: the same value gives the same pseudonym every time")
    func repeatable() {
        let first = hasher.pseudonym("123456789018", context: "resident.person")
        for _ in 0..<3 { #expect(hasher.pseudonym("123456789018", context: "resident.person") == first) }
    }

    @Test("another context or another key gives an unrelated pseudonym")
    func separated() {
        let base = hasher.pseudonym("123456789018", context: "resident.person")
        #expect(hasher.pseudonym("123456789018", context: "vehicle") != base)
        #expect(KeyedHasher(keyBytes: Array(2...33))!.pseudonym("123456789018", context: "resident.person") != base)
    }

    @Test("a key shorter than 16 bytes is refused")
    func shortKey() {
        #expect(KeyedHasher(keyBytes: Array(1...15)) == nil)
    }

    @Test(
        "hex of a buffer equals hex of a sequence",
        arguments: [[], [0x00], [0x0F, 0xF0, 0xAB], Array(0...255)] as [[UInt8]])
    func hexAgrees(bytes: [UInt8]) {
        let viaBuffer = bytes.withUnsafeBytes { Hex.encode($0) }
        #expect(viaBuffer == Hex.encode(bytes.lazy.map { $0 }))
        #expect(viaBuffer.count == bytes.count * 2)
    }
}

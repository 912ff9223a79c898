import Crypto
import Foundation
import HummingbirdBcrypt

/// Password hashing and generation for workbench accounts. A password is stored only as a
/// bcrypt hash (salted, cost 12: ~0.2 s per check on this machine kind) of the Base64 of its
/// SHA-256: bcrypt reads at most 72 bytes and stops at a NUL, and a Japanese passphrase of 25
/// characters is already 75 bytes of UTF-8, so every password is first brought to 44 ASCII
/// characters that carry all of it.
public enum Passwords {
    /// bcrypt's cost (log2 of its rounds).
    static let cost: UInt8 = 12
    /// The shortest password a steward may choose.
    public static let minimumLength = 12

    /// The hash to store for `password` (slow: run it off the event loops).
    public static func hash(_ password: String) -> String {
        Bcrypt.hash(prepared(password), cost: cost)
    }

    /// Whether `password` is the one `hash` was made from (slow, like ``hash(_:)``).
    public static func verify(_ password: String, hash: String) -> Bool {
        guard hash.hasPrefix("$2") else { return false }
        return Bcrypt.verify(prepared(password), hash: hash)
    }

    static func prepared(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }

    /// A hash no password is known for, checked when a login names no account so that an
    /// unknown name costs the same time as a wrong password.
    static let decoy = hash(oneTimePassword())

    /// A new one-time password: four groups of four characters from an alphabet without
    /// look-alikes (0/O, 1/l/I), ≈ 90 bits from the system's secure generator.
    public static func oneTimePassword() -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            String((0..<4).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        }.joined(separator: "-")
    }

    /// Why a password a steward chose is refused, or nil when it is acceptable.
    public static func problem(with password: String, name: String) -> String? {
        if password.count < minimumLength { return "too_short" }
        if password.lowercased().contains(name.lowercased()) { return "contains_name" }
        if Set(password).count < 5 { return "too_simple" }
        return nil
    }

    /// `count` random bytes as URL-safe Base64 (session and CSRF tokens).
    public static func token(bytes count: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The SHA-256 of a token in hex (what the session table keeps).
    public static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two secrets in time that does not depend on where they differ.
    public static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}

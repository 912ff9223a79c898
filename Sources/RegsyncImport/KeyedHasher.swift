import Crypto
import Foundation
import RegsyncCore

/// Derives keyed pseudonyms (HMAC-SHA-256) from secret values such as individual
/// numbers, so the raw value is never stored: the same value under the same key and
/// context always gives the same pseudonym; without the key it cannot be reversed or
/// recomputed. The context (e.g. the target table or a registry code) separates
/// pseudonyms of different uses, so they cannot be joined on their own.
public struct KeyedHasher: Sendable {
    /// The authenticator with the key already absorbed: each pseudonym starts from a copy,
    /// which saves hashing the padded key twice per value (a third of the cost per row when
    /// a million residents are imported).
    private let keyed: KeyedAuthenticator

    /// - Parameter keyBytes: the secret key (at least 16 bytes), from a key file or the
    ///   environment, never from the repository or the database.
    public init?(keyBytes: [UInt8]) {
        guard keyBytes.count >= 16 else { return nil }
        keyed = KeyedAuthenticator(HMAC<SHA256>(key: SymmetricKey(data: keyBytes)))
    }

    /// The hex pseudonym of `value` in `context`: HMAC-SHA-256 of the context's UTF-8,
    /// the unit separator 0x1F and the value's UTF-8.
    public func pseudonym(_ value: String, context: String) -> String {
        var message: [UInt8] = []
        message.reserveCapacity(context.utf8.count + 1 + value.utf8.count)
        message.append(contentsOf: context.utf8)
        message.append(0x1F)
        message.append(contentsOf: value.utf8)
        var authenticator = keyed.value
        authenticator.update(data: message)
        return authenticator.finalize().withUnsafeBytes { Hex.encode($0) }
    }
}

/// A keyed authenticator shared read-only across tasks (swift-crypto does not mark it
/// Sendable; it is only ever copied, and a copy owns its own hash state).
private struct KeyedAuthenticator: @unchecked Sendable {
    let value: HMAC<SHA256>
    init(_ value: HMAC<SHA256>) { self.value = value }
}

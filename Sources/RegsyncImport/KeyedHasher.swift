import Crypto
import Foundation
import RegsyncCore

/// Derives keyed pseudonyms (HMAC-SHA-256) from secret values such as individual
/// numbers, so the raw value is never stored: the same value under the same key and
/// context always gives the same pseudonym; without the key it cannot be reversed or
/// recomputed. The context (e.g. the target table or a registry code) separates
/// pseudonyms of different uses, so they cannot be joined on their own.
public struct KeyedHasher: Sendable {
    private let key: SendableKey

    /// - Parameter keyBytes: the secret key (at least 16 bytes), from a key file or the
    ///   environment, never from the repository or the database.
    public init?(keyBytes: [UInt8]) {
        guard keyBytes.count >= 16 else { return nil }
        key = SendableKey(SymmetricKey(data: keyBytes))
    }

    /// The hex pseudonym of `value` in `context`.
    public func pseudonym(_ value: String, context: String) -> String {
        var authenticator = HMAC<SHA256>(key: key.value)
        authenticator.update(data: Array(context.utf8))
        authenticator.update(data: [0x1F])
        authenticator.update(data: Array(value.utf8))
        let code = authenticator.finalize()
        return Hex.encode(code)
    }
}

/// A symmetric key shared read-only across tasks (swift-crypto does not mark it Sendable;
/// it is an immutable value).
private struct SendableKey: @unchecked Sendable {
    let value: SymmetricKey
    init(_ value: SymmetricKey) { self.value = value }
}

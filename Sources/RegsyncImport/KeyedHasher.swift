import Crypto
import Foundation

/// Derives keyed pseudonyms (HMAC-SHA-256) from secret values such as individual
/// numbers, so the raw value is never stored: the same value under the same key and
/// context always gives the same pseudonym; without the key it cannot be reversed or
/// recomputed. The context (e.g. the target table or a registry code) separates
/// pseudonyms of different uses, so they cannot be joined on their own.
public struct KeyedHasher: Sendable {
    private let keyBytes: [UInt8]

    /// - Parameter keyBytes: the secret key (at least 16 bytes), from a key file or the
    ///   environment, never from the repository or the database.
    public init?(keyBytes: [UInt8]) {
        guard keyBytes.count >= 16 else { return nil }
        self.keyBytes = keyBytes
    }

    /// The hex pseudonym of `value` in `context`.
    public func pseudonym(_ value: String, context: String) -> String {
        var message = Data(context.utf8)
        message.append(0x1F)
        message.append(contentsOf: value.utf8)
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: keyBytes))
        return code.map { String(format: "%02x", $0) }.joined()
    }
}

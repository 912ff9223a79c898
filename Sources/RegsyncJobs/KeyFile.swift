import Foundation
import RegsyncCore
import RegsyncImport

/// A key file that cannot be used: missing, unreadable, too short, or readable by others.
public struct KeyFileError: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    public let description: String
    public var outcome: Outcome { .configuration }
}

/// The secret key of keyed pseudonyms (individual numbers on import, residents in
/// registries): a file named by an option or `REGSYNC_KEY_FILE`, of at least 16 bytes, that
/// only its owner may read — refused otherwise, as ssh refuses such a private key: the key is
/// what keeps pseudonyms from being reversed by trying every value.
enum KeyFile {
    static func hasher(path: String?, purpose: String) throws(KeyFileError) -> KeyedHasher {
        guard let path, !path.isEmpty else {
            throw KeyFileError(
                description: "\(purpose): give the secret key with --key-file or REGSYNC_KEY_FILE "
                    + "(a file of at least 16 random bytes)")
        }
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & 0o077 != 0 {
            throw KeyFileError(
                description: "the key file \(path) may be read by group or others "
                    + "(mode \(String(status.st_mode & 0o777, radix: 8))): chmod 600 it (only its owner may read it)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KeyFileError(description: "cannot read the key file \(path)")
        }
        guard let hasher = KeyedHasher(keyBytes: Array(data)) else {
            throw KeyFileError(description: "the key file \(path) must hold at least 16 bytes")
        }
        return hasher
    }
}

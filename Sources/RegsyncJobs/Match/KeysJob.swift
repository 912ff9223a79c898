import Foundation
import Logging
import RegsyncCore
import RegsyncPostgres
import RegsyncStore
import RegsyncText

/// The keys stage: computes the comparison keys (name key, reading key, address key,
/// municipality code) of every row imported or changed since its keys were computed, with
/// the existing normalisers, on both cores — one partition of each table per worker, each
/// with its own connection and its own transaction. A second run finds nothing to do.
public struct KeysJob: Sendable {
    let configuration: PostgresConfiguration
    let workers: Int

    public init(configuration: PostgresConfiguration, workers: Int = 2) {
        self.configuration = configuration
        self.workers = max(1, workers)
    }

    /// Normalises `sources` and returns the rows updated per table.
    public func run(_ sources: [KeySource], logger: Logger) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let control = try PostgresConnection(configuration, logger: logger)
        for source in sources {
            let partitions = workers
            let configuration = configuration
            // A first run writes every row: the side table's indexes are built once after.
            let bulk = try KeysSession.isEmpty(source, on: control)
            if bulk { try KeysSession.dropIndexes(source, on: control) }
            let updated = try await withThrowingTaskGroup(of: Int.self) { group in
                for partition in 0..<partitions {
                    group.addTask {
                        try Self.normalise(
                            source, partition: partition, of: partitions, bulk: bulk, configuration: configuration,
                            logger: logger)
                    }
                }
                return try await group.reduce(0, +)
            }
            if bulk || updated > 0 { try KeysSession.ensureIndexes(source, on: control) }
            counts[source.table] = updated
            if updated > 0 {
                logger.info("keys computed", metadata: ["keys.table": "\(source.table)", "keys.rows": "\(updated)"])
            }
        }
        return counts
    }

    static func normalise(
        _ source: KeySource, partition: Int, of partitions: Int, bulk: Bool, configuration: PostgresConfiguration,
        logger: Logger
    ) throws -> Int {
        let reader = try PostgresConnection(configuration, logger: logger)
        let writer = try PostgresConnection(configuration, logger: logger)
        let session = KeysSession(
            reader: reader, writer: writer, source: source, partition: partition, partitions: partitions, bulk: bulk)
        let names = NameNormalizer()
        let addresses = AddressNormalizer()
        // Messages of resident rows keep only the code: an ambiguity message lists candidate
        // municipalities, which must not be stored for a person who may be protected.
        let codesOnly = source.table.hasPrefix("resident.")
        return try session.run {
            keys(for: $0, source: source, names: names, addresses: addresses, codesOnly: codesOnly)
        }
    }

    /// The longest comparison key stored (see ``keys(for:source:names:addresses:codesOnly:)``).
    static let maxKeyBytes = 1_024

    /// The keys of one row, in the order of ``KeySource/outputs``.
    static func keys(
        for row: KeysSession.Row, source: KeySource, names: NameNormalizer, addresses: AddressNormalizer,
        codesOnly: Bool
    ) -> KeysSession.Keys {
        var values: [String?] = []
        var warnings: [(field: String, code: String, message: String)] = []
        var input = 0
        // A key longer than maxKeyBytes is not stored: a b-tree index entry holds at most 2,704 bytes
        // (the keys are indexed), and matching on a value that long means nothing. Imports cap
        // fields at 4 KiB by default, but normalising can lengthen a value (NFKC expands some
        // characters eighteenfold).
        func capped(_ key: String?, _ field: String) -> String? {
            guard let key, key.utf8.count > Self.maxKeyBytes else { return key }
            warnings.append(
                (field, "key_too_long", "the key is \(key.utf8.count) bytes, longer than \(Self.maxKeyBytes): not used")
            )
            return nil
        }
        func next() -> String? {
            defer { input += 1 }
            guard let value = row.values[input], !value.isEmpty else { return nil }
            return value
        }
        for field in source.fields {
            switch field.kind {
            case .name(let reading, let readingKey):
                let text = next()
                let kana = reading == nil ? nil : next()
                if let text {
                    let normalized = names.normalize(text, reading: kana)
                    values.append(capped(normalized.key.isEmpty ? nil : normalized.key, field.source))
                    for warning in normalized.warnings {
                        warnings.append(
                            (field.source, warning.code.rawValue, codesOnly ? warning.code.rawValue : warning.message))
                    }
                } else {
                    values.append(nil)
                }
                if readingKey != nil {
                    let key = kana.map { ReadingKey.make($0) }
                    values.append(capped(key?.isEmpty == false ? key : nil, field.source))
                }
            case .address:
                if let text = next() {
                    let normalized = addresses.normalize(text)
                    values.append(capped(normalized.key, field.source))
                    values.append(capped(normalized.lgCode, field.source))
                    for warning in normalized.warnings {
                        warnings.append(
                            (field.source, warning.code.rawValue, codesOnly ? warning.code.rawValue : warning.message))
                    }
                } else {
                    values.append(nil)
                    values.append(nil)
                }
            }
        }
        return KeysSession.Keys(recordKey: row.recordKey, updatedAt: row.updatedAt, values: values, warnings: warnings)
    }
}

import Foundation
import RegsyncCore
import RegsyncImport
import RegsyncPropagate
import RegsyncYAML
import Yams

/// A nightly job's configuration that cannot be used, with every problem found at once.
public struct SyncConfigError: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    public let file: String
    public let problems: [ConfigProblem]
    public var outcome: Outcome { .configuration }
    public var description: String {
        "\(file): \(problems.count) problem(s): " + problems.map(\.description).joined(separator: "; ")
    }
}

/// What `regsync sync --config FILE` does each night, from a YAML file:
///
/// ```yaml
/// incoming: /var/lib/regsync/incoming      # relative globs start here (default: the file's folder)
/// mappings: /usr/share/regsync/mappings    # bare mapping names are looked up here
/// processed: move                          # move imported files to <their folder>/processed/ (or keep)
/// reports: /var/lib/regsync/reports        # one folder per run: reports/RUN/...
/// metrics: /var/lib/prometheus/node-exporter/regsync.prom   # optional textfile-collector file
/// max_rejects: 1%
/// residents:
///   - {files: "residents-*.csv", mapping: resident-persons.yaml}
///   - {files: "resident-addresses-*.csv", mapping: resident-addresses.yaml}
/// resident_events:
///   - {files: "resident-events-*.csv", mapping: resident-events.yaml}
/// registries:
///   vehicle:
///     inputs: [{files: "vehicles-*.csv", mapping: vehicle-legacy-cp932.yaml}]
///     policy: apply
///     deadline_days: 15
/// ```
/// Every registry listed is imported, matched and propagated; its policy keys are those of
/// `regsync propagate --config` (docs/propagation.md), `match_config` replaces its built-in
/// matcher configuration, `max_rejects` its threshold.
public struct SyncConfig: Sendable {
    /// Files matching a glob, read through one mapping.
    public struct Input: Sendable, Equatable {
        public var glob: String
        public var mapping: String
        public var maxRejects: RejectThreshold?
    }

    /// One registry's part of the night.
    public struct Registry: Sendable {
        public var name: String
        public var inputs: [Input]
        public var matchConfig: String?
        public var policy: RegistryPolicy
    }

    /// What the run does with a file once its content is in the database.
    public enum Processed: String, Sendable {
        case keep, move
    }

    public var file: String
    public var incoming: String
    public var mappings: String
    public var processed: Processed
    public var reports: String?
    public var metrics: String?
    public var keyFile: String?
    public var residents: [Input]
    public var residentEvents: [Input]
    public var registries: [Registry]

    /// The registries' policies as `regsync propagate` takes them.
    public var propagation: PropagationConfig {
        var config = PropagationConfig()
        for registry in registries { config.registries[registry.name] = registry.policy }
        return config
    }

    /// Reads and validates a configuration file.
    public static func load(path: String) throws(SyncConfigError) -> SyncConfig {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw SyncConfigError(
                file: path, problems: [ConfigProblem(keyPath: "", line: nil, message: "cannot read the file as UTF-8")])
        }
        return try parse(text, file: path)
    }

    static let topKeys: Set<String> = [
        "description", "incoming", "mappings", "processed", "reports", "metrics", "key_file", "max_rejects",
        "residents", "resident_events", "registries",
    ]
    static let registryOnlyKeys: Set<String> = ["inputs", "match_config", "max_rejects"]

    public static func parse(_ text: String, file: String) throws(SyncConfigError) -> SyncConfig {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw SyncConfigError(
                file: file, problems: [ConfigProblem(keyPath: "", line: nil, message: "not valid YAML: \(error)")])
        }
        let problems = YAMLProblems()
        let root = YAMLCursor(node: node, problems: problems)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        var config = SyncConfig(
            file: file, incoming: folder, mappings: folder, processed: .keep, reports: nil, metrics: nil, keyFile: nil,
            residents: [], residentEvents: [], registries: [])
        guard root.isMapping else {
            root.fail("must be a mapping with the keys residents, resident_events and registries")
            throw SyncConfigError(file: file, problems: problems.list)
        }
        root.rejectUnknownKeys(topKeys)
        let absolute = { (path: String) in path.hasPrefix("/") ? path : folder + "/" + path }
        if let text = root.child("incoming").string() { config.incoming = absolute(text) }
        if let text = root.child("mappings").string() { config.mappings = absolute(text) }
        config.reports = root.child("reports").string().map(absolute)
        config.metrics = root.child("metrics").string().map(absolute)
        config.keyFile = root.child("key_file").string().map(absolute)
        if let text = root.child("processed").string() {
            if let processed = Processed(rawValue: text) {
                config.processed = processed
            } else {
                root.child("processed").fail("use keep or move")
            }
        }
        let defaultThreshold = threshold(root.child("max_rejects"))
        config.residents = inputs(root.child("residents"), config: config, threshold: defaultThreshold)
        config.residentEvents = inputs(root.child("resident_events"), config: config, threshold: defaultThreshold)
        let registries = root.child("registries")
        if registries.isMissing {
            registries.fail("is required: the registries to keep in step (vehicle, realestate, commercial)")
        } else if !registries.isMapping {
            registries.fail("must map registry names to their inputs and policies")
        }
        for (name, entry) in registries.entries {
            guard PropagationConfig.registryNames.contains(name) else {
                entry.fail("unknown registry '\(name)'; use \(PropagationConfig.registryNames.joined(separator: ", "))")
                continue
            }
            let policy = PropagationConfig.parseRegistry(
                entry, defaults: RegistryPolicy.defaults(for: name), otherKeys: registryOnlyKeys)
            let threshold =
                entry.child("max_rejects").isMissing ? defaultThreshold : threshold(entry.child("max_rejects"))
            let matchConfig = entry.child("match_config").string().map(absolute)
            if let matchConfig, !FileManager.default.fileExists(atPath: matchConfig) {
                entry.child("match_config").fail("no such file: \(matchConfig)")
            }
            config.registries.append(
                Registry(
                    name: name, inputs: inputs(entry.child("inputs"), config: config, threshold: threshold),
                    matchConfig: matchConfig, policy: policy))
        }
        if !problems.list.isEmpty { throw SyncConfigError(file: file, problems: problems.list) }
        return config
    }

    private static func threshold(_ cursor: YAMLCursor) -> RejectThreshold? {
        guard let text = cursor.string() ?? cursor.int().map(String.init) else { return nil }
        guard let threshold = RejectThreshold(text) else {
            cursor.fail("must be a count (100) or a percentage (1%)")
            return nil
        }
        return threshold
    }

    private static func inputs(_ cursor: YAMLCursor, config: SyncConfig, threshold: RejectThreshold?) -> [Input] {
        guard !cursor.isMissing else { return [] }
        guard cursor.isSequence else {
            cursor.fail("must be a list of {files: GLOB, mapping: FILE}")
            return []
        }
        var list: [Input] = []
        for element in cursor.elements {
            guard element.isMapping else {
                element.fail("must be {files: GLOB, mapping: FILE}")
                continue
            }
            element.rejectUnknownKeys(["files", "mapping"])
            guard let glob = element.child("files").string(required: true),
                let mapping = element.child("mapping").string(required: true)
            else { continue }
            var path = mapping.hasPrefix("/") ? mapping : config.mappings + "/" + mapping
            if !path.hasSuffix(".yaml") && !path.hasSuffix(".yml") && !FileManager.default.fileExists(atPath: path) {
                path += ".yaml"
            }
            if !FileManager.default.fileExists(atPath: path) {
                element.child("mapping").fail("no such mapping file: \(path)")
            }
            list.append(
                Input(
                    glob: glob.hasPrefix("/") ? glob : config.incoming + "/" + glob, mapping: path,
                    maxRejects: threshold))
        }
        return list
    }
}

import Crypto
import Foundation
import Logging
import RegsyncCore
import RegsyncLink
import RegsyncPostgres
import RegsyncStore
import RegsyncText

/// What `regsync match REGISTRY` was asked to do.
public struct MatchOptions: Sendable {
    public var registry: String
    /// A configuration file replacing the registry's built-in one.
    public var configPath: String?
    /// Re-decide every person (not only new, changed and unresolved ones) and retrain the model.
    public var full: Bool
    /// Parallel workers.
    public var workers: Int

    public init(registry: String, configPath: String? = nil, full: Bool = false, workers: Int = 2) {
        self.registry = registry
        self.configPath = configPath
        self.full = full
        self.workers = workers
    }
}

/// A configuration that `regsync match` cannot use, or a registry it does not know.
public struct MatchFailure: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    public let description: String
    public let outcome: Outcome
}

/// `regsync match REGISTRY`: the keys stage, then every new, changed or unresolved registry
/// person of the registry linked to at most one resident (legal entities to a corporation
/// instead), with the decisions, the candidates that explain them and the model stored.
public struct MatchJob: Sendable {
    let database: DatabaseLocator
    let options: MatchOptions
    let logger: Logger
    let progress: LinkEngine.Progress?

    /// The features the store provides, by name and kind.
    static let storeFeatures: [String: FeatureSpec.Kind] = [
        "name": .personName, "birth_date": .date, "address": .address, "household": .group,
    ]

    public init(database: DatabaseLocator, options: MatchOptions, logger: Logger, progress: LinkEngine.Progress? = nil)
    {
        self.database = database
        self.options = options
        self.logger = logger
        self.progress = progress
    }

    /// The configuration in force and its digest.
    public func configuration() throws -> (config: LinkConfig, text: String, sha256: String) {
        let text: String
        let config: LinkConfig
        if let path = options.configPath {
            config = try LinkConfig.load(path: path)
            text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        } else {
            guard let builtIn = RegistryConfigs.text(for: options.registry) else {
                throw MatchFailure(
                    description:
                        "unknown registry '\(options.registry)'; use \(RegistryConfigs.registries.joined(separator: ", "))",
                    outcome: .usage)
            }
            text = builtIn
            config = try LinkConfig.parse(builtIn, file: "built-in \(options.registry) configuration")
        }
        for feature in config.features where Self.storeFeatures[feature.name] != feature.kind {
            throw MatchFailure(
                description: "feature '\(feature.name)' (\(feature.kind.rawValue)): regsync match provides "
                    + Self.storeFeatures.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value.rawValue))" }
                    .joined(separator: ", "),
                outcome: .configuration)
        }
        let digest = Hex.encode(SHA256.hash(data: Data(text.utf8)))
        return (config, text, digest)
    }

    public func run(_ summary: inout RunSummary) async throws {
        guard RegistryPersons.select(for: options.registry) != nil else {
            throw MatchFailure(
                description:
                    "unknown registry '\(options.registry)'; use \(RegistryConfigs.registries.joined(separator: ", "))",
                outcome: .usage)
        }
        let (config, _, configSHA) = try configuration()
        let configuration = try database.configuration(logger: logger)
        let connection = try PostgresConnection(configuration, logger: logger)
        try SchemaMigrator(connection: connection, logger: logger).requireCurrent()
        let lock = PostgresConnection.advisoryLockKey("regsync.match:\(options.registry)")
        guard try connection.tryAdvisoryLock(lock) else {
            throw StoreError(.locked, "another match of the \(options.registry) registry is running")
        }
        defer { _ = try? connection.advisoryUnlock(lock) }
        let started = ContinuousClock.now

        let keyCounts = try await KeysJob(configuration: configuration, workers: options.workers)
            .run(KeySource.sources(for: options.registry), logger: logger)
        summary.counts["keys_computed"] = keyCounts.values.reduce(0, +)
        let keysDone = ContinuousClock.now

        let store = MatchStore(connection: connection, registry: options.registry)
        let previous = try store.state()
        let residentsVersion = try store.residentsVersion()
        let storedModel = options.full ? nil : try store.model(configSHA256: configSHA)
        let full = options.full || previous == nil || storedModel == nil
        let selection: MatchStore.Selection =
            full ? .all : .pending(unresolved: previous?.residentsVersion != residentsVersion)

        // A full run reads the resident register on a second connection meanwhile (both cores
        // normalise names); an incremental one first learns whether anything is to be matched.
        let features = config.features
        let logger = logger
        async let residentsLoaded: FeatureTable? =
            full ? Self.residentTable(configuration: configuration, features: features, logger: logger) : nil
        var left = FeatureTable(features: config.features)
        var persons: [MatchStore.Person] = []
        try store.persons(selection) { person in
            left.append(key: person.recordKey, values: Self.values(person, features: config.features))
            var kept = person
            kept.name = nil
            kept.reading = nil
            kept.address = nil
            kept.addressKey = person.addressKey
            persons.append(kept)
        }
        left.shrink()
        summary.counts["persons"] = persons.count
        guard !persons.isEmpty else {
            summary.notes.append("no registry person is new, changed or unresolved: nothing to match")
            logger.info("nothing to match", metadata: ["match.registry": "\(options.registry)"])
            return
        }

        let loadedRight = try await residentsLoaded
        let right = try loadedRight ?? Self.residentTable(store, features: config.features)
        var codes: [String: Int] = [:]
        codes.reserveCapacity(right.count)
        for (index, code) in right.keys.enumerated() { codes[code] = index }
        summary.counts["residents"] = right.count
        let loaded = ContinuousClock.now

        var stewards = StewardDecisions()
        var stewardNames: [Int: String] = [:]
        var leftIndex: [String: Int] = [:]
        for (index, person) in persons.enumerated() { leftIndex[person.recordKey + "\u{1E}" + person.role] = index }
        for verdict in try store.stewardVerdicts() {
            guard let i = leftIndex[verdict.recordKey + "\u{1E}" + verdict.role], let j = codes[verdict.residentCode]
            else { continue }
            if verdict.confirm {
                stewards.confirmed[i] = j
                stewardNames[i] = verdict.steward
            } else {
                stewards.rejected[i, default: []].insert(j)
            }
        }

        let engine = LinkEngine(config: config)
        let run = try await engine.run(
            left: left, right: right, model: full ? nil : storedModel, stewards: stewards, workers: options.workers,
            progress: progress)
        let linked = ContinuousClock.now

        // Legal entities: to a corporation of the commercial registry instead of a resident.
        var corporates: [Int: (number: String?, reason: CorporateLinker.Reason)] = [:]
        let entityIndexes = run.results.indices.filter { run.results[$0].reason == .legalEntity }
        if !entityIndexes.isEmpty {
            var corporations: [CorporateLinker.Corporation] = []
            try store.corporations {
                corporations.append(.init(number: $0.number, nameKey: $0.nameKey, addressKey: $0.addressKey))
            }
            let linker = CorporateLinker(corporations)
            let nameColumn = left.nameColumn("name")
            for index in entityIndexes {
                let person = persons[index]
                corporates[index] = linker.link(
                    nameKey: nameColumn?.strictKey(of: index) ?? "", addressKey: person.addressKey,
                    corporateNumber: person.corporateNumber)
            }
        }

        var links: [MatchWriter.LinkRow] = []
        var candidates: [MatchWriter.CandidateRow] = []
        links.reserveCapacity(persons.count)
        var counts: [LinkDecision: Int] = [:]
        var reasons: [LinkReason: Int] = [:]
        let comparisons = config.comparisons
        for (index, result) in run.results.enumerated() {
            let person = persons[index]
            counts[result.decision, default: 0] += 1
            reasons[result.reason, default: 0] += 1
            let best = result.candidates.first
            let corporate = corporates[index]
            links.append(
                MatchWriter.LinkRow(
                    recordKey: person.recordKey, role: person.role, decision: result.decision.rawValue,
                    reason: result.reason.rawValue, residentCode: result.linked.map { right.keys[$0] },
                    corporateNumber: corporate?.number, corporateReason: corporate?.reason.rawValue,
                    weight: best?.weight, probability: best?.probability,
                    decidedBy: result.reason == .stewardConfirmed
                        ? "steward:" + (stewardNames[index] ?? "?") : "matcher",
                    inputKeysAt: person.keysAt))
            // Candidates explain the decision: all kept for review; the best otherwise.
            let kept = result.decision == .review ? result.candidates : Array(result.candidates.prefix(1))
            for (rank, candidate) in kept.enumerated() {
                candidates.append(
                    MatchWriter.CandidateRow(
                        recordKey: person.recordKey, role: person.role, rank: rank + 1,
                        residentCode: right.keys[candidate.right], weight: candidate.weight,
                        probability: candidate.probability,
                        levels: Self.describeLevels(candidate, comparisons),
                        weights: Self.describeWeights(candidate, comparisons, prior: run.model.priorWeight),
                        rules: config.blocking.enumerated().filter { candidate.rules & (1 << $0.offset) != 0 }
                            .map(\.element.name).joined(separator: ",")))
            }
        }
        try MatchWriter(connection: connection, registry: options.registry).save(
            runID: summary.runID, links: links, candidates: candidates, model: full ? run.model : nil,
            configSHA256: configSHA, residentsVersion: residentsVersion, full: full)
        let saved = ContinuousClock.now

        summary.counts["link"] = counts[.link] ?? 0
        summary.counts["review"] = counts[.review] ?? 0
        summary.counts["no_link"] = counts[.noLink] ?? 0
        summary.counts["legal_entity"] = reasons[.legalEntity] ?? 0
        summary.counts["corporate_links"] = corporates.values.filter { $0.number != nil }.count
        summary.counts["pairs"] = run.statistics.pairs
        for (rule, pairs) in run.statistics.pairsPerRule { summary.counts["pairs.\(rule)"] = pairs }
        for (rule, skipped) in run.statistics.skippedBlocks where skipped > 0 {
            summary.counts["skipped_blocks.\(rule)"] = skipped
        }
        for reason in LinkReason.allCases where (reasons[reason] ?? 0) > 0 {
            summary.counts["reason.\(reason.rawValue)"] = reasons[reason]
        }
        summary.notes.append(full ? "full run: every person decided, model trained" : "incremental run: stored model")
        summary.notes += run.model.notes
        func seconds(_ from: ContinuousClock.Instant, _ to: ContinuousClock.Instant) -> String {
            String(
                format: "%.2f",
                Double((to - from).components.attoseconds) * 1e-18 + Double((to - from).components.seconds))
        }
        summary.notes.append(
            "seconds: keys \(seconds(started, keysDone)), load \(seconds(keysDone, loaded)), link \(seconds(loaded, linked)) "
                + "(\(run.statistics.seconds.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.2f", $0.value))" }.joined(separator: ", "))), "
                + "save \(seconds(linked, saved))")
        if (counts[.review] ?? 0) > 0 { summary.escalate(to: .attention) }
        logger.info(
            "matched",
            metadata: [
                "match.registry": "\(options.registry)", "match.persons": "\(persons.count)",
                "match.link": "\(counts[.link] ?? 0)", "match.review": "\(counts[.review] ?? 0)",
            ])
    }

    static func describeLevels(_ candidate: LinkCandidate, _ comparisons: [ComparisonSpec]) -> String {
        comparisons.enumerated().map {
            "\($0.element.name)=\($0.element.levelLabels[Int(candidate.levels[$0.offset])])"
        }
        .joined(separator: ";")
    }

    static func describeWeights(_ candidate: LinkCandidate, _ comparisons: [ComparisonSpec], prior: Double) -> String {
        (["prior=\(String(format: "%.3f", prior))"]
            + comparisons.enumerated().map {
                "\($0.element.name)=\(String(format: "%.3f", candidate.weights[$0.offset]))"
            })
            .joined(separator: ";")
    }

    /// A registry person's feature values, in the order of `features`.
    static func values(_ person: MatchStore.Person, features: [FeatureSpec]) -> [FeatureValue?] {
        features.map { feature in
            switch feature.name {
            case "name": .name(NameValue(text: person.name, reading: person.reading))
            case "birth_date": .date(LinkDate.parse(person.birthDate))
            case "address":
                .address(
                    AddressValue(
                        entries: person.addressKey.map { [AddressEntry(key: $0)] } ?? [],
                        referenceDate: LinkDate.parse(person.recordedOn)))
            default: nil
            }
        }
    }

    /// The resident register in comparison form: every address of every history read as
    /// bytes (the key parsed where it lies) and grouped by resident, tonight's events folded in
    /// (a move adds an address and closes the one before; a name change or corrected reading
    /// adds a name), then each resident's own row.
    static func residentTable(
        configuration: PostgresConfiguration, features: [FeatureSpec], logger: Logger
    ) async throws -> FeatureTable {
        let connection = try PostgresConnection(configuration, logger: logger)
        return try residentTable(MatchStore(connection: connection, registry: ""), features: features)
    }

    static func residentTable(_ store: MatchStore, features: [FeatureSpec]) throws -> FeatureTable {
        var owners: [UInt64] = []
        var entries: [AddressEntry] = []
        try store.residentAddresses { code, key, from, to in
            guard let parsed = ParsedAddressKey.parse(key) else { return }
            owners.append(StableHash.of(bytes: code.bindMemory(to: UInt8.self), tag: 51))
            entries.append(AddressEntry(parsed: parsed, validFrom: from, validTo: to))
        }
        // Group by resident, oldest first.
        let order = owners.indices.sorted {
            owners[$0] != owners[$1] ? owners[$0] < owners[$1] : entries[$0].validFrom < entries[$1].validFrom
        }
        var ranges: [UInt64: Range<Int>] = [:]
        ranges.reserveCapacity(owners.count / 2)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && owners[order[end]] == owners[order[start]] { end += 1 }
            ranges[owners[order[start]]] = start..<end
            start = end
        }
        let events = try store.residentEvents()
        var table = FeatureTable(features: features)
        try store.residents { resident in
            var history: [AddressEntry] = []
            var code = resident.code
            let owner = code.withUTF8 { StableHash.of(bytes: $0, tag: 51) }
            if let range = ranges[owner] { history = range.map { entries[order[$0]] } }
            var otherNames: [(name: String, reading: String?)] = []
            for event in events[resident.code] ?? [] {
                Self.fold(event, into: &history, otherNames: &otherNames, name: resident.name)
            }
            table.append(
                key: resident.code,
                values: features.map { feature in
                    switch feature.name {
                    case "name":
                        .name(
                            NameValue(
                                text: resident.name, reading: resident.reading,
                                formerSurnames: resident.formerSurname.map { [$0] } ?? [], otherNames: otherNames))
                    case "birth_date": .date(LinkDate.parse(resident.birthDate))
                    case "address": .address(AddressValue(entries: history))
                    case "household": .group(resident.household)
                    default: nil
                    }
                })
        }
        table.shrink()
        return table
    }

    /// Folds one of tonight's events into a resident's history and names.
    static func fold(
        _ event: MatchStore.Event, into history: inout [AddressEntry],
        otherNames: inout [(name: String, reading: String?)],
        name: String?
    ) {
        let effective = LinkDate.parse(event.effectiveDate)
        switch event.kind {
        case "move_within", "move_in", "bulk_address_change", "correction":
            guard var key = event.addressKey, !key.isEmpty,
                let parsed = key.withUTF8({ ParsedAddressKey.parse(UnsafeRawBufferPointer($0)) })
            else { break }
            for index in history.indices where history[index].validTo == 0 {
                if effective > 0 && history[index].validFrom < effective { history[index].validTo = effective }
            }
            history.append(AddressEntry(parsed: parsed, validFrom: effective, validTo: 0))
        case "name_change":
            if let new = event.name, !new.isEmpty { otherNames.append((new, event.reading)) }
        default:
            break
        }
        if event.kind == "correction", let reading = event.reading, !reading.isEmpty, let current = name {
            otherNames.append(((event.name ?? "").isEmpty ? current : event.name!, reading))
        }
    }
}

import Foundation
import Logging
import RegsyncCore
import RegsyncImport
import RegsyncLink
import RegsyncReport
import RegsyncYAML

/// What `regsync link A B` was asked to do.
public struct LinkFilesOptions: Sendable {
    public var fileA: String
    public var fileB: String
    public var mappingA: String
    public var mappingB: String
    public var configPath: String
    public var out: String
    /// Write every kept candidate of each A record, not only the best.
    public var allCandidates: Bool
    public var workers: Int

    public init(
        fileA: String, fileB: String, mappingA: String, mappingB: String, configPath: String, out: String,
        allCandidates: Bool = false, workers: Int = 2
    ) {
        self.fileA = fileA
        self.fileB = fileB
        self.mappingA = mappingA
        self.mappingB = mappingB
        self.configPath = configPath
        self.out = out
        self.allCandidates = allCandidates
        self.workers = workers
    }
}

/// `regsync link A B`: the matcher's engine file to file, without a database — both files
/// read through mappings (any shipped mapping, or a `target: link` mapping with free field
/// names), linked by a configuration, pairs written as CSV with their levels. For migration
/// teams profiling a linkage before loading anything.
public struct LinkFilesJob: Sendable {
    let options: LinkFilesOptions
    let logger: Logger
    let progress: LinkEngine.Progress?

    public init(options: LinkFilesOptions, logger: Logger, progress: LinkEngine.Progress? = nil) {
        self.options = options
        self.logger = logger
        self.progress = progress
    }

    public func run(_ summary: inout RunSummary) async throws {
        let config = try LinkConfig.load(path: options.configPath)
        let mappingA = try MappingFile.load(path: options.mappingA)
        let mappingB = try MappingFile.load(path: options.mappingB)
        try Self.checkFields(config, mapping: mappingA, right: false, file: options.configPath)
        try Self.checkFields(config, mapping: mappingB, right: true, file: options.configPath)
        var fileA = FileSummary(path: options.fileA)
        var fileB = FileSummary(path: options.fileB)
        let left = try read(options.fileA, mapping: mappingA, config: config, right: false, &fileA)
        let right = try read(options.fileB, mapping: mappingB, config: config, right: true, &fileB)
        summary.files = [fileA, fileB]
        if fileA.rejected + fileB.rejected > 0 { summary.escalate(to: .attention) }
        let run = try await LinkEngine(config: config).run(
            left: left, right: right, workers: options.workers, progress: progress)
        var table = CSVTable(
            header: ["a_key", "b_key", "match_weight", "match_probability", "decision", "reason", "rank"]
                + config.comparisons.map { "\($0.name)_level" } + config.comparisons.map { "\($0.name)_weight" })
        var counts: [LinkDecision: Int] = [:]
        for (index, result) in run.results.enumerated() {
            counts[result.decision, default: 0] += 1
            let kept = options.allCandidates ? result.candidates : Array(result.candidates.prefix(1))
            if kept.isEmpty {
                table.append(
                    [left.keys[index], "", "", "", result.decision.rawValue, result.reason.rawValue, ""]
                        + config.comparisons.map { _ in "" } + config.comparisons.map { _ in "" })
            }
            for (rank, candidate) in kept.enumerated() {
                let decision = rank == 0 ? result.decision.rawValue : "candidate"
                table.append(
                    [
                        left.keys[index], right.keys[candidate.right], LinksReport.number(candidate.weight),
                        LinksReport.number(candidate.probability), decision, rank == 0 ? result.reason.rawValue : "",
                        String(rank + 1),
                    ]
                        + config.comparisons.enumerated().map {
                            $0.element.levelLabels[Int(candidate.levels[$0.offset])]
                        }
                        + candidate.weights.map { String(format: "%.4f", $0) })
            }
        }
        try SafeFile.writeAtomically(Array((table.text()).utf8), to: options.out)
        summary.counts["a_records"] = left.count
        summary.counts["b_records"] = right.count
        summary.counts["link"] = counts[.link] ?? 0
        summary.counts["review"] = counts[.review] ?? 0
        summary.counts["no_link"] = counts[.noLink] ?? 0
        summary.counts["pairs"] = run.statistics.pairs
        for (rule, pairs) in run.statistics.pairsPerRule { summary.counts["pairs.\(rule)"] = pairs }
        summary.notes += run.model.notes
        if (counts[.review] ?? 0) > 0 { summary.escalate(to: .attention) }
    }

    /// Every field the configuration names for this side must be a field of its mapping.
    static func checkFields(_ config: LinkConfig, mapping: MappingFile, right: Bool, file: String) throws {
        let fields = Set(mapping.fields.map(\.column.name))
        var missing: [ConfigProblem] = []
        for feature in config.features {
            let refs =
                feature.fields.values + feature.fields.former
                + [feature.fields.reading, feature.fields.referenceDate]
                .compactMap { $0 }
            for name in refs.compactMap({ $0.name(right: right) }) where !fields.contains(name) {
                missing.append(
                    ConfigProblem(
                        keyPath: "features.\(feature.name)", line: nil,
                        message: "'\(name)' is not a field of mapping \(mapping.name) (side \(right ? "b" : "a"))"))
            }
        }
        if !missing.isEmpty { throw LinkConfigError(file: file, problems: missing) }
    }

    /// Reads one file through its mapping into a feature table; rejected records are counted
    /// and located in the log (file, line, field, reason — never a value).
    func read(_ path: String, mapping: MappingFile, config: LinkConfig, right: Bool, _ file: inout FileSummary) throws
        -> FeatureTable
    {
        let input = try FileInput(path: path, mapping: mapping, hasher: nil)
        file.sha256 = input.sha256
        let position = Dictionary(
            mapping.fields.enumerated().map { ($1.column.name, $0) }, uniquingKeysWith: { a, _ in a })
        var table = FeatureTable(features: config.features)
        var read = 0
        var rejected = 0
        try input.source.read(with: input.mapper, protects: { protected, _ in protected }) { outcome in
            read += 1
            switch outcome {
            case .row(_, let row):
                let values = row.values
                func value(_ field: SideField?) -> String? {
                    guard let name = field?.name(right: right), let index = position[name] else { return nil }
                    return values[index]
                }
                let features: [FeatureValue?] = config.features.map { feature in
                    let fields = feature.fields
                    switch feature.kind {
                    case .personName:
                        return .name(
                            NameValue(
                                text: value(fields.values.first), reading: value(fields.reading),
                                formerSurnames: fields.former.compactMap(value).filter { !$0.isEmpty }))
                    case .text: return .text(value(fields.values.first))
                    case .date: return .date(LinkDate.parse(value(fields.values.first)))
                    case .group: return .group(value(fields.values.first))
                    case .address:
                        return .address(
                            AddressValue(
                                entries: fields.values.compactMap(value).filter { !$0.isEmpty }.map {
                                    AddressEntry(text: $0)
                                },
                                referenceDate: LinkDate.parse(value(fields.referenceDate))))
                    }
                }
                table.append(key: row.recordKey.replacingOccurrences(of: "\u{1F}", with: "|"), values: features)
            case .rejected(let reject):
                rejected += 1
                logger.warning(
                    "record not usable",
                    metadata: [
                        "link.file": "\(reject.location.file)", "link.line": "\(reject.location.line ?? 0)",
                        "link.field": "\(reject.location.field ?? "")", "link.reason": "\(reject.reason.rawValue)",
                    ])
            }
            return true
        }
        table.shrink()
        file.read = read
        file.loaded = table.count
        file.rejected = rejected
        file.status = rejected > 0 ? "read_with_rejects" : "read"
        return table
    }
}

import Foundation
import Prometheus
import RegsyncCore

/// What a night's run tells the operator in the morning: the same facts as one screen of
/// text, as JSON, and as a Prometheus textfile-collector file for monitoring.
public struct SyncReport: Sendable, Codable {
    public var runID: String
    public var startedAt: Date
    public var finishedAt: Date
    public var outcome: String
    public var exitCode: Int32
    public var error: String?
    public var reportFolder: String
    public var stages: [SyncStage]
    /// What the outcome asks of whom, in plain words.
    public var nextSteps: [String]

    enum CodingKeys: String, CodingKey {
        case runID = "run_id"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case outcome
        case exitCode = "exit_code"
        case error
        case reportFolder = "report_folder"
        case stages
        case nextSteps = "next_steps"
    }

    public init(summary: RunSummary, exitCode: Int32, reportFolder: String, stages: [SyncStage]) {
        runID = summary.runID
        startedAt = summary.startedAt
        finishedAt = summary.finishedAt ?? Date()
        outcome = summary.outcome.rawValue
        self.exitCode = exitCode
        error = summary.error
        self.reportFolder = reportFolder
        self.stages = stages
        nextSteps = Self.nextSteps(stages, error: summary.error, reportFolder: reportFolder)
    }

    static func nextSteps(_ stages: [SyncStage], error: String?, reportFolder: String) -> [String] {
        var steps: [String] = []
        if let error { steps.append("the run stopped: \(error)") }
        for stage in stages where stage.failed {
            steps.append("\(stage.registry) \(stage.stage) failed (\(stage.outcome)): \(stage.detail ?? "see the log")")
        }
        func total(_ stage: String, _ key: String) -> [(String, Int)] {
            stages.filter { $0.stage == stage }.compactMap { s in s.counts[key].map { (s.registry, $0) } }
                .filter { $0.1 > 0 }
        }
        for (registry, count) in total("import", "rejected") {
            steps.append("\(count) rejected row(s) of \(registry) files: see the reject files named in the summary")
        }
        for (registry, count) in total("match", "review") {
            steps.append(
                "\(count) pair(s) of \(registry) await a steward: \(reportFolder)/\(registry)/review.html "
                    + "(regsync review export \(registry))")
        }
        for (registry, count) in total("propagate", "proposed") {
            steps.append(
                "\(count) change(s) of \(registry) await approval: regsync propagate \(registry) --proposals, "
                    + "then --approve/--refuse")
        }
        for (registry, count) in total("propagate", "held") {
            steps.append("\(count) change(s) of \(registry) held (DV protection): for the restricted office only")
        }
        for (registry, count) in total("propagate", "discrepancies") {
            steps.append("\(count) discrepancy(ies) in \(registry): \(reportFolder)/\(registry)/discrepancies.html")
        }
        return steps
    }

    /// One screen of text.
    public var text: String {
        let seconds = finishedAt.timeIntervalSince(startedAt)
        var lines = [
            "regsync sync \(runID): \(outcome.uppercased()) (exit \(exitCode)), \(Self.duration(seconds))",
            "",
            "stage       registry         outcome          seconds  counts",
        ]
        for stage in stages {
            let counts = Self.keyCounts(stage)
            lines.append(
                stage.stage.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + stage.registry.padding(toLength: 17, withPad: " ", startingAt: 0)
                    + stage.outcome.padding(toLength: 15, withPad: " ", startingAt: 0)
                    + String(format: "%9.1f  ", stage.seconds) + (counts.isEmpty ? (stage.detail ?? "") : counts))
        }
        lines.append("")
        if nextSteps.isEmpty {
            lines.append("nothing to do: every stage ended clean")
        } else {
            lines.append("to do:")
            lines += nextSteps.map { "  - " + $0 }
        }
        lines.append("reports: \(reportFolder)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The counts an operator reads first, per kind of stage.
    static func keyCounts(_ stage: SyncStage) -> String {
        keyCountNames(stage.stage).compactMap { key in stage.counts[key].map { "\(key) \($0)" } }
            .joined(separator: ", ")
    }

    /// The counts of a kind of stage that the summary shows.
    public static func keyCountNames(_ stage: String) -> [String] {
        switch stage {
        case "import": ["files", "already_imported", "read", "loaded", "rejected"]
        case "match": ["persons", "link", "review", "no_link"]
        case "propagate": ["planned", "applied", "proposed", "held", "discrepancies"]
        case "reports": ["report_items", "changes", "findings"]
        default: []
        }
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 60 ? String(format: "%.1f s", seconds) : "\(Int(seconds) / 60) min \(Int(seconds) % 60) s"
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// The textfile-collector file: when the job last ran, when it last succeeded (kept from
    /// the previous file when this run failed), its exit code and duration, and per stage
    /// its success, duration and counts. An alert on `time() -
    /// regsync_sync_last_success_timestamp_seconds > 26 * 3600` finds a missing or failed night.
    public func prometheus(previous: String?) -> String {
        let registry = PrometheusCollectorRegistry()
        func gauge(_ name: String, _ unit: String, _ help: String, _ labels: [(String, String)] = []) -> Gauge {
            let descriptor = MetricNameDescriptor(
                namespace: "regsync", subsystem: "sync", metricName: name, unitName: unit, helpText: help)
            return labels.isEmpty
                ? registry.makeGauge(descriptor: descriptor)
                : registry.makeGauge(descriptor: descriptor, labels: labels)
        }
        let end = finishedAt.timeIntervalSince1970
        let succeeded = exitCode == 0 || exitCode == 10
        gauge("last_run_timestamp", "seconds", "End of the last sync run.").set(end)
        gauge(
            "last_success_timestamp", "seconds", "End of the last sync run that ended with exit 0 or 10 (0: none yet)."
        )
        .set(succeeded ? end : (previous.flatMap(Self.lastSuccess) ?? 0))
        gauge("exit_code", "", "Exit code of the last sync run.").set(Double(exitCode))
        gauge("duration", "seconds", "Wall time of the last sync run.").set(finishedAt.timeIntervalSince(startedAt))
        for stage in Self.merged(stages) {
            let labels = [("stage", stage.stage), ("registry", stage.registry)]
            gauge(
                "stage_success", "",
                "1 when the stage ended clean or with items for people, 0 when it failed or was skipped.",
                labels
            ).set(stage.failed || stage.outcome == "skipped" ? 0.0 : 1.0)
            gauge("stage_duration", "seconds", "Wall time of the stage.", labels).set(stage.seconds)
            for (key, value) in stage.counts.sorted(by: { $0.key < $1.key }) where !key.contains(".") {
                gauge(
                    "stage_count", "", "What the stage counted (rows read, persons linked, changes applied, ...).",
                    labels + [("count", key)]
                ).set(Double(value))
            }
        }
        return registry.emitToString()
    }

    /// One stage per kind and registry (a registry's several input files are one import):
    /// seconds and counts summed, failed when any part failed.
    static func merged(_ stages: [SyncStage]) -> [SyncStage] {
        var order: [String] = []
        var byName: [String: SyncStage] = [:]
        for stage in stages {
            let name = stage.stage + "\u{1F}" + stage.registry
            guard var merged = byName[name] else {
                order.append(name)
                byName[name] = stage
                continue
            }
            merged.seconds += stage.seconds
            merged.counts.merge(stage.counts, uniquingKeysWith: +)
            if stage.failed || (merged.outcome == "clean" && stage.outcome != "clean") {
                merged.outcome = stage.outcome
            }
            byName[name] = merged
        }
        return order.compactMap { byName[$0] }
    }

    /// `regsync_sync_last_success_timestamp_seconds` of an earlier file.
    static func lastSuccess(_ text: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix("regsync_sync_last_success_timestamp_seconds ") {
            return Double(line.split(separator: " ").last ?? "")
        }
        return nil
    }
}

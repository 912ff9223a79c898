import ArgumentParser
import Foundation
import RegsyncSynth

/// `regsync-synth`: writes a deterministic synthetic data set for regsync (resident register
/// extract and change feed, vehicle, real-estate and commercial registries, ground truth).
@main
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regsync-synth",
        abstract: "Generate synthetic registry and resident data with ground truth.",
        discussion: """
            Files are written in the layouts of the shipped mappings (mappings/*.yaml). The same
            seed and size give byte-identical files. See docs/synthetic-data.md.
            """)

    @Option(help: "Residents: 10k, 100k, 1m, 10m or a number (registries are scaled from it).")
    var size: String?

    @Option(help: "Sizes for the committed samples (a few hundred rows per file) instead of --size.")
    var preset: Preset?

    @Option(help: "The seed.")
    var seed: UInt64 = 1

    @Option(help: "Output directory.")
    var out: String

    @Option(help: "Only these parts, comma-separated: residents, events, vehicle, realestate, commercial.")
    var only: String?

    @Option(name: .customLong("as-of"), help: "The night of the change feed (YYYY-MM-DD).")
    var asOf: String = "2026-11-27"

    @Option(
        help:
            "Residents with an event in tonight's change feed (default: 0.2 % of residents, at least 30, at most 10 %); events are about 1.2 per such resident."
    )
    var tonight: Int?

    @Flag(
        help:
            "Also write encoding variants under variants/ (UTF-8 copies of the CP932/EUC-JP files, a CP932 copy of the real-estate CSV, the Unicode NTA CSV with a BOM)."
    )
    var encodingVariants = false

    enum Preset: String, ExpressibleByArgument {
        case samples
    }

    func validate() throws {
        guard (size == nil) != (preset == nil) else {
            throw ValidationError("give exactly one of --size and --preset")
        }
        if let size, Self.parseSize(size) == nil {
            throw ValidationError("--size: expected 10k, 100k, 1m, 10m or a positive number, got '\(size)'")
        }
        guard let day = Self.parseDay(asOf), day >= Self.parseDay("2020-01-01")! else {
            throw ValidationError("--as-of: expected a date YYYY-MM-DD from 2020-01-01 on")
        }
        if let tonight, tonight < 0 {
            throw ValidationError("--tonight: expected a number of residents, 0 or more")
        }
        _ = try parts()
    }

    func run() throws {
        let day = Self.parseDay(asOf)!
        var config =
            preset == .samples
            ? SynthConfig.samples(seed: seed, asOf: day)
            : SynthConfig.scaled(residents: Self.parseSize(size ?? "")!, seed: seed, asOf: day)
        if let tonight { config.tonightRate = min(1, Double(tonight) / Double(max(config.residents, 1))) }
        let generator = Generator(
            config: config, directory: out, parts: try parts(), encodingVariants: encodingVariants)
        let start = ContinuousClock.now
        let summary: Generator.Summary
        do {
            summary = try generator.run { Self.log($0) }
        } catch {
            Self.log("regsync-synth: \(error)")
            throw ExitCode(73)
        }
        let elapsed = ContinuousClock.now - start
        for (name, lines) in summary.lines.sorted(by: { $0.key < $1.key }) {
            let replaced = summary.replaced[name].map { ", \($0) characters as 〓" } ?? ""
            Self.log("  \(name): \(lines) lines\(replaced)")
        }
        for (part, seconds) in summary.seconds.sorted(by: { $0.key < $1.key }) {
            Self.log("  \(part): \(String(format: "%.2f", seconds)) s")
        }
        let outcomes = summary.outcomes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
            separator: " ")
        Self.log("  truth: \(outcomes)")
        let classes = DifficultyClass.allCases.map { "\($0.rawValue)=\(summary.classes[$0] ?? 0)" }.joined(
            separator: " ")
        Self.log("  classes: \(classes)")
        Self.log("regsync-synth: \(config.residents) residents, seed \(seed), written to \(out) in \(elapsed)")
    }

    func parts() throws -> Set<Generator.Part> {
        guard let only else { return Set(Generator.Part.allCases) }
        var parts = Set<Generator.Part>()
        for name in only.split(separator: ",") {
            guard let part = Generator.Part(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError(
                    "--only: unknown part '\(name)' (expected residents, events, vehicle, realestate, commercial)")
            }
            parts.insert(part)
        }
        return parts
    }

    static func parseSize(_ text: String) -> Int? {
        let lower = text.lowercased()
        let multipliers: [(String, Int)] = [("k", 1_000), ("m", 1_000_000)]
        for (suffix, factor) in multipliers where lower.hasSuffix(suffix) {
            guard let value = Int(lower.dropLast()), value > 0 else { return nil }
            return value * factor
        }
        guard let value = Int(lower), value > 0 else { return nil }
        return value
    }

    static func parseDay(_ text: String) -> DayNumber? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[0] > 0 ? parts[1] : 0),
            (1...31).contains(parts[2])
        else { return nil }
        return DateNotation.day(year: parts[0], month: parts[1], day: parts[2])
    }

    static func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

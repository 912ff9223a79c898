import ArgumentParser
import RegsyncText

/// `regsync-bench normalize-address`: runs `AddressNormalizer` over every line of a file,
/// on the calling thread, until the minimum time has passed.
struct AddressBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize-address", abstract: "Normalise one address per line; print addresses per second.")

    @Option(
        name: .customLong("min-seconds"),
        help: "Normalise the lines again until the thread has used this many CPU seconds.")
    var minimumSeconds: Double = 2

    @Argument(help: "A UTF-8 file, one address per line.")
    var file: String

    func run() throws {
        let lines = try LineFile.lines(file)
        let (normalizer, setup) = RepeatedPasses.setUp {
            let normalizer = AddressNormalizer()
            _ = normalizer.normalize(lines.first ?? "")
            return normalizer
        }
        var warned = 0
        var sink = 0
        var firstPass = true
        let timing = RepeatedPasses(minimumSeconds: minimumSeconds).run {
            for line in lines {
                let result = normalizer.normalize(line)
                sink &+= result.key.utf8.count
                if firstPass && !result.warnings.isEmpty { warned += 1 }
            }
            firstPass = false
        }
        report(items: lines.count, warned: warned, timing: timing, setup: setup, sink: sink)
    }
}

/// `regsync-bench normalize-name`: runs `NameNormalizer` over every line of a file
/// (`NAME` or `NAME<TAB>READING`), on the calling thread, until the minimum time has passed.
struct NameBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize-name",
        abstract: "Normalise one name (NAME or NAME<TAB>READING) per line; print names per second.")

    @Option(
        name: .customLong("min-seconds"),
        help: "Normalise the lines again until the thread has used this many CPU seconds.")
    var minimumSeconds: Double = 2

    @Argument(help: "A UTF-8 file, one name per line, optionally followed by a tab and its reading.")
    var file: String

    func run() throws {
        let names: [(String, String?)] = try LineFile.lines(file).map { line in
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil)
        }
        let (normalizer, setup) = RepeatedPasses.setUp {
            let normalizer = NameNormalizer()
            _ = normalizer.normalize(names.first?.0 ?? "")
            return normalizer
        }
        var warned = 0
        var sink = 0
        var firstPass = true
        let timing = RepeatedPasses(minimumSeconds: minimumSeconds).run {
            for (name, reading) in names {
                let result = normalizer.normalize(name, reading: reading)
                sink &+= result.key.utf8.count
                if firstPass && !result.warnings.isEmpty { warned += 1 }
            }
            firstPass = false
        }
        report(items: names.count, warned: warned, timing: timing, setup: setup, sink: sink)
    }
}

/// Prints a normalisation measurement; `sink` keeps the optimiser from dropping the work.
private func report(items: Int, warned: Int, timing: RepeatedPasses.Timing, setup: Double, sink: Int) {
    var line = Measurement()
    line.add("items", items)
    line.add("with_warnings", warned)
    line.add("passes", timing.passes)
    line.add("seconds", timing.seconds)
    line.add("cpu_seconds", timing.cpuSeconds)
    line.add("setup_seconds", setup)
    line.add("items_per_s", Double(items * timing.passes) / timing.seconds, decimals: 0)
    line.add("items_per_cpu_s", Double(items * timing.passes) / timing.cpuSeconds, decimals: 0)
    line.add("key_bytes", sink)
    line.print()
}

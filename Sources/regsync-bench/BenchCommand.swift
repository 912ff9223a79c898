import ArgumentParser

/// `regsync-bench`: the in-process measurements `scripts/bench` cannot take from the
/// outside (decoding and normalisation throughput on one thread), plus a column
/// extractor that feeds them ledger values. Each measurement prints one line of
/// `key=value` pairs on stdout; wall time and peak memory of the whole process are taken
/// by the caller from the operating system (`/usr/bin/time -v`).
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regsync-bench",
        abstract: "Throughput measurements for scripts/bench (see docs/benchmarks.md).",
        subcommands: [
            DecodeBenchmark.self, AddressBenchmark.self, NameBenchmark.self, ColumnExtractor.self, FieldCounter.self,
        ])
}

import ArgumentParser
import RegsyncCSV
import RegsyncText

/// `regsync-bench decode`: splits a delimited file into records with `CSVReader` and
/// decodes every field with `TextDecoder`, as the importer does before mapping.
struct DecodeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Split a CSV file into records and decode every field; print bytes, records and MB/s.")

    @Option(help: "The file's encoding: utf-8, cp932 or euc-jp.")
    var encoding: String = "utf-8"

    @Option(
        name: .customLong("min-seconds"), help: "Read the file again until the thread has used this many CPU seconds.")
    var minimumSeconds: Double = 0

    @Flag(name: .customLong("split-only"), help: "Split records into fields without decoding them.")
    var splitOnly = false

    @Argument(help: "The CSV file.")
    var file: String

    func run() throws {
        guard let textEncoding = TextEncoding(name: encoding) else {
            throw ValidationError("unknown encoding '\(encoding)': use utf-8, cp932 or euc-jp")
        }
        let decoder = try TextDecoder(encoding: textEncoding)
        var bytes = 0
        var records = 0
        var fields = 0
        var invalid = 0
        var problems = 0
        var decodedBytes = 0
        let timing = try RepeatedPasses(minimumSeconds: minimumSeconds).run {
            bytes = 0
            records = 0
            fields = 0
            invalid = 0
            problems = 0
            decodedBytes = 0
            let reader = try CSVReader(path: file)
            var record = CSVRecord()
            while try reader.next(into: &record) {
                records += 1
                if record.problem != nil {
                    problems += 1
                    continue
                }
                fields += record.fieldCount
                if splitOnly {
                    for index in 0..<record.fieldCount { decodedBytes &+= record[index].count }
                    continue
                }
                for index in 0..<record.fieldCount {
                    do throws(TextDecodingError) {
                        decodedBytes &+= try decoder.decode(record[index]).utf8.count
                    } catch {
                        invalid += 1
                    }
                }
            }
            bytes = reader.consumedByteCount
        }
        var line = Measurement()
        line.add("bytes", bytes)
        line.add("records", records)
        line.add("fields", fields)
        line.add("invalid_fields", invalid)
        line.add("record_problems", problems)
        line.add("output_bytes", decodedBytes)
        line.add("passes", timing.passes)
        line.add("seconds", timing.seconds)
        line.add("cpu_seconds", timing.cpuSeconds)
        line.add("mb_per_s", Double(bytes * timing.passes) / 1e6 / timing.seconds, decimals: 1)
        line.add("mb_per_cpu_s", Double(bytes * timing.passes) / 1e6 / timing.cpuSeconds, decimals: 1)
        line.add("records_per_s", Double(records * timing.passes) / timing.seconds, decimals: 0)
        line.add("records_per_cpu_s", Double(records * timing.passes) / timing.cpuSeconds, decimals: 0)
        line.print()
    }
}

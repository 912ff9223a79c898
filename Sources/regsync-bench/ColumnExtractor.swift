import ArgumentParser
import Foundation
import RegsyncCSV
import RegsyncText

/// `regsync-bench columns`: writes the values of some columns of a CSV file as UTF-8, one
/// per line, to feed the normalisation benchmarks with values as ledgers write them.
struct ColumnExtractor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "columns",
        abstract: "Print the non-empty values of the named header columns, decoded to UTF-8, one per line.")

    @Option(help: "The file's encoding: utf-8, cp932 or euc-jp.")
    var encoding: String = "utf-8"

    @Option(name: .customLong("column"), help: "A header name; repeat for several columns.")
    var columns: [String]

    @Flag(help: "Write the columns of one record on one line, separated by a tab (e.g. NAME<TAB>READING).")
    var tab = false

    @Option(help: "Stop after this many lines.")
    var limit: Int = .max

    @Argument(help: "The CSV file (with a header).")
    var file: String

    func run() throws {
        guard let textEncoding = TextEncoding(name: encoding) else {
            throw ValidationError("unknown encoding '\(encoding)': use utf-8, cp932 or euc-jp")
        }
        let decoder = try TextDecoder(encoding: textEncoding)
        let reader = try CSVReader(path: file)
        _ = try reader.skipUTF8ByteOrderMark()
        guard let header = try reader.readHeader() else { return }
        let names = try header.fields.map { try decoder.decode($0) }
        let indexes = try columns.map { column in
            guard let index = names.firstIndex(of: column) else {
                throw ValidationFailure("\(file) has no column '\(column)' (it has: \(names.joined(separator: ", ")))")
            }
            return index
        }
        var output: [UInt8] = []
        var written = 0
        var record = CSVRecord()
        while written < limit, try reader.next(into: &record) {
            guard record.problem == nil, record.fieldCount == names.count else { continue }
            let values = indexes.map { index in
                ((try? decoder.decode(record[index])) ?? "").replacing("\n", with: " ").replacing("\r", with: "")
            }
            if tab {
                guard !values[0].isEmpty else { continue }
                output.append(contentsOf: values.joined(separator: "\t").utf8)
                output.append(0x0A)
                written += 1
            } else {
                for value in values where !value.isEmpty && written < limit {
                    output.append(contentsOf: value.utf8)
                    output.append(0x0A)
                    written += 1
                }
            }
            if output.count >= 1 << 16 {
                FileHandle.standardOutput.write(Data(output))
                output.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(Data(output))
    }
}

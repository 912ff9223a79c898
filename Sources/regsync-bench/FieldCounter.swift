import ArgumentParser
import RegsyncCSV

/// `regsync-bench fields`: prints the number of fields of a CSV file's first record, to
/// size the text table a `psql \copy` peer loads the same file into.
struct FieldCounter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields", abstract: "Print the number of fields of the first record of a CSV file.")

    @Argument(help: "The CSV file.")
    var file: String

    func run() throws {
        let reader = try CSVReader(path: file)
        _ = try reader.skipUTF8ByteOrderMark()
        var record = CSVRecord()
        guard try reader.next(into: &record), record.problem == nil else {
            throw ValidationFailure("\(file) has no readable first record")
        }
        print(record.fieldCount)
    }
}

import Foundation
import RegsyncReport
import RegsyncSynth
import RegsyncText

/// Generates data sets into temporary directories and reads their files back.
enum SynthFixture {
    /// Generates a data set of `residents` residents and returns its directory.
    static func generate(residents: Int = 400, seed: UInt64 = 7, variants: Bool = false) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("regsync-synth-tests-\(UUID().uuidString)").path
        let config = SynthConfig.scaled(residents: residents, seed: seed)
        _ = try Generator(config: config, directory: directory, encodingVariants: variants).run()
        return directory
    }

    static func bytes(_ directory: String, _ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }

    /// The file decoded from `encoding`.
    static func text(_ directory: String, _ name: String, _ encoding: TextEncoding = .utf8) throws -> String {
        try TextDecoder(encoding: encoding).decode(try bytes(directory, name))
    }

    /// The rows of a CSV file (RFC 4180 quoting, CRLF or LF).
    static func rows(_ directory: String, _ name: String, _ encoding: TextEncoding = .utf8) throws -> [[String]] {
        CSVText.parse(try text(directory, name, encoding))
    }

    /// The package's root directory (for mappings/).
    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }
}

/// CSV as the tests read it: every record, the header first (the reader the reports use).
enum CSVText {
    static func parse(_ text: String) -> [[String]] {
        let parsed = CSVTable.parse(text)
        return parsed.header.isEmpty ? [] : [parsed.header] + parsed.rows
    }
}

/// The column names a mapping file reads (header names for CSV, element paths for XML),
/// read line by line from its `fields:` section.
enum MappingColumns {
    static func columns(_ mapping: String) throws -> (encoding: String, columns: [String]) {
        let text = try String(
            contentsOfFile: SynthFixture.packageRoot + "/mappings/" + mapping + ".yaml", encoding: .utf8)
        var encoding = ""
        var columns: [String] = []
        var inFields = false
        for raw in text.split(separator: "\n") {
            let line = String(raw)
            if line.hasPrefix("  encoding:") { encoding = value(line) }
            if line.hasPrefix("fields:") {
                inFields = true
                continue
            }
            guard inFields else { continue }
            if !line.hasPrefix(" ") { inFields = false }
            let indent = line.prefix { $0 == " " }.count
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if indent == 2, let colon = trimmed.firstIndex(of: ":"), trimmed.index(after: colon) < trimmed.endIndex {
                columns.append(value(line))
            } else if indent == 4, trimmed.hasPrefix("column:") {
                columns.append(value(line))
            } else if indent == 4, trimmed.hasPrefix("columns:") {
                let list = value(line).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                columns += list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
        return (encoding, columns)
    }

    private static func value(_ line: String) -> String {
        let after = line[line.index(after: line.firstIndex(of: ":")!)...]
        return after.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
}

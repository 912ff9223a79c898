import ArgumentParser
import Foundation
import RegsyncCore
import RegsyncText

/// `regsync normalize address|name`: one value per stdin line, one JSON object per
/// stdout line, in input order, for stewards and scripts.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalise Japanese addresses or names: one value per stdin line, one JSON object per line.",
        subcommands: [Address.self, Name.self])

    /// Options shared by both kinds.
    struct Input: ParsableArguments {
        @Option(help: "Encoding of standard input: utf-8, cp932 or euc-jp.")
        var encoding: String = "utf-8"
    }

    struct Address: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse addresses into prefecture, municipality (lg_code), town, chome, ban, go, rest and a key.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var input: Input

        func validate() throws {
            try global.refuseDatabase(for: "normalize address", because: "it reads stdin and uses no database")
        }

        func run() throws {
            let normalizer = AddressNormalizer()
            try NormalizeCommand.stream("normalize address", global, input) { line in
                normalizer.normalize(line)
            } failed: { message in
                var empty = normalizer.normalize("")
                empty.warnings = [AddressWarning(.unreadableInput, message)]
                return empty
            } warnings: {
                $0.warnings.count
            }
        }
    }

    struct Name: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Normalise names (optionally NAME<TAB>READING): surname, given, key, reading_key, entity.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var input: Input

        func validate() throws {
            try global.refuseDatabase(for: "normalize name", because: "it reads stdin and uses no database")
        }

        func run() throws {
            let normalizer = NameNormalizer()
            try NormalizeCommand.stream("normalize name", global, input) { line in
                let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                return normalizer.normalize(String(parts[0]), reading: parts.count > 1 ? String(parts[1]) : nil)
            } failed: { message in
                var empty = normalizer.normalize("")
                empty.warnings = [NameWarning(code: .unreadableInput, message: message)]
                return empty
            } warnings: {
                $0.warnings.count
            }
        }
    }

    /// Reads stdin line by line (LF or CRLF), decodes each line, and writes one JSON line per input line.
    static func stream<Output: Encodable>(
        _ command: String, _ global: GlobalOptions, _ input: Input, _ transform: (String) -> Output,
        failed: (String) -> Output, warnings: (Output) -> Int
    ) throws -> Never {
        try CommandRunner.run(command, global) { _, summary in
            guard let encoding = TextEncoding(name: input.encoding) else {
                throw CommandLineError("unknown encoding '\(input.encoding)': use utf-8, cp932 or euc-jp")
            }
            let decoder = try TextDecoder(encoding: encoding)
            let encoder = JSONLineEncoder()
            var output: [UInt8] = []
            var lines = 0
            var warned = 0
            var firstLine = true
            try LineReader(fileDescriptor: 0).forEachLine { bytes in
                var slice = bytes[...]
                if firstLine, let bom = TextEncoding.detectBOM(prefix: slice) { slice = slice.dropFirst(bom.length) }
                firstLine = false
                let object: Output
                do throws(TextDecodingError) {
                    object = transform(try decoder.decode(slice))
                } catch {
                    object = failed("\(error.code) at byte \(error.byteOffset) of line \(lines + 1)")
                }
                lines += 1
                if warnings(object) > 0 { warned += 1 }
                try encoder.encode(object, into: &output)
                output.append(0x0A)
                if output.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(output))
                    output.removeAll(keepingCapacity: true)
                }
            }
            FileHandle.standardOutput.write(Data(output))
            summary.counts["lines"] = lines
            summary.counts["with_warnings"] = warned
        }
    }
}

/// A usage problem found after argument parsing (exit 64).
struct CommandLineError: Error, CustomStringConvertible, OutcomeClassifying {
    let description: String
    init(_ description: String) { self.description = description }
    var outcome: Outcome { .usage }
}

/// Splits a file descriptor's bytes into lines (LF, with a preceding CR removed).
struct LineReader {
    let fileDescriptor: Int32

    func forEachLine(_ body: ([UInt8]) throws -> Void) throws {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var pending: [UInt8] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandLineError("cannot read standard input: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            var start = 0
            for index in 0..<count where buffer[index] == 0x0A {
                pending.append(contentsOf: buffer[start..<index])
                if pending.last == 0x0D { pending.removeLast() }
                try body(pending)
                pending.removeAll(keepingCapacity: true)
                start = index + 1
            }
            pending.append(contentsOf: buffer[start..<count])
        }
        if !pending.isEmpty {
            if pending.last == 0x0D { pending.removeLast() }
            try body(pending)
        }
    }
}

import RegsyncCore
import Testing

@testable import RegsyncCSV

@Suite("Random inputs: every byte is accounted for, and the fast path agrees with libcsv")
struct CSVPropertyTests {
    static let alphabets: [(name: String, bytes: [UInt8])] = [
        ("structural", Array("\",\r\n".utf8)),
        ("quote heavy", Array("\"\"\"a,\n".utf8)),
        ("mixed", Array("ab \t,\"\r\n".utf8) + [0x95, 0x5C, 0x83, 0x7C]),
        ("text", Array("abcdefgh ,\n\"".utf8)),
        ("with NUL", Array("a,\"\n".utf8) + [0]),
        ("any byte", (0...255).map { UInt8($0) }),
    ]

    static let dialects: [CSVDialect] = [
        .csv, CSVDialect(trimsUnquotedSpaces: true), CSVDialect(quote: nil), .tsv,
    ]

    @Test("concatenating raw bytes, terminators and skipped empty lines gives the input back", arguments: 0..<6)
    func reconstruction(alphabetIndex: Int) throws {
        let alphabet = Self.alphabets[alphabetIndex]
        var generator = SplitMix64(state: 0xC5F0 + UInt64(alphabetIndex))
        for caseNumber in 0..<800 {
            let length = Int.random(in: 0...120, using: &generator)
            let input = (0..<length).map { _ in alphabet.bytes.randomElement(using: &generator)! }
            let dialect = Self.dialects[caseNumber % Self.dialects.count]
            let maxRecordBytes = caseNumber % 5 == 0 ? Int.random(in: 1...20, using: &generator) : 1 << 20
            let chunkSize = [1, 2, 3, 7, 64][caseNumber % 5]
            let context = "alphabet \(alphabet.name), case \(caseNumber), input \(input)"
            let records = try readAll(input, dialect: dialect, maxRecordBytes: maxRecordBytes, chunkSize: chunkSize)
            try checkAccounting(records, input: input, maxRecordBytes: maxRecordBytes, context)
            // The same records when one record value is reused for the whole file.
            let reader = try CSVReader(
                bytes: input, dialect: dialect, maxRecordBytes: maxRecordBytes, chunkSize: chunkSize)
            var reused = CSVRecord()
            var index = 0
            while try reader.next(into: &reused) {
                try #require(index < records.count, "\(context)")
                let fresh = records[index]
                #expect(
                    reused.raw == fresh.raw && reused.fields == fresh.fields && reused.problem == fresh.problem
                        && reused.line == fresh.line && reused.quotedFlags == fresh.quotedFlags, "\(context)")
                index += 1
            }
            #expect(index == records.count, "\(context)")
            // The same records whatever the chunk size.
            let whole = try readAll(input, dialect: dialect, maxRecordBytes: maxRecordBytes)
            #expect(
                whole.map(\.raw) == records.map(\.raw) && whole.map(\.fields) == records.map(\.fields)
                    && whole.map(\.problem) == records.map(\.problem), "\(context)")
        }
    }

    @Test("with quote recovery every byte is still accounted for, whatever the chunk size", arguments: 0..<6)
    func recoveryReconstruction(alphabetIndex: Int) throws {
        let alphabet = Self.alphabets[alphabetIndex]
        var generator = SplitMix64(state: 0x5EC0 + UInt64(alphabetIndex))
        var cuts = 0
        for caseNumber in 0..<800 {
            let length = Int.random(in: 0...120, using: &generator)
            let input = (0..<length).map { _ in alphabet.bytes.randomElement(using: &generator)! }
            let dialect = Self.dialects[caseNumber % Self.dialects.count]
            let maxRecordBytes = caseNumber % 3 == 0 ? Int.random(in: 1...30, using: &generator) : 1 << 20
            let maxQuotedLines = Int.random(in: 1...4, using: &generator)
            let context =
                "alphabet \(alphabet.name), case \(caseNumber), limits \(maxRecordBytes)/\(maxQuotedLines), input \(input)"
            var previous: [CSVRecord]?
            for chunkSize in [1, 3, 64] {
                let records = try readAll(
                    input, dialect: dialect, maxRecordBytes: maxRecordBytes, chunkSize: chunkSize,
                    maxQuotedLines: maxQuotedLines)
                try checkAccounting(records, input: input, maxRecordBytes: maxRecordBytes, context)
                if let previous {
                    #expect(
                        previous.map(\.raw) == records.map(\.raw) && previous.map(\.fields) == records.map(\.fields)
                            && previous.map(\.problem) == records.map(\.problem), "chunk \(chunkSize): \(context)")
                }
                previous = records
            }
            cuts += previous?.filter { $0.problem?.kind == .runawayQuote }.count ?? 0
        }
        // Random bytes of the whole range rarely open a quote at a field's start.
        if alphabet.name != "any byte" { #expect(cuts > 0, "the inputs never ran a quote away") }
    }

    @Test("records the scan slices itself split exactly as libcsv splits them", arguments: 0..<6)
    func agreesWithLibCSV(alphabetIndex: Int) throws {
        let alphabet = Self.alphabets[alphabetIndex]
        var generator = SplitMix64(state: 0x11BC + UInt64(alphabetIndex))
        for caseNumber in 0..<800 {
            let length = Int.random(in: 0...80, using: &generator)
            let input = (0..<length).map { _ in alphabet.bytes.randomElement(using: &generator)! }
            let dialect = [CSVDialect.csv, CSVDialect(trimsUnquotedSpaces: true), .tsv][caseNumber % 3]
            let fast = try readAll(input, dialect: dialect)
            let reader = try CSVReader(bytes: input, dialect: dialect)
            reader.alwaysUsesLibCSV = true
            var viaLibCSV: [CSVRecord] = []
            while let record = try reader.next() { viaLibCSV.append(record) }
            let context = "alphabet \(alphabet.name), case \(caseNumber), input \(input)"
            try #require(fast.count == viaLibCSV.count, "\(context)")
            for (mine, theirs) in zip(fast, viaLibCSV) {
                #expect(mine.problem == theirs.problem, "\(context)")
                #expect(mine.fields == theirs.fields, "\(context)")
                #expect(mine.quotedFlags == theirs.quotedFlags, "\(context)")
            }
        }
    }

    @Test("unquoted records split exactly at every delimiter")
    func unquotedSplit() throws {
        var generator = SplitMix64(state: 42)
        let alphabet = Array("ab,, \t\r\n".utf8) + [0x95, 0x5C]
        for _ in 0..<2000 {
            let input = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            for record in try readAll(input, dialect: CSVDialect(quote: nil), chunkSize: 4) {
                let expected = record.raw.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
                #expect(record.fields.map(Array.init) == expected.map(Array.init), "input \(input)")
            }
        }
    }

    /// Checks that records, their terminators and the empty lines between them tile the
    /// input, and that line numbers match an independent count.
    private func checkAccounting(
        _ records: [CSVRecord], input: [UInt8], maxRecordBytes: Int, _ context: String
    ) throws {
        var position = 0
        for record in records {
            let gap = input[position..<record.byteOffset]
            #expect(gap.allSatisfy { $0 == 0x0A || $0 == 0x0D }, "gap before \(record.byteOffset): \(context)")
            #expect(record.line == 1 + lineBreaks(in: input[0..<record.byteOffset]), "\(context)")
            let end = record.byteOffset + record.byteCount
            try #require(end + record.terminator.byteCount <= input.count, "\(context)")
            #expect(Array(record.raw) == Array(input[record.byteOffset..<(record.byteOffset + record.raw.count)]))
            if record.isRawTruncated {
                #expect(record.raw.count == maxRecordBytes, "\(context)")
                #expect([.tooLarge, .unterminatedQuote, .runawayQuote].contains(record.problem?.kind), "\(context)")
            } else {
                #expect(record.raw.count == record.byteCount, "\(context)")
                #expect(record.byteCount <= maxRecordBytes || record.problem?.kind == .tooLarge, "\(context)")
            }
            #expect(record.byteCount > 0, "an empty record: \(context)")
            #expect(record.endLine == record.line + lineBreaks(in: input[record.byteOffset..<end]), "\(context)")
            #expect(Array(input[end..<(end + record.terminator.byteCount)]) == record.terminator.bytes, "\(context)")
            if record.terminator == .cr { #expect(end + 1 == input.count || input[end + 1] != 0x0A, "\(context)") }
            if record.terminator == .none { #expect(end == input.count, "\(context)") }
            #expect((record.problem == nil) == (record.fieldCount > 0), "\(context)")
            position = end + record.terminator.byteCount
        }
        #expect(input[position...].allSatisfy { $0 == 0x0A || $0 == 0x0D }, "trailing bytes: \(context)")
    }
}

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The reader's state and logic as one noncopyable struct: `CSVReader` makes one mutating
/// call per record, so the hot path pays one dynamic exclusivity check per record instead
/// of one per property access.
struct CSVScanner: ~Copyable {
    let dialect: CSVDialect
    let maxRecordBytes: Int
    /// Quote recovery: `nil` when off (see ``CSVReader``).
    let maxQuotedLines: Int?
    let chunkSize: Int

    private var source: ByteSource
    private let parser: LibCSVParser
    /// `buffer[head..<tail]` holds input not yet returned; `head` is the current record's start.
    var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var head = 0
    var tail = 0
    var atEnd = false
    /// The input offset of `buffer[0]`.
    private var bufferOffset = 0
    private(set) var nextLine = 1
    private(set) var hasStarted = false
    private var firstLineColumnBias = 0
    var scan = ScanState()
    var alwaysUsesLibCSV = false

    init(source: consuming ByteSource, dialect: CSVDialect, maxRecordBytes: Int, chunkSize: Int, maxQuotedLines: Int?) {
        self.source = source
        self.dialect = dialect
        self.maxRecordBytes = maxRecordBytes
        self.maxQuotedLines = maxQuotedLines
        self.chunkSize = chunkSize
        parser = LibCSVParser(dialect: dialect)
        capacity = 2 * chunkSize
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    var consumedByteCount: Int { bufferOffset + head }

    mutating func next(into record: inout CSVRecord) throws(CSVReaderError) -> Bool {
        hasStarted = true
        while true {
            scan = ScanState()
            scan.recordOffset = bufferOffset + head
            record.spans.removeAll(keepingCapacity: true)
            record.storage.removeAll(keepingCapacity: true)
            var ending: RecordEnding
            while true {
                if let found = scanStep(&record) {
                    ending = found
                    break
                }
                if isRunaway(scan, at: scan.index) {
                    // Past the size limit inside a quote: cut before the bytes are dropped.
                    scan.cutKind = .runawayQuote
                    ending = .cutAtQuoteLine
                    break
                }
                try makeRoomAndRefill(&record)
            }
            switch ending {
            case .endOfInput:
                return false
            case .emptyLine(let terminator):
                head += terminator.byteCount
                nextLine += 1
                continue
            case .record(let length, let terminator):
                finishRecord(&record, length: length, terminator: terminator)
                return true
            case .cutAtQuoteLine:
                // The record is what came before the end of the quote's line; the lines
                // after it are read again as records of their own.
                scan.index = scan.quoteBreak
                scan.innerLines = scan.quoteLine
                scan.phase = .fieldStart
                finishRecord(&record, length: scan.quoteBreak, terminator: scan.quoteBreakTerminator)
                return true
            }
        }
    }

    mutating func peekPrefix(_ count: Int) throws(CSVReaderError) -> [UInt8] {
        while tail - head < count && !atEnd {
            try refill()
        }
        return Array(UnsafeBufferPointer(start: buffer + head, count: min(count, tail - head)))
    }

    mutating func skip(prefixBytes: Int) {
        head += prefixBytes
        firstLineColumnBias = prefixBytes
        hasStarted = true
    }

    // MARK: - Buffering

    /// Called when the scan reached the end of the buffered bytes: keeps at most
    /// `maxRecordBytes` of the current record, then reads more (or marks the end).
    private mutating func makeRoomAndRefill(_ record: inout CSVRecord) throws(CSVReaderError) {
        if !scan.overflow && scan.index > maxRecordBytes {
            // Keep the first bytes for the reject file, drop the rest while scanning on to
            // the record's end (the next line break outside quotes).
            record.storage.append(contentsOf: UnsafeBufferPointer(start: buffer + head, count: maxRecordBytes))
            record.spans.removeAll(keepingCapacity: false)
            scan.overflow = true
        }
        if scan.overflow {
            scan.discarded += scan.index
            head += scan.index
            scan.index = 0
        }
        try refill()
    }

    /// Reads one chunk after the buffered bytes, compacting and growing the buffer as
    /// needed; sets `atEnd` when the input is exhausted.
    private mutating func refill() throws(CSVReaderError) {
        guard !atEnd else { return }
        if head > 0 {
            let pending = tail - head
            if pending > 0 { buffer.update(from: buffer + head, count: pending) }
            bufferOffset += head
            head = 0
            tail = pending
        }
        if capacity - tail < chunkSize {
            // Only a record longer than the buffer gets here; it grows to at most about
            // maxRecordBytes + chunkSize before the record is cut.
            let newCapacity = max(capacity + capacity / 2, tail + chunkSize)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: buffer, count: tail)
            buffer.deallocate()
            buffer = grown
            capacity = newCapacity
        }
        let count = try source.read(into: buffer + tail, count: chunkSize)
        if count == 0 { atEnd = true }
        tail += count
    }

    // MARK: - Completing a record

    private mutating func finishRecord(_ record: inout CSVRecord, length: Int, terminator: CSVLineTerminator) {
        record.line = nextLine
        record.endLine = nextLine + scan.innerLines
        record.byteOffset = scan.recordOffset
        record.byteCount = scan.discarded + length
        record.terminator = terminator
        record.problem = nil
        let start = UnsafePointer(buffer + head)
        let unterminated = scan.phase == .quoted
        if !scan.overflow && scan.discarded + length > maxRecordBytes {
            // The whole record was buffered (no refill noticed its size): cut it here.
            record.storage.append(contentsOf: UnsafeBufferPointer(start: start, count: maxRecordBytes))
            scan.overflow = true
        }
        let quoteProblem = unterminated ? .unterminatedQuote : scan.cutKind
        if scan.overflow {
            record.rawCount = record.storage.count
            record.spans.removeAll(keepingCapacity: true)
            record.problem =
                quoteProblem.map { problem($0, line: record.line + scan.quoteLine, column: scan.quoteColumn) }
                ?? CSVProblem(kind: .tooLarge, line: record.line, column: nil)
        } else {
            let bytes = UnsafeBufferPointer(start: start, count: length)
            record.storage.append(contentsOf: bytes)
            record.rawCount = length
            if let quoteProblem {
                record.spans.removeAll(keepingCapacity: true)
                record.problem = problem(quoteProblem, line: record.line + scan.quoteLine, column: scan.quoteColumn)
            } else if scan.needsLibCSV || (alwaysUsesLibCSV && dialect.quote != nil) {
                parseWithLibCSV(&record, UnsafeRawBufferPointer(bytes))
            }
            if record.problem == nil, length > 0, let nul = memchr(start, 0, length) {
                let field = (0..<record.fieldCount).first { record[$0].contains(0) }
                record.spans.removeAll(keepingCapacity: true)
                let offset = UnsafeRawPointer(start).distance(to: nul)
                record.problem = problem(.nulByte, at: offset, in: start, recordLine: record.line)
                record.problem?.field = field
            }
        }
        head += scan.index + terminator.byteCount
        nextLine = record.endLine + (terminator == .none ? 0 : 1)
    }

    /// Splits the record with libcsv (strict mode), which undoubles quotes and finds stray
    /// quotes. The scan's spans still tell which fields were quoted.
    private func parseWithLibCSV(_ record: inout CSVRecord, _ bytes: UnsafeRawBufferPointer) {
        let sink = parser.sink
        swap(&sink.pointee.bytes, &record.storage)
        let failure = parser.parse(bytes)
        swap(&sink.pointee.bytes, &record.storage)
        if let failure {
            record.spans.removeAll(keepingCapacity: true)
            record.problem = problem(
                .strayQuote, at: failure, in: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self),
                recordLine: record.line)
            return
        }
        // A line of only spaces when they are trimmed: libcsv reports no row, the scan one
        // empty field (kept, so that every line is a record).
        if sink.pointee.spans.isEmpty { return }
        assert(sink.pointee.spans.count == record.spans.count, "scan and libcsv disagree on the field count")
        for index in sink.pointee.spans.indices where index < record.spans.count {
            sink.pointee.spans[index].quoted = record.spans[index].quoted
        }
        swap(&sink.pointee.spans, &record.spans)
    }

    private func problem(_ kind: CSVProblem.Kind, line: Int, column: Int) -> CSVProblem {
        CSVProblem(kind: kind, line: line, column: column + (line == 1 ? firstLineColumnBias : 0))
    }

    /// The problem at byte `offset` of a record, with its physical line and column counted
    /// through the record's line breaks.
    private func problem(
        _ kind: CSVProblem.Kind, at offset: Int, in record: UnsafePointer<UInt8>, recordLine: Int
    ) -> CSVProblem {
        var line = recordLine
        var lineStart = 0
        var index = 0
        while index < offset {
            let byte = record[index]
            if byte == 0x0D || byte == 0x0A {
                if byte == 0x0D && index + 1 < offset && record[index + 1] == 0x0A { index += 1 }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return problem(kind, line: line, column: offset - lineStart + 1)
    }
}

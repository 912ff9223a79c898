import RegsyncCSV
import RegsyncCore
import RegsyncText

/// A CSV file read through a mapping: header, BOM, ragged rows and malformed records
/// handled here, fields decoded one by one so a bad byte names its line and offset.
public final class CSVImportSource: RecordSource {
    let path: String
    let displayName: String
    let spec: CSVSpec
    let encoding: TextEncoding
    let dialect: CSVDialect
    public private(set) var header: [String]?
    private var expectedColumns: Int?
    private var headerBytes = 0

    /// Opens the file and reads its header row when the mapping says it has one.
    /// - Throws: ``ImportFailure`` `.unreadable` when the file cannot be used at all.
    public init(path: String, displayName: String, spec: CSVSpec, encoding: TextEncoding) throws {
        self.path = path
        self.displayName = displayName
        self.spec = spec
        self.encoding = encoding
        dialect = CSVDialect(delimiter: spec.delimiter, quote: spec.quote)
        let reader = try open()
        if spec.header {
            let decoder = try makeDecoder()
            guard let record = try read(reader) else {
                throw ImportFailure.unreadable(path: path, reason: "the file is empty: a header row was expected")
            }
            if let problem = record.problem {
                throw ImportFailure.unreadable(path: path, reason: "the header row is malformed: \(problem.message)")
            }
            do {
                header = try (0..<record.fieldCount).map { try decoder.decode(record[$0]) }
            } catch {
                throw ImportFailure.unreadable(
                    path: path,
                    reason: "the header row is not valid \(encoding.displayName); check source.encoding in the mapping")
            }
        }
        expectedColumns = spec.columns ?? header?.count
    }

    private func makeDecoder() throws -> TextDecoder {
        do { return try TextDecoder(encoding: encoding) } catch {
            throw ImportFailure.unreadable(path: path, reason: error.description)
        }
    }

    /// Opens the file, skipping a UTF-8 byte order mark (and refusing one when the
    /// mapping declares another encoding: the file is then not what the mapping says).
    private func open() throws -> CSVReader {
        do {
            // Quote recovery on: one unbalanced quote costs one record, not the rest of the file.
            let reader = try CSVReader(
                path: path, dialect: dialect, maxRecordBytes: spec.maxRecordBytes, maxQuotedLines: spec.maxQuotedLines)
            let prefix = try reader.peekPrefix(4)
            if let refusal = EncodingGuard.refusal(prefix: prefix, encoding: encoding, isXML: false) {
                throw ImportFailure.refused(path: path, reason: refusal)
            }
            if let bom = TextEncoding.detectBOM(prefix: prefix) { try reader.skip(prefixBytes: bom.length) }
            return reader
        } catch let error as CSVReaderError {
            throw ImportFailure.unreadable(path: path, reason: error.message)
        }
    }

    private func read(_ reader: CSVReader) throws -> CSVRecord? {
        do { return try reader.next() } catch { throw ImportFailure.unreadable(path: path, reason: error.message) }
    }

    public func read(
        with mapper: RecordMapper, protects: (Bool, [String?]) -> Bool, _ body: (SourceOutcome) throws -> Bool
    ) throws {
        let reader = try open()
        if spec.header { _ = try read(reader) }
        let decoder = try makeDecoder()
        let policy = RejectRawPolicy(mapper: mapper, rawEncoding: encoding)
        var record = CSVRecord()
        let cache = MappingCache()
        let rowMapper = CSVRowMapper(mapper: mapper, decoder: decoder)
        // One row value for the whole file: its buffers are reused from record to record
        // once the consumer has let go of the previous row.
        var row = MappedRow()
        while true {
            do {
                guard try reader.next(into: &record) else { return }
            } catch {
                throw ImportFailure.unreadable(path: path, reason: error.message)
            }
            // Well-formed records go the byte path; one it declines (a problem in any field)
            // is mapped again on the String path, which says what is wrong with it.
            if record.problem == nil && record.fieldCount == (expectedColumns ?? record.fieldCount)
                && rowMapper.map(record, into: &row)
            {
                if try !body(.row(line: record.line, row: row)) { return }
                continue
            }
            let outcome = map(
                record, mapper: mapper, decoder: decoder, policy: policy, protects: protects, cache: cache)
            if try !body(outcome) { return }
        }
    }

    public func rawRecords(
        at lines: Set<Int>, with mapper: RecordMapper, protects: (Bool, [String?]) -> Bool
    ) throws -> [Int: [UInt8]] {
        guard !lines.isEmpty else { return [:] }
        let reader = try open()
        if spec.header { _ = try read(reader) }
        let decoder = try makeDecoder()
        let policy = RejectRawPolicy(mapper: mapper, rawEncoding: encoding)
        var found: [Int: [UInt8]] = [:]
        var record = CSVRecord()
        while found.count < lines.count {
            do {
                guard try reader.next(into: &record) else { break }
            } catch {
                throw ImportFailure.unreadable(path: path, reason: error.message)
            }
            guard lines.contains(record.line) else { continue }
            guard record.problem == nil && record.fieldCount == expectedColumns else {
                found[record.line] = policy.unstructured(Array(record.raw), protects: protects)
                continue
            }
            // Mapping again tells whose record it is; `protects` decides (a protection flag,
            // or the resident register for address and event rows).
            let protected: Bool
            switch mapper.map(CSVFieldAccess(record: record, decoder: decoder)) {
            case .row(let row): protected = protects(row.protected, row.values)
            case .rejected(_, let flag, let partial): protected = protects(flag, partial)
            }
            found[record.line] = policy.shown(rawBytes(record, masking: policy.masked(protected: protected)))
        }
        return found
    }

    private func map(
        _ record: CSVRecord, mapper: RecordMapper, decoder: TextDecoder, policy: RejectRawPolicy,
        protects: (Bool, [String?]) -> Bool, cache: MappingCache
    ) -> SourceOutcome {
        if let problem = record.problem {
            let reason: RejectReason =
                switch problem.kind {
                case .tooLarge: .tooLarge
                case .runawayQuote: .runawayQuote
                case .nulByte: .nulByte
                default: .malformed
                }
            let field = problem.field.map { fieldName(ofColumn: $0, mapper: mapper) }
            var reject = Reject(
                location: InputLocation(file: displayName, line: problem.line, column: problem.column, field: field),
                reason: reason,
                message: problem.message
                    + (field.map { " in \($0): PostgreSQL text cannot store a NUL character" } ?? ""),
                raw: Array(record.raw))
            if record.isRawTruncated { reject.markRawCut(of: record.byteCount) }
            return .rejected(policy.unstructured(reject, protects: protects))
        }
        if let expectedColumns, record.fieldCount != expectedColumns {
            return .rejected(
                policy.unstructured(
                    Reject(
                        location: InputLocation(file: displayName, line: record.line),
                        reason: .raggedRow,
                        message: "the record has \(record.fieldCount) fields, \(expectedColumns) expected",
                        raw: Array(record.raw)), protects: protects))
        }
        switch mapper.map(CSVFieldAccess(record: record, decoder: decoder), cache: cache) {
        case .row(let row):
            return .row(line: record.line, row: row)
        case .rejected(let problems, let protected, let partial):
            return .rejected(
                .refusedByMapping(
                    problems, file: displayName, line: record.line, column: problems[0].column,
                    protected: protects(protected, partial)
                ) { policy.shown(rawBytes(record, masking: policy.masked(protected: $0))) })
        }
    }

    /// The name of column `index` (0-based): the mapping's field that reads it, else the
    /// header's name of the column, else its position.
    private func fieldName(ofColumn index: Int, mapper: RecordMapper) -> String {
        for (position, references) in mapper.resolved.enumerated() where references.contains(.index(index)) {
            return mapper.mapping.fields[position].column.mappingName
        }
        if let header, index < header.count { return header[index] }
        return "column \(index + 1)"
    }

    /// The record's raw bytes, or the record rebuilt with the `masked` fields replaced by `***`.
    private func rawBytes(_ record: CSVRecord, masking masked: Set<ResolvedReference>) -> [UInt8] {
        if masked.isEmpty { return Array(record.raw) }
        var bytes: [UInt8] = []
        let quote = spec.quote ?? UInt8(ascii: "\"")
        for index in 0..<record.fieldCount {
            if index > 0 { bytes.append(spec.delimiter) }
            if masked.contains(.index(index)) {
                bytes += Array("***".utf8)
                continue
            }
            let field = record[index]
            let needsQuotes = field.contains { $0 == spec.delimiter || $0 == quote || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes && spec.quote != nil {
                bytes.append(quote)
                for byte in field {
                    bytes.append(byte)
                    if byte == quote { bytes.append(quote) }
                }
                bytes.append(quote)
            } else {
                bytes += field
            }
        }
        return bytes
    }
}

/// Decoded access to the fields of one CSV record.
struct CSVFieldAccess: SourceFieldAccess {
    let record: CSVRecord
    let decoder: TextDecoder

    func text(at reference: ResolvedReference) throws(FieldReadError) -> String? {
        guard case .index(let index) = reference, index < record.fieldCount else { return nil }
        do {
            return try decoder.decode(record[index])
        } catch {
            throw FieldReadError(
                reason: .encoding,
                message: "invalid \(error.encoding.displayName) byte sequence \(error.hexBytes) at byte "
                    + "\(error.byteOffset + 1) of the field (line \(record.line + error.line - 1))",
                column: nil)
        }
    }
}

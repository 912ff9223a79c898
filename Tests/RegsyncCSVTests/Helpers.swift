import RegsyncCSV

/// Reads every record of `bytes`.
func readAll(
    _ bytes: [UInt8], dialect: CSVDialect = .csv, maxRecordBytes: Int = CSVReader.defaultMaxRecordBytes,
    chunkSize: Int = CSVReader.defaultChunkSize, maxQuotedLines: Int? = nil
) throws -> [CSVRecord] {
    let reader = try CSVReader(
        bytes: bytes, dialect: dialect, maxRecordBytes: maxRecordBytes, chunkSize: chunkSize,
        maxQuotedLines: maxQuotedLines)
    var records: [CSVRecord] = []
    while let record = try reader.next() { records.append(record) }
    return records
}

func readAll(_ text: String, dialect: CSVDialect = .csv, chunkSize: Int = CSVReader.defaultChunkSize) throws
    -> [CSVRecord]
{
    try readAll(Array(text.utf8), dialect: dialect, chunkSize: chunkSize)
}

extension CSVRecord {
    /// The fields decoded as UTF-8, for readable expectations.
    var strings: [String] { fields.map { String(decoding: $0, as: UTF8.self) } }
    var rawString: String { String(decoding: raw, as: UTF8.self) }
    var quotedFlags: [Bool] { (0..<fieldCount).map { isQuoted($0) } }
}

/// Counts line breaks the way the reader documents it: CRLF, LF and a lone CR each count once.
func lineBreaks<C: Collection>(in bytes: C) -> Int where C.Element == UInt8 {
    var count = 0
    var previousWasCR = false
    for byte in bytes {
        if byte == 0x0D {
            count += 1
        } else if byte == 0x0A && !previousWasCR {
            count += 1
        }
        previousWasCR = byte == 0x0D
    }
    return count
}

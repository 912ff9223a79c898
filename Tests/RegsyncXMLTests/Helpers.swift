import RegsyncXML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The outcome of reading a whole document: its records, and the error that ended it.
struct ReadResult {
    var records: [XMLRecord] = []
    var error: XMLReaderError?
}

func readAll(
    _ bytes: [UInt8], recordPath: [String] = ["records", "record"], namespaces: [String: String] = [:],
    encoding: String? = nil, maxRecordBytes: Int = XMLRecordReader.defaultMaxRecordBytes,
    maxRawBytes: Int = XMLRecordReader.defaultMaxRawBytes, maxDepth: Int = XMLRecordReader.defaultMaxDepth,
    maxAttributes: Int = XMLRecordReader.defaultMaxAttributes
) throws -> ReadResult {
    let reader = try XMLRecordReader(
        bytes: bytes, recordPath: recordPath, namespaces: namespaces, encoding: encoding,
        maxRecordBytes: maxRecordBytes, maxRawBytes: maxRawBytes, maxDepth: maxDepth, maxAttributes: maxAttributes)
    return drain(reader)
}

func readAll(_ text: String, recordPath: [String] = ["records", "record"], namespaces: [String: String] = [:]) throws
    -> ReadResult
{
    try readAll(Array(text.utf8), recordPath: recordPath, namespaces: namespaces)
}

/// Calls `next()` until it returns `nil`, checking that an error comes at most once and
/// only last.
func drain(_ reader: XMLRecordReader) -> ReadResult {
    var result = ReadResult()
    while true {
        do {
            guard let record = try reader.next() else { break }
            precondition(result.error == nil, "a record after the error")
            result.records.append(record)
        } catch {
            precondition(result.error == nil, "a second error")
            result.error = error
        }
    }
    return result
}

extension XMLRecord {
    var pairs: [[String]] { fields.map { [$0.path, $0.value] } }
    var rawString: String { String(decoding: raw, as: UTF8.self) }
}

struct FileWriteError: Error {}

func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw FileWriteError() }
    defer { close(fd) }
    var written = 0
    while written < bytes.count {
        let result = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
        guard result > 0 else { throw FileWriteError() }
        written += result
    }
}

func temporaryPath(_ suffix: String) -> String {
    "/tmp/regsync-xml-test-\(UInt64.random(in: 0...UInt64.max))\(suffix)"
}

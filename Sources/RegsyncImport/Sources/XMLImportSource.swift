import Foundation
import RegsyncCore
import RegsyncText
import RegsyncXML

/// An XML file read through a mapping: one record element at a time, fields addressed by
/// paths relative to it. A document that is not well-formed (truncated, mismatched tags,
/// bad bytes, entity tricks) is unusable as a whole: ``read(with:protects:_:)`` throws
/// ``ImportFailure/malformedDocument(path:error:)`` after the records before the error,
/// and the loader loads nothing of it (a truncated snapshot must never look complete).
public final class XMLImportSource: RecordSource {
    let path: String
    let displayName: String
    let spec: XMLSpec
    let encoding: TextEncoding

    public var header: [String]? { nil }

    public init(path: String, displayName: String, spec: XMLSpec, encoding: TextEncoding) throws {
        self.path = path
        self.displayName = displayName
        self.spec = spec
        self.encoding = encoding
        if let refusal = EncodingGuard.refusal(prefix: try Self.prefix(of: path), encoding: encoding, isXML: true) {
            throw ImportFailure.refused(path: path, reason: refusal)
        }
        _ = try open()
    }

    /// The first kilobyte of a file (where a byte order mark and the XML declaration are).
    static func prefix(of path: String) throws -> [UInt8] {
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ImportFailure.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 1024)
        var count = 0
        while count < bytes.count {
            let read = bytes.withUnsafeMutableBytes {
                Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count)
            }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { break }
            count += read
        }
        return Array(bytes[..<count])
    }

    /// The encoding handed to libxml2: the mapping's, which overrides the declaration
    /// (glibc's Shift_JIS table lacks the Windows characters CP932 files use).
    private var readerEncoding: String {
        switch encoding {
        case .utf8: "UTF-8"
        case .cp932: "CP932"
        case .eucJP: "EUC-JP-MS"
        }
    }

    private func open() throws -> XMLRecordReader {
        do {
            return try XMLRecordReader(
                path: path, recordPath: spec.recordPath, namespaces: spec.namespaces, encoding: readerEncoding,
                maxRecordBytes: spec.maxRecordBytes, maxDepth: spec.maxDepth, maxAttributes: spec.maxAttributes)
        } catch {
            throw ImportFailure.unreadable(path: path, reason: error.message)
        }
    }

    public func read(
        with mapper: RecordMapper, protects: (Bool, [String?]) -> Bool, _ body: (SourceOutcome) throws -> Bool
    ) throws {
        let reader = try open()
        let cache = MappingCache()
        let policy = RejectRawPolicy(mapper: mapper)
        while true {
            let record: XMLRecord?
            do {
                record = try reader.next()
            } catch {
                throw ImportFailure.malformedDocument(path: path, error: error)
            }
            guard let record else { return }
            if try !body(map(record, mapper: mapper, policy: policy, protects: protects, cache: cache)) { return }
        }
    }

    public func rawRecords(
        at lines: Set<Int>, with mapper: RecordMapper, protects: (Bool, [String?]) -> Bool
    ) throws -> [Int: [UInt8]] {
        guard !lines.isEmpty else { return [:] }
        let reader = try open()
        let policy = RejectRawPolicy(mapper: mapper)
        var found: [Int: [UInt8]] = [:]
        while found.count < lines.count {
            guard let record = try? reader.next() else { break }
            guard lines.contains(record.line) else { continue }
            var protected = false
            switch mapper.map(XMLFieldAccess(record: record)) {
            case .row(let row): protected = protects(row.protected, row.values)
            case .rejected(_, let flag, let partial): protected = protects(flag, partial)
            }
            found[record.line] = policy.shown(Self.rawBytes(record, masking: policy.masked(protected: protected)))
        }
        return found
    }

    private func map(
        _ record: XMLRecord, mapper: RecordMapper, policy: RejectRawPolicy, protects: (Bool, [String?]) -> Bool,
        cache: MappingCache
    ) -> SourceOutcome {
        if let problem = record.problem {
            var reject = Reject(
                location: InputLocation(file: displayName, line: record.line), reason: .tooLarge,
                message: "the record is larger than the maximum record size (\(spec.maxRecordBytes) bytes)",
                raw: record.raw)
            switch problem {
            case .tooLarge: break
            case .tooDeep:
                reject.reason = .tooDeep
                reject.message = "elements are nested more than \(spec.maxDepth) levels deep in the record"
            case .tooManyAttributes:
                reject.reason = .tooManyAttributes
                reject.message = "an element of the record has more than \(spec.maxAttributes) attributes"
            }
            if record.isRawTruncated { reject.markRawCut(of: nil) }
            return .rejected(policy.unstructured(reject, protects: protects))
        }
        switch mapper.map(XMLFieldAccess(record: record), cache: cache) {
        case .row(let row):
            return .row(line: record.line, row: row)
        case .rejected(let problems, let protected, let partial):
            let isProtected = protects(protected, partial)
            var reject = Reject.refusedByMapping(
                problems, file: displayName, line: record.line, column: nil, protected: isProtected
            ) { policy.shown(Self.rawBytes(record, masking: policy.masked(protected: $0))) }
            // Rebuilt from its fields when masked; as read (and cut at the raw limit) when not.
            if record.isRawTruncated && policy.masked(protected: isProtected).isEmpty { reject.markRawCut(of: nil) }
            return .rejected(reject)
        }
    }

    /// Field paths without namespace prefixes, as the reader reports them.
    static func localPath(_ path: String) -> String {
        path.split(separator: "/").map { step in
            guard let colon = step.lastIndex(of: ":") else { return String(step) }
            let attribute = step.hasPrefix("@")
            return (attribute ? "@" : "") + step[step.index(after: colon)...]
        }.joined(separator: "/")
    }

    static func localPaths(_ references: Set<ResolvedReference>) -> Set<String> {
        Set(references.compactMap { if case .path(let path) = $0 { localPath(path) } else { nil } })
    }

    /// The record's raw XML, or the record rebuilt from its fields with the `masked`
    /// fields replaced by `***`.
    static func rawBytes(_ record: XMLRecord, masking references: Set<ResolvedReference>) -> [UInt8] {
        if references.isEmpty { return record.raw }
        let masked = localPaths(references)
        var text = "<record line=\"\(record.line)\">"
        for field in record.fields {
            let value = masked.contains(field.path) ? "***" : escape(field.value)
            text += "<field path=\"\(escape(field.path))\">\(value)</field>"
        }
        return Array((text + "</record>").utf8)
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

/// Access to the fields of one XML record by path.
struct XMLFieldAccess: SourceFieldAccess {
    let record: XMLRecord

    func text(at reference: ResolvedReference) throws(FieldReadError) -> String? {
        guard case .path(let path) = reference else { return nil }
        return record.first(path)
    }
}

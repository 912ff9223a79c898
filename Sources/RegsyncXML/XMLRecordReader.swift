internal import CLibXML2

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A streaming reader of the record elements of an XML document over libxml2 (its SAX2
/// push parser fed 64 KiB at a time): one record at a time, in bounded memory, never the
/// whole document.
///
/// Why not `xmlTextReader`: in libxml2 2.9.14 the text reader parses ahead in 512-byte
/// chunks and, when a chunk holds a fatal error, drops the nodes it had parsed from that
/// chunk but not delivered yet: measured, the ~26 good records before a mismatched tag
/// were lost. With SAX every event before the error has been delivered when the error is
/// raised, so every record before it is returned.
///
/// Encodings: a document that declares (or is given) an encoding other than UTF-8 is
/// converted with glibc's iconv before libxml2 sees it (see `InputDecoder`), so a bad
/// byte is reported at its exact line and column after every record before it.
///
/// Safety: no network (`XML_PARSE_NONET`), no DTD loading, no entity substitution, an
/// external entity loader that loads nothing, and a SAX handler that refuses, before
/// anything is expanded or fetched, a DOCTYPE naming an external DTD, any entity
/// declaration, and any reference to an entity other than the five predefined ones.
///
/// Errors end the document: records before the error are returned normally, then
/// ``next()`` throws an ``XMLReaderError`` (with the partial record's XML, if a record was
/// open) once, and returns `nil` afterwards.
public final class XMLRecordReader {
    /// Default limit on a record's text, attribute values and paths: 1 MiB.
    public static let defaultMaxRecordBytes = 1 << 20
    /// Default limit on the rebuilt outer XML kept per record: 64 KiB.
    public static let defaultMaxRawBytes = 64 << 10
    /// Default limit on element nesting within a record (the record element is level 1).
    public static let defaultMaxDepth = 256
    /// Default limit on the attributes of one element.
    public static let defaultMaxAttributes = 1_000
    static let chunkSize = 64 << 10

    private let parser: xmlParserCtxtPtr
    private let state: UnsafeMutablePointer<ParseState>
    private let chunk: UnsafeMutablePointer<CChar>
    private let descriptor: Int32
    private let memory: [UInt8]
    private var memoryOffset = 0
    private var atEnd = false
    private var errorThrown = false
    private var sawFirstChunk = false
    private var overridesEncoding = false
    /// Converts a non-UTF-8 document before libxml2 sees it (see ``InputDecoder``).
    private var decoder: InputDecoder?

    /// No network, CDATA as text; never `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD` or
    /// `XML_PARSE_HUGE`. When the reader decodes the input itself (or the caller overrides
    /// the encoding), libxml2 must ignore the declaration: 2.9.14 otherwise switches to the
    /// declared encoding when it reads `<?xml ... encoding="Shift_JIS"?>`.
    private static func options(ignoringDeclaredEncoding: Bool) -> Int32 {
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
        if ignoringDeclaredEncoding { options |= XML_PARSE_IGNORE_ENC.rawValue }
        return Int32(options)
    }

    /// Opens a file (with `open(2)`) to read its records.
    /// - Parameters:
    ///   - recordPath: the record element and its nearest ancestors, outermost first, e.g.
    ///     `["corporations", "corporation"]`. A step is `local` (any namespace), `{uri}local`
    ///     (`{}local`: no namespace) or `prefix:local` with the prefix in `namespaces`.
    ///   - encoding: overrides the document's encoding declaration, e.g. `"CP932"` for a
    ///     Windows file that declares `Shift_JIS` (glibc's Shift_JIS lacks ①, ㈱, 髙),
    ///     `"EUC-JP-MS"` or `"UTF-8"`. `nil` follows the declaration.
    ///   - maxRecordBytes: a record larger than this is returned with
    ///     ``XMLRecordProblem/tooLarge`` and no fields.
    ///   - maxRawBytes: how much of each record's rebuilt outer XML to keep.
    ///   - maxDepth: a record with elements nested deeper than this (the record element is
    ///     level 1) is returned with ``XMLRecordProblem/tooDeep`` and no fields.
    ///   - maxAttributes: a record with an element of more attributes than this is returned
    ///     with ``XMLRecordProblem/tooManyAttributes`` and no fields.
    /// - Throws: ``XMLReaderError`` `.open` or `.invalidConfiguration`.
    public convenience init(
        path: String, recordPath: [String], namespaces: [String: String] = [:], encoding: String? = nil,
        maxRecordBytes: Int = defaultMaxRecordBytes, maxRawBytes: Int = defaultMaxRawBytes,
        maxDepth: Int = defaultMaxDepth, maxAttributes: Int = defaultMaxAttributes
    ) throws(XMLReaderError) {
        let steps = try XMLRecordPath(recordPath, namespaces: namespaces)
        try Self.validate(
            encoding: encoding,
            limits: RecordLimits(
                maxRecordBytes: maxRecordBytes, maxRawBytes: maxRawBytes, maxDepth: maxDepth,
                maxAttributes: maxAttributes))
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw XMLReaderError(kind: .open, message: "\(path): \(String(cString: strerror(code)))", code: Int(code))
        }
        try self.init(
            descriptor: fd, memory: [], path: steps, encoding: encoding,
            limits: RecordLimits(
                maxRecordBytes: maxRecordBytes, maxRawBytes: maxRawBytes, maxDepth: maxDepth,
                maxAttributes: maxAttributes))
    }

    /// Reads a document from bytes in memory (tests, small inputs); see
    /// ``init(path:recordPath:namespaces:encoding:maxRecordBytes:maxRawBytes:maxDepth:maxAttributes:)``.
    public convenience init(
        bytes: [UInt8], recordPath: [String], namespaces: [String: String] = [:], encoding: String? = nil,
        maxRecordBytes: Int = defaultMaxRecordBytes, maxRawBytes: Int = defaultMaxRawBytes,
        maxDepth: Int = defaultMaxDepth, maxAttributes: Int = defaultMaxAttributes
    ) throws(XMLReaderError) {
        let steps = try XMLRecordPath(recordPath, namespaces: namespaces)
        try Self.validate(
            encoding: encoding,
            limits: RecordLimits(
                maxRecordBytes: maxRecordBytes, maxRawBytes: maxRawBytes, maxDepth: maxDepth,
                maxAttributes: maxAttributes))
        try self.init(
            descriptor: -1, memory: bytes, path: steps, encoding: encoding,
            limits: RecordLimits(
                maxRecordBytes: maxRecordBytes, maxRawBytes: maxRawBytes, maxDepth: maxDepth,
                maxAttributes: maxAttributes))
    }

    private init(
        descriptor: Int32, memory: [UInt8], path: XMLRecordPath, encoding: String?, limits: RecordLimits
    ) throws(XMLReaderError) {
        var handler = SAXCallbacks.makeHandler()
        let state = UnsafeMutablePointer<ParseState>.allocate(capacity: 1)
        state.initialize(
            to: ParseState(
                assembler: RecordAssembler(path: path, limits: limits),
                parser: nil))
        guard let parser = xmlCreatePushParserCtxt(&handler, state, nil, 0, nil) else {
            state.deinitialize(count: 1)
            state.deallocate()
            if descriptor >= 0 { close(descriptor) }
            throw XMLReaderError(kind: .invalidConfiguration, message: "libxml2 could not create a parser")
        }
        state.pointee.parser = parser
        if let encoding, !InputDecoder.isUTF8(encoding) {
            guard let converter = InputDecoder(encoding: encoding) else {
                xmlFreeParserCtxt(parser)
                state.deinitialize(count: 1)
                state.deallocate()
                if descriptor >= 0 { close(descriptor) }
                throw XMLReaderError(kind: .invalidConfiguration, message: "iconv does not know encoding \(encoding)")
            }
            decoder = converter
        }
        overridesEncoding = encoding != nil
        xmlCtxtUseOptions(parser, Self.options(ignoringDeclaredEncoding: overridesEncoding))
        self.parser = parser
        self.state = state
        self.descriptor = descriptor
        self.memory = memory
        chunk = .allocate(capacity: Self.chunkSize)
    }

    deinit {
        xmlFreeParserCtxt(parser)
        if descriptor >= 0 { close(descriptor) }
        chunk.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    private static func validate(encoding: String?, limits: RecordLimits) throws(XMLReaderError) {
        _ = LibXML2Setup.done
        guard limits.maxRecordBytes > 0, limits.maxRawBytes > 0, limits.maxDepth > 0, limits.maxAttributes > 0 else {
            throw XMLReaderError(kind: .invalidConfiguration, message: "record limits must be positive")
        }
        guard let encoding else { return }
        // Without a handler libxml2 would silently keep its own guess: refuse instead.
        guard let handler = xmlFindCharEncodingHandler(encoding) else {
            throw XMLReaderError(kind: .invalidConfiguration, message: "unknown encoding \(encoding)")
        }
        xmlCharEncCloseFunc(handler)
    }

    /// The encoding an XML declaration at the start of `prefix` names
    /// (`<?xml version="1.0" encoding="Shift_JIS"?>`), or `nil` when it names none.
    public static func declaredEncoding(in prefix: [UInt8]) -> String? {
        prefix.withUnsafeBufferPointer { InputDecoder.declaredEncoding($0) }
    }

    /// Reads the next record.
    /// - Returns: the record, or `nil` at the end of the document (and after an error).
    /// - Throws: ``XMLReaderError`` once, when the document is malformed, badly encoded,
    ///   truncated or hostile after the records returned so far.
    public func next() throws(XMLReaderError) -> XMLRecord? {
        while true {
            if let record = state.pointee.assembler.popCompleted() { return record }
            if let error = state.pointee.assembler.error {
                guard !errorThrown else { return nil }
                errorThrown = true
                throw error
            }
            if atEnd { return nil }
            try parseNextChunk()
        }
    }

    /// Feeds the parser one chunk (or the end of input), which queues the records it
    /// completes or records an error.
    private func parseNextChunk() throws(XMLReaderError) {
        let count = try readChunk()
        let input = UnsafeBufferPointer(
            start: UnsafeRawPointer(chunk).assumingMemoryBound(to: UInt8.self), count: count)
        if !sawFirstChunk {
            sawFirstChunk = true
            // A document that declares a non-UTF-8 encoding is decoded here too.
            if !overridesEncoding, let declared = InputDecoder.declaredEncoding(input), !InputDecoder.isUTF8(declared),
                let converter = InputDecoder(encoding: declared)
            {
                decoder = converter
                xmlCtxtUseOptions(parser, Self.options(ignoringDeclaredEncoding: true))
            }
        }
        // Errors raised without a parser context (I/O, libxml2's own conversions) go to
        // libxml2's thread-local global handler: route them to this reader while it
        // parses, and detach it afterwards (the state dies with the reader).
        xmlSetStructuredErrorFunc(state, SAXCallbacks.structuredError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        if count == 0 { atEnd = true }
        guard let decoder else {
            push(input, terminate: count == 0)
            return
        }
        let failure = decoder.convert(input) { push($0, terminate: false) }
        if let failure {
            let bytes = failure.bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            state.pointee.assembler.fail(
                kind: .encoding, line: failure.line, column: failure.column,
                message: "bytes \(bytes) are not valid \(decoder.encoding)", code: nil)
            atEnd = true
        } else if count == 0 {
            push(UnsafeBufferPointer(start: nil, count: 0), terminate: true)
        }
    }

    private func push(_ bytes: UnsafeBufferPointer<UInt8>, terminate: Bool) {
        guard state.pointee.assembler.error == nil else { return }
        let status = bytes.withMemoryRebound(to: CChar.self) {
            xmlParseChunk(parser, $0.baseAddress, Int32($0.count), terminate ? 1 : 0)
        }
        if status != 0 && state.pointee.assembler.error == nil {
            // A failure no handler reported (should not happen; never lose it).
            let kind = SAXCallbacks.classify(code: Int(status), domain: 0, state.pointee.assembler)
            state.pointee.assembler.fail(
                kind: kind, line: state.pointee.line, column: state.pointee.column,
                message: "libxml2 stopped with error \(status)", code: Int(status))
        }
    }

    private func readChunk() throws(XMLReaderError) -> Int {
        guard descriptor >= 0 else {
            let count = min(Self.chunkSize, memory.count - memoryOffset)
            memory.withUnsafeBytes { bytes in
                UnsafeMutableRawPointer(chunk).copyMemory(from: bytes.baseAddress! + memoryOffset, byteCount: count)
            }
            memoryOffset += count
            return count
        }
        while true {
            let count = read(descriptor, chunk, Self.chunkSize)
            if count >= 0 { return count }
            let code = errno
            if code == EINTR { continue }
            throw XMLReaderError(
                kind: .read, message: "read failed: \(String(cString: strerror(code)))", code: Int(code))
        }
    }
}

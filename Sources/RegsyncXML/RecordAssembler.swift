#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The limits a record must keep within (see ``XMLRecordReader``).
struct RecordLimits {
    var maxRecordBytes: Int
    var maxRawBytes: Int
    var maxDepth: Int
    var maxAttributes: Int
}

/// Turns parse events into records: decides which elements are records, gives each field
/// its path, rebuilds the outer XML, and queues complete records until ``XMLRecordReader``
/// hands them out.
///
/// The libxml2 SAX callbacks (see `SAXCallbacks.swift`) feed it names as libxml2's
/// interned C strings and text as byte buffers; it lives at a fixed address that the
/// callbacks reach through their context pointer.
struct RecordAssembler: ~Copyable {
    /// An element open inside the current record. Frames are reused across records so
    /// their text buffers keep their capacity.
    private struct Frame {
        var pathID = 0
        var path = ""
        var hasChildElements = false
        var text: [UInt8] = []
    }

    let path: XMLRecordPath
    let limits: RecordLimits
    var maxRecordBytes: Int { limits.maxRecordBytes }
    var maxRawBytes: Int { limits.maxRawBytes }

    private var names = NameTable()
    /// Local name and namespace of the open elements outside records, by depth.
    private var ancestors: [(localName: String, namespaceURI: String?)] = []
    private var frames: [Frame] = []
    private var depth = 0
    /// Elements open below the depth limit in the current record: counted, not kept (a
    /// frame per level made memory grow with the square of the depth).
    private var excessDepth = 0
    private var record: XMLRecord?
    private var recordBytes = 0
    private var raw = RawWriter(limit: 0)
    /// The last record's field count, to size the next record's array once.
    private var lastFieldCount = 4
    private var completed: [XMLRecord] = []
    private var completedHead = 0
    /// The first error; once set, events are ignored (the parser is stopped).
    private(set) var error: XMLReaderError?
    /// Elements open in the document, and whether the root element was seen: a document
    /// that ends with elements open (or none at all) is truncated.
    private(set) var openElements = 0
    private(set) var sawRoot = false

    init(path: XMLRecordPath, limits: RecordLimits) {
        self.path = path
        self.limits = limits
    }

    /// The oldest complete record not handed out yet.
    mutating func popCompleted() -> XMLRecord? {
        guard completedHead < completed.count else { return nil }
        let record = completed[completedHead]
        completedHead += 1
        if completedHead == completed.count {
            completed.removeAll(keepingCapacity: true)
            completedHead = 0
        }
        return record
    }

    var isInRecord: Bool { record != nil && error == nil }

    /// True while the events of the current element are kept (inside a record, within the
    /// depth limit).
    var keepsContent: Bool { isInRecord && excessDepth == 0 }

    /// Flags the current record (the first problem counts): its fields are dropped.
    private mutating func flag(_ problem: XMLRecordProblem) {
        guard record != nil, record?.problem == nil else { return }
        record?.problem = problem
        record?.fields.removeAll()
    }

    // MARK: - Events

    /// An element's start tag: attributes follow through ``namespaceDeclaration(prefix:uri:)``
    /// and ``attribute(localName:prefix:value:)``, and ``endStartTag()`` closes the tag.
    mutating func startElement(
        localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, namespaceURI: UnsafePointer<UInt8>?,
        attributeCount: Int, line: @autoclosure () -> Int
    ) {
        guard error == nil else { return }
        sawRoot = true
        openElements += 1
        if record != nil && (excessDepth > 0 || depth >= limits.maxDepth) {
            flag(.tooDeep)
            excessDepth += 1
            return
        }
        defer { if attributeCount > limits.maxAttributes { flag(.tooManyAttributes) } }
        if record == nil {
            ancestors.append((names.string(localName), namespaceURI.map { names.string($0) }))
            guard isRecordElement() else { return }
            record = XMLRecord(line: line())
            record?.fields.reserveCapacity(lastFieldCount)
            recordBytes = 0
            raw.reset(limit: maxRawBytes)
            depth = 0
            pushFrame(pathID: 0, path: "")
        } else {
            frames[depth - 1].hasChildElements = true
            let parent = frames[depth - 1]
            let child = names.path(parent: parent.pathID, parentPath: parent.path, name: localName, isAttribute: false)
            pushFrame(pathID: child.id, path: child.path)
        }
        raw.append("<")
        appendQualifiedName(localName, prefix)
    }

    mutating func namespaceDeclaration(prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?) {
        guard keepsContent else { return }
        raw.append(" xmlns")
        if let prefix {
            raw.append(":")
            raw.append(name: prefix)
        }
        raw.append("=\"")
        if let uri { raw.appendEscaped(UnsafeBufferPointer(start: uri, count: strlen(uri)), inAttribute: true) }
        raw.append("\"")
    }

    /// An attribute of the element just started.
    mutating func attribute(
        localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, value: UnsafeBufferPointer<UInt8>
    ) {
        guard keepsContent, record?.problem != .tooManyAttributes else { return }
        raw.append(" ")
        appendQualifiedName(localName, prefix)
        raw.append("=\"")
        raw.appendEscaped(value, inAttribute: true)
        raw.append("\"")
        let element = frames[depth - 1]
        let attribute = names.path(parent: element.pathID, parentPath: element.path, name: localName, isAttribute: true)
        recordBytes += value.count
        addField(attribute.path, value)
    }

    mutating func endStartTag() {
        guard keepsContent else { return }
        raw.append(">")
    }

    mutating func endElement(localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?) {
        guard error == nil else { return }
        openElements -= 1
        guard record != nil else {
            ancestors.removeLast()
            return
        }
        if excessDepth > 0 {
            excessDepth -= 1
            return
        }
        raw.append("</")
        appendQualifiedName(localName, prefix)
        raw.append(">")
        depth -= 1
        let frame = frames[depth]
        // A leaf is a field even when empty; other elements (and the record element) only
        // when they have text of their own (mixed content).
        let isRecordElement = depth == 0
        if (!frame.hasChildElements && !isRecordElement) || hasNonWhitespace(frame.text) {
            frame.text.withUnsafeBufferPointer { addField(isRecordElement ? "." : frame.path, $0) }
        }
        guard isRecordElement, var complete = record else { return }
        record = nil
        ancestors.removeLast()
        complete.raw = raw.bytes
        complete.isRawTruncated = raw.isTruncated
        lastFieldCount = max(complete.fields.count, 1)
        completed.append(complete)
    }

    /// Text, CDATA or whitespace.
    mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard keepsContent else { return }
        raw.appendEscaped(text, inAttribute: false)
        recordBytes += text.count
        if recordBytes <= maxRecordBytes { frames[depth - 1].text.append(contentsOf: text) }
    }

    mutating func comment(_ text: UnsafePointer<UInt8>?) {
        guard keepsContent else { return }
        raw.append("<!--")
        if let text { raw.append(name: text) }
        raw.append("-->")
    }

    mutating func processingInstruction(target: UnsafePointer<UInt8>?, data: UnsafePointer<UInt8>?) {
        guard keepsContent else { return }
        raw.append("<?")
        if let target { raw.append(name: target) }
        if let data {
            raw.append(" ")
            raw.append(name: data)
        }
        raw.append("?>")
    }

    /// Records the first error; the partial record (if any) goes with it.
    mutating func fail(kind: XMLReaderError.Kind, line: Int?, column: Int?, message: String, code: Int?) {
        guard error == nil else { return }
        error = XMLReaderError(
            kind: kind, line: line, column: column, message: message, code: code,
            partialRecord: record == nil ? nil : raw.bytes, partialRecordLine: record?.line)
    }

    // MARK: - Helpers

    private mutating func pushFrame(pathID: Int, path: String) {
        if depth == frames.count { frames.append(Frame()) }
        frames[depth].pathID = pathID
        frames[depth].path = path
        frames[depth].hasChildElements = false
        frames[depth].text.removeAll(keepingCapacity: true)
        depth += 1
    }

    private mutating func appendQualifiedName(_ localName: UnsafePointer<UInt8>, _ prefix: UnsafePointer<UInt8>?) {
        if let prefix {
            raw.append(name: prefix)
            raw.append(":")
        }
        raw.append(name: localName)
    }

    private func hasNonWhitespace(_ text: [UInt8]) -> Bool {
        text.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    private func isRecordElement() -> Bool {
        let steps = path.steps
        guard ancestors.count >= steps.count else { return false }
        let offset = ancestors.count - steps.count
        for (index, step) in steps.enumerated() {
            let ancestor = ancestors[offset + index]
            if !step.matches(localName: ancestor.localName, namespaceURI: ancestor.namespaceURI) { return false }
        }
        return true
    }

    /// Adds a field whose value's bytes were already counted in `recordBytes`.
    private mutating func addField(_ path: String, _ value: UnsafeBufferPointer<UInt8>) {
        recordBytes += path.utf8.count
        guard record?.problem == nil else { return }
        if recordBytes > maxRecordBytes {
            flag(.tooLarge)
            return
        }
        record?.fields.append(XMLField(path: path, value: String(decoding: value, as: UTF8.self)))
    }
}

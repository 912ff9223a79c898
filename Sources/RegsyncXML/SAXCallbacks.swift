internal import CLibXML2

/// Process-wide libxml2 set-up, done once before the first parser: initialise the
/// library and replace the external entity loader with one that loads nothing.
///
/// `XML_PARSE_NONET` and leaving out `XML_PARSE_DTDLOAD`/`XML_PARSE_NOENT` already keep
/// libxml2 2.9.14 from fetching DTDs and external entities, and the SAX handler refuses
/// entity declarations; the refusing loader makes "never fetched" hold even on a path
/// those miss. regsync has no other libxml2 user, so the global setting is ours to choose.
enum LibXML2Setup {
    static let done: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
        return true
    }()
}

/// What the SAX callbacks reach through their context pointer: the assembler and the
/// parser context (for positions and to stop it).
struct ParseState: ~Copyable {
    var assembler: RecordAssembler
    var parser: xmlParserCtxtPtr?
    /// The DOCTYPE opened an internal subset: refused by its first declaration or its end.
    var sawInternalSubset = false

    var line: Int { parser.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 0 }

    /// The line of the `<` of the start tag being reported: libxml2 calls
    /// `startElementNs` with its input at the tag's `>`, which is on a later line when the
    /// attributes span lines. The whole tag is still in the input buffer (the push parser
    /// only parses a start tag once its `>` has arrived), and `<` cannot occur inside it.
    var startTagLine: Int {
        guard let input = parser?.pointee.input, let base = input.pointee.base, var cursor = input.pointee.cur else {
            return line
        }
        var newlines = 0
        while cursor > base && cursor.pointee != UInt8(ascii: "<") {
            if cursor.pointee == 0x0A { newlines += 1 }
            cursor -= 1
        }
        return line - newlines
    }
    var column: Int { parser.map { Int(xmlSAX2GetColumnNumber(UnsafeMutableRawPointer($0))) } ?? 0 }

    /// True when the DOCTYPE being reported goes on with an internal subset: libxml2 calls
    /// `internalSubset` with its input at the `[` that opens one (after blanks).
    var opensInternalSubset: Bool {
        guard let input = parser?.pointee.input, var cursor = input.pointee.cur, let end = input.pointee.end else {
            return false
        }
        while cursor < end && [0x20, 0x09, 0x0A, 0x0D].contains(cursor.pointee) { cursor += 1 }
        return cursor < end && cursor.pointee == UInt8(ascii: "[")
    }

    /// Refuses the document from inside a callback: records the error and stops libxml2.
    mutating func refuse(_ kind: XMLReaderError.Kind, _ message: String) {
        assembler.fail(kind: kind, line: line, column: column, message: message, code: nil)
        if let parser { xmlStopParser(parser) }
    }
}

private func state(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<ParseState> {
    context!.assumingMemoryBound(to: ParseState.self)
}

private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
}

/// `value` with every `&#38;` turned back into `&`.
func decodingAmpersands(_ value: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    let escape = Array("&#38;".utf8)
    var result: [UInt8] = []
    result.reserveCapacity(value.count)
    var index = 0
    while index < value.count {
        if value[index] == UInt8(ascii: "&") && index + escape.count <= value.count
            && value[index..<(index + escape.count)].elementsEqual(escape)
        {
            result.append(UInt8(ascii: "&"))
            index += escape.count
        } else {
            result.append(value[index])
            index += 1
        }
    }
    return result
}

private let internalSubsetMessage =
    "the DOCTYPE has an internal subset ([...]): refused, since its declarations could add to records what the file "
    + "does not contain"

/// The SAX2 handler: non-capturing `@convention(c)` callbacks whose state is the
/// `ParseState` behind the context pointer (libxml2 passes the push parser's user data).
enum SAXCallbacks {
    static func makeHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = {
            context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, _,
            attributes in
            guard let localName else { return }
            let state = state(context)
            if state.pointee.sawInternalSubset {
                // Should the end of the subset go unreported, the first element refuses it.
                state.pointee.refuse(.internalSubset, internalSubsetMessage)
                return
            }
            state.pointee.assembler.startElement(
                localName: localName, prefix: prefix, namespaceURI: uri, attributeCount: Int(attributeCount),
                line: state.pointee.startTagLine)
            guard state.pointee.assembler.keepsContent else { return }
            if let namespaces {
                for index in 0..<Int(namespaceCount) {
                    state.pointee.assembler.namespaceDeclaration(
                        prefix: namespaces[2 * index], uri: namespaces[2 * index + 1])
                }
            }
            if let attributes {
                // Five pointers per attribute: local name, prefix, URI, value start, value end.
                for index in 0..<Int(attributeCount) {
                    let base = 5 * index
                    guard let attributeName = attributes[base] else { continue }
                    var value = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
                    if let start = attributes[base + 3], let end = attributes[base + 4] {
                        value = UnsafeBufferPointer(start: start, count: end - start)
                    }
                    // Without entity substitution libxml2 hands a literal `&` in an attribute
                    // value to SAX2 as `&#38;` (for a tree builder to re-parse); every other
                    // reference is already resolved or refused.
                    if value.contains(UInt8(ascii: "&")) {
                        let decoded = decodingAmpersands(value)
                        decoded.withUnsafeBufferPointer {
                            state.pointee.assembler.attribute(
                                localName: attributeName, prefix: attributes[base + 1], value: $0)
                        }
                    } else {
                        state.pointee.assembler.attribute(
                            localName: attributeName, prefix: attributes[base + 1], value: value)
                    }
                }
            }
            state.pointee.assembler.endStartTag()
        }
        handler.endElementNs = { context, localName, prefix, _ in
            guard let localName else { return }
            state(context).pointee.assembler.endElement(localName: localName, prefix: prefix)
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let text else { return }
            state(context).pointee.assembler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        handler.comment = { context, text in
            state(context).pointee.assembler.comment(text)
        }
        handler.processingInstruction = { context, target, data in
            state(context).pointee.assembler.processingInstruction(target: target, data: data)
        }
        // The document-type policy: refuse, before anything is expanded or fetched. An
        // internal subset is refused whatever it declares: an ATTLIST default would add an
        // attribute (a key, say) the file never contained.
        // Declarations are refused as they come (entities with their own kind); a subset
        // without any is refused where it ends (libxml2 then reports the external subset).
        handler.internalSubset = { context, _, externalID, systemID in
            if externalID != nil || systemID != nil {
                state(context).pointee.refuse(.externalDTD, "the DOCTYPE names an external DTD")
            } else if state(context).pointee.opensInternalSubset {
                state(context).pointee.sawInternalSubset = true
            }
        }
        handler.attributeDecl = { context, _, _, _, _, _, tree in
            xmlFreeEnumeration(tree)
            state(context).pointee.refuse(.internalSubset, internalSubsetMessage)
        }
        handler.elementDecl = { context, _, _, _ in
            state(context).pointee.refuse(.internalSubset, internalSubsetMessage)
        }
        handler.notationDecl = { context, _, _, _ in
            state(context).pointee.refuse(.internalSubset, internalSubsetMessage)
        }
        handler.externalSubset = { context, _, externalID, systemID in
            if externalID != nil || systemID != nil {
                state(context).pointee.refuse(.externalDTD, "the DOCTYPE names an external DTD")
            } else if state(context).pointee.sawInternalSubset {
                state(context).pointee.refuse(.internalSubset, internalSubsetMessage)
            }
        }
        handler.entityDecl = { context, name, _, _, _, _ in
            let entity = XMLReaderError.bounded(string(name), limit: 64)
            state(context).pointee.refuse(.entityDeclared, "the DOCTYPE declares entity \(entity)")
        }
        handler.unparsedEntityDecl = { context, name, _, _, _ in
            let entity = XMLReaderError.bounded(string(name), limit: 64)
            state(context).pointee.refuse(.entityDeclared, "the DOCTYPE declares entity \(entity)")
        }
        handler.reference = { context, name in
            let entity = XMLReaderError.bounded(string(name), limit: 64)
            state(context).pointee.refuse(.entityReference, "reference to entity \(entity)")
        }
        handler.serror = structuredError
        return handler
    }

    /// libxml2's structured errors, from the parser (through the SAX handler) and from code
    /// without a parser context (iconv conversion, I/O: through the thread's global handler,
    /// which the reader points here while it parses).
    static let structuredError: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        // Warnings (e.g. a relative namespace URI) do not stop a document.
        guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let state = state(context)
        guard state.pointee.assembler.error == nil else { return }
        let code = Int(error.pointee.code)
        let message = XMLReaderError.bounded(
            error.pointee.message.map { String(cString: $0) } ?? "libxml2 error \(code)")
        // Errors raised without a parser context carry no position: use the parser's.
        let hasPosition = error.pointee.line > 0
        let line = hasPosition ? Int(error.pointee.line) : state.pointee.line
        let column = hasPosition ? (error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil) : state.pointee.column
        let kind = classify(code: code, domain: Int(error.pointee.domain), state.pointee.assembler)
        state.pointee.assembler.fail(kind: kind, line: line, column: column, message: message, code: code)
    }

    static func classify(code: Int, domain: Int, _ assembler: borrowing RecordAssembler) -> XMLReaderError.Kind {
        switch code {
        case Int(XML_ERR_UNDECLARED_ENTITY.rawValue), Int(XML_WAR_UNDECLARED_ENTITY.rawValue),
            Int(XML_ERR_UNPARSED_ENTITY.rawValue), Int(XML_ERR_ENTITY_IS_EXTERNAL.rawValue),
            Int(XML_ERR_ENTITYREF_IN_DTD.rawValue), Int(XML_IO_LOAD_ERROR.rawValue):
            return .entityReference
        case Int(XML_ERR_ENTITY_LOOP.rawValue):
            return .entityDeclared
        case Int(XML_ERR_INVALID_CHAR.rawValue), Int(XML_ERR_UNKNOWN_ENCODING.rawValue),
            Int(XML_ERR_UNSUPPORTED_ENCODING.rawValue), Int(XML_ERR_INVALID_ENCODING.rawValue),
            Int(XML_ERR_ENCODING_NAME.rawValue), Int(XML_IO_ENCODER.rawValue):
            return .encoding
        case Int(XML_ERR_DOCUMENT_END.rawValue), Int(XML_ERR_TAG_NOT_FINISHED.rawValue),
            Int(XML_ERR_DOCUMENT_EMPTY.rawValue):
            // A push parser reports a document cut short as "Extra content at the end of
            // the document", like content after the root: tell them apart.
            return assembler.openElements > 0 || !assembler.sawRoot ? .truncated : .malformed
        default:
            return domain == Int(XML_FROM_I18N.rawValue) ? .encoding : .malformed
        }
    }
}

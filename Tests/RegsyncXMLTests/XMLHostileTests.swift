import RegsyncXML
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Hostile XML is refused before anything is expanded or fetched")
struct XMLHostileTests {
    /// Everything a reader produced, as text, to look for leaked file contents.
    private func everything(_ result: ReadResult) -> String {
        var text = result.records.map { $0.rawString + $0.fields.description }.joined()
        if let error = result.error {
            text += error.description + String(decoding: error.partialRecord ?? [], as: UTF8.self)
        }
        return text
    }

    @Test("billion laughs: nested entity declarations are refused, fast")
    func billionLaughs() throws {
        var document = "<?xml version=\"1.0\"?>\n<!DOCTYPE records [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            document += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        document += "]>\n<records><record><v>&lol9;</v></record></records>\n"
        let clock = ContinuousClock()
        var result = ReadResult()
        let elapsed = try clock.measure { result = try readAll(document) }
        #expect(result.records.isEmpty)
        #expect(result.error?.kind == .entityDeclared)
        #expect(result.error?.line == 3)
        #expect(elapsed < .seconds(2))
        #expect(!everything(result).contains("lollol"))
    }

    @Test("an external entity naming a file is refused and the file is never read")
    func externalFileEntity() throws {
        let secretPath = temporaryPath(".secret")
        try writeFile(secretPath, Array("TOP-SECRET-MARKER".utf8))
        defer { unlink(secretPath) }
        for target in ["file://" + secretPath, secretPath, "file:///etc/passwd"] {
            let document = """
                <?xml version="1.0"?>
                <!DOCTYPE records [<!ENTITY x SYSTEM "\(target)">]>
                <records><record><v>&x;</v></record></records>
                """
            let result = try readAll(document)
            #expect(result.error?.kind == .entityDeclared)
            #expect(result.error?.line == 2)
            let output = everything(result)
            #expect(!output.contains("TOP-SECRET-MARKER"))
            #expect(!output.contains("root:"))
        }
    }

    @Test(
        "external entities, parameter entities and external DTDs over http are refused without connecting",
        arguments: [
            ("<!DOCTYPE records [<!ENTITY x SYSTEM \"http://127.0.0.1:PORT/x\">]>", XMLReaderError.Kind.entityDeclared),
            ("<!DOCTYPE records [<!ENTITY % p SYSTEM \"http://127.0.0.1:PORT/p\"> %p;]>", .entityDeclared),
            ("<!DOCTYPE records SYSTEM \"http://127.0.0.1:PORT/records.dtd\">", .externalDTD),
            ("<!DOCTYPE records PUBLIC \"-//X//DTD R//EN\" \"http://127.0.0.1:PORT/r.dtd\">", .externalDTD),
            ("<!DOCTYPE records SYSTEM \"file:///etc/passwd\">", .externalDTD),
        ])
    func noNetwork(doctype: String, kind: XMLReaderError.Kind) throws {
        let listener = try LocalListener()
        let document =
            "<?xml version=\"1.0\"?>\n"
            + doctype.split(separator: "PORT", omittingEmptySubsequences: false).joined(separator: "\(listener.port)")
            + "\n<records><record><v>&x;</v></record></records>"
        let result = try readAll(document)
        #expect(result.records.isEmpty)
        #expect(result.error?.kind == kind)
        #expect(result.error?.line == 2)
        #expect(!listener.hasPendingConnection, "libxml2 connected to the listener")
        #expect(!everything(result).contains("root:"))
    }

    @Test("references to undeclared entities are refused, in text and in attributes")
    func undeclaredReferences() throws {
        let text = try readAll("<records>\n<record><v>ok</v></record>\n<record><v>&nbsp;</v></record></records>")
        #expect(text.records.count == 1)
        #expect(text.error?.kind == .entityReference)
        #expect(text.error?.line == 3)
        let attribute = try readAll("<records><record a=\"&copy;\"/></records>")
        #expect(attribute.records.isEmpty)
        #expect(attribute.error?.kind == .entityReference)
    }

    @Test("a DOCTYPE without an internal subset or external DTD is accepted")
    func harmlessDoctype() throws {
        let result = try readAll(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE records>\n<records><record><v>1</v></record></records>")
        #expect(result.error == nil)
        #expect(result.records.map(\.pairs) == [[["v", "1"]]])
    }

    @Test(
        "an internal subset is refused whatever it declares, before any record (issue 11, A10)",
        arguments: [
            "<!DOCTYPE records [<!ELEMENT records (record*)>]>",
            "<!DOCTYPE records [<!ATTLIST record id CDATA \"9\">]>",
            "<!DOCTYPE records [<!NOTATION n SYSTEM \"x\">]>", "<!DOCTYPE records []>",
            "<!DOCTYPE records [<!-- nothing -->]>",
        ])
    func internalSubset(doctype: String) throws {
        let result = try readAll(
            "<?xml version=\"1.0\"?>\n" + doctype + "\n<records><record><v>1</v></record></records>")
        #expect(result.records.isEmpty)
        #expect(result.error?.kind == .internalSubset, "\(String(describing: result.error))")
        #expect(result.error?.line == 2)
    }
}

/// A TCP listener on 127.0.0.1 (ephemeral port) that can tell whether anyone connected.
final class LocalListener {
    private let socketDescriptor: Int32
    let port: UInt16

    struct SetupError: Error {}

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw SetupError() }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && listen(descriptor, 8) == 0
                    && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw SetupError()
        }
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socketDescriptor) }

    /// True when a connection is waiting to be accepted.
    var hasPendingConnection: Bool {
        var descriptor = pollfd(fd: socketDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 50) > 0
    }
}

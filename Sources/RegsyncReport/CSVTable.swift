/// A CSV document (RFC 4180: fields quoted when they hold a comma, quote or line break;
/// quotes doubled; lines ended by CRLF), optionally starting with a UTF-8 byte order mark
/// so that Excel opens Japanese text correctly.
public struct CSVTable: Sendable {
    public let header: [String]
    public private(set) var rows: [[String]] = []

    public init(header: [String]) {
        self.header = header
    }

    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The document's text.
    public func text(bom: Bool = false) -> String {
        var out = bom ? "\u{FEFF}" : ""
        out.reserveCapacity(64 * (rows.count + 1))
        Self.appendLine(header, to: &out)
        for row in rows { Self.appendLine(row, to: &out) }
        return out
    }

    static func appendLine(_ fields: [String], to out: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out += "," }
            out += quoted(field)
        }
        out += "\r\n"
    }

    /// A field as CSV writes it.
    public static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Parses CSV text (as written by ``text(bom:)``, or by Excel): the header and the rows.
    public static func parse(_ text: String) -> (header: [String], rows: [[String]]) {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text).unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return iterator.next()
        }
        var sawAny = false
        while let scalar = next() {
            sawAny = true
            if quoted {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            quoted = false
                            pending = following
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r": continue
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if sawAny && (!field.isEmpty || !row.isEmpty) {
            row.append(field)
            rows.append(row)
        }
        guard let header = rows.first else { return ([], []) }
        return (header, Array(rows.dropFirst()))
    }
}

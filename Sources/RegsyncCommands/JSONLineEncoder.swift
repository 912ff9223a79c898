/// Encodes an `Encodable` value as one line of compact JSON, keys in the order the value
/// encodes them. `regsync normalize` writes one object per input line; Foundation's
/// JSONEncoder spent ~15 µs per address there, five times the normalisation itself.
struct JSONLineEncoder {
    /// Appends the JSON text of `value` to `output`.
    func encode(_ value: some Encodable, into output: inout [UInt8]) throws {
        let root = Node.Box()
        try value.encode(to: TreeEncoder(box: root))
        root.node.write(into: &output)
    }
}

private let hexDigits = Array("0123456789abcdef".utf8)

/// A JSON value under construction (containers are boxes so nested encoders can fill them).
private enum Node {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array(ArrayBox)
    case object(ObjectBox)

    final class Box { var node: Node = .null }
    final class ArrayBox { var items: [Box] = [] }
    final class ObjectBox { var entries: [(String, Box)] = [] }

    func write(into output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .string(let text): Self.writeString(text, into: &output)
        case .array(let array):
            output.append(UInt8(ascii: "["))
            for (index, item) in array.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.node.write(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in object.entries.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(key, into: &output)
                output.append(UInt8(ascii: ":"))
                value.node.write(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\uXXXX`; everything
    /// else (Japanese text included) as UTF-8.
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            output.append(contentsOf: text.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += [0x5C, 0x22]
            case UInt8(ascii: "\\"): output += [0x5C, 0x5C]
            case 0x0A: output += [0x5C, UInt8(ascii: "n")]
            case 0x0D: output += [0x5C, UInt8(ascii: "r")]
            case 0x09: output += [0x5C, UInt8(ascii: "t")]
            case 0x00..<0x20:
                output += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

private struct TreeEncoder: Encoder {
    let box: Node.Box
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let object) = box.node { return KeyedEncodingContainer(KeyedWriter(object: object)) }
        let object = Node.ObjectBox()
        box.node = .object(object)
        return KeyedEncodingContainer(KeyedWriter(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let array) = box.node { return UnkeyedWriter(array: array) }
        let array = Node.ArrayBox()
        box.node = .array(array)
        return UnkeyedWriter(array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleWriter(box: box) }
}

private func node(for value: some Encodable) throws -> Node {
    switch value {
    case let text as String: return .string(text)
    case let flag as Bool: return .bool(flag)
    case let number as Int: return .number(String(number))
    case let number as Double: return .number(number.isFinite ? String(number) : "null")
    default:
        let box = Node.Box()
        try value.encode(to: TreeEncoder(box: box))
        return box.node
    }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: Node.ObjectBox
    var codingPath: [any CodingKey] = []

    private func add(_ key: Key, _ node: Node) {
        let box = Node.Box()
        box.node = node
        object.entries.append((key.stringValue, box))
    }

    mutating func encodeNil(forKey key: Key) throws { add(key, .null) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { add(key, try node(for: value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = Node.ObjectBox()
        add(key, .object(nested))
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = Node.ArrayBox()
        add(key, .array(nested))
        return UnkeyedWriter(array: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let box = Node.Box()
        object.entries.append((key.stringValue, box))
        return TreeEncoder(box: box)
    }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
    let array: Node.ArrayBox
    var codingPath: [any CodingKey] = []
    var count: Int { array.items.count }

    private func add(_ node: Node) {
        let box = Node.Box()
        box.node = node
        array.items.append(box)
    }

    mutating func encodeNil() throws { add(.null) }
    mutating func encode(_ value: some Encodable) throws { add(try node(for: value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = Node.ObjectBox()
        add(.object(nested))
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = Node.ArrayBox()
        add(.array(nested))
        return UnkeyedWriter(array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let box = Node.Box()
        array.items.append(box)
        return TreeEncoder(box: box)
    }
}

private struct SingleWriter: SingleValueEncodingContainer {
    let box: Node.Box
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() throws { box.node = .null }
    mutating func encode(_ value: some Encodable) throws { box.node = try node(for: value) }
}

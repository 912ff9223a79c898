#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Strings for libxml2's names and the field paths built from them, made once.
///
/// libxml2 interns every element and attribute name and namespace URI it reports through
/// SAX2 in the parser's dictionary (or uses a static string such as the `xml` namespace),
/// and never frees them before the parser: within one parser a pointer stands for one
/// name. Two direct-mapped caches keyed by pointer (cheaper than hashing a dictionary key
/// per element) give a name's String and a child path's String; a cheap check of the
/// cached length and first byte guards each hit. The caches have a fixed size, so a
/// hostile document with endless distinct names cannot grow them.
struct NameTable {
    private struct Name {
        var pointer: UnsafePointer<UInt8>?
        var length = 0
        var string = ""
    }

    private struct Child {
        var parent = -1
        var name: UnsafePointer<UInt8>?
        var isAttribute = false
        var id = -1
    }

    private static let slots = 1024
    private static let maxPaths = 4096
    private var names = [Name](repeating: Name(), count: slots)
    private var children = [Child](repeating: Child(), count: slots)
    /// Path strings by id; id 0 is the record element itself ("").
    private var paths: [String] = [""]

    /// Fibonacci hashing of the address: interned names sit a few bytes apart in
    /// libxml2's string pools, so the low bits alone would collide.
    private static func slot(_ pointer: UnsafePointer<UInt8>, _ salt: Int = 0) -> Int {
        let key = UInt(bitPattern: pointer) &+ UInt(bitPattern: salt) &* 0x100_0000_01B3
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (UInt.bitWidth - 10))
    }

    private func isCached(_ pointer: UnsafePointer<UInt8>, at slot: Int) -> Bool {
        guard names[slot].pointer == pointer else { return false }
        let length = names[slot].length
        return pointer[length] == 0 && (length == 0 || pointer[0] == names[slot].string.utf8.first)
    }

    /// The String for a NUL-terminated name.
    mutating func string(_ pointer: UnsafePointer<UInt8>) -> String {
        let slot = Self.slot(pointer)
        if isCached(pointer, at: slot) { return names[slot].string }
        let length = strlen(pointer)
        let string = String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        names[slot] = Name(pointer: pointer, length: length, string: string)
        return string
    }

    /// The path id (`-1` when not interned) and string of child element (or attribute)
    /// `name` under the path with id `parent` and string `parentPath`.
    mutating func path(parent: Int, parentPath: String, name: UnsafePointer<UInt8>, isAttribute: Bool) -> (
        id: Int, path: String
    ) {
        let slot = Self.slot(name, parent &* 2 &+ (isAttribute ? 1 : 0))
        if parent >= 0, children[slot].parent == parent, children[slot].name == name,
            children[slot].isAttribute == isAttribute, isCached(name, at: Self.slot(name))
        {
            return (children[slot].id, paths[children[slot].id])
        }
        let nameString = string(name)
        let leaf = isAttribute ? "@" + nameString : nameString
        let path = parentPath.isEmpty ? leaf : parentPath + "/" + leaf
        guard parent >= 0, paths.count < Self.maxPaths else { return (-1, path) }
        // A path evicted from its slot is interned again under a new id (bounded by maxPaths).
        paths.append(path)
        children[slot] = Child(parent: parent, name: name, isAttribute: isAttribute, id: paths.count - 1)
        return (paths.count - 1, path)
    }
}

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Strings for libxml2's names and the field paths built from them, made once.
///
/// libxml2 interns names in its parser dictionary, so one name arrives as the same
/// pointer every time. Two direct-mapped caches keyed by pointer (cheaper than hashing a
/// dictionary key per element) give a name's String and a child path's String; a cached
/// name is only trusted when the pointer's bytes still equal it, so a pointer that is not
/// interned can never yield a wrong name. The caches have a fixed size, so a hostile
/// document with endless distinct names cannot grow them.
struct NameTable {
    private struct Name {
        var pointer: UnsafePointer<UInt8>?
        var bytes: [UInt8] = []
        var string = ""
    }

    private struct Child {
        var parent = -1
        var name: UnsafePointer<UInt8>?
        var isAttribute = false
        var id = -1
    }

    private static let slots = 1024
    private var names = [Name](repeating: Name(), count: slots)
    private var children = [Child](repeating: Child(), count: slots)
    /// Path strings by id; id 0 is the record element itself ("").
    private var paths: [String] = [""]
    private static let maxPaths = 4096

    private static func slot(_ pointer: UnsafePointer<UInt8>, _ salt: Int = 0) -> Int {
        let address = UInt(bitPattern: pointer)
        return Int(truncatingIfNeeded: (address >> 3) ^ (address >> 13) ^ UInt(bitPattern: salt &* 40503)) & (slots - 1)
    }

    /// The String for a NUL-terminated name.
    mutating func string(_ pointer: UnsafePointer<UInt8>) -> String {
        let slot = Self.slot(pointer)
        if names[slot].pointer == pointer && matches(pointer, names[slot].bytes) { return names[slot].string }
        let bytes = UnsafeBufferPointer(start: pointer, count: strlen(pointer))
        let string = String(decoding: bytes, as: UTF8.self)
        names[slot] = Name(pointer: pointer, bytes: Array(bytes), string: string)
        return string
    }

    /// The path id (`-1` when not interned) and string of child element (or attribute)
    /// `name` under the path with id `parent` and string `parentPath`.
    mutating func path(parent: Int, parentPath: String, name: UnsafePointer<UInt8>, isAttribute: Bool) -> (
        id: Int, path: String
    ) {
        let nameSlot = Self.slot(name)
        let trusted = names[nameSlot].pointer == name && matches(name, names[nameSlot].bytes)
        let nameString = trusted ? names[nameSlot].string : string(name)
        let slot = Self.slot(name, parent &* 2 &+ (isAttribute ? 1 : 0))
        let cached = children[slot]
        if trusted, parent >= 0, cached.parent == parent, cached.name == name, cached.isAttribute == isAttribute {
            return (cached.id, paths[cached.id])
        }
        let leaf = isAttribute ? "@" + nameString : nameString
        let path = parentPath.isEmpty ? leaf : parentPath + "/" + leaf
        guard parent >= 0, paths.count < Self.maxPaths, names[nameSlot].pointer == name else { return (-1, path) }
        // A path evicted from its slot is interned again under a new id (bounded by maxPaths).
        paths.append(path)
        children[slot] = Child(parent: parent, name: name, isAttribute: isAttribute, id: paths.count - 1)
        return (paths.count - 1, path)
    }

    private func matches(_ pointer: UnsafePointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { cached in
            pointer[cached.count] == 0 && memcmp(pointer, cached.baseAddress!, cached.count) == 0
        }
    }
}

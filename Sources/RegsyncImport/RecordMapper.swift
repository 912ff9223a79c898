import Foundation
import RegsyncCore
import RegsyncText

/// What the mapper needs from one source record: the text at a resolved column or path.
public protocol SourceFieldAccess {
    /// The decoded text at `reference`, or `nil` when the record has no such column or path.
    /// - Throws: ``FieldReadError`` when the bytes cannot be decoded.
    func text(at reference: ResolvedReference) throws(FieldReadError) -> String?
}

/// A column reference resolved against a file: a 0-based CSV field index or an XML path.
public enum ResolvedReference: Sendable, Hashable {
    case index(Int)
    case path(String)
}

/// A field whose bytes could not be decoded: where, and why (never the value).
public struct FieldReadError: Error, Sendable {
    public let reason: RejectReason
    public let message: String
    /// 1-based byte column within the physical line, when known.
    public let column: Int?

    public init(reason: RejectReason, message: String, column: Int?) {
        self.reason = reason
        self.message = message
        self.column = column
    }
}

/// A problem with one field of one record.
public struct FieldProblem: Error, Sendable, Hashable {
    public let field: String
    public let reason: RejectReason
    public let message: String
    public let column: Int?
}

/// One record in canonical form, ready to load.
///
/// The values live as UTF-8 in one buffer per row, not as a `String` each: the importer
/// only copies them into COPY text, and a `String` per value (allocated, reference
/// counted, freed) cost more than the rest of a row's mapping. A reader that builds rows
/// into the same `MappedRow` again and again reuses that buffer (copy on write keeps
/// rows that a caller holds on to intact).
public struct MappedRow: Sendable {
    /// Every value's UTF-8, then the record key's, back to back.
    public private(set) var utf8: [UInt8] = []
    /// Where each value (then the key) ends in `utf8`: `end`, or `~end` for a nil value.
    /// (Inlinable: the store reads every value's place of every row.)
    @usableFromInline var ends: [Int] = []
    /// Warning codes (e.g. `date_past_era_end`) with the field they concern.
    public var warnings: [String] = []
    /// False when the record is accepted but superseded (does not satisfy `apply_if`).
    public var applies = true
    /// True when the record marks its key removed (`remove_if`).
    public var removes = false
    /// True for a person under DV protection.
    public var protected = false

    /// An empty row, to be filled value by value (then the key).
    init() {}

    /// A row of `values` (in the order of ``MappingFile/fields``; `nil` is SQL NULL) and
    /// `recordKey` (the natural key's values joined with U+001F).
    public init(
        values: [String?], recordKey: String, warnings: [String], applies: Bool, removes: Bool, protected: Bool
    ) {
        for value in values {
            if let value { append(value) } else { appendNil() }
        }
        append(recordKey)
        self.warnings = warnings
        self.applies = applies
        self.removes = removes
        self.protected = protected
    }

    /// The number of values.
    @inlinable public var count: Int { ends.count - 1 }

    /// The values in the order of ``MappingFile/fields``; `nil` is SQL NULL. Makes a
    /// `String` of each: prefer ``range(of:)`` and ``utf8`` in loops over many rows.
    public var values: [String?] {
        get { (0..<count).map { self[$0] } }
        set {
            let key = recordKey
            utf8.removeAll()
            ends.removeAll()
            for value in newValue {
                if let value { append(value) } else { appendNil() }
            }
            append(key)
        }
    }

    /// Value `index` (in the order of ``MappingFile/fields``), or `nil` for SQL NULL.
    public subscript(_ index: Int) -> String? {
        range(of: index).map { String(decoding: utf8[$0], as: UTF8.self) }
    }

    /// The natural key's values joined with U+001F.
    public var recordKey: String { String(decoding: utf8[keyRange], as: UTF8.self) }

    /// Where value `index` lies in ``utf8``, or `nil` for SQL NULL.
    @inlinable
    public func range(of index: Int) -> Range<Int>? {
        let end = ends[index]
        if end < 0 { return nil }
        return (index == 0 ? 0 : Self.position(ends[index - 1]))..<end
    }

    /// Where the record key lies in ``utf8``.
    @inlinable
    public var keyRange: Range<Int> {
        let last = ends.count - 1
        return (last == 0 ? 0 : Self.position(ends[last - 1]))..<ends[last]
    }

    @inlinable
    static func position(_ end: Int) -> Int { end < 0 ? ~end : end }

    /// Resets the warnings and flags for the next record (``assign(utf8:ends:)`` replaces
    /// the values).
    mutating func prepareForReuse() {
        if !warnings.isEmpty { warnings.removeAll(keepingCapacity: true) }
        applies = true
        removes = false
        protected = false
    }

    /// Replaces the values (and key) by `utf8` and `ends` (laid out as ``utf8`` and
    /// `ends` are): one copy per row from a reader's own buffer.
    mutating func assign(utf8 bytes: UnsafeBufferPointer<UInt8>, ends newEnds: UnsafeBufferPointer<Int>) {
        utf8.removeAll(keepingCapacity: true)
        utf8.append(contentsOf: bytes)
        ends.removeAll(keepingCapacity: true)
        ends.append(contentsOf: newEnds)
    }

    /// Appends the next value.
    mutating func append(_ value: String) {
        var value = value
        value.withUTF8 { append($0) }
    }

    /// Appends the next value given as UTF-8.
    @inline(__always)
    mutating func append(_ value: UnsafeBufferPointer<UInt8>) {
        utf8.append(contentsOf: value)
        ends.append(utf8.count)
    }

    /// Appends a nil value (SQL NULL).
    @inline(__always)
    mutating func appendNil() { ends.append(~utf8.count) }

    /// Appends the record key: value `index`'s bytes, or the values at `indexes` joined
    /// with U+001F (nil values as empty).
    mutating func appendKey(_ indexes: [Int]) {
        for (position, index) in indexes.enumerated() {
            if position > 0 { utf8.append(0x1F) }
            if let range = range(of: index) {
                // Byte by byte: a slice of `utf8` would share its buffer and make the
                // append copy the whole row.
                for offset in range { utf8.append(utf8[offset]) }
            }
        }
        ends.append(utf8.count)
    }
}

/// The result of mapping one record.
public enum MappingOutcome: Sendable {
    case row(MappedRow)
    /// The record cannot be loaded; `protected` tells whether it belongs to a DV-protected
    /// person, `partial` holds the fields that did map (nil elsewhere), in field order.
    case rejected([FieldProblem], protected: Bool, partial: [String?])
}

/// Turns source records into canonical rows by a mapping: reads each field's sources,
/// applies its transforms, validates it, converts it to the column's type, and reports
/// every problem of a record at once.
public struct RecordMapper: Sendable {
    public let mapping: MappingFile
    let resolved: [[ResolvedReference]]
    let keyIndexes: [Int]
    let hasher: KeyedHasher?
    let protectionIndex: Int?
    /// Field indexes in mapping order, the protection flag first: it decides how a
    /// rejected record may be shown.
    let order: [Int]
    /// The mapping's `max_field_bytes`.
    let maxFieldBytes: Int

    /// Resolves the mapping's column references against a CSV header (or positions / XML paths).
    /// - Throws: ``MappingError`` naming each field whose header column is missing, or
    ///   when a keyed hash is mapped but no key was given.
    public init(mapping: MappingFile, header: [String]? = nil, hasher: KeyedHasher?) throws(MappingError) {
        var problems: [MappingProblem] = []
        var headerIndex: [String: Int] = [:]
        for (index, name) in (header ?? []).enumerated() {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if headerIndex[trimmed] == nil { headerIndex[trimmed] = index }
        }
        var resolved: [[ResolvedReference]] = []
        for field in mapping.fields {
            var references: [ResolvedReference] = []
            for source in field.sources {
                switch source {
                case .position(let position): references.append(.index(position - 1))
                // XML readers report local names: namespace prefixes are resolved by the
                // record path and dropped here once, not per record.
                case .path(let path): references.append(.path(XMLImportSource.localPath(path)))
                case .header(let name):
                    if let index = headerIndex[name] {
                        references.append(.index(index))
                    } else {
                        problems.append(
                            MappingProblem(
                                keyPath: field.keyPath, line: nil,
                                message: "the file's header has no column '\(name)'"))
                    }
                }
            }
            resolved.append(references)
        }
        if mapping.needsKey && hasher == nil {
            problems.append(
                MappingProblem(
                    keyPath: "fields.individual_number", line: nil,
                    message: "a keyed pseudonym needs the secret key: set REGSYNC_KEY_FILE (or --key-file)"))
        }
        if !problems.isEmpty { throw MappingError(file: mapping.path, problems: problems) }
        self.mapping = mapping
        self.resolved = resolved
        self.hasher = hasher
        keyIndexes = mapping.key.compactMap { name in mapping.fields.firstIndex { $0.column.name == name } }
        protectionIndex = mapping.fields.firstIndex { $0.column.role == .protectionFlag }
        var order = Array(mapping.fields.indices)
        if let protectionIndex {
            order.removeAll { $0 == protectionIndex }
            order.insert(protectionIndex, at: 0)
        }
        self.order = order
        maxFieldBytes = mapping.source.maxFieldBytes
    }

    /// The resolved sources of every field with `role` (e.g. the address columns to mask
    /// in a protected person's reject).
    public func sourceReferences(role: TargetColumn.Role) -> Set<ResolvedReference> {
        var references: Set<ResolvedReference> = []
        for (index, field) in mapping.fields.enumerated() where field.column.role == role {
            references.formUnion(resolved[index])
        }
        return references
    }

    /// The resolved sources of every field of column kind `kind` (e.g. keyed hashes, whose
    /// source values are secret).
    public func sourceReferences(kind: TargetColumn.Kind) -> Set<ResolvedReference> {
        var references: Set<ResolvedReference> = []
        for (index, field) in mapping.fields.enumerated() where field.column.kind == kind {
            references.formUnion(resolved[index])
        }
        return references
    }

    /// Maps one record.
    public func map(_ record: some SourceFieldAccess, cache: MappingCache? = nil) -> MappingOutcome {
        var values: [String?] = Array(repeating: nil, count: mapping.fields.count)
        var problems: [FieldProblem] = []
        var warnings: [String] = []
        var protected = false
        for index in order {
            var problem: FieldProblem?
            let value = value(at: index, in: record, cache: cache, problem: &problem, warnings: &warnings)
            if let problem {
                problems.append(problem)
                // An unreadable protection flag protects: never show what it may have hidden.
                if index == protectionIndex { protected = true }
            } else {
                values[index] = value
                if index == protectionIndex { protected = value == "true" }
            }
        }
        for index in keyIndexes where values[index] == nil {
            let name = mapping.fields[index].column.mappingName
            if !problems.contains(where: { $0.field == name }) {
                problems.append(
                    FieldProblem(
                        field: name, reason: .required, message: "part of the record's key, must not be empty",
                        column: nil))
            }
        }
        if problems.isEmpty, let problem = keyProblem(values) { problems.append(problem) }
        if !problems.isEmpty { return .rejected(problems, protected: protected, partial: values) }
        var row = MappedRow()
        for value in values {
            if let value { row.append(value) } else { row.appendNil() }
        }
        row.appendKey(keyIndexes)
        row.warnings = warnings
        row.applies = matchesAll(mapping.load.applyIf) { values[$0] }
        row.removes = matchesAny(mapping.load.removeIf) { values[$0] }
        row.protected = protected
        return .row(row)
    }

    /// A problem when the natural key (its values joined, as ``MappedRow/appendKey(_:)``
    /// joins them) is longer than ``SourceSpec/maxKeyBytes``, named after its first field.
    func keyProblem(_ values: [String?]) -> FieldProblem? {
        let length = keyIndexes.reduce(keyIndexes.count - 1) { $0 + (values[$1]?.utf8.count ?? 0) }
        guard length > SourceSpec.maxKeyBytes, let first = keyIndexes.first else { return nil }
        return FieldProblem(
            field: mapping.fields[first].column.mappingName, reason: .keyTooLong,
            message: "the record's key is \(length) bytes, longer than \(SourceSpec.maxKeyBytes)", column: nil)
    }

    func matchesAll(_ conditions: [FieldCondition], _ value: (Int) -> String?) -> Bool {
        conditions.allSatisfy { condition in
            guard let index = mapping.fields.firstIndex(where: { $0.column.name == condition.field }) else {
                return true
            }
            return value(index).map(condition.values.contains) ?? false
        }
    }

    func matchesAny(_ conditions: [FieldCondition], _ value: (Int) -> String?) -> Bool {
        conditions.contains { condition in
            guard let index = mapping.fields.firstIndex(where: { $0.column.name == condition.field }) else {
                return false
            }
            return value(index).map(condition.values.contains) ?? false
        }
    }

    /// Reads, transforms, validates and converts field `index`; sets `problem` instead of
    /// returning a value when the field cannot be loaded. (Results travel through `inout`
    /// rather than a `Result` of tuples: this runs once per field of every record.)
    func value(
        at index: Int, in record: some SourceFieldAccess, cache: MappingCache?, problem: inout FieldProblem?,
        warnings: inout [String]
    ) -> String? {
        let field = mapping.fields[index]
        var text: String?
        if let constant = field.constant {
            text = constant
        } else {
            let references = resolved[index]
            do throws(FieldReadError) {
                if references.count == 1 {
                    text = try record.text(at: references[0])
                } else {
                    var parts: [String] = []
                    for reference in references {
                        if let part = try record.text(at: reference), !WhiteSpace.isBlank(part) { parts.append(part) }
                    }
                    text = parts.isEmpty ? nil : parts.joined(separator: field.join)
                }
            } catch {
                problem = FieldProblem(
                    field: field.column.mappingName, reason: error.reason, message: error.message, column: error.column)
                return nil
            }
        }
        return finish(index, text, from: 0, cache: cache, problem: &problem, warnings: &warnings)
    }

    /// Applies field `index`'s transforms from the one at `first` on to `text`, then
    /// validates and converts it. The byte-level reader (``CSVRowMapper``) hands a field
    /// over here at the first step it cannot do on bytes, so both paths share one
    /// definition of every step.
    func finish(
        _ index: Int, _ text: String?, from first: Int, cache: MappingCache?, problem: inout FieldProblem?,
        warnings: inout [String]
    ) -> String? {
        let field = mapping.fields[index]
        func fail(_ reason: RejectReason, _ message: String, column: Int? = nil) -> String? {
            problem = FieldProblem(field: field.column.mappingName, reason: reason, message: message, column: column)
            return nil
        }
        var text = text
        for transform in field.transforms[first...] {
            var failure: TransformFailure?
            if case .date = transform, let cache, let key = text {
                text = cache.date(field: index, key, transform, failure: &failure)
            } else {
                text = transform.apply(text, failure: &failure)
            }
            if let failure {
                if !failure.warningCodes.isEmpty {
                    warnings += failure.warningCodes.map { "\(field.column.mappingName):\($0)" }
                    continue
                }
                return fail(failure.reason == .date ? .date : .code, "\(failure.code): \(failure.message)")
            }
        }
        guard var value = text, !value.isEmpty else {
            return field.required ? fail(.required, "a value is required") : nil
        }
        // Before any other check: the value may be a hostile one, and these say so plainly.
        let bytes = value.utf8.count
        if bytes > maxFieldBytes {
            return fail(.fieldTooLong, "\(bytes) bytes, longer than source.max_field_bytes (\(maxFieldBytes))")
        }
        if value.utf8.contains(0) {
            return fail(.nulByte, "holds a NUL character, which PostgreSQL text cannot store")
        }
        if let checkDigit = field.checkDigit {
            do throws(IdentifierError) {
                value = try Self.validate(value, as: checkDigit)
            } catch {
                return fail(.checkDigit, error.description)
            }
        }
        if field.minLength != nil || field.maxLength != nil {
            let length = value.count
            if let minimum = field.minLength, length < minimum {
                return fail(.length, "shorter than \(minimum) characters")
            }
            if let maximum = field.maxLength, length > maximum {
                return fail(.length, "longer than \(maximum) characters")
            }
        }
        if let pattern = field.pattern, !pattern.matches(value) {
            return fail(.pattern, "does not match the pattern \(pattern.source)")
        }
        switch field.column.kind {
        case .text:
            return value
        case .date:
            // A date column whose transforms produced no ISO date is parsed with every notation.
            // (An ISO-shaped value must still name a real day: "2020-02-30" is parsed, and refused.)
            if Self.isISODate(value) && Self.isRealISODate(value) { return value }
            switch DateParser(formats: .any, pastEraEnd: mapping.load.pastEraEnd).parse(value) {
            case .success(let date):
                warnings += date.warnings.map { "\(field.column.mappingName):\($0.code)" }
                return date.isoString
            case .failure(let error):
                return fail(.date, error.description)
            }
        case .integer:
            let digits = CharacterFolding.foldWidth(value)
            guard let number = Int(digits), number.magnitude < 2_000_000_000 else {
                return fail(.number, "not a whole number")
            }
            return String(number)
        case .boolean:
            guard let flag = Self.boolean(value) else {
                return fail(.code, "not a yes/no value (1/0, true/false, 有/無)")
            }
            return flag ? "true" : "false"
        case .keyedHash:
            return hasher?.pseudonym(value, context: mapping.target.name)
        }
    }

    static func validate(_ value: String, as kind: IdentifierKind) throws(IdentifierError) -> String {
        switch kind {
        case .corporateNumber: return try CorporateNumber(validating: value).digits
        case .individualNumber: return try IndividualNumber(validating: value).digits
        case .residentCode: return try ResidentCode(validating: value).digits
        }
    }

    static func isISODate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isISODate(utf8: $0) }
    }

    /// True when `bytes` have the shape `dddd-dd-dd`. (Indexes, not `enumerated()`: this
    /// runs for every date value, and the enumerated sequence showed in profiles.)
    @inline(__always)
    static func isISODate(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return false }
        for offset in 0..<10 where offset != 4 && offset != 7 && bytes[offset] &- 0x30 > 9 { return false }
        return true
    }

    /// True when an ISO-shaped `yyyy-mm-dd` names a day of the calendar.
    static func isRealISODate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isRealISODate(utf8: $0) }
    }

    /// True when ISO-shaped bytes (see ``isISODate(utf8:)``) name a day of the calendar.
    static func isRealISODate(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func digit(_ offset: Int) -> Int { Int(bytes[offset] &- 0x30) }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        guard year >= 1 else { return false }
        return CalendarDate(year: year, month: digit(5) * 10 + digit(6), day: digit(8) * 10 + digit(9)) != nil
    }

    static let trueWords: Set<String> = ["1", "true", "t", "yes", "y", "on", "有", "あり", "有り", "○", "〇", "◯", "はい"]
    static let falseWords: Set<String> = ["0", "false", "f", "no", "n", "off", "無", "なし", "無し", "×", "いいえ"]

    static func boolean(_ text: String) -> Bool? {
        let folded = CharacterFolding.foldWidth(text).lowercased()
        if trueWords.contains(folded) { return true }
        if falseWords.contains(folded) { return false }
        return nil
    }
}

/// Per-read memo of date transforms: ledgers repeat the same dates over and over, and a
/// dictionary lookup costs a fraction of parsing an era date. Not thread-safe: one per reader.
public final class MappingCache {
    /// A dictionary key compared and hashed on UTF-8 bytes: String's own hashing
    /// normalises (NFC) non-ASCII text first, which costs more than the date lookup saves.
    struct Key: Hashable {
        let text: String

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            var left = lhs.text
            var right = rhs.text
            return left.withUTF8 { a in
                right.withUTF8 { b in
                    a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
                }
            }
        }
    }

    private var dates: [Int: [Key: (value: String?, failure: TransformFailure?)]] = [:]
    private var entries = 0

    public init() {}

    /// Applies a date transform to `text` in field `field`, from memory when seen before.
    func date(
        field: Int, _ text: String, _ transform: ValueTransform, failure: inout TransformFailure?
    ) -> String? {
        if let cached = dates[field]?[Key(text: text)] {
            failure = cached.failure
            return cached.value
        }
        let value = transform.apply(text, failure: &failure)
        if entries >= 100_000 {
            dates.removeAll(keepingCapacity: true)
            entries = 0
        }
        dates[field, default: [:]][Key(text: text)] = (value, failure)
        entries += 1
        return value
    }
}

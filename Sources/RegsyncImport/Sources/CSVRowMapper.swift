import RegsyncCSV
import RegsyncText

/// Maps CSV records to rows on bytes, for the import's hot loop.
///
/// Why a second path: most fields of a ledger go from the file to the database almost
/// unchanged (trimmed, spaces collapsed, upper-cased), yet the `String` path decoded each
/// into a `String`, made a new `String` per transform, and the row then held a `String`
/// per value: allocation and reference counting were most of a row's cost. Here a field
/// is decoded straight into a scratch buffer, trimmed and collapsed in place, validated on
/// its bytes and appended to the row's one UTF-8 buffer; date fields are looked up by
/// their raw bytes in a ``FieldMemo``.
///
/// The byte path only takes the steps whose result it knows to be the `String` path's: at
/// the first step it cannot take on these bytes (a non-ASCII value to upper-case, a check
/// digit, a code table, ...) it hands the field, as it is at that step, to
/// ``RecordMapper/finish(_:_:from:cache:problem:warnings:)``, and a record with any
/// problem is left to ``RecordMapper/map(_:cache:)`` whole, so rejects keep their exact
/// reasons, messages, partial values and protection. Not thread-safe: one per reader.
final class CSVRowMapper {
    /// A transform the byte path can take (on some values: see ``apply(_:_:_:)``).
    enum Step {
        case trim, collapseSpaces, removeSpaces, upper, lower, foldWidth, digits
    }

    /// How a field is produced.
    enum Route {
        /// Decoded into scratch, then byte steps.
        case bytes
        /// Looked up by its raw bytes (computed by the `String` path on a miss).
        case memo
        /// The `String` path throughout (constants, several sources, flags, hashes, ...).
        case string
    }

    /// One field's compiled recipe. Only trivial values, so reading it costs no
    /// reference counting.
    struct Plan {
        let field: Int
        let route: Route
        /// The CSV field index of the only source.
        let column: Int
        /// This field's steps in `steps`: the leading transforms the byte path can take.
        let firstStep: Int
        let stepCount: Int
        /// True when every transform is a step (else the rest go to the `String` path).
        let allSteps: Bool
        let required: Bool
        /// Index into `patterns`, or -1.
        let pattern: Int
        /// The pattern's steps in `runSteps` when it is an ASCII run (`runCount` -1 if not).
        let runFirst: Int
        let runCount: Int
        /// True when validation and conversion need the `String` path (check digits,
        /// lengths, non-text columns other than dates, patterns outside the simple subset).
        let validatesOnString: Bool
        let isDate: Bool
    }

    /// The row under construction: values' UTF-8 back to back and where each ends (as in
    /// ``MappedRow``), in buffers of the mapper's own. A trivial struct that the hot loop
    /// keeps in a local: as a stored property of the class, each append was a dynamic
    /// exclusivity check.
    struct Arena {
        var bytes: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0
        /// Room for every field's end and the key's.
        let ends: UnsafeMutablePointer<Int>
        var endCount = 0

        init(fields: Int) {
            capacity = 4096
            bytes = .allocate(capacity: capacity)
            ends = .allocate(capacity: fields + 1)
        }

        func deallocate() {
            bytes.deallocate()
            ends.deallocate()
        }

        /// Makes room for `extra` more bytes after `count`.
        @inline(__always)
        mutating func reserve(_ extra: Int) {
            if count + extra > capacity { grow(count + extra) }
        }

        private mutating func grow(_ needed: Int) {
            var grown = capacity * 2
            while grown < needed { grown *= 2 }
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            moved.update(from: bytes, count: count)
            bytes.deallocate()
            bytes = moved
            capacity = grown
        }

        /// Ends the value made of the `length` bytes written after `count`.
        @inline(__always)
        mutating func commit(_ length: Int) {
            count += length
            ends[endCount] = count
            endCount += 1
        }

        @inline(__always)
        mutating func appendNil() {
            ends[endCount] = ~count
            endCount += 1
        }

        mutating func append(_ value: UnsafeBufferPointer<UInt8>) {
            reserve(value.count)
            if let base = value.baseAddress { (bytes + count).update(from: base, count: value.count) }
            commit(value.count)
        }

        mutating func append(_ value: String?) {
            guard var value else { return appendNil() }
            value.withUTF8 { append($0) }
        }

        func range(of index: Int) -> Range<Int>? {
            let end = ends[index]
            if end < 0 { return nil }
            let previous = index == 0 ? 0 : ends[index - 1]
            return (previous < 0 ? ~previous : previous)..<end
        }

        func value(_ index: Int) -> String? {
            range(of: index).map {
                String(decoding: UnsafeBufferPointer(start: bytes + $0.lowerBound, count: $0.count), as: UTF8.self)
            }
        }

        /// Appends the record key (the values at `indexes`, joined with U+001F) as the
        /// last value; false when a part of it is nil.
        mutating func appendKey(_ indexes: UnsafeBufferPointer<Int>) -> Bool {
            var length = indexes.count
            for index in indexes {
                guard let range = range(of: index) else { return false }
                length += range.count
            }
            reserve(length)
            var written = 0
            for (position, index) in indexes.enumerated() {
                if position > 0 {
                    bytes[count + written] = 0x1F
                    written += 1
                }
                let range = range(of: index)!
                (bytes + count + written).update(from: bytes + range.lowerBound, count: range.count)
                written += range.count
            }
            commit(written)
            return true
        }
    }

    let mapper: RecordMapper
    let decoder: TextDecoder
    private let transcoder: UTF8Transcoder
    private let plans: [Plan]
    private let steps: [Step]
    private let patterns: [SimplePattern]
    /// The ASCII-run patterns' steps, in one buffer of trivial values (no reference
    /// counting per match).
    private let runSteps: UnsafeMutableBufferPointer<SimplePattern.ASCIIRun.Step>
    private let keyIndexes: [Int]
    private let memo = FieldMemo()
    /// For the `String` path's date transforms.
    private let cache = MappingCache()
    private var arena: Arena
    private var flagWarnings: [String] = []
    private let maxFieldBytes: Int

    init(mapper: RecordMapper, decoder: TextDecoder) {
        self.mapper = mapper
        self.decoder = decoder
        transcoder = decoder.transcoder
        var plans: [Plan] = []
        var steps: [Step] = []
        var patterns: [SimplePattern] = []
        var runs: [SimplePattern.ASCIIRun.Step] = []
        for (index, field) in mapper.mapping.fields.enumerated() {
            let references = mapper.resolved[index]
            var column = -1
            if field.constant == nil, references.count == 1, case .index(let position) = references[0] {
                column = position
            }
            let firstStep = steps.count
            var stepCount = 0
            var hasDate = false
            for transform in field.transforms {
                if case .date = transform { hasDate = true }
            }
            for transform in field.transforms {
                guard let step = Self.step(for: transform) else { break }
                steps.append(step)
                stepCount += 1
            }
            var pattern = -1
            var runFirst = 0
            var runCount = -1
            var patternOnString = false
            if let fieldPattern = field.pattern {
                if let simple = fieldPattern.simple {
                    pattern = patterns.count
                    patterns.append(simple)
                    if let run = simple.asciiRun {
                        runFirst = runs.count
                        runCount = run.count
                        runs += run
                    }
                } else {
                    patternOnString = true
                }
            }
            let kind = field.column.kind
            let route: Route
            if column < 0 || index == mapper.protectionIndex {
                route = .string
            } else if hasDate || kind == .date {
                route = .memo
            } else {
                route = .bytes
            }
            plans.append(
                Plan(
                    field: index, route: route, column: column, firstStep: firstStep, stepCount: stepCount,
                    allSteps: stepCount == field.transforms.count, required: field.required, pattern: pattern,
                    runFirst: runFirst, runCount: runCount,
                    validatesOnString: field.checkDigit != nil || field.minLength != nil || field.maxLength != nil
                        || patternOnString || (kind != .text && kind != .date),
                    isDate: kind == .date))
        }
        self.plans = plans
        self.steps = steps
        self.patterns = patterns
        runSteps = .allocate(capacity: runs.count)
        _ = runSteps.initialize(from: runs)
        keyIndexes = mapper.keyIndexes
        maxFieldBytes = mapper.maxFieldBytes
        arena = Arena(fields: plans.count)
    }

    deinit {
        arena.deallocate()
        runSteps.deallocate()
    }

    private static func step(for transform: ValueTransform) -> Step? {
        switch transform {
        case .trim: .trim
        case .collapseSpaces: .collapseSpaces
        case .removeSpaces: .removeSpaces
        case .upper: .upper
        case .lower: .lower
        case .foldWidth: .foldWidth
        case .digits: .digits
        default: nil
        }
    }

    /// Maps `record` into `row`. Returns false when the record has a problem (or
    /// anything the byte path leaves to the `String` path whole): map it with
    /// ``RecordMapper/map(_:cache:)`` then.
    func map(_ record: CSVRecord, into row: inout MappedRow) -> Bool {
        row.prepareForReuse()
        var arena = self.arena
        arena.count = 0
        arena.endCount = 0
        defer { self.arena = arena }
        let mapped = record.withUnsafeBytes { storage in
            plans.withUnsafeBufferPointer { plans in
                for plan in plans where !mapField(plan, record, storage, &arena, &row) { return false }
                return true
            }
        }
        guard mapped, keyIndexes.withUnsafeBufferPointer({ arena.appendKey($0) }),
            arena.range(of: arena.endCount - 1)!.count <= SourceSpec.maxKeyBytes
        else { return false }
        if let flag = mapper.protectionIndex {
            row.protected = arena.value(flag) == "true"
            // The flag is mapped first on the String path: its warnings come first.
            if !flagWarnings.isEmpty { row.warnings.insert(contentsOf: flagWarnings, at: 0) }
        }
        let load = mapper.mapping.load
        if !load.applyIf.isEmpty { row.applies = mapper.matchesAll(load.applyIf) { arena.value($0) } }
        if !load.removeIf.isEmpty { row.removes = mapper.matchesAny(load.removeIf) { arena.value($0) } }
        row.assign(
            utf8: UnsafeBufferPointer(start: arena.bytes, count: arena.count),
            ends: UnsafeBufferPointer(start: arena.ends, count: arena.endCount))
        return true
    }

    /// Maps one field and appends its value to `arena`; false on any problem.
    @inline(__always)
    private func mapField(
        _ plan: Plan, _ record: CSVRecord, _ storage: UnsafeRawBufferPointer, _ arena: inout Arena,
        _ row: inout MappedRow
    ) -> Bool {
        guard plan.route != .string, plan.column < record.fieldCount else {
            return viaString(plan.field, record, &arena, &row)
        }
        let source = UnsafeRawBufferPointer(rebasing: storage[record.range(ofField: plan.column)])
        if plan.route == .memo { return memoised(plan, record, source, &arena, &row) }
        // Decoded straight into the row, after its last value; committed once final.
        arena.reserve(source.count * 3)
        let output = arena.bytes + arena.count
        guard let decoded = transcoder.transcode(source, into: output) else {
            // Invalid bytes (the decoder says where) or an encoding without a byte path.
            return viaString(plan.field, record, &arena, &row)
        }
        var start = 0
        var end = decoded
        for offset in 0..<plan.stepCount {
            if !Self.apply(steps[plan.firstStep + offset], output, &start, &end) {
                return handOver(plan, output, start, end, from: offset, &arena, &row)
            }
        }
        guard plan.allSteps else { return handOver(plan, output, start, end, from: plan.stepCount, &arena, &row) }
        let value = UnsafeBufferPointer(start: output + start, count: end - start)
        if value.isEmpty {
            if plan.required { return false }
            arena.appendNil()
            return true
        }
        // Too long: the String path rejects it. (A NUL never gets here: the reader rejects
        // its record.)
        if value.count > maxFieldBytes { return false }
        if plan.validatesOnString { return handOver(plan, output, start, end, from: plan.stepCount, &arena, &row) }
        if plan.pattern >= 0 {
            guard Self.isASCII(value) else {
                return handOver(plan, output, start, end, from: plan.stepCount, &arena, &row)
            }
            if plan.runCount >= 0 && value.count < 64 {
                let run = UnsafeBufferPointer(rebasing: runSteps[plan.runFirst..<plan.runFirst + plan.runCount])
                if !SimplePattern.ASCIIRun.matches(value, run) { return false }
            } else if !patterns[plan.pattern].matches(ascii: value) {
                return false
            }
        }
        if plan.isDate && !(RecordMapper.isISODate(utf8: value) && RecordMapper.isRealISODate(utf8: value)) {
            return handOver(plan, output, start, end, from: plan.stepCount, &arena, &row)
        }
        if start > 0 { output.update(from: output + start, count: end - start) }
        arena.commit(end - start)
        return true
    }

    /// Takes one byte step on `bytes[start..<end]`; false when this value needs the
    /// `String` path for it (the bytes are then as they were before the step).
    @inline(__always)
    private static func apply(_ step: Step, _ output: UnsafeMutablePointer<UInt8>, _ start: inout Int, _ end: inout Int)
        -> Bool
    {
        let bytes = UnsafeMutableBufferPointer(start: output + start, count: end - start)
        switch step {
        case .trim:
            let range = WhiteSpace.trimmedRange(UnsafeBufferPointer(bytes))
            end = start + range.upperBound
            start += range.lowerBound
        case .collapseSpaces:
            end = start + WhiteSpace.collapse(bytes, into: 0x20)
        case .removeSpaces:
            end = start + WhiteSpace.collapse(bytes, into: nil)
        case .upper, .lower:
            // Case mapping of ASCII is ASCII's; anything else is Unicode's to decide.
            guard isASCII(UnsafeBufferPointer(bytes)) else { return false }
            let range: ClosedRange<UInt8> = step == .upper ? 0x61...0x7A : 0x41...0x5A
            for index in bytes.indices where range.contains(bytes[index]) { bytes[index] ^= 0x20 }
        case .foldWidth:
            // ASCII is already folded (what `CharacterFolding.foldWidth` checks first).
            return isASCII(UnsafeBufferPointer(bytes))
        case .digits:
            // Digits only: nothing to drop (what `.digits` checks first).
            for byte in bytes where byte &- 0x30 > 9 { return false }
        }
        return true
    }

    /// Continues field `plan` on the `String` path from transform `from`, with the value
    /// as the byte steps left it in `output[start..<end]`.
    private func handOver(
        _ plan: Plan, _ output: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, from first: Int,
        _ arena: inout Arena, _ row: inout MappedRow
    ) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(start: output + start, count: end - start), as: UTF8.self)
        var problem: FieldProblem?
        let value = mapper.finish(
            plan.field, text, from: first, cache: cache, problem: &problem, warnings: &row.warnings)
        guard problem == nil else { return false }
        arena.append(value)
        return true
    }

    /// Maps field `index` wholly on the `String` path.
    private func viaString(_ index: Int, _ record: CSVRecord, _ arena: inout Arena, _ row: inout MappedRow) -> Bool {
        var problem: FieldProblem?
        let value: String?
        if index == mapper.protectionIndex {
            flagWarnings.removeAll()
            value = mapper.value(
                at: index, in: CSVFieldAccess(record: record, decoder: decoder), cache: cache, problem: &problem,
                warnings: &flagWarnings)
        } else {
            value = mapper.value(
                at: index, in: CSVFieldAccess(record: record, decoder: decoder), cache: cache, problem: &problem,
                warnings: &row.warnings)
        }
        guard problem == nil else { return false }
        arena.append(value)
        return true
    }

    /// A date field, from the memo or computed on the `String` path and remembered.
    private func memoised(
        _ plan: Plan, _ record: CSVRecord, _ source: UnsafeRawBufferPointer, _ arena: inout Arena,
        _ row: inout MappedRow
    ) -> Bool {
        let hit = memo.lookUp(field: plan.field, source) { value, warnings in
            if let value { arena.append(value) } else { arena.appendNil() }
            if let warnings { row.warnings += warnings }
        }
        if hit { return true }
        // Not memoised when undecodable: the error message names the record's line.
        guard let text = try? decoder.decode(source) else { return viaString(plan.field, record, &arena, &row) }
        var problem: FieldProblem?
        var warnings: [String] = []
        let value = mapper.finish(plan.field, text, from: 0, cache: nil, problem: &problem, warnings: &warnings)
        guard problem == nil else { return false }
        memo.insert(field: plan.field, source, value: value, warnings: warnings)
        arena.append(value)
        row.warnings += warnings
        return true
    }

    @inline(__always)
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }
}

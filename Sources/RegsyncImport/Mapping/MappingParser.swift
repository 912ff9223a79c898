import RegsyncCSV
import RegsyncText
import RegsyncYAML

/// Reads a composed YAML document into a ``MappingFile``'s parts, collecting every
/// problem with its key path instead of stopping at the first.
struct MappingParser {
    let path: String
    let root: YAMLCursor

    struct Parsed {
        var name: String
        var description: String?
        var target: ImportTarget
        var source: SourceSpec
        var load: LoadSpec
        var key: [String]
        var fields: [FieldSpec]
    }

    /// Stands in for an unknown target: every field the mapping names, as text.
    static func standInTarget(fieldNames: [String]) -> ImportTarget {
        var names: [String] = []
        for name in fieldNames where !names.contains(name) { names.append(name) }
        return ImportTarget(name: "unknown.target", registry: "", columns: names.map { TargetColumn($0) })
    }

    /// Stands in for a source that could not be read: CSV with a header, any column count.
    static let standInSource = SourceSpec(
        format: .csv(CSVSpec(delimiter: UInt8(ascii: ","), quote: UInt8(ascii: "\""), header: true, columns: nil)),
        encoding: .utf8)

    static let topKeys: Set<String> = ["mapping", "description", "target", "source", "load", "key", "codes", "fields"]
    static let sourceKeys: Set<String> = [
        "format", "encoding", "delimiter", "quote", "header", "columns", "record", "namespaces", "max_quoted_lines",
        "max_record_bytes", "max_depth", "max_attributes", "max_field_bytes",
    ]
    static let loadKeys: Set<String> = [
        "snapshot", "scope", "duplicates", "newest_by", "apply_if", "remove_if", "past_era_end",
    ]
    static let fieldKeys: Set<String> = [
        "column", "columns", "join", "value", "transforms", "required", "pattern", "length", "check_digit",
    ]
    static let simpleTransforms: [String: ValueTransform] = [
        "trim": .trim, "fold_width": .foldWidth, "collapse_spaces": .collapseSpaces, "remove_spaces": .removeSpaces,
        "upper": .upper, "lower": .lower, "digits": .digits, "katakana": .katakana,
    ]

    func parse() -> MappingFile.Parsed? {
        guard root.isMapping else {
            root.fail("a mapping file must be a YAML mapping with the keys \(Self.topKeys.sorted())")
            return nil
        }
        root.rejectUnknownKeys(Self.topKeys)
        let fileName = path.split(separator: "/").last.map { String($0.split(separator: ".")[0]) } ?? path
        let name = root.child("mapping").string() ?? fileName
        let description = root.child("description").string()

        let targetCursor = root.child("target")
        var target: ImportTarget?
        if let targetName = targetCursor.string(required: true) {
            target =
                targetName == ImportTarget.linkTargetName
                ? ImportTarget.linkRecord(fieldNames: root.child("fields").keys) : ImportTarget.named(targetName)
            if target == nil {
                targetCursor.fail(
                    "unknown target '\(targetName)'; known: \(ImportTarget.all.map(\.name).joined(separator: ", ")), "
                        + "and \(ImportTarget.linkTargetName) (any fields, for regsync link)")
            }
        }
        let source = parseSource(root.child("source"))
        let load = parseLoad(root.child("load"))
        let codes = parseCodeTables(root.child("codes"))
        // Every problem at once: with an unknown target or an unusable source the fields are
        // still checked (transforms, patterns, codes, check digits, key and load references),
        // against a stand-in target that accepts every field name as text and a source that
        // accepts every column reference. Only the checks that need the real target (unknown
        // or missing fields, types) or the real dialect (positions, namespaces) wait.
        let fieldsCursor = root.child("fields")
        let fields = parseFields(
            fieldsCursor, target: target ?? Self.standInTarget(fieldNames: fieldsCursor.keys),
            source: source ?? Self.standInSource, load: load, codes: codes, referencesChecked: source != nil)
        let key = parseKey(root.child("key"), fields: fields, checkMapped: true)
        if let load { checkLoadFields(load, fields: fields) }
        guard let target, let source, let load else { return nil }
        return Parsed(
            name: name, description: description, target: target, source: source, load: load, key: key,
            fields: fields)
    }

    // MARK: - source

    private func parseSource(_ cursor: YAMLCursor) -> SourceSpec? {
        guard cursor.isMapping else {
            cursor.fail(cursor.isMissing ? "is required" : "must be a mapping")
            return nil
        }
        cursor.rejectUnknownKeys(Self.sourceKeys)
        let encodingName = cursor.child("encoding").string() ?? "utf-8"
        let encoding = TextEncoding(name: encodingName)
        if encoding == nil {
            cursor.child("encoding").fail("unknown encoding '\(encodingName)'; use utf-8, cp932 or euc-jp")
        }
        let formatCursor = cursor.child("format")
        switch formatCursor.string(required: true) {
        case "csv":
            for key in ["record", "namespaces", "max_depth", "max_attributes"] where !cursor.child(key).isMissing {
                cursor.child(key).fail("applies to XML sources only")
            }
            let delimiter = singleByte(cursor.child("delimiter"), default: UInt8(ascii: ","))
            var quote: UInt8? = UInt8(ascii: "\"")
            if let text = cursor.child("quote").string() {
                quote = text == "none" ? nil : singleByte(cursor.child("quote"), default: UInt8(ascii: "\""))
            }
            let header = cursor.child("header").bool(default: true)
            let columns = cursor.child("columns").int()
            if let columns, columns < 1 { cursor.child("columns").fail("must be at least 1") }
            if let delimiter {
                let dialect = CSVDialect(delimiter: delimiter, quote: quote)
                let place = cursor.child(cursor.child("quote").isMissing ? "delimiter" : "quote")
                if let reason = dialect.invalidReason {
                    place.fail(reason)
                } else if encoding == .cp932 && !dialect.isSafeForCP932 {
                    place.fail(
                        "in a CP932 file the delimiter and quote must be below 0x40 (e.g. , ; tab \"): "
                            + "bytes from 0x40 up, such as | and \\, can be the second byte of a character (ポ is 83 7C)"
                    )
                }
            }
            // A bad encoding or delimiter is reported above; the rest of the mapping is still
            // checked (with stand-ins) so that every problem is reported at once.
            var csv = CSVSpec(delimiter: delimiter ?? UInt8(ascii: ","), quote: quote, header: header, columns: columns)
            csv.maxQuotedLines = limit(cursor.child("max_quoted_lines"), upTo: 1_000_000) ?? csv.maxQuotedLines
            csv.maxRecordBytes =
                limit(cursor.child("max_record_bytes"), upTo: CSVReader.maximumRecordLimit) ?? csv.maxRecordBytes
            var spec = SourceSpec(format: .csv(csv), encoding: encoding ?? .utf8)
            spec.maxFieldBytes = limit(cursor.child("max_field_bytes"), upTo: 1 << 30) ?? spec.maxFieldBytes
            return spec
        case "xml":
            for key in ["delimiter", "quote", "header", "columns", "max_quoted_lines"]
            where !cursor.child(key).isMissing {
                cursor.child(key).fail("applies to CSV sources only")
            }
            let record = cursor.child("record").string(required: true) ?? ""
            let steps = record.split(separator: "/").map(String.init)
            if !record.isEmpty && steps.isEmpty { cursor.child("record").fail("must name at least one element") }
            var namespaces: [String: String] = [:]
            let namespaceCursor = cursor.child("namespaces")
            if !namespaceCursor.isMissing && !namespaceCursor.isMapping {
                namespaceCursor.fail("must map prefixes to namespace URIs")
            }
            for (prefix, uri) in namespaceCursor.entries { namespaces[prefix] = uri.string(required: true) }
            for step in steps where step.contains(":") {
                let prefix = String(step.split(separator: ":", omittingEmptySubsequences: false)[0])
                if namespaces[prefix] == nil {
                    cursor.child("record").fail("namespace prefix '\(prefix)' is not declared")
                }
            }
            var xml = XMLSpec(recordPath: steps, namespaces: namespaces)
            xml.maxDepth = limit(cursor.child("max_depth"), upTo: 100_000) ?? xml.maxDepth
            xml.maxAttributes = limit(cursor.child("max_attributes"), upTo: 1_000_000) ?? xml.maxAttributes
            xml.maxRecordBytes = limit(cursor.child("max_record_bytes"), upTo: 1 << 30) ?? xml.maxRecordBytes
            var spec = SourceSpec(format: .xml(xml), encoding: encoding ?? .utf8)
            spec.maxFieldBytes = limit(cursor.child("max_field_bytes"), upTo: 1 << 30) ?? spec.maxFieldBytes
            return spec
        case let other?:
            formatCursor.fail("unknown format '\(other)'; use csv or xml")
            return nil
        case nil:
            return nil
        }
    }

    /// A positive limit up to `maximum`, or nil when absent or wrong (reported).
    private func limit(_ cursor: YAMLCursor, upTo maximum: Int) -> Int? {
        guard !cursor.isMissing, let value = cursor.int() else { return nil }
        guard (1...maximum).contains(value) else {
            cursor.fail("must be a whole number from 1 to \(maximum)")
            return nil
        }
        return value
    }

    private func singleByte(_ cursor: YAMLCursor, default value: UInt8) -> UInt8? {
        guard let text = cursor.string() else { return value }
        switch text {
        case "\\t", "tab", "\t": return 0x09
        default:
            guard text.utf8.count == 1, let byte = text.utf8.first, byte != 0x0A, byte != 0x0D else {
                cursor.fail("must be a single ASCII character (or 'tab')")
                return nil
            }
            return byte
        }
    }

    // MARK: - load

    private func parseLoad(_ cursor: YAMLCursor) -> LoadSpec? {
        if !cursor.isMissing && !cursor.isMapping {
            cursor.fail("must be a mapping")
            return nil
        }
        cursor.rejectUnknownKeys(Self.loadKeys)
        let snapshotText = cursor.child("snapshot").string() ?? "incremental"
        let snapshot = LoadSpec.Snapshot(rawValue: snapshotText)
        if snapshot == nil { cursor.child("snapshot").fail("use full or incremental") }
        let duplicatesText = cursor.child("duplicates").string() ?? "reject"
        let duplicates = LoadSpec.Duplicates(rawValue: duplicatesText)
        if duplicates == nil { cursor.child("duplicates").fail("use reject or newest") }
        let pastText = cursor.child("past_era_end").string() ?? "warn"
        let pastEraEnd = PastEraEndPolicy(rawValue: pastText)
        if pastEraEnd == nil { cursor.child("past_era_end").fail("use warn or reject") }
        let scope = cursor.child("scope").strings() ?? []
        if !scope.isEmpty && snapshot != .full { cursor.child("scope").fail("applies to full snapshots only") }
        let newestBy = cursor.child("newest_by").strings() ?? []
        if duplicates == .newest && newestBy.isEmpty {
            cursor.child("newest_by").fail("is required when duplicates is 'newest'")
        }
        guard let snapshot, let duplicates, let pastEraEnd else { return nil }
        return LoadSpec(
            snapshot: snapshot, scope: scope, duplicates: duplicates, newestBy: newestBy,
            applyIf: conditions(cursor.child("apply_if")), removeIf: conditions(cursor.child("remove_if")),
            pastEraEnd: pastEraEnd)
    }

    private func conditions(_ cursor: YAMLCursor) -> [FieldCondition] {
        if cursor.isMissing { return [] }
        guard cursor.isMapping else {
            cursor.fail("must map field names to the values that match")
            return []
        }
        return cursor.entries.map { FieldCondition(field: $0.key, values: Set($0.value.strings() ?? [])) }
    }

    private func checkLoadFields(_ load: LoadSpec, fields: [FieldSpec]) {
        let mapped = Set(fields.map(\.column.name))
        let loadCursor = root.child("load")
        for name in load.scope where !mapped.contains(name) {
            loadCursor.child("scope").fail("'\(name)' is not a mapped field")
        }
        for name in load.newestBy where !mapped.contains(name) {
            loadCursor.child("newest_by").fail("'\(name)' is not a mapped field")
        }
        for condition in load.applyIf where !mapped.contains(condition.field) {
            loadCursor.child("apply_if").child(condition.field).fail("is not a mapped field")
        }
        for condition in load.removeIf where !mapped.contains(condition.field) {
            loadCursor.child("remove_if").child(condition.field).fail("is not a mapped field")
        }
    }

    // MARK: - key

    private func parseKey(_ cursor: YAMLCursor, fields: [FieldSpec], checkMapped: Bool) -> [String] {
        guard let key = cursor.strings(), !key.isEmpty else {
            cursor.fail("is required: the field(s) that identify a record")
            return []
        }
        guard checkMapped else { return key }
        let mapped = Set(fields.map(\.column.name))
        for (index, name) in key.enumerated() where !mapped.contains(name) {
            let place = cursor.isSequence ? cursor.elements[index] : cursor
            place.fail("'\(name)' is not a mapped field")
        }
        return key
    }

    // MARK: - code tables

    private func parseCodeTables(_ cursor: YAMLCursor) -> [String: CodeTable] {
        var tables: [String: CodeTable] = [:]
        if !cursor.isMissing && !cursor.isMapping { cursor.fail("must map table names to code tables") }
        for (name, table) in cursor.entries {
            if let parsed = parseCodeTable(table, name: name) { tables[name] = parsed }
        }
        return tables
    }

    private func parseCodeTable(_ cursor: YAMLCursor, name: String) -> CodeTable? {
        guard cursor.isMapping else {
            cursor.fail("must be a mapping with 'map' (code → value) and optionally 'unknown'")
            return nil
        }
        cursor.rejectUnknownKeys(["map", "unknown"])
        let mapCursor = cursor.child("map")
        guard mapCursor.isMapping else {
            mapCursor.fail("is required: code → value")
            return nil
        }
        var entries: [String: String] = [:]
        for (code, value) in mapCursor.entries { entries[code] = value.string(required: true) }
        let unknownText = cursor.child("unknown").string() ?? "reject"
        guard let unknown = CodeTable.Unknown(rawValue: unknownText) else {
            cursor.child("unknown").fail("use reject, keep or null")
            return nil
        }
        return CodeTable(name: name, entries: entries, unknown: unknown)
    }

    // MARK: - fields

    private func parseFields(
        _ cursor: YAMLCursor, target: ImportTarget, source: SourceSpec, load: LoadSpec?, codes: [String: CodeTable],
        referencesChecked: Bool
    ) -> [FieldSpec] {
        guard cursor.isMapping else {
            cursor.fail(cursor.isMissing ? "is required" : "must map canonical field names to their sources")
            return []
        }
        var byColumn: [String: FieldSpec] = [:]
        let known = Dictionary(uniqueKeysWithValues: target.columns.map { ($0.mappingName, $0) })
        for (name, fieldCursor) in cursor.entries {
            guard let column = known[name] else {
                fieldCursor.fail(
                    "'\(name)' is not a field of \(target.name); fields: "
                        + target.columns.map(\.mappingName).joined(separator: ", "))
                continue
            }
            if let field = parseField(
                fieldCursor, column: column, source: source, load: load, codes: codes,
                referencesChecked: referencesChecked)
            {
                byColumn[column.name] = field
            }
        }
        for column in target.requiredColumns where byColumn[column.name] == nil && known[column.mappingName] != nil {
            if !cursor.keys.contains(column.mappingName) {
                cursor.fail("required field '\(column.mappingName)' of \(target.name) is not mapped")
            }
        }
        return target.columns.compactMap { byColumn[$0.name] }
    }

    private func parseField(
        _ cursor: YAMLCursor, column: TargetColumn, source: SourceSpec, load: LoadSpec?, codes: [String: CodeTable],
        referencesChecked: Bool
    ) -> FieldSpec? {
        let reference = { (cursor: YAMLCursor, source: SourceSpec) -> ColumnReference? in
            referencesChecked ? self.reference(cursor, source: source) : cursor.string().map { .path($0) }
        }
        // Shorthand: `name: 氏名` (a column name or position, or an XML path).
        if cursor.isScalar {
            guard let reference = reference(cursor, source) else { return nil }
            if column.role == .protectionFlag { requireExplicitEmpty(cursor, column) }
            return FieldSpec(
                column: column, sources: [reference], join: "", constant: nil, transforms: defaultTransforms(column),
                required: column.required, pattern: nil, minLength: nil, maxLength: nil, checkDigit: nil,
                keyPath: cursor.path)
        }
        guard cursor.isMapping else {
            cursor.fail("must be a source column (or path) or a mapping with 'column'")
            return nil
        }
        cursor.rejectUnknownKeys(Self.fieldKeys)
        var sources: [ColumnReference] = []
        let single = cursor.child("column")
        let several = cursor.child("columns")
        let constant = cursor.child("value").string()
        let given = [!single.isMissing, !several.isMissing, constant != nil].filter { $0 }.count
        if given != 1 { cursor.fail("needs exactly one of 'column', 'columns' or 'value'") }
        if !single.isMissing, let reference = reference(single, source) { sources = [reference] }
        if !several.isMissing {
            guard several.isSequence, !several.elements.isEmpty else {
                several.fail("must be a non-empty list")
                return nil
            }
            sources = several.elements.compactMap { reference($0, source) }
        }
        var transforms = defaultTransforms(column)
        let transformsCursor = cursor.child("transforms")
        if !transformsCursor.isMissing {
            if transformsCursor.isSequence {
                transforms = transformsCursor.elements.compactMap {
                    transform($0, column: column, load: load, codes: codes)
                }
            } else {
                transformsCursor.fail("must be a list")
            }
        }
        var pattern: FieldPattern?
        if let text = cursor.child("pattern").string() {
            do { pattern = try FieldPattern(text) } catch {
                cursor.child("pattern").fail("not a valid regular expression")
            }
        }
        var minLength: Int?
        var maxLength: Int?
        let lengthCursor = cursor.child("length")
        if lengthCursor.isScalar {
            minLength = lengthCursor.int()
            maxLength = minLength
        } else if lengthCursor.isMapping {
            lengthCursor.rejectUnknownKeys(["min", "max"])
            minLength = lengthCursor.child("min").int()
            maxLength = lengthCursor.child("max").int()
        } else if !lengthCursor.isMissing {
            lengthCursor.fail("must be a number or a mapping with min and/or max")
        }
        var checkDigit: IdentifierKind?
        if let kind = cursor.child("check_digit").string() {
            checkDigit = IdentifierKind(rawValue: kind)
            if checkDigit == nil {
                cursor.child("check_digit").fail(
                    "unknown identifier kind '\(kind)'; use \(IdentifierKind.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
        }
        if column.kind == .keyedHash && checkDigit == nil && column.sourceField == "individual_number" {
            checkDigit = .individualNumber
        }
        let required = cursor.child("required").bool(default: column.required)
        let hasDefault = transforms.contains { if case .defaultValue = $0 { true } else { false } }
        if column.role == .protectionFlag && !required && !hasDefault && constant == nil {
            requireExplicitEmpty(cursor, column)
        }
        return FieldSpec(
            column: column, sources: sources, join: cursor.child("join").string() ?? "", constant: constant,
            transforms: transforms, required: required,
            pattern: pattern, minLength: minLength, maxLength: maxLength, checkDigit: checkDigit,
            keyPath: cursor.path)
    }

    /// A DV-protection flag must say what an empty value means: silently reading "no
    /// protection" could expose a protected person's address, and silently reading
    /// "protected" would hold every change; the mapping decides.
    private func requireExplicitEmpty(_ cursor: YAMLCursor, _ column: TargetColumn) {
        cursor.fail(
            "\(column.mappingName) is a DV-protection flag: say what an empty value means with "
                + "transforms: [trim, {default: \"0\"}] (or \"1\"), or make it required: true")
    }

    /// Transforms a field gets when the mapping lists none: trimming, and a date parser
    /// accepting every full-date notation for date columns.
    private func defaultTransforms(_ column: TargetColumn) -> [ValueTransform] {
        column.kind == .date ? [.trim, .date(DateParser())] : [.trim]
    }

    private func reference(_ cursor: YAMLCursor, source: SourceSpec) -> ColumnReference? {
        guard let text = cursor.string() else { return nil }
        switch source.format {
        case .xml(let xml):
            if text.isEmpty { cursor.fail("an XML path must not be empty") }
            // Records carry local names, so an undeclared (mistyped) prefix would otherwise
            // pass silently.
            for step in text.split(separator: "/") where step.contains(":") {
                let prefix = String(step.drop { $0 == "@" }.split(separator: ":", omittingEmptySubsequences: false)[0])
                // `xml:` (xml:lang, xml:space) is bound by the XML specification itself.
                if xml.namespaces[prefix] == nil && prefix != "xml" {
                    cursor.fail("namespace prefix '\(prefix)' is not declared")
                }
            }
            return .path(text)
        case .csv(let csv):
            if let position = Int(text) {
                if position < 1 { cursor.fail("column positions start at 1") }
                if let columns = csv.columns, position > columns {
                    cursor.fail("column \(position) is beyond the \(columns) columns declared in source.columns")
                }
                return .position(position)
            }
            if !csv.header {
                cursor.fail("the source has no header row: refer to columns by position (1, 2, ...)")
            }
            return .header(text)
        }
    }

    private func transform(
        _ cursor: YAMLCursor, column: TargetColumn, load: LoadSpec?, codes: [String: CodeTable]
    ) -> ValueTransform? {
        let policy = load?.pastEraEnd ?? .warn
        if let name = cursor.node?.scalar?.string {
            if let simple = Self.simpleTransforms[name] { return simple }
            switch name {
            case "era_date": return .date(DateParser(formats: [.era, .eraCompact, .eraCode], pastEraEnd: policy))
            case "date": return .date(DateParser(formats: .any, pastEraEnd: policy))
            default:
                cursor.fail(
                    "unknown transform '\(name)'; known: "
                        + (Self.simpleTransforms.keys.sorted() + [
                            "era_date", "date", "{date: [...]}", "{code: ...}",
                            "{split_name: surname|given}", "{default: ...}", "{null_if: [...]}", "{zero_pad: n}",
                        ])
                        .joined(separator: ", "))
                return nil
            }
        }
        guard cursor.isMapping, cursor.keys.count == 1, let name = cursor.keys.first else {
            cursor.fail("a transform is a name or a one-key mapping such as {date: [iso, compact]}")
            return nil
        }
        let argument = cursor.child(name)
        switch name {
        case "date", "era_date":
            var formats: [DateFormat] = []
            for text in argument.strings() ?? [] {
                if text == "any" {
                    formats += .any
                } else if let format = DateFormat(rawValue: text) {
                    formats.append(format)
                } else {
                    argument.fail(
                        "unknown date format '\(text)'; known: any, "
                            + DateFormat.allCases.map(\.rawValue).joined(separator: ", "))
                }
            }
            if formats.isEmpty { return nil }
            return .date(DateParser(formats: formats, pastEraEnd: policy))
        case "code":
            if let tableName = argument.node?.scalar?.string {
                guard let table = codes[tableName] else {
                    argument.fail("no code table '\(tableName)' under 'codes'")
                    return nil
                }
                return .code(table)
            }
            return parseCodeTable(argument, name: argument.path).map { .code($0) }
        case "split_name":
            guard let part = argument.string().flatMap(ValueTransform.NamePart.init(rawValue:)) else {
                argument.fail("use surname or given")
                return nil
            }
            return .splitName(part)
        case "default":
            return argument.string().map { .defaultValue($0) }
        case "null_if":
            return argument.strings().map { .nullIf(Set($0)) }
        case "zero_pad":
            guard let width = argument.int(), width > 0, width < 64 else {
                argument.fail("must be a width between 1 and 63")
                return nil
            }
            return .zeroPad(width)
        default:
            cursor.fail("unknown transform '\(name)'")
            return nil
        }
    }
}

extension MappingFile {
    typealias Parsed = MappingParser.Parsed
}

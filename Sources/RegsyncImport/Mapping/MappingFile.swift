import Crypto
import Foundation
import RegsyncCore
import RegsyncText
import RegsyncYAML
import Yams

/// A declarative mapping from one legacy file layout to one import target: how to read
/// the file (format, dialect, encoding), which source column or XML path fills each
/// canonical field, the value transforms and validations, the natural key, and how a
/// load is applied (snapshot or incremental, duplicates, flags). See docs/mappings.md.
///
/// A new legacy layout needs a new mapping file, not new code.
public struct MappingFile: Sendable {
    public let path: String
    public let name: String
    public let description: String?
    public let target: ImportTarget
    public let source: SourceSpec
    public let load: LoadSpec
    /// The canonical fields that form a record's natural key, in order.
    public let key: [String]
    /// The mapped fields, in target column order.
    public let fields: [FieldSpec]
    /// SHA-256 of the mapping file's bytes (recorded with every import).
    public let sha256: String

    /// Reads and validates a mapping file.
    /// - Throws: ``MappingError`` listing every problem, each with its YAML key path.
    public static func load(path: String) throws(MappingError) -> MappingFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MappingError(
                file: path, problems: [MappingProblem(keyPath: "", line: nil, message: "cannot read the file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MappingError(
                file: path, problems: [MappingProblem(keyPath: "", line: nil, message: "the file is not UTF-8")])
        }
        return try parse(yaml: text, path: path, sha256: SHA256.hash(data: data).hexString)
    }

    /// Parses and validates mapping YAML.
    public static func parse(yaml: String, path: String, sha256: String? = nil) throws(MappingError) -> MappingFile {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw MappingError(
                file: path, problems: [MappingProblem(keyPath: "", line: nil, message: "not valid YAML: \(error)")])
        }
        let problems = YAMLProblems()
        let cursor = YAMLCursor(node: root, path: "", problems: problems)
        let parsed = MappingParser(path: path, root: cursor).parse()
        if !problems.list.isEmpty || parsed == nil {
            throw MappingError(file: path, problems: problems.list)
        }
        let digest = sha256 ?? SHA256.hash(data: Data(yaml.utf8)).hexString
        return MappingFile(
            path: path, name: parsed!.name, description: parsed!.description, target: parsed!.target,
            source: parsed!.source, load: parsed!.load, key: parsed!.key, fields: parsed!.fields, sha256: digest)
    }

    init(
        path: String, name: String, description: String?, target: ImportTarget, source: SourceSpec, load: LoadSpec,
        key: [String], fields: [FieldSpec], sha256: String
    ) {
        self.path = path
        self.name = name
        self.description = description
        self.target = target
        self.source = source
        self.load = load
        self.key = key
        self.fields = fields
        self.sha256 = sha256
    }

    /// The field mapped to target column `name`.
    public func field(_ name: String) -> FieldSpec? { fields.first { $0.column.name == name } }

    /// True when a field needs the secret pseudonymisation key (a keyed hash).
    public var needsKey: Bool { fields.contains { $0.column.kind == .keyedHash } }
}

/// How to read the source file.
public struct SourceSpec: Sendable {
    /// The file format and its dialect.
    public enum Format: Sendable {
        case csv(CSVSpec)
        case xml(XMLSpec)
    }

    public let format: Format
    public let encoding: TextEncoding
    /// A field whose value (after its transforms) is longer than this many UTF-8 bytes is
    /// rejected (`field_too_long`, naming the field).
    public var maxFieldBytes = SourceSpec.defaultMaxFieldBytes

    /// 4 KiB: three times the longest value a shipped layout defines (the NTA data's
    /// 300-character foreign address, 900 bytes), yet small enough that no value strains
    /// what comes after the load: the comparisons of matching cost the product of two
    /// values' lengths, and PostgreSQL's b-tree indexes take at most 2,704 bytes an entry.
    public static let defaultMaxFieldBytes = 4_096
    /// A record whose natural key (its fields joined) is longer than this many bytes is
    /// rejected (`key_too_long`): the key is a primary key in several tables, and a b-tree
    /// entry holds at most 2,704 bytes. Real keys are tens of bytes.
    public static let maxKeyBytes = 1_024
}

/// The CSV dialect of a source file.
public struct CSVSpec: Sendable {
    public let delimiter: UInt8
    /// `nil` when fields are never quoted.
    public let quote: UInt8?
    /// Whether the first record is a header row naming the columns.
    public let header: Bool
    /// The number of columns every record must have (taken from the header when absent).
    public let columns: Int?
    /// A quoted field spanning more physical lines than this is a runaway quote: its record
    /// ends with the line where the quote opened, and reading resumes on the next line.
    public var maxQuotedLines = CSVSpec.defaultMaxQuotedLines
    /// A record longer than this is rejected (`too_large`, or `runaway_quote` inside a
    /// quote), its raw text cut to this many bytes.
    public var maxRecordBytes = CSVSpec.defaultMaxRecordBytes

    public static let defaultMaxQuotedLines = 100
    public static let defaultMaxRecordBytes = 1 << 20
}

/// Where the records of an XML source are.
public struct XMLSpec: Sendable {
    /// Element names from the document element down to the record element.
    public let recordPath: [String]
    /// Namespace prefixes used in `recordPath` and field paths.
    public let namespaces: [String: String]
    /// A record with elements nested deeper (the record element is level 1), with an
    /// element of more attributes, or larger than these is rejected.
    public var maxDepth = 256
    public var maxAttributes = 1_000
    public var maxRecordBytes = CSVSpec.defaultMaxRecordBytes
}

/// How a load is applied to the target.
public struct LoadSpec: Sendable {
    /// Whether a file is the whole truth for its scope.
    public enum Snapshot: String, Sendable {
        /// Records absent from the file are marked removed (never deleted).
        case full
        /// Records absent from the file are left alone.
        case incremental
    }

    /// What to do with several records for one natural key in one load.
    public enum Duplicates: String, Sendable {
        /// Keep the first, reject the others.
        case reject
        /// Keep the newest by `newestBy` (then by line), the others are superseded.
        case newest
    }

    public let snapshot: Snapshot
    /// For full snapshots: only records whose values of these fields occur in the load
    /// can be marked removed (a prefecture's monthly file removes nothing elsewhere).
    public let scope: [String]
    public let duplicates: Duplicates
    public let newestBy: [String]
    /// Records must match every condition to be applied; others are accepted but superseded.
    public let applyIf: [FieldCondition]
    /// Records matching any condition mark their record removed instead of updating it.
    public let removeIf: [FieldCondition]
    public let pastEraEnd: PastEraEndPolicy
}

/// A condition on a canonical field's value (after transforms).
public struct FieldCondition: Sendable, Hashable {
    public let field: String
    public let values: Set<String>
}

/// Where a field's value comes from in a source record.
public enum ColumnReference: Sendable, Hashable, CustomStringConvertible {
    /// A CSV column named in the header row.
    case header(String)
    /// A CSV column by 1-based position.
    case position(Int)
    /// An XML path relative to the record element (`name`, `@id`, `owner/address`).
    case path(String)

    public var description: String {
        switch self {
        case .header(let name): "column '\(name)'"
        case .position(let index): "column \(index)"
        case .path(let path): "path '\(path)'"
        }
    }
}

/// One canonical field: its sources, transforms and validations. A class, so that the
/// mapper's hot loop shares it instead of copying a dozen properties per value.
public final class FieldSpec: Sendable {
    public let column: TargetColumn
    /// The source columns or paths; several are concatenated with `join`.
    public let sources: [ColumnReference]
    public let join: String
    /// A constant value instead of sources.
    public let constant: String?
    public let transforms: [ValueTransform]
    public let required: Bool
    public let pattern: FieldPattern?
    public let minLength: Int?
    public let maxLength: Int?
    public let checkDigit: IdentifierKind?
    /// The YAML key path of this field (for messages).
    public let keyPath: String

    init(
        column: TargetColumn, sources: [ColumnReference], join: String, constant: String?,
        transforms: [ValueTransform], required: Bool, pattern: FieldPattern?, minLength: Int?, maxLength: Int?,
        checkDigit: IdentifierKind?, keyPath: String
    ) {
        self.column = column
        self.sources = sources
        self.join = join
        self.constant = constant
        self.transforms = transforms
        self.required = required
        self.pattern = pattern
        self.minLength = minLength
        self.maxLength = maxLength
        self.checkDigit = checkDigit
        self.keyPath = keyPath
    }
}

extension SHA256.Digest {
    var hexString: String { Hex.encode(self) }
}

import Foundation
import RegsyncCore
import RegsyncImport
import RegsyncPostgres
import RegsyncTestSupport
import RegsyncText
import Testing

/// Hostile strings in every field of shipped mappings, through the real importer into the
/// real database: each record is loaded with its values byte for byte as its mapping defines
/// them, or rejected with a reason naming the field; nothing is executed, no table dropped or
/// altered, and COPY's end-of-data marker and backslashes shift nothing (issue 11, B.5). The
/// keys stage then normalises what was stored, and its keys are the normalisers' own.
@Suite("hostile strings in every field go in as data or are rejected, never executed", .serialized)
struct HostileStringsTests {
    static let database = Result { try makeInitializedDatabase("hostile") }

    /// Text PostgreSQL cannot compress (a repeated letter would shrink below the 2,704 bytes a
    /// b-tree entry may hold, and hide what a long key does to an index).
    static func noise(_ count: Int, seed: UInt64) -> String {
        var random = SplitMix64(state: seed)
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<count).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] })
    }

    /// The hostile values, each placed in every field in turn.
    static let hostile: [(name: String, value: String)] = [
        ("SQL after a quote", "'; DROP TABLE vehicle.registration; --"),
        ("SQL after a parenthesis", "Robert'); DROP TABLE regsync.run; --"),
        ("COPY's end-of-data marker", "\\."),
        ("COPY's end-of-data marker on a line of its own", "before\n\\.\nafter"),
        ("COPY's NULL marker", "\\N"),
        ("backslashes", "C:\\new\\table\\\\x00\\t\\"),
        ("tab and newline", "a\tb\nc"),
        ("quotes and commas", "\"quoted\", and, commas"),
        ("format strings", "%s %n $1 {{owner}} ${HOME}"),
        ("a NUL character", "山\u{0}田"),
        ("100 KB", String(repeating: "あ", count: 34_200)),
        ("right-to-left override and Hebrew", "\u{202E}evil\u{202C} שלום"),
        ("zero-width characters", "山\u{200B}田\u{200D}\u{FEFF}太郎"),
        ("exactly max_field_bytes of noise", noise(SourceSpec.defaultMaxFieldBytes, seed: 11)),
        ("one byte more", noise(SourceSpec.defaultMaxFieldBytes + 1, seed: 12)),
    ]

    /// One source layout of a shipped mapping: its columns (CSV header names or XML paths), a
    /// valid record, and the values that give record `n` a key of its own.
    struct Layout: Sendable {
        let mappingName: String
        let registry: String
        let columns: [String]
        let baseline: [String]
        let unique: @Sendable (Int) -> [String: String]

        var mapping: MappingFile { get throws { try MappingFile.load(path: shippedMapping(mappingName)) } }
    }

    static let vehicle = Layout(
        mappingName: "vehicle-legacy-cp932", registry: "vehicle",
        columns: [
            "自動車登録番号", "車台番号", "車名", "型式", "初度登録年月日", "登録年月日", "所有者の氏名又は名称", "所有者の住所",
            "所有者住所記録年月日", "所有者法人番号", "使用者の氏名又は名称", "使用者の住所", "使用の本拠の位置",
        ],
        baseline: [
            "品川 300 あ 12-34", "", "トヨタ", "DBA-ZRE120", "平成元年1月8日", "令和2年3月4日", "山田　太郎", "東京都千代田区霞が関1-3-1",
            "H1.1.8", "7000012050002", "山田　花子", "東京都港区芝公園4-2-8", "東京都港区芝公園4-2-8",
        ],
        unique: { ["車台番号": "HST-\($0)"] })

    static let realEstateCSV = Layout(
        mappingName: "realestate-owners-csv", registry: "realestate",
        columns: [
            "不動産番号", "種別", "所在", "地番・家屋番号", "順位番号", "登記の目的", "受付年月日", "受付番号", "原因", "原因日付",
            "共有者番号", "所有者氏名", "所有者住所", "会社法人等番号", "持分",
        ],
        baseline: [
            "", "土地", "桜川市高久", "1382番5の3", "3", "所有権移転", "令和三年六月十九日", "第９４０４４号", "相続", "平成26年11月25日",
            "1", "吉田　健太郎", "茨城県桜川市高久2038番地", "7000012050002", "2分の1",
        ],
        unique: { ["不動産番号": String(9_900_000_000_000 + $0)] })

    static let realEstateXML = Layout(
        mappingName: "realestate-owners-xml", registry: "realestate",
        columns: [
            "@propertyNumber", "property/@kind", "property/location", "property/lotNumber", "rank", "purpose",
            "receipt/@date", "receipt/@number", "cause", "cause/@date", "owner/@seq", "owner/name", "owner/kana",
            "owner/address", "owner/corporateNumber", "owner/share",
        ],
        baseline: [
            "", "土地", "桜川市高久", "1382番5の3", "3", "所有権移転", "令和三年六月十九日", "第９４０４４号", "相続", "平成26年11月25日",
            "1", "吉田　健太郎", "ヨシダ　ケンタロウ", "茨城県桜川市高久2038番地", "7000012050002", "2分の1",
        ],
        unique: { ["@propertyNumber": String(9_800_000_000_000 + $0)] })

    /// A record of a layout, and where it starts in the file.
    struct Record {
        var values: [String]
        var line = 0
        /// The column holding a hostile value (nil for the sentinels).
        var hostileColumn: Int?
    }

    /// A sentinel, then each hostile value in each column, then a sentinel: `\.` and its kin
    /// must not end or shift what follows them.
    static func records(_ layout: Layout, values: [String]) -> [Record] {
        var records: [Record] = []
        func add(_ column: Int?, _ value: String?) {
            var fields = layout.baseline
            for (name, unique) in layout.unique(records.count) { fields[layout.columns.firstIndex(of: name)!] = unique }
            if let column, let value { fields[column] = value }
            records.append(Record(values: fields, hostileColumn: column))
        }
        add(nil, nil)
        for column in layout.columns.indices {
            for value in values { add(column, value) }
        }
        add(nil, nil)
        return records
    }

    /// The records as CSV, every field quoted, CRLF ends; sets each record's line.
    static func csv(_ layout: Layout, _ records: inout [Record]) -> String {
        func quoted(_ value: String) -> String { "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var text = layout.columns.map(quoted).joined(separator: ",") + "\r\n"
        var line = 2
        for index in records.indices {
            records[index].line = line
            let record = records[index].values.map(quoted).joined(separator: ",")
            line += 1 + record.filter { $0 == "\n" }.count
            text += record + "\r\n"
        }
        return text
    }

    /// The records as the real-estate XML export, one record per line (line ends inside
    /// values written as character references, as XML would otherwise fold them).
    static func xml(_ layout: Layout, _ records: inout [Record]) -> String {
        func escaped(_ value: String) -> String {
            var text = ""
            for character in value.unicodeScalars {
                switch character {
                case "&": text += "&amp;"
                case "<": text += "&lt;"
                case ">": text += "&gt;"
                case "\"": text += "&quot;"
                case "\n": text += "&#10;"
                case "\r": text += "&#13;"
                case "\t": text += "&#9;"
                default: text.unicodeScalars.append(character)
                }
            }
            return text
        }
        var text =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r:entries xmlns:r=\"urn:regsync:sample:realestate:1\">\n"
        for index in records.indices {
            records[index].line = index + 3
            let v = records[index].values.map(escaped)
            text +=
                "<r:entry propertyNumber=\"\(v[0])\"><r:property kind=\"\(v[1])\"><r:location>\(v[2])</r:location>"
                + "<r:lotNumber>\(v[3])</r:lotNumber></r:property><r:rank>\(v[4])</r:rank><r:purpose>\(v[5])</r:purpose>"
                + "<r:receipt date=\"\(v[6])\" number=\"\(v[7])\"/><r:cause date=\"\(v[9])\">\(v[8])</r:cause>"
                + "<r:owner seq=\"\(v[10])\"><r:name>\(v[11])</r:name><r:kana>\(v[12])</r:kana>"
                + "<r:address>\(v[13])</r:address><r:corporateNumber>\(v[14])</r:corporateNumber>"
                + "<r:share>\(v[15])</r:share></r:owner></r:entry>\n"
        }
        return text + "</r:entries>\n"
    }

    /// A record's fields as the mapper reads them (by CSV column or XML path).
    struct Fields: SourceFieldAccess {
        let layout: Layout
        let values: [String]

        func text(at reference: ResolvedReference) throws(FieldReadError) -> String? {
            switch reference {
            case .index(let index): index < values.count ? values[index] : nil
            case .path(let path): layout.columns.firstIndex(of: path).map { values[$0] }
            }
        }
    }

    /// What the importer must make of a record.
    enum Expected {
        case loaded(key: String, values: [String?])
        case rejected(reason: String, field: String)
    }

    /// The mapping's own verdict on each record; a NUL, which the reader refuses before any
    /// mapping, is a `nul_byte` reject naming the field that holds it.
    static func expectations(_ layout: Layout, _ records: [Record], mapping: MappingFile) throws -> [Expected] {
        let mapper = try RecordMapper(mapping: mapping, header: layout.columns, hasher: nil)
        return records.map { record in
            if let column = record.hostileColumn, record.values[column].utf8.contains(0) {
                return .rejected(reason: "nul_byte", field: fieldName(of: column, layout, mapping))
            }
            switch mapper.map(Fields(layout: layout, values: record.values)) {
            case .row(let row): return .loaded(key: row.recordKey, values: row.values)
            case .rejected(let problems, _, _):
                return .rejected(reason: problems[0].reason.rawValue, field: problems[0].field)
            }
        }
    }

    /// The mapping field that reads column `column`.
    static func fieldName(of column: Int, _ layout: Layout, _ mapping: MappingFile) -> String {
        let name = layout.columns[column]
        for field in mapping.fields {
            for source in field.sources {
                switch source {
                case .header(let header) where header == name: return field.column.mappingName
                case .path(let path) where localPath(path) == name: return field.column.mappingName
                default: continue
                }
            }
        }
        return name
    }

    /// An XML path without its namespace prefixes (`r:owner/@seq` → `owner/@seq`).
    static func localPath(_ path: String) -> String {
        path.split(separator: "/").map { step in
            guard let colon = step.lastIndex(of: ":") else { return String(step) }
            return (step.hasPrefix("@") ? "@" : "") + step[step.index(after: colon)...]
        }.joined(separator: "/")
    }

    /// The schemas' tables and columns, to show that nothing was dropped or altered.
    static func schemaShape(_ database: String) throws -> [[String?]] {
        try rows(
            """
            SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
             WHERE table_schema IN ('regsync', 'resident', 'vehicle', 'realestate', 'commercial')
             ORDER BY 1, 2, 3
            """, database: database)
    }

    /// Imports `records` of `layout` as `input` and checks every record's fate against the
    /// mapping's verdict, byte for byte; returns the run.
    @discardableResult
    static func importAndCheck(
        _ layout: Layout, _ records: [Record], input: String, database: String, in workspace: Workspace
    ) throws -> ImportRun {
        let mapping = try layout.mapping
        let expected = try expectations(layout, records, mapping: mapping)
        let shape = try schemaShape(database)
        let run = try runImport(
            layout.registry, [input], mapping: shippedMapping(layout.mappingName), database: database, in: workspace)
        #expect(run.status == 10, "\(run.stderr)")
        #expect(try schemaShape(database) == shape, "a table or column was dropped or altered")

        let loadedCount = expected.filter { if case .loaded = $0 { true } else { false } }.count
        let file = try #require(run.file, "\(run.stderr)")
        #expect(file.read == records.count)
        #expect(file.loaded == loadedCount)
        #expect(file.rejected == records.count - loadedCount)
        #expect(file.notLoaded == 0)
        #expect(file.read == file.loaded + file.rejected + file.notLoaded)

        // Rejects: one per refused record, at its line, with the mapping's reason and field.
        var rejects: [Int: [String]] = [:]
        for reject in try run.rejects(of: input).dropFirst() { rejects[Int(reject[1]) ?? -1] = reject }
        #expect(rejects.count == records.count - loadedCount)
        // Loaded: every mapped column, as text, byte for byte.
        let columns = mapping.fields.map(\.column.name)
        let table = mapping.target.name
        var stored: [String: [String?]] = [:]
        for row in try rows(
            "SELECT record_key, \(columns.map { "\($0)::text" }.joined(separator: ", ")) FROM \(table)",
            database: database)
        {
            stored[row[0] ?? ""] = Array(row.dropFirst())
        }
        #expect(stored.count == loadedCount)
        for (record, verdict) in zip(records, expected) {
            let what = record.hostileColumn.map { "line \(record.line), \(layout.columns[$0])" } ?? "sentinel"
            switch verdict {
            case .loaded(let key, let values):
                guard let row = stored[key] else {
                    Issue.record(
                        "\(what): not loaded (\(rejects[record.line]?.prefix(6).joined(separator: ",") ?? ""))")
                    continue
                }
                for (index, value) in values.enumerated()
                where Array((row[index] ?? "\u{1}").utf8) != Array((value ?? "\u{1}").utf8) {
                    Issue.record(
                        "\(what): \(columns[index]) stored differently (\(row[index]?.utf8.count ?? -1) bytes)")
                }
                #expect(rejects[record.line] == nil, "\(what): loaded and rejected")
            case .rejected(let reason, let field):
                guard let reject = rejects[record.line] else {
                    Issue.record("\(what): neither loaded nor rejected with \(reason)")
                    continue
                }
                #expect(reject[4] == reason && reject[3] == field, "\(what): \(reject.prefix(6))")
            }
        }
        // A trim-only text field stores the value as written, the hostile bytes included: an
        // independent check of the mapper's verdict.
        var asWritten = 0
        for (record, verdict) in zip(records, expected) {
            guard let column = record.hostileColumn, case .loaded(let key, _) = verdict, let row = stored[key] else {
                continue
            }
            let name = fieldName(of: column, layout, mapping)
            guard let index = mapping.fields.firstIndex(where: { $0.column.mappingName == name }),
                mapping.fields[index].column.kind == .text, mapping.fields[index].transforms.count == 1,
                case .trim = mapping.fields[index].transforms[0]
            else { continue }
            let written = WhiteSpace.trimmed(record.values[column])
            #expect(Array((row[index] ?? "").utf8) == Array(written.utf8), "line \(record.line): \(name)")
            asWritten += 1
        }
        #expect(asWritten >= 20, "hostile values stored as written: \(asWritten)")
        // The records after the end-of-data markers are there: the closing sentinel above all.
        if case .loaded(let key, _) = expected.last { #expect(stored[key] != nil, "the last record is loaded") }
        return run
    }

    /// Runs the keys stage (through `regsync match`) and checks every stored key against the
    /// normalisers run here on the stored values: what crossed COPY's text format unchanged.
    static func checkKeys(registry: String, table: String, database: String) throws {
        let match = try RegsyncBinary.run(["match", registry, "--database", database])
        #expect([0, 10].contains(match.status), "\(match.stderr)")
        let names = NameNormalizer()
        let addresses = AddressNormalizer()
        let keyRows = try rows(
            """
            SELECT t.owner_name, k.owner_name_key, t.owner_address, k.owner_address_key, k.owner_address_lg_code
              FROM \(table) t LEFT JOIN \(table)_keys k USING (record_key)
            """, database: database)
        #expect(
            keyRows.count == (try rows("SELECT count(*) FROM \(table)", database: database))[0][0].flatMap(Int.init))
        func bounded(_ key: String?) -> String? {
            guard let key, !key.isEmpty, key.utf8.count <= 1_024 else { return nil }
            return key
        }
        var compared = 0
        for row in keyRows {
            if let name = row[0], !name.isEmpty {
                let key = bounded(names.normalize(name, reading: nil).key)
                #expect(
                    Array((row[1] ?? "-").utf8) == Array((key ?? "-").utf8),
                    "name key of a \(name.utf8.count)-byte name")
                compared += 1
            }
            if let address = row[2], !address.isEmpty {
                let normalized = addresses.normalize(address)
                #expect(
                    Array((row[3] ?? "-").utf8) == Array((bounded(normalized.key) ?? "-").utf8),
                    "address key of a \(address.utf8.count)-byte address")
                #expect(row[4] == bounded(normalized.lgCode))
            }
        }
        #expect(compared > 0)
    }

    @Test("a CP932 vehicle ledger: each hostile value CP932 can hold, in every field, is data or a named reject")
    func vehicleCP932() throws {
        let database = try Self.database.get()
        try resetTargets(database)
        let workspace = try Workspace()
        let encoder = try TextEncoder(encoding: .cp932)
        let representable = Self.hostile.filter { (try? encoder.encode($0.value)) != nil }.map(\.value)
        #expect(representable.count >= 12, "the CP932 file carries most of them")
        var records = Self.records(Self.vehicle, values: representable)
        let input = try workspace.write("vehicles.csv", cp932: Self.csv(Self.vehicle, &records))
        let run = try Self.importAndCheck(Self.vehicle, records, input: input, database: database, in: workspace)
        // The 100 KB value is refused as too long, naming the field, its raw bytes kept.
        let hundred = Self.hostile.first { $0.name == "100 KB" }!.value
        let tooLong = try run.rejects(of: input).filter { $0[4] == "field_too_long" }
        #expect(
            tooLong.contains { $0[3] == "owner_name" && $0[6].contains(hundred) }, "\(tooLong.map { $0.prefix(6) })")
        let nul = try run.rejects(of: input).filter { $0[4] == "nul_byte" }
        #expect(nul.count == Self.vehicle.columns.count, "one NUL reject per field")
        #expect(nul.allSatisfy { $0[5].contains("PostgreSQL text cannot store a NUL") }, "\(nul.map { $0[5] })")
        try Self.checkKeys(registry: "vehicle", table: "vehicle.registration", database: database)
    }

    @Test(
        "a UTF-8 real-estate CSV: every hostile value, right-to-left and zero-width included, is data or a named reject"
    )
    func realEstateCSV() throws {
        let database = try Self.database.get()
        try resetTargets(database)
        let workspace = try Workspace()
        var records = Self.records(Self.realEstateCSV, values: Self.hostile.map(\.value))
        let input = try workspace.write("owners.csv", utf8: Self.csv(Self.realEstateCSV, &records))
        try Self.importAndCheck(Self.realEstateCSV, records, input: input, database: database, in: workspace)
        try Self.checkKeys(registry: "realestate", table: "realestate.owner", database: database)
    }

    @Test("a real-estate XML export: every hostile value XML can carry, in every element and attribute")
    func realEstateXML() throws {
        let database = try Self.database.get()
        try resetTargets(database)
        let workspace = try Workspace()
        let values = Self.hostile.map(\.value).filter { !$0.contains("\u{0}") }
        var records = Self.records(Self.realEstateXML, values: values)
        let input = try workspace.write("owners.xml", utf8: Self.xml(Self.realEstateXML, &records))
        try Self.importAndCheck(Self.realEstateXML, records, input: input, database: database, in: workspace)
    }

    @Test("a NUL in an XML document (which XML cannot carry) refuses the document: exit 65, nothing loaded")
    func nulInXML() throws {
        let database = try Self.database.get()
        try resetTargets(database)
        let workspace = try Workspace()
        var records = Self.records(Self.realEstateXML, values: [])
        let text = Self.xml(Self.realEstateXML, &records).replacingOccurrences(
            of: "<r:name>吉田　健太郎</r:name>", with: "<r:name>吉田&#0;健太郎</r:name>")
        let input = try workspace.write("owners.xml", utf8: text)
        let run = try runImport(
            "realestate", [input], mapping: shippedMapping("realestate-owners-xml"), database: database, in: workspace)
        #expect(run.status == 65, "\(run.stderr)")
        // Refused whole (`unusable_document` once a record before the NUL was read).
        #expect(["refused", "unusable_document"].contains(run.file?.status ?? ""), "\(run.stderr)")
        #expect(run.file?.loaded == 0)
        #expect(run.file?.reason?.contains("line 3") == true, "\(run.file?.reason ?? "no reason")")
        #expect(try rows("SELECT count(*) FROM realestate.owner", database: database) == [["0"]])
    }

    @Test("regsync normalize name and address take every hostile value: one JSON object per line, nothing else")
    func normalizers() throws {
        let lines = Self.hostile.map(\.value).filter { !$0.contains("\n") && !$0.contains("\u{0}") }
        for kind in ["name", "address"] {
            let result = try RegsyncBinary.run(["normalize", kind], input: lines.joined(separator: "\n") + "\n")
            #expect(result.status == 0, "\(result.stderr)")
            let output = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(output.count == lines.count)
            for line in output {
                #expect(
                    (try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "\(line.prefix(80))")
            }
        }
    }
}

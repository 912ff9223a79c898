import Testing

@testable import RegsyncImport

@Suite("Mapping validation names every problem by its YAML key path")
struct MappingValidationTests {
    /// A broken mapping, the key paths its problems must name, and a phrase of the message.
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let yaml: String
        let keyPaths: Set<String>
        let phrase: String
        var testDescription: String { label }
    }

    static let vehicleHead = """
        target: vehicle.registration
        source: {format: csv, encoding: cp932, header: true}
        key: chassis_number

        """

    static let cases: [Case] = [
        Case(
            label: "an unknown key with a suggestion",
            yaml: vehicleHead + """
                fields:
                  chassis_number:
                    column: 車台番号
                    transfroms: [trim]
                """,
            keyPaths: ["fields.chassis_number.transfroms"], phrase: "did you mean 'transforms'"),
        Case(
            label: "an unknown top-level key with a suggestion",
            yaml: vehicleHead + "descripton: x\nfields: {chassis_number: 車台番号}\n",
            keyPaths: ["descripton"], phrase: "did you mean 'description'"),
        Case(
            label: "a record limit that is not a positive number",
            yaml: """
                target: vehicle.registration
                source: {format: csv, max_quoted_lines: 0, max_record_bytes: lots}
                key: chassis_number
                fields: {chassis_number: 車台番号}
                """,
            keyPaths: ["source.max_quoted_lines", "source.max_record_bytes"], phrase: "must be a whole number from"),
        Case(
            label: "an unknown target",
            yaml: """
                target: vehicle.registrations
                source: {format: csv}
                key: chassis_number
                fields: {chassis_number: 車台番号}
                """,
            keyPaths: ["target"], phrase: "unknown target 'vehicle.registrations'"),
        Case(
            label: "an unknown canonical field",
            yaml: vehicleHead + "fields: {chassis_number: 車台番号, owner_nmae: 氏名}\n",
            keyPaths: ["fields.owner_nmae"], phrase: "is not a field of vehicle.registration"),
        Case(
            label: "an unknown transform",
            yaml: vehicleHead + "fields:\n  chassis_number: {column: 車台番号, transforms: [trim, upcase]}\n",
            keyPaths: ["fields.chassis_number.transforms[1]"], phrase: "unknown transform 'upcase'"),
        Case(
            label: "an unknown date format",
            yaml: vehicleHead + """
                fields:
                  chassis_number: 車台番号
                  registered_on: {column: 登録, transforms: [trim, {date: [iso, julian]}]}
                """,
            keyPaths: ["fields.registered_on.transforms[1].date"], phrase: "unknown date format 'julian'"),
        Case(
            label: "header names on a headerless CSV",
            yaml: """
                target: vehicle.registration
                source: {format: csv, header: false, columns: 3}
                key: chassis_number
                fields: {chassis_number: 1, owner_name: 所有者}
                """,
            keyPaths: ["fields.owner_name"], phrase: "no header row"),
        Case(
            label: "a position beyond source.columns",
            yaml: """
                target: vehicle.registration
                source: {format: csv, header: false, columns: 3}
                key: chassis_number
                fields:
                  chassis_number: 1
                  owner_name: {column: 4}
                """,
            keyPaths: ["fields.owner_name.column"], phrase: "beyond the 3 columns"),
        Case(
            label: "position 0",
            yaml: """
                target: vehicle.registration
                source: {format: csv, header: false, columns: 3}
                key: chassis_number
                fields: {chassis_number: 0}
                """,
            keyPaths: ["fields.chassis_number"], phrase: "start at 1"),
        Case(
            label: "a key field that is not mapped",
            yaml: """
                target: resident.address
                source: {format: csv}
                key: [resident_code, valid_from]
                fields: {resident_code: 住民票コード, address: 住所}
                """,
            keyPaths: ["key[1]"], phrase: "'valid_from' is not a mapped field"),
        Case(
            label: "a missing key",
            yaml: "target: vehicle.registration\nsource: {format: csv}\nfields: {chassis_number: 車台番号}\n",
            keyPaths: ["key"], phrase: "is required"),
        Case(
            label: "a required field of the target left unmapped",
            yaml: """
                target: resident.person
                source: {format: csv}
                key: resident_code
                fields: {resident_code: 住民票コード}
                """,
            keyPaths: ["fields"], phrase: "required field 'name' of resident.person is not mapped"),
        Case(
            label: "an unknown check digit kind",
            yaml: vehicleHead + """
                fields:
                  chassis_number: 車台番号
                  owner_corporate_number: {column: 法人番号, check_digit: corporate}
                """,
            keyPaths: ["fields.owner_corporate_number.check_digit"], phrase: "unknown identifier kind 'corporate'"),
        Case(
            label: "a pattern that is not a regular expression",
            yaml: vehicleHead + "fields:\n  chassis_number: {column: 車台番号, pattern: \"[A-Z0-9\"}\n",
            keyPaths: ["fields.chassis_number.pattern"], phrase: "not a valid regular expression"),
        Case(
            label: "a scope without a full snapshot",
            yaml: vehicleHead
                + "load: {snapshot: incremental, scope: [model]}\nfields: {chassis_number: 車台番号, model: 型式}\n",
            keyPaths: ["load.scope"], phrase: "full snapshots only"),
        Case(
            label: "a scope naming an unmapped field",
            yaml: vehicleHead + "load: {snapshot: full, scope: [model]}\nfields: {chassis_number: 車台番号}\n",
            keyPaths: ["load.scope"], phrase: "'model' is not a mapped field"),
        Case(
            label: "duplicates: newest without newest_by",
            yaml: vehicleHead + "load: {duplicates: newest}\nfields: {chassis_number: 車台番号}\n",
            keyPaths: ["load.newest_by"], phrase: "required when duplicates is 'newest'"),
        Case(
            label: "an unknown snapshot, duplicates and past_era_end policy",
            yaml: vehicleHead
                + "load: {snapshot: all, duplicates: first, past_era_end: ignore}\nfields: {chassis_number: 車台番号}\n",
            keyPaths: ["load.snapshot", "load.duplicates", "load.past_era_end"], phrase: "use "),
        Case(
            label: "apply_if and remove_if on unmapped fields",
            yaml: vehicleHead
                + "load: {apply_if: {latest: [\"1\"]}, remove_if: {process: [\"99\"]}}\nfields: {chassis_number: 車台番号}\n",
            keyPaths: ["load.apply_if.latest", "load.remove_if.process"], phrase: "is not a mapped field"),
        Case(
            label: "a namespace prefix of the record path that is not declared",
            yaml: """
                target: realestate.owner
                source: {format: xml, record: r:entries/r:entry}
                key: property_number
                fields: {property_number: "@propertyNumber", owner_name: r:owner/r:name}
                """,
            keyPaths: ["source.record", "fields.owner_name"], phrase: "namespace prefix 'r' is not declared"),
        Case(
            label: "a namespace prefix of a field path that is not declared",
            yaml: """
                target: realestate.owner
                source: {format: xml, record: r:entries/r:entry, namespaces: {r: "urn:x"}}
                key: property_number
                fields: {property_number: "@propertyNumber", owner_name: q:owner/r:name}
                """,
            keyPaths: ["fields.owner_name"], phrase: "namespace prefix 'q' is not declared"),
        Case(
            label: "record and field path steps with an empty prefix",
            yaml: """
                target: realestate.owner
                source: {format: xml, record: ":"}
                key: property_number
                fields: {property_number: ":x/@:y"}
                """,
            keyPaths: ["source.record", "fields.property_number"], phrase: "namespace prefix '' is not declared"),
        Case(
            label: "an XML source without a record path",
            yaml:
                "target: realestate.owner\nsource: {format: xml}\nkey: property_number\nfields: {property_number: p}\n",
            keyPaths: ["source.record"], phrase: "is required"),
        Case(
            label: "CSV dialect keys on an XML source and XML keys on a CSV source",
            yaml: """
                target: realestate.owner
                source: {format: csv, record: a/b, namespaces: {r: "urn:x"}}
                key: property_number
                fields: {property_number: p}
                """,
            keyPaths: ["source.record", "source.namespaces"], phrase: "applies to XML sources only"),
        Case(
            label: "an unknown encoding and format",
            yaml: vehicleHead.replacingOccurrences(
                of: "format: csv, encoding: cp932", with: "format: tsv, encoding: latin1")
                + "fields: {chassis_number: 車台番号}\n",
            keyPaths: ["source.encoding", "source.format"], phrase: "unknown"),
        Case(
            label: "a delimiter of two characters",
            yaml: vehicleHead.replacingOccurrences(of: "header: true", with: "delimiter: \";;\"")
                + "fields: {chassis_number: 車台番号}\n",
            keyPaths: ["source.delimiter"], phrase: "single ASCII character"),
        Case(
            label: "a code transform naming no code table",
            yaml: """
                target: resident.person
                source: {format: csv}
                key: resident_code
                fields:
                  resident_code: 住民票コード
                  name: 氏名
                  sex: {column: 性別, transforms: [trim, {code: gender}]}
                """,
            keyPaths: ["fields.sex.transforms[1].code"], phrase: "no code table 'gender'"),
        Case(
            label: "a code table with an unknown policy for unknown codes",
            yaml: """
                target: resident.person
                source: {format: csv}
                key: resident_code
                codes: {sex: {map: {"1": male}, unknown: ignore}}
                fields: {resident_code: 住民票コード, name: 氏名}
                """,
            keyPaths: ["codes.sex.unknown"], phrase: "use reject, keep or null"),
        Case(
            label: "a zero_pad width of 0 and a split_name part that does not exist",
            yaml: vehicleHead + """
                fields:
                  chassis_number: {column: 車台番号, transforms: [{zero_pad: 0}]}
                  owner_name: {column: 氏名, transforms: [{split_name: middle}]}
                """,
            keyPaths: ["fields.chassis_number.transforms[0].zero_pad", "fields.owner_name.transforms[0].split_name"],
            phrase: ""),
        Case(
            label: "a field with both a column and a constant",
            yaml: vehicleHead + "fields:\n  chassis_number: {column: 車台番号, value: X}\n",
            keyPaths: ["fields.chassis_number"], phrase: "exactly one of 'column', 'columns' or 'value'"),
        Case(
            label: "a length that is not a number",
            yaml: vehicleHead + "fields:\n  chassis_number: {column: 車台番号, length: {min: four}}\n",
            keyPaths: ["fields.chassis_number.length.min"], phrase: "whole number"),
    ]

    @Test("a broken mapping is refused naming the key path of its problem", arguments: cases)
    func reportsKeyPath(_ example: Case) {
        let found = problems(example.yaml)
        #expect(!found.isEmpty, "the mapping was accepted")
        #expect(Set(found.map(\.keyPath)) == example.keyPaths, "\(found)")
        if !example.phrase.isEmpty {
            #expect(found.contains { $0.message.contains(example.phrase) }, "\(found)")
        }
    }

    @Test("field paths may use declared prefixes and the predefined xml prefix")
    func predefinedXMLPrefix() throws {
        let file = try mapping(
            """
            target: realestate.owner
            source: {format: xml, record: r:entries/r:entry, namespaces: {r: "urn:x"}}
            key: property_number
            fields: {property_number: "@r:number", owner_name: r:owner/r:name, owner_name_kana: "r:owner/@xml:lang"}
            """)
        #expect(file.fields.count == 3)
    }

    @Test("problems name the line of the YAML they are on")
    func namesLines() {
        let found = problems(
            """
            target: vehicle.registration
            source: {format: csv}
            key: chassis_number
            fields:
              chassis_number:
                column: 車台番号
                transforms: [trim, upcase]
            """)
        #expect(found.map(\.line) == [7])
        #expect(found.first?.description.hasPrefix("line 7: fields.chassis_number.transforms[1]: ") == true)
    }

    @Test("every problem of one file is reported at once")
    func reportsAllProblems() {
        let found = problems(
            """
            mapping: many-problems
            target: vehicle.registration
            source:
              format: csv
              encoding: latin1
              header: false
              columns: 3
            load:
              snapshot: incremental
              scope: [model]
              duplicates: newest
            key: [chassis_number, frame]
            fields:
              chassis_number:
                column: 1
                transforms: [trim, upcase]
                pattern: "[A-Z"
                check_digit: corporate
              model: {column: 7}
              owner_name: 所有者
              registered_on: {column: 2, transforms: [{date: [julian]}]}
              colour: 3
            """)
        let expected: Set<String> = [
            "source.encoding", "load.scope", "load.newest_by", "key[1]", "fields.chassis_number.transforms[1]",
            "fields.chassis_number.pattern", "fields.chassis_number.check_digit", "fields.model.column",
            "fields.owner_name", "fields.registered_on.transforms[0].date", "fields.colour",
        ]
        #expect(Set(found.map(\.keyPath)) == expected, "\(found.map(\.description).joined(separator: "\n"))")
    }

    @Test("MappingFile.load reports an unreadable file and a file that is not UTF-8")
    func unreadableFiles() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: MappingError.self) { try MappingFile.load(path: directory.path + "/missing.yaml") }
        let latin1 = try directory.file("latin1.yaml", [0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x3A, 0x20, 0xE9, 0x0A])
        do {
            _ = try MappingFile.load(path: latin1)
            Issue.record("a file that is not UTF-8 was accepted")
        } catch {
            #expect(error.problems.map(\.message) == ["the file is not UTF-8"])
        }
    }

    @Test("a header without a mapped column is a mapping problem naming the field's key path")
    func headerWithoutColumn() throws {
        let file = try mapping(
            """
            target: vehicle.registration
            source: {format: csv}
            key: chassis_number
            fields:
              chassis_number: 車台番号
              owner_name: 所有者の氏名又は名称
              owner_address: 所有者の住所
            """)
        do {
            _ = try RecordMapper(mapping: file, header: ["車台番号", "所有者の住所"], hasher: nil)
            Issue.record("a header without 所有者の氏名又は名称 was accepted")
        } catch {
            #expect(error.problems.map(\.keyPath) == ["fields.owner_name"])
            #expect(error.problems.first?.message.contains("所有者の氏名又は名称") == true)
        }
    }

    @Test("a keyed pseudonym without a key is refused before any record is read")
    func keyedHashNeedsKey() throws {
        let file = try MappingFile.load(path: packageRoot + "/mappings/resident-persons.yaml")
        #expect(file.needsKey)
        let header = ["住民票コード", "氏名", "氏名カナ", "旧氏", "生年月日", "性別", "住民状態", "支援措置", "個人番号", "世帯番号", "住民となった日"]
        #expect(throws: MappingError.self) { try RecordMapper(mapping: file, header: header, hasher: nil) }
        let hasher = try #require(KeyedHasher(keyBytes: Array(repeating: 7, count: 16)))
        #expect(throws: Never.self) { try RecordMapper(mapping: file, header: header, hasher: hasher) }
    }
}

@Suite("mapping check reports every problem in one pass")
struct MappingAllProblemsTests {
    @Test("an unknown target, format and encoding do not hide the problems of the fields, key and load")
    func brokenHeadDoesNotHideFields() {
        let found = problems(
            """
            target: vehicle.registrationz
            source: {format: csvv, encoding: latin1}
            load: {snapshot: full, newest_by: [no_such_field]}
            key: [chassis_number, missing_key_field]
            fields:
              chassis_number: {column: 車台番号, transforms: [trim, upcase]}
              registered_on: {column: 登録, transforms: [{date: [iso, julian]}]}
              owner_name: {column: 氏名, pattern: "([a-z"}
            """)
        let keyPaths = Set(found.map(\.keyPath))
        #expect(keyPaths.contains("target"))
        #expect(keyPaths.contains { $0.hasPrefix("source") })
        #expect(keyPaths.contains("fields.chassis_number.transforms[1]"), "\(found)")
        #expect(keyPaths.contains { $0.hasPrefix("fields.registered_on.transforms") }, "\(found)")
        #expect(keyPaths.contains { $0.hasPrefix("fields.owner_name.pattern") }, "\(found)")
        #expect(keyPaths.contains { $0.hasPrefix("key") }, "\(found)")
        #expect(found.count >= 6, "\(found)")
    }

    @Test("with an unknown target, field names are not judged (no false 'not a field' problems)")
    func noFalseFieldProblems() {
        let found = problems(
            """
            target: nowhere.table
            source: {format: csv, encoding: utf-8, header: true}
            key: code
            fields: {code: コード, name: 名前}
            """)
        #expect(found.map(\.keyPath) == ["target"], "\(found)")
    }
}

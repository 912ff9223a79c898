import Foundation
import RegsyncCore
import RegsyncText
import Testing

@testable import RegsyncImport

/// CP932 bytes of `text` (which must be encodable).
func cp932(_ text: String) throws -> [UInt8] {
    try TextEncoder(encoding: .cp932).encode(text)
}

@Suite("CSV import source on real bytes")
struct CSVImportSourceTests {
    static let vehicleCP932 = """
        target: vehicle.registration
        source: {format: csv, encoding: cp932, header: true}
        key: chassis_number
        fields:
          chassis_number: {column: 車台番号, transforms: [trim, fold_width, upper, remove_spaces]}
          owner_name: 所有者の氏名又は名称
          owner_address: 所有者の住所
        """

    static let vehicleUTF8 = vehicleCP932.replacingOccurrences(of: "cp932", with: "utf-8")

    static let header = "車台番号,所有者の氏名又は名称,所有者の住所\r\n"

    /// Every record read is a row or a reject.
    func expectReconciles(_ run: SourceRun, read expected: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.read == expected, sourceLocation: sourceLocation)
        #expect(run.read == run.rows.count + run.rejects.count, sourceLocation: sourceLocation)
        #expect(
            !run.allValues.contains("\u{FFFD}"), "a replacement character was loaded", sourceLocation: sourceLocation)
    }

    @Test("a CP932 file with NEC and IBM extension characters decodes exactly")
    func cp932Extensions() throws {
        let directory = try TemporaryDirectory()
        let text = Self.header + "ABC-1001,㈱髙﨑商事①,東京都千代田区Ⅲ丁目～１\r\nabc-1002,髙橋　﨑,大阪府\r\n"
        let (run, file) = try readCSV(try cp932(text), Self.vehicleCP932, in: directory)
        expectReconciles(run, read: 2)
        #expect(run.rejects.isEmpty)
        #expect(run.values("chassis_number", in: file) == ["ABC-1001", "ABC-1002"])
        #expect(run.values("owner_name", in: file) == ["㈱髙﨑商事①", "髙橋　﨑"])
        #expect(run.values("owner_address", in: file) == ["東京都千代田区Ⅲ丁目～１", "大阪府"])
        #expect(run.rows.map(\.line) == [2, 3])
    }

    @Test("an invalid CP932 byte rejects its record as encoding, naming the line and the byte")
    func invalidCP932Byte() throws {
        let directory = try TemporaryDirectory()
        var bytes = try cp932(Self.header + "ABC-1001,山田,東京都\r\n")
        bytes += Array("ABC-1002,".utf8) + (try cp932("山")) + [0x81, 0x20] + (try cp932("田,東京都\r\n"))
        bytes += try cp932("ABC-1003,鈴木,\u{FF5E}\r\n")
        bytes += Array("ABC-1004,".utf8) + [0xA0] + Array(",x\r\n".utf8)
        let (run, file) = try readCSV(bytes, Self.vehicleCP932, in: directory)
        expectReconciles(run, read: 4)
        #expect(run.rows.map(\.line) == [2, 4])
        #expect(run.values("owner_address", in: file) == ["東京都", "～"])
        #expect(run.rejects.map(\.reason) == [.encoding, .encoding])
        #expect(run.rejects.map(\.location.line) == [3, 5])
        #expect(run.rejects.map(\.location.field) == ["owner_name", "owner_name"])
        let message = try #require(run.rejects.first?.message)
        #expect(message.contains("byte 3"), "\(message)")
        #expect(message.contains("line 3"), "\(message)")
        #expect(message.contains("81"), "\(message)")
        // The raw bytes are kept exactly for the reject file.
        #expect(run.rejects[0].raw.contains(0x81))
    }

    @Test("a quote still open at the end of the file rejects its own line as malformed; the lines after it load")
    func quoteOpenAtEOF() throws {
        let directory = try TemporaryDirectory()
        let text = Self.header + "ABC-1001,山田,東京都\r\nABC-1002,\"鈴木,大阪府\r\nABC-1003,佐藤,京都府\r\n"
        let (run, _) = try readCSV(try cp932(text), Self.vehicleCP932, in: directory)
        expectReconciles(run, read: 3)
        #expect(run.rows.map(\.line) == [2, 4])
        #expect(run.rejects.first?.raw == (try cp932("ABC-1002,\"鈴木,大阪府")))
        #expect(run.rejects.map(\.reason) == [.malformed])
        #expect(run.rejects.first?.location.line == 3)
        #expect(run.rejects.first?.message.contains("not closed") == true)
    }

    @Test("a record with too few or too many fields is rejected as ragged_row; empty lines are skipped")
    func raggedRows() throws {
        let directory = try TemporaryDirectory()
        let text = Self.header + "ABC-1001,山田\nABC-1002,鈴木,大阪府\nABC-1003,佐藤,京都府,余分\n\nABC-1005\n"
        let (run, _) = try readCSV(Array(text.utf8), Self.vehicleUTF8, in: directory)
        expectReconciles(run, read: 4)
        #expect(run.rows.map(\.line) == [3])
        #expect(run.rejects.map(\.reason) == [.raggedRow, .raggedRow, .raggedRow])
        // The empty line 5 is skipped but counted.
        #expect(run.rejects.map(\.location.line) == [2, 4, 6])
        #expect(run.rejects.first?.message == "the record has 2 fields, 3 expected")
    }

    @Test("a NUL byte rejects its record, naming the field that holds it")
    func nulByte() throws {
        let directory = try TemporaryDirectory()
        let bytes =
            Array((Self.header + "ABC-1001,山\u{0}田,東京都\nABC-1002,鈴木,大阪府\n").utf8)
        let (run, file) = try readCSV(bytes, Self.vehicleUTF8, in: directory)
        expectReconciles(run, read: 2)
        #expect(run.rejects.map(\.reason) == [.nulByte])
        #expect(run.rejects.first?.location.line == 2)
        #expect(run.rejects.first?.location.column == 13)
        #expect(run.rejects.first?.location.field == "owner_name")
        #expect(run.rejects.first?.message.contains("NUL") == true)
        #expect(run.rejects.first?.message.contains("in owner_name") == true)
        #expect(run.values("owner_name", in: file) == ["鈴木"])
        #expect(!run.allValues.contains("\u{0}"))
    }

    @Test("a field of 1 MB loads whole when the mapping allows records that large, and is rejected by default")
    func largeField() throws {
        let directory = try TemporaryDirectory()
        let large = String(repeating: "東京都千代田区", count: 1 << 20 / 21 + 1)
        #expect(large.utf8.count > 1 << 20)
        let text = Self.header + "ABC-1001,山田,\"\(large)\"\nABC-1002,鈴木,大阪府\n"
        let allowing = Self.vehicleUTF8.replacingOccurrences(
            of: "header: true}", with: "header: true, max_record_bytes: 4194304, max_field_bytes: 2097152}")
        let (run, file) = try readCSV(Array(text.utf8), allowing, in: directory)
        expectReconciles(run, read: 2)
        #expect(run.values("owner_address", in: file) == [large, "大阪府"])
        let (refused, _) = try readCSV(Array(text.utf8), Self.vehicleUTF8, in: directory)
        expectReconciles(refused, read: 2)
        #expect(refused.rejects.map(\.reason) == [.tooLarge])
        #expect(refused.rejects.first?.isRawTruncated == true)
        #expect(refused.rejects.first?.raw.count == 1 << 20)
    }

    @Test(
        "lone CR, CRLF and LF end records and count lines",
        arguments: ["\r", "\r\n", "\n"])
    func lineEnds(terminator: String) throws {
        let directory = try TemporaryDirectory()
        let lines = ["車台番号,所有者の氏名又は名称,所有者の住所", "ABC-1001,山田,東京都", "ABC-1002,鈴木,大阪府", "x,佐藤"]
        let (run, file) = try readCSV(
            Array(lines.joined(separator: terminator).utf8) + Array(terminator.utf8), Self.vehicleUTF8, in: directory)
        expectReconciles(run, read: 3)
        #expect(run.rows.map(\.line) == [2, 3])
        #expect(run.values("owner_address", in: file) == ["東京都", "大阪府"])
        #expect(run.rejects.map(\.location.line) == [4])
    }

    @Test("a UTF-8 byte order mark is skipped: the first header column still matches")
    func utf8BOM() throws {
        let directory = try TemporaryDirectory()
        let (run, file) = try readCSV(
            [0xEF, 0xBB, 0xBF] + Array((Self.header + "ABC-1001,山田,東京都\n").utf8), Self.vehicleUTF8, in: directory)
        expectReconciles(run, read: 1)
        #expect(run.values("chassis_number", in: file) == ["ABC-1001"])
    }

    @Test("a UTF-8 byte order mark on a file the mapping declares CP932 refuses the file")
    func bomOnCP932() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("bom.csv", [0xEF, 0xBB, 0xBF] + Array((Self.header + "ABC-1001,山田,東京都\n").utf8))
        let file = try mapping(Self.vehicleCP932)
        guard case .csv(let spec) = file.source.format else { return }
        do {
            _ = try CSVImportSource(path: path, displayName: "bom.csv", spec: spec, encoding: .cp932)
            Issue.record("the file was accepted")
        } catch ImportFailure.refused(let failedPath, let reason) {
            #expect(failedPath == path)
            #expect(reason.contains("byte order mark"), "\(reason)")
            #expect(ImportFailure.refused(path: path, reason: reason).outcome == .inputUnusable)
        }
    }

    @Test("a headerless UTF-8 file with a byte order mark reads its first field without the mark")
    func bomHeaderless() throws {
        let directory = try TemporaryDirectory()
        let yaml = """
            target: vehicle.registration
            source: {format: csv, header: false, columns: 2}
            key: chassis_number
            fields: {chassis_number: 1, owner_name: 2}
            """
        let (run, file) = try readCSV([0xEF, 0xBB, 0xBF] + Array("ABC-1001,山田\n".utf8), yaml, in: directory)
        expectReconciles(run, read: 1)
        #expect(run.values("chassis_number", in: file) == ["ABC-1001"])
    }

    @Test("a header without a mapped column is a mapping error naming the field's key path")
    func headerMissingColumn() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("h.csv", try cp932("車台番号,所有者の住所\r\nABC-1001,東京都\r\n"))
        let file = try mapping(Self.vehicleCP932)
        guard case .csv(let spec) = file.source.format else { return }
        let source = try CSVImportSource(path: path, displayName: "h.csv", spec: spec, encoding: .cp932)
        #expect(source.header == ["車台番号", "所有者の住所"])
        do {
            _ = try RecordMapper(mapping: file, header: source.header, hasher: nil)
            Issue.record("the header was accepted")
        } catch {
            #expect(error.problems.map(\.keyPath) == ["fields.owner_name"])
            #expect(error.outcome == .configuration)
        }
    }

    @Test("a header in another encoding than the mapping's makes the file unreadable")
    func headerInWrongEncoding() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("h.csv", try cp932(Self.header))
        let file = try mapping(Self.vehicleUTF8)
        guard case .csv(let spec) = file.source.format else { return }
        #expect(throws: ImportFailure.self) {
            try CSVImportSource(path: path, displayName: "h.csv", spec: spec, encoding: .utf8)
        }
    }

    @Test("quoted newlines advance the physical line numbers of later records")
    func quotedNewlines() throws {
        let directory = try TemporaryDirectory()
        let text =
            Self.header + "ABC-1001,山田,\"東京都\r\n千代田区\r\n霞が関\"\r\nABC-1002,\"鈴木\n一郎\",大阪府\r\n"
            + "!,佐藤,京都府\r\nABC-1004,\"田中\",\"\"\r\n"
        let yaml = Self.vehicleCP932.replacingOccurrences(
            of: "remove_spaces]}", with: "remove_spaces], pattern: \"[A-Z0-9-]+\"}")
        let (run, file) = try readCSV(try cp932(text), yaml, in: directory)
        expectReconciles(run, read: 4)
        #expect(run.rows.map(\.line) == [2, 5, 8])
        #expect(run.values("owner_address", in: file) == ["東京都\r\n千代田区\r\n霞が関", "大阪府", nil])
        #expect(run.rejects.map(\.location.line) == [7])
        #expect(run.rejects.map(\.reason) == [.pattern])
        #expect(run.rejects.first?.raw == (try cp932("!,佐藤,京都府")), "the raw record, without its line break")
    }

    @Test("rawRecords finds records again by their start line, with their exact bytes")
    func rawRecordsByLine() throws {
        let directory = try TemporaryDirectory()
        let text = Self.header + "ABC-1001,山田,\"東京都\n千代田区\"\nABC-1002,鈴木,大阪府\n"
        let bytes = try cp932(text)
        let path = try directory.file("r.csv", bytes)
        let file = try mapping(Self.vehicleCP932)
        guard case .csv(let spec) = file.source.format else { return }
        let source = try CSVImportSource(path: path, displayName: "r.csv", spec: spec, encoding: .cp932)
        let mapper = try RecordMapper(mapping: file, header: source.header, hasher: nil)
        let raws = try source.rawRecords(at: [2, 4], with: mapper, protects: { flagged, _ in flagged })
        #expect(raws[2] == (try cp932("ABC-1001,山田,\"東京都\n千代田区\"")))
        #expect(raws[4] == (try cp932("ABC-1002,鈴木,大阪府")))
    }

    @Test("a rejected record whose person protects is masked in its address columns only")
    func maskedReject() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file(
            "m.csv", try cp932(Self.header + "!!,鈴木,\"大阪府秘密町,1\"\r\n\"AB,1\",山田,東京都\r\n\"?\",山田,東京都\r\n"))
        let file = try mapping(
            Self.vehicleCP932.replacingOccurrences(
                of: "remove_spaces]}", with: "remove_spaces], pattern: \"[A-Z0-9,-]+\"}"))
        guard case .csv(let spec) = file.source.format else { return }
        let source = try CSVImportSource(path: path, displayName: "m.csv", spec: spec, encoding: .cp932)
        let mapper = try RecordMapper(mapping: file, header: source.header, hasher: nil)
        var rejects: [Reject] = []
        try source.read(with: mapper, protects: { _, partial in partial.contains("鈴木") }) { outcome in
            if case .rejected(let reject) = outcome { rejects.append(reject) }
            return true
        }
        try #require(rejects.count == 2)
        #expect(rejects[0].protected)
        #expect(rejects[0].raw == (try cp932("!!,鈴木,***")))
        #expect(!rejects[1].protected)
        #expect(rejects[1].raw == (try cp932("\"?\",山田,東京都")))
    }

    @Test("a ragged or malformed record that may hold a protected person's address has its raw bytes withheld")
    func unattributableRecords() throws {
        let directory = try TemporaryDirectory()
        let text = Self.header + "ABC-1,鈴木,大阪府秘密町,余分\r\nABC-2,\"山田\",\"京都府\"x\r\nABC-3,佐藤,東京都\r\n"
        let path = try directory.file("u.csv", try cp932(text))
        let file = try mapping(Self.vehicleCP932)
        guard case .csv(let spec) = file.source.format else { return }
        let source = try CSVImportSource(path: path, displayName: "u.csv", spec: spec, encoding: .cp932)
        let mapper = try RecordMapper(mapping: file, header: source.header, hasher: nil)
        for unknownIsProtected in [true, false] {
            var rejects: [Reject] = []
            var rows = 0
            try source.read(
                with: mapper,
                protects: { flagged, partial in flagged || (unknownIsProtected && partial.allSatisfy { $0 == nil }) }
            ) {
                switch $0 {
                case .rejected(let reject): rejects.append(reject)
                case .row: rows += 1
                }
                return true
            }
            #expect(rows == 1)
            try #require(rejects.map(\.reason) == [.raggedRow, .malformed])
            if unknownIsProtected {
                #expect(rejects.allSatisfy { $0.raw.isEmpty && $0.protected })
                #expect(rejects.allSatisfy { $0.message.contains("withheld") })
            } else {
                #expect(rejects[0].raw == (try cp932("ABC-1,鈴木,大阪府秘密町,余分")))
            }
        }
    }

    @Test("an EUC-JP resident change feed through the shipped mapping: codes, readings and extension characters")
    func eucJPEvents() throws {
        let directory = try TemporaryDirectory()
        let text = """
            異動番号,住民票コード,異動事由,異動日,処理日,新住所,新方書,新郵便番号,新全国地方公共団体コード,新氏名,新氏名カナ,取消対象異動番号
            Ｅ－０００１,12345678901,転入,令和2年4月1日,令和2年4月3日,東京都千代田区霞が関①,,100-0013,131016,髙橋　一郎,たかはし　いちろう,
            E-0002,12345678901,異動の取消し,R2.4.5,令和2年4月5日,,,,,,,Ｅ－０００１
            E-0003,12345678901,出生,令和2年4月5日,,,,,,,,

            """
        let bytes = try TextEncoder(encoding: .eucJP).encode(text)
        let path = try directory.file("events.csv", bytes)
        let file = try MappingFile.load(path: packageRoot + "/mappings/resident-events.yaml")
        guard case .csv(let spec) = file.source.format else { return }
        let source = try CSVImportSource(path: path, displayName: "events.csv", spec: spec, encoding: .eucJP)
        let run = readAll(source, try RecordMapper(mapping: file, header: source.header, hasher: nil))
        expectReconciles(run, read: 3)
        #expect(run.values("event_id", in: file) == ["E-0001", "E-0002"])
        #expect(run.values("kind", in: file) == ["move_in", "cancellation"])
        #expect(run.values("effective_date", in: file) == ["2020-04-01", "2020-04-05"])
        #expect(run.values("address", in: file) == ["東京都千代田区霞が関①", nil])
        #expect(run.values("name", in: file) == ["髙橋　一郎", nil])
        #expect(run.values("name_kana", in: file) == ["タカハシ イチロウ", nil])
        #expect(run.values("cancels_event_id", in: file) == [nil, "E-0001"])
        #expect(run.rejects.map(\.reason) == [.code])
        #expect(run.rejects.map(\.location.field) == ["kind"])
    }
}

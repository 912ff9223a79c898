import Foundation
import RegsyncCore
import RegsyncTestSupport
import Testing

@Suite("regsync import: a legacy CP932 vehicle file end to end", .serialized)
struct ImportCommandTests {
    static let database = Result { try makeInitializedDatabase("import") }
    static let mapping = shippedMapping("vehicle-legacy-cp932")

    static let header =
        "自動車登録番号,車台番号,車名,型式,初度登録年月日,登録年月日,所有者の氏名又は名称,所有者の住所,"
        + "所有者住所記録年月日,所有者法人番号,使用者の氏名又は名称,使用者の住所,使用の本拠の位置\r\n"

    /// Six records: three load, and lines 4, 5 and 6 are rejected (an impossible date, a
    /// chassis number outside the pattern, a wrong corporate check digit).
    static let firstSnapshot =
        header
        + "品川 300 あ 12-34,ABC-1001,トヨタ,ＤＢＡ－ＺＲＥ１２０,平成元年1月8日,令和2年3月4日,㈱髙﨑商事,"
        + "東京都千代田区霞が関①,H1.1.8,7000012050002,山田　太郎,東京都港区,東京都港区\r\n"
        + "品川 300 あ 12-35,abc-1002,日産,ABC,S45.3.12,令和2年3月5日,鈴木　一郎,大阪府大阪市北区～,,,,,\r\n"
        + "品川 300 あ 12-36,ABC-1003,日産,ABC,,平成2年2月30日,佐藤,京都府,,,,,\r\n"
        + "品川 300 あ 12-37,!!,日産,ABC,,令和2年3月5日,田中,京都府,,,,,\r\n"
        + "品川 300 あ 12-38,ABC-1005,日産,ABC,,令和2年3月5日,㈱高橋,京都府,,7000012050003,,,\r\n"
        + "品川 300 あ 12-39,ABC-1006,ホンダ,XYZ,,令和3年4月5日,伊藤,福岡県,,,,,\r\n"

    func reset() throws -> String {
        let database = try Self.database.get()
        try resetTargets(database)
        return database
    }

    @Test("a file with rejects loads the rest, exits 10, reconciles and writes a private reject file")
    func firstImport() throws {
        let database = try reset()
        let workspace = try Workspace()
        let input = try workspace.write("vehicles.csv", cp932: Self.firstSnapshot)
        let run = try runImport("vehicle", [input], mapping: Self.mapping, database: database, in: workspace)
        #expect(run.status == 10, "\(run.stderr)")
        let file = try #require(run.file, "\(run.stderr)")
        #expect(file.read == 6)
        #expect(file.loaded == 3)
        #expect(file.rejected == 3)
        #expect(file.read == file.loaded + file.rejected)
        #expect(file.inserted == 3)
        #expect(run.summary?.counts["rejected"] == 3)
        #expect(run.summary?.outcome == .attention)

        let rejects = try run.rejects(of: input)
        #expect(rejects.first == ["file", "line", "column", "field", "reason", "message", "raw"])
        #expect(rejects.dropFirst().map { $0[1] } == ["4", "5", "6"])
        #expect(rejects.dropFirst().map { $0[3] } == ["registered_on", "chassis_number", "owner_corporate_number"])
        #expect(rejects.dropFirst().map { $0[4] } == ["date", "pattern", "check_digit"])
        #expect(rejects.dropFirst().allSatisfy { $0[0] == input })
        #expect(rejects.count > 3 && rejects[3][6].hasPrefix("品川 300 あ 12-38,ABC-1005"), "the raw record, decoded")
        #expect(try mode(run.rejectFile(of: input)) == 0o600)

        let stored = try rows(
            "SELECT chassis_number, owner_name, owner_address, registered_on::text, first_registered_on::text, model "
                + "FROM vehicle.registration ORDER BY 1", database: database)
        #expect(stored.map { $0[0] } == ["ABC-1001", "ABC-1002", "ABC-1006"])
        #expect(stored.first == ["ABC-1001", "㈱髙﨑商事", "東京都千代田区霞が関①", "2020-03-04", "1989-01-08", "DBA-ZRE120"])
        #expect(stored[1][2] == "大阪府大阪市北区～")
        let ledger = try rows(
            "SELECT rows_read, rows_loaded, rows_rejected FROM regsync.imported_file", database: database)
        #expect(ledger == [["6", "3", "3"]])
        #expect(try rows("SELECT count(*) FROM regsync.reject", database: database) == [["3"]])
    }

    @Test("the same content again changes nothing and says it was already imported, with the earlier outcome")
    func sameFileAgain() throws {
        let database = try reset()
        let workspace = try Workspace()
        let input = try workspace.write("vehicles.csv", cp932: Self.firstSnapshot)
        let first = try runImport("vehicle", [input], mapping: Self.mapping, database: database, in: workspace)
        #expect(first.status == 10)
        let before = try allText(of: "vehicle.registration", database: database)
        let copy = try workspace.write("copy-of-vehicles.csv", cp932: Self.firstSnapshot)
        let again = try runImport("vehicle", [copy], mapping: Self.mapping, database: database, in: workspace)
        // The content was first imported with 3 rejects: not clean now either (issue 11, A10).
        #expect(again.status == 10, "\(again.stderr)")
        #expect(again.summary?.outcome == .attention)
        #expect(again.file?.status == "already_imported")
        let earlier = "3 rejected, outcome attention, run \(first.summary?.runID ?? "?")"
        #expect(again.summary?.notes.contains { $0.contains("already imported") && $0.contains(earlier) } == true)
        #expect(again.file?.reason?.contains(earlier) == true, "\(String(describing: again.file))")
        #expect(again.stderr.contains("already imported"), "the operator sees it without --summary")
        #expect(again.stderr.contains("attention"), "\(again.stderr)")
        #expect(try allText(of: "vehicle.registration", database: database) == before)
        #expect(try rows("SELECT count(*) FROM regsync.imported_file", database: database) == [["1"]])
        #expect(!FileManager.default.fileExists(atPath: again.rejectFile(of: copy)))
    }

    @Test("a newer snapshot reports one record inserted, one updated, one unchanged and one removed")
    func newerSnapshot() throws {
        let database = try reset()
        let workspace = try Workspace()
        let clean =
            Self.header
            + "品川 300 あ 12-34,ABC-1001,トヨタ,X,,令和2年3月4日,山田,東京都,,,,,\r\n"
            + "品川 300 あ 12-35,ABC-1002,日産,X,,令和2年3月5日,鈴木,大阪府,,,,,\r\n"
            + "品川 300 あ 12-39,ABC-1006,ホンダ,X,,令和3年4月5日,伊藤,福岡県,,,,,\r\n"
        let first = try runImport(
            "vehicle", [try workspace.write("v1.csv", cp932: clean)], mapping: Self.mapping, database: database,
            in: workspace)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.file?.inserted == 3)
        let newer =
            Self.header
            + "品川 300 あ 12-34,ABC-1001,トヨタ,X,,令和2年3月4日,山田,東京都,,,,,\r\n"
            + "品川 300 あ 12-35,ABC-1002,日産,X,,令和2年3月5日,鈴木,大阪府堺市,,,,,\r\n"
            + "品川 300 あ 12-40,ABC-1007,マツダ,X,,令和4年5月6日,渡辺,愛知県,,,,,\r\n"
        let second = try runImport(
            "vehicle", [try workspace.write("v2.csv", cp932: newer)], mapping: Self.mapping, database: database,
            in: workspace)
        #expect(second.status == 0, "\(second.stderr)")
        let file = try #require(second.file)
        #expect([file.inserted, file.updated, file.unchanged, file.removed] as [Int] == [1, 1, 1, 1])
        #expect(file.read == 3 && file.loaded == 3)
        let stored = try rows(
            "SELECT chassis_number, owner_address, removed_at IS NOT NULL FROM vehicle.registration ORDER BY 1",
            database: database)
        #expect(
            stored == [
                ["ABC-1001", "東京都", "f"], ["ABC-1002", "大阪府堺市", "f"], ["ABC-1006", "福岡県", "t"],
                ["ABC-1007", "愛知県", "f"],
            ])
    }

    @Test("a full snapshot with rejects removes nothing: an unreadable record has not left")
    func snapshotWithRejectsRemovesNothing() throws {
        let database = try reset()
        let workspace = try Workspace()
        let first = try runImport(
            "vehicle", [try workspace.write("v1.csv", cp932: Self.firstSnapshot)], mapping: Self.mapping,
            database: database, in: workspace)
        #expect(first.status == 10)
        let newer =
            Self.header + "品川 300 あ 12-34,ABC-1001,トヨタ,X,,令和2年3月4日,山田,東京都,,,,,\r\n"
            + "品川 300 あ 12-35,ABC-1002,日産,X,,令和2年3月32日,鈴木,大阪府,,,,,\r\n"
        let second = try runImport(
            "vehicle", [try workspace.write("v2.csv", cp932: newer)], mapping: Self.mapping, database: database,
            in: workspace)
        #expect(second.status == 10)
        #expect(second.file?.removed == 0)
        #expect(
            try rows("SELECT count(*) FROM vehicle.registration WHERE removed_at IS NOT NULL", database: database) == [
                ["0"]
            ])
        #expect(second.summary?.notes.contains { $0.contains("not marked removed") } == true)
    }

    @Test("two files of one snapshot with the same name keep separate reject files")
    func sameNameInTwoFolders() throws {
        let database = try reset()
        let workspace = try Workspace()
        try FileManager.default.createDirectory(atPath: workspace.path + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: workspace.path + "/b", withIntermediateDirectories: true)
        let first = try workspace.write(
            "a/vehicles.csv", cp932: Self.header + "品川 300 あ 1,ABC-1,X,X,,令和2年2月30日,山田,東京都,,,,,\r\n")
        let second = try workspace.write(
            "b/vehicles.csv", cp932: Self.header + "品川 300 あ 2,ABC-2,X,X,,令和2年2月31日,鈴木,大阪府,,,,,\r\n")
        let run = try runImport("vehicle", [first, second], mapping: Self.mapping, database: database, in: workspace)
        #expect(run.status == 10, "\(run.stderr)")
        let files = run.summary?.files ?? []
        try #require(files.count == 2)
        let rejectFiles = files.compactMap(\.rejectFile)
        #expect(Set(rejectFiles).count == 2, "\(rejectFiles)")
        for (file, input) in zip(files, [first, second]) {
            let text = try String(contentsOfFile: try #require(file.rejectFile), encoding: .utf8)
            let records = parseCSV(text).dropFirst()
            #expect(records.map { $0[0] } == [input])
        }
    }

    @Test("an empty full snapshot (header only) marks nothing removed and says so")
    func emptySnapshotRemovesNothing() throws {
        let database = try reset()
        let workspace = try Workspace()
        let first = try workspace.write("vehicles.csv", cp932: Self.firstSnapshot)
        #expect(
            try runImport("vehicle", [first], mapping: Self.mapping, database: database, in: workspace).status == 10)
        let empty = try workspace.write("vehicles-empty.csv", cp932: Self.header)
        let run = try runImport("vehicle", [empty], mapping: Self.mapping, database: database, in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.summary?.counts["removed"] == 0)
        #expect(run.summary?.notes.contains { $0.contains("empty full snapshot") } == true)
        #expect(
            try rows("SELECT count(*) FROM vehicle.registration WHERE removed_at IS NOT NULL", database: database)
                == [["0"]])
    }

    @Test(
        "--max-rejects: beyond the limit nothing of the file is loaded and the exit is 65",
        arguments: [("1", 65), ("2", 65), ("3", 10), ("40%", 65), ("50%", 10), ("100%", 10)] as [(String, Int32)])
    func maxRejects(limit: String, status: Int32) throws {
        let database = try reset()
        let workspace = try Workspace()
        let input = try workspace.write("vehicles.csv", cp932: Self.firstSnapshot)
        let run = try runImport(
            "vehicle", [input], mapping: Self.mapping, database: database, in: workspace,
            options: ["--max-rejects", limit])
        #expect(run.status == status, "\(run.stderr)")
        let loaded = try rows("SELECT count(*) FROM vehicle.registration", database: database)
        let file = try #require(run.file)
        if status == 65 {
            #expect(loaded == [["0"]])
            #expect(file.status == "aborted_too_many_rejects")
            #expect(file.loaded == 0)
            #expect(file.reconciles, "read = loaded + rejected + not loaded")
            #expect(file.notLoaded > 0)
            #expect(try rows("SELECT count(*) FROM regsync.imported_file", database: database) == [["0"]])
            #expect(FileManager.default.fileExists(atPath: run.rejectFile(of: input)), "the rejects are still written")
        } else {
            #expect(loaded == [["3"]])
            #expect(file.read == 6 && file.loaded == 3 && file.rejected == 3)
        }
    }

    @Test("a mapping of another registry's table is a usage error (64)")
    func wrongRegistry() throws {
        let workspace = try Workspace()
        let input = try workspace.write("vehicles.csv", cp932: Self.firstSnapshot)
        let database = try reset()
        let run = try runImport("resident", [input], mapping: Self.mapping, database: database, in: workspace)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("vehicle.registration"))
        #expect(try rows("SELECT count(*) FROM regsync.imported_file", database: database) == [["0"]])
    }

    @Test("an unknown registry is a usage error (64)")
    func unknownRegistry() throws {
        let workspace = try Workspace()
        let input = try workspace.write("vehicles.csv", cp932: Self.firstSnapshot)
        let run = try runImport(
            "cars", [input], mapping: Self.mapping, database: try Self.database.get(), in: workspace)
        #expect(run.status == 64)
    }

    @Test("a mapping with an unknown key is a configuration error (78) naming the key path")
    func unknownMappingKey() throws {
        let workspace = try Workspace()
        let text = try String(contentsOfFile: Self.mapping, encoding: .utf8)
            .replacingOccurrences(
                of: "    transforms: [trim, era_date]\n    required: true",
                with: "    transforms: [trim, era_date]\n    requird: true")
        #expect(text.contains("requird"))
        let mapping = try workspace.write("broken.yaml", utf8: text)
        let input = try workspace.write("vehicles.csv", cp932: Self.firstSnapshot)
        let run = try runImport("vehicle", [input], mapping: mapping, database: try Self.database.get(), in: workspace)
        #expect(run.status == 78, "\(run.stderr)")
        #expect(run.stderr.contains("fields.registered_on.requird"), "\(run.stderr)")
        #expect(run.stderr.contains("did you mean 'required'"))
    }

    @Test("a header without a mapped column is a configuration error (78) naming the field")
    func headerWithoutColumn() throws {
        let workspace = try Workspace()
        let text = Self.firstSnapshot.replacingOccurrences(of: "所有者の住所,", with: "住所,")
        let input = try workspace.write("vehicles.csv", cp932: text)
        let run = try runImport(
            "vehicle", [input], mapping: Self.mapping, database: try Self.database.get(), in: workspace)
        #expect(run.status == 78, "\(run.stderr)")
        #expect(run.stderr.contains("fields.owner_address"), "\(run.stderr)")
    }

    @Test("a missing input file is unusable input (65) and nothing is loaded")
    func missingFile() throws {
        let database = try reset()
        let workspace = try Workspace()
        let run = try runImport(
            "vehicle", [workspace.path + "/no-such-file.csv"], mapping: Self.mapping, database: database, in: workspace)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.file?.status == "unreadable")
        #expect(try rows("SELECT count(*) FROM regsync.imported_file", database: database) == [["0"]])
    }

    @Test("a UTF-8 file given to the CP932 mapping is unusable (65): its header is not CP932")
    func wrongEncoding() throws {
        let database = try reset()
        let workspace = try Workspace()
        let input = try workspace.write("vehicles.csv", [0xEF, 0xBB, 0xBF] + Array(Self.firstSnapshot.utf8))
        let run = try runImport("vehicle", [input], mapping: Self.mapping, database: database, in: workspace)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(try rows("SELECT count(*) FROM vehicle.registration", database: database) == [["0"]])
    }
}

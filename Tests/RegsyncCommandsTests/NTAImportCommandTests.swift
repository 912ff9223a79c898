import Foundation
import RegsyncCore
import RegsyncTestSupport
import Testing

/// One corporation of the NTA bulk data.
struct NTACorporation {
    var sequence: Int
    var number: String
    var process = "01"
    var correct = "0"
    var updated = "2024-01-10"
    var name: String
    var prefectureCode: String
    var prefecture: String
    var city: String
    var street: String
    var latest = "1"

    /// The 30 columns of the CSV variants, text quoted as the NTA does.
    var csvLine: String {
        let fields = [
            "\(sequence)", number, process, correct, updated, updated, "\"\(name)\"", "", "301", "\"\(prefecture)\"",
            "\"\(city)\"", "\"\(street)\"", "", prefectureCode, "101", "1000013", "", "", "", "", "", "", updated,
            latest, "", "", "", "", "\"\(name)\"", "0",
        ]
        precondition(fields.count == 30)
        return fields.joined(separator: ",") + "\r\n"
    }

    var xmlElement: String {
        """
        <corporation><sequenceNumber>\(sequence)</sequenceNumber><corporateNumber>\(number)</corporateNumber>\
        <process>\(process)</process><correct>\(correct)</correct><updateDate>\(updated)</updateDate>\
        <changeDate>\(updated)</changeDate><name>\(name)</name><nameImageId/><kind>301</kind>\
        <prefectureName>\(prefecture)</prefectureName><cityName>\(city)</cityName><streetNumber>\(street)</streetNumber>\
        <addressImageId/><prefectureCode>\(prefectureCode)</prefectureCode><cityCode>101</cityCode>\
        <postCode>0600001</postCode><addressOutside/><addressOutsideImageId/><closeDate/><closeCause/>\
        <successorCorporateNumber/><changeCause/><assignmentDate>\(updated)</assignmentDate><latest>\(latest)</latest>\
        <enName/><enPrefectureName/><enCityName/><enAddressOutside/><furigana>\(name)</furigana><hihyoji>0</hihyoji>\
        </corporation>

        """
    }
}

@Suite("regsync import: National Tax Agency corporate-number data end to end", .serialized)
struct NTAImportCommandTests {
    static let database = Result { try makeInitializedDatabase("nta") }

    static let tokyo = [
        NTACorporation(
            sequence: 1, number: "7000012050002", name: "株式会社髙﨑", prefectureCode: "13", prefecture: "東京都",
            city: "千代田区", street: "霞が関１丁目１－１"),
        NTACorporation(
            sequence: 2, number: "9130301000099", name: "有限会社東京", prefectureCode: "13", prefecture: "東京都",
            city: "港区", street: "芝公園４丁目２－８"),
    ]
    static let osaka = [
        NTACorporation(
            sequence: 1, number: "2270301000001", name: "大阪商事株式会社", prefectureCode: "27", prefecture: "大阪府",
            city: "大阪市北区", street: "梅田１丁目"),
        NTACorporation(
            sequence: 2, number: "1270301000002", name: "合同会社なにわ", prefectureCode: "27", prefecture: "大阪府",
            city: "堺市堺区", street: "南瓦町３－１"),
    ]
    static let hokkaido = [
        NTACorporation(
            sequence: 1, number: "3010301000001", name: "札幌＆小樽株式会社", prefectureCode: "01", prefecture: "北海道",
            city: "札幌市中央区", street: "北一条西２丁目"),
        NTACorporation(
            sequence: 2, number: "2010301000002", name: "株式会社＜函館＞", prefectureCode: "01", prefecture: "北海道",
            city: "函館市", street: "東雲町４－１３"),
    ]

    func reset() throws -> String {
        let database = try Self.database.get()
        try resetTargets(database)
        return database
    }

    func names(_ database: String) throws -> [[String?]] {
        try rows(
            "SELECT corporate_number, name, address, prefecture_code, latest::text, removed_at IS NOT NULL "
                + "FROM commercial.corporation ORDER BY 1", database: database)
    }

    @Test("the Shift_JIS full set (CP932, no header, 30 columns) loads")
    func shiftJIS() throws {
        let database = try reset()
        let workspace = try Workspace()
        let input = try workspace.write("13_tokyo_all.csv", cp932: Self.tokyo.map(\.csvLine).joined())
        let run = try runImport(
            "commercial", [input], mapping: shippedMapping("commercial-nta-sjis"), database: database, in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.file?.inserted == 2)
        #expect(
            try names(database) == [
                ["7000012050002", "株式会社髙﨑", "東京都千代田区霞が関１丁目１－１", "13", "true", "f"],
                ["9130301000099", "有限会社東京", "東京都港区芝公園４丁目２－８", "13", "true", "f"],
            ])
    }

    @Test("the Unicode full set with a byte order mark loads, and a prefecture's file removes nothing elsewhere")
    func unicodeWithBOM() throws {
        let database = try reset()
        let workspace = try Workspace()
        let tokyo = try workspace.write("13_tokyo_all.csv", cp932: Self.tokyo.map(\.csvLine).joined())
        #expect(
            try runImport(
                "commercial", [tokyo], mapping: shippedMapping("commercial-nta-sjis"), database: database, in: workspace
            )
            .status == 0)
        let osaka = try workspace.write(
            "27_osaka_all.csv", [0xEF, 0xBB, 0xBF] + Array(Self.osaka.map(\.csvLine).joined().utf8))
        let run = try runImport(
            "commercial", [osaka], mapping: shippedMapping("commercial-nta-unicode"), database: database, in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.file?.inserted == 2)
        #expect(run.file?.removed == 0, "Tokyo is outside the scope of Osaka's file")
        let stored = try names(database)
        #expect(stored.count == 4)
        #expect(stored.allSatisfy { $0[5] == "f" })
        #expect(stored.first { $0[0] == "2270301000001" }?[1] == "大阪商事株式会社")

        // Next month Osaka's file lacks one corporation: only that one is removed.
        let nextMonth = try workspace.write(
            "27_osaka_all_next.csv", [0xEF, 0xBB, 0xBF] + Array(Self.osaka[0].csvLine.utf8))
        let next = try runImport(
            "commercial", [nextMonth], mapping: shippedMapping("commercial-nta-unicode"), database: database,
            in: workspace)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.file?.removed == 1)
        #expect(try names(database).filter { $0[5] == "t" }.map { $0[0] } == ["1270301000002"])
    }

    @Test("the XML full set loads, escaped characters included")
    func xml() throws {
        let database = try reset()
        let workspace = try Workspace()
        let body = Self.hokkaido.map {
            var corporation = $0
            corporation.name = corporation.name.replacingOccurrences(of: "＆", with: "&amp;")
                .replacingOccurrences(of: "＜", with: "&lt;").replacingOccurrences(of: "＞", with: "&gt;")
            return corporation.xmlElement
        }.joined()
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <corporations>
            <lastUpdateDate>2024-01-31</lastUpdateDate>
            <count>2</count>
            <divideNumber>1</divideNumber>
            <divideSize>1</divideSize>
            \(body)</corporations>

            """
        let input = try workspace.write("01_hokkaido_all.xml", utf8: document)
        let run = try runImport(
            "commercial", [input], mapping: shippedMapping("commercial-nta-xml"), database: database, in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.file?.read == 2)
        #expect(
            try names(database) == [
                ["2010301000002", "株式会社<函館>", "北海道函館市東雲町４－１３", "01", "true", "f"],
                ["3010301000001", "札幌&小樽株式会社", "北海道札幌市中央区北一条西２丁目", "01", "true", "f"],
            ])
    }

    @Test("a truncated XML full set loads nothing and exits 65")
    func truncatedXML() throws {
        let database = try reset()
        let workspace = try Workspace()
        let document = "<?xml version=\"1.0\"?>\n<corporations>\n" + Self.hokkaido[0].xmlElement + "<corporation><seq"
        let input = try workspace.write("01_hokkaido_all.xml", utf8: document)
        let run = try runImport(
            "commercial", [input], mapping: shippedMapping("commercial-nta-xml"), database: database, in: workspace)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.file?.status == "unusable_document")
        #expect(run.file?.loaded == 0)
        #expect(try rows("SELECT count(*) FROM commercial.corporation", database: database) == [["0"]])
        #expect(try rows("SELECT count(*) FROM regsync.imported_file", database: database) == [["0"]])
    }

    @Test("the daily diff is applied by process code: latest non-correction rows only, newest wins, 99 removes")
    func diff() throws {
        let database = try reset()
        let workspace = try Workspace()
        let tokyo = try workspace.write("13_tokyo_all.csv", cp932: Self.tokyo.map(\.csvLine).joined())
        #expect(
            try runImport(
                "commercial", [tokyo], mapping: shippedMapping("commercial-nta-sjis"), database: database, in: workspace
            )
            .status == 0)
        var renamedOld = Self.tokyo[0]
        (renamedOld.sequence, renamedOld.process, renamedOld.updated, renamedOld.name, renamedOld.latest) =
            (1, "11", "2024-02-01", "株式会社髙﨑（旧）", "0")
        var renamed = Self.tokyo[0]
        (renamed.sequence, renamed.process, renamed.updated, renamed.name) = (2, "11", "2024-02-01", "株式会社髙﨑ホールディングス")
        var deleted = Self.tokyo[1]
        (deleted.sequence, deleted.process, deleted.updated) = (3, "99", "2024-02-01")
        var new = Self.osaka[0]
        (new.sequence, new.process, new.updated) = (4, "01", "2024-02-01")
        var moved = new
        (moved.sequence, moved.process, moved.updated, moved.street) = (5, "12", "2024-02-02", "中之島２丁目")
        var correction = Self.hokkaido[0]
        (correction.sequence, correction.process, correction.updated, correction.correct) = (6, "11", "2024-02-02", "1")
        let diff = try workspace.write(
            "diff_20240202.csv",
            utf8: [renamedOld, renamed, deleted, moved, new, correction].map(\.csvLine).joined())
        let run = try runImport(
            "commercial", [diff], mapping: shippedMapping("commercial-nta-diff"), database: database, in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        let file = try #require(run.file)
        #expect(file.read == 6 && file.loaded == 6 && file.rejected == 0)
        #expect([file.inserted, file.updated, file.removed] as [Int] == [1, 1, 1])
        #expect(
            try names(database) == [
                ["2270301000001", "大阪商事株式会社", "大阪府大阪市北区中之島２丁目", "27", "true", "f"],
                ["7000012050002", "株式会社髙﨑ホールディングス", "東京都千代田区霞が関１丁目１－１", "13", "true", "f"],
                ["9130301000099", "有限会社東京", "東京都港区芝公園４丁目２－８", "13", "true", "t"],
            ])
        #expect(run.summary?.notes.contains { $0.contains("superseded") } == true)
    }

    @Test("records on one line: each duplicate is counted and rejected, none is lost from the accounting")
    func recordsOnOneLine() throws {
        let database = try reset()
        let workspace = try Workspace()
        var second = Self.hokkaido[0]
        second.name = "二度目"
        var third = Self.hokkaido[0]
        third.name = "三度目"
        let body = [Self.hokkaido[0], second, third, Self.hokkaido[1]].map(\.xmlElement).joined()
            .replacingOccurrences(of: "\n", with: "")
        let input = try workspace.write("01_hokkaido_all.xml", utf8: "<corporations>\(body)</corporations>")
        let run = try runImport(
            "commercial", [input], mapping: shippedMapping("commercial-nta-xml"), database: database, in: workspace)
        #expect(run.status == 10, "\(run.stderr)")
        let file = try #require(run.file)
        #expect(file.read == 4)
        #expect(file.loaded == 2)
        #expect(file.rejected == 2)
        #expect(try run.rejects(of: input).dropFirst().map { $0[4] } == ["duplicate_key", "duplicate_key"])
        #expect(try rows("SELECT count(*) FROM commercial.corporation", database: database) == [["2"]])
    }

    @Test("rows that apply_if supersedes count as loaded on the direct path as on the staging path")
    func supersededRowsAreLoaded() throws {
        let database = try reset()
        let workspace = try Workspace()
        // The diff's semantics with duplicates rejected: an empty target takes the direct path.
        let yaml = try String(contentsOfFile: shippedMapping("commercial-nta-diff"), encoding: .utf8)
            .replacingOccurrences(of: "  duplicates: newest\n  newest_by: [update_date, sequence_number]\n", with: "")
        #expect(!yaml.contains("newest_by"))
        let mapping = try workspace.write("diff-rejecting-duplicates.yaml", utf8: yaml)
        var old = Self.tokyo[0]
        old.latest = "0"
        var deleted = Self.osaka[0]
        deleted.process = "99"
        let lines = [old, Self.tokyo[1], deleted].map(\.csvLine).joined()
        for attempt in ["empty target (direct path)", "second load (staging path)"] {
            let input = try workspace.write(
                "diff-\(attempt.count).csv", utf8: lines + (attempt.hasPrefix("second") ? "\r\n" : ""))
            let run = try runImport("commercial", [input], mapping: mapping, database: database, in: workspace)
            #expect(run.status == 0, "\(attempt): \(run.stderr)")
            let file = try #require(run.file)
            #expect(file.read == 3, "\(attempt)")
            #expect(file.loaded == 3, "\(attempt)")
            #expect(file.rejected == 0, "\(attempt)")
            #expect(file.read == file.loaded + file.rejected, "\(attempt)")
            #expect(
                try rows("SELECT corporate_number FROM commercial.corporation", database: database) == [
                    ["9130301000099"]
                ])
        }
    }
}

import Foundation
import RegsyncTestSupport
import Testing

@Suite("normalize end to end")
struct NormalizeCommandTests {
    static func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test("line N of the output answers line N of the input, blank and unparseable lines included")
    func addressLinesInOrder() throws {
        let input = "東京都千代田区霞が関１－３－１\n\n意味のない文字列\r\n千代田区霞ヶ関1-3-1\n"
        let result = try RegsyncBinary.run(["normalize", "address"], input: input)
        #expect(result.status == 0)
        let objects = try Self.objects(result.stdout)
        #expect(objects.count == 4)
        #expect(objects[0]["town"] as? String == "霞が関")
        #expect(objects[0]["lg_code"] as? String == "131016")
        #expect((objects[1]["warnings"] as? [Any])?.isEmpty == false)
        #expect((objects[2]["warnings"] as? [Any])?.isEmpty == false)
        #expect(objects[0]["key"] as? String == objects[3]["key"] as? String)
        for key in ["prefecture", "municipality", "lg_code", "town", "chome", "ban", "go", "rest", "key", "warnings"] {
            #expect(objects[2].keys.contains(key), "every object carries \(key)")
        }
    }

    @Test("names with optional readings; CP932 input; undecodable bytes yield a warning object, not a gap")
    func names() throws {
        let result = try RegsyncBinary.run(["normalize", "name"], input: "髙橋　一郎\tタカハシ イチロウ\n㈱山田商店\n")
        #expect(result.status == 0)
        let objects = try Self.objects(result.stdout)
        #expect(objects.count == 2)
        #expect(objects[0]["key"] as? String == "高橋一郎")
        #expect(objects[0]["entity"] as? Bool == false)
        #expect(objects[1]["entity"] as? Bool == true)
        // 高橋 in CP932, then a line with 0xFF, which is never valid CP932.
        let cp932 = try RegsyncBinary.run(
            ["normalize", "name", "--encoding", "cp932"], inputBytes: [0x8D, 0x82, 0x8B, 0xB4, 0x0A, 0xFF, 0x0A])
        #expect(cp932.status == 0)
        let decoded = try Self.objects(cp932.stdout)
        #expect(decoded.count == 2)
        #expect(decoded[0]["key"] as? String == "高橋")
        let warnings = decoded[1]["warnings"] as? [[String: Any]]
        #expect(warnings?.first?["code"] as? String == "unreadable_input")
    }
}

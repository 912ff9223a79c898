import Foundation
import Testing

@testable import RegsyncReport

@Suite("report renderers: CSV, character differences, protected addresses")
struct ReportRenderingTests {
    @Test("CSV quotes what needs quoting and reads back what it wrote, BOM or not")
    func csvRoundTrip() {
        var table = CSVTable(header: ["a", "b"])
        table.append(["山田, 太郎", "say \"hi\"\nbye"])
        table.append(["", "x"])
        for bom in [false, true] {
            let text = table.text(bom: bom)
            #expect(text.hasPrefix("\u{FEFF}") == bom)
            let parsed = CSVTable.parse(text)
            #expect(parsed.header == ["a", "b"])
            #expect(parsed.rows == [["山田, 太郎", "say \"hi\"\nbye"], ["", "x"]])
        }
    }

    @Test("the links report has exactly the issue's columns")
    func linksColumns() {
        let text = LinksReport.csv([
            LinksReport.Row(
                recordKey: "A|1", personRole: "owner", residentCode: "12345678901", decision: "link", matchWeight: 12.5,
                matchProbability: 0.9998, reason: "above_threshold")
        ])
        let lines = text.split(separator: "\r\n")
        #expect(lines[0] == "record_key,person_role,resident_code,decision,match_weight,match_probability,reason")
        #expect(lines[1] == "A|1,owner,12345678901,link,12.500000,0.999800,above_threshold")
    }

    @Test("differences are marked on both sides, and text is escaped")
    func marking() {
        let (a, b) = HTMLSupport.marked("髙橋 太郎", "高橋 大郎")
        #expect(a == "<mark>髙</mark>橋 <mark>太</mark>郎")
        #expect(b == "<mark>高</mark>橋 <mark>大</mark>郎")
        #expect(HTMLSupport.marked("<b>", "<i>").0 == "&lt;<mark>b</mark>&gt;")
    }

    @Test("the HTML page shows the pairs and never a protected resident's address")
    func htmlPage() throws {
        let report = ReviewReport(
            registry: "vehicle", generatedAt: "2026-12-03T00:00:00Z", counts: ["link": 5, "review": 1, "no-link": 2],
            histogram: [.init(low: 0, count: 3), .init(low: 5, count: 4)],
            items: [
                ReviewReport.Item(
                    recordKey: "ABC-1", role: "owner", reason: "household_lookalike", weight: 3, probability: 0.88,
                    ledger: .init(
                        name: "山田 太朗", reading: nil, address: "東京都千代田区霞が関1-3-1", recordedOn: "2020-01-01",
                        birthDate: nil),
                    candidates: [
                        ReviewReport.Candidate(
                            rank: 1, residentCode: "11111111111", name: "山田　太郎", reading: "ヤマダ　タロウ", formerSurname: nil,
                            birthDate: "1960-04-01", status: "在住", protected: true, weight: 3, probability: 0.88,
                            steps: [
                                .init(comparison: "prior", level: "", weight: -20),
                                .init(comparison: "surname", level: "exact", weight: 12),
                            ],
                            addresses: [.init(text: ReviewReport.protectedLabel, from: nil, to: nil)], household: [],
                            rules: "address")
                    ])
            ], omitted: 0)
        let html = try report.html()
        #expect(html.contains("ABC-1"))
        #expect(html.contains("11111111111"))
        #expect(html.contains("（支援措置対象）"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("http://") || !html.contains("<link"))
        #expect(!html.contains("<script"))
    }
}

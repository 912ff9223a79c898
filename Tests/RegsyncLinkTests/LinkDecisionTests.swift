import Testing

@testable import RegsyncLink

/// The decisions registries depend on: a wrong link writes someone else's address into a
/// legal register, so every look-alike case must go to review rather than to the wrong person.
@Suite("link decisions: households, twins, former surnames, short histories, namesakes")
struct LinkDecisionTests {
    typealias R = LinkFixture.Resident
    typealias L = LinkFixture.Ledger

    static let kasumigaseki = "東京都千代田区霞が関一丁目3番1号"
    static let nishishinjuku = "東京都新宿区西新宿二丁目8番1号"
    static let nakanoshima = "大阪府大阪市北区中之島一丁目3番20号"

    /// A household: father and son with similar given names, living together.
    static let yamada = [
        R(
            code: "11111111111", name: "山田　太郎", reading: "ヤマダ　タロウ", birth: "1960-04-01", household: "H1",
            addresses: [(kasumigaseki, "1990-01-01", "")]),
        R(
            code: "22222222222", name: "山田　太一", reading: "ヤマダ　タイチ", birth: "1990-07-07", household: "H1",
            addresses: [(kasumigaseki, "1990-07-07", "")]),
    ]

    @Test("the right member of a household links; the look-alike sibling does not")
    func householdMember() async throws {
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"), ledger: [L(key: "v1", name: "山田 太郎", address: "東京都千代田区霞が関1-3-1")],
            residents: Self.yamada)
        #expect(result["v1"]?.decision == .link)
        #expect(result["v1"]?.code == "11111111111")
    }

    @Test("a given name one typo away from two household members goes to review, never to either")
    func householdTypo() async throws {
        // 太朗 is one character from 太郎 and from 太一: the ledger cannot tell father from son.
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"), ledger: [L(key: "v1", name: "山田 太朗", address: Self.kasumigaseki)],
            residents: Self.yamada)
        #expect(result["v1"]?.decision == .review)
        #expect(result["v1"]?.code == nil)
    }

    @Test("a member absent from the register is not replaced by a look-alike relative")
    func absentMember() async throws {
        // The grandfather 山田 太吉 owns the car; only his son and grandson are residents.
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"), ledger: [L(key: "v1", name: "山田 太吉", address: Self.kasumigaseki)],
            residents: Self.yamada)
        #expect(result["v1"]?.decision != .link)
    }

    static let twins = [
        R(
            code: "33333333331", name: "佐藤　優花", reading: "サトウ　ユウカ", birth: "2001-05-05", household: "H2",
            addresses: [(nishishinjuku, "2001-05-05", "")]),
        R(
            code: "33333333332", name: "佐藤　優香", reading: "サトウ　ユウカ", birth: "2001-05-05", household: "H2",
            addresses: [(nishishinjuku, "2001-05-05", "")]),
    ]

    @Test("twins whose names read the same: a kana-only ledger goes to review")
    func twinsByReading() async throws {
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"), ledger: [L(key: "v1", name: "サトウ ユウカ", address: Self.nishishinjuku)],
            residents: Self.twins)
        #expect(result["v1"]?.decision == .review)
    }

    @Test("twins: the kanji of the given name tell them apart")
    func twinsByKanji() async throws {
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"), ledger: [L(key: "v1", name: "佐藤 優香", address: Self.nishishinjuku)],
            residents: Self.twins)
        #expect(result["v1"]?.decision == .link)
        #expect(result["v1"]?.code == "33333333332")
    }

    @Test("a ledger written before a marriage matches through the former surname (旧氏)")
    func formerSurname() async throws {
        let resident = R(
            code: "44444444444", name: "田中　花子", former: ["鈴木"], birth: "1985-02-02", household: "H3",
            addresses: [(Self.nakanoshima, "2005-01-01", "2015-06-01"), (Self.nishishinjuku, "2015-06-01", "")])
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("realestate"),
            ledger: [L(key: "r1", name: "鈴木　花子", address: "大阪市北区中之島1丁目3-20", recorded: "2010-03-03")],
            residents: [resident])
        #expect(result["r1"]?.decision == .link)
        #expect(result["r1"]?.code == "44444444444")
    }

    static let movedOften = R(
        code: "55555555555", name: "勅使河原　鷹之進", birth: "1970-10-10", household: "H4",
        // The extract keeps only the current and the previous address.
        addresses: [(nakanoshima, "2012-01-01", "2020-01-01"), (nishishinjuku, "2020-01-01", "")])

    @Test("an address older than the extract keeps: name and municipality alone go to review")
    func truncatedHistoryWithoutBirthDate() async throws {
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"),
            ledger: [L(key: "v1", name: "勅使河原 鷹之進", address: "神奈川県横浜市中区日本大通1番地", recorded: "2005-05-05")],
            residents: [Self.movedOften])
        #expect(result["v1"]?.decision == .review)
        #expect(result["v1"]?.reason == .noAnchor)
    }

    @Test("an address older than the extract keeps, with the same birth date: the birth date anchors the link")
    func truncatedHistoryWithBirthDate() async throws {
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("commercial"),
            ledger: [
                L(key: "c1", name: "勅使河原 鷹之進", birth: "1970-10-10", address: "神奈川県横浜市中区日本大通1番地", recorded: "2005-05-05")
            ],
            residents: [Self.movedOften])
        #expect(result["c1"]?.decision == .link)
        #expect(result["c1"]?.code == "55555555555")
    }

    @Test("a ledger that kept an address the resident has left still links (moved, not filed)")
    func movedNotFiled() async throws {
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"),
            ledger: [L(key: "v1", name: "勅使河原　鷹之進", address: "大阪府大阪市北区中之島1-3-20", recorded: "2015-01-01")],
            residents: [Self.movedOften])
        #expect(result["v1"]?.decision == .link)
    }

    static let namesakes = [
        R(
            code: "66666666661", name: "高橋　健一", birth: "1975-01-01", household: "H5",
            addresses: [("東京都新宿区西新宿三丁目7番1号", "2000-01-01", "")]),
        R(
            code: "66666666662", name: "高橋　健一", birth: "1982-08-08", household: "H6",
            addresses: [("東京都新宿区西新宿六丁目5番1号", "2000-01-01", "")]),
    ]

    @Test("namesakes in one municipality: the address decides; without it, review")
    func namesakes() async throws {
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"),
            ledger: [
                L(key: "v1", name: "髙橋 健一", address: "東京都新宿区西新宿六丁目5-1"),
                L(key: "v2", name: "高橋 健一", address: "東京都新宿区西新宿一丁目1番1号"),
            ],
            residents: Self.namesakes)
        #expect(result["v1"]?.decision == .link)
        #expect(result["v1"]?.code == "66666666662")
        #expect(result["v2"]?.decision == .review)
        #expect(result["v2"]?.code == nil)
    }

    @Test("a legal entity never links to a resident")
    func legalEntity() async throws {
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"), ledger: [L(key: "v1", name: "株式会社山田商店", address: Self.kasumigaseki)],
            residents: Self.yamada)
        #expect(result["v1"]?.decision == .noLink)
        #expect(result["v1"]?.reason == .legalEntity)
    }

    @Test("a person the register does not hold is not linked")
    func notInRegister() async throws {
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"), ledger: [L(key: "v1", name: "東海林 さだお", address: Self.nakanoshima)],
            residents: Self.yamada)
        #expect(result["v1"]?.decision == .noLink)
    }

    @Test("steward decisions win: a confirmed pair links, a rejected pair is never a candidate")
    func stewards() async throws {
        let ledger = [
            L(key: "v1", name: "山田 太朗", address: Self.kasumigaseki),
            L(key: "v2", name: "山田 太郎", address: Self.kasumigaseki),
        ]
        let result = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"), ledger: ledger, residents: Self.yamada,
            confirmed: ["v1": "22222222222"], rejected: ["v2": ["11111111111"]])
        #expect(result["v1"]?.decision == .link)
        #expect(result["v1"]?.reason == .stewardConfirmed)
        #expect(result["v1"]?.code == "22222222222")
        #expect(result["v2"]?.code != "11111111111")
    }

    @Test("the same input gives the same decisions with one worker or two")
    func deterministic() async throws {
        let ledger = (0..<300).map {
            L(key: "k\($0)", name: $0 % 2 == 0 ? "山田 太郎" : "勅使河原 鷹之進", address: Self.kasumigaseki)
        }
        let residents = Self.yamada + [Self.movedOften]
        let one = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"), ledger: ledger, residents: residents, workers: 1)
        let two = try await LinkFixture.link(
            LinkFixture.fixedModel("vehicle"), ledger: ledger, residents: residents, workers: 2)
        for (key, value) in one {
            #expect(
                two[key]?.decision == value.decision && two[key]?.code == value.code && two[key]?.reason == value.reason
            )
        }
    }
}

import Testing

@testable import RegsyncLink

/// The levels of the name and address comparisons, case by case.
@Suite("comparison levels of names and addresses")
struct ComparerTests {
    static func nameLevels(
        _ ledger: String, reading: String? = nil, _ resident: String, residentReading: String? = nil,
        former: [String] = []
    ) -> (String, String) {
        let features = [FeatureSpec(name: "name", kind: .personName)]
        var left = FeatureTable(features: features)
        left.append(key: "l", values: [.name(NameValue(text: ledger, reading: reading))])
        var right = FeatureTable(features: features)
        right.append(
            key: "r", values: [.name(NameValue(text: resident, reading: residentReading, formerSurnames: former))])
        let comparer = NameComparer(
            left: left.nameColumn("name")!, right: right.nameColumn("name")!, surnameSlot: 0, givenSlot: 1)
        var levels: [UInt8] = [0, 0]
        comparer.compare(0, 0, into: &levels)
        let surname = ComparisonSpec(name: "s", kind: .surname, feature: "name").levelLabels
        let given = ComparisonSpec(name: "g", kind: .givenName, feature: "name").levelLabels
        return (surname[Int(levels[0])], given[Int(levels[1])])
    }

    @Test(
        "name levels",
        arguments: [
            ("山田 太郎", "山田　太郎", "exact", "exact"),
            ("山田太郎", "山田　太郎", "exact", "exact"),  // no space: split at the resident's surname
            ("髙橋 一郎", "高橋　一郎", "exact", "exact"),  // strict variant folded in the key
            ("山嶋 一郎", "山島　一郎", "variant", "exact"),  // soft variant
            ("山田 大郎", "山田　太郎", "exact", "typo"),  // 大/太
            ("山田太朗", "山田　太郎", "exact", "typo"),
            ("山田 花子", "山田　太郎", "exact", "else"),
            ("〓田 太郎", "𠮷田　太郎", "variant", "exact"),  // a character the ledger's charset lacked
            ("株式会社山田", "山田　太郎", "null", "null"),
        ])
    func names(ledger: String, resident: String, surname: String, given: String) {
        let levels = Self.nameLevels(ledger, resident)
        #expect(levels.0 == surname && levels.1 == given, "\(ledger) / \(resident): \(levels)")
    }

    @Test("a reading tells kana from kanji, and the former surname counts as former")
    func readingsAndFormer() {
        #expect(Self.nameLevels("ヤマダ タロウ", "山田　太郎", residentReading: "ヤマダ　タロウ") == ("reading", "reading"))
        #expect(
            Self.nameLevels("山田 太郎", reading: "ヤマダ タロウ", "山田　太朗", residentReading: "ヤマダ　タロウ") == ("exact", "reading"))
        #expect(Self.nameLevels("鈴木 花子", "田中　花子", former: ["鈴木"]) == ("former", "exact"))
        #expect(Self.nameLevels("鈴木花子", "田中　花子", former: ["鈴木"]) == ("former", "exact"))
    }

    static func addressLevel(
        _ ledger: String, recorded: String? = nil, history: [(String, String, String)]
    ) -> String {
        let features = [FeatureSpec(name: "address", kind: .address)]
        var left = FeatureTable(features: features)
        left.append(
            key: "l",
            values: [
                .address(AddressValue(entries: [AddressEntry(text: ledger)], referenceDate: LinkDate.parse(recorded)))
            ])
        var right = FeatureTable(features: features)
        right.append(
            key: "r",
            values: [
                .address(
                    AddressValue(
                        entries: history.map {
                            AddressEntry(text: $0.0, validFrom: LinkDate.parse($0.1), validTo: LinkDate.parse($0.2))
                        }))
            ])
        let comparer = AddressComparer(
            left: left.addressColumn("address")!, right: right.addressColumn("address")!, slot: 0)
        return ComparisonSpec(name: "a", kind: .addressHistory, feature: "address").levelLabels[
            Int(comparer.level(0, 0))]
    }

    static let history = [
        ("大阪府大阪市北区中之島一丁目3番20号", "2005-01-01", "2015-06-01"), ("東京都新宿区西新宿二丁目8番1号 ハイツ101", "2015-06-01", ""),
    ]

    @Test(
        "address levels against a dated history",
        arguments: [
            ("東京都新宿区西新宿2-8-1", nil, "exact_valid"),  // the current address, no date: current is valid
            ("東京都新宿区西新宿2-8-1 ハイツ202", "2020-01-01", "exact_valid"),  // building and room are not compared
            ("大阪市北区中之島１丁目３番２０号", "2010-03-03", "exact_valid"),  // valid on the recorded day
            ("大阪市北区中之島１丁目３番２０号", "2020-03-03", "exact_other"),  // a past address, recorded after leaving it
            ("東京都新宿区西新宿二丁目9番9号", nil, "town"),
            ("東京都新宿区歌舞伎町一丁目1番1号", nil, "municipality"),
            ("神奈川県横浜市中区日本大通1番地", "1999-01-01", "predates_history"),
            ("神奈川県横浜市中区日本大通1番地", "2016-01-01", "else"),
            ("どこか", nil, "null"),
        ])
    func addresses(ledger: String, recorded: String?, expected: String) {
        #expect(Self.addressLevel(ledger, recorded: recorded, history: Self.history) == expected)
    }
}

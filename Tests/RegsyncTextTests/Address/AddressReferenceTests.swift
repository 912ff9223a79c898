import Testing

@testable import RegsyncText

/// The embedded reference data and the enumerations the data generator uses.
@Suite("Address reference data")
struct AddressReferenceTests {
    @Test(
        "the JIS X 0402 check digit",
        arguments: [
            ("13101", "131016"), ("01100", "011002"), ("14109", "141097"), ("27100", "271004"), ("47382", "473821"),
        ])
    func checkDigit(_ code: String, _ expected: String) {
        #expect(AddressReference.lgCode(fromFiveDigitCode: code) == expected)
    }

    @Test("every municipality's code carries a valid check digit")
    func allCodesValid() {
        for m in AddressReference.municipalities {
            #expect(AddressReference.lgCode(fromFiveDigitCode: String(m.lgCode.prefix(5))) == m.lgCode, "\(m.name)")
        }
    }

    @Test("47 prefectures, every municipality, the twenty designated cities")
    func counts() {
        #expect(AddressReference.prefectures.count == 47)
        #expect(AddressReference.prefectures.first?.name == "北海道")
        #expect(AddressReference.prefectures.last?.reading == "オキナワケン")
        let municipalities = AddressReference.municipalities
        #expect(municipalities.count > 1_850)
        #expect(municipalities.filter { $0.kind == .designatedCity }.count == 20)
        #expect(AddressReference.towns.count > 100_000)
    }

    @Test("a ward knows its city; a designated city lists the towns of its wards")
    func wards() throws {
        let kohoku = try #require(AddressReference.municipality(lgCode: "141097"))
        #expect(kohoku.name == "横浜市港北区")
        #expect(kohoku.kind == .ward)
        #expect(kohoku.parentLGCode == "141003")
        #expect(kohoku.reading == "ヨコハマシコウホクク")
        let yokohama = try #require(AddressReference.municipality(lgCode: "141003"))
        #expect(yokohama.name == "横浜市")
        #expect(yokohama.reading == "ヨコハマシ")
        let towns = AddressReference.towns(inMunicipality: "141003")
        #expect(towns.contains { $0.name == "日吉" && $0.lgCode == "141097" })
    }

    @Test("towns carry readings, postal codes and their 丁目")
    func towns() throws {
        let chiyoda = AddressReference.towns(inMunicipality: "131016")
        let kasumigaseki = try #require(chiyoda.first { $0.name == "霞が関" })
        #expect(kasumigaseki.reading == "カスミガセキ")
        #expect(kasumigaseki.postalCodes.contains("1000013"))
        #expect(kasumigaseki.hasChome)
        let sapporo = AddressReference.towns(inMunicipality: "011011")
        let kita1 = try #require(sapporo.first { $0.name == "北一条西" })
        #expect(kita1.chomeCount == 28)
        let hakuba = AddressReference.towns(inMunicipality: "204854")
        #expect(hakuba.contains { $0.name == "北城" && !$0.hasChome })
    }

    @Test("KEN_ALL's annotations are not town names")
    func noAnnotations() {
        for town in AddressReference.towns {
            #expect(
                !town.name.contains("（") && !town.name.contains("以下に掲載") && !town.name.contains("地割"), "\(town.name)")
            #expect(!town.name.isEmpty)
        }
    }

    @Test("a name shared by two municipalities exists twice")
    func sharedNames() {
        let fuchu = AddressReference.municipalities.filter { $0.name == "府中市" }
        #expect(Set(fuchu.map(\.prefecture)) == ["東京都", "広島県"])
        let date = AddressReference.municipalities.filter { $0.name == "伊達市" }
        #expect(Set(date.map(\.prefecture)) == ["北海道", "福島県"])
    }
}

extension AddressReferenceTests {
    @Test("a sample of every municipality's towns reads back in full, without prefecture and with 大字")
    func readsBackTowns() {
        let n = AddressNormalizer()
        let municipalities = Dictionary(uniqueKeysWithValues: AddressReference.municipalities.map { ($0.lgCode, $0) })
        var failures: [String] = []
        for (index, town) in AddressReference.towns.enumerated() where index % 61 == 0 {
            guard let m = municipalities[town.lgCode] else { continue }
            for text in [
                m.prefecture + m.name + town.name + "1-2-3", m.name + town.name + "12番地",
                m.prefecture + m.name + "大字" + town.name + "100",
            ] {
                let r = n.normalize(text)
                let ambiguous = r.warnings.contains { $0.code == .municipalityAmbiguous || $0.code == .wardAmbiguous }
                // Two towns of one municipality may fold to one name (日の出/日之出): either is right.
                let sameTown = r.town.map(AddressFolding.nameKey) == AddressFolding.nameKey(town.name)
                if !(sameTown && r.lgCode == m.lgCode) && !(ambiguous && !text.hasPrefix(m.prefecture)) {
                    failures.append("\(text) → \(r.municipality ?? "-") \(r.town ?? "-")")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }
}

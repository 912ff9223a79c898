import RegsyncCore
import RegsyncText
import Testing

@testable import RegsyncSynth

@Suite("Ledger notations read back as what they stand for")
struct NotationTests {
    @Test("every era-date style parses back to the same day")
    func eraDates() {
        let parser = DateParser()
        var day = DateNotation.day(year: 1930, month: 1, day: 1)
        let end = DateNotation.day(year: 2030, month: 12, day: 31)
        while day <= end {
            for style in DateNotation.Style.allCases {
                let text = DateNotation.ledger(day, style: style)
                let parsed = try? parser.parse(text).get()
                #expect(parsed?.isoString == DateNotation.iso(day), "\(text)")
            }
            #expect((try? parser.parse(DateNotation.eraCode(day)).get())?.isoString == DateNotation.iso(day))
            day += 37
        }
    }

    @Test("day numbers and calendar dates convert both ways")
    func dayNumbers() {
        #expect(DateNotation.day(year: 1970, month: 1, day: 1) == 0)
        #expect(DateNotation.iso(DateNotation.day(year: 2024, month: 2, day: 29)) == "2024-02-29")
        #expect(DateNotation.iso(DateNotation.day(year: 1900, month: 3, day: 1) - 1) == "1900-02-28")
    }

    @Test("ledger notations of an address normalise to the key of its standard notation")
    func addressNotations() {
        let places = PlaceCatalogue.shared
        let normalizer = AddressNormalizer()
        var rng = SplitMix64(seed: 99, stream: .building, index: 0)
        var total = 0
        var agreeing = 0
        var rendered = 0
        for encoding in [TextEncoding.utf8, .cp932] {
            let notation = LedgerNotation(encoding: encoding)
            for _ in 0..<1_500 {
                var place = places.drawPlace(in: places.drawMunicipality(&rng), &rng)
                place.building = 0
                let standard = normalizer.normalize(place.standardAddress())
                if standard.rendered == place.renderedAddress() { rendered += 1 }
                let ledger = normalizer.normalize(notation.address(place, &rng))
                total += 1
                if ledger.key == standard.key { agreeing += 1 }
            }
        }
        // The normaliser reads reference towns; a few KEN_ALL names are ambiguous in
        // ways no notation can fix (see docs/synthetic-data.md).
        #expect(Double(agreeing) / Double(total) > 0.95, "\(agreeing) of \(total)")
        #expect(Double(rendered) / Double(total) > 0.95, "\(rendered) of \(total)")
    }

    @Test("half-width kana, hiragana and romanisation")
    func kana() {
        #expect(KanaText.halfWidth("ガッコウ　パン") == "ｶﾞｯｺｳ ﾊﾟﾝ")
        #expect(KanaText.hiragana("サトウ") == "さとう")
        #expect(KanaText.romanised("トウキョウ") == "tokyo")
        #expect(KanaText.romanised("ヤマダショウジ") == "yamadashoji")
    }
}

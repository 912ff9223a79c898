import RegsyncText
import Testing

/// Valid numbers were computed once by an independent Python implementation that walks
/// the digits from the left with precomputed weight lists (the Swift code walks from the
/// right with the formula), then copied here.
@Suite("Corporate numbers, individual numbers and resident codes")
struct IdentifierTests {
    @Test(
        "accepts valid corporate numbers",
        arguments: [
            "7000012050002",  // 国税庁, the NTA's own example
            "5000012010024",
            "1180301018771",
            "5010401067252",
            "9000000000000",  // Σ mod 9 = 0 gives check digit 9
            "9999999999999",
            "7123456789012",
            "9176749365368",
            "8615649850294",
            "6284981540699",
            "8370974431423",
            "9956064241456",
            "1013369678351",
            "4638349667622",
            "2158664532684",
            "8236982979571",
        ])
    func validCorporate(number: String) throws {
        #expect(try CorporateNumber(validating: number).digits == number)
        let base = String(number.dropFirst())
        #expect(CorporateNumber.checkDigit(base: base) == Int(String(number.first!)))
    }

    @Test(
        "folds full-width digits, hyphens and spaces",
        arguments: [
            ("７０００ー０１２０ー５０００２", "7000012050002"),
            ("7000-0120-50002", "7000012050002"),
            (" 7000 012050002\u{3000}", "7000012050002"),
            ("７０００−０１２０５０００２", "7000012050002"),
        ])
    func foldsCorporate(text: String, digits: String) throws {
        #expect(try CorporateNumber(validating: text).digits == digits)
    }

    @Test(
        "rejects invalid corporate numbers with a code and a masked value",
        arguments: [
            ("8000012050002", IdentifierError.Code.checkDigit, "***********02"),
            ("7000012050003", .checkDigit, "***********03"),
            ("700001205000", .length, "**********00"),
            ("70000120500021", .length, "************21"),
            ("", .length, ""),
            ("7000O12050002", .notDigits, ""),
            ("7000012050002a", .notDigits, ""),
        ])
    func invalidCorporate(text: String, code: IdentifierError.Code, masked: String) {
        let error = #expect(throws: IdentifierError.self) { try CorporateNumber(validating: text) }
        #expect(error?.code == code)
        #expect(error?.kind == .corporateNumber)
        #expect(error?.masked == masked)
        if text.count > 2 {
            #expect(error?.message.contains(text.prefix(6)) == false)
        }
    }

    @Test(
        "accepts valid individual numbers",
        arguments: [
            "123456789018",  // the sample used in public documentation of the formula
            "000000000000",  // Σ mod 11 = 0
            "301661318600",
            "199351819090",
            "590139624590",
            "417589204750",  // Σ mod 11 = 1 gives check digit 0
            "401978278960",
            "147599006410",
            "651165145900",
            "999999999996",
            "568306457477",
            "100472011876",
            "813758558224",
            "609718735801",
            "558837113262",
            "485919859508",
            "272510831217",
            "268498435729",
            "502399862634",
            "864993774752",
            "063236865837",
        ])
    func validIndividual(number: String) throws {
        let validated = try IndividualNumber(validating: number)
        #expect(validated.digits == number)
        #expect(validated.description == "************")
        #expect(!String(reflecting: validated).contains(number))
        #expect(IndividualNumber.checkDigit(base: String(number.prefix(11))) == Int(String(number.last!)))
    }

    @Test(
        "rejects invalid individual numbers without revealing any digit",
        arguments: [
            ("123456789017", IdentifierError.Code.checkDigit),
            ("123456789019", .checkDigit),
            ("213456789018", .checkDigit),  // two digits swapped
            ("417589204751", .checkDigit),
            ("12345678901", .length),
            ("1234567890180", .length),
            ("1234 5678 901X", .notDigits),
        ])
    func invalidIndividual(text: String, code: IdentifierError.Code) {
        let error = #expect(throws: IdentifierError.self) { try IndividualNumber(validating: text) }
        #expect(error?.code == code)
        #expect(error?.kind == .individualNumber)
        #expect(error?.masked.allSatisfy { $0 == "*" } == true)
        #expect(error?.message.contains("1234") == false)
    }

    @Test("folds an individual number written in groups of four")
    func foldsIndividual() throws {
        #expect(try IndividualNumber(validating: "１２３４ ５６７８ ９０１８").digits == "123456789018")
        #expect(try IndividualNumber(validating: "1234-5678-9018").digits == "123456789018")
    }

    @Test("check digit helpers refuse malformed bases", arguments: ["", "12345", "1234567890a", "１２３４５６７８９０１"])
    func malformedBase(base: String) {
        #expect(IndividualNumber.checkDigit(base: base) == nil)
        #expect(CorporateNumber.checkDigit(base: base + "0") == nil)
    }

    @Test(
        "validates the digit count of resident codes",
        arguments: [
            ("12345678901", nil), ("１２３４５６７８９０１", nil), ("1234-5678-901", nil),
            ("1234567890", IdentifierError.Code.length), ("123456789012", .length), ("1234567890Z", .notDigits),
        ] as [(String, IdentifierError.Code?)])
    func residentCode(text: String, code: IdentifierError.Code?) throws {
        if let code {
            let error = #expect(throws: IdentifierError.self) { try ResidentCode(validating: text) }
            #expect(error?.code == code)
            #expect(error?.kind == .residentCode)
        } else {
            let resident = try ResidentCode(validating: text)
            #expect(resident.digits == "12345678901")
            #expect(resident.description == "*********01")
        }
    }

    @Test("error codes are the stable machine-readable names")
    func codes() {
        #expect(
            IdentifierError.Code.allCases.map(\.rawValue).sorted()
                == ["identifier_check_digit", "identifier_length", "identifier_not_digits"])
        #expect(IdentifierKind.allCases.map(\.length) == [13, 12, 11])
    }
}

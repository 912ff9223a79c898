import Testing

@testable import RegsyncLink

@Suite("string similarity over code points")
struct SimilarityTests {
    static func scalars(_ text: String) -> ArraySlice<UInt32> { ArraySlice(text.unicodeScalars.map(\.value)) }

    @Test(
        "Levenshtein distance, cut off above the limit",
        arguments: [
            ("太郎", "大郎", 2, 1), ("山田", "山田", 1, 0), ("鈴木花子", "鈴木花", 2, 1), ("kitten", "sitting", 5, 3),
            ("kitten", "sitting", 1, 2), ("", "abc", 3, 3), ("佐藤", "加藤", 1, 1),
        ])
    func levenshtein(a: String, b: String, limit: Int, expected: Int) {
        #expect(Similarity.levenshtein(Self.scalars(a), Self.scalars(b), limit: limit) == expected)
    }

    @Test("Jaro–Winkler gives the textbook values")
    func jaroWinkler() {
        #expect(abs(Similarity.jaroWinkler(Self.scalars("MARTHA"), Self.scalars("MARHTA")) - 0.9611) < 0.001)
        #expect(abs(Similarity.jaroWinkler(Self.scalars("DWAYNE"), Self.scalars("DUANE")) - 0.84) < 0.001)
        #expect(abs(Similarity.jaroWinkler(Self.scalars("DIXON"), Self.scalars("DICKSONX")) - 0.8133) < 0.001)
        #expect(Similarity.jaroWinkler(Self.scalars("abc"), Self.scalars("xyz")) == 0)
    }

    @Test("a placeholder 〓 stands for any one character, and only where it stands")
    func placeholders() {
        #expect(Similarity.equalBesidesPlaceholders(Self.scalars("〓田"), Self.scalars("𠮷田")))
        #expect(!Similarity.equalBesidesPlaceholders(Self.scalars("〓田"), Self.scalars("𠮷川")))
        #expect(!Similarity.equalBesidesPlaceholders(Self.scalars("山田"), Self.scalars("山田")))
    }
}

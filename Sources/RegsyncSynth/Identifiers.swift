import RegsyncCore
import RegsyncText

/// The identifiers the generator writes: unique per index (an affine permutation of the
/// index modulo a power of ten, offset by the seed, so that numbers look scattered), with
/// valid check digits where the identifier has one.
public enum Identifiers {
    /// A bijection of 0..<10^digits: affine (index·multiplier + offset(seed) mod 10^digits,
    /// the multiplier coprime to 10), digit reversal, affine again, so that consecutive
    /// indexes give unrelated-looking numbers.
    static func permuted(_ index: Int, digits: Int, seed: UInt64, salt: UInt64) -> Int {
        var modulus = 1
        for _ in 0..<digits { modulus *= 10 }
        let multiplier = 7_777_777_777 % modulus | 1
        func affine(_ value: Int, _ round: UInt64) -> Int {
            let offset = Int(SplitMix64.mix(seed ^ salt ^ round) % UInt64(modulus))
            let product = (value % modulus).multipliedFullWidth(by: multiplier % modulus)
            let reduced = Int(modulus.dividingFullWidth((product.high, product.low)).remainder)
            return (reduced + offset) % modulus
        }
        var reversed = 0
        var rest = affine(index, 1)
        for _ in 0..<digits {
            reversed = reversed * 10 + rest % 10
            rest /= 10
        }
        return affine(reversed, 2)
    }

    /// 住民票コード: ten scattered digits and a check digit. The real check-digit formula is
    /// not public (see `ResidentCode`); this one is Σ dᵢ·(i+2) mod 11 mod 10.
    public static func residentCode(_ index: Int, seed: UInt64) -> String {
        let base = Numerals.padded(permuted(index, digits: 10, seed: seed, salt: 0x5245_5349), 10)
        var sum = 0
        for (position, byte) in base.utf8.enumerated() { sum += Int(byte - 48) * (position + 2) }
        return base + String(sum % 11 % 10)
    }

    /// 個人番号: eleven scattered digits and the statutory check digit.
    public static func individualNumber(_ index: Int, seed: UInt64) -> String {
        let base = Numerals.padded(permuted(index, digits: 11, seed: seed, salt: 0x494E_4456), 11)
        return base + String(IndividualNumber.checkDigit(base: base)!)
    }

    /// 世帯番号: ten digits.
    public static func householdNumber(_ key: Int, seed: UInt64) -> String {
        Numerals.padded(permuted(key, digits: 10, seed: seed, salt: 0x484F_5553), 10)
    }

    /// 法人番号: check digit + 会社法人等番号 (registry office code, kind code, serial).
    /// - Parameters:
    ///   - office: a four-digit registry office code.
    ///   - kind: the two-digit organisation code (01 株式会社, 02 有限会社, …).
    public static func corporateNumber(_ index: Int, office: Int, kind: Int, seed: UInt64) -> String {
        let serial = permuted(index, digits: 6, seed: seed, salt: 0x434F_5250)
        let base = Numerals.padded(office, 4) + Numerals.padded(kind, 2) + Numerals.padded(serial, 6)
        return String(CorporateNumber.checkDigit(base: base)!) + base
    }

    /// 不動産番号: a four-digit registry office code and nine scattered digits.
    public static func propertyNumber(_ index: Int, office: Int, seed: UInt64) -> String {
        Numerals.padded(office, 4) + Numerals.padded(permuted(index, digits: 9, seed: seed, salt: 0x5245_414C), 9)
    }

    /// The serial part of a chassis number: seven scattered digits, unique per vehicle.
    public static func chassisSerial(_ index: Int, seed: UInt64) -> String {
        Numerals.padded(permuted(index, digits: 7, seed: seed, salt: 0x4348_4153), 7)
    }
}

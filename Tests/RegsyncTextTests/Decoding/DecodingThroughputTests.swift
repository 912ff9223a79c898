import RegsyncCore
import RegsyncText
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Decodes a synthetic CP932 file record by record, as a reader does, and checks the
/// records against one whole-buffer decode. It prints the throughput; set
/// `REGSYNC_DECODE_BENCH_MB` (e.g. 50) and build with `-c release` for a real figure.
@Suite("Decoding throughput")
struct DecodingThroughputTests {
    @Test("decodes a CP932 buffer record by record to the same text as in one piece")
    func recordByRecord() throws {
        let megabytes = Int(getenv("REGSYNC_DECODE_BENCH_MB").map { String(cString: $0) } ?? "") ?? 4
        let buffer = try Self.syntheticCP932(bytes: megabytes * 1_000_000)
        let decoder = try TextDecoder(encoding: .cp932)
        let whole = try decoder.decode(buffer.bytes)

        let clock = ContinuousClock()
        var scalars = 0
        var decoded: [String] = []
        decoded.reserveCapacity(buffer.recordStarts.count)
        let elapsed = try clock.measure {
            try buffer.bytes.withUnsafeBytes { raw in
                for (index, start) in buffer.recordStarts.enumerated() {
                    let end = index + 1 < buffer.recordStarts.count ? buffer.recordStarts[index + 1] : raw.count
                    let text = try decoder.decode(UnsafeRawBufferPointer(rebasing: raw[start..<end]))
                    scalars += text.unicodeScalars.count
                    decoded.append(text)
                }
            }
        }
        #expect(decoded.joined() == whole)
        #expect(scalars == whole.unicodeScalars.count)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(buffer.bytes.count) / 1e6 / seconds
        print(
            "CP932 record-by-record decode: \(buffer.bytes.count) bytes, \(buffer.recordStarts.count) records, "
                + "\(Int(rate)) MB/s")
    }

    /// Records of about 150 bytes: ASCII digits and commas, kanji names and addresses,
    /// half-width katakana, NEC and IBM extension characters, CRLF endings.
    static func syntheticCP932(bytes target: Int) throws -> (bytes: [UInt8], recordStarts: [Int]) {
        let encoder = try TextEncoder(encoding: .cp932)
        let surnames = ["佐藤", "鈴木", "髙橋", "田中", "山﨑", "渡辺", "伊藤", "中村"]
        let given = ["太郎", "花子", "一郎", "美咲", "翔太", "陽菜"]
        let towns = ["千代田区丸の内", "港区芝公園", "横浜市中区山下町", "札幌市中央区北一条西", "那覇市泉崎"]
        var generator = SplitMix64(state: 42)
        var bytes: [UInt8] = []
        var starts: [Int] = []
        bytes.reserveCapacity(target + 256)
        var sequence = 0
        while bytes.count < target {
            sequence += 1
            let surname = surnames[Int(generator.next() % UInt64(surnames.count))]
            let name = given[Int(generator.next() % UInt64(given.count))]
            let town = towns[Int(generator.next() % UInt64(towns.count))]
            let number = generator.next() % 9_000 + 1_000
            let record =
                "\(sequence),\(7_000_012_050_002 + Int(number)),\(surname) \(name),ﾔﾏﾀﾞ ﾀﾛｳ,東京都\(town)\(number % 9 + 1)丁目"
                + "\(number % 30 + 1)番\(number % 20 + 1)号,グランメゾン\(number % 9 + 1)０１号室,03-\(number)-5678,①㈱Ⅲ,"
                + "昭和45年3月12日,備考～なし\r\n"
            starts.append(bytes.count)
            bytes += try encoder.encode(record)
        }
        return (bytes, starts)
    }
}

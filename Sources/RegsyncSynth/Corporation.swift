import RegsyncCore

/// A corporation of the corporate-number data, derived from (seed, index). Indexes below
/// `financeCount` are leasing and credit companies (the owners of record of cars bought on
/// credit).
public struct Corporation: Sendable {
    /// The index (0..<corporations; indexes past the end are corporations new in the diff).
    public let index: Int
    /// 法人番号.
    public let number: String
    /// NTA kind code (301 株式会社 …).
    public let kind: String
    /// The designation (株式会社), or nil for kinds named without one.
    public let designation: String?
    /// Whether the designation comes first (前株).
    public let designationFirst: Bool
    /// The name without the designation (山田商事).
    public var baseName: String
    /// The reading of the base name (ヤマダショウジ), the furigana column.
    public var reading: String
    /// The registered head office.
    public var place: Place
    /// The English name, sometimes.
    public var englishName: String
    /// 法人番号指定年月日.
    public let assignmentDate: DayNumber
    /// The date of the last change and its process code (01 new, 11 name, 12 address, 21 closed).
    public var changeDate: DayNumber
    /// The process code of the latest state.
    public var process: String
    /// Closing date and cause for a closed corporation.
    public var closeDate: DayNumber?
    /// 01 liquidation, 11 merger, 21 closed by registrar, 31 other.
    public var closeCause: String?
    /// Excluded from search (hihyoji = 1).
    public let hidden: Bool

    /// The registered name with its designation.
    public var name: String {
        guard let designation else { return baseName }
        return designationFirst ? designation + baseName : baseName + designation
    }

    /// Leasing and credit companies: the first indexes.
    public static func financeCount(corporations: Int) -> Int {
        min(corporations, max(3, min(40, corporations / 10)))
    }
}

/// Derives corporations.
public struct CorporationFactory: Sendable {
    let config: SynthConfig
    let places: PlaceCatalogue
    let names: NameCatalogue

    /// Creates the factory of a run.
    public init(config: SynthConfig, places: PlaceCatalogue = .shared, names: NameCatalogue = .shared) {
        self.config = config
        self.places = places
        self.names = names
    }

    static let businessWords = NameCatalogue.pairsWithReadings(
        "商事:ショウジ 建設:ケンセツ 工業:コウギョウ 不動産:フドウサン 運輸:ウンユ 電機:デンキ 製作所:セイサクショ 興業:コウギョウ "
            + "物産:ブッサン 産業:サンギョウ 食品:ショクヒン 設計:セッケイ 技研:ギケン 企画:キカク 開発:カイハツ 商店:ショウテン "
            + "工務店:コウムテン 電設:デンセツ 土木:ドボク 印刷:インサツ 精機:セイキ 化成:カセイ 物流:ブツリュウ 観光:カンコウ "
            + "水産:スイサン 薬局:ヤッキョク ホールディングス:ホールディングス システムズ:システムズ サービス:サービス "
            + "エンジニアリング:エンジニアリング トレーディング:トレーディング 住宅:ジュウタク 石油:セキユ 電工:デンコウ")
    static let financeWords = NameCatalogue.pairsWithReadings(
        "オートリース:オートリース ファイナンス:ファイナンス クレジット:クレジット リース:リース 自動車販売:ジドウシャハンバイ "
            + "モータース:モータース オートローン:オートローン")
    static let prefixWords = NameCatalogue.pairsWithReadings(
        "日本:ニホン 東洋:トウヨウ 大和:ヤマト 中央:チュウオウ 第一:ダイイチ 富士:フジ 朝日:アサヒ 三協:サンキョウ 共栄:キョウエイ "
            + "協和:キョウワ 太陽:タイヨウ 平和:ヘイワ 新星:シンセイ 明和:メイワ 大成:タイセイ 栄光:エイコウ エース:エース "
            + "サン:サン グローバル:グローバル 北斗:ホクト 飛鳥:アスカ 未来:ミライ 丸和:マルワ 三和:サンワ")
    /// Kind code, designation, whether it usually comes first, share.
    static let kinds: [(code: String, designation: String?, first: Double, share: Double)] = [
        ("301", "株式会社", 0.6, 62), ("302", "有限会社", 0.55, 17), ("305", "合同会社", 0.7, 10),
        ("303", "合名会社", 0.5, 1), ("304", "合資会社", 0.5, 2), ("399", nil, 1, 8),
    ]
    static let otherPrefixes = NameCatalogue.pairsWithReadings(
        "一般社団法人:イッパンシャダンホウジン 一般財団法人:イッパンザイダンホウジン 医療法人社団:イリョウホウジンシャダン "
            + "社会福祉法人:シャカイフクシホウジン 特定非営利活動法人:トクテイヒエイリカツドウホウジン")

    /// The corporation at `index`.
    public func corporation(_ index: Int) -> Corporation {
        var rng = SplitMix64(seed: config.seed, stream: .corporation, index: UInt64(index))
        let finance = index < Corporation.financeCount(corporations: config.corporations)
        let kindIndex = finance ? 0 : rng.pick(weights: Self.kinds.map(\.share))
        let kind = Self.kinds[kindIndex]
        var base: NameCatalogue.Entry
        let u = rng.unit()
        if u < 0.5 {
            base = names.surnames[names.drawSurname(&rng)]
        } else if u < 0.75 {
            let municipality = places.municipalities[places.drawMunicipality(&rng)]
            base = Self.shortPrefecture(name: municipality.prefecture, reading: municipality.prefectureReading)
        } else {
            base = rng.pick(Self.prefixWords)
        }
        let word = finance ? rng.pick(Self.financeWords) : rng.pick(Self.businessWords)
        var baseName = base.text + word.text
        var reading = base.reading + word.reading
        var designation = kind.designation
        if kind.code == "399" {
            let prefix = rng.pick(Self.otherPrefixes)
            baseName = prefix.text + base.text + (rng.chance(0.5) ? "会" : "協会")
            reading = base.reading + (baseName.hasSuffix("協会") ? "キョウカイ" : "カイ")
            designation = nil
        }
        let municipality = places.drawMunicipality(&rng)
        let place = places.drawPlace(in: municipality, &rng, buildingRate: 0)
        let office = (Int(places.municipalities[municipality].prefectureCode) ?? 13) * 100 + rng.below(40)
        let kindDigits = ["301": 1, "302": 2, "303": 3, "304": 4][kind.code] ?? 5
        let launch = DateNotation.day(year: 2015, month: 10, day: 5)
        let fullSetDay = Self.fullSetDay(config.asOf)
        let assignment = rng.chance(0.75) ? launch : launch + DayNumber(rng.below(Int(fullSetDay - launch - 30)) + 1)
        var corporation = Corporation(
            index: index,
            number: Identifiers.corporateNumber(index, office: office, kind: kindDigits, seed: config.seed),
            kind: kind.code, designation: designation, designationFirst: rng.chance(kind.first),
            baseName: baseName, reading: reading, place: place,
            englishName: rng.chance(0.1) ? KanaText.capitalised(KanaText.romanised(reading)) + " Co., Ltd." : "",
            assignmentDate: assignment, changeDate: assignment, process: "01", closeDate: nil, closeCause: nil,
            hidden: rng.chance(0.01))
        let status = rng.unit()
        if fullSetDay - assignment > 60 {
            let changed = assignment + 1 + DayNumber(rng.below(Int(fullSetDay - assignment - 2)))
            if status < 0.15 {
                corporation.process = "12"
                corporation.changeDate = changed
            } else if status < 0.25 {
                corporation.process = "11"
                corporation.changeDate = changed
            } else if status < 0.30 {
                corporation.process = "21"
                corporation.changeDate = changed
                corporation.closeDate = changed - DayNumber(rng.below(20))
                corporation.closeCause = ["01", "01", "01", "11", "21", "31"][rng.below(6)]
            }
        }
        return corporation
    }

    /// The day of the monthly full set: the last day of the month before the night.
    public static func fullSetDay(_ asOf: DayNumber) -> DayNumber {
        let date = DateNotation.date(asOf)
        return DateNotation.day(year: date.year, month: date.month, day: 1) - 1
    }

    /// 東京都 → 東京 (トウキョウ); 北海道 stays.
    static func shortPrefecture(name: String, reading: String) -> NameCatalogue.Entry {
        if name == "北海道" { return .init(text: name, reading: reading) }
        let suffixReading = name.hasSuffix("県") ? "ケン" : name.hasSuffix("都") ? "ト" : "フ"
        return .init(text: String(name.dropLast()), reading: String(reading.dropLast(suffixReading.count)))
    }
}

extension NameCatalogue {
    /// `商事:ショウジ 建設:ケンセツ` → entries.
    static func pairsWithReadings(_ list: String) -> [Entry] {
        list.split(separator: " ").map {
            let parts = $0.split(separator: ":")
            return Entry(text: String(parts[0]), reading: String(parts[1]))
        }
    }
}

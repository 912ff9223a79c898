/// The State and local public bodies as holders: 国 and its ministries and agencies (current ones from
/// 国家行政組織法 別表第一 and the agencies under 内閣府, former ones that old registry entries still
/// name), the 47 prefectures, the 20 designated cities (地方自治法 第252条の19) and the 23 special wards
/// of Tokyo (地方自治法 第281条). A name is a public body when it is one of these, or a prefecture
/// followed by a municipality (…市, …区, …町, …村, …郡…町), or a designated city followed by a ward.
enum PublicBodies {
    /// The kind a compact (spaceless) name has when it names a public body.
    static func kind(of compact: [UInt32]) -> LegalEntityKind? {
        if compact.count == 1 && compact[0] == 0x56FD { return .state }  // 国
        // Every public body's name holds one of these; most personal names hold none (fast exit).
        guard compact.contains(where: isMarker) else { return nil }
        if containsMinistry(compact) { return .state }
        if let prefecture = prefix(of: compact, in: prefectures) {
            let rest = compact[prefecture...]
            if rest.isEmpty || isMunicipality(rest) || endsWithOffice(rest) { return .localGovernment }
            return nil
        }
        if designatedCities.contains(compact) || specialWards.contains(compact) { return .localGovernment }
        if let city = prefix(of: compact, in: designatedCities), compact.count > city + 1, compact.last == ward {
            return .localGovernment
        }
        if endsWithOffice(compact[...]) { return .localGovernment }
        return nil
    }

    /// Whether a name without spaces ends like a municipality it was not recognised as: 〇〇市 alone
    /// cannot be told from a given name ending in 市 (勘市) without the full municipality list.
    static func looksLikeMunicipality(_ compact: [UInt32]) -> Bool {
        guard compact.count >= 2, let last = compact.last else { return false }
        switch last {
        case 0x5E02, 0x753A, 0x6751, 0x533A, 0x90E1, 0x770C: return true  // 市町村区郡県
        default: return false
        }
    }

    /// 省 庁 府 房 会 都 道 県 市 区 町 村 場: the last character of a ministry, office or public body.
    private static func isMarker(_ value: UInt32) -> Bool {
        switch value {
        case 0x7701, 0x5E81, 0x5E9C, 0x623F, 0x4F1A, 0x90FD, 0x9053, 0x770C, 0x5E02, 0x533A, 0x753A, 0x6751, 0x5834:
            true
        default:
            false
        }
    }

    private static let ward: UInt32 = 0x533A  // 区
    private static let municipalEndings: Set<UInt32> = [0x5E02, 0x533A, 0x753A, 0x6751]  // 市区町村

    private static func isMunicipality(_ rest: ArraySlice<UInt32>) -> Bool {
        guard rest.count >= 2, let last = rest.last else { return false }
        return municipalEndings.contains(last)
    }

    private static func endsWithOffice(_ name: ArraySlice<UInt32>) -> Bool {
        offices.contains { office in name.count > office.count && name.suffix(office.count).elementsEqual(office) }
    }

    private static func containsMinistry(_ compact: [UInt32]) -> Bool {
        for ministry in ministries where compact.count >= ministry.count {
            for start in 0...(compact.count - ministry.count)
            where compact[start] == ministry[0] && compact[start..<start + ministry.count].elementsEqual(ministry) {
                return true
            }
        }
        return false
    }

    /// The length of the longest entry of `list` that `compact` starts with.
    private static func prefix(of compact: [UInt32], in list: Set<[UInt32]>) -> Int? {
        for length in stride(from: min(compact.count, 5), through: 2, by: -1)
        where list.contains(Array(compact[0..<length])) {
            return length
        }
        return nil
    }

    private static func set(_ text: String) -> Set<[UInt32]> {
        Set(text.split(separator: " ").map { $0.unicodeScalars.map(\.value) })
    }

    private static let prefectures = set(
        "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 "
            + "石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 "
            + "島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県")

    private static let designatedCities = set(
        "札幌市 仙台市 さいたま市 千葉市 横浜市 川崎市 相模原市 新潟市 静岡市 浜松市 名古屋市 京都市 大阪市 堺市 神戸市 "
            + "岡山市 広島市 北九州市 福岡市 熊本市")

    private static let specialWards = set(
        "千代田区 中央区 港区 新宿区 文京区 台東区 墨田区 江東区 品川区 目黒区 大田区 世田谷区 渋谷区 中野区 杉並区 豊島区 "
            + "北区 荒川区 板橋区 練馬区 足立区 葛飾区 江戸川区")

    private static let offices: [[UInt32]] = ["市役所", "区役所", "町役場", "村役場", "都庁", "道庁", "府庁", "県庁"].map {
        $0.unicodeScalars.map(\.value)
    }

    private static let ministries: [[UInt32]] =
        ("内閣府 内閣官房 宮内庁 公正取引委員会 国家公安委員会 警察庁 個人情報保護委員会 金融庁 消費者庁 こども家庭庁 "
        + "デジタル庁 復興庁 総務省 消防庁 法務省 出入国在留管理庁 公安調査庁 検察庁 外務省 財務省 国税庁 "
        + "文部科学省 文化庁 スポーツ庁 厚生労働省 農林水産省 林野庁 水産庁 経済産業省 資源エネルギー庁 特許庁 "
        + "中小企業庁 国土交通省 観光庁 気象庁 海上保安庁 環境省 原子力規制委員会 防衛省 防衛装備庁 "
        + "大蔵省 建設省 運輸省 農林省 文部省 厚生省 郵政省 自治省 通商産業省 労働省 防衛庁 国土庁 北海道開発庁 "
        + "沖縄開発庁 環境庁 総理府 内務省 逓信省 鉄道省 陸軍省 海軍省").split(separator: " ").map { $0.unicodeScalars.map(\.value) }
}

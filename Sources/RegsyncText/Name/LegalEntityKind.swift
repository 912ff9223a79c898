/// The legal form of a holder that is not a natural person, as recognised from its name
/// (株式会社, ㈱, (株), カ), Co., Ltd., 東京都, 財務省, …). JSON uses the raw values.
public enum LegalEntityKind: String, Sendable, Hashable, Encodable, CaseIterable {
    /// 株式会社 (K.K.).
    case kabushikiKaisha = "kabushiki_kaisha"
    /// 有限会社 (特例有限会社).
    case yugenKaisha = "yugen_kaisha"
    /// 合名会社.
    case gomeiKaisha = "gomei_kaisha"
    /// 合資会社.
    case goshiKaisha = "goshi_kaisha"
    /// 合同会社 (G.K.).
    case godoKaisha = "godo_kaisha"
    /// 相互会社 (mutual insurance company).
    case sogoKaisha = "sogo_kaisha"
    /// 特定目的会社.
    case tokuteiMokutekiKaisha = "tokutei_mokuteki_kaisha"
    /// 一般社団法人.
    case ippanShadanHojin = "ippan_shadan_hojin"
    /// 一般財団法人.
    case ippanZaidanHojin = "ippan_zaidan_hojin"
    /// 公益社団法人.
    case koekiShadanHojin = "koeki_shadan_hojin"
    /// 公益財団法人.
    case koekiZaidanHojin = "koeki_zaidan_hojin"
    /// 社団法人 (before 2008, or written without 一般/公益).
    case shadanHojin = "shadan_hojin"
    /// 財団法人 (before 2008, or written without 一般/公益).
    case zaidanHojin = "zaidan_hojin"
    /// 特定非営利活動法人 (NPO法人).
    case tokuteiHieiriKatsudoHojin = "tokutei_hieiri_katsudo_hojin"
    /// 医療法人 (社団 or 財団).
    case iryoHojin = "iryo_hojin"
    /// 社会福祉法人.
    case shakaiFukushiHojin = "shakai_fukushi_hojin"
    /// 学校法人.
    case gakkoHojin = "gakko_hojin"
    /// 宗教法人.
    case shukyoHojin = "shukyo_hojin"
    /// 独立行政法人.
    case dokuritsuGyoseiHojin = "dokuritsu_gyosei_hojin"
    /// 地方独立行政法人.
    case chihoDokuritsuGyoseiHojin = "chiho_dokuritsu_gyosei_hojin"
    /// 国立大学法人.
    case kokuritsuDaigakuHojin = "kokuritsu_daigaku_hojin"
    /// 弁護士法人, 税理士法人, 監査法人, 司法書士法人 and other professional corporations.
    case professionalHojin = "professional_hojin"
    /// Another body whose name carries 法人 (投資法人, 管理組合法人, 中間法人, …).
    case otherHojin = "other_hojin"
    /// 農業協同組合 (農協, JA).
    case nogyoKyodoKumiai = "nogyo_kyodo_kumiai"
    /// 漁業協同組合 (漁協).
    case gyogyoKyodoKumiai = "gyogyo_kyodo_kumiai"
    /// 生活協同組合 (生協).
    case seikatsuKyodoKumiai = "seikatsu_kyodo_kumiai"
    /// Another 協同組合 (事業協同組合, 森林組合, …).
    case kyodoKumiai = "kyodo_kumiai"
    /// 有限責任事業組合 (LLP).
    case yugenSekininJigyoKumiai = "yugen_sekinin_jigyo_kumiai"
    /// Another 組合 (管理組合, 労働組合, 土地改良組合, …).
    case kumiai
    /// 信用金庫, 信用組合, 労働金庫, 銀行 and other financial institutions named as such.
    case financialInstitution = "financial_institution"
    /// 公社, 機構, 事業団, 協会, 基金, 連合会: a public or private body named by its kind.
    case otherBody = "other_body"
    /// A company named in English (Co., Ltd., Inc., Corporation, LLC) without a Japanese form.
    case company
    /// Another name carrying 会社.
    case otherKaisha = "other_kaisha"
    /// The State (国) or one of its ministries and agencies (財務省, 国土交通省, …).
    case state
    /// A prefecture or municipality (東京都, 横浜市, 千代田区, …).
    case localGovernment = "local_government"
}

/// Where a legal-form designation stands in an entity's name: 前株 (`prefix`), 後株 (`suffix`) or inside
/// (`middle`). Registries treat 株式会社山田商店 and 山田商店株式会社 as different names.
public enum EntityPosition: String, Sendable, Hashable, Encodable {
    /// The designation comes first (株式会社山田商店, ㈱山田商店, カ)ヤマダ).
    case prefix
    /// The designation comes last (山田商店株式会社, ヤマダ(カ).
    case suffix
    /// The designation stands inside the name (山田(株)東京支店).
    case middle
}

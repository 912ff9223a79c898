// swift-format-ignore-file
//
// Real-world address notations: the evaluation set of AddressEvaluationTests, one
// tab-separated row per notation (kept in a Swift literal so that the test target needs
// no resource declaration).
//
// Provenance: the addresses of public facilities (prefectural offices, city, town and
// village halls, stations, universities, hospitals, museums, temples and shrines, courts)
// written from knowledge; verify against official sites when in doubt. Expected names are
// checked against the reference table (AddressReferenceTable, from KEN_ALL): the
// municipality with its 郡 and, for a ward, its city; the town without 丁目, spelt as Japan
// Post spells it (本宮市本宮字万世 → 本宮万世, 龍安寺御陵下町 → 龍安寺御陵ノ下町).
//
// Each address is written in 3 to 6 notations, as ledgers and web forms write them.
// Columns:
//   category      A: notation folding only (full-width digits, kanji numerals, dash
//                    look-alikes, spaces, ヶ/ケ/が and variant kanji, postal codes, buildings);
//                 B: needs the reference data (prefecture or 郡 omitted, 大字/字, 丁目 as a
//                    hyphenated number, a ward without its city or a city without its ward,
//                    Kyoto street designations, a 小字 after the town, KEN_ALL spellings)
//   input         the notation
//   prefecture, municipality, town
//                 expected; an empty town means the address has none (龍ケ崎市3710番地)
//   form          how the notation departs from the official one, to read the misses by

enum RealAddresses {
    /// category, input, prefecture, municipality, town, form.
    static let rows = #"""
A	北海道札幌市中央区北３条西６丁目	北海道	札幌市中央区	北三条西	fullwidth
A	北海道札幌市中央区北3条西六丁目	北海道	札幌市中央区	北三条西	kanji
B	中央区北3条西6丁目	北海道	札幌市中央区	北三条西	ward-without-city
B	札幌市北3条西6丁目	北海道	札幌市中央区	北三条西	city-without-ward
A	北海道札幌市中央区北1条西2丁目 〒060-0001	北海道	札幌市中央区	北一条西	postal-after
A	北海道札幌市中央区北1条西二丁目	北海道	札幌市中央区	北一条西	kanji
B	北海道中央区北1条西2丁目	北海道	札幌市中央区	北一条西	ward-without-city
B	札幌市中央区北1条西2丁目	北海道	札幌市中央区	北一条西	no-prefecture
A	北海道札幌市北区北8条西5丁目	北海道	札幌市北区	北八条西	official
A	北海道札幌市北区北8条西5丁目（〒060-0808）	北海道	札幌市北区	北八条西	postal-after
A	〒0600808 北海道札幌市北区北8条西5丁目	北海道	札幌市北区	北八条西	postal
B	北海道札幌市北8条西5丁目	北海道	札幌市北区	北八条西	city-without-ward
A	060-0806 北海道札幌市北区北6条西4丁目	北海道	札幌市北区	北六条西	postal
A	北海道札幌市北区北6条西4丁目（〒060-0806）	北海道	札幌市北区	北六条西	postal-after
B	札幌市北区北6条西4丁目	北海道	札幌市北区	北六条西	no-prefecture
B	北海道札幌市北6条西4丁目	北海道	札幌市北区	北六条西	city-without-ward
A	北海道札幌市中央区大通西1丁目	北海道	札幌市中央区	大通西	official
A	北海道札幌市中央区大通西１丁目	北海道	札幌市中央区	大通西	fullwidth
A	北海道　札幌市中央区　大通西　1丁目 パークタワー２０階	北海道	札幌市中央区	大通西	spaces+building
B	北海道札幌市大通西1丁目	北海道	札幌市中央区	大通西	city-without-ward
B	中央区大通西1丁目	北海道	札幌市中央区	大通西	ward-without-city
B	札幌市中央区大通西1丁目	北海道	札幌市中央区	大通西	no-prefecture
A	北海道札幌市豊平区平岸6条10丁目1番1号	北海道	札幌市豊平区	平岸六条	official
A	北海道札幌市豊平区平岸６条１０丁目１－１	北海道	札幌市豊平区	平岸六条	fullwidth
B	北海道札幌市豊平区平岸6条10-1-1	北海道	札幌市豊平区	平岸六条	hyphen-chome
B	札幌市豊平区平岸6条10丁目1-1	北海道	札幌市豊平区	平岸六条	no-prefecture
A	北海道旭川市6条通9丁目46番地	北海道	旭川市	六条通	official
A	070-0036 北海道旭川市6条通9丁目46	北海道	旭川市	六条通	postal
A	北海道旭川市６条通９丁目４６	北海道	旭川市	六条通	fullwidth
B	北海道旭川市6条通9-46	北海道	旭川市	六条通	hyphen-chome
A	北海道函館市東雲町4番13号	北海道	函館市	東雲町	official
A	北海道函館市東雲町4-13　〒040-0036	北海道	函館市	東雲町	postal-after
A	北海道函館市東雲町4-13	北海道	函館市	東雲町	kanji
B	函館市東雲町4番13号	北海道	函館市	東雲町	no-prefecture
A	北海道小樽市花園2丁目12番1号	北海道	小樽市	花園	official
A	北海道　小樽市　花園　2丁目12-1 〇〇荘 5号室	北海道	小樽市	花園	spaces+building
A	北海道小樽市花園2丁12-1	北海道	小樽市	花園	chou
B	〒047-0024小樽市花園2-12-1	北海道	小樽市	花園	no-prefecture+hyphen-chome
B	北海道小樽市花園2-12-1	北海道	小樽市	花園	hyphen-chome
A	〒085-0018 北海道釧路市黒金町7丁目5	北海道	釧路市	黒金町	postal
A	北海道釧路市黒金町７丁目５	北海道	釧路市	黒金町	fullwidth
B	北海道釧路市黒金町7-5	北海道	釧路市	黒金町	hyphen-chome
B	釧路市黒金町7丁目5	北海道	釧路市	黒金町	no-prefecture
A	北海道帯広市西5条南7丁目1番地	北海道	帯広市	西五条南	official
A	北海道帯広市西5条南7丁目1番地　東棟	北海道	帯広市	西五条南	paren-building
B	北海道帯広市西5条南7-1	北海道	帯広市	西五条南	hyphen-chome
A	090-0040 北海道北見市大通西3丁目1-1	北海道	北見市	大通西	postal
A	北海道北見市大通西3丁目1番地の1	北海道	北見市	大通西	banchi-no
A	北海道北見市大通西三丁目一番地一	北海道	北見市	大通西	kanji
B	北海道北見市大通西3-1-1	北海道	北見市	大通西	hyphen-chome
A	北海道伊達市鹿島町20番地1	北海道	伊達市	鹿島町	official
A	北海道伊達市鹿島町２０－１	北海道	伊達市	鹿島町	fullwidth
B	伊達市鹿島町20番地1	北海道	伊達市	鹿島町	no-prefecture
A	北海道網走市南6条東4丁目	北海道	網走市	南六条東	official
A	北海道網走市南６条東４丁目	北海道	網走市	南六条東	fullwidth
A	〒093-0006北海道網走市南6条東4丁目	北海道	網走市	南六条東	postal
B	網走市南6条東4丁目	北海道	網走市	南六条東	no-prefecture
A	北海道虻田郡倶知安町北1条東3丁目3番地(本館)	北海道	虻田郡倶知安町	北一条東	paren-building
A	北海道虻田郡倶知安町北1条東3丁3	北海道	虻田郡倶知安町	北一条東	chou
A	北海道虻田郡倶知安町北１条東３丁目３	北海道	虻田郡倶知安町	北一条東	fullwidth
B	北海道倶知安町北1条東3丁目3	北海道	虻田郡倶知安町	北一条東	no-gun
A	北海道虻田郡ニセコ町富士見４７	北海道	虻田郡ニセコ町	富士見	fullwidth
A	北海道虻田郡ニセコ町富士見47番地 (B1F)	北海道	虻田郡ニセコ町	富士見	paren-building
B	北海道虻田郡ニセコ町字富士見47	北海道	虻田郡ニセコ町	富士見	oaza-prefix
B	ニセコ町富士見47番地	北海道	虻田郡ニセコ町	富士見	no-prefecture+no-gun
A	北海道稚内市中央3丁目13番15号 (第2庁舎)	北海道	稚内市	中央	paren-building
A	北海道 稚内市 中央3丁目13-15 レジデンス南 B棟 305	北海道	稚内市	中央	spaces+building
A	北海道稚内市中央3丁目13-15 〒097-0022	北海道	稚内市	中央	postal-after
B	北海道稚内市中央3-13-15	北海道	稚内市	中央	hyphen-chome
B	稚内市中央3丁目13-15	北海道	稚内市	中央	no-prefecture
A	北海道根室市常盤町二丁目27	北海道	根室市	常盤町	kanji
A	北海道　根室市　常盤町　2丁目27第2松本ビル4F	北海道	根室市	常盤町	spaces+building
A	北海道根室市常盤町２丁目２７	北海道	根室市	常盤町	fullwidth
B	根室市常盤町2丁目27	北海道	根室市	常盤町	no-prefecture
B	北海道根室市常盤町2-27	北海道	根室市	常盤町	hyphen-chome
A	北海道富良野市弥生町一番一号	北海道	富良野市	弥生町	kanji
A	北海道富良野市弥生町１－１	北海道	富良野市	弥生町	fullwidth
B	〒076-0018 富良野市弥生町1-1	北海道	富良野市	弥生町	no-prefecture
A	北海道 室蘭市 幸町 1-2本庁舎	北海道	室蘭市	幸町	spaces+building
A	北海道室蘭市幸町一番二号	北海道	室蘭市	幸町	kanji
B	室蘭市幸町1番2号	北海道	室蘭市	幸町	no-prefecture
A	〒053-0018北海道苫小牧市旭町4丁目5-6	北海道	苫小牧市	旭町	postal
A	北海道苫小牧市旭町４丁目５－６	北海道	苫小牧市	旭町	fullwidth
A	北海道苫小牧市旭町四丁目5-6	北海道	苫小牧市	旭町	kanji
B	苫小牧市旭町4-5-6	北海道	苫小牧市	旭町	no-prefecture+hyphen-chome
A	北海道江別市高砂町6番地	北海道	江別市	高砂町	official
A	北海道　江別市　高砂町　6 レジデンス南 B棟 305	北海道	江別市	高砂町	spaces+building
B	〒067-0074江別市高砂町6	北海道	江別市	高砂町	no-prefecture
A	北海道千歳市東雲町2丁目34番地	北海道	千歳市	東雲町	official
A	北海道千歳市東雲町２丁目３４	北海道	千歳市	東雲町	fullwidth
B	千歳市東雲町2丁目34番地	北海道	千歳市	東雲町	no-prefecture
B	北海道千歳市東雲町2-34	北海道	千歳市	東雲町	hyphen-chome
A	北海道奥尻郡奥尻町奥尻806番地	北海道	奥尻郡奥尻町	奥尻	official
A	北海道奥尻郡奥尻町奥尻806	北海道	奥尻郡奥尻町	奥尻	kanji
B	北海道奥尻郡奥尻町字奥尻806番地	北海道	奥尻郡奥尻町	奥尻	oaza-prefix
B	奥尻郡奥尻町奥尻806	北海道	奥尻郡奥尻町	奥尻	no-prefecture
B	奥尻町字奥尻806	北海道	奥尻郡奥尻町	奥尻	oaza-prefix+omissions
B	奥尻町奥尻806	北海道	奥尻郡奥尻町	奥尻	no-prefecture+no-gun
A	〒071-1423 北海道上川郡東川町東町1丁目16-1	北海道	上川郡東川町	東町	postal
A	北海道上川郡東川町東町1丁目16—1	北海道	上川郡東川町	東町	dash
B	東川町東町1丁目16番1号	北海道	上川郡東川町	東町	no-prefecture+no-gun
B	北海道上川郡東川町東町1-16-1	北海道	上川郡東川町	東町	hyphen-chome
B	上川郡東川町東町1丁目16番1号	北海道	上川郡東川町	東町	no-prefecture
B	北海道東川町東町1丁目16-1	北海道	上川郡東川町	東町	no-gun
A	北海道夕張市本町四丁目二番地	北海道	夕張市	本町	kanji
A	〒068-0403 北海道夕張市本町4丁目2	北海道	夕張市	本町	postal
B	夕張市本町4-2	北海道	夕張市	本町	no-prefecture+hyphen-chome
A	北海道中川郡幕別町本町一三〇番地一	北海道	中川郡幕別町	本町	kanji
A	北海道中川郡幕別町本町130–1	北海道	中川郡幕別町	本町	dash
B	中川郡幕別町本町130-1	北海道	中川郡幕別町	本町	no-prefecture
B	幕別町本町130-1	北海道	中川郡幕別町	本町	no-prefecture+no-gun
A	北海道　河東郡音更町　元町2 シティプラザ East 1102	北海道	河東郡音更町	元町	spaces+building
A	北海道河東郡音更町元町２	北海道	河東郡音更町	元町	fullwidth
A	〒080-0103 北海道河東郡音更町元町2	北海道	河東郡音更町	元町	postal
B	河東郡音更町元町2	北海道	河東郡音更町	元町	no-prefecture
B	北海道音更町元町2	北海道	河東郡音更町	元町	no-gun
A	北海道石狩市花川北6条1丁目30番地2	北海道	石狩市	花川北六条	official
A	北海道石狩市花川北6条１丁目３０－２	北海道	石狩市	花川北六条	fullwidth
A	北海道石狩市花川北6条一丁目30-2	北海道	石狩市	花川北六条	kanji
B	北海道石狩市花川北6条1-30-2	北海道	石狩市	花川北六条	hyphen-chome
A	北海道北広島市中央4丁目2番地1	北海道	北広島市	中央	official
A	北海道北広島市中央4丁目2番地1（本館）	北海道	北広島市	中央	paren-building
B	北広島市中央4-2-1	北海道	北広島市	中央	no-prefecture+hyphen-chome
B	北海道北広島市中央4-2-1	北海道	北広島市	中央	hyphen-chome
A	北海道恵庭市京町１	北海道	恵庭市	京町	fullwidth
A	〒061-1444北海道恵庭市京町1	北海道	恵庭市	京町	postal
B	恵庭市京町1	北海道	恵庭市	京町	no-prefecture
A	北海道登別市中央町6丁目11番地	北海道	登別市	中央町	official
A	北海道 登別市 中央町6丁目11 サンハイツ101	北海道	登別市	中央町	spaces+building
A	北海道登別市中央町六丁目十一番地	北海道	登別市	中央町	kanji
B	北海道登別市中央町6-11	北海道	登別市	中央町	hyphen-chome
B	登別市中央町6丁目11番地	北海道	登別市	中央町	no-prefecture
A	北海道岩見沢市鳩が丘1丁目1番1号 (東棟)	北海道	岩見沢市	鳩が丘	paren-building
A	北海道岩見沢市鳩が丘1丁目1-1　〒068-0828	北海道	岩見沢市	鳩が丘	postal-after
A	北海道岩見沢市鳩が丘一丁目1-1	北海道	岩見沢市	鳩が丘	kanji
A	北海道岩見沢市鳩ヶ丘1丁目1-1	北海道	岩見沢市	鳩が丘	variant
B	北海道岩見沢市鳩が丘1-1-1	北海道	岩見沢市	鳩が丘	hyphen-chome
A	青森県青森市長島1丁目1番1号	青森県	青森市	長島	official
A	青森県青森市長島1丁1-1	青森県	青森市	長島	chou
B	青森県青森市長島1-1-1	青森県	青森市	長島	hyphen-chome
B	青森市長島1丁目1番1号	青森県	青森市	長島	no-prefecture
A	青森県青森市中央1丁目22番5号	青森県	青森市	中央	official
A	〒030-0822　青森県青森市中央1丁目22-5	青森県	青森市	中央	postal
B	青森県青森市中央1-22-5	青森県	青森市	中央	hyphen-chome
B	青森市中央1丁目22-5	青森県	青森市	中央	no-prefecture
A	青森県弘前市上白銀町1番地1	青森県	弘前市	上白銀町	official
A	青森県　弘前市　上白銀町1-1 県庁舎本館	青森県	弘前市	上白銀町	spaces+building
B	青森県弘前市大字上白銀町1番地1	青森県	弘前市	上白銀町	oaza-prefix
A	青森県八戸市内丸1丁目1番1号	青森県	八戸市	内丸	official
A	青森県　八戸市　内丸1丁目1-1ハイツ一番館 102	青森県	八戸市	内丸	spaces+building
B	八戸市内丸1丁目1-1	青森県	八戸市	内丸	no-prefecture
B	青森県八戸市内丸1-1-1	青森県	八戸市	内丸	hyphen-chome
A	青森県弘前市文京町1番地	青森県	弘前市	文京町	official
A	青森県弘前市文京町1番地　本館	青森県	弘前市	文京町	paren-building
B	弘前市文京町1	青森県	弘前市	文京町	no-prefecture
A	〒0330031 青森県三沢市桜町1丁目1-1	青森県	三沢市	桜町	postal
A	青森県三沢市桜町1丁目1−1	青森県	三沢市	桜町	dash
A	青森県　三沢市　桜町1丁目1-1 ﾊｲﾂ ｻｸﾗ 201	青森県	三沢市	桜町	spaces+building
B	青森県三沢市桜町1-1-1	青森県	三沢市	桜町	hyphen-chome
B	〒033-0031　三沢市桜町1丁目1-1	青森県	三沢市	桜町	no-prefecture
A	青森県十和田市西十二番町6番1号	青森県	十和田市	西十二番町	official
A	青森県十和田市西十二番町6番1号（第2庁舎）	青森県	十和田市	西十二番町	paren-building
B	〒034-0093十和田市西十二番町6-1	青森県	十和田市	西十二番町	no-prefecture
A	青森県 むつ市 中央1丁目8-1ﾊｲﾂ ｻｸﾗ 201	青森県	むつ市	中央	spaces+building
A	〒035-0073 青森県むつ市中央1丁目8-1	青森県	むつ市	中央	postal
B	青森県むつ市中央1-8-1	青森県	むつ市	中央	hyphen-chome
A	青森県 五所川原市 布屋町41-1 パークタワー２０階	青森県	五所川原市	布屋町	spaces+building
A	青森県五所川原市布屋町41-1（〒037-0053）	青森県	五所川原市	布屋町	postal-after
A	青森県五所川原市布屋町４１－１	青森県	五所川原市	布屋町	fullwidth
B	青森県五所川原市字布屋町41-1	青森県	五所川原市	布屋町	oaza-prefix
B	五所川原市布屋町41番地1	青森県	五所川原市	布屋町	no-prefecture
A	青森県黒石市市ノ町11番地1 (第2庁舎)	青森県	黒石市	市ノ町	paren-building
A	青森県黒石市市ノ町11—1	青森県	黒石市	市ノ町	dash
A	青森県 黒石市 市ノ町 11-1 ﾊｲﾂ ｻｸﾗ 201	青森県	黒石市	市ノ町	spaces+building
B	青森県黒石市大字市ノ町11番地1	青森県	黒石市	市ノ町	oaza-prefix
B	黒石市大字市ノ町11-1	青森県	黒石市	市ノ町	oaza-prefix+omissions
B	〒0360307 黒石市市ノ町11-1	青森県	黒石市	市ノ町	no-prefecture
B	青森県北津軽郡鶴田町大字鶴田字早瀬200番地1	青森県	北津軽郡鶴田町	鶴田	oaza-prefix
B	青森県北津軽郡鶴田町鶴田字早瀬200番地1	青森県	北津軽郡鶴田町	鶴田	koaza
B	青森県鶴田町鶴田字早瀬200-1	青森県	北津軽郡鶴田町	鶴田	no-gun
B	〒038-3503　北津軽郡鶴田町鶴田字早瀬200-1	青森県	北津軽郡鶴田町	鶴田	no-prefecture
B	鶴田町鶴田字早瀬200番地1	青森県	北津軽郡鶴田町	鶴田	no-prefecture+no-gun
B	青森県鶴田町大字鶴田字早瀬200-1	青森県	北津軽郡鶴田町	鶴田	oaza-prefix+omissions
B	青森県上北郡六ヶ所村大字尾駮字野附475	青森県	上北郡六ヶ所村	尾駮	oaza-prefix
B	青森県上北郡六ヶ所村尾駮字野附475番地	青森県	上北郡六ヶ所村	尾駮	koaza
B	〒039-3212上北郡六ヶ所村尾駮字野附475	青森県	上北郡六ヶ所村	尾駮	no-prefecture
B	青森県六ヶ所村尾駮野附475	青森県	上北郡六ヶ所村	尾駮	no-gun
A	〒0383803 青森県南津軽郡藤崎町西豊田1丁目1	青森県	南津軽郡藤崎町	西豊田	postal
A	青森県南津軽郡藤崎町西豊田1丁目1番地（第2庁舎）	青森県	南津軽郡藤崎町	西豊田	paren-building
A	青森県南津軽郡藤崎町西豊田1丁目1 〒038-3803	青森県	南津軽郡藤崎町	西豊田	postal-after
B	青森県南津軽郡藤崎町大字西豊田1丁目1	青森県	南津軽郡藤崎町	西豊田	oaza-prefix
B	青森県南津軽郡藤崎町西豊田1-1	青森県	南津軽郡藤崎町	西豊田	hyphen-chome
B	青森県西津軽郡深浦町大字深浦字苗代沢84-2	青森県	西津軽郡深浦町	深浦	oaza-prefix
B	青森県西津軽郡深浦町深浦字苗代沢84番地2	青森県	西津軽郡深浦町	深浦	koaza
B	青森県深浦町大字深浦字苗代沢84番地2	青森県	西津軽郡深浦町	深浦	oaza-prefix+omissions
B	深浦町深浦字苗代沢84-2	青森県	西津軽郡深浦町	深浦	no-prefecture+no-gun
B	青森県西津軽郡深浦町深浦苗代沢84番地2	青森県	西津軽郡深浦町	深浦	koaza-without-aza
A	岩手県盛岡市内丸10番1号	岩手県	盛岡市	内丸	official
A	岩手県　盛岡市　内丸10-1グランドメゾン3F	岩手県	盛岡市	内丸	spaces+building
B	盛岡市内丸10番1号	岩手県	盛岡市	内丸	no-prefecture
A	岩手県盛岡市内丸12–2	岩手県	盛岡市	内丸	dash
A	岩手県盛岡市内丸12-2（〒020-0023）	岩手県	盛岡市	内丸	postal-after
A	〒020-0023 岩手県盛岡市内丸12-2	岩手県	盛岡市	内丸	postal
B	盛岡市内丸12-2	岩手県	盛岡市	内丸	no-prefecture
A	岩手県盛岡市盛岡駅前通1番48号	岩手県	盛岡市	盛岡駅前通	official
A	岩手県盛岡市盛岡駅前通1-48　〒020-0034	岩手県	盛岡市	盛岡駅前通	postal-after
A	岩手県盛岡市盛岡駅前通１－４８	岩手県	盛岡市	盛岡駅前通	fullwidth
B	盛岡市盛岡駅前通1番48号	岩手県	盛岡市	盛岡駅前通	no-prefecture
A	岩手県花巻市花城町9番30号	岩手県	花巻市	花城町	official
A	岩手県花巻市花城町９－３０	岩手県	花巻市	花城町	fullwidth
A	岩手県　花巻市　花城町　9-30 グランドメゾン3F	岩手県	花巻市	花城町	spaces+building
B	花巻市花城町9-30	岩手県	花巻市	花城町	no-prefecture
A	岩手県北上市芳町1－1	岩手県	北上市	芳町	dash
A	〒024-0095岩手県北上市芳町1-1	岩手県	北上市	芳町	postal
A	岩手県北上市芳町１－１	岩手県	北上市	芳町	fullwidth
B	北上市芳町1-1	岩手県	北上市	芳町	no-prefecture
A	岩手県一関市竹山町7番2号	岩手県	一関市	竹山町	official
A	岩手県一関市竹山町7-2　〒021-0027	岩手県	一関市	竹山町	postal-after
A	岩手県一関市竹山町7-2	岩手県	一関市	竹山町	kanji
B	021-0027 一関市竹山町7-2	岩手県	一関市	竹山町	no-prefecture
A	岩手県奥州市水沢大手町1丁目1番地	岩手県	奥州市	水沢大手町	official
A	岩手県奥州市水沢大手町一丁目一番地	岩手県	奥州市	水沢大手町	kanji
A	岩手県 奥州市 水沢大手町 1丁目1 シティプラザ East 1102	岩手県	奥州市	水沢大手町	spaces+building
B	岩手県奥州市水沢大手町1-1	岩手県	奥州市	水沢大手町	hyphen-chome
B	奥州市水沢大手町1-1	岩手県	奥州市	水沢大手町	no-prefecture+hyphen-chome
A	〒0270052 岩手県宮古市宮町1丁目1-30	岩手県	宮古市	宮町	postal
A	岩手県 宮古市 宮町1丁目1-30 県庁舎本館	岩手県	宮古市	宮町	spaces+building
A	岩手県宮古市宮町1丁1-30	岩手県	宮古市	宮町	chou
B	岩手県宮古市宮町1-1-30	岩手県	宮古市	宮町	hyphen-chome
A	026-0021 岩手県釜石市只越町3丁目9-13	岩手県	釜石市	只越町	postal
A	岩手県釜石市只越町3丁目9番13号　B1F	岩手県	釜石市	只越町	paren-building
A	岩手県釜石市只越町3丁9-13	岩手県	釜石市	只越町	chou
B	岩手県釜石市只越町3-9-13	岩手県	釜石市	只越町	hyphen-chome
B	〒0260021 釜石市只越町3丁目9-13	岩手県	釜石市	只越町	no-prefecture
A	岩手県　久慈市　川崎町1-1 サンハイツ101	岩手県	久慈市	川崎町	spaces+building
A	028-0051 岩手県久慈市川崎町1-1	岩手県	久慈市	川崎町	postal
B	久慈市川崎町1-1	岩手県	久慈市	川崎町	no-prefecture
A	岩手県遠野市中央通り9番1号　東棟	岩手県	遠野市	中央通り	paren-building
A	岩手県　遠野市　中央通り9-1 1F	岩手県	遠野市	中央通り	spaces+building
A	岩手県遠野市中央通り9-1 〒028-0523	岩手県	遠野市	中央通り	postal-after
B	〒028-0523遠野市中央通り9-1	岩手県	遠野市	中央通り	no-prefecture
B	岩手県二戸市福岡字川又47番地	岩手県	二戸市	福岡	koaza
B	岩手県二戸市福岡川又47番地	岩手県	二戸市	福岡	koaza-without-aza
B	〒0286101 二戸市福岡川又47	岩手県	二戸市	福岡	no-prefecture
A	岩手県岩手郡雫石町千刈田5番地1	岩手県	岩手郡雫石町	千刈田	official
A	岩手県岩手郡雫石町千刈田5番地の1	岩手県	岩手郡雫石町	千刈田	banchi-no
A	岩手県岩手郡雫石町千刈田５－１	岩手県	岩手郡雫石町	千刈田	fullwidth
B	岩手県雫石町千刈田5-1	岩手県	岩手郡雫石町	千刈田	no-gun
B	雫石町千刈田5番地1	岩手県	岩手郡雫石町	千刈田	no-prefecture+no-gun
A	岩手県九戸郡洋野町種市第二十三地割二十七番地一	岩手県	九戸郡洋野町	種市	kanji
A	岩手県九戸郡洋野町種市第23地割27番地1　第2庁舎	岩手県	九戸郡洋野町	種市	paren-building
A	岩手県九戸郡洋野町種市第23地割27-1 〒028-7901	岩手県	九戸郡洋野町	種市	postal-after
B	九戸郡洋野町種市第23地割27番地1	岩手県	九戸郡洋野町	種市	no-prefecture
B	岩手県下閉伊郡岩泉町岩泉字惣畑59番地5	岩手県	下閉伊郡岩泉町	岩泉	koaza
B	〒0270501 下閉伊郡岩泉町岩泉惣畑59-5	岩手県	下閉伊郡岩泉町	岩泉	no-prefecture
B	岩泉町岩泉惣畑59番地5	岩手県	下閉伊郡岩泉町	岩泉	no-prefecture+no-gun
B	岩手県下閉伊郡岩泉町岩泉惣畑59番地5	岩手県	下閉伊郡岩泉町	岩泉	koaza-without-aza
B	岩手県岩泉町岩泉字惣畑59番地5	岩手県	下閉伊郡岩泉町	岩泉	no-gun
A	岩手県滝沢市中鵜飼五十五番地	岩手県	滝沢市	中鵜飼	kanji
A	岩手県滝沢市中鵜飼55　〒020-0654	岩手県	滝沢市	中鵜飼	postal-after
B	滝沢市中鵜飼55	岩手県	滝沢市	中鵜飼	no-prefecture
A	岩手県紫波郡紫波町紫波中央駅前2丁目3番地1	岩手県	紫波郡紫波町	紫波中央駅前	official
A	028-3318 岩手県紫波郡紫波町紫波中央駅前2丁目3-1	岩手県	紫波郡紫波町	紫波中央駅前	postal
B	紫波町紫波中央駅前2丁目3番地1	岩手県	紫波郡紫波町	紫波中央駅前	no-prefecture+no-gun
B	岩手県紫波町紫波中央駅前2丁目3-1	岩手県	紫波郡紫波町	紫波中央駅前	no-gun
B	岩手県紫波郡紫波町紫波中央駅前2-3-1	岩手県	紫波郡紫波町	紫波中央駅前	hyphen-chome
B	紫波郡紫波町紫波中央駅前2丁目3-1	岩手県	紫波郡紫波町	紫波中央駅前	no-prefecture
A	岩手県岩手郡葛巻町葛巻第１６地割１－１	岩手県	岩手郡葛巻町	葛巻	fullwidth
A	岩手県岩手郡葛巻町葛巻第16地割1番地の1	岩手県	岩手郡葛巻町	葛巻	banchi-no
B	岩手県葛巻町葛巻第16地割1-1	岩手県	岩手郡葛巻町	葛巻	no-gun
A	岩手県九戸郡軽米町軽米第10地割85番地(東棟)	岩手県	九戸郡軽米町	軽米	paren-building
A	岩手県九戸郡軽米町軽米第10地割85　〒028-6302	岩手県	九戸郡軽米町	軽米	postal-after
A	岩手県九戸郡軽米町軽米第十地割八十五番地	岩手県	九戸郡軽米町	軽米	kanji
B	岩手県九戸郡軽米町大字軽米第10地割85	岩手県	九戸郡軽米町	軽米	oaza-prefix
B	岩手県軽米町軽米第10地割85	岩手県	九戸郡軽米町	軽米	no-gun
B	九戸郡軽米町軽米第10地割85番地	岩手県	九戸郡軽米町	軽米	no-prefecture
A	岩手県下閉伊郡田野畑村田野畑143番地1	岩手県	下閉伊郡田野畑村	田野畑	official
A	岩手県下閉伊郡田野畑村田野畑一四三番地一	岩手県	下閉伊郡田野畑村	田野畑	kanji
A	岩手県下閉伊郡田野畑村田野畑143番地1（市民センター）	岩手県	下閉伊郡田野畑村	田野畑	paren-building
B	岩手県田野畑村田野畑143-1	岩手県	下閉伊郡田野畑村	田野畑	no-gun
B	岩手県西磐井郡平泉町平泉字衣関202番地	岩手県	西磐井郡平泉町	平泉	koaza
B	岩手県平泉町平泉字衣関202番地	岩手県	西磐井郡平泉町	平泉	no-gun
B	平泉町平泉衣関202	岩手県	西磐井郡平泉町	平泉	no-prefecture+no-gun
B	岩手県西磐井郡平泉町平泉衣関202番地	岩手県	西磐井郡平泉町	平泉	koaza-without-aza
B	〒029-4102　西磐井郡平泉町平泉字衣関202番地	岩手県	西磐井郡平泉町	平泉	no-prefecture
A	岩手県岩手郡雫石町長山第1地割55番地	岩手県	岩手郡雫石町	長山	official
A	岩手県岩手郡雫石町長山第１地割５５	岩手県	岩手郡雫石町	長山	fullwidth
A	岩手県岩手郡雫石町長山第1地割55 〒020-0585	岩手県	岩手郡雫石町	長山	postal-after
B	岩手郡雫石町長山第1地割55	岩手県	岩手郡雫石町	長山	no-prefecture
B	岩手県雫石町長山第1地割55	岩手県	岩手郡雫石町	長山	no-gun
A	〒9800014 宮城県仙台市青葉区本町3丁目8-1	宮城県	仙台市青葉区	本町	postal
A	宮城県仙台市青葉区本町3丁8-1	宮城県	仙台市青葉区	本町	chou
B	宮城県仙台市青葉区本町3-8-1	宮城県	仙台市青葉区	本町	hyphen-chome
B	〒980-0014　仙台市青葉区本町3丁目8番1号	宮城県	仙台市青葉区	本町	no-prefecture
B	宮城県仙台市本町3-8-1	宮城県	仙台市青葉区	本町	city-without-ward
A	宮城県仙台市青葉区国分町3丁目7番1号	宮城県	仙台市青葉区	国分町	official
A	宮城県仙台市青葉区国分町３丁目７－１	宮城県	仙台市青葉区	国分町	fullwidth
A	宮城県仙台市青葉区国分町3丁目7-1　〒980-0803	宮城県	仙台市青葉区	国分町	postal-after
B	仙台市青葉区国分町3丁目7-1	宮城県	仙台市青葉区	国分町	no-prefecture
A	宮城県仙台市青葉区片平2丁目1番1号	宮城県	仙台市青葉区	片平	official
A	宮城県仙台市青葉区片平2丁目1−1	宮城県	仙台市青葉区	片平	dash
B	〒9800812 仙台市青葉区片平2丁目1-1	宮城県	仙台市青葉区	片平	no-prefecture
B	宮城県仙台市青葉区片平2-1-1	宮城県	仙台市青葉区	片平	hyphen-chome
B	青葉区片平2丁目1番1号	宮城県	仙台市青葉区	片平	ward-without-city
A	宮城県仙台市青葉区中央1丁目1番1号	宮城県	仙台市青葉区	中央	official
A	宮城県仙台市青葉区中央1丁目1-1　〒980-0021	宮城県	仙台市青葉区	中央	postal-after
B	仙台市中央1-1-1	宮城県	仙台市青葉区	中央	city-without-ward
B	青葉区中央1丁目1-1	宮城県	仙台市青葉区	中央	ward-without-city
B	〒980-0021仙台市青葉区中央1丁目1番1号	宮城県	仙台市青葉区	中央	no-prefecture
B	宮城県仙台市青葉区中央1-1-1	宮城県	仙台市青葉区	中央	hyphen-chome
A	宮城県石巻市穀町14番1号 (東棟)	宮城県	石巻市	穀町	paren-building
A	宮城県石巻市穀町14ー1	宮城県	石巻市	穀町	dash
A	〒986-0825宮城県石巻市穀町14-1	宮城県	石巻市	穀町	postal
B	石巻市穀町14番1号	宮城県	石巻市	穀町	no-prefecture
A	宮城県塩竈市旭町1番1号	宮城県	塩竈市	旭町	official
A	宮城県塩竈市旭町１－１	宮城県	塩竈市	旭町	fullwidth
A	〒985-0026宮城県塩竈市旭町1-1	宮城県	塩竈市	旭町	postal
A	宮城県塩釜市旭町1-1	宮城県	塩竈市	旭町	variant
B	〒985-0026 塩竈市旭町1番1号	宮城県	塩竈市	旭町	no-prefecture
A	宮城県気仙沼市八日町1丁目1番1号	宮城県	気仙沼市	八日町	official
A	宮城県気仙沼市八日町1丁目1-1　〒988-0084	宮城県	気仙沼市	八日町	postal-after
B	宮城県気仙沼市八日町1-1-1	宮城県	気仙沼市	八日町	hyphen-chome
B	〒9880084 気仙沼市八日町1丁目1-1	宮城県	気仙沼市	八日町	no-prefecture
B	宮城県名取市増田字柳田80番地	宮城県	名取市	増田	koaza
B	名取市増田柳田80	宮城県	名取市	増田	no-prefecture
B	宮城県名取市増田柳田80番地	宮城県	名取市	増田	koaza-without-aza
A	985-0873 宮城県多賀城市中央2丁目1-1	宮城県	多賀城市	中央	postal
A	宮城県多賀城市中央2丁目1番1号　第2庁舎	宮城県	多賀城市	中央	paren-building
B	宮城県多賀城市中央2-1-1	宮城県	多賀城市	中央	hyphen-chome
B	宮城県宮城郡松島町松島字町内91番地	宮城県	宮城郡松島町	松島	koaza
B	宮城郡松島町松島字町内91番地	宮城県	宮城郡松島町	松島	no-prefecture
B	松島町松島町内91	宮城県	宮城郡松島町	松島	no-prefecture+no-gun
A	宮城県大崎市古川七日町1番1号	宮城県	大崎市	古川七日町	official
A	宮城県大崎市古川七日町1‐1	宮城県	大崎市	古川七日町	dash
B	大崎市古川七日町1番1号	宮城県	大崎市	古川七日町	no-prefecture
A	宮城県仙台市泉区泉中央2丁1-1	宮城県	仙台市泉区	泉中央	chou
A	宮城県仙台市泉区泉中央2丁目1-1（〒981-3133）	宮城県	仙台市泉区	泉中央	postal-after
A	宮城県 仙台市泉区 泉中央2丁目1-1 コーポ山田 202号室	宮城県	仙台市泉区	泉中央	spaces+building
B	宮城県仙台市泉区泉中央2-1-1	宮城県	仙台市泉区	泉中央	hyphen-chome
B	宮城県泉区泉中央2丁目1番1号	宮城県	仙台市泉区	泉中央	ward-without-city
B	仙台市泉区泉中央2-1-1	宮城県	仙台市泉区	泉中央	no-prefecture+hyphen-chome
A	宮城県仙台市宮城野区五輪2丁目12番35号	宮城県	仙台市宮城野区	五輪	official
A	宮城県仙台市宮城野区五輪２丁目１２－３５	宮城県	仙台市宮城野区	五輪	fullwidth
B	宮城県宮城野区五輪2丁目12-35	宮城県	仙台市宮城野区	五輪	ward-without-city
B	宮城県仙台市宮城野区五輪2-12-35	宮城県	仙台市宮城野区	五輪	hyphen-chome
B	仙台市宮城野区五輪2丁目12-35	宮城県	仙台市宮城野区	五輪	no-prefecture
B	仙台市五輪2丁目12-35	宮城県	仙台市宮城野区	五輪	city-without-ward
A	宮城県仙台市若林区保春院前丁3ー1	宮城県	仙台市若林区	保春院前丁	dash
A	宮城県 仙台市若林区 保春院前丁3-1県庁舎本館	宮城県	仙台市若林区	保春院前丁	spaces+building
A	宮城県仙台市若林区保春院前丁3-1	宮城県	仙台市若林区	保春院前丁	kanji
B	〒984-0811仙台市若林区保春院前丁3番地の1	宮城県	仙台市若林区	保春院前丁	no-prefecture
A	宮城県仙台市太白区長町南三丁目一番十五号	宮城県	仙台市太白区	長町南	kanji
A	宮城県 仙台市太白区 長町南 3丁目1-15 本庁舎	宮城県	仙台市太白区	長町南	spaces+building
A	宮城県仙台市太白区長町南3丁目1-15（〒982-0012）	宮城県	仙台市太白区	長町南	postal-after
B	宮城県仙台市太白区長町南3-1-15	宮城県	仙台市太白区	長町南	hyphen-chome
B	宮城県刈田郡蔵王町大字円田西浦北10番地	宮城県	刈田郡蔵王町	円田	oaza-prefix
B	宮城県刈田郡蔵王町円田字西浦北10番地	宮城県	刈田郡蔵王町	円田	koaza
B	宮城県蔵王町円田字西浦北10	宮城県	刈田郡蔵王町	円田	no-gun
B	宮城県刈田郡蔵王町円田西浦北10番地	宮城県	刈田郡蔵王町	円田	koaza-without-aza
A	秋田県秋田市山王4丁目1番1号	秋田県	秋田市	山王	official
A	秋田県秋田市山王４丁目１－１	秋田県	秋田市	山王	fullwidth
B	秋田県秋田市山王4-1-1	秋田県	秋田市	山王	hyphen-chome
B	010-0951 秋田市山王4-1-1	秋田県	秋田市	山王	no-prefecture+hyphen-chome
A	秋田県秋田市山王１丁目１－１	秋田県	秋田市	山王	fullwidth
A	秋田県秋田市山王一丁目一番一号	秋田県	秋田市	山王	kanji
A	秋田県秋田市山王1丁目1–1	秋田県	秋田市	山王	dash
B	秋田県秋田市山王1-1-1	秋田県	秋田市	山王	hyphen-chome
B	秋田市山王1-1-1	秋田県	秋田市	山王	no-prefecture+hyphen-chome
A	秋田県秋田市中通7丁目1―2	秋田県	秋田市	中通	dash
A	秋田県秋田市中通7丁目1-2 〒010-0001	秋田県	秋田市	中通	postal-after
B	秋田市中通7丁目1-2	秋田県	秋田市	中通	no-prefecture
A	秋田県大館市中城２０	秋田県	大館市	中城	fullwidth
A	秋田県大館市中城20	秋田県	大館市	中城	kanji
A	秋田県大館市中城20番地 (本館)	秋田県	大館市	中城	paren-building
B	秋田県大館市字中城20番地	秋田県	大館市	中城	oaza-prefix
B	大館市中城20番地	秋田県	大館市	中城	no-prefecture
A	秋田県能代市上町1番3号	秋田県	能代市	上町	official
A	秋田県 能代市 上町 1-3 NTTビル7階	秋田県	能代市	上町	spaces+building
A	〒0160817 秋田県能代市上町1-3	秋田県	能代市	上町	postal
B	〒016-0817能代市上町1-3	秋田県	能代市	上町	no-prefecture
A	秋田県横手市中央町8番2号	秋田県	横手市	中央町	official
A	秋田県横手市中央町八番二号	秋田県	横手市	中央町	kanji
A	秋田県横手市中央町８－２	秋田県	横手市	中央町	fullwidth
B	横手市中央町8-2	秋田県	横手市	中央町	no-prefecture
B	秋田県男鹿市船川港船川字泉台66番地1	秋田県	男鹿市	船川港船川	koaza
B	男鹿市船川港船川泉台66番地1	秋田県	男鹿市	船川港船川	no-prefecture
B	秋田県男鹿市船川港船川泉台66番地1	秋田県	男鹿市	船川港船川	koaza-without-aza
A	秋田県湯沢市佐竹町1-1　〒012-0824	秋田県	湯沢市	佐竹町	postal-after
A	秋田県湯沢市佐竹町1-1	秋田県	湯沢市	佐竹町	kanji
B	〒012-0824 湯沢市佐竹町1番1号	秋田県	湯沢市	佐竹町	no-prefecture
A	秋田県由利本荘市尾崎17（〒015-0871）	秋田県	由利本荘市	尾崎	postal-after
A	秋田県由利本荘市尾崎17番地(B1F)	秋田県	由利本荘市	尾崎	paren-building
B	由利本荘市尾崎17	秋田県	由利本荘市	尾崎	no-prefecture
A	秋田県　大仙市　大曲花園町　1-1県庁舎本館	秋田県	大仙市	大曲花園町	spaces+building
A	秋田県大仙市大曲花園町１－１	秋田県	大仙市	大曲花園町	fullwidth
A	秋田県大仙市大曲花園町1-1 〒014-0053	秋田県	大仙市	大曲花園町	postal-after
B	〒014-0053　大仙市大曲花園町1-1	秋田県	大仙市	大曲花園町	no-prefecture
B	秋田県鹿角市花輪字荒田4番地1	秋田県	鹿角市	花輪	koaza
B	秋田県鹿角市花輪荒田4番地1	秋田県	鹿角市	花輪	koaza-without-aza
B	〒018-5201　鹿角市花輪字荒田4-1	秋田県	鹿角市	花輪	no-prefecture
A	〒018-3312　秋田県北秋田市花園町19-1	秋田県	北秋田市	花園町	postal
A	秋田県北秋田市花園町19－1	秋田県	北秋田市	花園町	dash
B	北秋田市花園町19-1	秋田県	北秋田市	花園町	no-prefecture
B	秋田県潟上市天王字棒沼台226番地1	秋田県	潟上市	天王	koaza
B	潟上市天王字棒沼台226番地1	秋田県	潟上市	天王	no-prefecture
B	秋田県潟上市天王棒沼台226番地1	秋田県	潟上市	天王	koaza-without-aza
B	秋田県鹿角郡小坂町小坂字上谷地41番地1	秋田県	鹿角郡小坂町	小坂	koaza
B	鹿角郡小坂町小坂字上谷地41-1	秋田県	鹿角郡小坂町	小坂	no-prefecture
B	小坂町小坂字上谷地41-1	秋田県	鹿角郡小坂町	小坂	no-prefecture+no-gun
B	秋田県小坂町小坂上谷地41-1	秋田県	鹿角郡小坂町	小坂	no-gun
B	秋田県鹿角郡小坂町小坂上谷地41番地1	秋田県	鹿角郡小坂町	小坂	koaza-without-aza
A	山形県山形市松波2丁目8番1号	山形県	山形市	松波	official
A	山形県山形市松波2丁目8番1号 (東棟)	山形県	山形市	松波	paren-building
A	山形県山形市松波2丁目8-1　〒990-0023	山形県	山形市	松波	postal-after
B	山形県山形市松波2-8-1	山形県	山形市	松波	hyphen-chome
B	990-0023 山形市松波2丁目8-1	山形県	山形市	松波	no-prefecture
A	山形県山形市旅篭町2丁目3番25号	山形県	山形市	旅篭町	official
A	山形県山形市旅篭町2丁目3－25	山形県	山形市	旅篭町	dash
A	山形県山形市旅籠町2丁目3-25	山形県	山形市	旅篭町	variant
B	山形県山形市旅篭町2-3-25	山形県	山形市	旅篭町	hyphen-chome
B	山形市旅篭町2丁目3-25	山形県	山形市	旅篭町	no-prefecture
A	山形県米沢市金池5丁目2番25号	山形県	米沢市	金池	official
A	山形県 米沢市 金池 5丁目2-25三井ビル 12F	山形県	米沢市	金池	spaces+building
B	米沢市金池5-2-25	山形県	米沢市	金池	no-prefecture+hyphen-chome
A	山形県鶴岡市馬場町9-25　〒997-0035	山形県	鶴岡市	馬場町	postal-after
A	山形県鶴岡市馬場町九番二十五号	山形県	鶴岡市	馬場町	kanji
B	鶴岡市馬場町9-25	山形県	鶴岡市	馬場町	no-prefecture
A	山形県酒田市本町2丁目2番45号	山形県	酒田市	本町	official
A	山形県酒田市本町２丁目２－４５	山形県	酒田市	本町	fullwidth
B	山形県酒田市本町2-2-45	山形県	酒田市	本町	hyphen-chome
B	〒998-0043酒田市本町2-2-45	山形県	酒田市	本町	no-prefecture+hyphen-chome
A	山形県 新庄市 沖の町10-37 1F	山形県	新庄市	沖の町	spaces+building
A	山形県新庄市沖の町10ー37	山形県	新庄市	沖の町	dash
A	山形県新庄市沖ノ町10-37	山形県	新庄市	沖の町	variant
B	新庄市沖の町10-37	山形県	新庄市	沖の町	no-prefecture
A	山形県天童市老野森1丁目1-1 〒994-0013	山形県	天童市	老野森	postal-after
A	山形県天童市老野森１丁目１－１	山形県	天童市	老野森	fullwidth
B	山形県天童市老野森1-1-1	山形県	天童市	老野森	hyphen-chome
B	天童市老野森1丁目1-1	山形県	天童市	老野森	no-prefecture
A	山形県上山市河崎一丁目1-10	山形県	上山市	河崎	kanji
A	山形県上山市河崎1丁目1―10	山形県	上山市	河崎	dash
B	山形県上山市河崎1-1-10	山形県	上山市	河崎	hyphen-chome
A	山形県寒河江市中央一丁目九番四十五号	山形県	寒河江市	中央	kanji
A	〒991-0021　山形県寒河江市中央1丁目9-45	山形県	寒河江市	中央	postal
B	山形県寒河江市中央1-9-45	山形県	寒河江市	中央	hyphen-chome
A	〒999-3711　山形県東根市中央1丁目1-1	山形県	東根市	中央	postal
A	山形県東根市中央一丁目1-1	山形県	東根市	中央	kanji
B	山形県東根市中央1-1-1	山形県	東根市	中央	hyphen-chome
B	東根市中央1丁目1-1	山形県	東根市	中央	no-prefecture
A	山形県尾花沢市若葉町1丁目1番3号	山形県	尾花沢市	若葉町	official
A	〒999-4225 山形県尾花沢市若葉町1丁目1-3	山形県	尾花沢市	若葉町	postal
B	尾花沢市若葉町1丁目1番3号	山形県	尾花沢市	若葉町	no-prefecture
B	山形県尾花沢市若葉町1-1-3	山形県	尾花沢市	若葉町	hyphen-chome
A	山形県山形市山寺4456-1（〒999-3301）	山形県	山形市	山寺	postal-after
A	山形県山形市山寺4456番地の1	山形県	山形市	山寺	banchi-no
B	山形市山寺4456番地1	山形県	山形市	山寺	no-prefecture
A	山形県最上郡最上町向町６４４	山形県	最上郡最上町	向町	fullwidth
A	山形県最上郡最上町向町六百四十四番地	山形県	最上郡最上町	向町	kanji
A	山形県 最上郡最上町 向町 644 第2松本ビル4F	山形県	最上郡最上町	向町	spaces+building
B	山形県最上郡最上町大字向町644	山形県	最上郡最上町	向町	oaza-prefix
B	最上郡最上町向町644	山形県	最上郡最上町	向町	no-prefecture
A	山形県東置賜郡高畠町高畠436番地	山形県	東置賜郡高畠町	高畠	official
A	山形県 東置賜郡高畠町 高畠436 第2松本ビル4F	山形県	東置賜郡高畠町	高畠	spaces+building
B	山形県東置賜郡高畠町大字高畠436番地	山形県	東置賜郡高畠町	高畠	oaza-prefix
B	高畠町高畠436	山形県	東置賜郡高畠町	高畠	no-prefecture+no-gun
A	福島県　福島市　杉妻町　2-16本庁舎	福島県	福島市	杉妻町	spaces+building
A	福島県福島市杉妻町2-16	福島県	福島市	杉妻町	kanji
B	福島市杉妻町2-16	福島県	福島市	杉妻町	no-prefecture
A	福島県福島市五老内町3番1号	福島県	福島市	五老内町	official
A	福島県福島市五老内町3—1	福島県	福島市	五老内町	dash
B	福島市五老内町3-1	福島県	福島市	五老内町	no-prefecture
A	福島県郡山市朝日1丁目23番7号	福島県	郡山市	朝日	official
A	〒963-8024 福島県郡山市朝日1丁目23-7	福島県	郡山市	朝日	postal
B	〒963-8024郡山市朝日1-23-7	福島県	郡山市	朝日	no-prefecture+hyphen-chome
B	福島県いわき市平字梅本21番地	福島県	いわき市	平	koaza
B	福島県いわき市平梅本21番地	福島県	いわき市	平	koaza-without-aza
B	いわき市平字梅本21	福島県	いわき市	平	no-prefecture
A	〒965-0872福島県会津若松市東栄町3-46	福島県	会津若松市	東栄町	postal
A	福島県会津若松市東栄町3-46（〒965-0872）	福島県	会津若松市	東栄町	postal-after
B	〒9650872 会津若松市東栄町3番46号	福島県	会津若松市	東栄町	no-prefecture
A	福島県白河市八幡小路7番地1	福島県	白河市	八幡小路	official
A	福島県白河市八幡小路7－1	福島県	白河市	八幡小路	dash
A	福島県白河市八幡小路７－１	福島県	白河市	八幡小路	fullwidth
B	〒961-0941　白河市八幡小路7-1	福島県	白河市	八幡小路	no-prefecture
A	福島県伊達市保原町舟橋180番地	福島県	伊達市	保原町舟橋	official
A	福島県伊達市保原町舟橋180番地　本館	福島県	伊達市	保原町舟橋	paren-building
A	福島県 伊達市 保原町舟橋180レジデンス南 B棟 305	福島県	伊達市	保原町舟橋	spaces+building
B	福島県伊達市保原町字舟橋180番地	福島県	伊達市	保原町舟橋	written-form
B	960-0663 伊達市保原町舟橋180	福島県	伊達市	保原町舟橋	no-prefecture
A	福島県須賀川市八幡町１３５	福島県	須賀川市	八幡町	fullwidth
A	福島県 須賀川市 八幡町 135メゾン・ド・ソレイユ 301	福島県	須賀川市	八幡町	spaces+building
B	須賀川市八幡町135番地	福島県	須賀川市	八幡町	no-prefecture
A	福島県喜多方市御清水東7244ー2	福島県	喜多方市	御清水東	dash
A	福島県喜多方市御清水東7244-2 〒966-0814	福島県	喜多方市	御清水東	postal-after
B	喜多方市御清水東7244番地2	福島県	喜多方市	御清水東	no-prefecture
B	福島県相馬市中村字北町63番地の3	福島県	相馬市	中村	koaza
B	〒976-0042 相馬市中村字北町63-3	福島県	相馬市	中村	no-prefecture
B	福島県相馬市中村北町63番地の3	福島県	相馬市	中村	koaza-without-aza
A	福島県二本松市金色403番地1(本館)	福島県	二本松市	金色	paren-building
A	福島県二本松市金色403—1	福島県	二本松市	金色	dash
A	福島県二本松市金色403番地の1	福島県	二本松市	金色	banchi-no
B	〒964-0915二本松市金色403-1	福島県	二本松市	金色	no-prefecture
A	福島県南相馬市原町区本町2丁目27番地	福島県	南相馬市	原町区本町	official
A	975-0008 福島県南相馬市原町区本町2丁目27	福島県	南相馬市	原町区本町	postal
A	福島県南相馬市原町区本町2丁目27　〒975-0008	福島県	南相馬市	原町区本町	postal-after
B	福島県南相馬市原町区本町2-27	福島県	南相馬市	原町区本町	hyphen-chome
B	975-0008 南相馬市原町区本町2-27	福島県	南相馬市	原町区本町	no-prefecture+hyphen-chome
B	福島県田村市船引町船引字畑添76番地2	福島県	田村市	船引町船引	koaza
B	福島県田村市船引町船引畑添76番地2	福島県	田村市	船引町船引	koaza-without-aza
B	963-4312 田村市船引町船引字畑添76-2	福島県	田村市	船引町船引	no-prefecture
A	福島県本宮市本宮万世212番地	福島県	本宮市	本宮万世	official
A	〒969-1149　福島県本宮市本宮万世212	福島県	本宮市	本宮万世	postal
B	福島県本宮市本宮字万世212番地	福島県	本宮市	本宮万世	written-form
B	本宮市本宮万世212	福島県	本宮市	本宮万世	no-prefecture
A	福島県会津若松市追手町1番1号（本館）	福島県	会津若松市	追手町	paren-building
A	福島県会津若松市追手町1-1（〒965-0873）	福島県	会津若松市	追手町	postal-after
A	福島県会津若松市追手町１－１	福島県	会津若松市	追手町	fullwidth
B	〒9650873 会津若松市追手町1-1	福島県	会津若松市	追手町	no-prefecture
A	福島県耶麻郡猪苗代町城南100番地	福島県	耶麻郡猪苗代町	城南	official
A	福島県耶麻郡猪苗代町城南１００	福島県	耶麻郡猪苗代町	城南	fullwidth
B	福島県耶麻郡猪苗代町字城南100	福島県	耶麻郡猪苗代町	城南	oaza-prefix
B	福島県猪苗代町城南100番地	福島県	耶麻郡猪苗代町	城南	no-gun
B	猪苗代町城南100番地	福島県	耶麻郡猪苗代町	城南	no-prefecture+no-gun
B	耶麻郡猪苗代町城南100	福島県	耶麻郡猪苗代町	城南	no-prefecture
A	福島県石川郡石川町下泉153番地2	福島県	石川郡石川町	下泉	official
A	福島県石川郡石川町下泉153-2 〒963-7858	福島県	石川郡石川町	下泉	postal-after
B	福島県石川郡石川町字下泉153番地2	福島県	石川郡石川町	下泉	oaza-prefix
B	福島県石川町下泉153番地2	福島県	石川郡石川町	下泉	no-gun
B	石川町下泉153-2	福島県	石川郡石川町	下泉	no-prefecture+no-gun
A	茨城県水戸市笠原町九百七十八番六	茨城県	水戸市	笠原町	kanji
A	茨城県水戸市笠原町978−6	茨城県	水戸市	笠原町	dash
A	茨城県　水戸市　笠原町　978-6 1F	茨城県	水戸市	笠原町	spaces+building
B	水戸市笠原町978-6	茨城県	水戸市	笠原町	no-prefecture
A	茨城県水戸市中央1丁目4−1	茨城県	水戸市	中央	dash
A	茨城県水戸市中央1丁目4-1　〒310-0805	茨城県	水戸市	中央	postal-after
A	茨城県水戸市中央一丁目四番一号	茨城県	水戸市	中央	kanji
B	〒310-0805　水戸市中央1丁目4-1	茨城県	水戸市	中央	no-prefecture
B	茨城県水戸市中央1-4-1	茨城県	水戸市	中央	hyphen-chome
A	茨城県水戸市常磐町１丁目３－３	茨城県	水戸市	常磐町	fullwidth
A	茨城県水戸市常磐町1丁目3－3	茨城県	水戸市	常磐町	dash
B	水戸市常磐町1丁目3-3	茨城県	水戸市	常磐町	no-prefecture
B	茨城県水戸市常磐町1-3-3	茨城県	水戸市	常磐町	hyphen-chome
A	茨城県つくば市研究学園1丁目1番地1	茨城県	つくば市	研究学園	official
A	茨城県つくば市研究学園一丁目1-1	茨城県	つくば市	研究学園	kanji
B	茨城県つくば市研究学園1-1-1	茨城県	つくば市	研究学園	hyphen-chome
B	つくば市研究学園1丁目1-1	茨城県	つくば市	研究学園	no-prefecture
A	茨城県つくば市天王台1丁目1番1号	茨城県	つくば市	天王台	official
A	茨城県つくば市天王台1丁1-1	茨城県	つくば市	天王台	chou
A	〒305-0006茨城県つくば市天王台1丁目1-1	茨城県	つくば市	天王台	postal
B	茨城県つくば市天王台1-1-1	茨城県	つくば市	天王台	hyphen-chome
B	つくば市天王台1丁目1番1号	茨城県	つくば市	天王台	no-prefecture
A	茨城県　日立市　助川町　1丁目1-1 別館3階	茨城県	日立市	助川町	spaces+building
A	茨城県日立市助川町1丁目1—1	茨城県	日立市	助川町	dash
B	日立市助川町1丁目1番1号	茨城県	日立市	助川町	no-prefecture
B	茨城県日立市助川町1-1-1	茨城県	日立市	助川町	hyphen-chome
A	茨城県土浦市大和町9番1号	茨城県	土浦市	大和町	official
A	茨城県土浦市大和町9ー1	茨城県	土浦市	大和町	dash
B	土浦市大和町9-1	茨城県	土浦市	大和町	no-prefecture
A	茨城県龍ケ崎市3710番地	茨城県	龍ケ崎市		official
A	〒301-0000 茨城県龍ケ崎市3710	茨城県	龍ケ崎市		postal
A	茨城県竜ヶ崎市3710	茨城県	龍ケ崎市		variant
B	龍ケ崎市3710番地	茨城県	龍ケ崎市		no-prefecture
A	茨城県古河市下大野2248	茨城県	古河市	下大野	kanji
A	茨城県古河市下大野2248番地(東棟)	茨城県	古河市	下大野	paren-building
B	古河市下大野2248	茨城県	古河市	下大野	no-prefecture
A	茨城県取手市寺田5139番地	茨城県	取手市	寺田	official
A	〒302-0021　茨城県取手市寺田5139	茨城県	取手市	寺田	postal
B	取手市寺田5139	茨城県	取手市	寺田	no-prefecture
A	茨城県牛久市中央3丁目15－1	茨城県	牛久市	中央	dash
A	300-1234 茨城県牛久市中央3丁目15-1	茨城県	牛久市	中央	postal
A	茨城県牛久市中央3丁目15番地の1	茨城県	牛久市	中央	banchi-no
B	茨城県牛久市中央3-15-1	茨城県	牛久市	中央	hyphen-chome
A	茨城県鹿嶋市平井1187番地1	茨城県	鹿嶋市	平井	official
A	茨城県鹿嶋市平井1187-1	茨城県	鹿嶋市	平井	kanji
B	茨城県鹿嶋市大字平井1187-1	茨城県	鹿嶋市	平井	oaza-prefix
A	茨城県鹿嶋市宮中2306番地1	茨城県	鹿嶋市	宮中	official
A	茨城県鹿嶋市宮中2306番地の1	茨城県	鹿嶋市	宮中	banchi-no
A	茨城県鹿嶋市宮中2306-1	茨城県	鹿嶋市	宮中	kanji
A	茨城県鹿島市宮中2306-1	茨城県	鹿嶋市	宮中	variant
B	鹿嶋市宮中2306-1	茨城県	鹿嶋市	宮中	no-prefecture
A	茨城県 笠間市 中央3丁目2-1 ハイツ一番館 102	茨城県	笠間市	中央	spaces+building
A	茨城県笠間市中央３丁目２－１	茨城県	笠間市	中央	fullwidth
A	茨城県笠間市中央三丁目二番一号	茨城県	笠間市	中央	kanji
B	茨城県笠間市中央3-2-1	茨城県	笠間市	中央	hyphen-chome
A	茨城県 東茨城郡大洗町 磯浜町 6881-275シティプラザ East 1102	茨城県	東茨城郡大洗町	磯浜町	spaces+building
A	茨城県東茨城郡大洗町磯浜町6881-275　〒311-1301	茨城県	東茨城郡大洗町	磯浜町	postal-after
B	大洗町磯浜町6881-275	茨城県	東茨城郡大洗町	磯浜町	no-prefecture+no-gun
A	茨城県守谷市大柏950番地の1	茨城県	守谷市	大柏	official
A	茨城県守谷市大柏950-1	茨城県	守谷市	大柏	kanji
A	茨城県守谷市大柏950–1	茨城県	守谷市	大柏	dash
B	守谷市大柏950-1	茨城県	守谷市	大柏	no-prefecture
A	茨城県那珂郡東海村舟石川駅西3丁目7番1号	茨城県	那珂郡東海村	舟石川駅西	official
A	茨城県那珂郡東海村舟石川駅西三丁目七番一号	茨城県	那珂郡東海村	舟石川駅西	kanji
A	茨城県 那珂郡東海村 舟石川駅西 3丁目7-1別館3階	茨城県	那珂郡東海村	舟石川駅西	spaces+building
B	茨城県那珂郡東海村舟石川駅西3-7-1	茨城県	那珂郡東海村	舟石川駅西	hyphen-chome
B	東海村舟石川駅西3丁目7-1	茨城県	那珂郡東海村	舟石川駅西	no-prefecture+no-gun
B	那珂郡東海村舟石川駅西3-7-1	茨城県	那珂郡東海村	舟石川駅西	no-prefecture+hyphen-chome
A	茨城県稲敷郡阿見町中央1丁目1番1号	茨城県	稲敷郡阿見町	中央	official
A	〒300-0332茨城県稲敷郡阿見町中央1丁目1-1	茨城県	稲敷郡阿見町	中央	postal
B	茨城県阿見町中央1丁目1番1号	茨城県	稲敷郡阿見町	中央	no-gun
B	茨城県稲敷郡阿見町中央1-1-1	茨城県	稲敷郡阿見町	中央	hyphen-chome
B	阿見町中央1-1-1	茨城県	稲敷郡阿見町	中央	no-prefecture+no-gun
A	栃木県 宇都宮市 塙田 1丁目1-20 1F	栃木県	宇都宮市	塙田	spaces+building
A	栃木県宇都宮市塙田1丁目1‐20	栃木県	宇都宮市	塙田	dash
B	栃木県宇都宮市塙田1-1-20	栃木県	宇都宮市	塙田	hyphen-chome
B	宇都宮市塙田1丁目1番20号	栃木県	宇都宮市	塙田	no-prefecture
A	栃木県宇都宮市旭1丁目1—5	栃木県	宇都宮市	旭	dash
A	栃木県宇都宮市旭1丁目1番5号 (市民センター)	栃木県	宇都宮市	旭	paren-building
B	宇都宮市旭1丁目1-5	栃木県	宇都宮市	旭	no-prefecture
A	栃木県日光市山内二千三百一番地	栃木県	日光市	山内	kanji
A	栃木県　日光市　山内2301 シティプラザ East 1102	栃木県	日光市	山内	spaces+building
B	日光市山内2301	栃木県	日光市	山内	no-prefecture
A	栃木県日光市今市本町1	栃木県	日光市	今市本町	kanji
A	栃木県　日光市　今市本町　1 NTTビル7階	栃木県	日光市	今市本町	spaces+building
A	〒3211272 栃木県日光市今市本町1	栃木県	日光市	今市本町	postal
B	日光市今市本町1	栃木県	日光市	今市本町	no-prefecture
A	栃木県足利市本城3丁目2145番地	栃木県	足利市	本城	official
A	栃木県 足利市 本城 3丁目2145 第2松本ビル4F	栃木県	足利市	本城	spaces+building
B	栃木県足利市本城3-2145	栃木県	足利市	本城	hyphen-chome
B	326-0808 足利市本城3丁目2145番地	栃木県	足利市	本城	no-prefecture
A	326-0813 栃木県足利市昌平町2338	栃木県	足利市	昌平町	postal
A	栃木県足利市昌平町2338番地（第2庁舎）	栃木県	足利市	昌平町	paren-building
B	足利市昌平町2338	栃木県	足利市	昌平町	no-prefecture
A	栃木県栃木市万町9番25号	栃木県	栃木市	万町	official
A	栃木県栃木市万町９－２５	栃木県	栃木市	万町	fullwidth
A	栃木県　栃木市　万町9-25 ハイツ一番館 102	栃木県	栃木市	万町	spaces+building
B	栃木市万町9-25	栃木県	栃木市	万町	no-prefecture
A	栃木県佐野市高砂町1番地	栃木県	佐野市	高砂町	official
A	栃木県佐野市高砂町1番地（東棟）	栃木県	佐野市	高砂町	paren-building
A	栃木県　佐野市　高砂町　1 三井ビル 12F	栃木県	佐野市	高砂町	spaces+building
B	佐野市高砂町1番地	栃木県	佐野市	高砂町	no-prefecture
A	栃木県小山市中央町1丁目1番1号	栃木県	小山市	中央町	official
A	栃木県　小山市　中央町　1丁目1-1〇〇荘 5号室	栃木県	小山市	中央町	spaces+building
B	栃木県小山市中央町1-1-1	栃木県	小山市	中央町	hyphen-chome
A	栃木県那須塩原市共墾社119–1	栃木県	那須塩原市	共墾社	dash
A	〒325-0027　栃木県那須塩原市共墾社119-1	栃木県	那須塩原市	共墾社	postal
B	那須塩原市共墾社119番地1	栃木県	那須塩原市	共墾社	no-prefecture
A	栃木県真岡市荒町5191番地(B1F)	栃木県	真岡市	荒町	paren-building
A	栃木県真岡市荒町５１９１	栃木県	真岡市	荒町	fullwidth
B	〒321-4305　真岡市荒町5191	栃木県	真岡市	荒町	no-prefecture
A	栃木県鹿沼市今宮町1688番地1	栃木県	鹿沼市	今宮町	official
A	栃木県鹿沼市今宮町一六八八番地一	栃木県	鹿沼市	今宮町	kanji
A	〒322-0068　栃木県鹿沼市今宮町1688-1	栃木県	鹿沼市	今宮町	postal
B	鹿沼市今宮町1688番地1	栃木県	鹿沼市	今宮町	no-prefecture
A	栃木県芳賀郡益子町益子2030番地	栃木県	芳賀郡益子町	益子	official
A	〒321-4217　栃木県芳賀郡益子町益子2030	栃木県	芳賀郡益子町	益子	postal
B	栃木県芳賀郡益子町大字益子2030	栃木県	芳賀郡益子町	益子	oaza-prefix
B	芳賀郡益子町益子2030	栃木県	芳賀郡益子町	益子	no-prefecture
B	益子町益子2030	栃木県	芳賀郡益子町	益子	no-prefecture+no-gun
B	栃木県益子町益子2030	栃木県	芳賀郡益子町	益子	no-gun
A	栃木県芳賀郡茂木町茂木１５５	栃木県	芳賀郡茂木町	茂木	fullwidth
A	321-3531 栃木県芳賀郡茂木町茂木155	栃木県	芳賀郡茂木町	茂木	postal
B	栃木県芳賀郡茂木町大字茂木155番地	栃木県	芳賀郡茂木町	茂木	oaza-prefix
B	栃木県茂木町茂木155	栃木県	芳賀郡茂木町	茂木	no-gun
B	茂木町茂木155	栃木県	芳賀郡茂木町	茂木	no-prefecture+no-gun
A	群馬県前橋市大手町1丁目1番1号	群馬県	前橋市	大手町	official
A	群馬県前橋市大手町1丁目1ｰ1	群馬県	前橋市	大手町	dash
B	群馬県前橋市大手町1-1-1	群馬県	前橋市	大手町	hyphen-chome
B	前橋市大手町1丁目1番1号	群馬県	前橋市	大手町	no-prefecture
A	群馬県前橋市大手町2丁目12番1号	群馬県	前橋市	大手町	official
A	群馬県前橋市大手町2丁12-1	群馬県	前橋市	大手町	chou
B	前橋市大手町2丁目12番1号	群馬県	前橋市	大手町	no-prefecture
A	群馬県高崎市高松町35番地1	群馬県	高崎市	高松町	official
A	群馬県高崎市高松町35-1	群馬県	高崎市	高松町	kanji
B	高崎市高松町35-1	群馬県	高崎市	高松町	no-prefecture
A	群馬県桐生市織姫町1番1号	群馬県	桐生市	織姫町	official
A	群馬県桐生市織姫町一番一号	群馬県	桐生市	織姫町	kanji
B	桐生市織姫町1-1	群馬県	桐生市	織姫町	no-prefecture
A	〒372-0031　群馬県伊勢崎市今泉町2丁目410	群馬県	伊勢崎市	今泉町	postal
A	群馬県伊勢崎市今泉町2丁410	群馬県	伊勢崎市	今泉町	chou
B	群馬県伊勢崎市今泉町2-410	群馬県	伊勢崎市	今泉町	hyphen-chome
A	群馬県太田市浜町２－３５	群馬県	太田市	浜町	fullwidth
A	〒373-0853群馬県太田市浜町2-35	群馬県	太田市	浜町	postal
A	群馬県太田市浜町2-35　〒373-0853	群馬県	太田市	浜町	postal-after
B	〒373-0853　太田市浜町2-35	群馬県	太田市	浜町	no-prefecture
A	群馬県富岡市富岡1番地1(B1F)	群馬県	富岡市	富岡	paren-building
A	〒3702316 群馬県富岡市富岡1-1	群馬県	富岡市	富岡	postal
B	富岡市富岡1-1	群馬県	富岡市	富岡	no-prefecture
A	群馬県吾妻郡草津町草津２８	群馬県	吾妻郡草津町	草津	fullwidth
A	群馬県　吾妻郡草津町　草津28 グランドメゾン3F	群馬県	吾妻郡草津町	草津	spaces+building
B	群馬県吾妻郡草津町大字草津28	群馬県	吾妻郡草津町	草津	oaza-prefix
B	草津町草津28番地	群馬県	吾妻郡草津町	草津	no-prefecture+no-gun
A	群馬県吾妻郡中之条町中之条町1091番地	群馬県	吾妻郡中之条町	中之条町	official
A	群馬県　吾妻郡中之条町　中之条町　1091〇〇荘 5号室	群馬県	吾妻郡中之条町	中之条町	spaces+building
B	群馬県吾妻郡中之条町大字中之条町1091	群馬県	吾妻郡中之条町	中之条町	oaza-prefix
B	中之条町大字中之条町1091番地	群馬県	吾妻郡中之条町	中之条町	oaza-prefix+omissions
B	吾妻郡中之条町中之条町1091	群馬県	吾妻郡中之条町	中之条町	no-prefecture
A	群馬県館林市城町1番1号	群馬県	館林市	城町	official
A	群馬県館林市城町1-1	群馬県	館林市	城町	kanji
A	群馬県館林市城町1番1号(市民センター)	群馬県	館林市	城町	paren-building
B	374-0018 館林市城町1-1	群馬県	館林市	城町	no-prefecture
A	群馬県 沼田市 西倉内町780 レジデンス南 B棟 305	群馬県	沼田市	西倉内町	spaces+building
A	群馬県沼田市西倉内町780 〒378-0042	群馬県	沼田市	西倉内町	postal-after
B	沼田市西倉内町780	群馬県	沼田市	西倉内町	no-prefecture
A	群馬県渋川市石原80番地	群馬県	渋川市	石原	official
A	群馬県渋川市石原80　〒377-0007	群馬県	渋川市	石原	postal-after
A	〒3770007 群馬県渋川市石原80	群馬県	渋川市	石原	postal
B	渋川市石原80	群馬県	渋川市	石原	no-prefecture
A	群馬県吾妻郡嬬恋村大前110番地	群馬県	吾妻郡嬬恋村	大前	official
A	群馬県吾妻郡嬬恋村大前１１０	群馬県	吾妻郡嬬恋村	大前	fullwidth
B	群馬県吾妻郡嬬恋村大字大前110	群馬県	吾妻郡嬬恋村	大前	oaza-prefix
B	嬬恋村大前110	群馬県	吾妻郡嬬恋村	大前	no-prefecture+no-gun
A	群馬県藤岡市中栗須327番地	群馬県	藤岡市	中栗須	official
A	群馬県藤岡市中栗須327番地(市民センター)	群馬県	藤岡市	中栗須	paren-building
A	群馬県藤岡市中栗須３２７	群馬県	藤岡市	中栗須	fullwidth
B	藤岡市中栗須327番地	群馬県	藤岡市	中栗須	no-prefecture
A	埼玉県さいたま市浦和区高砂3丁目15ｰ1	埼玉県	さいたま市浦和区	高砂	dash
A	埼玉県さいたま市浦和区高砂三丁目十五番一号	埼玉県	さいたま市浦和区	高砂	kanji
B	〒330-0063さいたま市浦和区高砂3丁目15番1号	埼玉県	さいたま市浦和区	高砂	no-prefecture
A	埼玉県さいたま市浦和区常盤6丁目4番4号	埼玉県	さいたま市浦和区	常盤	official
A	埼玉県さいたま市浦和区常盤六丁目四番四号	埼玉県	さいたま市浦和区	常盤	kanji
B	さいたま市浦和区常盤6丁目4-4	埼玉県	さいたま市浦和区	常盤	no-prefecture
A	埼玉県さいたま市大宮区錦町630番地(市民センター)	埼玉県	さいたま市大宮区	錦町	paren-building
A	埼玉県さいたま市大宮区錦町６３０	埼玉県	さいたま市大宮区	錦町	fullwidth
A	〒330-0853　埼玉県さいたま市大宮区錦町630	埼玉県	さいたま市大宮区	錦町	postal
B	さいたま市大宮区錦町630	埼玉県	さいたま市大宮区	錦町	no-prefecture
A	埼玉県川越市元町1丁目3番地1	埼玉県	川越市	元町	official
A	埼玉県川越市元町1丁3-1	埼玉県	川越市	元町	chou
A	埼玉県川越市元町１丁目３－１	埼玉県	川越市	元町	fullwidth
B	埼玉県川越市元町1-3-1	埼玉県	川越市	元町	hyphen-chome
A	埼玉県川口市青木2丁目1番1号	埼玉県	川口市	青木	official
A	埼玉県川口市青木２丁目１－１	埼玉県	川口市	青木	fullwidth
B	川口市青木2丁目1番1号	埼玉県	川口市	青木	no-prefecture
B	埼玉県川口市青木2-1-1	埼玉県	川口市	青木	hyphen-chome
A	埼玉県所沢市並木一丁目一番地の一	埼玉県	所沢市	並木	kanji
A	埼玉県所沢市並木1丁目1-1（〒359-0042）	埼玉県	所沢市	並木	postal-after
A	埼玉県所沢市並木1丁目1番地の1 (市民センター)	埼玉県	所沢市	並木	paren-building
B	埼玉県所沢市並木1-1-1	埼玉県	所沢市	並木	hyphen-chome
A	埼玉県越谷市越ケ谷四丁目2-1	埼玉県	越谷市	越ケ谷	kanji
A	埼玉県　越谷市　越ケ谷4丁目2-1NTTビル7階	埼玉県	越谷市	越ケ谷	spaces+building
A	埼玉県越谷市越ヶ谷4丁目2-1	埼玉県	越谷市	越ケ谷	variant
B	越谷市越ケ谷4丁目2-1	埼玉県	越谷市	越ケ谷	no-prefecture
B	埼玉県越谷市越ケ谷4-2-1	埼玉県	越谷市	越ケ谷	hyphen-chome
A	〒360-0041　埼玉県熊谷市宮町2丁目47-1	埼玉県	熊谷市	宮町	postal
A	埼玉県熊谷市宮町2丁目47−1	埼玉県	熊谷市	宮町	dash
B	埼玉県熊谷市宮町2-47-1	埼玉県	熊谷市	宮町	hyphen-chome
A	埼玉県秩父市熊木町8-15　〒368-0032	埼玉県	秩父市	熊木町	postal-after
A	〒368-0032埼玉県秩父市熊木町8-15	埼玉県	秩父市	熊木町	postal
A	埼玉県秩父市熊木町８－１５	埼玉県	秩父市	熊木町	fullwidth
B	秩父市熊木町8番15号	埼玉県	秩父市	熊木町	no-prefecture
A	埼玉県鴻巣市中央1番1号	埼玉県	鴻巣市	中央	official
A	埼玉県鴻巣市中央1-1 〒365-0032	埼玉県	鴻巣市	中央	postal-after
A	埼玉県鴻巣市中央1‐1	埼玉県	鴻巣市	中央	dash
B	鴻巣市中央1-1	埼玉県	鴻巣市	中央	no-prefecture
A	〒340-0015　埼玉県草加市高砂1丁目1-1	埼玉県	草加市	高砂	postal
A	埼玉県草加市高砂1丁目1番1号(市民センター)	埼玉県	草加市	高砂	paren-building
A	埼玉県 草加市 高砂1丁目1-1 ハイツ一番館 102	埼玉県	草加市	高砂	spaces+building
B	草加市高砂1-1-1	埼玉県	草加市	高砂	no-prefecture+hyphen-chome
B	埼玉県草加市高砂1-1-1	埼玉県	草加市	高砂	hyphen-chome
A	埼玉県入間郡三芳町藤久保1100―1	埼玉県	入間郡三芳町	藤久保	dash
A	埼玉県入間郡三芳町藤久保1100-1	埼玉県	入間郡三芳町	藤久保	kanji
B	埼玉県入間郡三芳町大字藤久保1100番地1	埼玉県	入間郡三芳町	藤久保	oaza-prefix
B	354-0041 入間郡三芳町藤久保1100番地1	埼玉県	入間郡三芳町	藤久保	no-prefecture
A	355-0328 埼玉県比企郡小川町大塚55	埼玉県	比企郡小川町	大塚	postal
A	埼玉県比企郡小川町大塚５５	埼玉県	比企郡小川町	大塚	fullwidth
B	埼玉県比企郡小川町大字大塚55	埼玉県	比企郡小川町	大塚	oaza-prefix
B	埼玉県小川町大塚55	埼玉県	比企郡小川町	大塚	no-gun
A	埼玉県秩父郡長瀞町長瀞1035-1	埼玉県	秩父郡長瀞町	長瀞	kanji
A	埼玉県秩父郡長瀞町長瀞1035番地の1	埼玉県	秩父郡長瀞町	長瀞	banchi-no
B	埼玉県秩父郡長瀞町大字長瀞1035-1	埼玉県	秩父郡長瀞町	長瀞	oaza-prefix
B	埼玉県長瀞町長瀞1035-1	埼玉県	秩父郡長瀞町	長瀞	no-gun
A	埼玉県戸田市上戸田1丁目18番1号	埼玉県	戸田市	上戸田	official
A	埼玉県　戸田市　上戸田1丁目18-1シティプラザ East 1102	埼玉県	戸田市	上戸田	spaces+building
A	埼玉県戸田市上戸田1丁目18－1	埼玉県	戸田市	上戸田	dash
B	戸田市上戸田1-18-1	埼玉県	戸田市	上戸田	no-prefecture+hyphen-chome
B	埼玉県戸田市上戸田1-18-1	埼玉県	戸田市	上戸田	hyphen-chome
A	〒351-0106 埼玉県和光市広沢1-5	埼玉県	和光市	広沢	postal
A	埼玉県　和光市　広沢　1-5ハイツ一番館 102	埼玉県	和光市	広沢	spaces+building
A	埼玉県和光市広沢1ー5	埼玉県	和光市	広沢	dash
B	〒351-0106　和光市広沢1番5号	埼玉県	和光市	広沢	no-prefecture
A	埼玉県さいたま市中央区下落合５丁目７－１０	埼玉県	さいたま市中央区	下落合	fullwidth
A	埼玉県さいたま市中央区下落合5丁7-10	埼玉県	さいたま市中央区	下落合	chou
B	さいたま市中央区下落合5丁目7-10	埼玉県	さいたま市中央区	下落合	no-prefecture
A	埼玉県さいたま市岩槻区本町三丁目二番五号	埼玉県	さいたま市岩槻区	本町	kanji
A	埼玉県 さいたま市岩槻区 本町 3丁目2-5 〇〇荘 5号室	埼玉県	さいたま市岩槻区	本町	spaces+building
A	埼玉県さいたま市岩槻区本町3丁目2-5（〒339-0057）	埼玉県	さいたま市岩槻区	本町	postal-after
B	埼玉県さいたま市本町3丁目2-5	埼玉県	さいたま市岩槻区	本町	city-without-ward
A	千葉県千葉市中央区市場町1番1号	千葉県	千葉市中央区	市場町	official
A	千葉県千葉市中央区市場町１－１	千葉県	千葉市中央区	市場町	fullwidth
B	千葉市中央区市場町1番1号	千葉県	千葉市中央区	市場町	no-prefecture
B	中央区市場町1-1	千葉県	千葉市中央区	市場町	ward-without-city
B	千葉県千葉市市場町1-1	千葉県	千葉市中央区	市場町	city-without-ward
A	千葉県千葉市中央区千葉港１－１	千葉県	千葉市中央区	千葉港	fullwidth
A	〒260-0026 千葉県千葉市中央区千葉港1-1	千葉県	千葉市中央区	千葉港	postal
A	千葉県千葉市中央区千葉港1-1	千葉県	千葉市中央区	千葉港	kanji
B	千葉市中央区千葉港1-1	千葉県	千葉市中央区	千葉港	no-prefecture
B	千葉市千葉港1番1号	千葉県	千葉市中央区	千葉港	city-without-ward
A	千葉県千葉市美浜区中瀬2丁目1番地	千葉県	千葉市美浜区	中瀬	official
A	千葉県千葉市美浜区中瀬2丁目1（〒261-0023）	千葉県	千葉市美浜区	中瀬	postal-after
B	千葉市美浜区中瀬2丁目1	千葉県	千葉市美浜区	中瀬	no-prefecture
B	千葉県美浜区中瀬2丁目1	千葉県	千葉市美浜区	中瀬	ward-without-city
B	千葉県千葉市中瀬2丁目1	千葉県	千葉市美浜区	中瀬	city-without-ward
A	千葉県船橋市湊町2丁目10番25号	千葉県	船橋市	湊町	official
A	千葉県船橋市湊町2丁10-25	千葉県	船橋市	湊町	chou
A	〒2730011 千葉県船橋市湊町2丁目10-25	千葉県	船橋市	湊町	postal
B	千葉県船橋市湊町2-10-25	千葉県	船橋市	湊町	hyphen-chome
B	船橋市湊町2丁目10-25	千葉県	船橋市	湊町	no-prefecture
A	千葉県市川市八幡１丁目１－１	千葉県	市川市	八幡	fullwidth
A	千葉県　市川市　八幡　1丁目1-11F	千葉県	市川市	八幡	spaces+building
B	市川市八幡1丁目1-1	千葉県	市川市	八幡	no-prefecture
B	千葉県市川市八幡1-1-1	千葉県	市川市	八幡	hyphen-chome
A	千葉県松戸市根本387番地の5	千葉県	松戸市	根本	official
A	千葉県松戸市根本387-5　〒271-0077	千葉県	松戸市	根本	postal-after
B	松戸市根本387番地の5	千葉県	松戸市	根本	no-prefecture
A	千葉県柏市柏5丁目10番1号	千葉県	柏市	柏	official
A	千葉県柏市柏5丁10-1	千葉県	柏市	柏	chou
B	千葉県柏市柏5-10-1	千葉県	柏市	柏	hyphen-chome
A	千葉県成田市成田1 〒286-0023	千葉県	成田市	成田	postal-after
A	千葉県成田市成田1	千葉県	成田市	成田	kanji
A	千葉県　成田市　成田　1メゾン・ド・ソレイユ 301	千葉県	成田市	成田	spaces+building
B	成田市成田1	千葉県	成田市	成田	no-prefecture
A	千葉県成田市花崎町760番地	千葉県	成田市	花崎町	official
A	千葉県 成田市 花崎町760(受付)	千葉県	成田市	花崎町	spaces+building
A	千葉県成田市花崎町760番地(本館)	千葉県	成田市	花崎町	paren-building
B	成田市花崎町760	千葉県	成田市	花崎町	no-prefecture
A	千葉県浦安市猫実1丁目1番1号	千葉県	浦安市	猫実	official
A	千葉県浦安市猫実1丁目1番1号 (本館)	千葉県	浦安市	猫実	paren-building
A	千葉県浦安市猫実1丁目1-1 〒279-0004	千葉県	浦安市	猫実	postal-after
B	浦安市猫実1-1-1	千葉県	浦安市	猫実	no-prefecture+hyphen-chome
B	千葉県浦安市猫実1-1-1	千葉県	浦安市	猫実	hyphen-chome
A	千葉県浦安市舞浜1番地1	千葉県	浦安市	舞浜	official
A	千葉県浦安市舞浜１－１	千葉県	浦安市	舞浜	fullwidth
B	浦安市舞浜1-1	千葉県	浦安市	舞浜	no-prefecture
A	千葉県木更津市潮見1丁1	千葉県	木更津市	潮見	chou
A	千葉県木更津市潮見1丁目1番地(本館)	千葉県	木更津市	潮見	paren-building
B	千葉県木更津市潮見1-1	千葉県	木更津市	潮見	hyphen-chome
B	木更津市潮見1丁目1	千葉県	木更津市	潮見	no-prefecture
A	千葉県銚子市若宮町1番地1	千葉県	銚子市	若宮町	official
A	千葉県銚子市若宮町1番地1(B1F)	千葉県	銚子市	若宮町	paren-building
A	千葉県銚子市若宮町１－１	千葉県	銚子市	若宮町	fullwidth
B	銚子市若宮町1-1	千葉県	銚子市	若宮町	no-prefecture
A	千葉県館山市北条1145番地1	千葉県	館山市	北条	official
A	千葉県館山市北条1145番地の1	千葉県	館山市	北条	banchi-no
B	館山市北条1145-1	千葉県	館山市	北条	no-prefecture
A	千葉県 香取市 香取 1697 レジデンス南 B棟 305	千葉県	香取市	香取	spaces+building
A	千葉県香取市香取1697番地（東棟）	千葉県	香取市	香取	paren-building
A	287-0017 千葉県香取市香取1697	千葉県	香取市	香取	postal
B	香取市香取1697番地	千葉県	香取市	香取	no-prefecture
A	千葉県安房郡鋸南町下佐久間３４５８	千葉県	安房郡鋸南町	下佐久間	fullwidth
A	千葉県　安房郡鋸南町　下佐久間　3458 サンハイツ101	千葉県	安房郡鋸南町	下佐久間	spaces+building
B	安房郡鋸南町下佐久間3458	千葉県	安房郡鋸南町	下佐久間	no-prefecture
B	千葉県鋸南町下佐久間3458番地	千葉県	安房郡鋸南町	下佐久間	no-gun
A	千葉県夷隅郡大多喜町大多喜９３	千葉県	夷隅郡大多喜町	大多喜	fullwidth
A	千葉県夷隅郡大多喜町大多喜93	千葉県	夷隅郡大多喜町	大多喜	kanji
A	298-0216 千葉県夷隅郡大多喜町大多喜93	千葉県	夷隅郡大多喜町	大多喜	postal
B	夷隅郡大多喜町大多喜93	千葉県	夷隅郡大多喜町	大多喜	no-prefecture
A	千葉県長生郡一宮町一宮2457番地	千葉県	長生郡一宮町	一宮	official
A	千葉県長生郡一宮町一宮2457　〒299-4301	千葉県	長生郡一宮町	一宮	postal-after
B	長生郡一宮町一宮2457	千葉県	長生郡一宮町	一宮	no-prefecture
B	千葉県一宮町一宮2457	千葉県	長生郡一宮町	一宮	no-gun
A	千葉県印旛郡酒々井町中央台4丁目11番地	千葉県	印旛郡酒々井町	中央台	official
A	千葉県印旛郡酒々井町中央台四丁目11	千葉県	印旛郡酒々井町	中央台	kanji
A	千葉県印旛郡酒々井町中央台4丁目11番地（東棟）	千葉県	印旛郡酒々井町	中央台	paren-building
B	酒々井町中央台4丁目11	千葉県	印旛郡酒々井町	中央台	no-prefecture+no-gun
B	千葉県印旛郡酒々井町中央台4-11	千葉県	印旛郡酒々井町	中央台	hyphen-chome
A	千葉県千葉市花見川区瑞穂1丁目1番地	千葉県	千葉市花見川区	瑞穂	official
A	千葉県千葉市花見川区瑞穂一丁目一番地	千葉県	千葉市花見川区	瑞穂	kanji
A	千葉県千葉市花見川区瑞穂１丁目１	千葉県	千葉市花見川区	瑞穂	fullwidth
B	千葉県千葉市瑞穂1-1	千葉県	千葉市花見川区	瑞穂	city-without-ward
B	千葉市花見川区瑞穂1丁目1	千葉県	千葉市花見川区	瑞穂	no-prefecture
B	花見川区瑞穂1丁目1	千葉県	千葉市花見川区	瑞穂	ward-without-city
A	〒2640020 千葉県千葉市若葉区貝塚2丁目19-1	千葉県	千葉市若葉区	貝塚	postal
A	千葉県千葉市若葉区貝塚2丁19-1	千葉県	千葉市若葉区	貝塚	chou
A	千葉県千葉市若葉区貝塚二丁目19-1	千葉県	千葉市若葉区	貝塚	kanji
B	若葉区貝塚2-19-1	千葉県	千葉市若葉区	貝塚	ward-without-city
A	千葉県千葉市緑区おゆみ野3丁目15番地3	千葉県	千葉市緑区	おゆみ野	official
A	〒266-0031 千葉県千葉市緑区おゆみ野3丁目15-3	千葉県	千葉市緑区	おゆみ野	postal
A	千葉県千葉市緑区おゆみ野3丁15-3	千葉県	千葉市緑区	おゆみ野	chou
B	千葉市おゆみ野3-15-3	千葉県	千葉市緑区	おゆみ野	city-without-ward
B	緑区おゆみ野3丁目15番地3	千葉県	千葉市緑区	おゆみ野	ward-without-city
A	千葉県千葉市稲毛区穴川4丁目12-1　〒263-0024	千葉県	千葉市稲毛区	穴川	postal-after
A	千葉県千葉市稲毛区穴川4丁目12‐1	千葉県	千葉市稲毛区	穴川	dash
A	千葉県　千葉市稲毛区　穴川　4丁目12-1サンハイツ101	千葉県	千葉市稲毛区	穴川	spaces+building
B	千葉県千葉市稲毛区穴川4-12-1	千葉県	千葉市稲毛区	穴川	hyphen-chome
B	千葉県稲毛区穴川4丁目12番1号	千葉県	千葉市稲毛区	穴川	ward-without-city
B	千葉市稲毛区穴川4丁目12-1	千葉県	千葉市稲毛区	穴川	no-prefecture
A	東京都新宿区西新宿2丁目8番1号	東京都	新宿区	西新宿	official
A	東京都新宿区西新宿2丁目8番1号 (B1F)	東京都	新宿区	西新宿	paren-building
B	東京都新宿区西新宿2-8-1	東京都	新宿区	西新宿	hyphen-chome
B	新宿区西新宿2丁目8番1号	東京都	新宿区	西新宿	no-prefecture
A	東京都　千代田区　永田町　1丁目7-1 〇〇荘 5号室	東京都	千代田区	永田町	spaces+building
A	東京都千代田区永田町1丁目7−1	東京都	千代田区	永田町	dash
B	東京都千代田区永田町1-7-1	東京都	千代田区	永田町	hyphen-chome
A	東京都千代田区霞が関2丁目2番1号(本館)	東京都	千代田区	霞が関	paren-building
A	〒1000013 東京都千代田区霞が関2丁目2-1	東京都	千代田区	霞が関	postal
A	東京都千代田区霞ヶ関2丁目2-1	東京都	千代田区	霞が関	variant
B	東京都千代田区霞ヶ関2-2-1	東京都	千代田区	霞が関	hyphen-chome
B	千代田区霞が関2丁目2-1	東京都	千代田区	霞が関	no-prefecture
A	東京都千代田区霞が関1丁目1番4号	東京都	千代田区	霞が関	official
A	東京都千代田区霞が関１丁目１－４	東京都	千代田区	霞が関	fullwidth
A	東京都千代田区霞が関1丁目1番4号 (第2庁舎)	東京都	千代田区	霞が関	paren-building
A	東京都千代田区霞ケ関1丁目1-4	東京都	千代田区	霞が関	variant
B	千代田区霞ケ関1丁目1番4号	東京都	千代田区	霞が関	no-prefecture
A	東京都千代田区隼町4番2号	東京都	千代田区	隼町	official
A	〒102-0092東京都千代田区隼町4-2	東京都	千代田区	隼町	postal
A	東京都千代田区隼町4番2号 (市民センター)	東京都	千代田区	隼町	paren-building
B	千代田区隼町4-2	東京都	千代田区	隼町	no-prefecture
A	東京都千代田区丸の内1丁9-1	東京都	千代田区	丸の内	chou
A	東京都千代田区丸の内1丁目9−1	東京都	千代田区	丸の内	dash
A	東京都千代田区丸ノ内1丁目9-1	東京都	千代田区	丸の内	variant
B	東京都千代田区丸の内1-9-1	東京都	千代田区	丸の内	hyphen-chome
A	東京都千代田区千代田1番1号	東京都	千代田区	千代田	official
A	100-0001 東京都千代田区千代田1-1	東京都	千代田区	千代田	postal
B	100-0001 千代田区千代田1番1号	東京都	千代田区	千代田	no-prefecture
A	東京都文京区本郷7丁目3ー1	東京都	文京区	本郷	dash
A	東京都文京区本郷7丁目3番1号（B1F）	東京都	文京区	本郷	paren-building
A	東京都文京区本郷7丁3-1	東京都	文京区	本郷	chou
B	文京区本郷7丁目3-1	東京都	文京区	本郷	no-prefecture
B	東京都文京区本郷7-3-1	東京都	文京区	本郷	hyphen-chome
A	東京都新宿区西早稲田1丁目6番1号	東京都	新宿区	西早稲田	official
A	東京都新宿区西早稲田1丁6-1	東京都	新宿区	西早稲田	chou
B	東京都新宿区西早稲田1-6-1	東京都	新宿区	西早稲田	hyphen-chome
B	〒1620051 新宿区西早稲田1丁目6番1号	東京都	新宿区	西早稲田	no-prefecture
A	東京都　港区　三田2丁目15-45ﾊｲﾂ ｻｸﾗ 201	東京都	港区	三田	spaces+building
A	東京都港区三田2丁目15-45（〒108-0073）	東京都	港区	三田	postal-after
A	東京都港区三田２丁目１５－４５	東京都	港区	三田	fullwidth
B	東京都港区三田2-15-45	東京都	港区	三田	hyphen-chome
A	東京都港区芝公園4丁目2番8号	東京都	港区	芝公園	official
A	東京都 港区 芝公園4丁目2-8 県庁舎本館	東京都	港区	芝公園	spaces+building
B	東京都港区芝公園4-2-8	東京都	港区	芝公園	hyphen-chome
B	港区芝公園4丁目2番8号	東京都	港区	芝公園	no-prefecture
A	東京都台東区浅草2丁目3番1号	東京都	台東区	浅草	official
A	東京都台東区浅草２丁目３－１	東京都	台東区	浅草	fullwidth
B	台東区浅草2丁目3-1	東京都	台東区	浅草	no-prefecture
A	東京都台東区上野公園13番9号	東京都	台東区	上野公園	official
A	110-0007 東京都台東区上野公園13-9	東京都	台東区	上野公園	postal
B	台東区上野公園13番9号	東京都	台東区	上野公園	no-prefecture
A	151-0052 東京都渋谷区代々木神園町1-1	東京都	渋谷区	代々木神園町	postal
A	東京都渋谷区代々木神園町一番一号	東京都	渋谷区	代々木神園町	kanji
B	〒1510052 渋谷区代々木神園町1-1	東京都	渋谷区	代々木神園町	no-prefecture
A	東京都渋谷区宇田川町1番1号	東京都	渋谷区	宇田川町	official
A	東京都 渋谷区 宇田川町 1-1 〇〇荘 5号室	東京都	渋谷区	宇田川町	spaces+building
B	〒150-0042渋谷区宇田川町1-1	東京都	渋谷区	宇田川町	no-prefecture
A	東京都墨田区押上1丁目1番2号	東京都	墨田区	押上	official
A	東京都墨田区押上1丁目1番2号　本館	東京都	墨田区	押上	paren-building
B	東京都墨田区押上1-1-2	東京都	墨田区	押上	hyphen-chome
B	墨田区押上1丁目1-2	東京都	墨田区	押上	no-prefecture
A	東京都中央区銀座4丁目6ｰ16	東京都	中央区	銀座	dash
A	東京都中央区銀座四丁目6-16	東京都	中央区	銀座	kanji
B	中央区銀座4-6-16	東京都	中央区	銀座	no-prefecture+hyphen-chome
A	東京都　中央区　築地　3丁目15-11F	東京都	中央区	築地	spaces+building
A	東京都中央区築地3丁目15番1号(第2庁舎)	東京都	中央区	築地	paren-building
B	中央区築地3-15-1	東京都	中央区	築地	no-prefecture+hyphen-chome
A	東京都品川区広町2丁目1番36号	東京都	品川区	広町	official
A	東京都　品川区　広町　2丁目1-36 〇〇荘 5号室	東京都	品川区	広町	spaces+building
A	東京都品川区広町2丁目1―36	東京都	品川区	広町	dash
B	東京都品川区広町2-1-36	東京都	品川区	広町	hyphen-chome
A	東京都目黒区上目黒2丁目19番15号	東京都	目黒区	上目黒	official
A	東京都目黒区上目黒2丁目19番15号　市民センター	東京都	目黒区	上目黒	paren-building
B	東京都目黒区上目黒2-19-15	東京都	目黒区	上目黒	hyphen-chome
B	目黒区上目黒2丁目19-15	東京都	目黒区	上目黒	no-prefecture
A	東京都世田谷区世田谷4丁目21番27号	東京都	世田谷区	世田谷	official
A	東京都世田谷区世田谷四丁目二十一番二十七号	東京都	世田谷区	世田谷	kanji
B	世田谷区世田谷4丁目21-27	東京都	世田谷区	世田谷	no-prefecture
A	東京都目黒区自由が丘1丁目9番8号	東京都	目黒区	自由が丘	official
A	東京都目黒区自由が丘1丁目9―8	東京都	目黒区	自由が丘	dash
A	東京都目黒区自由ヶ丘1丁目9-8	東京都	目黒区	自由が丘	variant
B	東京都目黒区自由が丘1-9-8	東京都	目黒区	自由が丘	hyphen-chome
B	目黒区自由が丘1丁目9-8	東京都	目黒区	自由が丘	no-prefecture
A	東京都大田区蒲田5丁目13番14号	東京都	大田区	蒲田	official
A	〒144-0052 東京都大田区蒲田5丁目13-14	東京都	大田区	蒲田	postal
B	東京都大田区蒲田5-13-14	東京都	大田区	蒲田	hyphen-chome
B	〒144-0052大田区蒲田5丁目13-14	東京都	大田区	蒲田	no-prefecture
A	東京都練馬区豊玉北6丁目12番1号	東京都	練馬区	豊玉北	official
A	東京都練馬区豊玉北6丁目12-1　〒176-0012	東京都	練馬区	豊玉北	postal-after
B	東京都練馬区豊玉北6-12-1	東京都	練馬区	豊玉北	hyphen-chome
B	〒176-0012　練馬区豊玉北6丁目12番1号	東京都	練馬区	豊玉北	no-prefecture
A	東京都八王子市元本郷町3丁目24番1号(市民センター)	東京都	八王子市	元本郷町	paren-building
A	東京都八王子市元本郷町３丁目２４－１	東京都	八王子市	元本郷町	fullwidth
B	192-0051 八王子市元本郷町3丁目24-1	東京都	八王子市	元本郷町	no-prefecture
B	東京都八王子市元本郷町3-24-1	東京都	八王子市	元本郷町	hyphen-chome
A	東京都府中市宮西町２丁目２４	東京都	府中市	宮西町	fullwidth
A	東京都府中市宮西町2丁24	東京都	府中市	宮西町	chou
A	東京都府中市宮西町二丁目24	東京都	府中市	宮西町	kanji
B	東京都府中市宮西町2-24	東京都	府中市	宮西町	hyphen-chome
B	府中市宮西町2丁目24	東京都	府中市	宮西町	no-prefecture
A	〒194-0022東京都町田市森野2丁目2-22	東京都	町田市	森野	postal
A	東京都町田市森野2丁2-22	東京都	町田市	森野	chou
A	東京都町田市森野2丁目2-22 〒194-0022	東京都	町田市	森野	postal-after
B	町田市森野2丁目2番22号	東京都	町田市	森野	no-prefecture
A	東京都立川市泉町1156番地の9	東京都	立川市	泉町	official
A	東京都立川市泉町千百五十六番地の九	東京都	立川市	泉町	kanji
B	立川市泉町1156-9	東京都	立川市	泉町	no-prefecture
A	東京都武蔵野市緑町2丁目2番28号	東京都	武蔵野市	緑町	official
A	東京都武蔵野市緑町2丁2-28	東京都	武蔵野市	緑町	chou
A	東京都武蔵野市緑町二丁目2-28	東京都	武蔵野市	緑町	kanji
B	武蔵野市緑町2丁目2番28号	東京都	武蔵野市	緑町	no-prefecture
A	東京都三鷹市野崎1丁1-1	東京都	三鷹市	野崎	chou
A	東京都三鷹市野崎1丁目1-1（〒181-0014）	東京都	三鷹市	野崎	postal-after
A	東京都三鷹市野崎1丁目1番1号(B1F)	東京都	三鷹市	野崎	paren-building
B	三鷹市野崎1丁目1-1	東京都	三鷹市	野崎	no-prefecture
B	東京都三鷹市野崎1-1-1	東京都	三鷹市	野崎	hyphen-chome
A	東京都調布市小島町2丁目35番地1	東京都	調布市	小島町	official
A	東京都調布市小島町2丁目35番地の1	東京都	調布市	小島町	banchi-no
B	東京都調布市小島町2-35-1	東京都	調布市	小島町	hyphen-chome
B	調布市小島町2丁目35-1	東京都	調布市	小島町	no-prefecture
A	〒198-0042 東京都青梅市東青梅1丁目11-1	東京都	青梅市	東青梅	postal
A	東京都 青梅市 東青梅1丁目11-1 本庁舎	東京都	青梅市	東青梅	spaces+building
B	青梅市東青梅1丁目11-1	東京都	青梅市	東青梅	no-prefecture
B	東京都青梅市東青梅1-11-1	東京都	青梅市	東青梅	hyphen-chome
A	東京都西多摩郡奥多摩町氷川215番地6	東京都	西多摩郡奥多摩町	氷川	official
A	東京都西多摩郡奥多摩町氷川２１５－６	東京都	西多摩郡奥多摩町	氷川	fullwidth
A	東京都 西多摩郡奥多摩町 氷川 215-6 パークタワー２０階	東京都	西多摩郡奥多摩町	氷川	spaces+building
B	西多摩郡奥多摩町氷川215-6	東京都	西多摩郡奥多摩町	氷川	no-prefecture
B	東京都奥多摩町氷川215番地6	東京都	西多摩郡奥多摩町	氷川	no-gun
B	奥多摩町氷川215-6	東京都	西多摩郡奥多摩町	氷川	no-prefecture+no-gun
A	東京都西多摩郡日の出町平井2780 〒190-0182	東京都	西多摩郡日の出町	平井	postal-after
A	東京都　西多摩郡日の出町　平井2780グランドメゾン3F	東京都	西多摩郡日の出町	平井	spaces+building
B	東京都西多摩郡日の出町大字平井2780番地	東京都	西多摩郡日の出町	平井	oaza-prefix
B	日の出町平井2780	東京都	西多摩郡日の出町	平井	no-prefecture+no-gun
A	東京都西多摩郡瑞穂町箱根ケ崎2335番地	東京都	西多摩郡瑞穂町	箱根ケ崎	official
A	東京都西多摩郡瑞穂町箱根ケ崎２３３５	東京都	西多摩郡瑞穂町	箱根ケ崎	fullwidth
A	東京都　西多摩郡瑞穂町　箱根ケ崎　2335 第2松本ビル4F	東京都	西多摩郡瑞穂町	箱根ケ崎	spaces+building
A	東京都西多摩郡瑞穂町箱根ヶ崎2335	東京都	西多摩郡瑞穂町	箱根ケ崎	variant
B	東京都西多摩郡瑞穂町大字箱根ヶ崎2335	東京都	西多摩郡瑞穂町	箱根ケ崎	oaza-prefix
B	瑞穂町箱根ケ崎2335番地	東京都	西多摩郡瑞穂町	箱根ケ崎	no-prefecture+no-gun
A	東京都大島町元町1丁目1番14号	東京都	大島町	元町	official
A	東京都大島町元町１丁目１－１４	東京都	大島町	元町	fullwidth
B	東京都大島町元町1-1-14	東京都	大島町	元町	hyphen-chome
B	大島町元町1丁目1番14号	東京都	大島町	元町	no-prefecture
A	東京都八丈島八丈町大賀郷2551ー2	東京都	八丈島八丈町	大賀郷	dash
A	東京都八丈島八丈町大賀郷二千五百五十一番地二	東京都	八丈島八丈町	大賀郷	kanji
B	八丈町大賀郷2551-2	東京都	八丈島八丈町	大賀郷	no-prefecture+no-gun
B	〒1001401 八丈島八丈町大賀郷2551番地2	東京都	八丈島八丈町	大賀郷	no-prefecture
B	東京都小笠原村父島字西町	東京都	小笠原村	父島	koaza
B	東京都小笠原村父島西町	東京都	小笠原村	父島	koaza-without-aza
B	小笠原村父島西町	東京都	小笠原村	父島	no-prefecture
A	東京都三宅島三宅村阿古497番地	東京都	三宅島三宅村	阿古	official
A	東京都三宅島三宅村阿古497	東京都	三宅島三宅村	阿古	kanji
A	東京都三宅島三宅村阿古497番地　本館	東京都	三宅島三宅村	阿古	paren-building
B	東京都三宅村阿古497	東京都	三宅島三宅村	阿古	no-gun
B	三宅島三宅村阿古497	東京都	三宅島三宅村	阿古	no-prefecture
B	三宅村阿古497	東京都	三宅島三宅村	阿古	no-prefecture+no-gun
A	東京都 千代田区 九段南 1丁目2-1レジデンス南 B棟 305	東京都	千代田区	九段南	spaces+building
A	東京都千代田区九段南1丁目2–1	東京都	千代田区	九段南	dash
A	東京都千代田区九段南1丁目2番1号 (東棟)	東京都	千代田区	九段南	paren-building
B	千代田区九段南1丁目2番1号	東京都	千代田区	九段南	no-prefecture
B	東京都千代田区九段南1-2-1	東京都	千代田区	九段南	hyphen-chome
A	東京都中野区中野4丁目11番19号	東京都	中野区	中野	official
A	東京都中野区中野四丁目11-19	東京都	中野区	中野	kanji
A	東京都中野区中野4丁目11－19	東京都	中野区	中野	dash
B	東京都中野区中野4-11-19	東京都	中野区	中野	hyphen-chome
A	東京都杉並区阿佐谷南1丁目15−1	東京都	杉並区	阿佐谷南	dash
A	東京都杉並区阿佐谷南一丁目十五番一号	東京都	杉並区	阿佐谷南	kanji
A	東京都杉並区阿佐谷南1丁目15-1　〒166-0004	東京都	杉並区	阿佐谷南	postal-after
B	東京都杉並区阿佐谷南1-15-1	東京都	杉並区	阿佐谷南	hyphen-chome
B	杉並区阿佐谷南1丁目15-1	東京都	杉並区	阿佐谷南	no-prefecture
A	東京都豊島区南池袋2丁目45–1	東京都	豊島区	南池袋	dash
A	東京都豊島区南池袋二丁目45-1	東京都	豊島区	南池袋	kanji
A	東京都豊島区南池袋2丁45-1	東京都	豊島区	南池袋	chou
B	東京都豊島区南池袋2-45-1	東京都	豊島区	南池袋	hyphen-chome
B	豊島区南池袋2-45-1	東京都	豊島区	南池袋	no-prefecture+hyphen-chome
A	〒1140022 東京都北区王子本町1丁目15-22	東京都	北区	王子本町	postal
A	東京都北区王子本町1丁目15−22	東京都	北区	王子本町	dash
A	東京都北区王子本町1丁15-22	東京都	北区	王子本町	chou
B	東京都北区王子本町1-15-22	東京都	北区	王子本町	hyphen-chome
B	北区王子本町1丁目15-22	東京都	北区	王子本町	no-prefecture
A	東京都江戸川区中央1丁目4番1号　B1F	東京都	江戸川区	中央	paren-building
A	東京都江戸川区中央一丁目4-1	東京都	江戸川区	中央	kanji
A	東京都江戸川区中央1丁目4ー1	東京都	江戸川区	中央	dash
B	江戸川区中央1-4-1	東京都	江戸川区	中央	no-prefecture+hyphen-chome
A	東京都　葛飾区　立石5丁目13-1(受付)	東京都	葛飾区	立石	spaces+building
A	東京都葛飾区立石五丁目13-1	東京都	葛飾区	立石	kanji
B	124-0012 葛飾区立石5丁目13-1	東京都	葛飾区	立石	no-prefecture
B	東京都葛飾区立石5-13-1	東京都	葛飾区	立石	hyphen-chome
A	東京都足立区中央本町1丁目17番1号	東京都	足立区	中央本町	official
A	東京都足立区中央本町1丁目17-1 〒120-0011	東京都	足立区	中央本町	postal-after
B	東京都足立区中央本町1-17-1	東京都	足立区	中央本町	hyphen-chome
B	足立区中央本町1丁目17-1	東京都	足立区	中央本町	no-prefecture
A	東京都板橋区板橋二丁目六十六番一号	東京都	板橋区	板橋	kanji
A	東京都　板橋区　板橋2丁目66-1 ハイツ一番館 102	東京都	板橋区	板橋	spaces+building
B	板橋区板橋2-66-1	東京都	板橋区	板橋	no-prefecture+hyphen-chome
B	東京都板橋区板橋2-66-1	東京都	板橋区	板橋	hyphen-chome
A	東京都荒川区荒川2丁目2番3号	東京都	荒川区	荒川	official
A	東京都 荒川区 荒川 2丁目2-3 ﾊｲﾂ ｻｸﾗ 201	東京都	荒川区	荒川	spaces+building
B	荒川区荒川2-2-3	東京都	荒川区	荒川	no-prefecture+hyphen-chome
B	東京都荒川区荒川2-2-3	東京都	荒川区	荒川	hyphen-chome
A	東京都大田区羽田空港3丁目3番2号(東棟)	東京都	大田区	羽田空港	paren-building
A	東京都　大田区　羽田空港3丁目3-2第2松本ビル4F	東京都	大田区	羽田空港	spaces+building
A	東京都大田区羽田空港3丁3-2	東京都	大田区	羽田空港	chou
B	〒1440041 大田区羽田空港3丁目3番2号	東京都	大田区	羽田空港	no-prefecture
B	東京都大田区羽田空港3-3-2	東京都	大田区	羽田空港	hyphen-chome
A	東京都国分寺市戸倉1丁目6番地1	東京都	国分寺市	戸倉	official
A	東京都国分寺市戸倉1丁目6–1	東京都	国分寺市	戸倉	dash
B	〒1850003 国分寺市戸倉1-6-1	東京都	国分寺市	戸倉	no-prefecture+hyphen-chome
A	東京都東村山市本町1丁目2番地3	東京都	東村山市	本町	official
A	東京都東村山市本町1丁目2番地の3	東京都	東村山市	本町	banchi-no
B	東京都東村山市本町1-2-3	東京都	東村山市	本町	hyphen-chome
B	東村山市本町1-2-3	東京都	東村山市	本町	no-prefecture+hyphen-chome
A	東京都武蔵村山市本町1丁1-1	東京都	武蔵村山市	本町	chou
A	208-0004 東京都武蔵村山市本町1丁目1-1	東京都	武蔵村山市	本町	postal
A	東京都　武蔵村山市　本町　1丁目1-1 ﾊｲﾂ ｻｸﾗ 201	東京都	武蔵村山市	本町	spaces+building
B	東京都武蔵村山市本町1-1-1	東京都	武蔵村山市	本町	hyphen-chome
B	〒2080004 武蔵村山市本町1丁目1-1	東京都	武蔵村山市	本町	no-prefecture
A	東京都東大和市中央3丁目930番地	東京都	東大和市	中央	official
A	東京都東大和市中央３丁目９３０	東京都	東大和市	中央	fullwidth
A	東京都東大和市中央三丁目930	東京都	東大和市	中央	kanji
B	東京都東大和市中央3-930	東京都	東大和市	中央	hyphen-chome
A	神奈川県横浜市中区日本大通1番地	神奈川県	横浜市中区	日本大通	official
A	神奈川県横浜市中区日本大通1　〒231-0021	神奈川県	横浜市中区	日本大通	postal-after
A	神奈川県横浜市中区日本大通一番地	神奈川県	横浜市中区	日本大通	kanji
B	中区日本大通1	神奈川県	横浜市中区	日本大通	ward-without-city
B	横浜市中区日本大通1	神奈川県	横浜市中区	日本大通	no-prefecture
A	〒231-0005神奈川県横浜市中区本町6丁目50-10	神奈川県	横浜市中区	本町	postal
A	神奈川県横浜市中区本町6丁50-10	神奈川県	横浜市中区	本町	chou
B	中区本町6丁目50-10	神奈川県	横浜市中区	本町	ward-without-city
B	神奈川県横浜市本町6丁目50-10	神奈川県	横浜市中区	本町	city-without-ward
B	横浜市中区本町6丁目50番地の10	神奈川県	横浜市中区	本町	no-prefecture
A	神奈川県　横浜市港北区　日吉　4丁目1-1シティプラザ East 1102	神奈川県	横浜市港北区	日吉	spaces+building
A	神奈川県横浜市港北区日吉4丁目1-1　〒223-0061	神奈川県	横浜市港北区	日吉	postal-after
B	横浜市港北区日吉4-1-1	神奈川県	横浜市港北区	日吉	no-prefecture+hyphen-chome
A	神奈川県横浜市港北区大豆戸町26-1	神奈川県	横浜市港北区	大豆戸町	kanji
A	神奈川県横浜市港北区大豆戸町26‐1	神奈川県	横浜市港北区	大豆戸町	dash
B	横浜市大豆戸町26-1	神奈川県	横浜市港北区	大豆戸町	city-without-ward
B	港北区大豆戸町26番地1	神奈川県	横浜市港北区	大豆戸町	ward-without-city
B	横浜市港北区大豆戸町26-1	神奈川県	横浜市港北区	大豆戸町	no-prefecture
A	神奈川県横浜市港北区日吉本町1丁目4番13号	神奈川県	横浜市港北区	日吉本町	official
A	神奈川県横浜市港北区日吉本町1丁目4‐13	神奈川県	横浜市港北区	日吉本町	dash
B	港北区日吉本町1丁目4-13	神奈川県	横浜市港北区	日吉本町	ward-without-city
B	神奈川県横浜市港北区日吉本町1-4-13	神奈川県	横浜市港北区	日吉本町	hyphen-chome
B	〒223-0062 横浜市港北区日吉本町1丁目4-13	神奈川県	横浜市港北区	日吉本町	no-prefecture
A	神奈川県横浜市西区みなとみらい2丁目3−1	神奈川県	横浜市西区	みなとみらい	dash
A	〒2200012 神奈川県横浜市西区みなとみらい2丁目3-1	神奈川県	横浜市西区	みなとみらい	postal
B	横浜市西区みなとみらい2丁目3-1	神奈川県	横浜市西区	みなとみらい	no-prefecture
B	西区みなとみらい2-3-1	神奈川県	横浜市西区	みなとみらい	ward-without-city
B	神奈川県横浜市西区みなとみらい2-3-1	神奈川県	横浜市西区	みなとみらい	hyphen-chome
A	神奈川県　横浜市西区　高島2丁目16-1レジデンス南 B棟 305	神奈川県	横浜市西区	高島	spaces+building
A	神奈川県横浜市西区高島2丁目16ー1	神奈川県	横浜市西区	高島	dash
B	横浜市高島2丁目16番1号	神奈川県	横浜市西区	高島	city-without-ward
A	神奈川県横浜市中区山下町1番地	神奈川県	横浜市中区	山下町	official
A	神奈川県横浜市中区山下町1番地（本館）	神奈川県	横浜市中区	山下町	paren-building
A	神奈川県　横浜市中区　山下町　1県庁舎本館	神奈川県	横浜市中区	山下町	spaces+building
B	神奈川県横浜市山下町1	神奈川県	横浜市中区	山下町	city-without-ward
B	〒2310023 横浜市中区山下町1	神奈川県	横浜市中区	山下町	no-prefecture
B	中区山下町1番地	神奈川県	横浜市中区	山下町	ward-without-city
A	神奈川県川崎市川崎区宮本町1番地	神奈川県	川崎市川崎区	宮本町	official
A	神奈川県 川崎市川崎区 宮本町1 (受付)	神奈川県	川崎市川崎区	宮本町	spaces+building
B	川崎市川崎区宮本町1	神奈川県	川崎市川崎区	宮本町	no-prefecture
A	神奈川県川崎市川崎区駅前本町26番地1	神奈川県	川崎市川崎区	駅前本町	official
A	神奈川県　川崎市川崎区　駅前本町26-1県庁舎本館	神奈川県	川崎市川崎区	駅前本町	spaces+building
B	川崎区駅前本町26-1	神奈川県	川崎市川崎区	駅前本町	ward-without-city
B	川崎市駅前本町26-1	神奈川県	川崎市川崎区	駅前本町	city-without-ward
B	210-0007 川崎市川崎区駅前本町26-1	神奈川県	川崎市川崎区	駅前本町	no-prefecture
A	神奈川県相模原市中央区中央2丁目11番15号	神奈川県	相模原市中央区	中央	official
A	神奈川県相模原市中央区中央２丁目１１－１５	神奈川県	相模原市中央区	中央	fullwidth
B	相模原市中央2-11-15	神奈川県	相模原市中央区	中央	city-without-ward
A	神奈川県鎌倉市御成町18番10号	神奈川県	鎌倉市	御成町	official
A	神奈川県鎌倉市御成町18-10	神奈川県	鎌倉市	御成町	kanji
A	〒248-0012 神奈川県鎌倉市御成町18-10	神奈川県	鎌倉市	御成町	postal
B	鎌倉市御成町18-10	神奈川県	鎌倉市	御成町	no-prefecture
A	神奈川県鎌倉市雪ノ下2丁1-31	神奈川県	鎌倉市	雪ノ下	chou
A	神奈川県鎌倉市雪ノ下2丁目1番31号（第2庁舎）	神奈川県	鎌倉市	雪ノ下	paren-building
A	神奈川県鎌倉市雪の下2丁目1-31	神奈川県	鎌倉市	雪ノ下	variant
B	鎌倉市雪ノ下2丁目1-31	神奈川県	鎌倉市	雪ノ下	no-prefecture
A	神奈川県鎌倉市長谷4丁目2-28 〒248-0016	神奈川県	鎌倉市	長谷	postal-after
A	神奈川県鎌倉市長谷四丁目2-28	神奈川県	鎌倉市	長谷	kanji
B	鎌倉市長谷4丁目2-28	神奈川県	鎌倉市	長谷	no-prefecture
B	神奈川県鎌倉市長谷4-2-28	神奈川県	鎌倉市	長谷	hyphen-chome
A	神奈川県藤沢市朝日町1-1（〒251-0054）	神奈川県	藤沢市	朝日町	postal-after
A	神奈川県藤沢市朝日町1番地の1　B1F	神奈川県	藤沢市	朝日町	paren-building
B	〒2510054 藤沢市朝日町1番地の1	神奈川県	藤沢市	朝日町	no-prefecture
A	神奈川県横須賀市小川町11番地	神奈川県	横須賀市	小川町	official
A	神奈川県横須賀市小川町１１	神奈川県	横須賀市	小川町	fullwidth
A	神奈川県横須賀市小川町十一番地	神奈川県	横須賀市	小川町	kanji
B	横須賀市小川町11	神奈川県	横須賀市	小川町	no-prefecture
A	神奈川県小田原市荻窪300番地	神奈川県	小田原市	荻窪	official
A	神奈川県　小田原市　荻窪　300シティプラザ East 1102	神奈川県	小田原市	荻窪	spaces+building
B	250-0042 小田原市荻窪300番地	神奈川県	小田原市	荻窪	no-prefecture
A	神奈川県足柄下郡箱根町湯本256番地（東棟）	神奈川県	足柄下郡箱根町	湯本	paren-building
A	神奈川県足柄下郡箱根町湯本２５６	神奈川県	足柄下郡箱根町	湯本	fullwidth
B	箱根町湯本256	神奈川県	足柄下郡箱根町	湯本	no-prefecture+no-gun
B	神奈川県箱根町湯本256	神奈川県	足柄下郡箱根町	湯本	no-gun
B	足柄下郡箱根町湯本256	神奈川県	足柄下郡箱根町	湯本	no-prefecture
A	神奈川県平塚市浅間町9番1号 (B1F)	神奈川県	平塚市	浅間町	paren-building
A	神奈川県平塚市浅間町９－１	神奈川県	平塚市	浅間町	fullwidth
B	〒254-0041 平塚市浅間町9-1	神奈川県	平塚市	浅間町	no-prefecture
A	神奈川県厚木市中町3丁目17番17号	神奈川県	厚木市	中町	official
A	神奈川県厚木市中町3丁目17ー17	神奈川県	厚木市	中町	dash
B	神奈川県厚木市中町3-17-17	神奈川県	厚木市	中町	hyphen-chome
B	厚木市中町3丁目17番17号	神奈川県	厚木市	中町	no-prefecture
A	神奈川県大和市下鶴間1丁目1番1号	神奈川県	大和市	下鶴間	official
A	神奈川県大和市下鶴間１丁目１－１	神奈川県	大和市	下鶴間	fullwidth
B	神奈川県大和市下鶴間1-1-1	神奈川県	大和市	下鶴間	hyphen-chome
B	大和市下鶴間1丁目1番1号	神奈川県	大和市	下鶴間	no-prefecture
A	〒253-0041 神奈川県茅ヶ崎市茅ヶ崎1丁目1-1	神奈川県	茅ヶ崎市	茅ヶ崎	postal
A	神奈川県茅ヶ崎市茅ヶ崎一丁目一番一号	神奈川県	茅ヶ崎市	茅ヶ崎	kanji
A	神奈川県茅ヶ崎市茅ヶ崎１丁目１－１	神奈川県	茅ヶ崎市	茅ヶ崎	fullwidth
A	神奈川県茅ケ崎市茅ヶ崎1丁目1-1	神奈川県	茅ヶ崎市	茅ヶ崎	variant
B	茅ヶ崎市茅ヶ崎1-1-1	神奈川県	茅ヶ崎市	茅ヶ崎	no-prefecture+hyphen-chome
A	神奈川県逗子市逗子5丁目2番16号　東棟	神奈川県	逗子市	逗子	paren-building
A	神奈川県逗子市逗子5丁2-16	神奈川県	逗子市	逗子	chou
B	逗子市逗子5丁目2-16	神奈川県	逗子市	逗子	no-prefecture
A	神奈川県三浦郡葉山町堀内2135番地	神奈川県	三浦郡葉山町	堀内	official
A	神奈川県　三浦郡葉山町　堀内2135 シティプラザ East 1102	神奈川県	三浦郡葉山町	堀内	spaces+building
B	葉山町堀内2135	神奈川県	三浦郡葉山町	堀内	no-prefecture+no-gun
B	三浦郡葉山町堀内2135	神奈川県	三浦郡葉山町	堀内	no-prefecture
A	神奈川県愛甲郡愛川町角田251番地1 (B1F)	神奈川県	愛甲郡愛川町	角田	paren-building
A	神奈川県愛甲郡愛川町角田251番地の1	神奈川県	愛甲郡愛川町	角田	banchi-no
B	愛甲郡愛川町角田251-1	神奈川県	愛甲郡愛川町	角田	no-prefecture
B	愛川町角田251-1	神奈川県	愛甲郡愛川町	角田	no-prefecture+no-gun
B	神奈川県愛川町角田251-1	神奈川県	愛甲郡愛川町	角田	no-gun
A	神奈川県足柄上郡開成町延沢773番地	神奈川県	足柄上郡開成町	延沢	official
A	神奈川県足柄上郡開成町延沢７７３	神奈川県	足柄上郡開成町	延沢	fullwidth
B	神奈川県開成町延沢773	神奈川県	足柄上郡開成町	延沢	no-gun
A	神奈川県横浜市青葉区市ケ尾町31番地4	神奈川県	横浜市青葉区	市ケ尾町	official
A	神奈川県横浜市青葉区市ケ尾町31番地4（本館）	神奈川県	横浜市青葉区	市ケ尾町	paren-building
A	神奈川県横浜市青葉区市ケ尾町31-4　〒225-0024	神奈川県	横浜市青葉区	市ケ尾町	postal-after
A	神奈川県横浜市青葉区市ヶ尾町31-4	神奈川県	横浜市青葉区	市ケ尾町	variant
B	神奈川県横浜市市ケ尾町31-4	神奈川県	横浜市青葉区	市ケ尾町	city-without-ward
A	神奈川県横浜市戸塚区戸塚町16番地の17	神奈川県	横浜市戸塚区	戸塚町	banchi-no
A	神奈川県横浜市戸塚区戸塚町16-17　〒244-0003	神奈川県	横浜市戸塚区	戸塚町	postal-after
A	神奈川県横浜市戸塚区戸塚町十六番地十七	神奈川県	横浜市戸塚区	戸塚町	kanji
B	神奈川県横浜市戸塚町16番地17	神奈川県	横浜市戸塚区	戸塚町	city-without-ward
B	戸塚区戸塚町16-17	神奈川県	横浜市戸塚区	戸塚町	ward-without-city
B	横浜市戸塚区戸塚町16-17	神奈川県	横浜市戸塚区	戸塚町	no-prefecture
A	神奈川県川崎市中原区小杉町3丁目245番地	神奈川県	川崎市中原区	小杉町	official
A	〒211-0063 神奈川県川崎市中原区小杉町3丁目245	神奈川県	川崎市中原区	小杉町	postal
A	神奈川県川崎市中原区小杉町3丁目245番地（市民センター）	神奈川県	川崎市中原区	小杉町	paren-building
B	川崎市中原区小杉町3-245	神奈川県	川崎市中原区	小杉町	no-prefecture+hyphen-chome
B	中原区小杉町3丁目245	神奈川県	川崎市中原区	小杉町	ward-without-city
B	神奈川県川崎市中原区小杉町3-245	神奈川県	川崎市中原区	小杉町	hyphen-chome
A	神奈川県川崎市麻生区万福寺1丁目5-1　〒215-0004	神奈川県	川崎市麻生区	万福寺	postal-after
A	神奈川県川崎市麻生区万福寺1丁目5番1号（東棟）	神奈川県	川崎市麻生区	万福寺	paren-building
A	神奈川県川崎市麻生区万福寺1丁5-1	神奈川県	川崎市麻生区	万福寺	chou
B	神奈川県川崎市麻生区万福寺1-5-1	神奈川県	川崎市麻生区	万福寺	hyphen-chome
B	麻生区万福寺1丁目5番1号	神奈川県	川崎市麻生区	万福寺	ward-without-city
B	川崎市万福寺1丁目5番1号	神奈川県	川崎市麻生区	万福寺	city-without-ward
A	神奈川県相模原市緑区西橋本5丁目3‐21	神奈川県	相模原市緑区	西橋本	dash
A	252-0131 神奈川県相模原市緑区西橋本5丁目3-21	神奈川県	相模原市緑区	西橋本	postal
B	緑区西橋本5-3-21	神奈川県	相模原市緑区	西橋本	ward-without-city
B	神奈川県相模原市西橋本5丁目3番21号	神奈川県	相模原市緑区	西橋本	city-without-ward
B	神奈川県相模原市緑区西橋本5-3-21	神奈川県	相模原市緑区	西橋本	hyphen-chome
A	神奈川県相模原市南区相模大野5丁目31番1号	神奈川県	相模原市南区	相模大野	official
A	神奈川県相模原市南区相模大野5丁目31ー1	神奈川県	相模原市南区	相模大野	dash
A	神奈川県相模原市南区相模大野5丁目31番1号　第2庁舎	神奈川県	相模原市南区	相模大野	paren-building
B	神奈川県相模原市相模大野5丁目31-1	神奈川県	相模原市南区	相模大野	city-without-ward
B	相模原市南区相模大野5-31-1	神奈川県	相模原市南区	相模大野	no-prefecture+hyphen-chome
A	新潟県 新潟市中央区 新光町 4-1ﾊｲﾂ ｻｸﾗ 201	新潟県	新潟市中央区	新光町	spaces+building
A	新潟県新潟市中央区新光町４－１	新潟県	新潟市中央区	新光町	fullwidth
B	新潟市中央区新光町4-1	新潟県	新潟市中央区	新光町	no-prefecture
B	中央区新光町4-1	新潟県	新潟市中央区	新光町	ward-without-city
B	新潟市新光町4-1	新潟県	新潟市中央区	新光町	city-without-ward
A	新潟県新潟市中央区学校町通1番町602番地1	新潟県	新潟市中央区	学校町通一番町	official
A	新潟県新潟市中央区学校町通1番町602番地の1	新潟県	新潟市中央区	学校町通一番町	banchi-no
B	新潟市学校町通1番町602-1	新潟県	新潟市中央区	学校町通一番町	city-without-ward
B	新潟市中央区学校町通1番町602-1	新潟県	新潟市中央区	学校町通一番町	no-prefecture
A	新潟県長岡市大手通1丁目4番地10	新潟県	長岡市	大手通	official
A	新潟県長岡市大手通1丁目4番地の10	新潟県	長岡市	大手通	banchi-no
B	新潟県長岡市大手通1-4-10	新潟県	長岡市	大手通	hyphen-chome
A	新潟県上越市木田一丁目1-3	新潟県	上越市	木田	kanji
A	新潟県 上越市 木田 1丁目1-3 メゾン・ド・ソレイユ 301	新潟県	上越市	木田	spaces+building
A	〒943-0805　新潟県上越市木田1丁目1-3	新潟県	上越市	木田	postal
B	新潟県上越市木田1-1-3	新潟県	上越市	木田	hyphen-chome
A	新潟県　三条市　旭町　2丁目3-1 パークタワー２０階	新潟県	三条市	旭町	spaces+building
A	新潟県三条市旭町２丁目３－１	新潟県	三条市	旭町	fullwidth
A	新潟県三条市旭町2丁目3番1号(B1F)	新潟県	三条市	旭町	paren-building
B	新潟県三条市旭町2-3-1	新潟県	三条市	旭町	hyphen-chome
A	新潟県柏崎市日石町2番1号	新潟県	柏崎市	日石町	official
A	新潟県柏崎市日石町2-1　〒945-0054	新潟県	柏崎市	日石町	postal-after
B	〒945-0054　柏崎市日石町2-1	新潟県	柏崎市	日石町	no-prefecture
A	新潟県新発田市中央町3丁目3番3号	新潟県	新発田市	中央町	official
A	〒957-0053　新潟県新発田市中央町3丁目3-3	新潟県	新発田市	中央町	postal
B	新発田市中央町3丁目3-3	新潟県	新発田市	中央町	no-prefecture
B	新潟県新発田市中央町3-3-3	新潟県	新発田市	中央町	hyphen-chome
A	新潟県佐渡市千種232番地	新潟県	佐渡市	千種	official
A	新潟県 佐渡市 千種 232 グランドメゾン3F	新潟県	佐渡市	千種	spaces+building
A	新潟県佐渡市千種232番地（東棟）	新潟県	佐渡市	千種	paren-building
B	佐渡市千種232	新潟県	佐渡市	千種	no-prefecture
A	新潟県十日町市千歳町三丁目三番地	新潟県	十日町市	千歳町	kanji
A	新潟県十日町市千歳町3丁目3（〒948-0067）	新潟県	十日町市	千歳町	postal-after
B	新潟県十日町市千歳町3-3	新潟県	十日町市	千歳町	hyphen-chome
B	十日町市千歳町3丁目3	新潟県	十日町市	千歳町	no-prefecture
A	新潟県燕市吉田西太田1934番地	新潟県	燕市	吉田西太田	official
A	新潟県 燕市 吉田西太田1934ハイツ一番館 102	新潟県	燕市	吉田西太田	spaces+building
B	燕市吉田西太田1934番地	新潟県	燕市	吉田西太田	no-prefecture
A	〒949-6680　新潟県南魚沼市六日町180-1	新潟県	南魚沼市	六日町	postal
A	新潟県南魚沼市六日町百八十番地一	新潟県	南魚沼市	六日町	kanji
B	〒9496680 南魚沼市六日町180-1	新潟県	南魚沼市	六日町	no-prefecture
A	新潟県糸魚川市一の宮1丁目2番5号	新潟県	糸魚川市	一の宮	official
A	新潟県糸魚川市一の宮１丁目２－５	新潟県	糸魚川市	一の宮	fullwidth
A	新潟県糸魚川市一ノ宮1丁目2-5	新潟県	糸魚川市	一の宮	variant
B	新潟県糸魚川市一の宮1-2-5	新潟県	糸魚川市	一の宮	hyphen-chome
A	新潟県見附市昭和町2丁目1番1号	新潟県	見附市	昭和町	official
A	新潟県見附市昭和町2丁目1―1	新潟県	見附市	昭和町	dash
B	新潟県見附市昭和町2-1-1	新潟県	見附市	昭和町	hyphen-chome
B	〒9540059 見附市昭和町2丁目1-1	新潟県	見附市	昭和町	no-prefecture
A	新潟県新潟市北区葛塚3197	新潟県	新潟市北区	葛塚	kanji
A	新潟県新潟市北区葛塚3197番地(東棟)	新潟県	新潟市北区	葛塚	paren-building
B	新潟県新潟市葛塚3197	新潟県	新潟市北区	葛塚	city-without-ward
A	新潟県新潟市西区寺尾東3丁目14番41号	新潟県	新潟市西区	寺尾東	official
A	新潟県新潟市西区寺尾東３丁目１４－４１	新潟県	新潟市西区	寺尾東	fullwidth
A	新潟県新潟市西区寺尾東3丁14-41	新潟県	新潟市西区	寺尾東	chou
B	新潟市西区寺尾東3丁目14-41	新潟県	新潟市西区	寺尾東	no-prefecture
A	新潟県岩船郡関川村下関912番地	新潟県	岩船郡関川村	下関	official
A	新潟県岩船郡関川村下関912 〒959-3265	新潟県	岩船郡関川村	下関	postal-after
A	新潟県 岩船郡関川村 下関912 1F	新潟県	岩船郡関川村	下関	spaces+building
B	新潟県岩船郡関川村大字下関912番地	新潟県	岩船郡関川村	下関	oaza-prefix
B	岩船郡関川村下関912	新潟県	岩船郡関川村	下関	no-prefecture
B	関川村大字下関912番地	新潟県	岩船郡関川村	下関	oaza-prefix+omissions
A	新潟県南蒲原郡田上町原ケ崎新田3070番地	新潟県	南蒲原郡田上町	原ケ崎新田	official
A	959-1503 新潟県南蒲原郡田上町原ケ崎新田3070	新潟県	南蒲原郡田上町	原ケ崎新田	postal
A	新潟県南蒲原郡田上町原ケ崎新田3070番地(東棟)	新潟県	南蒲原郡田上町	原ケ崎新田	paren-building
A	新潟県南蒲原郡田上町原ヶ崎新田3070	新潟県	南蒲原郡田上町	原ケ崎新田	variant
B	新潟県南蒲原郡田上町大字原ケ崎新田3070番地	新潟県	南蒲原郡田上町	原ケ崎新田	oaza-prefix
B	田上町原ケ崎新田3070	新潟県	南蒲原郡田上町	原ケ崎新田	no-prefecture+no-gun
A	新潟県 中魚沼郡津南町 下船渡 戊585ﾊｲﾂ ｻｸﾗ 201	新潟県	中魚沼郡津南町	下船渡	spaces+building
A	新潟県中魚沼郡津南町下船渡戊585　〒949-8201	新潟県	中魚沼郡津南町	下船渡	postal-after
B	新潟県中魚沼郡津南町大字下船渡戊585	新潟県	中魚沼郡津南町	下船渡	oaza-prefix
B	津南町大字下船渡戊585	新潟県	中魚沼郡津南町	下船渡	oaza-prefix+omissions
B	〒949-8201 中魚沼郡津南町下船渡戊585	新潟県	中魚沼郡津南町	下船渡	no-prefecture
B	津南町下船渡戊585	新潟県	中魚沼郡津南町	下船渡	no-prefecture+no-gun
A	富山県富山市新総曲輪1番7号	富山県	富山市	新総曲輪	official
A	富山県富山市新総曲輪1番7号 (B1F)	富山県	富山市	新総曲輪	paren-building
B	富山市新総曲輪1-7	富山県	富山市	新総曲輪	no-prefecture
A	富山県富山市新桜町7番38号	富山県	富山市	新桜町	official
A	富山県富山市新桜町七番三十八号	富山県	富山市	新桜町	kanji
B	富山市新桜町7番38号	富山県	富山市	新桜町	no-prefecture
A	富山県高岡市広小路7―50	富山県	高岡市	広小路	dash
A	富山県　高岡市　広小路　7-50 シティプラザ East 1102	富山県	高岡市	広小路	spaces+building
B	〒933-0057高岡市広小路7-50	富山県	高岡市	広小路	no-prefecture
A	富山県魚津市釈迦堂1丁目10番1号	富山県	魚津市	釈迦堂	official
A	富山県 魚津市 釈迦堂1丁目10-1 NTTビル7階	富山県	魚津市	釈迦堂	spaces+building
B	魚津市釈迦堂1丁目10番1号	富山県	魚津市	釈迦堂	no-prefecture
B	富山県魚津市釈迦堂1-10-1	富山県	魚津市	釈迦堂	hyphen-chome
A	富山県氷見市鞍川1060（〒935-0025）	富山県	氷見市	鞍川	postal-after
A	富山県氷見市鞍川１０６０	富山県	氷見市	鞍川	fullwidth
A	富山県氷見市鞍川1060	富山県	氷見市	鞍川	kanji
B	氷見市鞍川1060	富山県	氷見市	鞍川	no-prefecture
A	富山県黒部市三日市725 〒938-0031	富山県	黒部市	三日市	postal-after
A	富山県黒部市三日市725番地 (市民センター)	富山県	黒部市	三日市	paren-building
B	〒938-0031黒部市三日市725	富山県	黒部市	三日市	no-prefecture
A	富山県砺波市栄町7番3号	富山県	砺波市	栄町	official
A	富山県砺波市栄町7-3（〒939-1371）	富山県	砺波市	栄町	postal-after
B	砺波市栄町7-3	富山県	砺波市	栄町	no-prefecture
A	富山県南砺市苗島4880番地	富山県	南砺市	苗島	official
A	富山県 南砺市 苗島4880 メゾン・ド・ソレイユ 301	富山県	南砺市	苗島	spaces+building
A	富山県南砺市苗島4880番地（市民センター）	富山県	南砺市	苗島	paren-building
B	南砺市苗島4880	富山県	南砺市	苗島	no-prefecture
A	富山県射水市新開発410番地1	富山県	射水市	新開発	official
A	〒939-0284富山県射水市新開発410-1	富山県	射水市	新開発	postal
A	富山県射水市新開発410番地1(本館)	富山県	射水市	新開発	paren-building
B	射水市新開発410-1	富山県	射水市	新開発	no-prefecture
A	富山県中新川郡立山町前沢2440番地	富山県	中新川郡立山町	前沢	official
A	富山県中新川郡立山町前沢二千四百四十番地	富山県	中新川郡立山町	前沢	kanji
B	〒930-0221　中新川郡立山町前沢2440	富山県	中新川郡立山町	前沢	no-prefecture
A	富山県下新川郡朝日町道下１１３３	富山県	下新川郡朝日町	道下	fullwidth
A	939-0743 富山県下新川郡朝日町道下1133	富山県	下新川郡朝日町	道下	postal
A	富山県下新川郡朝日町道下千百三十三番地	富山県	下新川郡朝日町	道下	kanji
B	富山県朝日町道下1133	富山県	下新川郡朝日町	道下	no-gun
A	〒930-0353　富山県中新川郡上市町法音寺1	富山県	中新川郡上市町	法音寺	postal
A	富山県中新川郡上市町法音寺１	富山県	中新川郡上市町	法音寺	fullwidth
B	富山県上市町法音寺1番地	富山県	中新川郡上市町	法音寺	no-gun
B	上市町法音寺1	富山県	中新川郡上市町	法音寺	no-prefecture+no-gun
B	〒930-0353中新川郡上市町法音寺1	富山県	中新川郡上市町	法音寺	no-prefecture
A	富山県滑川市寺家町104番地	富山県	滑川市	寺家町	official
A	富山県滑川市寺家町百四番地	富山県	滑川市	寺家町	kanji
B	滑川市寺家町104番地	富山県	滑川市	寺家町	no-prefecture
A	富山県小矢部市本町1番1号	富山県	小矢部市	本町	official
A	富山県小矢部市本町1番1号　東棟	富山県	小矢部市	本町	paren-building
B	〒932-0057 小矢部市本町1-1	富山県	小矢部市	本町	no-prefecture
A	石川県金沢市鞍月1丁目1番地	石川県	金沢市	鞍月	official
A	石川県金沢市鞍月1丁1	石川県	金沢市	鞍月	chou
A	〒9208203 石川県金沢市鞍月1丁目1	石川県	金沢市	鞍月	postal
B	金沢市鞍月1丁目1番地	石川県	金沢市	鞍月	no-prefecture
B	石川県金沢市鞍月1-1	石川県	金沢市	鞍月	hyphen-chome
A	石川県金沢市広坂一丁目1-1	石川県	金沢市	広坂	kanji
A	石川県金沢市広坂1丁目1番1号　本館	石川県	金沢市	広坂	paren-building
B	金沢市広坂1丁目1番1号	石川県	金沢市	広坂	no-prefecture
B	石川県金沢市広坂1-1-1	石川県	金沢市	広坂	hyphen-chome
A	石川県金沢市兼六町1番地	石川県	金沢市	兼六町	official
A	〒9200936 石川県金沢市兼六町1	石川県	金沢市	兼六町	postal
A	石川県金沢市兼六町１	石川県	金沢市	兼六町	fullwidth
B	金沢市兼六町1番地	石川県	金沢市	兼六町	no-prefecture
A	石川県金沢市木ノ新保町1番1号 (東棟)	石川県	金沢市	木ノ新保町	paren-building
A	石川県 金沢市 木ノ新保町 1-1県庁舎本館	石川県	金沢市	木ノ新保町	spaces+building
A	石川県金沢市木ノ新保町1-1（〒920-0858）	石川県	金沢市	木ノ新保町	postal-after
A	石川県金沢市木の新保町1-1	石川県	金沢市	木ノ新保町	variant
B	金沢市木の新保町1-1	石川県	金沢市	木ノ新保町	no-prefecture
A	石川県七尾市袖ケ江町イ部25番地	石川県	七尾市	袖ケ江町	official
A	石川県七尾市袖ケ江町イ部25（〒926-0045）	石川県	七尾市	袖ケ江町	postal-after
A	石川県七尾市袖ケ江町イ部25番地 (市民センター)	石川県	七尾市	袖ケ江町	paren-building
A	石川県七尾市袖ヶ江町イ部25	石川県	七尾市	袖ケ江町	variant
B	七尾市袖ケ江町イ部25番地	石川県	七尾市	袖ケ江町	no-prefecture
A	石川県小松市小馬出町91番地（本館）	石川県	小松市	小馬出町	paren-building
A	石川県小松市小馬出町９１	石川県	小松市	小馬出町	fullwidth
B	小松市小馬出町91	石川県	小松市	小馬出町	no-prefecture
A	石川県輪島市二ツ屋町2字29番地	石川県	輪島市	二ツ屋町	official
A	石川県　輪島市　二ツ屋町2字29 本庁舎	石川県	輪島市	二ツ屋町	spaces+building
A	〒9280021 石川県輪島市二ツ屋町2字29	石川県	輪島市	二ツ屋町	postal
B	輪島市二ツ屋町2字29	石川県	輪島市	二ツ屋町	no-prefecture
A	〒9271215 石川県珠洲市上戸町北方1字6-2	石川県	珠洲市	上戸町北方	postal
A	石川県珠洲市上戸町北方1字6番地の2 (B1F)	石川県	珠洲市	上戸町北方	paren-building
A	石川県珠洲市上戸町北方１字６－２	石川県	珠洲市	上戸町北方	fullwidth
B	珠洲市上戸町北方1字6-2	石川県	珠洲市	上戸町北方	no-prefecture
A	石川県加賀市大聖寺南町ニ41番地	石川県	加賀市	大聖寺南町	official
A	石川県加賀市大聖寺南町ニ41（〒922-0811）	石川県	加賀市	大聖寺南町	postal-after
A	石川県　加賀市　大聖寺南町ニ41 本庁舎	石川県	加賀市	大聖寺南町	spaces+building
B	〒922-0811　加賀市大聖寺南町ニ41	石川県	加賀市	大聖寺南町	no-prefecture
A	石川県白山市倉光2丁目1番地	石川県	白山市	倉光	official
A	〒924-0865 石川県白山市倉光2丁目1	石川県	白山市	倉光	postal
B	白山市倉光2丁目1	石川県	白山市	倉光	no-prefecture
B	石川県白山市倉光2-1	石川県	白山市	倉光	hyphen-chome
A	石川県能美市来丸町1110番地	石川県	能美市	来丸町	official
A	石川県能美市来丸町1110番地　B1F	石川県	能美市	来丸町	paren-building
B	能美市来丸町1110	石川県	能美市	来丸町	no-prefecture
A	石川県野々市市三納1丁目1番地	石川県	野々市市	三納	official
A	石川県野々市市三納一丁目一番地	石川県	野々市市	三納	kanji
B	石川県野々市市三納1-1	石川県	野々市市	三納	hyphen-chome
B	野々市市三納1丁目1	石川県	野々市市	三納	no-prefecture
A	石川県かほく市宇野気ニ81番地	石川県	かほく市	宇野気	official
A	〒929-1125石川県かほく市宇野気ニ81	石川県	かほく市	宇野気	postal
A	石川県かほく市宇野気ニ81（〒929-1125）	石川県	かほく市	宇野気	postal-after
B	かほく市宇野気ニ81	石川県	かほく市	宇野気	no-prefecture
A	石川県鳳珠郡能登町宇出津ト字50番地	石川県	鳳珠郡能登町	宇出津	official
A	石川県　鳳珠郡能登町　宇出津　ト字50ハイツ一番館 102	石川県	鳳珠郡能登町	宇出津	spaces+building
B	石川県鳳珠郡能登町字宇出津ト字50	石川県	鳳珠郡能登町	宇出津	oaza-prefix
B	石川県能登町宇出津ト字50番地	石川県	鳳珠郡能登町	宇出津	no-gun
B	能登町宇出津ト字50	石川県	鳳珠郡能登町	宇出津	no-prefecture+no-gun
B	石川県羽咋郡志賀町末吉字千古1番地1	石川県	羽咋郡志賀町	末吉	koaza
B	羽咋郡志賀町末吉千古1-1	石川県	羽咋郡志賀町	末吉	no-prefecture
B	志賀町末吉字千古1-1	石川県	羽咋郡志賀町	末吉	no-prefecture+no-gun
B	石川県羽咋郡志賀町末吉千古1番地1	石川県	羽咋郡志賀町	末吉	koaza-without-aza
A	福井県福井市大手3丁目17番1号	福井県	福井市	大手	official
A	福井県福井市大手三丁目十七番一号	福井県	福井市	大手	kanji
B	福井県福井市大手3-17-1	福井県	福井市	大手	hyphen-chome
B	福井市大手3-17-1	福井県	福井市	大手	no-prefecture+hyphen-chome
A	福井県福井市大手3丁目10–1	福井県	福井市	大手	dash
A	福井県　福井市　大手3丁目10-1 ハイツ一番館 102	福井県	福井市	大手	spaces+building
B	福井市大手3丁目10-1	福井県	福井市	大手	no-prefecture
B	福井県福井市大手3-10-1	福井県	福井市	大手	hyphen-chome
A	福井県敦賀市中央町2丁1-1	福井県	敦賀市	中央町	chou
A	福井県敦賀市中央町２丁目１－１	福井県	敦賀市	中央町	fullwidth
A	福井県敦賀市中央町2丁目1‐1	福井県	敦賀市	中央町	dash
B	福井県敦賀市中央町2-1-1	福井県	敦賀市	中央町	hyphen-chome
A	福井県　小浜市　大手町　6-3 レジデンス南 B棟 305	福井県	小浜市	大手町	spaces+building
A	福井県小浜市大手町6-3（〒917-0078）	福井県	小浜市	大手町	postal-after
B	小浜市大手町6-3	福井県	小浜市	大手町	no-prefecture
A	福井県大野市天神町一番一号	福井県	大野市	天神町	kanji
A	〒9120084 福井県大野市天神町1-1	福井県	大野市	天神町	postal
B	大野市天神町1-1	福井県	大野市	天神町	no-prefecture
A	福井県勝山市元町1丁目1番1号	福井県	勝山市	元町	official
A	福井県勝山市元町1丁目1番1号(本館)	福井県	勝山市	元町	paren-building
B	福井県勝山市元町1-1-1	福井県	勝山市	元町	hyphen-chome
B	勝山市元町1丁目1番1号	福井県	勝山市	元町	no-prefecture
A	福井県鯖江市西山町13番1号	福井県	鯖江市	西山町	official
A	福井県　鯖江市　西山町　13-1 サンハイツ101	福井県	鯖江市	西山町	spaces+building
B	鯖江市西山町13-1	福井県	鯖江市	西山町	no-prefecture
A	福井県越前市府中1丁目13–7	福井県	越前市	府中	dash
A	福井県 越前市 府中 1丁目13-7コーポ山田 202号室	福井県	越前市	府中	spaces+building
B	越前市府中1-13-7	福井県	越前市	府中	no-prefecture+hyphen-chome
B	福井県越前市府中1-13-7	福井県	越前市	府中	hyphen-chome
A	福井県坂井市三国町安島64番地1	福井県	坂井市	三国町安島	official
A	福井県坂井市三国町安島64番地1（B1F）	福井県	坂井市	三国町安島	paren-building
B	坂井市三国町安島64-1	福井県	坂井市	三国町安島	no-prefecture
A	福井県吉田郡永平寺町志比5番15号	福井県	吉田郡永平寺町	志比	official
A	福井県吉田郡永平寺町志比5-15	福井県	吉田郡永平寺町	志比	kanji
B	福井県永平寺町志比5-15	福井県	吉田郡永平寺町	志比	no-gun
B	永平寺町志比5-15	福井県	吉田郡永平寺町	志比	no-prefecture+no-gun
B	吉田郡永平寺町志比5-15	福井県	吉田郡永平寺町	志比	no-prefecture
A	福井県三方上中郡若狭町市場20号18番地	福井県	三方上中郡若狭町	市場	official
A	福井県　三方上中郡若狭町　市場　20-18三井ビル 12F	福井県	三方上中郡若狭町	市場	spaces+building
A	福井県三方上中郡若狭町市場20号18番地 (第2庁舎)	福井県	三方上中郡若狭町	市場	paren-building
B	若狭町市場20-18	福井県	三方上中郡若狭町	市場	no-prefecture+no-gun
A	〒910-2512 福井県今立郡池田町稲荷35字4	福井県	今立郡池田町	稲荷	postal
A	福井県今立郡池田町稲荷３５字４	福井県	今立郡池田町	稲荷	fullwidth
B	今立郡池田町稲荷35字4	福井県	今立郡池田町	稲荷	no-prefecture
B	池田町稲荷35字4番地	福井県	今立郡池田町	稲荷	no-prefecture+no-gun
A	福井県丹生郡越前町西田中13字5-1（〒916-0141）	福井県	丹生郡越前町	西田中	postal-after
A	916-0141 福井県丹生郡越前町西田中13字5-1	福井県	丹生郡越前町	西田中	postal
B	丹生郡越前町西田中13字5-1	福井県	丹生郡越前町	西田中	no-prefecture
B	福井県越前町西田中13字5-1	福井県	丹生郡越前町	西田中	no-gun
B	越前町西田中13字5-1	福井県	丹生郡越前町	西田中	no-prefecture+no-gun
A	〒919-0621　福井県あわら市市姫3丁目1-1	福井県	あわら市	市姫	postal
A	福井県あわら市市姫３丁目１－１	福井県	あわら市	市姫	fullwidth
A	福井県あわら市市姫3丁目1ｰ1	福井県	あわら市	市姫	dash
B	福井県あわら市市姫3-1-1	福井県	あわら市	市姫	hyphen-chome
A	山梨県甲府市丸の内1丁目6—1	山梨県	甲府市	丸の内	dash
A	〒400-0031 山梨県甲府市丸の内1丁目6-1	山梨県	甲府市	丸の内	postal
A	山梨県 甲府市 丸の内 1丁目6-1シティプラザ East 1102	山梨県	甲府市	丸の内	spaces+building
B	山梨県甲府市丸の内1-6-1	山梨県	甲府市	丸の内	hyphen-chome
B	甲府市丸の内1丁目6-1	山梨県	甲府市	丸の内	no-prefecture
A	山梨県甲府市丸の内1丁18-1	山梨県	甲府市	丸の内	chou
A	山梨県甲府市丸の内1丁目18ｰ1	山梨県	甲府市	丸の内	dash
A	山梨県甲府市丸ノ内1丁目18-1	山梨県	甲府市	丸の内	variant
B	山梨県甲府市丸の内1-18-1	山梨県	甲府市	丸の内	hyphen-chome
A	山梨県富士吉田市下吉田６丁目１－１	山梨県	富士吉田市	下吉田	fullwidth
A	山梨県富士吉田市下吉田6丁目1-1（〒403-0004）	山梨県	富士吉田市	下吉田	postal-after
B	山梨県富士吉田市下吉田6-1-1	山梨県	富士吉田市	下吉田	hyphen-chome
B	富士吉田市下吉田6丁目1-1	山梨県	富士吉田市	下吉田	no-prefecture
A	山梨県都留市上谷1丁目1番1号	山梨県	都留市	上谷	official
A	山梨県都留市上谷一丁目1-1	山梨県	都留市	上谷	kanji
B	山梨県都留市上谷1-1-1	山梨県	都留市	上谷	hyphen-chome
A	〒405-0006 山梨県山梨市小原西843	山梨県	山梨市	小原西	postal
A	山梨県　山梨市　小原西　843 グランドメゾン3F	山梨県	山梨市	小原西	spaces+building
A	山梨県山梨市小原西八百四十三番地	山梨県	山梨市	小原西	kanji
B	山梨市小原西843	山梨県	山梨市	小原西	no-prefecture
A	山梨県大月市大月2丁目6番20号	山梨県	大月市	大月	official
A	山梨県大月市大月2丁目6-20　〒401-0013	山梨県	大月市	大月	postal-after
B	山梨県大月市大月2-6-20	山梨県	大月市	大月	hyphen-chome
A	山梨県　韮崎市　水神1丁目3-1 パークタワー２０階	山梨県	韮崎市	水神	spaces+building
A	山梨県韮崎市水神1丁3-1	山梨県	韮崎市	水神	chou
B	韮崎市水神1丁目3-1	山梨県	韮崎市	水神	no-prefecture
B	山梨県韮崎市水神1-3-1	山梨県	韮崎市	水神	hyphen-chome
A	山梨県南アルプス市小笠原３７６	山梨県	南アルプス市	小笠原	fullwidth
A	山梨県南アルプス市小笠原376 〒400-0306	山梨県	南アルプス市	小笠原	postal-after
A	山梨県南アルプス市小笠原三七六番地	山梨県	南アルプス市	小笠原	kanji
B	南アルプス市小笠原376	山梨県	南アルプス市	小笠原	no-prefecture
A	山梨県北杜市須玉町大豆生田961番地1	山梨県	北杜市	須玉町大豆生田	official
A	〒408-0115 山梨県北杜市須玉町大豆生田961-1	山梨県	北杜市	須玉町大豆生田	postal
B	北杜市須玉町大豆生田961-1	山梨県	北杜市	須玉町大豆生田	no-prefecture
A	山梨県甲斐市篠原2610番地	山梨県	甲斐市	篠原	official
A	山梨県甲斐市篠原2610　〒400-0115	山梨県	甲斐市	篠原	postal-after
A	山梨県　甲斐市　篠原　2610 ABCマンション１０３号	山梨県	甲斐市	篠原	spaces+building
B	甲斐市篠原2610	山梨県	甲斐市	篠原	no-prefecture
A	山梨県笛吹市石和町市部777番地	山梨県	笛吹市	石和町市部	official
A	山梨県笛吹市石和町市部777番地(本館)	山梨県	笛吹市	石和町市部	paren-building
B	笛吹市石和町市部777	山梨県	笛吹市	石和町市部	no-prefecture
A	山梨県南都留郡富士河口湖町船津千七百番地	山梨県	南都留郡富士河口湖町	船津	kanji
A	山梨県南都留郡富士河口湖町船津1700　〒401-0301	山梨県	南都留郡富士河口湖町	船津	postal-after
A	山梨県 南都留郡富士河口湖町 船津 1700 1F	山梨県	南都留郡富士河口湖町	船津	spaces+building
B	山梨県富士河口湖町船津1700番地	山梨県	南都留郡富士河口湖町	船津	no-gun
B	南都留郡富士河口湖町船津1700番地	山梨県	南都留郡富士河口湖町	船津	no-prefecture
B	富士河口湖町船津1700	山梨県	南都留郡富士河口湖町	船津	no-prefecture+no-gun
A	山梨県南都留郡山中湖村山中２３７－１	山梨県	南都留郡山中湖村	山中	fullwidth
A	山梨県南都留郡山中湖村山中237-1	山梨県	南都留郡山中湖村	山中	kanji
B	山梨県山中湖村山中237番地1	山梨県	南都留郡山中湖村	山中	no-gun
B	山中湖村山中237-1	山梨県	南都留郡山中湖村	山中	no-prefecture+no-gun
B	南都留郡山中湖村山中237-1	山梨県	南都留郡山中湖村	山中	no-prefecture
A	山梨県南巨摩郡身延町身延3567番地 (第2庁舎)	山梨県	南巨摩郡身延町	身延	paren-building
A	山梨県南巨摩郡身延町身延3567　〒409-2524	山梨県	南巨摩郡身延町	身延	postal-after
A	山梨県南巨摩郡身延町身延３５６７	山梨県	南巨摩郡身延町	身延	fullwidth
B	山梨県身延町身延3567	山梨県	南巨摩郡身延町	身延	no-gun
A	山梨県中央市臼井阿原３０１－１	山梨県	中央市	臼井阿原	fullwidth
A	山梨県中央市臼井阿原301-1（〒409-3844）	山梨県	中央市	臼井阿原	postal-after
B	〒409-3844　中央市臼井阿原301-1	山梨県	中央市	臼井阿原	no-prefecture
B	長野県長野市大字南長野幅下692-2	長野県	長野市	南長野	oaza-prefix
B	長野県長野市南長野字幅下692番地2	長野県	長野市	南長野	koaza
B	長野県長野市南長野幅下692番地2	長野県	長野市	南長野	koaza-without-aza
B	長野県長野市大字長野元善町491番地	長野県	長野市	元善町	oaza-before-town
B	〒380-0851　長野市大字長野元善町491	長野県	長野市	元善町	no-prefecture
A	長野県松本市丸の内3番7号	長野県	松本市	丸の内	official
A	長野県　松本市　丸の内3-7 メゾン・ド・ソレイユ 301	長野県	松本市	丸の内	spaces+building
A	〒390-0873　長野県松本市丸の内3-7	長野県	松本市	丸の内	postal
B	松本市丸の内3-7	長野県	松本市	丸の内	no-prefecture
A	長野県松本市丸の内4番1号	長野県	松本市	丸の内	official
A	長野県松本市丸の内４－１	長野県	松本市	丸の内	fullwidth
B	松本市丸の内4-1	長野県	松本市	丸の内	no-prefecture
A	長野県上田市大手1丁目11番16号	長野県	上田市	大手	official
A	長野県 上田市 大手 1丁目11-16〇〇荘 5号室	長野県	上田市	大手	spaces+building
B	長野県上田市大手1-11-16	長野県	上田市	大手	hyphen-chome
B	長野県諏訪市中洲字宮山1番地	長野県	諏訪市	中洲	koaza
B	諏訪市中洲字宮山1	長野県	諏訪市	中洲	no-prefecture
B	長野県諏訪市中洲宮山1番地	長野県	諏訪市	中洲	koaza-without-aza
A	長野県飯田市大久保町2534番地	長野県	飯田市	大久保町	official
A	〒395-0053 長野県飯田市大久保町2534	長野県	飯田市	大久保町	postal
A	長野県飯田市大久保町2534番地　B1F	長野県	飯田市	大久保町	paren-building
B	飯田市大久保町2534番地	長野県	飯田市	大久保町	no-prefecture
A	長野県北安曇郡白馬村北城7025	長野県	北安曇郡白馬村	北城	kanji
A	長野県北安曇郡白馬村北城7025番地（市民センター）	長野県	北安曇郡白馬村	北城	paren-building
B	長野県北安曇郡白馬村大字北城7025	長野県	北安曇郡白馬村	北城	oaza-prefix
B	長野県白馬村北城7025	長野県	北安曇郡白馬村	北城	no-gun
A	長野県北佐久郡軽井沢町長倉2381番地1	長野県	北佐久郡軽井沢町	長倉	official
A	長野県　北佐久郡軽井沢町　長倉　2381-1 三井ビル 12F	長野県	北佐久郡軽井沢町	長倉	spaces+building
A	長野県北佐久郡軽井沢町長倉２３８１－１	長野県	北佐久郡軽井沢町	長倉	fullwidth
B	長野県北佐久郡軽井沢町大字長倉2381-1	長野県	北佐久郡軽井沢町	長倉	oaza-prefix
B	長野県軽井沢町長倉2381-1	長野県	北佐久郡軽井沢町	長倉	no-gun
A	長野県上高井郡小布施町小布施1491番地2	長野県	上高井郡小布施町	小布施	official
A	長野県上高井郡小布施町小布施1491－2	長野県	上高井郡小布施町	小布施	dash
B	長野県上高井郡小布施町大字小布施1491-2	長野県	上高井郡小布施町	小布施	oaza-prefix
B	381-0201 上高井郡小布施町小布施1491番地2	長野県	上高井郡小布施町	小布施	no-prefecture
B	小布施町小布施1491番地2	長野県	上高井郡小布施町	小布施	no-prefecture+no-gun
A	長野県　佐久市　中込3056ﾊｲﾂ ｻｸﾗ 201	長野県	佐久市	中込	spaces+building
A	長野県佐久市中込3056	長野県	佐久市	中込	kanji
B	佐久市中込3056	長野県	佐久市	中込	no-prefecture
A	長野県伊那市下新田3050番地	長野県	伊那市	下新田	official
A	長野県伊那市下新田３０５０	長野県	伊那市	下新田	fullwidth
B	伊那市下新田3050	長野県	伊那市	下新田	no-prefecture
A	長野県駒ヶ根市赤須町20―1	長野県	駒ヶ根市	赤須町	dash
A	長野県駒ヶ根市赤須町２０－１	長野県	駒ヶ根市	赤須町	fullwidth
A	長野県駒ケ根市赤須町20-1	長野県	駒ヶ根市	赤須町	variant
B	駒ヶ根市赤須町20-1	長野県	駒ヶ根市	赤須町	no-prefecture
A	長野県茅野市塚原2丁目6番1号	長野県	茅野市	塚原	official
A	〒3910002 長野県茅野市塚原2丁目6-1	長野県	茅野市	塚原	postal
A	長野県茅野市塚原2丁6-1	長野県	茅野市	塚原	chou
B	長野県茅野市塚原2-6-1	長野県	茅野市	塚原	hyphen-chome
B	茅野市塚原2丁目6-1	長野県	茅野市	塚原	no-prefecture
A	長野県安曇野市豊科６０００	長野県	安曇野市	豊科	fullwidth
A	長野県安曇野市豊科6000番地　市民センター	長野県	安曇野市	豊科	paren-building
B	安曇野市豊科6000番地	長野県	安曇野市	豊科	no-prefecture
A	長野県南佐久郡小海町豊里57-1 〒384-1103	長野県	南佐久郡小海町	豊里	postal-after
A	384-1103 長野県南佐久郡小海町豊里57-1	長野県	南佐久郡小海町	豊里	postal
B	長野県南佐久郡小海町大字豊里57-1	長野県	南佐久郡小海町	豊里	oaza-prefix
B	小海町豊里57-1	長野県	南佐久郡小海町	豊里	no-prefecture+no-gun
A	長野県下高井郡野沢温泉村豊郷9817	長野県	下高井郡野沢温泉村	豊郷	kanji
A	長野県 下高井郡野沢温泉村 豊郷 9817ﾊｲﾂ ｻｸﾗ 201	長野県	下高井郡野沢温泉村	豊郷	spaces+building
A	〒389-2502長野県下高井郡野沢温泉村豊郷9817	長野県	下高井郡野沢温泉村	豊郷	postal
B	長野県下高井郡野沢温泉村大字豊郷9817番地	長野県	下高井郡野沢温泉村	豊郷	oaza-prefix
B	野沢温泉村豊郷9817番地	長野県	下高井郡野沢温泉村	豊郷	no-prefecture+no-gun
A	長野県 木曽郡上松町 上松 159-3 別館3階	長野県	木曽郡上松町	上松	spaces+building
A	〒399-5601 長野県木曽郡上松町上松159-3	長野県	木曽郡上松町	上松	postal
B	長野県木曽郡上松町大字上松159番地3	長野県	木曽郡上松町	上松	oaza-prefix
B	長野県上松町上松159-3	長野県	木曽郡上松町	上松	no-gun
A	長野県下伊那郡阿智村駒場483番地　B1F	長野県	下伊那郡阿智村	駒場	paren-building
A	〒395-0303　長野県下伊那郡阿智村駒場483	長野県	下伊那郡阿智村	駒場	postal
A	長野県 下伊那郡阿智村 駒場483 ﾊｲﾂ ｻｸﾗ 201	長野県	下伊那郡阿智村	駒場	spaces+building
B	長野県下伊那郡阿智村大字駒場483	長野県	下伊那郡阿智村	駒場	oaza-prefix
B	長野県阿智村大字駒場483	長野県	下伊那郡阿智村	駒場	oaza-prefix+omissions
A	〒500-8384　岐阜県岐阜市薮田南2丁目1-1	岐阜県	岐阜市	薮田南	postal
A	岐阜県岐阜市薮田南2丁1-1	岐阜県	岐阜市	薮田南	chou
A	岐阜県岐阜市藪田南2丁目1-1	岐阜県	岐阜市	薮田南	variant
B	岐阜県岐阜市藪田南2-1-1	岐阜県	岐阜市	薮田南	hyphen-chome
B	岐阜市薮田南2-1-1	岐阜県	岐阜市	薮田南	no-prefecture+hyphen-chome
A	岐阜県岐阜市司町40番地の1	岐阜県	岐阜市	司町	banchi-no
A	〒500-8076　岐阜県岐阜市司町40-1	岐阜県	岐阜市	司町	postal
A	岐阜県岐阜市司町40番地1(第2庁舎)	岐阜県	岐阜市	司町	paren-building
B	岐阜市司町40-1	岐阜県	岐阜市	司町	no-prefecture
A	岐阜県大垣市丸の内2丁目29番地	岐阜県	大垣市	丸の内	official
A	岐阜県大垣市丸の内2丁目29　〒503-0888	岐阜県	大垣市	丸の内	postal-after
B	大垣市丸の内2-29	岐阜県	大垣市	丸の内	no-prefecture+hyphen-chome
A	岐阜県高山市花岡町2丁目18番地	岐阜県	高山市	花岡町	official
A	岐阜県高山市花岡町2丁18	岐阜県	高山市	花岡町	chou
A	岐阜県高山市花岡町2丁目18（〒506-0009）	岐阜県	高山市	花岡町	postal-after
B	岐阜県高山市花岡町2-18	岐阜県	高山市	花岡町	hyphen-chome
B	高山市花岡町2丁目18	岐阜県	高山市	花岡町	no-prefecture
A	岐阜県多治見市日ノ出町2丁目15番地	岐阜県	多治見市	日ノ出町	official
A	岐阜県多治見市日ノ出町二丁目15	岐阜県	多治見市	日ノ出町	kanji
A	岐阜県多治見市日ノ出町2丁目15 〒507-0848	岐阜県	多治見市	日ノ出町	postal-after
A	岐阜県多治見市日の出町2丁目15	岐阜県	多治見市	日ノ出町	variant
B	岐阜県多治見市日ノ出町2-15	岐阜県	多治見市	日ノ出町	hyphen-chome
A	岐阜県関市若草通3丁目1番地	岐阜県	関市	若草通	official
A	岐阜県関市若草通3丁目1番地　東棟	岐阜県	関市	若草通	paren-building
B	関市若草通3丁目1番地	岐阜県	関市	若草通	no-prefecture
B	岐阜県関市若草通3-1	岐阜県	関市	若草通	hyphen-chome
A	岐阜県中津川市かやの木町二番一号	岐阜県	中津川市	かやの木町	kanji
A	岐阜県中津川市かやの木町２－１	岐阜県	中津川市	かやの木町	fullwidth
B	中津川市かやの木町2番1号	岐阜県	中津川市	かやの木町	no-prefecture
A	岐阜県美濃加茂市太田町3431番地1	岐阜県	美濃加茂市	太田町	official
A	岐阜県美濃加茂市太田町3431-1 〒505-0041	岐阜県	美濃加茂市	太田町	postal-after
A	岐阜県美濃加茂市太田町3431番地の1	岐阜県	美濃加茂市	太田町	banchi-no
B	美濃加茂市太田町3431-1	岐阜県	美濃加茂市	太田町	no-prefecture
A	岐阜県各務原市那加桜町1丁目69番地	岐阜県	各務原市	那加桜町	official
A	岐阜県各務原市那加桜町１丁目６９	岐阜県	各務原市	那加桜町	fullwidth
A	岐阜県各務原市那加桜町1丁69	岐阜県	各務原市	那加桜町	chou
B	岐阜県各務原市那加桜町1-69	岐阜県	各務原市	那加桜町	hyphen-chome
A	岐阜県郡上市八幡町島谷520番地1	岐阜県	郡上市	八幡町島谷	official
A	岐阜県郡上市八幡町島谷520番地の1	岐阜県	郡上市	八幡町島谷	banchi-no
B	郡上市八幡町島谷520-1	岐阜県	郡上市	八幡町島谷	no-prefecture
A	岐阜県　大野郡白川村　鳩谷517ハイツ一番館 102	岐阜県	大野郡白川村	鳩谷	spaces+building
A	岐阜県大野郡白川村鳩谷５１７	岐阜県	大野郡白川村	鳩谷	fullwidth
B	岐阜県大野郡白川村大字鳩谷517番地	岐阜県	大野郡白川村	鳩谷	oaza-prefix
B	白川村鳩谷517番地	岐阜県	大野郡白川村	鳩谷	no-prefecture+no-gun
B	岐阜県白川村鳩谷517番地	岐阜県	大野郡白川村	鳩谷	no-gun
A	岐阜県不破郡関ケ原町関ケ原894番地58	岐阜県	不破郡関ケ原町	関ケ原	official
A	〒5031501 岐阜県不破郡関ケ原町関ケ原894-58	岐阜県	不破郡関ケ原町	関ケ原	postal
A	岐阜県不破郡関ヶ原町関ケ原894-58	岐阜県	不破郡関ケ原町	関ケ原	variant
B	岐阜県不破郡関ケ原町大字関ケ原894-58	岐阜県	不破郡関ケ原町	関ケ原	oaza-prefix
B	関ケ原町関ケ原894-58	岐阜県	不破郡関ケ原町	関ケ原	no-prefecture+no-gun
A	岐阜県下呂市森９６０	岐阜県	下呂市	森	fullwidth
A	岐阜県 下呂市 森960 本庁舎	岐阜県	下呂市	森	spaces+building
A	岐阜県下呂市森960番地(東棟)	岐阜県	下呂市	森	paren-building
B	下呂市森960	岐阜県	下呂市	森	no-prefecture
A	岐阜県恵那市長島町正家1丁目1番地1	岐阜県	恵那市	長島町正家	official
A	岐阜県恵那市長島町正家1丁目1ー1	岐阜県	恵那市	長島町正家	dash
B	恵那市長島町正家1丁目1-1	岐阜県	恵那市	長島町正家	no-prefecture
B	岐阜県恵那市長島町正家1-1-1	岐阜県	恵那市	長島町正家	hyphen-chome
A	岐阜県揖斐郡揖斐川町三輪133番地	岐阜県	揖斐郡揖斐川町	三輪	official
A	岐阜県　揖斐郡揖斐川町　三輪133 三井ビル 12F	岐阜県	揖斐郡揖斐川町	三輪	spaces+building
A	岐阜県揖斐郡揖斐川町三輪133番地 (市民センター)	岐阜県	揖斐郡揖斐川町	三輪	paren-building
B	岐阜県揖斐川町三輪133番地	岐阜県	揖斐郡揖斐川町	三輪	no-gun
B	揖斐郡揖斐川町三輪133	岐阜県	揖斐郡揖斐川町	三輪	no-prefecture
B	揖斐川町三輪133	岐阜県	揖斐郡揖斐川町	三輪	no-prefecture+no-gun
A	静岡県静岡市葵区追手町９－６	静岡県	静岡市葵区	追手町	fullwidth
A	静岡県　静岡市葵区　追手町　9-6 グランドメゾン3F	静岡県	静岡市葵区	追手町	spaces+building
B	静岡県葵区追手町9-6	静岡県	静岡市葵区	追手町	ward-without-city
B	静岡県静岡市追手町9-6	静岡県	静岡市葵区	追手町	city-without-ward
A	静岡県静岡市葵区追手町５－１	静岡県	静岡市葵区	追手町	fullwidth
A	静岡県静岡市葵区追手町五番一号	静岡県	静岡市葵区	追手町	kanji
A	静岡県静岡市葵区追手町5-1 〒420-0853	静岡県	静岡市葵区	追手町	postal-after
B	〒420-0853　静岡市葵区追手町5-1	静岡県	静岡市葵区	追手町	no-prefecture
A	静岡県浜松市中央区元城町103番地の2	静岡県	浜松市中央区	元城町	official
A	静岡県浜松市中央区元城町１０３－２	静岡県	浜松市中央区	元城町	fullwidth
A	静岡県浜松市中央区元城町百三番地の二	静岡県	浜松市中央区	元城町	kanji
B	中央区元城町103-2	静岡県	浜松市中央区	元城町	ward-without-city
A	〒410-0832　静岡県沼津市御幸町16-1	静岡県	沼津市	御幸町	postal
A	静岡県沼津市御幸町16−1	静岡県	沼津市	御幸町	dash
B	410-0832 沼津市御幸町16番1号	静岡県	沼津市	御幸町	no-prefecture
A	静岡県富士市永田町一丁目一〇〇番地	静岡県	富士市	永田町	kanji
A	静岡県富士市永田町1丁目100番地(市民センター)	静岡県	富士市	永田町	paren-building
A	静岡県富士市永田町1丁目100　〒417-0055	静岡県	富士市	永田町	postal-after
B	富士市永田町1-100	静岡県	富士市	永田町	no-prefecture+hyphen-chome
A	静岡県富士宮市弓沢町150番地	静岡県	富士宮市	弓沢町	official
A	静岡県富士宮市弓沢町150（〒418-0073）	静岡県	富士宮市	弓沢町	postal-after
A	静岡県富士宮市弓沢町150	静岡県	富士宮市	弓沢町	kanji
B	富士宮市弓沢町150番地	静岡県	富士宮市	弓沢町	no-prefecture
A	静岡県富士宮市宮町1番1号	静岡県	富士宮市	宮町	official
A	静岡県富士宮市宮町1-1 〒418-0067	静岡県	富士宮市	宮町	postal-after
A	静岡県富士宮市宮町1-1	静岡県	富士宮市	宮町	kanji
B	富士宮市宮町1番1号	静岡県	富士宮市	宮町	no-prefecture
A	静岡県熱海市中央町1番1号	静岡県	熱海市	中央町	official
A	〒413-0015 静岡県熱海市中央町1-1	静岡県	熱海市	中央町	postal
B	熱海市中央町1-1	静岡県	熱海市	中央町	no-prefecture
A	静岡県 三島市 北田町 4-47ハイツ一番館 102	静岡県	三島市	北田町	spaces+building
A	静岡県三島市北田町4番47号（東棟）	静岡県	三島市	北田町	paren-building
A	静岡県三島市北田町４－４７	静岡県	三島市	北田町	fullwidth
B	〒411-0854　三島市北田町4-47	静岡県	三島市	北田町	no-prefecture
A	〒414-0046 静岡県伊東市大原2丁目1-1	静岡県	伊東市	大原	postal
A	静岡県伊東市大原二丁目1-1	静岡県	伊東市	大原	kanji
B	静岡県伊東市大原2-1-1	静岡県	伊東市	大原	hyphen-chome
B	伊東市大原2丁目1-1	静岡県	伊東市	大原	no-prefecture
A	静岡県磐田市国府台３－１	静岡県	磐田市	国府台	fullwidth
A	静岡県　磐田市　国府台　3-1 NTTビル7階	静岡県	磐田市	国府台	spaces+building
B	磐田市国府台3-1	静岡県	磐田市	国府台	no-prefecture
A	静岡県掛川市長谷1丁目1番地の1　本館	静岡県	掛川市	長谷	paren-building
A	静岡県掛川市長谷1丁目1-1（〒436-0047）	静岡県	掛川市	長谷	postal-after
A	静岡県掛川市長谷1丁目1—1	静岡県	掛川市	長谷	dash
B	掛川市長谷1丁目1番地の1	静岡県	掛川市	長谷	no-prefecture
A	静岡県藤枝市岡出山1丁目11番1号(第2庁舎)	静岡県	藤枝市	岡出山	paren-building
A	静岡県藤枝市岡出山１丁目１１－１	静岡県	藤枝市	岡出山	fullwidth
A	静岡県藤枝市岡出山1丁目11-1 〒426-0026	静岡県	藤枝市	岡出山	postal-after
B	静岡県藤枝市岡出山1-11-1	静岡県	藤枝市	岡出山	hyphen-chome
A	静岡県焼津市本町2丁目16番32号	静岡県	焼津市	本町	official
A	静岡県焼津市本町2丁目16番32号(市民センター)	静岡県	焼津市	本町	paren-building
B	静岡県焼津市本町2-16-32	静岡県	焼津市	本町	hyphen-chome
B	〒425-0022焼津市本町2-16-32	静岡県	焼津市	本町	no-prefecture+hyphen-chome
A	静岡県下田市東本郷1丁目5番18号	静岡県	下田市	東本郷	official
A	静岡県下田市東本郷1丁目5-18 〒415-0035	静岡県	下田市	東本郷	postal-after
A	静岡県下田市東本郷１丁目５－１８	静岡県	下田市	東本郷	fullwidth
B	下田市東本郷1丁目5番18号	静岡県	下田市	東本郷	no-prefecture
B	静岡県下田市東本郷1-5-18	静岡県	下田市	東本郷	hyphen-chome
A	静岡県賀茂郡東伊豆町稲取3354番地 (本館)	静岡県	賀茂郡東伊豆町	稲取	paren-building
A	静岡県賀茂郡東伊豆町稲取三千三百五十四番地	静岡県	賀茂郡東伊豆町	稲取	kanji
A	静岡県 賀茂郡東伊豆町 稲取 3354 パークタワー２０階	静岡県	賀茂郡東伊豆町	稲取	spaces+building
B	賀茂郡東伊豆町稲取3354番地	静岡県	賀茂郡東伊豆町	稲取	no-prefecture
B	東伊豆町稲取3354	静岡県	賀茂郡東伊豆町	稲取	no-prefecture+no-gun
A	静岡県田方郡函南町平井717番地13	静岡県	田方郡函南町	平井	official
A	静岡県 田方郡函南町 平井 717-13 パークタワー２０階	静岡県	田方郡函南町	平井	spaces+building
B	函南町平井717-13	静岡県	田方郡函南町	平井	no-prefecture+no-gun
B	田方郡函南町平井717-13	静岡県	田方郡函南町	平井	no-prefecture
B	静岡県函南町平井717-13	静岡県	田方郡函南町	平井	no-gun
A	静岡県静岡市清水区旭町6番8号	静岡県	静岡市清水区	旭町	official
A	静岡県静岡市清水区旭町6番8号（B1F）	静岡県	静岡市清水区	旭町	paren-building
A	静岡県静岡市清水区旭町6－8	静岡県	静岡市清水区	旭町	dash
B	静岡県静岡市旭町6番8号	静岡県	静岡市清水区	旭町	city-without-ward
A	静岡県静岡市駿河区南八幡町10番40号	静岡県	静岡市駿河区	南八幡町	official
A	静岡県静岡市駿河区南八幡町１０－４０	静岡県	静岡市駿河区	南八幡町	fullwidth
A	静岡県静岡市駿河区南八幡町10-40	静岡県	静岡市駿河区	南八幡町	kanji
B	静岡市駿河区南八幡町10番40号	静岡県	静岡市駿河区	南八幡町	no-prefecture
A	静岡県浜松市浜名区貴布祢3000番地(B1F)	静岡県	浜松市浜名区	貴布祢	paren-building
A	434-0038 静岡県浜松市浜名区貴布祢3000	静岡県	浜松市浜名区	貴布祢	postal
B	浜松市浜名区貴布祢3000番地	静岡県	浜松市浜名区	貴布祢	no-prefecture
A	愛知県名古屋市中区三の丸3丁目1番2号	愛知県	名古屋市中区	三の丸	official
A	愛知県名古屋市中区三の丸３丁目１－２	愛知県	名古屋市中区	三の丸	fullwidth
A	愛知県名古屋市中区三ノ丸3丁目1-2	愛知県	名古屋市中区	三の丸	variant
B	愛知県中区三の丸3-1-2	愛知県	名古屋市中区	三の丸	ward-without-city
B	愛知県名古屋市中区三ノ丸3-1-2	愛知県	名古屋市中区	三の丸	hyphen-chome
A	愛知県名古屋市中区三の丸3丁目1-1　〒460-0001	愛知県	名古屋市中区	三の丸	postal-after
A	愛知県名古屋市中区三の丸3丁目1−1	愛知県	名古屋市中区	三の丸	dash
B	名古屋市中区三の丸3丁目1-1	愛知県	名古屋市中区	三の丸	no-prefecture
B	愛知県名古屋市三の丸3丁目1-1	愛知県	名古屋市中区	三の丸	city-without-ward
B	愛知県名古屋市中区三の丸3-1-1	愛知県	名古屋市中区	三の丸	hyphen-chome
A	愛知県名古屋市中区本丸1番1号　B1F	愛知県	名古屋市中区	本丸	paren-building
A	愛知県名古屋市中区本丸1-1　〒460-0031	愛知県	名古屋市中区	本丸	postal-after
A	愛知県　名古屋市中区　本丸　1-1 1F	愛知県	名古屋市中区	本丸	spaces+building
B	名古屋市本丸1-1	愛知県	名古屋市中区	本丸	city-without-ward
A	愛知県名古屋市熱田区神宮1丁目1番1号	愛知県	名古屋市熱田区	神宮	official
A	愛知県名古屋市熱田区神宮一丁目一番一号	愛知県	名古屋市熱田区	神宮	kanji
B	名古屋市熱田区神宮1丁目1-1	愛知県	名古屋市熱田区	神宮	no-prefecture
B	愛知県熱田区神宮1丁目1-1	愛知県	名古屋市熱田区	神宮	ward-without-city
A	愛知県名古屋市中村区名駅1丁目1番4号	愛知県	名古屋市中村区	名駅	official
A	愛知県名古屋市中村区名駅1丁1-4	愛知県	名古屋市中村区	名駅	chou
A	愛知県名古屋市中村区名駅一丁目1-4	愛知県	名古屋市中村区	名駅	kanji
B	愛知県名古屋市中村区名駅1-1-4	愛知県	名古屋市中村区	名駅	hyphen-chome
A	愛知県名古屋市千種区不老町1番地	愛知県	名古屋市千種区	不老町	official
A	464-0814 愛知県名古屋市千種区不老町1	愛知県	名古屋市千種区	不老町	postal
A	愛知県　名古屋市千種区　不老町　1 コーポ山田 202号室	愛知県	名古屋市千種区	不老町	spaces+building
B	千種区不老町1番地	愛知県	名古屋市千種区	不老町	ward-without-city
B	名古屋市不老町1	愛知県	名古屋市千種区	不老町	city-without-ward
B	名古屋市千種区不老町1番地	愛知県	名古屋市千種区	不老町	no-prefecture
A	愛知県豊田市西町3丁目60番地	愛知県	豊田市	西町	official
A	愛知県豊田市西町３丁目６０	愛知県	豊田市	西町	fullwidth
A	〒471-0025 愛知県豊田市西町3丁目60	愛知県	豊田市	西町	postal
B	471-0025 豊田市西町3-60	愛知県	豊田市	西町	no-prefecture+hyphen-chome
B	愛知県豊田市西町3-60	愛知県	豊田市	西町	hyphen-chome
A	愛知県岡崎市十王町2丁目9番地	愛知県	岡崎市	十王町	official
A	愛知県岡崎市十王町2丁目9 〒444-0034	愛知県	岡崎市	十王町	postal-after
B	愛知県岡崎市十王町2-9	愛知県	岡崎市	十王町	hyphen-chome
B	岡崎市十王町2丁目9番地	愛知県	岡崎市	十王町	no-prefecture
A	愛知県一宮市本町2丁目5番6号	愛知県	一宮市	本町	official
A	〒491-0859愛知県一宮市本町2丁目5-6	愛知県	一宮市	本町	postal
B	一宮市本町2丁目5番6号	愛知県	一宮市	本町	no-prefecture
B	愛知県一宮市本町2-5-6	愛知県	一宮市	本町	hyphen-chome
A	愛知県豊橋市今橋町1番地	愛知県	豊橋市	今橋町	official
A	愛知県豊橋市今橋町1番地 (市民センター)	愛知県	豊橋市	今橋町	paren-building
A	愛知県豊橋市今橋町１	愛知県	豊橋市	今橋町	fullwidth
B	〒440-0801豊橋市今橋町1	愛知県	豊橋市	今橋町	no-prefecture
A	愛知県春日井市鳥居松町5丁目44番地	愛知県	春日井市	鳥居松町	official
A	486-0844 愛知県春日井市鳥居松町5丁目44	愛知県	春日井市	鳥居松町	postal
A	愛知県春日井市鳥居松町5丁44	愛知県	春日井市	鳥居松町	chou
B	愛知県春日井市鳥居松町5-44	愛知県	春日井市	鳥居松町	hyphen-chome
B	〒486-0844春日井市鳥居松町5-44	愛知県	春日井市	鳥居松町	no-prefecture+hyphen-chome
A	愛知県瀬戸市追分町64番地の1	愛知県	瀬戸市	追分町	official
A	愛知県瀬戸市追分町６４－１	愛知県	瀬戸市	追分町	fullwidth
B	瀬戸市追分町64番地の1	愛知県	瀬戸市	追分町	no-prefecture
B	愛知県犬山市犬山字北古券65番地2	愛知県	犬山市	犬山	koaza
B	犬山市犬山字北古券65-2	愛知県	犬山市	犬山	no-prefecture
B	愛知県犬山市犬山北古券65番地2	愛知県	犬山市	犬山	koaza-without-aza
A	愛知県常滑市新開町4丁目1番地	愛知県	常滑市	新開町	official
A	〒479-0837 愛知県常滑市新開町4丁目1	愛知県	常滑市	新開町	postal
B	常滑市新開町4-1	愛知県	常滑市	新開町	no-prefecture+hyphen-chome
B	愛知県常滑市新開町4-1	愛知県	常滑市	新開町	hyphen-chome
A	愛知県常滑市セントレア1丁1	愛知県	常滑市	セントレア	chou
A	愛知県 常滑市 セントレア 1丁目1ABCマンション１０３号	愛知県	常滑市	セントレア	spaces+building
A	愛知県常滑市セントレア１丁目１	愛知県	常滑市	セントレア	fullwidth
B	常滑市セントレア1丁目1番地	愛知県	常滑市	セントレア	no-prefecture
B	愛知県常滑市セントレア1-1	愛知県	常滑市	セントレア	hyphen-chome
B	愛知県知多郡東浦町大字緒川字政所20	愛知県	知多郡東浦町	緒川	oaza-prefix
B	愛知県知多郡東浦町緒川字政所20番地	愛知県	知多郡東浦町	緒川	koaza
B	知多郡東浦町緒川政所20	愛知県	知多郡東浦町	緒川	no-prefecture
B	東浦町緒川政所20	愛知県	知多郡東浦町	緒川	no-prefecture+no-gun
B	愛知県知多郡美浜町大字河和北田面106	愛知県	知多郡美浜町	河和	oaza-prefix
B	愛知県知多郡美浜町河和字北田面106番地	愛知県	知多郡美浜町	河和	koaza
B	愛知県美浜町河和字北田面106	愛知県	知多郡美浜町	河和	no-gun
B	愛知県西春日井郡豊山町大字豊場新栄260番地	愛知県	西春日井郡豊山町	豊場	oaza-prefix
B	愛知県西春日井郡豊山町豊場字新栄260番地	愛知県	西春日井郡豊山町	豊場	koaza
B	愛知県豊山町豊場字新栄260番地	愛知県	西春日井郡豊山町	豊場	no-gun
B	西春日井郡豊山町豊場新栄260	愛知県	西春日井郡豊山町	豊場	no-prefecture
B	愛知県北設楽郡東栄町大字本郷字上前畑25	愛知県	北設楽郡東栄町	本郷	oaza-prefix
B	愛知県北設楽郡東栄町本郷字上前畑25番地	愛知県	北設楽郡東栄町	本郷	koaza
B	東栄町本郷字上前畑25	愛知県	北設楽郡東栄町	本郷	no-prefecture+no-gun
B	愛知県北設楽郡東栄町本郷上前畑25番地	愛知県	北設楽郡東栄町	本郷	koaza-without-aza
A	愛知県名古屋市千種区覚王山通8丁目37 〒464-0841	愛知県	名古屋市千種区	覚王山通	postal-after
A	愛知県名古屋市千種区覚王山通8丁目37番地（東棟）	愛知県	名古屋市千種区	覚王山通	paren-building
B	名古屋市千種区覚王山通8丁目37	愛知県	名古屋市千種区	覚王山通	no-prefecture
A	愛知県名古屋市緑区相原郷1丁目715番地	愛知県	名古屋市緑区	相原郷	official
A	愛知県名古屋市緑区相原郷1丁715	愛知県	名古屋市緑区	相原郷	chou
A	〒458-0033 愛知県名古屋市緑区相原郷1丁目715	愛知県	名古屋市緑区	相原郷	postal
B	愛知県緑区相原郷1-715	愛知県	名古屋市緑区	相原郷	ward-without-city
B	愛知県名古屋市相原郷1丁目715	愛知県	名古屋市緑区	相原郷	city-without-ward
A	愛知県名古屋市港区港明1丁目12-20（〒455-0018）	愛知県	名古屋市港区	港明	postal-after
A	愛知県名古屋市港区港明一丁目十二番二十号	愛知県	名古屋市港区	港明	kanji
B	愛知県港区港明1丁目12番20号	愛知県	名古屋市港区	港明	ward-without-city
B	名古屋市港区港明1丁目12-20	愛知県	名古屋市港区	港明	no-prefecture
B	愛知県名古屋市港明1丁目12-20	愛知県	名古屋市港区	港明	city-without-ward
A	愛知県名古屋市守山区小幡1丁目3－1	愛知県	名古屋市守山区	小幡	dash
A	愛知県名古屋市守山区小幡一丁目3-1	愛知県	名古屋市守山区	小幡	kanji
B	463-0011 名古屋市守山区小幡1丁目3-1	愛知県	名古屋市守山区	小幡	no-prefecture
B	愛知県名古屋市守山区小幡1-3-1	愛知県	名古屋市守山区	小幡	hyphen-chome
A	三重県津市広明町13番地(本館)	三重県	津市	広明町	paren-building
A	三重県津市広明町十三番地	三重県	津市	広明町	kanji
A	514-0006 三重県津市広明町13	三重県	津市	広明町	postal
B	津市広明町13番地	三重県	津市	広明町	no-prefecture
A	三重県津市西丸之内23番1号	三重県	津市	西丸之内	official
A	三重県津市西丸之内二十三番一号	三重県	津市	西丸之内	kanji
A	三重県津市西丸の内23-1	三重県	津市	西丸之内	variant
B	津市西丸之内23-1	三重県	津市	西丸之内	no-prefecture
A	三重県四日市市諏訪町1番5号	三重県	四日市市	諏訪町	official
A	三重県四日市市諏訪町1番5号　B1F	三重県	四日市市	諏訪町	paren-building
B	四日市市諏訪町1番5号	三重県	四日市市	諏訪町	no-prefecture
A	三重県伊勢市宇治館町1番地	三重県	伊勢市	宇治館町	official
A	三重県伊勢市宇治館町1番地 (本館)	三重県	伊勢市	宇治館町	paren-building
B	伊勢市宇治館町1	三重県	伊勢市	宇治館町	no-prefecture
A	三重県伊勢市岩渕1丁目7番29号	三重県	伊勢市	岩渕	official
A	〒516-0037三重県伊勢市岩渕1丁目7-29	三重県	伊勢市	岩渕	postal
A	三重県伊勢市岩渕1丁目7―29	三重県	伊勢市	岩渕	dash
B	伊勢市岩渕1-7-29	三重県	伊勢市	岩渕	no-prefecture+hyphen-chome
B	三重県伊勢市岩渕1-7-29	三重県	伊勢市	岩渕	hyphen-chome
A	三重県松阪市殿町1340番地1	三重県	松阪市	殿町	official
A	三重県松阪市殿町1340番地の1	三重県	松阪市	殿町	banchi-no
B	松阪市殿町1340-1	三重県	松阪市	殿町	no-prefecture
A	三重県桑名市中央町2丁目37番地	三重県	桑名市	中央町	official
A	三重県　桑名市　中央町2丁目37 (受付)	三重県	桑名市	中央町	spaces+building
A	三重県桑名市中央町２丁目３７	三重県	桑名市	中央町	fullwidth
B	桑名市中央町2丁目37番地	三重県	桑名市	中央町	no-prefecture
A	三重県鈴鹿市神戸1丁目18番18号	三重県	鈴鹿市	神戸	official
A	三重県　鈴鹿市　神戸　1丁目18-18ハイツ一番館 102	三重県	鈴鹿市	神戸	spaces+building
B	〒513-0801 鈴鹿市神戸1丁目18-18	三重県	鈴鹿市	神戸	no-prefecture
B	三重県鈴鹿市神戸1-18-18	三重県	鈴鹿市	神戸	hyphen-chome
A	三重県鈴鹿市稲生町7992番地	三重県	鈴鹿市	稲生町	official
A	〒510-0201　三重県鈴鹿市稲生町7992	三重県	鈴鹿市	稲生町	postal
A	三重県鈴鹿市稲生町7992番地(第2庁舎)	三重県	鈴鹿市	稲生町	paren-building
B	鈴鹿市稲生町7992	三重県	鈴鹿市	稲生町	no-prefecture
A	三重県亀山市本丸町577番地	三重県	亀山市	本丸町	official
A	三重県亀山市本丸町５７７	三重県	亀山市	本丸町	fullwidth
A	三重県亀山市本丸町577番地(本館)	三重県	亀山市	本丸町	paren-building
B	亀山市本丸町577	三重県	亀山市	本丸町	no-prefecture
A	三重県鳥羽市鳥羽3丁目1番1号	三重県	鳥羽市	鳥羽	official
A	三重県鳥羽市鳥羽３丁目１－１	三重県	鳥羽市	鳥羽	fullwidth
A	三重県鳥羽市鳥羽3丁目1−1	三重県	鳥羽市	鳥羽	dash
B	鳥羽市鳥羽3丁目1-1	三重県	鳥羽市	鳥羽	no-prefecture
A	三重県伊賀市四十九町3184番地	三重県	伊賀市	四十九町	official
A	三重県 伊賀市 四十九町3184 三井ビル 12F	三重県	伊賀市	四十九町	spaces+building
B	伊賀市四十九町3184	三重県	伊賀市	四十九町	no-prefecture
A	三重県尾鷲市中央町10番43号	三重県	尾鷲市	中央町	official
A	519-3615 三重県尾鷲市中央町10-43	三重県	尾鷲市	中央町	postal
B	尾鷲市中央町10-43	三重県	尾鷲市	中央町	no-prefecture
A	三重県度会郡玉城町田丸114番地2	三重県	度会郡玉城町	田丸	official
A	三重県度会郡玉城町田丸114番地2　市民センター	三重県	度会郡玉城町	田丸	paren-building
A	三重県度会郡玉城町田丸114-2（〒519-0415）	三重県	度会郡玉城町	田丸	postal-after
B	玉城町田丸114-2	三重県	度会郡玉城町	田丸	no-prefecture+no-gun
B	〒5190415 度会郡玉城町田丸114番地2	三重県	度会郡玉城町	田丸	no-prefecture
B	三重県玉城町田丸114-2	三重県	度会郡玉城町	田丸	no-gun
A	三重県北牟婁郡紀北町東長島769-1	三重県	北牟婁郡紀北町	東長島	kanji
A	三重県北牟婁郡紀北町東長島769-1　〒519-3204	三重県	北牟婁郡紀北町	東長島	postal-after
B	紀北町東長島769-1	三重県	北牟婁郡紀北町	東長島	no-prefecture+no-gun
B	北牟婁郡紀北町東長島769-1	三重県	北牟婁郡紀北町	東長島	no-prefecture
B	三重県紀北町東長島769番地1	三重県	北牟婁郡紀北町	東長島	no-gun
A	三重県三重郡菰野町潤田1250番地	三重県	三重郡菰野町	潤田	official
A	510-1253 三重県三重郡菰野町潤田1250	三重県	三重郡菰野町	潤田	postal
B	三重県三重郡菰野町大字潤田1250番地	三重県	三重郡菰野町	潤田	oaza-prefix
B	菰野町潤田1250	三重県	三重郡菰野町	潤田	no-prefecture+no-gun
B	三重郡菰野町潤田1250	三重県	三重郡菰野町	潤田	no-prefecture
B	三重県菰野町潤田1250	三重県	三重郡菰野町	潤田	no-gun
A	三重県三重郡朝日町小向893	三重県	三重郡朝日町	小向	kanji
A	三重県三重郡朝日町小向８９３	三重県	三重郡朝日町	小向	fullwidth
B	三重県三重郡朝日町大字小向893番地	三重県	三重郡朝日町	小向	oaza-prefix
B	朝日町小向893番地	三重県	三重郡朝日町	小向	no-prefecture+no-gun
B	三重郡朝日町小向893	三重県	三重郡朝日町	小向	no-prefecture
B	朝日町大字小向893	三重県	三重郡朝日町	小向	oaza-prefix+omissions
A	三重県　三重郡川越町　豊田一色　280 県庁舎本館	三重県	三重郡川越町	豊田一色	spaces+building
A	三重県三重郡川越町豊田一色280番地(B1F)	三重県	三重郡川越町	豊田一色	paren-building
B	三重県三重郡川越町大字豊田一色280	三重県	三重郡川越町	豊田一色	oaza-prefix
B	三重郡川越町豊田一色280	三重県	三重郡川越町	豊田一色	no-prefecture
B	三重県川越町大字豊田一色280	三重県	三重郡川越町	豊田一色	oaza-prefix+omissions
A	滋賀県大津市京町4丁目1番1号 (本館)	滋賀県	大津市	京町	paren-building
A	滋賀県大津市京町4丁目1-1（〒520-0044）	滋賀県	大津市	京町	postal-after
A	滋賀県　大津市　京町4丁目1-1 レジデンス南 B棟 305	滋賀県	大津市	京町	spaces+building
B	520-0044 大津市京町4丁目1-1	滋賀県	大津市	京町	no-prefecture
B	滋賀県大津市京町4-1-1	滋賀県	大津市	京町	hyphen-chome
A	滋賀県大津市御陵町3番1号	滋賀県	大津市	御陵町	official
A	滋賀県大津市御陵町3-1　〒520-0037	滋賀県	大津市	御陵町	postal-after
A	滋賀県大津市御陵町3–1	滋賀県	大津市	御陵町	dash
B	大津市御陵町3-1	滋賀県	大津市	御陵町	no-prefecture
A	滋賀県　大津市　坂本本町4220 県庁舎本館	滋賀県	大津市	坂本本町	spaces+building
A	滋賀県大津市坂本本町4220 〒520-0116	滋賀県	大津市	坂本本町	postal-after
A	滋賀県大津市坂本本町4220番地　B1F	滋賀県	大津市	坂本本町	paren-building
B	大津市坂本本町4220	滋賀県	大津市	坂本本町	no-prefecture
A	滋賀県彦根市元町4番2号	滋賀県	彦根市	元町	official
A	滋賀県彦根市元町4ｰ2	滋賀県	彦根市	元町	dash
B	彦根市元町4-2	滋賀県	彦根市	元町	no-prefecture
A	滋賀県彦根市金亀町１－１	滋賀県	彦根市	金亀町	fullwidth
A	滋賀県　彦根市　金亀町1-1 シティプラザ East 1102	滋賀県	彦根市	金亀町	spaces+building
A	滋賀県彦根市金亀町1番1号　東棟	滋賀県	彦根市	金亀町	paren-building
B	彦根市金亀町1-1	滋賀県	彦根市	金亀町	no-prefecture
A	滋賀県　長浜市　八幡東町632 パークタワー２０階	滋賀県	長浜市	八幡東町	spaces+building
A	526-0031 滋賀県長浜市八幡東町632	滋賀県	長浜市	八幡東町	postal
B	長浜市八幡東町632番地	滋賀県	長浜市	八幡東町	no-prefecture
A	滋賀県近江八幡市桜宮町236（〒523-0893）	滋賀県	近江八幡市	桜宮町	postal-after
A	滋賀県 近江八幡市 桜宮町 236 サンハイツ101	滋賀県	近江八幡市	桜宮町	spaces+building
A	滋賀県近江八幡市桜宮町236番地 (B1F)	滋賀県	近江八幡市	桜宮町	paren-building
B	近江八幡市桜宮町236	滋賀県	近江八幡市	桜宮町	no-prefecture
A	滋賀県草津市草津3丁目13番30号	滋賀県	草津市	草津	official
A	滋賀県 草津市 草津3丁目13-30 グランドメゾン3F	滋賀県	草津市	草津	spaces+building
B	草津市草津3丁目13番30号	滋賀県	草津市	草津	no-prefecture
B	滋賀県草津市草津3-13-30	滋賀県	草津市	草津	hyphen-chome
A	滋賀県守山市吉身2丁目5番22号（本館）	滋賀県	守山市	吉身	paren-building
A	滋賀県守山市吉身二丁目五番二十二号	滋賀県	守山市	吉身	kanji
A	〒524-0021 滋賀県守山市吉身2丁目5-22	滋賀県	守山市	吉身	postal
B	滋賀県守山市吉身2-5-22	滋賀県	守山市	吉身	hyphen-chome
A	滋賀県東近江市八日市緑町10-5 〒527-0023	滋賀県	東近江市	八日市緑町	postal-after
A	滋賀県東近江市八日市緑町十番五号	滋賀県	東近江市	八日市緑町	kanji
A	滋賀県東近江市八日市緑町10番5号　B1F	滋賀県	東近江市	八日市緑町	paren-building
B	東近江市八日市緑町10番5号	滋賀県	東近江市	八日市緑町	no-prefecture
A	滋賀県甲賀市水口町水口6053 〒528-0005	滋賀県	甲賀市	水口町水口	postal-after
A	〒528-0005 滋賀県甲賀市水口町水口6053	滋賀県	甲賀市	水口町水口	postal
A	滋賀県甲賀市水口町水口6053番地(東棟)	滋賀県	甲賀市	水口町水口	paren-building
B	甲賀市水口町水口6053	滋賀県	甲賀市	水口町水口	no-prefecture
A	滋賀県高島市新旭町北畑565番地	滋賀県	高島市	新旭町北畑	official
A	滋賀県　高島市　新旭町北畑565 メゾン・ド・ソレイユ 301	滋賀県	高島市	新旭町北畑	spaces+building
B	520-1521 高島市新旭町北畑565	滋賀県	高島市	新旭町北畑	no-prefecture
A	滋賀県愛知郡愛荘町愛知川72番地	滋賀県	愛知郡愛荘町	愛知川	official
A	〒529-1331　滋賀県愛知郡愛荘町愛知川72	滋賀県	愛知郡愛荘町	愛知川	postal
A	滋賀県愛知郡愛荘町愛知川72番地　B1F	滋賀県	愛知郡愛荘町	愛知川	paren-building
B	滋賀県愛荘町愛知川72番地	滋賀県	愛知郡愛荘町	愛知川	no-gun
A	滋賀県犬上郡多賀町多賀604番地	滋賀県	犬上郡多賀町	多賀	official
A	滋賀県犬上郡多賀町多賀604番地 (市民センター)	滋賀県	犬上郡多賀町	多賀	paren-building
B	滋賀県多賀町多賀604	滋賀県	犬上郡多賀町	多賀	no-gun
A	〒5291602 滋賀県蒲生郡日野町河原1丁目1	滋賀県	蒲生郡日野町	河原	postal
A	滋賀県 蒲生郡日野町 河原1丁目1メゾン・ド・ソレイユ 301	滋賀県	蒲生郡日野町	河原	spaces+building
B	日野町河原1-1	滋賀県	蒲生郡日野町	河原	no-prefecture+no-gun
B	蒲生郡日野町河原1丁目1	滋賀県	蒲生郡日野町	河原	no-prefecture
B	滋賀県蒲生郡日野町河原1-1	滋賀県	蒲生郡日野町	河原	hyphen-chome
A	京都府 京都市上京区 藪之内町 〇〇荘 5号室	京都府	京都市上京区	藪之内町	spaces+building
A	京都府京都市上京区藪之内町（東棟）	京都府	京都市上京区	藪之内町	paren-building
A	京都府京都市上京区藪之内町	京都府	京都市上京区	藪之内町	fullwidth
A	京都府京都市上京区薮ノ内町	京都府	京都市上京区	藪之内町	variant
B	京都府京都市上京区下立売通新町西入藪之内町	京都府	京都市上京区	藪之内町	kyoto-street
B	京都市上京区下立売通新町西入ル藪之内町	京都府	京都市上京区	藪之内町	kyoto-street+no-prefecture
A	京都府京都市中京区上本能寺前町488番地	京都府	京都市中京区	上本能寺前町	official
A	京都府　京都市中京区　上本能寺前町　488 コーポ山田 202号室	京都府	京都市中京区	上本能寺前町	spaces+building
B	京都府京都市中京区寺町通御池上る上本能寺前町488	京都府	京都市中京区	上本能寺前町	kyoto-street
B	中京区寺町通御池上る上本能寺前町488番地	京都府	京都市中京区	上本能寺前町	ward-without-city
B	京都市中京区上本能寺前町488	京都府	京都市中京区	上本能寺前町	no-prefecture
A	京都府京都市下京区東塩小路町721ｰ1	京都府	京都市下京区	東塩小路町	dash
A	〒600-8216 京都府京都市下京区東塩小路町721-1	京都府	京都市下京区	東塩小路町	postal
B	京都府京都市下京区烏丸通塩小路下る東塩小路町721-1	京都府	京都市下京区	東塩小路町	kyoto-street
B	京都市下京区烏丸通塩小路下ル東塩小路町721番地1	京都府	京都市下京区	東塩小路町	kyoto-street+no-prefecture
B	京都市下京区烏丸通塩小路下る東塩小路町721-1	京都府	京都市下京区	東塩小路町	no-prefecture
B	京都市烏丸通塩小路下る東塩小路町721番地1	京都府	京都市下京区	東塩小路町	city-without-ward
A	京都府京都市東山区清水1丁目294番地	京都府	京都市東山区	清水	official
A	京都府 京都市東山区 清水 1丁目294三井ビル 12F	京都府	京都市東山区	清水	spaces+building
B	京都府京都市東山区清水1-294	京都府	京都市東山区	清水	hyphen-chome
B	京都市東山区清水1-294	京都府	京都市東山区	清水	no-prefecture+hyphen-chome
B	京都府京都市清水1-294	京都府	京都市東山区	清水	city-without-ward
A	京都府京都市北区金閣寺町1番地	京都府	京都市北区	金閣寺町	official
A	京都府　京都市北区　金閣寺町　1 メゾン・ド・ソレイユ 301	京都府	京都市北区	金閣寺町	spaces+building
A	京都府京都市北区金閣寺町1	京都府	京都市北区	金閣寺町	kanji
B	京都府京都市金閣寺町1番地	京都府	京都市北区	金閣寺町	city-without-ward
A	606-8402 京都府京都市左京区銀閣寺町2	京都府	京都市左京区	銀閣寺町	postal
A	京都府京都市左京区銀閣寺町2（〒606-8402）	京都府	京都市左京区	銀閣寺町	postal-after
B	左京区銀閣寺町2	京都府	京都市左京区	銀閣寺町	ward-without-city
B	京都府京都市銀閣寺町2	京都府	京都市左京区	銀閣寺町	city-without-ward
B	〒6068402 京都市左京区銀閣寺町2	京都府	京都市左京区	銀閣寺町	no-prefecture
A	京都府京都市左京区吉田本町	京都府	京都市左京区	吉田本町	official
A	〒606-8317京都府京都市左京区吉田本町	京都府	京都市左京区	吉田本町	postal
B	京都府京都市吉田本町	京都府	京都市左京区	吉田本町	city-without-ward
B	左京区吉田本町	京都府	京都市左京区	吉田本町	ward-without-city
A	京都府京都市伏見区深草薮之内町68番地	京都府	京都市伏見区	深草薮之内町	official
A	〒612-0882京都府京都市伏見区深草薮之内町68	京都府	京都市伏見区	深草薮之内町	postal
A	京都府京都市伏見区深草藪之内町68	京都府	京都市伏見区	深草薮之内町	variant
B	京都府京都市深草藪之内町68	京都府	京都市伏見区	深草薮之内町	city-without-ward
B	伏見区深草藪之内町68	京都府	京都市伏見区	深草薮之内町	ward-without-city
A	京都府京都市中京区二条城町541	京都府	京都市中京区	二条城町	kanji
A	〒6048301 京都府京都市中京区二条城町541	京都府	京都市中京区	二条城町	postal
B	京都府京都市中京区二条通堀川西入二条城町541	京都府	京都市中京区	二条城町	kyoto-street
B	中京区二条通堀川西入二条城町541	京都府	京都市中京区	二条城町	ward-without-city
B	京都市中京区二条通堀川西入ル二条城町541番地	京都府	京都市中京区	二条城町	kyoto-street+no-prefecture
A	京都府京都市上京区京都御苑3番地	京都府	京都市上京区	京都御苑	official
A	京都府京都市上京区京都御苑3（〒602-0881）	京都府	京都市上京区	京都御苑	postal-after
B	京都府京都市京都御苑3	京都府	京都市上京区	京都御苑	city-without-ward
B	上京区京都御苑3	京都府	京都市上京区	京都御苑	ward-without-city
B	〒602-0881 京都市上京区京都御苑3番地	京都府	京都市上京区	京都御苑	no-prefecture
A	京都府 京都市南区 九条町 1 パークタワー２０階	京都府	京都市南区	九条町	spaces+building
A	京都府京都市南区九条町1番地 (第2庁舎)	京都府	京都市南区	九条町	paren-building
B	京都府南区九条町1	京都府	京都市南区	九条町	ward-without-city
B	京都府京都市九条町1番地	京都府	京都市南区	九条町	city-without-ward
A	京都府京都市東山区祇園町北側625番地（B1F）	京都府	京都市東山区	祇園町北側	paren-building
A	京都府京都市東山区祇園町北側625　〒605-0073	京都府	京都市東山区	祇園町北側	postal-after
B	東山区祇園町北側625	京都府	京都市東山区	祇園町北側	ward-without-city
A	京都府 京都市左京区 岡崎西天王町 97 三井ビル 12F	京都府	京都市左京区	岡崎西天王町	spaces+building
A	京都府京都市左京区岡崎西天王町97　〒606-8341	京都府	京都市左京区	岡崎西天王町	postal-after
B	左京区岡崎西天王町97	京都府	京都市左京区	岡崎西天王町	ward-without-city
B	京都市左京区岡崎西天王町97	京都府	京都市左京区	岡崎西天王町	no-prefecture
B	京都府京都市岡崎西天王町97	京都府	京都市左京区	岡崎西天王町	city-without-ward
A	京都府京都市左京区下鴨泉川町59番地	京都府	京都市左京区	下鴨泉川町	official
A	京都府京都市左京区下鴨泉川町59番地　本館	京都府	京都市左京区	下鴨泉川町	paren-building
B	京都府京都市下鴨泉川町59番地	京都府	京都市左京区	下鴨泉川町	city-without-ward
B	京都市左京区下鴨泉川町59番地	京都府	京都市左京区	下鴨泉川町	no-prefecture
A	京都府京都市北区上賀茂本山339番地	京都府	京都市北区	上賀茂本山	official
A	京都府京都市北区上賀茂本山339	京都府	京都市北区	上賀茂本山	kanji
A	京都府京都市北区上賀茂本山339番地　東棟	京都府	京都市北区	上賀茂本山	paren-building
B	京都市北区上賀茂本山339番地	京都府	京都市北区	上賀茂本山	no-prefecture
B	北区上賀茂本山339	京都府	京都市北区	上賀茂本山	ward-without-city
B	京都府京都市右京区龍安寺御陵下町13番地	京都府	京都市右京区	龍安寺御陵ノ下町	written-form
B	京都市龍安寺御陵下町13	京都府	京都市右京区	龍安寺御陵ノ下町	city-without-ward
B	京都市右京区龍安寺御陵下町13番地	京都府	京都市右京区	龍安寺御陵ノ下町	no-prefecture
B	右京区龍安寺御陵下町13番地	京都府	京都市右京区	龍安寺御陵ノ下町	ward-without-city
A	京都府京都市右京区嵯峨天龍寺芒ノ馬場町６８	京都府	京都市右京区	嵯峨天龍寺芒ノ馬場町	fullwidth
A	〒616-8385　京都府京都市右京区嵯峨天龍寺芒ノ馬場町68	京都府	京都市右京区	嵯峨天龍寺芒ノ馬場町	postal
A	京都府京都市右京区嵯峨天龍寺芒ノ馬場町六十八番地	京都府	京都市右京区	嵯峨天龍寺芒ノ馬場町	kanji
B	京都府右京区嵯峨天龍寺芒ノ馬場町68番地	京都府	京都市右京区	嵯峨天龍寺芒ノ馬場町	ward-without-city
B	京都府京都市嵯峨天龍寺芒ノ馬場町68	京都府	京都市右京区	嵯峨天龍寺芒ノ馬場町	city-without-ward
A	京都府京都市下京区本願寺門前町６０	京都府	京都市下京区	本願寺門前町	fullwidth
A	京都府 京都市下京区 本願寺門前町60 コーポ山田 202号室	京都府	京都市下京区	本願寺門前町	spaces+building
A	京都府京都市下京区本願寺門前町60番地(B1F)	京都府	京都市下京区	本願寺門前町	paren-building
B	京都府京都市下京区堀川通花屋町下る本願寺門前町60	京都府	京都市下京区	本願寺門前町	kyoto-street
B	京都市下京区堀川通花屋町下ル本願寺門前町60番地	京都府	京都市下京区	本願寺門前町	kyoto-street+no-prefecture
A	京都府京都市下京区常葉町754番地	京都府	京都市下京区	常葉町	official
A	京都府京都市下京区常葉町７５４	京都府	京都市下京区	常葉町	fullwidth
B	京都府京都市下京区烏丸通七条上る常葉町754	京都府	京都市下京区	常葉町	kyoto-street
B	京都府下京区烏丸通七条上る常葉町754	京都府	京都市下京区	常葉町	ward-without-city
B	京都府京都市下京区常葉町754	京都府	京都市下京区	常葉町	kyoto-town-only
A	京都府京都市東山区三十三間堂廻り町657　〒605-0941	京都府	京都市東山区	三十三間堂廻り町	postal-after
A	京都府　京都市東山区　三十三間堂廻り町　657 三井ビル 12F	京都府	京都市東山区	三十三間堂廻り町	spaces+building
B	京都市東山区三十三間堂廻り町657	京都府	京都市東山区	三十三間堂廻り町	no-prefecture
B	京都市三十三間堂廻り町657	京都府	京都市東山区	三十三間堂廻り町	city-without-ward
A	京都府　京都市中京区　菊屋町 パークタワー２０階	京都府	京都市中京区	菊屋町	spaces+building
A	京都府京都市中京区菊屋町（市民センター）	京都府	京都市中京区	菊屋町	paren-building
B	京都府京都市中京区丸太町通柳馬場東入菊屋町	京都府	京都市中京区	菊屋町	kyoto-street
B	京都府京都市丸太町通柳馬場東入菊屋町	京都府	京都市中京区	菊屋町	city-without-ward
B	京都市中京区丸太町通柳馬場東入ル菊屋町	京都府	京都市中京区	菊屋町	kyoto-street+no-prefecture
B	中京区丸太町通柳馬場東入菊屋町	京都府	京都市中京区	菊屋町	ward-without-city
A	〒604-8265京都府京都市中京区西三坊堀川町521	京都府	京都市中京区	西三坊堀川町	postal
A	京都府京都市中京区西三坊堀川町５２１	京都府	京都市中京区	西三坊堀川町	fullwidth
A	京都府　京都市中京区　西三坊堀川町　521 グランドメゾン3F	京都府	京都市中京区	西三坊堀川町	spaces+building
B	京都府京都市中京区西堀川通御池下る西三坊堀川町521	京都府	京都市中京区	西三坊堀川町	kyoto-street
B	京都府京都市西堀川通御池下る西三坊堀川町521番地	京都府	京都市中京区	西三坊堀川町	city-without-ward
B	〒604-8265京都市中京区西堀川通御池下る西三坊堀川町521	京都府	京都市中京区	西三坊堀川町	no-prefecture
A	京都府 京都市左京区 松ケ崎堂ノ上町7-2 ハイツ一番館 102	京都府	京都市左京区	松ケ崎堂ノ上町	spaces+building
A	京都府京都市左京区松ケ崎堂ノ上町７－２	京都府	京都市左京区	松ケ崎堂ノ上町	fullwidth
A	京都府京都市左京区松ヶ崎堂ノ上町7-2	京都府	京都市左京区	松ケ崎堂ノ上町	variant
B	京都府京都市松ケ崎堂ノ上町7-2	京都府	京都市左京区	松ケ崎堂ノ上町	city-without-ward
B	左京区松ケ崎堂ノ上町7-2	京都府	京都市左京区	松ケ崎堂ノ上町	ward-without-city
A	京都府京都市中京区恵比須町（市民センター）	京都府	京都市中京区	恵比須町	paren-building
A	京都府京都市中京区恵比須町　〒604-8005	京都府	京都市中京区	恵比須町	postal-after
A	京都府京都市中京区恵比須町	京都府	京都市中京区	恵比須町	fullwidth
B	京都府京都市中京区河原町通三条上る恵比須町	京都府	京都市中京区	恵比須町	kyoto-street
B	〒604-8005 京都市中京区河原町通三条上る恵比須町	京都府	京都市中京区	恵比須町	no-prefecture
A	京都府京都市下京区長刀鉾町	京都府	京都市下京区	長刀鉾町	official
A	京都府　京都市下京区　長刀鉾町 パークタワー２０階	京都府	京都市下京区	長刀鉾町	spaces+building
B	京都府京都市下京区四条通烏丸東入長刀鉾町	京都府	京都市下京区	長刀鉾町	kyoto-street
B	京都府京都市四条通烏丸東入長刀鉾町	京都府	京都市下京区	長刀鉾町	city-without-ward
B	京都市下京区四条通烏丸東入ル長刀鉾町	京都府	京都市下京区	長刀鉾町	kyoto-street+no-prefecture
B	京都府宇治市宇治字琵琶33番地	京都府	宇治市	宇治	koaza
B	宇治市宇治字琵琶33	京都府	宇治市	宇治	no-prefecture
B	京都府宇治市宇治琵琶33番地	京都府	宇治市	宇治	koaza-without-aza
B	京都府宇治市宇治字蓮華116番地	京都府	宇治市	宇治	koaza
B	〒611-0021 宇治市宇治字蓮華116	京都府	宇治市	宇治	no-prefecture
B	京都府宇治市宇治蓮華116番地	京都府	宇治市	宇治	koaza-without-aza
A	京都府福知山市内記13‐1	京都府	福知山市	内記	dash
A	京都府　福知山市　内記　13-1 レジデンス南 B棟 305	京都府	福知山市	内記	spaces+building
B	京都府福知山市字内記13-1	京都府	福知山市	内記	oaza-prefix
B	福知山市字内記13-1	京都府	福知山市	内記	oaza-prefix+omissions
B	福知山市内記13-1	京都府	福知山市	内記	no-prefecture
A	京都府舞鶴市北吸1044番地	京都府	舞鶴市	北吸	official
A	京都府舞鶴市北吸1044　〒625-0080	京都府	舞鶴市	北吸	postal-after
B	京都府舞鶴市字北吸1044番地	京都府	舞鶴市	北吸	oaza-prefix
B	京都府舞鶴市字北吸1044	京都府	舞鶴市	北吸	oaza-prefix+omissions
B	舞鶴市北吸1044	京都府	舞鶴市	北吸	no-prefecture
A	京都府綾部市若竹町8-1（〒623-0014）	京都府	綾部市	若竹町	postal-after
A	京都府綾部市若竹町8ｰ1	京都府	綾部市	若竹町	dash
A	京都府 綾部市 若竹町 8-1市役所本庁舎 2階	京都府	綾部市	若竹町	spaces+building
B	綾部市若竹町8番地の1	京都府	綾部市	若竹町	no-prefecture
A	京都府長岡京市開田1丁目1-1（〒617-0826）	京都府	長岡京市	開田	postal-after
A	京都府長岡京市開田一丁目1-1	京都府	長岡京市	開田	kanji
A	京都府長岡京市開田1丁目1－1	京都府	長岡京市	開田	dash
B	京都府長岡京市開田1-1-1	京都府	長岡京市	開田	hyphen-chome
B	京都府亀岡市安町字野々神8番地	京都府	亀岡市	安町	koaza
B	京都府亀岡市安町野々神8番地	京都府	亀岡市	安町	koaza-without-aza
B	亀岡市安町野々神8番地	京都府	亀岡市	安町	no-prefecture
A	京都府宮津市柳縄手345番地の1	京都府	宮津市	柳縄手	official
A	京都府　宮津市　柳縄手345-1 サンハイツ101	京都府	宮津市	柳縄手	spaces+building
A	京都府宮津市柳縄手３４５－１	京都府	宮津市	柳縄手	fullwidth
B	京都府宮津市字柳縄手345-1	京都府	宮津市	柳縄手	oaza-prefix
B	〒626-0024宮津市柳縄手345-1	京都府	宮津市	柳縄手	no-prefecture
A	京都府与謝郡与謝野町岩滝1798番地1	京都府	与謝郡与謝野町	岩滝	official
A	京都府 与謝郡与謝野町 岩滝1798-1 ハイツ一番館 102	京都府	与謝郡与謝野町	岩滝	spaces+building
A	京都府与謝郡与謝野町岩滝1798番地の1	京都府	与謝郡与謝野町	岩滝	banchi-no
B	京都府与謝郡与謝野町字岩滝1798-1	京都府	与謝郡与謝野町	岩滝	oaza-prefix
B	与謝郡与謝野町岩滝1798-1	京都府	与謝郡与謝野町	岩滝	no-prefecture
B	京都府相楽郡精華町大字南稲八妻字北尻70	京都府	相楽郡精華町	南稲八妻	oaza-prefix
B	京都府相楽郡精華町南稲八妻字北尻70番地	京都府	相楽郡精華町	南稲八妻	koaza
B	京都府精華町南稲八妻北尻70番地	京都府	相楽郡精華町	南稲八妻	no-gun
B	相楽郡精華町南稲八妻字北尻70	京都府	相楽郡精華町	南稲八妻	no-prefecture
B	精華町大字南稲八妻字北尻70	京都府	相楽郡精華町	南稲八妻	oaza-prefix+omissions
B	精華町南稲八妻字北尻70	京都府	相楽郡精華町	南稲八妻	no-prefecture+no-gun
B	京都府乙訓郡大山崎町字円明寺夏目3番地	京都府	乙訓郡大山崎町	円明寺	oaza-prefix
B	京都府乙訓郡大山崎町円明寺字夏目3番地	京都府	乙訓郡大山崎町	円明寺	koaza
B	京都府乙訓郡大山崎町円明寺夏目3番地	京都府	乙訓郡大山崎町	円明寺	koaza-without-aza
B	京都府大山崎町円明寺字夏目3	京都府	乙訓郡大山崎町	円明寺	no-gun
B	乙訓郡大山崎町円明寺字夏目3	京都府	乙訓郡大山崎町	円明寺	no-prefecture
A	大阪府大阪市中央区大手前2丁目1ｰ22	大阪府	大阪市中央区	大手前	dash
A	大阪府大阪市中央区大手前2丁目1番22号 (本館)	大阪府	大阪市中央区	大手前	paren-building
B	大阪市中央区大手前2丁目1-22	大阪府	大阪市中央区	大手前	no-prefecture
B	大阪市大手前2-1-22	大阪府	大阪市中央区	大手前	city-without-ward
A	大阪府大阪市北区中之島1丁目3番20号　本館	大阪府	大阪市北区	中之島	paren-building
A	大阪府大阪市北区中之島１丁目３－２０	大阪府	大阪市北区	中之島	fullwidth
A	〒530-0005大阪府大阪市北区中之島1丁目3-20	大阪府	大阪市北区	中之島	postal
B	大阪府大阪市北区中之島1-3-20	大阪府	大阪市北区	中之島	hyphen-chome
A	大阪府 大阪市中央区 大阪城1-1 パークタワー２０階	大阪府	大阪市中央区	大阪城	spaces+building
A	大阪府大阪市中央区大阪城一番一号	大阪府	大阪市中央区	大阪城	kanji
B	大阪府大阪市大阪城1番1号	大阪府	大阪市中央区	大阪城	city-without-ward
A	大阪府大阪市北区梅田3丁目1番1号	大阪府	大阪市北区	梅田	official
A	大阪府　大阪市北区　梅田3丁目1-1 三井ビル 12F	大阪府	大阪市北区	梅田	spaces+building
A	大阪府大阪市北区梅田3丁目1-1　〒530-0001	大阪府	大阪市北区	梅田	postal-after
B	大阪府北区梅田3-1-1	大阪府	大阪市北区	梅田	ward-without-city
B	大阪市北区梅田3-1-1	大阪府	大阪市北区	梅田	no-prefecture+hyphen-chome
A	大阪府大阪市浪速区恵美須東1丁18-6	大阪府	大阪市浪速区	恵美須東	chou
A	大阪府大阪市浪速区恵美須東1丁目18番6号(市民センター)	大阪府	大阪市浪速区	恵美須東	paren-building
B	大阪府大阪市浪速区恵美須東1-18-6	大阪府	大阪市浪速区	恵美須東	hyphen-chome
B	大阪市浪速区恵美須東1丁目18-6	大阪府	大阪市浪速区	恵美須東	no-prefecture
B	大阪府浪速区恵美須東1丁目18-6	大阪府	大阪市浪速区	恵美須東	ward-without-city
B	大阪府大阪市恵美須東1丁目18-6	大阪府	大阪市浪速区	恵美須東	city-without-ward
A	大阪府大阪市天王寺区四天王寺１丁目１１－１８	大阪府	大阪市天王寺区	四天王寺	fullwidth
A	大阪府大阪市天王寺区四天王寺1丁11-18	大阪府	大阪市天王寺区	四天王寺	chou
B	大阪府大阪市天王寺区四天王寺1-11-18	大阪府	大阪市天王寺区	四天王寺	hyphen-chome
B	大阪府大阪市四天王寺1-11-18	大阪府	大阪市天王寺区	四天王寺	city-without-ward
B	〒543-0051　大阪市天王寺区四天王寺1丁目11-18	大阪府	大阪市天王寺区	四天王寺	no-prefecture
A	大阪府大阪市住吉区住吉2丁目9番89号	大阪府	大阪市住吉区	住吉	official
A	大阪府 大阪市住吉区 住吉2丁目9-89 1F	大阪府	大阪市住吉区	住吉	spaces+building
A	大阪府大阪市住吉区住吉二丁目九番八十九号	大阪府	大阪市住吉区	住吉	kanji
B	大阪市住吉区住吉2丁目9番89号	大阪府	大阪市住吉区	住吉	no-prefecture
B	住吉区住吉2丁目9-89	大阪府	大阪市住吉区	住吉	ward-without-city
A	大阪府吹田市山田丘1番1号	大阪府	吹田市	山田丘	official
A	大阪府吹田市山田丘１－１	大阪府	吹田市	山田丘	fullwidth
A	大阪府吹田市山田丘1-1（〒565-0871）	大阪府	吹田市	山田丘	postal-after
B	吹田市山田丘1-1	大阪府	吹田市	山田丘	no-prefecture
A	大阪府堺市堺区南瓦町3番1号	大阪府	堺市堺区	南瓦町	official
A	大阪府 堺市堺区 南瓦町 3-1NTTビル7階	大阪府	堺市堺区	南瓦町	spaces+building
B	堺区南瓦町3-1	大阪府	堺市堺区	南瓦町	ward-without-city
B	堺市堺区南瓦町3-1	大阪府	堺市堺区	南瓦町	no-prefecture
B	堺市南瓦町3-1	大阪府	堺市堺区	南瓦町	city-without-ward
A	大阪府東大阪市荒本北1丁目1番1号	大阪府	東大阪市	荒本北	official
A	大阪府東大阪市荒本北1丁目1―1	大阪府	東大阪市	荒本北	dash
B	大阪府東大阪市荒本北1-1-1	大阪府	東大阪市	荒本北	hyphen-chome
B	東大阪市荒本北1-1-1	大阪府	東大阪市	荒本北	no-prefecture+hyphen-chome
A	大阪府豊中市中桜塚3丁目1番1号	大阪府	豊中市	中桜塚	official
A	大阪府豊中市中桜塚3丁目1ｰ1	大阪府	豊中市	中桜塚	dash
B	大阪府豊中市中桜塚3-1-1	大阪府	豊中市	中桜塚	hyphen-chome
B	〒5610881 豊中市中桜塚3-1-1	大阪府	豊中市	中桜塚	no-prefecture+hyphen-chome
A	大阪府吹田市泉町１丁目３－４０	大阪府	吹田市	泉町	fullwidth
A	大阪府吹田市泉町1丁目3番40号　第2庁舎	大阪府	吹田市	泉町	paren-building
A	大阪府　吹田市　泉町　1丁目3-40 三井ビル 12F	大阪府	吹田市	泉町	spaces+building
B	大阪府吹田市泉町1-3-40	大阪府	吹田市	泉町	hyphen-chome
A	大阪府高槻市桃園町2番1号	大阪府	高槻市	桃園町	official
A	〒5690067 大阪府高槻市桃園町2-1	大阪府	高槻市	桃園町	postal
A	大阪府高槻市桃園町2番1号 (第2庁舎)	大阪府	高槻市	桃園町	paren-building
B	高槻市桃園町2番1号	大阪府	高槻市	桃園町	no-prefecture
A	大阪府枚方市大垣内町2丁目1番20号	大阪府	枚方市	大垣内町	official
A	大阪府　枚方市　大垣内町　2丁目1-20第2松本ビル4F	大阪府	枚方市	大垣内町	spaces+building
B	大阪府枚方市大垣内町2-1-20	大阪府	枚方市	大垣内町	hyphen-chome
B	枚方市大垣内町2丁目1-20	大阪府	枚方市	大垣内町	no-prefecture
A	大阪府八尾市本町一丁目1-1	大阪府	八尾市	本町	kanji
A	大阪府八尾市本町1丁目1-1　〒581-0003	大阪府	八尾市	本町	postal-after
B	大阪府八尾市本町1-1-1	大阪府	八尾市	本町	hyphen-chome
B	581-0003 八尾市本町1-1-1	大阪府	八尾市	本町	no-prefecture+hyphen-chome
A	大阪府岸和田市岸城町７－１	大阪府	岸和田市	岸城町	fullwidth
A	〒5960073 大阪府岸和田市岸城町7-1	大阪府	岸和田市	岸城町	postal
A	大阪府　岸和田市　岸城町　7-1 ﾊｲﾂ ｻｸﾗ 201	大阪府	岸和田市	岸城町	spaces+building
B	岸和田市岸城町7-1	大阪府	岸和田市	岸城町	no-prefecture
A	大阪府 泉佐野市 泉州空港北1 グランドメゾン3F	大阪府	泉佐野市	泉州空港北	spaces+building
A	大阪府泉佐野市泉州空港北1	大阪府	泉佐野市	泉州空港北	kanji
B	泉佐野市泉州空港北1番地	大阪府	泉佐野市	泉州空港北	no-prefecture
A	大阪府茨木市駅前3丁目8番13号	大阪府	茨木市	駅前	official
A	大阪府茨木市駅前３丁目８－１３	大阪府	茨木市	駅前	fullwidth
A	大阪府茨木市駅前三丁目八番十三号	大阪府	茨木市	駅前	kanji
B	〒567-0888　茨木市駅前3丁目8-13	大阪府	茨木市	駅前	no-prefecture
A	大阪府寝屋川市本町1番1号	大阪府	寝屋川市	本町	official
A	大阪府寝屋川市本町1-1 〒572-0832	大阪府	寝屋川市	本町	postal-after
B	寝屋川市本町1-1	大阪府	寝屋川市	本町	no-prefecture
A	大阪府南河内郡河南町白木1359ー6	大阪府	南河内郡河南町	白木	dash
A	大阪府南河内郡河南町白木1359-6　〒585-0014	大阪府	南河内郡河南町	白木	postal-after
B	大阪府南河内郡河南町大字白木1359-6	大阪府	南河内郡河南町	白木	oaza-prefix
B	河南町白木1359-6	大阪府	南河内郡河南町	白木	no-prefecture+no-gun
A	〒585-0041大阪府南河内郡千早赤阪村水分180	大阪府	南河内郡千早赤阪村	水分	postal
A	大阪府南河内郡千早赤阪村水分百八十番地	大阪府	南河内郡千早赤阪村	水分	kanji
A	大阪府南河内郡千早赤阪村水分１８０	大阪府	南河内郡千早赤阪村	水分	fullwidth
B	大阪府南河内郡千早赤阪村大字水分180	大阪府	南河内郡千早赤阪村	水分	oaza-prefix
B	大阪府千早赤阪村水分180番地	大阪府	南河内郡千早赤阪村	水分	no-gun
A	大阪府泉南郡熊取町野田1丁目1番1号	大阪府	泉南郡熊取町	野田	official
A	590-0451 大阪府泉南郡熊取町野田1丁目1-1	大阪府	泉南郡熊取町	野田	postal
A	大阪府泉南郡熊取町野田一丁目1-1	大阪府	泉南郡熊取町	野田	kanji
B	大阪府熊取町野田1丁目1番1号	大阪府	泉南郡熊取町	野田	no-gun
B	大阪府泉南郡熊取町野田1-1-1	大阪府	泉南郡熊取町	野田	hyphen-chome
B	泉南郡熊取町野田1-1-1	大阪府	泉南郡熊取町	野田	no-prefecture+hyphen-chome
A	〒618-0022　大阪府三島郡島本町桜井2丁目1-1	大阪府	三島郡島本町	桜井	postal
A	大阪府三島郡島本町桜井２丁目１－１	大阪府	三島郡島本町	桜井	fullwidth
B	島本町桜井2丁目1-1	大阪府	三島郡島本町	桜井	no-prefecture+no-gun
B	大阪府三島郡島本町桜井2-1-1	大阪府	三島郡島本町	桜井	hyphen-chome
B	〒618-0022 三島郡島本町桜井2-1-1	大阪府	三島郡島本町	桜井	no-prefecture+hyphen-chome
B	大阪府島本町桜井2丁目1-1	大阪府	三島郡島本町	桜井	no-gun
A	大阪府豊能郡能勢町宿野28番地	大阪府	豊能郡能勢町	宿野	official
A	大阪府豊能郡能勢町宿野28番地(B1F)	大阪府	豊能郡能勢町	宿野	paren-building
B	豊能郡能勢町宿野28	大阪府	豊能郡能勢町	宿野	no-prefecture
A	大阪府 大阪市淀川区 十三東 2丁目3-3〇〇荘 5号室	大阪府	大阪市淀川区	十三東	spaces+building
A	大阪府大阪市淀川区十三東2丁目3-3 〒532-0023	大阪府	大阪市淀川区	十三東	postal-after
A	大阪府大阪市淀川区十三東２丁目３－３	大阪府	大阪市淀川区	十三東	fullwidth
B	大阪府大阪市十三東2-3-3	大阪府	大阪市淀川区	十三東	city-without-ward
B	〒532-0023 大阪市淀川区十三東2丁目3番3号	大阪府	大阪市淀川区	十三東	no-prefecture
A	大阪府大阪市平野区背戸口3丁8-19	大阪府	大阪市平野区	背戸口	chou
A	大阪府大阪市平野区背戸口３丁目８－１９	大阪府	大阪市平野区	背戸口	fullwidth
B	大阪府平野区背戸口3丁目8-19	大阪府	大阪市平野区	背戸口	ward-without-city
B	大阪府大阪市平野区背戸口3-8-19	大阪府	大阪市平野区	背戸口	hyphen-chome
B	大阪市平野区背戸口3丁目8-19	大阪府	大阪市平野区	背戸口	no-prefecture
A	大阪府大阪市此花区春日出北１丁目８－４	大阪府	大阪市此花区	春日出北	fullwidth
A	〒5540021 大阪府大阪市此花区春日出北1丁目8-4	大阪府	大阪市此花区	春日出北	postal
A	大阪府 大阪市此花区 春日出北 1丁目8-4 1F	大阪府	大阪市此花区	春日出北	spaces+building
B	大阪府此花区春日出北1丁目8番4号	大阪府	大阪市此花区	春日出北	ward-without-city
A	大阪府大阪市鶴見区横堤五丁目四番十九号	大阪府	大阪市鶴見区	横堤	kanji
A	大阪府大阪市鶴見区横堤5丁4-19	大阪府	大阪市鶴見区	横堤	chou
B	鶴見区横堤5丁目4番19号	大阪府	大阪市鶴見区	横堤	ward-without-city
B	大阪府大阪市横堤5丁目4番19号	大阪府	大阪市鶴見区	横堤	city-without-ward
A	大阪府大阪市港区市岡一丁目15-25	大阪府	大阪市港区	市岡	kanji
A	大阪府大阪市港区市岡1丁目15-25　〒552-0012	大阪府	大阪市港区	市岡	postal-after
B	大阪市港区市岡1-15-25	大阪府	大阪市港区	市岡	no-prefecture+hyphen-chome
B	大阪府大阪市市岡1-15-25	大阪府	大阪市港区	市岡	city-without-ward
B	大阪府大阪市港区市岡1-15-25	大阪府	大阪市港区	市岡	hyphen-chome
B	港区市岡1丁目15-25	大阪府	大阪市港区	市岡	ward-without-city
A	大阪府大阪市天王寺区茶臼山町１－１０８	大阪府	大阪市天王寺区	茶臼山町	fullwidth
A	大阪府大阪市天王寺区茶臼山町1番108号 (市民センター)	大阪府	大阪市天王寺区	茶臼山町	paren-building
B	大阪市天王寺区茶臼山町1-108	大阪府	大阪市天王寺区	茶臼山町	no-prefecture
B	大阪府天王寺区茶臼山町1-108	大阪府	大阪市天王寺区	茶臼山町	ward-without-city
B	大阪府大阪市茶臼山町1-108	大阪府	大阪市天王寺区	茶臼山町	city-without-ward
A	大阪府堺市北区新金岡町五丁1-4	大阪府	堺市北区	新金岡町	kanji
A	大阪府堺市北区新金岡町５丁１－４	大阪府	堺市北区	新金岡町	fullwidth
B	大阪府堺市新金岡町5丁1番4号	大阪府	堺市北区	新金岡町	city-without-ward
B	大阪府北区新金岡町5丁1-4	大阪府	堺市北区	新金岡町	ward-without-city
B	大阪府堺市北区新金岡町5-1-4	大阪府	堺市北区	新金岡町	hyphen-chome
B	〒5918021 堺市北区新金岡町5-1-4	大阪府	堺市北区	新金岡町	no-prefecture+hyphen-chome
A	〒552-0022 大阪府大阪市港区海岸通1丁目1-10	大阪府	大阪市港区	海岸通	postal
A	大阪府大阪市港区海岸通１丁目１－１０	大阪府	大阪市港区	海岸通	fullwidth
B	港区海岸通1-1-10	大阪府	大阪市港区	海岸通	ward-without-city
A	兵庫県神戸市中央区下山手通5丁目10−1	兵庫県	神戸市中央区	下山手通	dash
A	兵庫県神戸市中央区下山手通5丁10-1	兵庫県	神戸市中央区	下山手通	chou
B	兵庫県神戸市中央区下山手通5-10-1	兵庫県	神戸市中央区	下山手通	hyphen-chome
B	神戸市中央区下山手通5-10-1	兵庫県	神戸市中央区	下山手通	no-prefecture+hyphen-chome
A	兵庫県神戸市中央区加納町六丁目五番一号	兵庫県	神戸市中央区	加納町	kanji
A	〒650-0001 兵庫県神戸市中央区加納町6丁目5-1	兵庫県	神戸市中央区	加納町	postal
B	兵庫県神戸市加納町6-5-1	兵庫県	神戸市中央区	加納町	city-without-ward
A	兵庫県姫路市本町六十八番地	兵庫県	姫路市	本町	kanji
A	兵庫県 姫路市 本町 68 シティプラザ East 1102	兵庫県	姫路市	本町	spaces+building
A	兵庫県姫路市本町68 〒670-0012	兵庫県	姫路市	本町	postal-after
B	姫路市本町68番地	兵庫県	姫路市	本町	no-prefecture
A	兵庫県姫路市安田4丁目1番地	兵庫県	姫路市	安田	official
A	兵庫県姫路市安田四丁目1	兵庫県	姫路市	安田	kanji
A	兵庫県姫路市安田4丁目1（〒670-0955）	兵庫県	姫路市	安田	postal-after
B	兵庫県姫路市安田4-1	兵庫県	姫路市	安田	hyphen-chome
A	兵庫県西宮市六湛寺町10-3　〒662-0918	兵庫県	西宮市	六湛寺町	postal-after
A	662-0918 兵庫県西宮市六湛寺町10-3	兵庫県	西宮市	六湛寺町	postal
A	兵庫県西宮市六湛寺町10番3号（本館）	兵庫県	西宮市	六湛寺町	paren-building
B	西宮市六湛寺町10番3号	兵庫県	西宮市	六湛寺町	no-prefecture
A	兵庫県西宮市甲子園町1−82	兵庫県	西宮市	甲子園町	dash
A	兵庫県西宮市甲子園町1番82号（本館）	兵庫県	西宮市	甲子園町	paren-building
B	〒663-8152　西宮市甲子園町1-82	兵庫県	西宮市	甲子園町	no-prefecture
A	兵庫県尼崎市東七松町1丁目23‐1	兵庫県	尼崎市	東七松町	dash
A	兵庫県尼崎市東七松町1丁23-1	兵庫県	尼崎市	東七松町	chou
A	兵庫県 尼崎市 東七松町1丁目23-1 NTTビル7階	兵庫県	尼崎市	東七松町	spaces+building
B	兵庫県尼崎市東七松町1-23-1	兵庫県	尼崎市	東七松町	hyphen-chome
B	尼崎市東七松町1丁目23-1	兵庫県	尼崎市	東七松町	no-prefecture
A	兵庫県明石市中崎1丁目5番1号	兵庫県	明石市	中崎	official
A	兵庫県明石市中崎1丁5-1	兵庫県	明石市	中崎	chou
B	兵庫県明石市中崎1-5-1	兵庫県	明石市	中崎	hyphen-chome
A	兵庫県宝塚市東洋町1番1号	兵庫県	宝塚市	東洋町	official
A	兵庫県宝塚市東洋町1-1（〒665-0032）	兵庫県	宝塚市	東洋町	postal-after
A	兵庫県宝塚市東洋町1-1	兵庫県	宝塚市	東洋町	kanji
B	宝塚市東洋町1-1	兵庫県	宝塚市	東洋町	no-prefecture
A	兵庫県伊丹市千僧1丁目1番地	兵庫県	伊丹市	千僧	official
A	兵庫県伊丹市千僧１丁目１	兵庫県	伊丹市	千僧	fullwidth
B	兵庫県伊丹市千僧1-1	兵庫県	伊丹市	千僧	hyphen-chome
B	伊丹市千僧1丁目1	兵庫県	伊丹市	千僧	no-prefecture
A	兵庫県芦屋市精道町7番6号　東棟	兵庫県	芦屋市	精道町	paren-building
A	兵庫県 芦屋市 精道町7-6 (受付)	兵庫県	芦屋市	精道町	spaces+building
B	芦屋市精道町7番6号	兵庫県	芦屋市	精道町	no-prefecture
A	兵庫県加古川市加古川町北在家2000番地	兵庫県	加古川市	加古川町北在家	official
A	兵庫県加古川市加古川町北在家2000　〒675-0031	兵庫県	加古川市	加古川町北在家	postal-after
B	加古川市加古川町北在家2000	兵庫県	加古川市	加古川町北在家	no-prefecture
A	兵庫県豊岡市中央町2番4号(市民センター)	兵庫県	豊岡市	中央町	paren-building
A	兵庫県豊岡市中央町2−4	兵庫県	豊岡市	中央町	dash
A	兵庫県豊岡市中央町2-4（〒668-0033）	兵庫県	豊岡市	中央町	postal-after
B	豊岡市中央町2-4	兵庫県	豊岡市	中央町	no-prefecture
A	兵庫県洲本市本町3丁目4番10号	兵庫県	洲本市	本町	official
A	兵庫県 洲本市 本町3丁目4-10 1F	兵庫県	洲本市	本町	spaces+building
B	洲本市本町3丁目4-10	兵庫県	洲本市	本町	no-prefecture
A	兵庫県赤穂市加里屋81番地（第2庁舎）	兵庫県	赤穂市	加里屋	paren-building
A	〒678-0239　兵庫県赤穂市加里屋81	兵庫県	赤穂市	加里屋	postal
A	兵庫県　赤穂市　加里屋81 メゾン・ド・ソレイユ 301	兵庫県	赤穂市	加里屋	spaces+building
B	〒6780239 赤穂市加里屋81番地	兵庫県	赤穂市	加里屋	no-prefecture
A	兵庫県三田市三輪2丁目1番1号	兵庫県	三田市	三輪	official
A	兵庫県三田市三輪2丁目1―1	兵庫県	三田市	三輪	dash
A	兵庫県三田市三輪２丁目１－１	兵庫県	三田市	三輪	fullwidth
B	兵庫県三田市三輪2-1-1	兵庫県	三田市	三輪	hyphen-chome
A	兵庫県神崎郡市川町西川辺165番地3	兵庫県	神崎郡市川町	西川辺	official
A	〒679-2315 兵庫県神崎郡市川町西川辺165-3	兵庫県	神崎郡市川町	西川辺	postal
B	市川町西川辺165-3	兵庫県	神崎郡市川町	西川辺	no-prefecture+no-gun
B	兵庫県市川町西川辺165-3	兵庫県	神崎郡市川町	西川辺	no-gun
B	〒6792315 神崎郡市川町西川辺165-3	兵庫県	神崎郡市川町	西川辺	no-prefecture
A	兵庫県美方郡香美町香住区香住870-1（〒669-6544）	兵庫県	美方郡香美町	香住区香住	postal-after
A	兵庫県美方郡香美町香住区香住870—1	兵庫県	美方郡香美町	香住区香住	dash
B	香美町香住区香住870-1	兵庫県	美方郡香美町	香住区香住	no-prefecture+no-gun
A	〒669-6702 兵庫県美方郡新温泉町浜坂2673-1	兵庫県	美方郡新温泉町	浜坂	postal
A	兵庫県美方郡新温泉町浜坂2673ｰ1	兵庫県	美方郡新温泉町	浜坂	dash
A	兵庫県美方郡新温泉町浜坂2673番地の1	兵庫県	美方郡新温泉町	浜坂	banchi-no
B	兵庫県新温泉町浜坂2673番地1	兵庫県	美方郡新温泉町	浜坂	no-gun
A	兵庫県神戸市北区鈴蘭台北町1丁9-1	兵庫県	神戸市北区	鈴蘭台北町	chou
A	兵庫県神戸市北区鈴蘭台北町１丁目９－１	兵庫県	神戸市北区	鈴蘭台北町	fullwidth
B	神戸市鈴蘭台北町1-9-1	兵庫県	神戸市北区	鈴蘭台北町	city-without-ward
A	兵庫県神戸市灘区桜口町4丁目2番1号	兵庫県	神戸市灘区	桜口町	official
A	兵庫県神戸市灘区桜口町4丁目2番1号(市民センター)	兵庫県	神戸市灘区	桜口町	paren-building
B	灘区桜口町4丁目2番1号	兵庫県	神戸市灘区	桜口町	ward-without-city
B	兵庫県神戸市桜口町4丁目2-1	兵庫県	神戸市灘区	桜口町	city-without-ward
B	神戸市灘区桜口町4丁目2-1	兵庫県	神戸市灘区	桜口町	no-prefecture
A	兵庫県神戸市須磨区中落合二丁目二番五号	兵庫県	神戸市須磨区	中落合	kanji
A	兵庫県神戸市須磨区中落合2丁目2番5号(東棟)	兵庫県	神戸市須磨区	中落合	paren-building
B	兵庫県神戸市須磨区中落合2-2-5	兵庫県	神戸市須磨区	中落合	hyphen-chome
B	兵庫県須磨区中落合2丁目2番5号	兵庫県	神戸市須磨区	中落合	ward-without-city
A	兵庫県神戸市西区玉津町小山180-3	兵庫県	神戸市西区	玉津町小山	kanji
A	兵庫県神戸市西区玉津町小山180-3　〒651-2144	兵庫県	神戸市西区	玉津町小山	postal-after
A	兵庫県神戸市西区玉津町小山180番地3 (市民センター)	兵庫県	神戸市西区	玉津町小山	paren-building
B	神戸市西区玉津町小山180-3	兵庫県	神戸市西区	玉津町小山	no-prefecture
B	兵庫県神戸市玉津町小山180-3	兵庫県	神戸市西区	玉津町小山	city-without-ward
B	西区玉津町小山180-3	兵庫県	神戸市西区	玉津町小山	ward-without-city
A	兵庫県佐用郡佐用町佐用2611番地1	兵庫県	佐用郡佐用町	佐用	official
A	兵庫県佐用郡佐用町佐用2611-1	兵庫県	佐用郡佐用町	佐用	kanji
B	〒679-5301　佐用郡佐用町佐用2611-1	兵庫県	佐用郡佐用町	佐用	no-prefecture
B	佐用町佐用2611-1	兵庫県	佐用郡佐用町	佐用	no-prefecture+no-gun
A	奈良県奈良市登大路町30番地	奈良県	奈良市	登大路町	official
A	奈良県奈良市登大路町３０	奈良県	奈良市	登大路町	fullwidth
B	奈良市登大路町30	奈良県	奈良市	登大路町	no-prefecture
A	奈良県奈良市二条大路南1丁1-1	奈良県	奈良市	二条大路南	chou
A	奈良県奈良市二条大路南１丁目１－１	奈良県	奈良市	二条大路南	fullwidth
B	奈良市二条大路南1-1-1	奈良県	奈良市	二条大路南	no-prefecture+hyphen-chome
B	奈良県奈良市二条大路南1-1-1	奈良県	奈良市	二条大路南	hyphen-chome
A	奈良県奈良市雑司町406番地1	奈良県	奈良市	雑司町	official
A	奈良県奈良市雑司町四〇六番地一	奈良県	奈良市	雑司町	kanji
B	奈良市雑司町406番地1	奈良県	奈良市	雑司町	no-prefecture
A	奈良県奈良市春日野町160番地	奈良県	奈良市	春日野町	official
A	〒630-8212奈良県奈良市春日野町160	奈良県	奈良市	春日野町	postal
A	奈良県奈良市春日野町160	奈良県	奈良市	春日野町	kanji
B	奈良市春日野町160	奈良県	奈良市	春日野町	no-prefecture
A	奈良県橿原市八木町一丁目1-18	奈良県	橿原市	八木町	kanji
A	奈良県橿原市八木町1丁1-18	奈良県	橿原市	八木町	chou
B	橿原市八木町1丁目1-18	奈良県	橿原市	八木町	no-prefecture
A	奈良県大和郡山市北郡山町248番地4	奈良県	大和郡山市	北郡山町	official
A	〒6391160 奈良県大和郡山市北郡山町248-4	奈良県	大和郡山市	北郡山町	postal
B	大和郡山市北郡山町248-4	奈良県	大和郡山市	北郡山町	no-prefecture
A	奈良県天理市川原城町605番地	奈良県	天理市	川原城町	official
A	〒6320016 奈良県天理市川原城町605	奈良県	天理市	川原城町	postal
A	奈良県天理市川原城町605 〒632-0016	奈良県	天理市	川原城町	postal-after
B	天理市川原城町605	奈良県	天理市	川原城町	no-prefecture
A	奈良県生駒市東新町8－38	奈良県	生駒市	東新町	dash
A	奈良県 生駒市 東新町 8-38 サンハイツ101	奈良県	生駒市	東新町	spaces+building
A	奈良県生駒市東新町８－３８	奈良県	生駒市	東新町	fullwidth
B	生駒市東新町8-38	奈良県	生駒市	東新町	no-prefecture
A	奈良県吉野郡吉野町上市80-1 〒639-3111	奈良県	吉野郡吉野町	上市	postal-after
A	奈良県吉野郡吉野町上市八十番地一	奈良県	吉野郡吉野町	上市	kanji
A	奈良県　吉野郡吉野町　上市　80-1本庁舎	奈良県	吉野郡吉野町	上市	spaces+building
B	奈良県吉野郡吉野町大字上市80-1	奈良県	吉野郡吉野町	上市	oaza-prefix
B	吉野町大字上市80-1	奈良県	吉野郡吉野町	上市	oaza-prefix+omissions
A	奈良県高市郡明日香村岡五十五番地	奈良県	高市郡明日香村	岡	kanji
A	奈良県高市郡明日香村岡５５	奈良県	高市郡明日香村	岡	fullwidth
B	奈良県高市郡明日香村大字岡55	奈良県	高市郡明日香村	岡	oaza-prefix
B	奈良県明日香村大字岡55番地	奈良県	高市郡明日香村	岡	oaza-prefix+omissions
B	明日香村岡55	奈良県	高市郡明日香村	岡	no-prefecture+no-gun
B	高市郡明日香村岡55番地	奈良県	高市郡明日香村	岡	no-prefecture
A	奈良県吉野郡十津川村小原225番地1	奈良県	吉野郡十津川村	小原	official
A	奈良県　吉野郡十津川村　小原　225-1メゾン・ド・ソレイユ 301	奈良県	吉野郡十津川村	小原	spaces+building
B	奈良県吉野郡十津川村大字小原225-1	奈良県	吉野郡十津川村	小原	oaza-prefix
B	吉野郡十津川村小原225-1	奈良県	吉野郡十津川村	小原	no-prefecture
B	十津川村小原225-1	奈良県	吉野郡十津川村	小原	no-prefecture+no-gun
B	奈良県十津川村大字小原225-1	奈良県	吉野郡十津川村	小原	oaza-prefix+omissions
A	奈良県五條市岡町一番地の三	奈良県	五條市	岡町	kanji
A	637-0092 奈良県五條市岡町1-3	奈良県	五條市	岡町	postal
A	奈良県五条市岡町1-3	奈良県	五條市	岡町	variant
B	〒637-0092　五條市岡町1-3	奈良県	五條市	岡町	no-prefecture
A	奈良県　桜井市　粟殿　432-1サンハイツ101	奈良県	桜井市	粟殿	spaces+building
A	奈良県桜井市粟殿432番地の1(第2庁舎)	奈良県	桜井市	粟殿	paren-building
A	奈良県桜井市粟殿432-1　〒633-0062	奈良県	桜井市	粟殿	postal-after
B	奈良県桜井市大字粟殿432-1	奈良県	桜井市	粟殿	oaza-prefix
B	桜井市粟殿432番地の1	奈良県	桜井市	粟殿	no-prefecture
A	奈良県葛城市柿本166番地	奈良県	葛城市	柿本	official
A	〒6392111 奈良県葛城市柿本166	奈良県	葛城市	柿本	postal
B	葛城市柿本166番地	奈良県	葛城市	柿本	no-prefecture
A	奈良県北葛城郡王寺町王寺2丁目1番23号(本館)	奈良県	北葛城郡王寺町	王寺	paren-building
A	奈良県北葛城郡王寺町王寺2丁目1—23	奈良県	北葛城郡王寺町	王寺	dash
A	奈良県北葛城郡王寺町王寺2丁目1-23　〒636-0002	奈良県	北葛城郡王寺町	王寺	postal-after
B	王寺町王寺2丁目1番23号	奈良県	北葛城郡王寺町	王寺	no-prefecture+no-gun
A	〒640-8269 和歌山県和歌山市小松原通1丁目1	和歌山県	和歌山市	小松原通	postal
A	和歌山県和歌山市小松原通一丁目1	和歌山県	和歌山市	小松原通	kanji
A	和歌山県和歌山市小松原通１丁目１	和歌山県	和歌山市	小松原通	fullwidth
B	和歌山県和歌山市小松原通1-1	和歌山県	和歌山市	小松原通	hyphen-chome
A	和歌山県和歌山市七番丁23番地	和歌山県	和歌山市	七番丁	official
A	和歌山県和歌山市七番丁二十三番地	和歌山県	和歌山市	七番丁	kanji
B	和歌山市七番丁23	和歌山県	和歌山市	七番丁	no-prefecture
A	和歌山県和歌山市一番丁3番地	和歌山県	和歌山市	一番丁	official
A	和歌山県和歌山市一番丁3	和歌山県	和歌山市	一番丁	kanji
B	和歌山市一番丁3	和歌山県	和歌山市	一番丁	no-prefecture
A	和歌山県伊都郡高野町高野山132番地	和歌山県	伊都郡高野町	高野山	official
A	〒648-0211 和歌山県伊都郡高野町高野山132	和歌山県	伊都郡高野町	高野山	postal
B	和歌山県伊都郡高野町大字高野山132番地	和歌山県	伊都郡高野町	高野山	oaza-prefix
B	和歌山県高野町高野山132	和歌山県	伊都郡高野町	高野山	no-gun
B	高野町高野山132	和歌山県	伊都郡高野町	高野山	no-prefecture+no-gun
A	和歌山県田辺市本宮町本宮1110番地	和歌山県	田辺市	本宮町本宮	official
A	和歌山県田辺市本宮町本宮１１１０	和歌山県	田辺市	本宮町本宮	fullwidth
A	和歌山県田辺市本宮町本宮1110番地　本館	和歌山県	田辺市	本宮町本宮	paren-building
B	田辺市本宮町本宮1110	和歌山県	田辺市	本宮町本宮	no-prefecture
A	和歌山県田辺市新屋敷町１	和歌山県	田辺市	新屋敷町	fullwidth
A	和歌山県田辺市新屋敷町1	和歌山県	田辺市	新屋敷町	kanji
A	和歌山県田辺市新屋敷町1（〒646-0033）	和歌山県	田辺市	新屋敷町	postal-after
B	〒6460033 田辺市新屋敷町1	和歌山県	田辺市	新屋敷町	no-prefecture
A	和歌山県新宮市春日1番1号	和歌山県	新宮市	春日	official
A	和歌山県新宮市春日1-1　〒647-0013	和歌山県	新宮市	春日	postal-after
B	新宮市春日1-1	和歌山県	新宮市	春日	no-prefecture
A	和歌山県海南市南赤坂11 〒642-0017	和歌山県	海南市	南赤坂	postal-after
A	和歌山県海南市南赤坂１１	和歌山県	海南市	南赤坂	fullwidth
B	海南市南赤坂11	和歌山県	海南市	南赤坂	no-prefecture
A	和歌山県橋本市東家1丁目1番1号	和歌山県	橋本市	東家	official
A	和歌山県橋本市東家1丁1-1	和歌山県	橋本市	東家	chou
A	和歌山県橋本市東家１丁目１－１	和歌山県	橋本市	東家	fullwidth
B	橋本市東家1丁目1番1号	和歌山県	橋本市	東家	no-prefecture
A	649-0304 和歌山県有田市箕島50	和歌山県	有田市	箕島	postal
A	和歌山県有田市箕島50番地(B1F)	和歌山県	有田市	箕島	paren-building
B	有田市箕島50	和歌山県	有田市	箕島	no-prefecture
A	和歌山県御坊市薗350番地	和歌山県	御坊市	薗	official
A	和歌山県御坊市薗３５０	和歌山県	御坊市	薗	fullwidth
B	御坊市薗350	和歌山県	御坊市	薗	no-prefecture
A	和歌山県紀の川市西大井三百三十八番地	和歌山県	紀の川市	西大井	kanji
A	和歌山県紀の川市西大井338番地（東棟）	和歌山県	紀の川市	西大井	paren-building
A	和歌山県紀の川市西大井338（〒649-6417）	和歌山県	紀の川市	西大井	postal-after
B	〒6496417 紀の川市西大井338	和歌山県	紀の川市	西大井	no-prefecture
A	和歌山県岩出市西野209番地	和歌山県	岩出市	西野	official
A	649-6235 和歌山県岩出市西野209	和歌山県	岩出市	西野	postal
A	和歌山県岩出市西野二〇九番地	和歌山県	岩出市	西野	kanji
B	岩出市西野209	和歌山県	岩出市	西野	no-prefecture
A	和歌山県東牟婁郡那智勝浦町築地7丁目1番地1	和歌山県	東牟婁郡那智勝浦町	築地	official
A	和歌山県東牟婁郡那智勝浦町築地7丁目1-1 〒649-5335	和歌山県	東牟婁郡那智勝浦町	築地	postal-after
A	和歌山県東牟婁郡那智勝浦町築地七丁目一番地一	和歌山県	東牟婁郡那智勝浦町	築地	kanji
B	和歌山県東牟婁郡那智勝浦町大字築地7-1-1	和歌山県	東牟婁郡那智勝浦町	築地	oaza-prefix
B	那智勝浦町築地7丁目1-1	和歌山県	東牟婁郡那智勝浦町	築地	no-prefecture+no-gun
A	和歌山県東牟婁郡串本町サンゴ台690番地5	和歌山県	東牟婁郡串本町	サンゴ台	official
A	和歌山県東牟婁郡串本町サンゴ台690番地5 (第2庁舎)	和歌山県	東牟婁郡串本町	サンゴ台	paren-building
B	東牟婁郡串本町サンゴ台690番地5	和歌山県	東牟婁郡串本町	サンゴ台	no-prefecture
B	串本町サンゴ台690-5	和歌山県	東牟婁郡串本町	サンゴ台	no-prefecture+no-gun
B	和歌山県串本町サンゴ台690-5	和歌山県	東牟婁郡串本町	サンゴ台	no-gun
A	和歌山県東牟婁郡太地町太地3767番地1	和歌山県	東牟婁郡太地町	太地	official
A	和歌山県東牟婁郡太地町太地3767-1（〒649-5171）	和歌山県	東牟婁郡太地町	太地	postal-after
A	〒649-5171和歌山県東牟婁郡太地町太地3767-1	和歌山県	東牟婁郡太地町	太地	postal
B	和歌山県東牟婁郡太地町大字太地3767-1	和歌山県	東牟婁郡太地町	太地	oaza-prefix
B	和歌山県太地町太地3767-1	和歌山県	東牟婁郡太地町	太地	no-gun
A	鳥取県鳥取市東町1丁目220番地	鳥取県	鳥取市	東町	official
A	鳥取県鳥取市東町１丁目２２０	鳥取県	鳥取市	東町	fullwidth
B	鳥取市東町1-220	鳥取県	鳥取市	東町	no-prefecture+hyphen-chome
B	鳥取県鳥取市東町1-220	鳥取県	鳥取市	東町	hyphen-chome
A	鳥取県鳥取市幸町71番地	鳥取県	鳥取市	幸町	official
A	鳥取県鳥取市幸町７１	鳥取県	鳥取市	幸町	fullwidth
B	鳥取市幸町71番地	鳥取県	鳥取市	幸町	no-prefecture
A	鳥取県米子市加茂町１丁目１	鳥取県	米子市	加茂町	fullwidth
A	〒6830823 鳥取県米子市加茂町1丁目1	鳥取県	米子市	加茂町	postal
B	米子市加茂町1丁目1番地	鳥取県	米子市	加茂町	no-prefecture
B	鳥取県米子市加茂町1-1	鳥取県	米子市	加茂町	hyphen-chome
A	鳥取県　倉吉市　葵町　722 市役所本庁舎 2階	鳥取県	倉吉市	葵町	spaces+building
A	鳥取県倉吉市葵町722 〒682-0822	鳥取県	倉吉市	葵町	postal-after
A	鳥取県倉吉市葵町七百二十二番地	鳥取県	倉吉市	葵町	kanji
B	倉吉市葵町722	鳥取県	倉吉市	葵町	no-prefecture
A	鳥取県境港市上道町3000番地	鳥取県	境港市	上道町	official
A	鳥取県境港市上道町三千番地	鳥取県	境港市	上道町	kanji
B	境港市上道町3000番地	鳥取県	境港市	上道町	no-prefecture
A	鳥取県岩美郡岩美町浦富六百七十五番地一	鳥取県	岩美郡岩美町	浦富	kanji
A	〒6810003 鳥取県岩美郡岩美町浦富675-1	鳥取県	岩美郡岩美町	浦富	postal
A	鳥取県岩美郡岩美町浦富675-1（〒681-0003）	鳥取県	岩美郡岩美町	浦富	postal-after
B	鳥取県岩美郡岩美町大字浦富675-1	鳥取県	岩美郡岩美町	浦富	oaza-prefix
B	岩美郡岩美町浦富675-1	鳥取県	岩美郡岩美町	浦富	no-prefecture
A	鳥取県八頭郡智頭町智頭2072―1	鳥取県	八頭郡智頭町	智頭	dash
A	鳥取県八頭郡智頭町智頭2072番地1　第2庁舎	鳥取県	八頭郡智頭町	智頭	paren-building
B	鳥取県八頭郡智頭町大字智頭2072-1	鳥取県	八頭郡智頭町	智頭	oaza-prefix
B	智頭町智頭2072-1	鳥取県	八頭郡智頭町	智頭	no-prefecture+no-gun
A	鳥取県東伯郡三朝町大瀬999番地2	鳥取県	東伯郡三朝町	大瀬	official
A	鳥取県東伯郡三朝町大瀬９９９－２	鳥取県	東伯郡三朝町	大瀬	fullwidth
B	鳥取県東伯郡三朝町大字大瀬999番地2	鳥取県	東伯郡三朝町	大瀬	oaza-prefix
B	三朝町大瀬999-2	鳥取県	東伯郡三朝町	大瀬	no-prefecture+no-gun
A	鳥取県西伯郡大山町御来屋328番地	鳥取県	西伯郡大山町	御来屋	official
A	鳥取県西伯郡大山町御来屋３２８	鳥取県	西伯郡大山町	御来屋	fullwidth
A	鳥取県西伯郡大山町御来屋328 〒689-3211	鳥取県	西伯郡大山町	御来屋	postal-after
B	689-3211 西伯郡大山町御来屋328	鳥取県	西伯郡大山町	御来屋	no-prefecture
B	大山町御来屋328	鳥取県	西伯郡大山町	御来屋	no-prefecture+no-gun
A	鳥取県日野郡日南町霞800番地	鳥取県	日野郡日南町	霞	official
A	鳥取県日野郡日南町霞800番地　本館	鳥取県	日野郡日南町	霞	paren-building
B	鳥取県日南町霞800	鳥取県	日野郡日南町	霞	no-gun
B	日野郡日南町霞800	鳥取県	日野郡日南町	霞	no-prefecture
A	鳥取県東伯郡湯梨浜町久留19番地1	鳥取県	東伯郡湯梨浜町	久留	official
A	〒682-0723　鳥取県東伯郡湯梨浜町久留19-1	鳥取県	東伯郡湯梨浜町	久留	postal
B	鳥取県東伯郡湯梨浜町大字久留19-1	鳥取県	東伯郡湯梨浜町	久留	oaza-prefix
B	鳥取県湯梨浜町大字久留19-1	鳥取県	東伯郡湯梨浜町	久留	oaza-prefix+omissions
B	〒682-0723 東伯郡湯梨浜町久留19-1	鳥取県	東伯郡湯梨浜町	久留	no-prefecture
B	鳥取県湯梨浜町久留19-1	鳥取県	東伯郡湯梨浜町	久留	no-gun
A	鳥取県　鳥取市　福部町湯山　2164 グランドメゾン3F	鳥取県	鳥取市	福部町湯山	spaces+building
A	鳥取県鳥取市福部町湯山2164番地(東棟)	鳥取県	鳥取市	福部町湯山	paren-building
B	鳥取市福部町湯山2164	鳥取県	鳥取市	福部町湯山	no-prefecture
A	鳥取県西伯郡伯耆町吉長37番地3	鳥取県	西伯郡伯耆町	吉長	official
A	鳥取県西伯郡伯耆町吉長37番地の3	鳥取県	西伯郡伯耆町	吉長	banchi-no
B	西伯郡伯耆町吉長37-3	鳥取県	西伯郡伯耆町	吉長	no-prefecture
B	伯耆町吉長37-3	鳥取県	西伯郡伯耆町	吉長	no-prefecture+no-gun
B	鳥取県伯耆町吉長37番地3	鳥取県	西伯郡伯耆町	吉長	no-gun
A	島根県松江市殿町１	島根県	松江市	殿町	fullwidth
A	島根県　松江市　殿町1 市役所本庁舎 2階	島根県	松江市	殿町	spaces+building
B	松江市殿町1	島根県	松江市	殿町	no-prefecture
A	島根県松江市末次町86番地	島根県	松江市	末次町	official
A	島根県松江市末次町86	島根県	松江市	末次町	kanji
B	〒690-0846 松江市末次町86番地	島根県	松江市	末次町	no-prefecture
A	島根県出雲市大社町杵築東１９５	島根県	出雲市	大社町杵築東	fullwidth
A	〒699-0701島根県出雲市大社町杵築東195	島根県	出雲市	大社町杵築東	postal
B	出雲市大社町杵築東195	島根県	出雲市	大社町杵築東	no-prefecture
A	島根県出雲市今市町70番地	島根県	出雲市	今市町	official
A	島根県出雲市今市町70	島根県	出雲市	今市町	kanji
A	島根県出雲市今市町70番地(B1F)	島根県	出雲市	今市町	paren-building
B	出雲市今市町70	島根県	出雲市	今市町	no-prefecture
A	島根県浜田市殿町1番地	島根県	浜田市	殿町	official
A	島根県　浜田市　殿町　1 1F	島根県	浜田市	殿町	spaces+building
B	浜田市殿町1	島根県	浜田市	殿町	no-prefecture
A	島根県益田市常盤町1－1	島根県	益田市	常盤町	dash
A	島根県益田市常盤町１－１	島根県	益田市	常盤町	fullwidth
B	698-0023 益田市常盤町1-1	島根県	益田市	常盤町	no-prefecture
A	〒694-0064 島根県大田市大田町大田ロ1111	島根県	大田市	大田町大田	postal
A	島根県大田市大田町大田ロ1111（〒694-0064）	島根県	大田市	大田町大田	postal-after
B	大田市大田町大田ロ1111	島根県	大田市	大田町大田	no-prefecture
A	島根県安来市安来町８７８－２	島根県	安来市	安来町	fullwidth
A	〒6920011 島根県安来市安来町878-2	島根県	安来市	安来町	postal
A	島根県安来市安来町878ｰ2	島根県	安来市	安来町	dash
B	〒692-0011安来市安来町878-2	島根県	安来市	安来町	no-prefecture
A	島根県雲南市木次町里方521番地1	島根県	雲南市	木次町里方	official
A	〒6991311 島根県雲南市木次町里方521-1	島根県	雲南市	木次町里方	postal
B	雲南市木次町里方521-1	島根県	雲南市	木次町里方	no-prefecture
A	島根県隠岐郡隠岐の島町城北町1番地	島根県	隠岐郡隠岐の島町	城北町	official
A	島根県 隠岐郡隠岐の島町 城北町 1 ABCマンション１０３号	島根県	隠岐郡隠岐の島町	城北町	spaces+building
B	隠岐の島町城北町1	島根県	隠岐郡隠岐の島町	城北町	no-prefecture+no-gun
B	隠岐郡隠岐の島町城北町1	島根県	隠岐郡隠岐の島町	城北町	no-prefecture
B	島根県隠岐の島町城北町1	島根県	隠岐郡隠岐の島町	城北町	no-gun
A	島根県隠岐郡海士町海士1490番地	島根県	隠岐郡海士町	海士	official
A	島根県隠岐郡海士町海士1490番地（B1F）	島根県	隠岐郡海士町	海士	paren-building
B	島根県隠岐郡海士町大字海士1490	島根県	隠岐郡海士町	海士	oaza-prefix
B	隠岐郡海士町海士1490	島根県	隠岐郡海士町	海士	no-prefecture
A	島根県鹿足郡津和野町後田ロ64番地6	島根県	鹿足郡津和野町	後田	official
A	島根県鹿足郡津和野町後田ロ64番地の6	島根県	鹿足郡津和野町	後田	banchi-no
B	鹿足郡津和野町後田ロ64-6	島根県	鹿足郡津和野町	後田	no-prefecture
B	島根県津和野町後田ロ64-6	島根県	鹿足郡津和野町	後田	no-gun
B	津和野町後田ロ64-6	島根県	鹿足郡津和野町	後田	no-prefecture+no-gun
A	島根県邑智郡川本町川本545番地　B1F	島根県	邑智郡川本町	川本	paren-building
A	島根県邑智郡川本町川本５４５	島根県	邑智郡川本町	川本	fullwidth
B	島根県邑智郡川本町大字川本545番地	島根県	邑智郡川本町	川本	oaza-prefix
B	島根県川本町川本545	島根県	邑智郡川本町	川本	no-gun
B	邑智郡川本町川本545	島根県	邑智郡川本町	川本	no-prefecture
B	川本町川本545	島根県	邑智郡川本町	川本	no-prefecture+no-gun
A	島根県　大田市　大森町　イ824 三井ビル 12F	島根県	大田市	大森町	spaces+building
A	島根県大田市大森町イ824	島根県	大田市	大森町	kanji
A	島根県大田市大森町イ824 〒694-0305	島根県	大田市	大森町	postal-after
B	大田市大森町イ824	島根県	大田市	大森町	no-prefecture
A	〒700-0824　岡山県岡山市北区内山下2丁目4-6	岡山県	岡山市北区	内山下	postal
A	岡山県岡山市北区内山下2丁4-6	岡山県	岡山市北区	内山下	chou
A	岡山県岡山市北区内山下２丁目４－６	岡山県	岡山市北区	内山下	fullwidth
B	岡山県岡山市北区内山下2-4-6	岡山県	岡山市北区	内山下	hyphen-chome
B	岡山県北区内山下2丁目4-6	岡山県	岡山市北区	内山下	ward-without-city
A	岡山県岡山市北区大供1丁目1-1 〒700-0913	岡山県	岡山市北区	大供	postal-after
A	700-0913 岡山県岡山市北区大供1丁目1-1	岡山県	岡山市北区	大供	postal
A	岡山県　岡山市北区　大供1丁目1-1 ABCマンション１０３号	岡山県	岡山市北区	大供	spaces+building
B	〒700-0913岡山市北区大供1-1-1	岡山県	岡山市北区	大供	no-prefecture+hyphen-chome
A	岡山県岡山市北区後楽園1-5	岡山県	岡山市北区	後楽園	kanji
A	岡山県岡山市北区後楽園1-5（〒703-8257）	岡山県	岡山市北区	後楽園	postal-after
B	岡山県岡山市後楽園1-5	岡山県	岡山市北区	後楽園	city-without-ward
A	岡山県倉敷市西中新田640番地	岡山県	倉敷市	西中新田	official
A	岡山県倉敷市西中新田640番地　市民センター	岡山県	倉敷市	西中新田	paren-building
A	〒7100833 岡山県倉敷市西中新田640	岡山県	倉敷市	西中新田	postal
B	倉敷市西中新田640	岡山県	倉敷市	西中新田	no-prefecture
A	岡山県倉敷市中央1丁目1番15号	岡山県	倉敷市	中央	official
A	岡山県倉敷市中央1丁1-15	岡山県	倉敷市	中央	chou
B	倉敷市中央1丁目1-15	岡山県	倉敷市	中央	no-prefecture
B	岡山県倉敷市中央1-1-15	岡山県	倉敷市	中央	hyphen-chome
A	岡山県津山市山北520	岡山県	津山市	山北	kanji
A	岡山県津山市山北５２０	岡山県	津山市	山北	fullwidth
B	〒708-0004　津山市山北520	岡山県	津山市	山北	no-prefecture
A	岡山県玉野市宇野1丁目27番1号	岡山県	玉野市	宇野	official
A	706-0011 岡山県玉野市宇野1丁目27-1	岡山県	玉野市	宇野	postal
A	岡山県玉野市宇野1丁目27番1号（第2庁舎）	岡山県	玉野市	宇野	paren-building
B	玉野市宇野1丁目27-1	岡山県	玉野市	宇野	no-prefecture
A	岡山県笠岡市中央町1番地の1	岡山県	笠岡市	中央町	official
A	〒714-0088　岡山県笠岡市中央町1-1	岡山県	笠岡市	中央町	postal
A	岡山県笠岡市中央町1―1	岡山県	笠岡市	中央町	dash
B	笠岡市中央町1-1	岡山県	笠岡市	中央町	no-prefecture
A	岡山県総社市中央1丁目1番1号　第2庁舎	岡山県	総社市	中央	paren-building
A	719-1131 岡山県総社市中央1丁目1-1	岡山県	総社市	中央	postal
B	岡山県総社市中央1-1-1	岡山県	総社市	中央	hyphen-chome
B	総社市中央1丁目1-1	岡山県	総社市	中央	no-prefecture
A	岡山県高梁市松原通2043番地 (第2庁舎)	岡山県	高梁市	松原通	paren-building
A	岡山県高梁市松原通2043	岡山県	高梁市	松原通	kanji
A	岡山県高梁市松原通2043 〒716-0036	岡山県	高梁市	松原通	postal-after
B	高梁市松原通2043	岡山県	高梁市	松原通	no-prefecture
A	岡山県真庭市久世2927―2	岡山県	真庭市	久世	dash
A	岡山県 真庭市 久世 2927-2 1F	岡山県	真庭市	久世	spaces+building
A	岡山県真庭市久世2927番地の2	岡山県	真庭市	久世	banchi-no
B	719-3201 真庭市久世2927-2	岡山県	真庭市	久世	no-prefecture
A	岡山県備前市東片上126番地	岡山県	備前市	東片上	official
A	岡山県備前市東片上126番地(東棟)	岡山県	備前市	東片上	paren-building
B	〒705-0022備前市東片上126	岡山県	備前市	東片上	no-prefecture
A	岡山県岡山市中区浜3丁目7番15号	岡山県	岡山市中区	浜	official
A	〒703-8256　岡山県岡山市中区浜3丁目7-15	岡山県	岡山市中区	浜	postal
A	岡山県岡山市中区浜３丁目７－１５	岡山県	岡山市中区	浜	fullwidth
B	中区浜3丁目7番15号	岡山県	岡山市中区	浜	ward-without-city
B	岡山市中区浜3丁目7番15号	岡山県	岡山市中区	浜	no-prefecture
B	岡山市浜3丁目7番15号	岡山県	岡山市中区	浜	city-without-ward
A	岡山県岡山市南区浦安南町495番地5	岡山県	岡山市南区	浦安南町	official
A	岡山県岡山市南区浦安南町495-5	岡山県	岡山市南区	浦安南町	kanji
A	岡山県岡山市南区浦安南町495番地の5	岡山県	岡山市南区	浦安南町	banchi-no
B	岡山県岡山市浦安南町495-5	岡山県	岡山市南区	浦安南町	city-without-ward
A	岡山県岡山市東区西大寺南1丁目2番4号	岡山県	岡山市東区	西大寺南	official
A	岡山県 岡山市東区 西大寺南 1丁目2-4 コーポ山田 202号室	岡山県	岡山市東区	西大寺南	spaces+building
B	岡山市西大寺南1丁目2-4	岡山県	岡山市東区	西大寺南	city-without-ward
B	岡山県岡山市東区西大寺南1-2-4	岡山県	岡山市東区	西大寺南	hyphen-chome
B	岡山県東区西大寺南1丁目2-4	岡山県	岡山市東区	西大寺南	ward-without-city
B	岡山市東区西大寺南1丁目2番4号	岡山県	岡山市東区	西大寺南	no-prefecture
A	岡山県苫田郡鏡野町竹田660番地	岡山県	苫田郡鏡野町	竹田	official
A	〒708-0324岡山県苫田郡鏡野町竹田660	岡山県	苫田郡鏡野町	竹田	postal
A	岡山県 苫田郡鏡野町 竹田 660ハイツ一番館 102	岡山県	苫田郡鏡野町	竹田	spaces+building
B	鏡野町竹田660	岡山県	苫田郡鏡野町	竹田	no-prefecture+no-gun
B	〒708-0324 苫田郡鏡野町竹田660	岡山県	苫田郡鏡野町	竹田	no-prefecture
A	広島県広島市中区基町10番52号	広島県	広島市中区	基町	official
A	広島県広島市中区基町10ｰ52	広島県	広島市中区	基町	dash
A	広島県広島市中区基町10番52号 (第2庁舎)	広島県	広島市中区	基町	paren-building
B	広島市中区基町10番52号	広島県	広島市中区	基町	no-prefecture
B	広島県広島市基町10番52号	広島県	広島市中区	基町	city-without-ward
A	広島県広島市中区国泰寺町1丁目6番34号(本館)	広島県	広島市中区	国泰寺町	paren-building
A	広島県広島市中区国泰寺町一丁目6-34	広島県	広島市中区	国泰寺町	kanji
B	広島県中区国泰寺町1丁目6-34	広島県	広島市中区	国泰寺町	ward-without-city
B	730-0042 広島市中区国泰寺町1-6-34	広島県	広島市中区	国泰寺町	no-prefecture+hyphen-chome
A	広島県広島市中区大手町1丁目10番地	広島県	広島市中区	大手町	official
A	広島県広島市中区大手町１丁目１０	広島県	広島市中区	大手町	fullwidth
B	広島県広島市大手町1丁目10	広島県	広島市中区	大手町	city-without-ward
B	広島県中区大手町1丁目10番地	広島県	広島市中区	大手町	ward-without-city
A	広島県廿日市市宮島町1番地1	広島県	廿日市市	宮島町	official
A	広島県廿日市市宮島町1―1	広島県	廿日市市	宮島町	dash
B	廿日市市宮島町1-1	広島県	廿日市市	宮島町	no-prefecture
A	広島県廿日市市下平良１丁目１１－１	広島県	廿日市市	下平良	fullwidth
A	広島県廿日市市下平良1丁目11番1号(本館)	広島県	廿日市市	下平良	paren-building
B	廿日市市下平良1丁目11番1号	広島県	廿日市市	下平良	no-prefecture
B	広島県廿日市市下平良1-11-1	広島県	廿日市市	下平良	hyphen-chome
A	広島県福山市東桜町3-5	広島県	福山市	東桜町	kanji
A	広島県福山市東桜町3番5号　市民センター	広島県	福山市	東桜町	paren-building
B	福山市東桜町3-5	広島県	福山市	東桜町	no-prefecture
A	広島県呉市中央4丁目1‐6	広島県	呉市	中央	dash
A	広島県呉市中央4丁1-6	広島県	呉市	中央	chou
B	広島県呉市中央4-1-6	広島県	呉市	中央	hyphen-chome
B	呉市中央4丁目1番6号	広島県	呉市	中央	no-prefecture
A	広島県尾道市久保1丁目15番1号	広島県	尾道市	久保	official
A	〒722-0045 広島県尾道市久保1丁目15-1	広島県	尾道市	久保	postal
B	広島県尾道市久保1-15-1	広島県	尾道市	久保	hyphen-chome
B	尾道市久保1-15-1	広島県	尾道市	久保	no-prefecture+hyphen-chome
A	広島県府中市府川町315　〒726-0004	広島県	府中市	府川町	postal-after
A	広島県府中市府川町315番地　本館	広島県	府中市	府川町	paren-building
A	広島県府中市府川町３１５	広島県	府中市	府川町	fullwidth
B	府中市府川町315	広島県	府中市	府川町	no-prefecture
A	広島県三原市港町3丁目5–1	広島県	三原市	港町	dash
A	広島県三原市港町3丁目5-1　〒723-0017	広島県	三原市	港町	postal-after
A	広島県　三原市　港町　3丁目5-1 本庁舎	広島県	三原市	港町	spaces+building
B	三原市港町3丁目5番1号	広島県	三原市	港町	no-prefecture
B	広島県三原市港町3-5-1	広島県	三原市	港町	hyphen-chome
A	広島県東広島市西条栄町8番29号	広島県	東広島市	西条栄町	official
A	〒7390015 広島県東広島市西条栄町8-29	広島県	東広島市	西条栄町	postal
B	東広島市西条栄町8-29	広島県	東広島市	西条栄町	no-prefecture
A	広島県三次市十日市中2丁目8番1号	広島県	三次市	十日市中	official
A	広島県三次市十日市中2丁目8-1 〒728-0012	広島県	三次市	十日市中	postal-after
B	728-0012 三次市十日市中2丁目8-1	広島県	三次市	十日市中	no-prefecture
B	広島県三次市十日市中2-8-1	広島県	三次市	十日市中	hyphen-chome
A	広島県庄原市中本町1丁目10番1号 (第2庁舎)	広島県	庄原市	中本町	paren-building
A	広島県庄原市中本町1丁目10ｰ1	広島県	庄原市	中本町	dash
A	広島県庄原市中本町一丁目10-1	広島県	庄原市	中本町	kanji
B	〒727-0012庄原市中本町1丁目10-1	広島県	庄原市	中本町	no-prefecture
B	広島県庄原市中本町1-10-1	広島県	庄原市	中本町	hyphen-chome
A	広島県竹原市中央5丁目1番35号	広島県	竹原市	中央	official
A	広島県竹原市中央５丁目１－３５	広島県	竹原市	中央	fullwidth
B	竹原市中央5丁目1-35	広島県	竹原市	中央	no-prefecture
A	広島県安芸郡府中町大通３丁目５－１	広島県	安芸郡府中町	大通	fullwidth
A	広島県　安芸郡府中町　大通　3丁目5-1 サンハイツ101	広島県	安芸郡府中町	大通	spaces+building
A	広島県安芸郡府中町大通三丁目五番一号	広島県	安芸郡府中町	大通	kanji
B	府中町大通3-5-1	広島県	安芸郡府中町	大通	no-prefecture+no-gun
A	広島県安芸郡海田町上市14番18号(市民センター)	広島県	安芸郡海田町	上市	paren-building
A	広島県安芸郡海田町上市１４－１８	広島県	安芸郡海田町	上市	fullwidth
B	海田町上市14-18	広島県	安芸郡海田町	上市	no-prefecture+no-gun
B	安芸郡海田町上市14-18	広島県	安芸郡海田町	上市	no-prefecture
B	広島県海田町上市14-18	広島県	安芸郡海田町	上市	no-gun
A	広島県山県郡北広島町有田１２３４	広島県	山県郡北広島町	有田	fullwidth
A	731-1533 広島県山県郡北広島町有田1234	広島県	山県郡北広島町	有田	postal
A	広島県山県郡北広島町有田1234（〒731-1533）	広島県	山県郡北広島町	有田	postal-after
B	北広島町有田1234	広島県	山県郡北広島町	有田	no-prefecture+no-gun
A	広島県　広島市南区　皆実町1丁目4-46 県庁舎本館	広島県	広島市南区	皆実町	spaces+building
A	広島県広島市南区皆実町1丁目4番46号(市民センター)	広島県	広島市南区	皆実町	paren-building
B	広島県広島市皆実町1丁目4番46号	広島県	広島市南区	皆実町	city-without-ward
B	南区皆実町1丁目4-46	広島県	広島市南区	皆実町	ward-without-city
B	広島県広島市南区皆実町1-4-46	広島県	広島市南区	皆実町	hyphen-chome
B	広島市南区皆実町1丁目4番46号	広島県	広島市南区	皆実町	no-prefecture
A	広島県広島市安佐南区古市1丁目4-1（〒731-0123）	広島県	広島市安佐南区	古市	postal-after
A	広島県広島市安佐南区古市1丁目4ー1	広島県	広島市安佐南区	古市	dash
B	広島市安佐南区古市1-4-1	広島県	広島市安佐南区	古市	no-prefecture+hyphen-chome
A	広島県豊田郡大崎上島町東野6625-1 〒725-0231	広島県	豊田郡大崎上島町	東野	postal-after
A	広島県 豊田郡大崎上島町 東野6625-11F	広島県	豊田郡大崎上島町	東野	spaces+building
B	広島県大崎上島町東野6625-1	広島県	豊田郡大崎上島町	東野	no-gun
B	大崎上島町東野6625-1	広島県	豊田郡大崎上島町	東野	no-prefecture+no-gun
B	豊田郡大崎上島町東野6625-1	広島県	豊田郡大崎上島町	東野	no-prefecture
A	山口県山口市滝町1番1号	山口県	山口市	滝町	official
A	山口県山口市滝町1-1　〒753-0071	山口県	山口市	滝町	postal-after
B	山口市滝町1-1	山口県	山口市	滝町	no-prefecture
A	山口県山口市亀山町2番1号	山口県	山口市	亀山町	official
A	山口県山口市亀山町2ー1	山口県	山口市	亀山町	dash
A	山口県山口市亀山町2-1（〒753-0089）	山口県	山口市	亀山町	postal-after
B	山口市亀山町2-1	山口県	山口市	亀山町	no-prefecture
A	山口県下関市南部町1番1号	山口県	下関市	南部町	official
A	山口県下関市南部町１－１	山口県	下関市	南部町	fullwidth
B	下関市南部町1-1	山口県	下関市	南部町	no-prefecture
A	山口県宇部市常盤町1丁目7番1号	山口県	宇部市	常盤町	official
A	山口県宇部市常盤町１丁目７－１	山口県	宇部市	常盤町	fullwidth
B	宇部市常盤町1丁目7-1	山口県	宇部市	常盤町	no-prefecture
A	山口県岩国市今津町1丁目14番51号	山口県	岩国市	今津町	official
A	山口県 岩国市 今津町1丁目14-51 ﾊｲﾂ ｻｸﾗ 201	山口県	岩国市	今津町	spaces+building
B	岩国市今津町1-14-51	山口県	岩国市	今津町	no-prefecture+hyphen-chome
B	山口県岩国市今津町1-14-51	山口県	岩国市	今津町	hyphen-chome
A	山口県岩国市岩国1丁目	山口県	岩国市	岩国	official
A	山口県　岩国市　岩国　1丁目(受付)	山口県	岩国市	岩国	spaces+building
A	〒741-0062 山口県岩国市岩国1丁目	山口県	岩国市	岩国	postal
B	〒741-0062 岩国市岩国1丁目	山口県	岩国市	岩国	no-prefecture
B	山口県周南市岐山通1丁目1番地	山口県	周南市	岐山通り	written-form
B	山口県周南市岐山通1-1	山口県	周南市	岐山通り	hyphen-chome
B	周南市岐山通1-1	山口県	周南市	岐山通り	no-prefecture+hyphen-chome
A	山口県萩市江向５１０	山口県	萩市	江向	fullwidth
A	山口県萩市江向510番地（本館）	山口県	萩市	江向	paren-building
A	山口県萩市江向510	山口県	萩市	江向	kanji
B	山口県萩市大字江向510番地	山口県	萩市	江向	oaza-prefix
B	萩市江向510	山口県	萩市	江向	no-prefecture
B	萩市大字江向510	山口県	萩市	江向	oaza-prefix+omissions
A	山口県防府市寿町7番1号	山口県	防府市	寿町	official
A	山口県防府市寿町7番1号（B1F）	山口県	防府市	寿町	paren-building
B	防府市寿町7-1	山口県	防府市	寿町	no-prefecture
A	山口県下松市大手町3丁目3番3号	山口県	下松市	大手町	official
A	山口県下松市大手町3丁目3番3号 (市民センター)	山口県	下松市	大手町	paren-building
B	下松市大手町3丁目3番3号	山口県	下松市	大手町	no-prefecture
B	山口県下松市大手町3-3-3	山口県	下松市	大手町	hyphen-chome
A	山口県長門市東深川１３３９－２	山口県	長門市	東深川	fullwidth
A	〒759-4101 山口県長門市東深川1339-2	山口県	長門市	東深川	postal
B	長門市東深川1339番地2	山口県	長門市	東深川	no-prefecture
A	山口県光市中央6丁1-1	山口県	光市	中央	chou
A	山口県光市中央6丁目1-1（〒743-0013）	山口県	光市	中央	postal-after
A	山口県 光市 中央 6丁目1-1 レジデンス南 B棟 305	山口県	光市	中央	spaces+building
B	山口県光市中央6-1-1	山口県	光市	中央	hyphen-chome
A	山口県柳井市南町1丁目10番2号	山口県	柳井市	南町	official
A	山口県柳井市南町1丁目10―2	山口県	柳井市	南町	dash
B	山口県柳井市南町1-10-2	山口県	柳井市	南町	hyphen-chome
A	山口県大島郡周防大島町小松126番地2	山口県	大島郡周防大島町	小松	official
A	山口県大島郡周防大島町小松１２６－２	山口県	大島郡周防大島町	小松	fullwidth
A	山口県大島郡周防大島町小松126-2	山口県	大島郡周防大島町	小松	kanji
B	山口県大島郡周防大島町大字小松126-2	山口県	大島郡周防大島町	小松	oaza-prefix
B	周防大島町大字小松126-2	山口県	大島郡周防大島町	小松	oaza-prefix+omissions
A	山口県熊毛郡上関町長島448番地	山口県	熊毛郡上関町	長島	official
A	山口県熊毛郡上関町長島448（〒742-1402）	山口県	熊毛郡上関町	長島	postal-after
B	山口県熊毛郡上関町大字長島448	山口県	熊毛郡上関町	長島	oaza-prefix
B	〒7421402 熊毛郡上関町長島448	山口県	熊毛郡上関町	長島	no-prefecture
A	山口県 阿武郡阿武町 奈古2636 パークタワー２０階	山口県	阿武郡阿武町	奈古	spaces+building
A	山口県阿武郡阿武町奈古2636番地　東棟	山口県	阿武郡阿武町	奈古	paren-building
A	山口県阿武郡阿武町奈古２６３６	山口県	阿武郡阿武町	奈古	fullwidth
B	山口県阿武郡阿武町大字奈古2636	山口県	阿武郡阿武町	奈古	oaza-prefix
B	山口県阿武町奈古2636	山口県	阿武郡阿武町	奈古	no-gun
A	徳島県徳島市万代町1丁目1番地	徳島県	徳島市	万代町	official
A	770-0941 徳島県徳島市万代町1丁目1	徳島県	徳島市	万代町	postal
A	徳島県徳島市万代町1丁1	徳島県	徳島市	万代町	chou
B	徳島市万代町1丁目1番地	徳島県	徳島市	万代町	no-prefecture
B	徳島県徳島市万代町1-1	徳島県	徳島市	万代町	hyphen-chome
A	徳島県　徳島市　幸町2丁目5 ABCマンション１０３号	徳島県	徳島市	幸町	spaces+building
A	〒770-0847 徳島県徳島市幸町2丁目5	徳島県	徳島市	幸町	postal
B	徳島市幸町2丁目5番地	徳島県	徳島市	幸町	no-prefecture
B	徳島県徳島市幸町2-5	徳島県	徳島市	幸町	hyphen-chome
B	徳島県鳴門市撫養町南浜字東浜170番地	徳島県	鳴門市	撫養町南浜	koaza
B	鳴門市撫養町南浜字東浜170	徳島県	鳴門市	撫養町南浜	no-prefecture
B	徳島県鳴門市撫養町南浜東浜170番地	徳島県	鳴門市	撫養町南浜	koaza-without-aza
A	徳島県小松島市横須町1-1	徳島県	小松島市	横須町	kanji
A	徳島県小松島市横須町1-1（〒773-0006）	徳島県	小松島市	横須町	postal-after
B	小松島市横須町1-1	徳島県	小松島市	横須町	no-prefecture
A	徳島県　阿南市　富岡町トノ町12-3 パークタワー２０階	徳島県	阿南市	富岡町	spaces+building
A	徳島県阿南市富岡町トノ町12-3（〒774-0030）	徳島県	阿南市	富岡町	postal-after
B	〒774-0030　阿南市富岡町トノ町12番地3	徳島県	阿南市	富岡町	no-prefecture
A	徳島県吉野川市鴨島町鴨島115番地の1	徳島県	吉野川市	鴨島町鴨島	banchi-no
A	〒776-0010　徳島県吉野川市鴨島町鴨島115-1	徳島県	吉野川市	鴨島町鴨島	postal
A	徳島県吉野川市鴨島町鴨島115-1 〒776-0010	徳島県	吉野川市	鴨島町鴨島	postal-after
B	吉野川市鴨島町鴨島115-1	徳島県	吉野川市	鴨島町鴨島	no-prefecture
B	徳島県美馬市穴吹町穴吹字九反地5番地	徳島県	美馬市	穴吹町穴吹	koaza
B	〒777-0005 美馬市穴吹町穴吹字九反地5番地	徳島県	美馬市	穴吹町穴吹	no-prefecture
B	徳島県美馬市穴吹町穴吹九反地5番地	徳島県	美馬市	穴吹町穴吹	koaza-without-aza
B	徳島県名西郡神山町神領字本野間100番地	徳島県	名西郡神山町	神領	koaza
B	徳島県名西郡神山町神領本野間100番地	徳島県	名西郡神山町	神領	koaza-without-aza
B	神山町神領字本野間100	徳島県	名西郡神山町	神領	no-prefecture+no-gun
B	徳島県那賀郡那賀町和食郷字南川104番地1	徳島県	那賀郡那賀町	和食郷	koaza
B	徳島県那賀町和食郷南川104-1	徳島県	那賀郡那賀町	和食郷	no-gun
B	徳島県那賀郡那賀町和食郷南川104番地1	徳島県	那賀郡那賀町	和食郷	koaza-without-aza
B	771-5203 那賀郡那賀町和食郷字南川104番地1	徳島県	那賀郡那賀町	和食郷	no-prefecture
B	那賀町和食郷字南川104-1	徳島県	那賀郡那賀町	和食郷	no-prefecture+no-gun
B	徳島県海部郡海陽町大里字上中須128番地	徳島県	海部郡海陽町	大里	koaza
B	〒775-0203 海部郡海陽町大里上中須128番地	徳島県	海部郡海陽町	大里	no-prefecture
B	徳島県海部郡海陽町大里上中須128番地	徳島県	海部郡海陽町	大里	koaza-without-aza
B	海陽町大里字上中須128番地	徳島県	海部郡海陽町	大里	no-prefecture+no-gun
B	徳島県海陽町大里字上中須128	徳島県	海部郡海陽町	大里	no-gun
B	徳島県板野郡藍住町奥野字矢上前52番地1	徳島県	板野郡藍住町	奥野	koaza
B	徳島県藍住町奥野字矢上前52-1	徳島県	板野郡藍住町	奥野	no-gun
B	徳島県板野郡藍住町奥野矢上前52番地1	徳島県	板野郡藍住町	奥野	koaza-without-aza
B	徳島県勝浦郡上勝町大字福原下日浦7-1	徳島県	勝浦郡上勝町	福原	oaza-prefix
B	徳島県勝浦郡上勝町福原字下日浦7番地1	徳島県	勝浦郡上勝町	福原	koaza
B	徳島県上勝町福原下日浦7-1	徳島県	勝浦郡上勝町	福原	no-gun
B	上勝町大字福原字下日浦7-1	徳島県	勝浦郡上勝町	福原	oaza-prefix+omissions
B	徳島県勝浦郡上勝町福原下日浦7番地1	徳島県	勝浦郡上勝町	福原	koaza-without-aza
A	香川県高松市番町4丁目1番10号	香川県	高松市	番町	official
A	〒760-0017香川県高松市番町4丁目1-10	香川県	高松市	番町	postal
B	香川県高松市番町4-1-10	香川県	高松市	番町	hyphen-chome
B	高松市番町4-1-10	香川県	高松市	番町	no-prefecture+hyphen-chome
A	香川県高松市番町1丁8-15	香川県	高松市	番町	chou
A	香川県　高松市　番町　1丁目8-15 市役所本庁舎 2階	香川県	高松市	番町	spaces+building
A	香川県高松市番町1丁目8―15	香川県	高松市	番町	dash
B	高松市番町1丁目8-15	香川県	高松市	番町	no-prefecture
A	香川県高松市栗林町1丁目20番16号	香川県	高松市	栗林町	official
A	香川県高松市栗林町一丁目20-16	香川県	高松市	栗林町	kanji
B	香川県高松市栗林町1-20-16	香川県	高松市	栗林町	hyphen-chome
A	香川県丸亀市大手町2丁目3番1号	香川県	丸亀市	大手町	official
A	香川県丸亀市大手町2丁目3‐1	香川県	丸亀市	大手町	dash
B	丸亀市大手町2丁目3番1号	香川県	丸亀市	大手町	no-prefecture
B	香川県丸亀市大手町2-3-1	香川県	丸亀市	大手町	hyphen-chome
A	762-0007 香川県坂出市室町2丁目3-5	香川県	坂出市	室町	postal
A	香川県坂出市室町2丁目3—5	香川県	坂出市	室町	dash
A	香川県坂出市室町２丁目３－５	香川県	坂出市	室町	fullwidth
B	香川県坂出市室町2-3-5	香川県	坂出市	室町	hyphen-chome
A	香川県善通寺市文京町2丁目1-1（〒765-0013）	香川県	善通寺市	文京町	postal-after
A	香川県善通寺市文京町2丁目1番1号　市民センター	香川県	善通寺市	文京町	paren-building
A	香川県 善通寺市 文京町 2丁目1-1ハイツ一番館 102	香川県	善通寺市	文京町	spaces+building
B	善通寺市文京町2丁目1-1	香川県	善通寺市	文京町	no-prefecture
B	香川県善通寺市文京町2-1-1	香川県	善通寺市	文京町	hyphen-chome
A	香川県観音寺市坂本町1丁目1番1号	香川県	観音寺市	坂本町	official
A	香川県　観音寺市　坂本町　1丁目1-1県庁舎本館	香川県	観音寺市	坂本町	spaces+building
B	香川県観音寺市坂本町1-1-1	香川県	観音寺市	坂本町	hyphen-chome
B	観音寺市坂本町1-1-1	香川県	観音寺市	坂本町	no-prefecture+hyphen-chome
A	香川県さぬき市志度5385番地8	香川県	さぬき市	志度	official
A	香川県　さぬき市　志度5385-8 第2松本ビル4F	香川県	さぬき市	志度	spaces+building
A	〒769-2101香川県さぬき市志度5385-8	香川県	さぬき市	志度	postal
B	〒769-2101　さぬき市志度5385-8	香川県	さぬき市	志度	no-prefecture
A	香川県東かがわ市湊1847番地1	香川県	東かがわ市	湊	official
A	香川県東かがわ市湊１８４７－１	香川県	東かがわ市	湊	fullwidth
B	東かがわ市湊1847-1	香川県	東かがわ市	湊	no-prefecture
A	香川県小豆郡土庄町甲559-2	香川県	小豆郡土庄町	甲	kanji
A	香川県小豆郡土庄町甲５５９－２	香川県	小豆郡土庄町	甲	fullwidth
A	香川県小豆郡土庄町甲559番地の2	香川県	小豆郡土庄町	甲	banchi-no
B	土庄町甲559-2	香川県	小豆郡土庄町	甲	no-prefecture+no-gun
A	香川県三豊市高瀬町下勝間2373番地1	香川県	三豊市	高瀬町下勝間	official
A	香川県三豊市高瀬町下勝間2373—1	香川県	三豊市	高瀬町下勝間	dash
B	三豊市高瀬町下勝間2373-1	香川県	三豊市	高瀬町下勝間	no-prefecture
A	愛媛県松山市一番町4丁目4番地2	愛媛県	松山市	一番町	official
A	愛媛県松山市一番町4丁目4番地の2	愛媛県	松山市	一番町	banchi-no
B	愛媛県松山市一番町4-4-2	愛媛県	松山市	一番町	hyphen-chome
B	松山市一番町4丁目4-2	愛媛県	松山市	一番町	no-prefecture
A	愛媛県松山市二番町4丁目7番地2	愛媛県	松山市	二番町	official
A	愛媛県松山市二番町4丁目7番地の2	愛媛県	松山市	二番町	banchi-no
A	愛媛県松山市二番町４丁目７－２	愛媛県	松山市	二番町	fullwidth
B	愛媛県松山市二番町4-7-2	愛媛県	松山市	二番町	hyphen-chome
B	松山市二番町4-7-2	愛媛県	松山市	二番町	no-prefecture+hyphen-chome
A	愛媛県松山市道後湯之町5番6号	愛媛県	松山市	道後湯之町	official
A	愛媛県松山市道後湯之町五番六号	愛媛県	松山市	道後湯之町	kanji
A	愛媛県松山市道後湯の町5-6	愛媛県	松山市	道後湯之町	variant
B	松山市道後湯之町5-6	愛媛県	松山市	道後湯之町	no-prefecture
A	愛媛県松山市丸之内1番地	愛媛県	松山市	丸之内	official
A	〒790-0008愛媛県松山市丸之内1	愛媛県	松山市	丸之内	postal
B	松山市丸之内1	愛媛県	松山市	丸之内	no-prefecture
A	愛媛県今治市別宮町1丁目4-1（〒794-0026）	愛媛県	今治市	別宮町	postal-after
A	〒794-0026愛媛県今治市別宮町1丁目4-1	愛媛県	今治市	別宮町	postal
B	今治市別宮町1丁目4番地1	愛媛県	今治市	別宮町	no-prefecture
B	愛媛県今治市別宮町1-4-1	愛媛県	今治市	別宮町	hyphen-chome
A	愛媛県宇和島市曙町1番地	愛媛県	宇和島市	曙町	official
A	愛媛県宇和島市曙町１	愛媛県	宇和島市	曙町	fullwidth
B	宇和島市曙町1	愛媛県	宇和島市	曙町	no-prefecture
A	愛媛県新居浜市一宮町1丁目5番1号	愛媛県	新居浜市	一宮町	official
A	愛媛県　新居浜市　一宮町　1丁目5-1 コーポ山田 202号室	愛媛県	新居浜市	一宮町	spaces+building
B	愛媛県新居浜市一宮町1-5-1	愛媛県	新居浜市	一宮町	hyphen-chome
B	〒792-0025新居浜市一宮町1丁目5番1号	愛媛県	新居浜市	一宮町	no-prefecture
A	〒7930023 愛媛県西条市明屋敷164	愛媛県	西条市	明屋敷	postal
A	愛媛県西条市明屋敷164　〒793-0023	愛媛県	西条市	明屋敷	postal-after
B	西条市明屋敷164	愛媛県	西条市	明屋敷	no-prefecture
A	愛媛県大洲市大洲６９０－１	愛媛県	大洲市	大洲	fullwidth
A	愛媛県大洲市大洲690–1	愛媛県	大洲市	大洲	dash
B	大洲市大洲690-1	愛媛県	大洲市	大洲	no-prefecture
A	〒7960048 愛媛県八幡浜市北浜1丁目1-1	愛媛県	八幡浜市	北浜	postal
A	愛媛県八幡浜市北浜1丁1-1	愛媛県	八幡浜市	北浜	chou
B	八幡浜市北浜1丁目1番1号	愛媛県	八幡浜市	北浜	no-prefecture
B	愛媛県八幡浜市北浜1-1-1	愛媛県	八幡浜市	北浜	hyphen-chome
A	愛媛県伊予市米湊820番地	愛媛県	伊予市	米湊	official
A	愛媛県伊予市米湊８２０	愛媛県	伊予市	米湊	fullwidth
B	伊予市米湊820	愛媛県	伊予市	米湊	no-prefecture
A	愛媛県東温市見奈良530番地の1	愛媛県	東温市	見奈良	banchi-no
A	791-0211 愛媛県東温市見奈良530-1	愛媛県	東温市	見奈良	postal
A	愛媛県東温市見奈良530-1　〒791-0211	愛媛県	東温市	見奈良	postal-after
B	〒7910211 東温市見奈良530-1	愛媛県	東温市	見奈良	no-prefecture
A	愛媛県上浮穴郡久万高原町久万212番地	愛媛県	上浮穴郡久万高原町	久万	official
A	愛媛県上浮穴郡久万高原町久万２１２	愛媛県	上浮穴郡久万高原町	久万	fullwidth
A	愛媛県上浮穴郡久万高原町久万212	愛媛県	上浮穴郡久万高原町	久万	kanji
B	愛媛県久万高原町久万212番地	愛媛県	上浮穴郡久万高原町	久万	no-gun
A	愛媛県越智郡上島町弓削下弓削210番地	愛媛県	越智郡上島町	弓削下弓削	official
A	愛媛県 越智郡上島町 弓削下弓削 210 第2松本ビル4F	愛媛県	越智郡上島町	弓削下弓削	spaces+building
B	越智郡上島町弓削下弓削210番地	愛媛県	越智郡上島町	弓削下弓削	no-prefecture
B	愛媛県上島町弓削下弓削210	愛媛県	越智郡上島町	弓削下弓削	no-gun
B	上島町弓削下弓削210	愛媛県	越智郡上島町	弓削下弓削	no-prefecture+no-gun
A	愛媛県南宇和郡愛南町城辺甲２４２０	愛媛県	南宇和郡愛南町	城辺甲	fullwidth
A	〒798-4131 愛媛県南宇和郡愛南町城辺甲2420	愛媛県	南宇和郡愛南町	城辺甲	postal
A	愛媛県南宇和郡愛南町城辺甲2420	愛媛県	南宇和郡愛南町	城辺甲	kanji
B	南宇和郡愛南町城辺甲2420	愛媛県	南宇和郡愛南町	城辺甲	no-prefecture
A	高知県高知市丸ノ内１丁目２－２０	高知県	高知市	丸ノ内	fullwidth
A	高知県高知市丸ノ内1丁目2番20号　市民センター	高知県	高知市	丸ノ内	paren-building
A	高知県高知市丸の内1丁目2-20	高知県	高知市	丸ノ内	variant
B	高知市丸の内1丁目2-20	高知県	高知市	丸ノ内	no-prefecture
A	高知県　高知市　本町5丁目1-45シティプラザ East 1102	高知県	高知市	本町	spaces+building
A	高知県高知市本町5丁目1番45号（B1F）	高知県	高知市	本町	paren-building
B	高知県高知市本町5-1-45	高知県	高知市	本町	hyphen-chome
B	〒780-0870 高知市本町5-1-45	高知県	高知市	本町	no-prefecture+hyphen-chome
A	高知県高知市丸ノ内1丁目2番1号	高知県	高知市	丸ノ内	official
A	高知県高知市丸ノ内1丁目2ｰ1	高知県	高知市	丸ノ内	dash
B	高知市丸ノ内1丁目2-1	高知県	高知市	丸ノ内	no-prefecture
B	高知県高知市丸ノ内1-2-1	高知県	高知市	丸ノ内	hyphen-chome
A	高知県室戸市浮津25番地1	高知県	室戸市	浮津	official
A	高知県室戸市浮津25番地1(市民センター)	高知県	室戸市	浮津	paren-building
A	高知県室戸市浮津25-1（〒781-7103）	高知県	室戸市	浮津	postal-after
B	室戸市浮津25-1	高知県	室戸市	浮津	no-prefecture
A	〒7840001 高知県安芸市矢ノ丸1丁目4-40	高知県	安芸市	矢ノ丸	postal
A	高知県安芸市矢ノ丸1丁目4-40（〒784-0001）	高知県	安芸市	矢ノ丸	postal-after
A	高知県安芸市矢ノ丸1丁目4ー40	高知県	安芸市	矢ノ丸	dash
B	高知県安芸市矢ノ丸1-4-40	高知県	安芸市	矢ノ丸	hyphen-chome
A	高知県　土佐市　高岡町甲2017-1別館3階	高知県	土佐市	高岡町甲	spaces+building
A	高知県土佐市高岡町甲2017－1	高知県	土佐市	高岡町甲	dash
A	高知県土佐市高岡町甲二〇一七番地一	高知県	土佐市	高岡町甲	kanji
B	土佐市高岡町甲2017-1	高知県	土佐市	高岡町甲	no-prefecture
A	高知県須崎市山手町1−7	高知県	須崎市	山手町	dash
A	高知県須崎市山手町1番7号（B1F）	高知県	須崎市	山手町	paren-building
B	須崎市山手町1-7	高知県	須崎市	山手町	no-prefecture
A	〒787-0033高知県四万十市中村大橋通4丁目10	高知県	四万十市	中村大橋通	postal
A	高知県四万十市中村大橋通4丁目10番地（B1F）	高知県	四万十市	中村大橋通	paren-building
B	四万十市中村大橋通4丁目10	高知県	四万十市	中村大橋通	no-prefecture
A	高知県香美市土佐山田町宝町１丁目２－１	高知県	香美市	土佐山田町宝町	fullwidth
A	高知県香美市土佐山田町宝町1丁2-1	高知県	香美市	土佐山田町宝町	chou
A	高知県香美市土佐山田町宝町1丁目2-1（〒782-0034）	高知県	香美市	土佐山田町宝町	postal-after
B	香美市土佐山田町宝町1丁目2-1	高知県	香美市	土佐山田町宝町	no-prefecture
A	高知県高岡郡檮原町檮原1444番地1 (B1F)	高知県	高岡郡檮原町	檮原	paren-building
A	高知県高岡郡檮原町檮原１４４４－１	高知県	高岡郡檮原町	檮原	fullwidth
A	高知県高岡郡檮原町檮原1444番地の1	高知県	高岡郡檮原町	檮原	banchi-no
A	高知県高岡郡梼原町梼原1444-1	高知県	高岡郡檮原町	檮原	variant
B	高岡郡檮原町檮原1444-1	高知県	高岡郡檮原町	檮原	no-prefecture
A	高知県安芸郡馬路村馬路443 〒781-6201	高知県	安芸郡馬路村	馬路	postal-after
A	高知県安芸郡馬路村馬路443番地　市民センター	高知県	安芸郡馬路村	馬路	paren-building
B	高知県安芸郡馬路村大字馬路443番地	高知県	安芸郡馬路村	馬路	oaza-prefix
B	高知県馬路村大字馬路443	高知県	安芸郡馬路村	馬路	oaza-prefix+omissions
B	〒781-6201　安芸郡馬路村馬路443	高知県	安芸郡馬路村	馬路	no-prefecture
B	高知県馬路村馬路443番地	高知県	安芸郡馬路村	馬路	no-gun
A	高知県幡多郡黒潮町入野5893番地	高知県	幡多郡黒潮町	入野	official
A	高知県幡多郡黒潮町入野５８９３	高知県	幡多郡黒潮町	入野	fullwidth
A	高知県幡多郡黒潮町入野五八九三番地	高知県	幡多郡黒潮町	入野	kanji
B	高知県黒潮町入野5893	高知県	幡多郡黒潮町	入野	no-gun
A	高知県長岡郡本山町本山504　〒781-3601	高知県	長岡郡本山町	本山	postal-after
A	〒781-3601高知県長岡郡本山町本山504	高知県	長岡郡本山町	本山	postal
B	長岡郡本山町本山504	高知県	長岡郡本山町	本山	no-prefecture
A	福岡県福岡市博多区東公園7番7号	福岡県	福岡市博多区	東公園	official
A	福岡県福岡市博多区東公園7-7	福岡県	福岡市博多区	東公園	kanji
A	福岡県福岡市博多区東公園７－７	福岡県	福岡市博多区	東公園	fullwidth
B	博多区東公園7番7号	福岡県	福岡市博多区	東公園	ward-without-city
B	福岡市博多区東公園7-7	福岡県	福岡市博多区	東公園	no-prefecture
B	福岡市東公園7-7	福岡県	福岡市博多区	東公園	city-without-ward
A	福岡県福岡市中央区天神一丁目8-1	福岡県	福岡市中央区	天神	kanji
A	〒810-0001福岡県福岡市中央区天神1丁目8-1	福岡県	福岡市中央区	天神	postal
A	福岡県福岡市中央区天神1丁目8-1 〒810-0001	福岡県	福岡市中央区	天神	postal-after
B	〒810-0001福岡市中央区天神1丁目8-1	福岡県	福岡市中央区	天神	no-prefecture
B	中央区天神1丁目8-1	福岡県	福岡市中央区	天神	ward-without-city
A	福岡県　福岡市博多区　博多駅中央街1-1 サンハイツ101	福岡県	福岡市博多区	博多駅中央街	spaces+building
A	福岡県福岡市博多区博多駅中央街1番1号（本館）	福岡県	福岡市博多区	博多駅中央街	paren-building
B	福岡市博多区博多駅中央街1-1	福岡県	福岡市博多区	博多駅中央街	no-prefecture
A	福岡県太宰府市宰府4丁目7番1号	福岡県	太宰府市	宰府	official
A	福岡県太宰府市宰府4丁7-1	福岡県	太宰府市	宰府	chou
A	〒818-0117　福岡県太宰府市宰府4丁目7-1	福岡県	太宰府市	宰府	postal
B	福岡県太宰府市宰府4-7-1	福岡県	太宰府市	宰府	hyphen-chome
B	太宰府市宰府4丁目7番1号	福岡県	太宰府市	宰府	no-prefecture
A	福岡県北九州市小倉北区城内1番1号	福岡県	北九州市小倉北区	城内	official
A	福岡県北九州市小倉北区城内1-1	福岡県	北九州市小倉北区	城内	kanji
B	北九州市城内1-1	福岡県	北九州市小倉北区	城内	city-without-ward
B	小倉北区城内1番1号	福岡県	北九州市小倉北区	城内	ward-without-city
B	北九州市小倉北区城内1番1号	福岡県	北九州市小倉北区	城内	no-prefecture
A	福岡県福岡市西区元岡744番地	福岡県	福岡市西区	元岡	official
A	福岡県福岡市西区元岡744番地　本館	福岡県	福岡市西区	元岡	paren-building
A	福岡県福岡市西区元岡744　〒819-0385	福岡県	福岡市西区	元岡	postal-after
B	福岡市西区元岡744	福岡県	福岡市西区	元岡	no-prefecture
A	福岡県久留米市城南町15-3	福岡県	久留米市	城南町	kanji
A	福岡県久留米市城南町15番地の3	福岡県	久留米市	城南町	banchi-no
B	〒830-0022 久留米市城南町15番地3	福岡県	久留米市	城南町	no-prefecture
A	福岡県飯塚市新立岩5‐5	福岡県	飯塚市	新立岩	dash
A	福岡県飯塚市新立岩5番5号(第2庁舎)	福岡県	飯塚市	新立岩	paren-building
B	飯塚市新立岩5-5	福岡県	飯塚市	新立岩	no-prefecture
A	福岡県大牟田市有明町2丁目3番地（本館）	福岡県	大牟田市	有明町	paren-building
A	〒8360842 福岡県大牟田市有明町2丁目3	福岡県	大牟田市	有明町	postal
A	福岡県大牟田市有明町2丁目3 〒836-0842	福岡県	大牟田市	有明町	postal-after
B	福岡県大牟田市有明町2-3	福岡県	大牟田市	有明町	hyphen-chome
B	大牟田市有明町2丁目3	福岡県	大牟田市	有明町	no-prefecture
A	福岡県春日市原町3丁目1番地5（市民センター）	福岡県	春日市	原町	paren-building
A	〒816-0804福岡県春日市原町3丁目1-5	福岡県	春日市	原町	postal
B	福岡県春日市原町3-1-5	福岡県	春日市	原町	hyphen-chome
A	福岡県糸島市前原西一丁目一番一号	福岡県	糸島市	前原西	kanji
A	福岡県　糸島市　前原西1丁目1-1 県庁舎本館	福岡県	糸島市	前原西	spaces+building
A	福岡県糸島市前原西1丁目1番1号（東棟）	福岡県	糸島市	前原西	paren-building
B	福岡県糸島市前原西1-1-1	福岡県	糸島市	前原西	hyphen-chome
B	糸島市前原西1丁目1-1	福岡県	糸島市	前原西	no-prefecture
A	福岡県宗像市田島2331番地	福岡県	宗像市	田島	official
A	福岡県　宗像市　田島　2331〇〇荘 5号室	福岡県	宗像市	田島	spaces+building
A	811-3505 福岡県宗像市田島2331	福岡県	宗像市	田島	postal
B	宗像市田島2331	福岡県	宗像市	田島	no-prefecture
A	福岡県柳川市本町87番地1(B1F)	福岡県	柳川市	本町	paren-building
A	福岡県柳川市本町87番地の1	福岡県	柳川市	本町	banchi-no
A	福岡県柳川市本町８７－１	福岡県	柳川市	本町	fullwidth
B	柳川市本町87-1	福岡県	柳川市	本町	no-prefecture
A	福岡県那珂川市西隈1丁1-1	福岡県	那珂川市	西隈	chou
A	福岡県　那珂川市　西隈　1丁目1-1 第2松本ビル4F	福岡県	那珂川市	西隈	spaces+building
B	〒811-1242　那珂川市西隈1-1-1	福岡県	那珂川市	西隈	no-prefecture+hyphen-chome
B	福岡県那珂川市西隈1-1-1	福岡県	那珂川市	西隈	hyphen-chome
A	福岡県　糟屋郡宇美町　宇美　5丁目1-1ﾊｲﾂ ｻｸﾗ 201	福岡県	糟屋郡宇美町	宇美	spaces+building
A	福岡県糟屋郡宇美町宇美5丁目1−1	福岡県	糟屋郡宇美町	宇美	dash
B	福岡県宇美町宇美5丁目1番1号	福岡県	糟屋郡宇美町	宇美	no-gun
A	〒824-0121　福岡県京都郡みやこ町豊津1118	福岡県	京都郡みやこ町	豊津	postal
A	福岡県京都郡みやこ町豊津千百十八番地	福岡県	京都郡みやこ町	豊津	kanji
B	〒824-0121 京都郡みやこ町豊津1118	福岡県	京都郡みやこ町	豊津	no-prefecture
A	福岡県京都郡苅田町富久町1丁目19番地1	福岡県	京都郡苅田町	富久町	official
A	福岡県京都郡苅田町富久町一丁目19-1	福岡県	京都郡苅田町	富久町	kanji
B	京都郡苅田町富久町1丁目19-1	福岡県	京都郡苅田町	富久町	no-prefecture
A	福岡県北九州市八幡西区黒崎三丁目15-3	福岡県	北九州市八幡西区	黒崎	kanji
A	福岡県北九州市八幡西区黒崎３丁目１５－３	福岡県	北九州市八幡西区	黒崎	fullwidth
A	福岡県北九州市八幡西区黒崎3丁15-3	福岡県	北九州市八幡西区	黒崎	chou
B	福岡県北九州市黒崎3丁目15番3号	福岡県	北九州市八幡西区	黒崎	city-without-ward
A	福岡県北九州市門司区清滝1丁目1-1　〒801-0833	福岡県	北九州市門司区	清滝	postal-after
A	福岡県北九州市門司区清滝一丁目一番一号	福岡県	北九州市門司区	清滝	kanji
A	福岡県　北九州市門司区　清滝1丁目1-1 (受付)	福岡県	北九州市門司区	清滝	spaces+building
B	門司区清滝1丁目1-1	福岡県	北九州市門司区	清滝	ward-without-city
B	福岡県北九州市門司区清滝1-1-1	福岡県	北九州市門司区	清滝	hyphen-chome
B	北九州市門司区清滝1丁目1番1号	福岡県	北九州市門司区	清滝	no-prefecture
A	福岡県福岡市東区箱崎2丁目54番1号	福岡県	福岡市東区	箱崎	official
A	福岡県福岡市東区箱崎2丁目54番1号　本館	福岡県	福岡市東区	箱崎	paren-building
A	福岡県福岡市東区箱崎2丁54-1	福岡県	福岡市東区	箱崎	chou
B	福岡県福岡市東区箱崎2-54-1	福岡県	福岡市東区	箱崎	hyphen-chome
B	福岡市東区箱崎2丁目54番1号	福岡県	福岡市東区	箱崎	no-prefecture
A	福岡県福岡市早良区百道１丁目１８－１	福岡県	福岡市早良区	百道	fullwidth
A	福岡県福岡市早良区百道1丁目18ｰ1	福岡県	福岡市早良区	百道	dash
A	〒8140006 福岡県福岡市早良区百道1丁目18-1	福岡県	福岡市早良区	百道	postal
B	〒814-0006 福岡市早良区百道1丁目18-1	福岡県	福岡市早良区	百道	no-prefecture
A	福岡県三井郡大刀洗町冨多819番地	福岡県	三井郡大刀洗町	冨多	official
A	福岡県三井郡大刀洗町冨多８１９	福岡県	三井郡大刀洗町	冨多	fullwidth
A	福岡県三井郡大刀洗町富多819	福岡県	三井郡大刀洗町	冨多	variant
B	福岡県三井郡大刀洗町大字冨多819	福岡県	三井郡大刀洗町	冨多	oaza-prefix
B	三井郡大刀洗町冨多819	福岡県	三井郡大刀洗町	冨多	no-prefecture
A	福岡県朝倉郡東峰村小石原941番地	福岡県	朝倉郡東峰村	小石原	official
A	福岡県朝倉郡東峰村小石原九四一番地	福岡県	朝倉郡東峰村	小石原	kanji
A	〒8381601 福岡県朝倉郡東峰村小石原941	福岡県	朝倉郡東峰村	小石原	postal
B	福岡県朝倉郡東峰村大字小石原941	福岡県	朝倉郡東峰村	小石原	oaza-prefix
B	東峰村小石原941	福岡県	朝倉郡東峰村	小石原	no-prefecture+no-gun
A	福岡県田川郡添田町添田２１５１	福岡県	田川郡添田町	添田	fullwidth
A	福岡県田川郡添田町添田2151番地　第2庁舎	福岡県	田川郡添田町	添田	paren-building
B	福岡県田川郡添田町大字添田2151	福岡県	田川郡添田町	添田	oaza-prefix
B	添田町大字添田2151	福岡県	田川郡添田町	添田	oaza-prefix+omissions
B	福岡県添田町添田2151番地	福岡県	田川郡添田町	添田	no-gun
B	田川郡添田町添田2151	福岡県	田川郡添田町	添田	no-prefecture
A	佐賀県佐賀市城内1丁目1番59号	佐賀県	佐賀市	城内	official
A	〒840-0041 佐賀県佐賀市城内1丁目1-59	佐賀県	佐賀市	城内	postal
B	佐賀県佐賀市城内1-1-59	佐賀県	佐賀市	城内	hyphen-chome
B	〒840-0041　佐賀市城内1丁目1-59	佐賀県	佐賀市	城内	no-prefecture
A	佐賀県　佐賀市　栄町　1-1別館3階	佐賀県	佐賀市	栄町	spaces+building
A	〒8400803 佐賀県佐賀市栄町1-1	佐賀県	佐賀市	栄町	postal
B	〒840-0803　佐賀市栄町1-1	佐賀県	佐賀市	栄町	no-prefecture
A	佐賀県唐津市西城内１－１	佐賀県	唐津市	西城内	fullwidth
A	佐賀県唐津市西城内1—1	佐賀県	唐津市	西城内	dash
A	佐賀県唐津市西城内一番一号	佐賀県	唐津市	西城内	kanji
B	唐津市西城内1-1	佐賀県	唐津市	西城内	no-prefecture
A	〒841-0052 佐賀県鳥栖市宿町1118	佐賀県	鳥栖市	宿町	postal
A	佐賀県　鳥栖市　宿町1118 県庁舎本館	佐賀県	鳥栖市	宿町	spaces+building
B	鳥栖市宿町1118番地	佐賀県	鳥栖市	宿町	no-prefecture
A	佐賀県伊万里市立花町1355-1　〒848-0027	佐賀県	伊万里市	立花町	postal-after
A	848-0027 佐賀県伊万里市立花町1355-1	佐賀県	伊万里市	立花町	postal
A	佐賀県　伊万里市　立花町　1355-1 ﾊｲﾂ ｻｸﾗ 201	佐賀県	伊万里市	立花町	spaces+building
B	伊万里市立花町1355番地1	佐賀県	伊万里市	立花町	no-prefecture
A	佐賀県武雄市武雄町昭和１２－１０	佐賀県	武雄市	武雄町昭和	fullwidth
A	佐賀県 武雄市 武雄町昭和 12-10 サンハイツ101	佐賀県	武雄市	武雄町昭和	spaces+building
A	佐賀県武雄市武雄町昭和12―10	佐賀県	武雄市	武雄町昭和	dash
B	佐賀県武雄市武雄町大字昭和12番地10	佐賀県	武雄市	武雄町昭和	written-form
B	武雄市武雄町昭和12番地10	佐賀県	武雄市	武雄町昭和	no-prefecture
A	佐賀県鹿島市納富分2643番地1	佐賀県	鹿島市	納富分	official
A	佐賀県鹿島市納富分2643-1　〒849-1312	佐賀県	鹿島市	納富分	postal-after
A	佐賀県鹿島市納富分2643-1	佐賀県	鹿島市	納富分	kanji
B	佐賀県鹿島市大字納富分2643-1	佐賀県	鹿島市	納富分	oaza-prefix
B	鹿島市大字納富分2643-1	佐賀県	鹿島市	納富分	oaza-prefix+omissions
B	〒849-1312　鹿島市納富分2643-1	佐賀県	鹿島市	納富分	no-prefecture
A	佐賀県小城市三日月町長神田2312番地2	佐賀県	小城市	三日月町長神田	official
A	845-0021 佐賀県小城市三日月町長神田2312-2	佐賀県	小城市	三日月町長神田	postal
A	佐賀県小城市三日月町長神田２３１２－２	佐賀県	小城市	三日月町長神田	fullwidth
B	小城市三日月町長神田2312-2	佐賀県	小城市	三日月町長神田	no-prefecture
A	佐賀県多久市北多久町小侍7番地1	佐賀県	多久市	北多久町小侍	official
A	佐賀県多久市北多久町小侍7番地の1	佐賀県	多久市	北多久町小侍	banchi-no
B	佐賀県多久市北多久町大字小侍7番地1	佐賀県	多久市	北多久町小侍	written-form
B	多久市北多久町小侍7-1	佐賀県	多久市	北多久町小侍	no-prefecture
A	佐賀県神埼市神埼町神埼410番地（第2庁舎）	佐賀県	神埼市	神埼町神埼	paren-building
A	佐賀県 神埼市 神埼町神埼410 パークタワー２０階	佐賀県	神埼市	神埼町神埼	spaces+building
B	神埼市神埼町神埼410	佐賀県	神埼市	神埼町神埼	no-prefecture
A	佐賀県西松浦郡有田町立部乙２２０２	佐賀県	西松浦郡有田町	立部	fullwidth
A	佐賀県西松浦郡有田町立部乙2202番地(第2庁舎)	佐賀県	西松浦郡有田町	立部	paren-building
A	佐賀県西松浦郡有田町立部乙2202　〒849-4153	佐賀県	西松浦郡有田町	立部	postal-after
B	佐賀県有田町立部乙2202番地	佐賀県	西松浦郡有田町	立部	no-gun
A	佐賀県神埼郡吉野ヶ里町吉田321番地1	佐賀県	神埼郡吉野ヶ里町	吉田	official
A	佐賀県神埼郡吉野ヶ里町吉田321番地の1	佐賀県	神埼郡吉野ヶ里町	吉田	banchi-no
A	佐賀県神埼郡吉野ヶ里町吉田321ー1	佐賀県	神埼郡吉野ヶ里町	吉田	dash
A	佐賀県神埼郡吉野ケ里町吉田321-1	佐賀県	神埼郡吉野ヶ里町	吉田	variant
B	吉野ヶ里町吉田321-1	佐賀県	神埼郡吉野ヶ里町	吉田	no-prefecture+no-gun
A	佐賀県三養基郡みやき町東尾737-5 〒849-0113	佐賀県	三養基郡みやき町	東尾	postal-after
A	佐賀県三養基郡みやき町東尾737番地の5	佐賀県	三養基郡みやき町	東尾	banchi-no
A	佐賀県三養基郡みやき町東尾737番地5（本館）	佐賀県	三養基郡みやき町	東尾	paren-building
B	佐賀県三養基郡みやき町大字東尾737-5	佐賀県	三養基郡みやき町	東尾	oaza-prefix
B	佐賀県みやき町東尾737-5	佐賀県	三養基郡みやき町	東尾	no-gun
B	三養基郡みやき町東尾737-5	佐賀県	三養基郡みやき町	東尾	no-prefecture
A	長崎県長崎市尾上町3番1号	長崎県	長崎市	尾上町	official
A	長崎県長崎市尾上町3-1	長崎県	長崎市	尾上町	kanji
B	長崎市尾上町3-1	長崎県	長崎市	尾上町	no-prefecture
A	〒850-0874　長崎県長崎市魚の町4-1	長崎県	長崎市	魚の町	postal
A	長崎県　長崎市　魚の町　4-1 NTTビル7階	長崎県	長崎市	魚の町	spaces+building
A	長崎県長崎市魚ノ町4-1	長崎県	長崎市	魚の町	variant
B	〒850-0874　長崎市魚の町4-1	長崎県	長崎市	魚の町	no-prefecture
A	長崎県長崎市南山手町８－１	長崎県	長崎市	南山手町	fullwidth
A	長崎県 長崎市 南山手町8-1 ﾊｲﾂ ｻｸﾗ 201	長崎県	長崎市	南山手町	spaces+building
B	850-0931 長崎市南山手町8-1	長崎県	長崎市	南山手町	no-prefecture
A	長崎県　長崎市　松山町　2400 別館3階	長崎県	長崎市	松山町	spaces+building
A	852-8118 長崎県長崎市松山町2400	長崎県	長崎市	松山町	postal
B	長崎市松山町2400	長崎県	長崎市	松山町	no-prefecture
A	長崎県佐世保市八幡町1番10号	長崎県	佐世保市	八幡町	official
A	長崎県佐世保市八幡町1番10号(B1F)	長崎県	佐世保市	八幡町	paren-building
B	佐世保市八幡町1-10	長崎県	佐世保市	八幡町	no-prefecture
A	長崎県佐世保市ハウステンボス町1-1（〒859-3243）	長崎県	佐世保市	ハウステンボス町	postal-after
A	長崎県佐世保市ハウステンボス町1-1	長崎県	佐世保市	ハウステンボス町	kanji
B	佐世保市ハウステンボス町1-1	長崎県	佐世保市	ハウステンボス町	no-prefecture
A	長崎県諫早市東小路町7番1号	長崎県	諫早市	東小路町	official
A	長崎県諫早市東小路町７－１	長崎県	諫早市	東小路町	fullwidth
A	長崎県諫早市東小路町7‐1	長崎県	諫早市	東小路町	dash
B	諫早市東小路町7-1	長崎県	諫早市	東小路町	no-prefecture
A	長崎県大村市玖島1丁目25番地	長崎県	大村市	玖島	official
A	長崎県　大村市　玖島　1丁目25 コーポ山田 202号室	長崎県	大村市	玖島	spaces+building
A	〒8560834 長崎県大村市玖島1丁目25	長崎県	大村市	玖島	postal
B	大村市玖島1丁目25	長崎県	大村市	玖島	no-prefecture
B	長崎県大村市玖島1-25	長崎県	大村市	玖島	hyphen-chome
A	長崎県島原市上の町537　〒855-0045	長崎県	島原市	上の町	postal-after
A	長崎県島原市上の町５３７	長崎県	島原市	上の町	fullwidth
A	長崎県島原市上の町537番地 (第2庁舎)	長崎県	島原市	上の町	paren-building
B	〒8550045 島原市上の町537	長崎県	島原市	上の町	no-prefecture
A	長崎県五島市福江町1-1	長崎県	五島市	福江町	kanji
A	長崎県五島市福江町1番1号（東棟）	長崎県	五島市	福江町	paren-building
A	長崎県五島市福江町1-1　〒853-0007	長崎県	五島市	福江町	postal-after
B	五島市福江町1-1	長崎県	五島市	福江町	no-prefecture
A	長崎県対馬市厳原町国分1441番地（市民センター）	長崎県	対馬市	厳原町国分	paren-building
A	長崎県対馬市厳原町国分１４４１	長崎県	対馬市	厳原町国分	fullwidth
A	長崎県 対馬市 厳原町国分1441 本庁舎	長崎県	対馬市	厳原町国分	spaces+building
B	対馬市厳原町国分1441番地	長崎県	対馬市	厳原町国分	no-prefecture
A	長崎県壱岐市郷ノ浦町本村触562　〒811-5133	長崎県	壱岐市	郷ノ浦町本村触	postal-after
A	長崎県　壱岐市　郷ノ浦町本村触562 ﾊｲﾂ ｻｸﾗ 201	長崎県	壱岐市	郷ノ浦町本村触	spaces+building
B	壱岐市郷ノ浦町本村触562	長崎県	壱岐市	郷ノ浦町本村触	no-prefecture
A	長崎県平戸市岩の上町1508番地3	長崎県	平戸市	岩の上町	official
A	長崎県平戸市岩の上町1508－3	長崎県	平戸市	岩の上町	dash
B	平戸市岩の上町1508-3	長崎県	平戸市	岩の上町	no-prefecture
A	長崎県松浦市志佐町里免365 〒859-4502	長崎県	松浦市	志佐町里免	postal-after
A	〒859-4502長崎県松浦市志佐町里免365	長崎県	松浦市	志佐町里免	postal
B	松浦市志佐町里免365	長崎県	松浦市	志佐町里免	no-prefecture
A	長崎県西彼杵郡時津町浦郷274番地1	長崎県	西彼杵郡時津町	浦郷	official
A	長崎県西彼杵郡時津町浦郷274-1	長崎県	西彼杵郡時津町	浦郷	kanji
A	長崎県西彼杵郡時津町浦郷274番地の1	長崎県	西彼杵郡時津町	浦郷	banchi-no
B	長崎県時津町浦郷274番地1	長崎県	西彼杵郡時津町	浦郷	no-gun
B	時津町浦郷274-1	長崎県	西彼杵郡時津町	浦郷	no-prefecture+no-gun
B	〒851-2105西彼杵郡時津町浦郷274-1	長崎県	西彼杵郡時津町	浦郷	no-prefecture
A	長崎県南松浦郡新上五島町青方郷1585番地1	長崎県	南松浦郡新上五島町	青方郷	official
A	〒8574404 長崎県南松浦郡新上五島町青方郷1585-1	長崎県	南松浦郡新上五島町	青方郷	postal
A	長崎県南松浦郡新上五島町青方郷1585番地1 (本館)	長崎県	南松浦郡新上五島町	青方郷	paren-building
B	南松浦郡新上五島町青方郷1585-1	長崎県	南松浦郡新上五島町	青方郷	no-prefecture
B	新上五島町青方郷1585番地1	長崎県	南松浦郡新上五島町	青方郷	no-prefecture+no-gun
A	長崎県北松浦郡小値賀町笛吹郷2376番地1（B1F）	長崎県	北松浦郡小値賀町	笛吹郷	paren-building
A	長崎県 北松浦郡小値賀町 笛吹郷 2376-1 〇〇荘 5号室	長崎県	北松浦郡小値賀町	笛吹郷	spaces+building
A	長崎県北松浦郡小値賀町笛吹郷二千三百七十六番地一	長崎県	北松浦郡小値賀町	笛吹郷	kanji
B	〒8574701 北松浦郡小値賀町笛吹郷2376番地1	長崎県	北松浦郡小値賀町	笛吹郷	no-prefecture
B	長崎県小値賀町笛吹郷2376-1	長崎県	北松浦郡小値賀町	笛吹郷	no-gun
A	長崎県東彼杵郡波佐見町宿郷660番地	長崎県	東彼杵郡波佐見町	宿郷	official
A	長崎県東彼杵郡波佐見町宿郷６６０	長崎県	東彼杵郡波佐見町	宿郷	fullwidth
B	長崎県波佐見町宿郷660番地	長崎県	東彼杵郡波佐見町	宿郷	no-gun
A	熊本県熊本市中央区水前寺６丁目１８－１	熊本県	熊本市中央区	水前寺	fullwidth
A	熊本県熊本市中央区水前寺6丁目18-1　〒862-0950	熊本県	熊本市中央区	水前寺	postal-after
B	熊本県熊本市中央区水前寺6-18-1	熊本県	熊本市中央区	水前寺	hyphen-chome
B	熊本市中央区水前寺6丁目18-1	熊本県	熊本市中央区	水前寺	no-prefecture
B	中央区水前寺6-18-1	熊本県	熊本市中央区	水前寺	ward-without-city
A	熊本県熊本市中央区手取本町1番1号	熊本県	熊本市中央区	手取本町	official
A	熊本県熊本市中央区手取本町1-1（〒860-0808）	熊本県	熊本市中央区	手取本町	postal-after
A	〒860-0808 熊本県熊本市中央区手取本町1-1	熊本県	熊本市中央区	手取本町	postal
B	〒860-0808　熊本市中央区手取本町1-1	熊本県	熊本市中央区	手取本町	no-prefecture
B	熊本県中央区手取本町1-1	熊本県	熊本市中央区	手取本町	ward-without-city
A	熊本県熊本市中央区本丸1-1	熊本県	熊本市中央区	本丸	kanji
A	熊本県熊本市中央区本丸１－１	熊本県	熊本市中央区	本丸	fullwidth
B	熊本市中央区本丸1-1	熊本県	熊本市中央区	本丸	no-prefecture
B	中央区本丸1-1	熊本県	熊本市中央区	本丸	ward-without-city
A	熊本県八代市松江城町１－２５	熊本県	八代市	松江城町	fullwidth
A	熊本県八代市松江城町1‐25	熊本県	八代市	松江城町	dash
B	八代市松江城町1番25号	熊本県	八代市	松江城町	no-prefecture
A	熊本県人吉市下城本町1578番地1	熊本県	人吉市	下城本町	official
A	熊本県人吉市下城本町1578-1（〒868-0015）	熊本県	人吉市	下城本町	postal-after
B	人吉市下城本町1578-1	熊本県	人吉市	下城本町	no-prefecture
A	熊本県荒尾市宮内出目390番地	熊本県	荒尾市	宮内出目	official
A	熊本県荒尾市宮内出目390　〒864-0003	熊本県	荒尾市	宮内出目	postal-after
B	〒8640003 荒尾市宮内出目390	熊本県	荒尾市	宮内出目	no-prefecture
A	熊本県水俣市陣内1丁目1番1号	熊本県	水俣市	陣内	official
A	熊本県 水俣市 陣内1丁目1-1ﾊｲﾂ ｻｸﾗ 201	熊本県	水俣市	陣内	spaces+building
B	熊本県水俣市陣内1-1-1	熊本県	水俣市	陣内	hyphen-chome
B	水俣市陣内1丁目1番1号	熊本県	水俣市	陣内	no-prefecture
A	熊本県玉名市岩崎163（〒865-0016）	熊本県	玉名市	岩崎	postal-after
A	熊本県玉名市岩崎163	熊本県	玉名市	岩崎	kanji
A	熊本県　玉名市　岩崎　163県庁舎本館	熊本県	玉名市	岩崎	spaces+building
B	玉名市岩崎163番地	熊本県	玉名市	岩崎	no-prefecture
A	熊本県天草市東浜町8番1号	熊本県	天草市	東浜町	official
A	熊本県天草市東浜町８－１	熊本県	天草市	東浜町	fullwidth
A	熊本県天草市東浜町8番1号　B1F	熊本県	天草市	東浜町	paren-building
B	〒863-0014　天草市東浜町8-1	熊本県	天草市	東浜町	no-prefecture
A	熊本県山鹿市山鹿987番地3	熊本県	山鹿市	山鹿	official
A	熊本県山鹿市山鹿987番地の3	熊本県	山鹿市	山鹿	banchi-no
B	山鹿市山鹿987-3	熊本県	山鹿市	山鹿	no-prefecture
A	熊本県菊池市隈府888番地(本館)	熊本県	菊池市	隈府	paren-building
A	熊本県　菊池市　隈府888コーポ山田 202号室	熊本県	菊池市	隈府	spaces+building
B	菊池市隈府888	熊本県	菊池市	隈府	no-prefecture
A	熊本県阿蘇市一の宮町宮地504番地1	熊本県	阿蘇市	一の宮町宮地	official
A	熊本県阿蘇市一の宮町宮地504番地1（市民センター）	熊本県	阿蘇市	一の宮町宮地	paren-building
A	熊本県 阿蘇市 一の宮町宮地 504-1 市役所本庁舎 2階	熊本県	阿蘇市	一の宮町宮地	spaces+building
A	熊本県阿蘇市一ノ宮町宮地504-1	熊本県	阿蘇市	一の宮町宮地	variant
B	〒8692612 阿蘇市一ノ宮町宮地504番地1	熊本県	阿蘇市	一の宮町宮地	no-prefecture
A	熊本県上益城郡益城町宮園702番地	熊本県	上益城郡益城町	宮園	official
A	熊本県上益城郡益城町宮園702 〒861-2241	熊本県	上益城郡益城町	宮園	postal-after
A	〒861-2241　熊本県上益城郡益城町宮園702	熊本県	上益城郡益城町	宮園	postal
B	熊本県上益城郡益城町大字宮園702	熊本県	上益城郡益城町	宮園	oaza-prefix
B	益城町宮園702	熊本県	上益城郡益城町	宮園	no-prefecture+no-gun
A	熊本県菊池郡菊陽町久保田2800番地	熊本県	菊池郡菊陽町	久保田	official
A	〒869-1103 熊本県菊池郡菊陽町久保田2800	熊本県	菊池郡菊陽町	久保田	postal
B	熊本県菊池郡菊陽町大字久保田2800	熊本県	菊池郡菊陽町	久保田	oaza-prefix
B	菊池郡菊陽町久保田2800	熊本県	菊池郡菊陽町	久保田	no-prefecture
A	熊本県熊本市北区植木町岩野238番地の1	熊本県	熊本市北区	植木町岩野	banchi-no
A	熊本県熊本市北区植木町岩野238-1　〒861-0136	熊本県	熊本市北区	植木町岩野	postal-after
B	熊本市北区植木町岩野238-1	熊本県	熊本市北区	植木町岩野	no-prefecture
B	熊本県熊本市植木町岩野238-1	熊本県	熊本市北区	植木町岩野	city-without-ward
B	北区植木町岩野238-1	熊本県	熊本市北区	植木町岩野	ward-without-city
A	熊本県熊本市南区富合町清藤405番地3	熊本県	熊本市南区	富合町清藤	official
A	熊本県熊本市南区富合町清藤405番地3 (第2庁舎)	熊本県	熊本市南区	富合町清藤	paren-building
B	熊本市南区富合町清藤405-3	熊本県	熊本市南区	富合町清藤	no-prefecture
B	南区富合町清藤405-3	熊本県	熊本市南区	富合町清藤	ward-without-city
B	熊本市富合町清藤405-3	熊本県	熊本市南区	富合町清藤	city-without-ward
A	熊本県熊本市西区小島2丁目7番1号	熊本県	熊本市西区	小島	official
A	熊本県熊本市西区小島2丁7-1	熊本県	熊本市西区	小島	chou
A	熊本県熊本市西区小島2丁目7-1 〒861-5287	熊本県	熊本市西区	小島	postal-after
B	西区小島2丁目7-1	熊本県	熊本市西区	小島	ward-without-city
A	大分県大分市大手町3丁目1—1	大分県	大分市	大手町	dash
A	大分県大分市大手町3丁目1番1号(本館)	大分県	大分市	大手町	paren-building
A	大分県大分市大手町三丁目一番一号	大分県	大分市	大手町	kanji
B	大分市大手町3-1-1	大分県	大分市	大手町	no-prefecture+hyphen-chome
B	大分県大分市大手町3-1-1	大分県	大分市	大手町	hyphen-chome
A	〒8700046 大分県大分市荷揚町2-31	大分県	大分市	荷揚町	postal
A	大分県大分市荷揚町2—31	大分県	大分市	荷揚町	dash
A	大分県大分市荷揚町２－３１	大分県	大分市	荷揚町	fullwidth
B	〒870-0046大分市荷揚町2-31	大分県	大分市	荷揚町	no-prefecture
A	大分県別府市上野口町1番15号	大分県	別府市	上野口町	official
A	大分県別府市上野口町１－１５	大分県	別府市	上野口町	fullwidth
A	大分県別府市上野口町1番15号　B1F	大分県	別府市	上野口町	paren-building
B	別府市上野口町1-15	大分県	別府市	上野口町	no-prefecture
A	大分県中津市豊田町14―3	大分県	中津市	豊田町	dash
A	大分県中津市豊田町14番地3(第2庁舎)	大分県	中津市	豊田町	paren-building
B	中津市豊田町14-3	大分県	中津市	豊田町	no-prefecture
A	大分県日田市田島2丁目6番1号	大分県	日田市	田島	official
A	大分県日田市田島2丁目6-1（〒877-0023）	大分県	日田市	田島	postal-after
B	大分県日田市田島2-6-1	大分県	日田市	田島	hyphen-chome
B	日田市田島2丁目6-1	大分県	日田市	田島	no-prefecture
A	大分県佐伯市中村南町1番1号	大分県	佐伯市	中村南町	official
A	大分県 佐伯市 中村南町 1-1 1F	大分県	佐伯市	中村南町	spaces+building
A	〒876-0854大分県佐伯市中村南町1-1	大分県	佐伯市	中村南町	postal
B	佐伯市中村南町1番1号	大分県	佐伯市	中村南町	no-prefecture
A	大分県臼杵市臼杵72番1	大分県	臼杵市	臼杵	official
A	大分県臼杵市臼杵72ｰ1	大分県	臼杵市	臼杵	dash
A	〒875-0041　大分県臼杵市臼杵72-1	大分県	臼杵市	臼杵	postal
B	大分県臼杵市大字臼杵72番1	大分県	臼杵市	臼杵	oaza-prefix
B	臼杵市大字臼杵72-1	大分県	臼杵市	臼杵	oaza-prefix+omissions
B	臼杵市臼杵72-1	大分県	臼杵市	臼杵	no-prefecture
A	大分県宇佐市南宇佐2859番地	大分県	宇佐市	南宇佐	official
A	大分県宇佐市南宇佐2859 〒872-0102	大分県	宇佐市	南宇佐	postal-after
A	〒872-0102　大分県宇佐市南宇佐2859	大分県	宇佐市	南宇佐	postal
B	872-0102 宇佐市南宇佐2859番地	大分県	宇佐市	南宇佐	no-prefecture
A	大分県由布市庄内町柿原302番地（第2庁舎）	大分県	由布市	庄内町柿原	paren-building
A	大分県　由布市　庄内町柿原302第2松本ビル4F	大分県	由布市	庄内町柿原	spaces+building
B	由布市庄内町柿原302	大分県	由布市	庄内町柿原	no-prefecture
A	大分県豊後大野市三重町市場1200	大分県	豊後大野市	三重町市場	kanji
A	〒879-7131 大分県豊後大野市三重町市場1200	大分県	豊後大野市	三重町市場	postal
A	大分県豊後大野市三重町市場1200（〒879-7131）	大分県	豊後大野市	三重町市場	postal-after
B	豊後大野市三重町市場1200番地	大分県	豊後大野市	三重町市場	no-prefecture
A	大分県国東市国東町鶴川149番地	大分県	国東市	国東町鶴川	official
A	大分県国東市国東町鶴川百四十九番地	大分県	国東市	国東町鶴川	kanji
A	大分県国東市国東町鶴川１４９	大分県	国東市	国東町鶴川	fullwidth
B	国東市国東町鶴川149	大分県	国東市	国東町鶴川	no-prefecture
A	大分県杵築市杵築377番地1	大分県	杵築市	杵築	official
A	〒8730001 大分県杵築市杵築377-1	大分県	杵築市	杵築	postal
A	大分県杵築市杵築377番地1 (第2庁舎)	大分県	杵築市	杵築	paren-building
B	大分県杵築市大字杵築377-1	大分県	杵築市	杵築	oaza-prefix
B	杵築市大字杵築377-1	大分県	杵築市	杵築	oaza-prefix+omissions
A	大分県玖珠郡九重町後野上8番地1(市民センター)	大分県	玖珠郡九重町	後野上	paren-building
A	大分県玖珠郡九重町後野上8ｰ1	大分県	玖珠郡九重町	後野上	dash
A	大分県玖珠郡九重町後野上８－１	大分県	玖珠郡九重町	後野上	fullwidth
B	大分県玖珠郡九重町大字後野上8-1	大分県	玖珠郡九重町	後野上	oaza-prefix
B	玖珠郡九重町後野上8番地1	大分県	玖珠郡九重町	後野上	no-prefecture
B	大分県九重町後野上8-1	大分県	玖珠郡九重町	後野上	no-gun
A	宮崎県宮崎市橘通東２丁目１０－１	宮崎県	宮崎市	橘通東	fullwidth
A	宮崎県宮崎市橘通東2丁目10‐1	宮崎県	宮崎市	橘通東	dash
A	宮崎県　宮崎市　橘通東2丁目10-1 市役所本庁舎 2階	宮崎県	宮崎市	橘通東	spaces+building
B	宮崎県宮崎市橘通東2-10-1	宮崎県	宮崎市	橘通東	hyphen-chome
A	宮崎県宮崎市橘通西1丁目1番1号	宮崎県	宮崎市	橘通西	official
A	宮崎県宮崎市橘通西1丁1-1	宮崎県	宮崎市	橘通西	chou
A	宮崎県 宮崎市 橘通西1丁目1-1 市役所本庁舎 2階	宮崎県	宮崎市	橘通西	spaces+building
B	880-0001 宮崎市橘通西1丁目1-1	宮崎県	宮崎市	橘通西	no-prefecture
B	宮崎県宮崎市橘通西1-1-1	宮崎県	宮崎市	橘通西	hyphen-chome
A	〒885-0073　宮崎県都城市姫城町6街区21	宮崎県	都城市	姫城町	postal
A	宮崎県都城市姫城町六街区二十一号	宮崎県	都城市	姫城町	kanji
A	宮崎県都城市姫城町6街区21号（市民センター）	宮崎県	都城市	姫城町	paren-building
B	〒885-0073　都城市姫城町6街区21号	宮崎県	都城市	姫城町	no-prefecture
A	宮崎県延岡市東本小路2-1	宮崎県	延岡市	東本小路	kanji
A	宮崎県延岡市東本小路2番地の1	宮崎県	延岡市	東本小路	banchi-no
A	宮崎県延岡市東本小路2-1（〒882-0813）	宮崎県	延岡市	東本小路	postal-after
B	延岡市東本小路2-1	宮崎県	延岡市	東本小路	no-prefecture
A	宮崎県日南市中央通一丁目1-1	宮崎県	日南市	中央通	kanji
A	宮崎県日南市中央通１丁目１－１	宮崎県	日南市	中央通	fullwidth
B	宮崎県日南市中央通1-1-1	宮崎県	日南市	中央通	hyphen-chome
B	日南市中央通1-1-1	宮崎県	日南市	中央通	no-prefecture+hyphen-chome
A	宮崎県小林市細野300　〒886-0004	宮崎県	小林市	細野	postal-after
A	宮崎県小林市細野３００	宮崎県	小林市	細野	fullwidth
B	〒886-0004小林市細野300	宮崎県	小林市	細野	no-prefecture
A	宮崎県日向市本町10番5号	宮崎県	日向市	本町	official
A	〒8830045 宮崎県日向市本町10-5	宮崎県	日向市	本町	postal
A	宮崎県　日向市　本町10-5 メゾン・ド・ソレイユ 301	宮崎県	日向市	本町	spaces+building
B	883-0045 日向市本町10-5	宮崎県	日向市	本町	no-prefecture
A	宮崎県西都市聖陵町二丁目1	宮崎県	西都市	聖陵町	kanji
A	〒881-0015 宮崎県西都市聖陵町2丁目1	宮崎県	西都市	聖陵町	postal
B	西都市聖陵町2丁目1	宮崎県	西都市	聖陵町	no-prefecture
B	宮崎県西都市聖陵町2-1	宮崎県	西都市	聖陵町	hyphen-chome
A	宮崎県西臼杵郡高千穂町三田井13番地	宮崎県	西臼杵郡高千穂町	三田井	official
A	宮崎県西臼杵郡高千穂町三田井13　〒882-1101	宮崎県	西臼杵郡高千穂町	三田井	postal-after
A	宮崎県西臼杵郡高千穂町三田井１３	宮崎県	西臼杵郡高千穂町	三田井	fullwidth
B	宮崎県西臼杵郡高千穂町大字三田井13	宮崎県	西臼杵郡高千穂町	三田井	oaza-prefix
B	高千穂町大字三田井13	宮崎県	西臼杵郡高千穂町	三田井	oaza-prefix+omissions
B	宮崎県高千穂町三田井13	宮崎県	西臼杵郡高千穂町	三田井	no-gun
A	宮崎県宮崎市青島2丁目13–1	宮崎県	宮崎市	青島	dash
A	宮崎県宮崎市青島2丁目13番1号　B1F	宮崎県	宮崎市	青島	paren-building
A	宮崎県宮崎市青島２丁目１３－１	宮崎県	宮崎市	青島	fullwidth
B	宮崎市青島2丁目13-1	宮崎県	宮崎市	青島	no-prefecture
B	宮崎県宮崎市青島2-13-1	宮崎県	宮崎市	青島	hyphen-chome
A	宮崎県日南市宮浦3232　〒887-0101	宮崎県	日南市	宮浦	postal-after
A	宮崎県日南市宮浦3232	宮崎県	日南市	宮浦	kanji
B	宮崎県日南市大字宮浦3232	宮崎県	日南市	宮浦	oaza-prefix
B	日南市宮浦3232	宮崎県	日南市	宮浦	no-prefecture
A	宮崎県児湯郡高鍋町上江8437番地	宮崎県	児湯郡高鍋町	上江	official
A	宮崎県児湯郡高鍋町上江8437　〒884-0006	宮崎県	児湯郡高鍋町	上江	postal-after
A	宮崎県　児湯郡高鍋町　上江8437 ﾊｲﾂ ｻｸﾗ 201	宮崎県	児湯郡高鍋町	上江	spaces+building
B	宮崎県児湯郡高鍋町大字上江8437	宮崎県	児湯郡高鍋町	上江	oaza-prefix
B	高鍋町上江8437番地	宮崎県	児湯郡高鍋町	上江	no-prefecture+no-gun
A	宮崎県東諸県郡綾町南俣515番地（B1F）	宮崎県	東諸県郡綾町	南俣	paren-building
A	〒8801303 宮崎県東諸県郡綾町南俣515	宮崎県	東諸県郡綾町	南俣	postal
B	宮崎県東諸県郡綾町大字南俣515	宮崎県	東諸県郡綾町	南俣	oaza-prefix
B	〒880-1303東諸県郡綾町南俣515番地	宮崎県	東諸県郡綾町	南俣	no-prefecture
A	宮崎県えびの市栗下1292番地	宮崎県	えびの市	栗下	official
A	宮崎県えびの市栗下1292番地（本館）	宮崎県	えびの市	栗下	paren-building
B	宮崎県えびの市大字栗下1292	宮崎県	えびの市	栗下	oaza-prefix
B	えびの市栗下1292	宮崎県	えびの市	栗下	no-prefecture
A	宮崎県北諸県郡三股町五本松1番地1	宮崎県	北諸県郡三股町	五本松	official
A	宮崎県北諸県郡三股町五本松１－１	宮崎県	北諸県郡三股町	五本松	fullwidth
B	北諸県郡三股町五本松1番地1	宮崎県	北諸県郡三股町	五本松	no-prefecture
B	三股町五本松1-1	宮崎県	北諸県郡三股町	五本松	no-prefecture+no-gun
A	鹿児島県鹿児島市鴨池新町10番1号	鹿児島県	鹿児島市	鴨池新町	official
A	鹿児島県鹿児島市鴨池新町１０－１	鹿児島県	鹿児島市	鴨池新町	fullwidth
A	鹿児島県鹿児島市鴨池新町10－1	鹿児島県	鹿児島市	鴨池新町	dash
B	鹿児島市鴨池新町10番1号	鹿児島県	鹿児島市	鴨池新町	no-prefecture
A	鹿児島県鹿児島市山下町11番1号	鹿児島県	鹿児島市	山下町	official
A	鹿児島県鹿児島市山下町11−1	鹿児島県	鹿児島市	山下町	dash
A	〒892-0816 鹿児島県鹿児島市山下町11-1	鹿児島県	鹿児島市	山下町	postal
B	鹿児島市山下町11番1号	鹿児島県	鹿児島市	山下町	no-prefecture
A	鹿児島県鹿児島市中央町1番1号	鹿児島県	鹿児島市	中央町	official
A	鹿児島県　鹿児島市　中央町1-1NTTビル7階	鹿児島県	鹿児島市	中央町	spaces+building
A	鹿児島県鹿児島市中央町１－１	鹿児島県	鹿児島市	中央町	fullwidth
B	鹿児島市中央町1-1	鹿児島県	鹿児島市	中央町	no-prefecture
A	鹿児島県霧島市霧島田口2608-5	鹿児島県	霧島市	霧島田口	kanji
A	鹿児島県霧島市霧島田口2608番地の5	鹿児島県	霧島市	霧島田口	banchi-no
A	鹿児島県霧島市霧島田口２６０８－５	鹿児島県	霧島市	霧島田口	fullwidth
B	霧島市霧島田口2608-5	鹿児島県	霧島市	霧島田口	no-prefecture
A	鹿児島県霧島市国分中央3丁45-1	鹿児島県	霧島市	国分中央	chou
A	鹿児島県霧島市国分中央三丁目45-1	鹿児島県	霧島市	国分中央	kanji
B	鹿児島県霧島市国分中央3-45-1	鹿児島県	霧島市	国分中央	hyphen-chome
B	〒899-4332霧島市国分中央3-45-1	鹿児島県	霧島市	国分中央	no-prefecture+hyphen-chome
A	鹿児島県　鹿屋市　共栄町　20-1 ハイツ一番館 102	鹿児島県	鹿屋市	共栄町	spaces+building
A	鹿児島県鹿屋市共栄町二十番一号	鹿児島県	鹿屋市	共栄町	kanji
B	鹿屋市共栄町20番1号	鹿児島県	鹿屋市	共栄町	no-prefecture
A	鹿児島県薩摩川内市神田町3番22号	鹿児島県	薩摩川内市	神田町	official
A	鹿児島県薩摩川内市神田町3ｰ22	鹿児島県	薩摩川内市	神田町	dash
B	薩摩川内市神田町3-22	鹿児島県	薩摩川内市	神田町	no-prefecture
A	鹿児島県奄美市名瀬幸町25番8号	鹿児島県	奄美市	名瀬幸町	official
A	鹿児島県奄美市名瀬幸町25-8	鹿児島県	奄美市	名瀬幸町	kanji
A	〒8940025 鹿児島県奄美市名瀬幸町25-8	鹿児島県	奄美市	名瀬幸町	postal
B	奄美市名瀬幸町25番8号	鹿児島県	奄美市	名瀬幸町	no-prefecture
A	鹿児島県 熊毛郡屋久島町 小瀬田 849-20 メゾン・ド・ソレイユ 301	鹿児島県	熊毛郡屋久島町	小瀬田	spaces+building
A	鹿児島県熊毛郡屋久島町小瀬田849-20	鹿児島県	熊毛郡屋久島町	小瀬田	kanji
A	鹿児島県熊毛郡屋久島町小瀬田８４９－２０	鹿児島県	熊毛郡屋久島町	小瀬田	fullwidth
B	熊毛郡屋久島町小瀬田849番地20	鹿児島県	熊毛郡屋久島町	小瀬田	no-prefecture
A	鹿児島県指宿市十町2424番地　本館	鹿児島県	指宿市	十町	paren-building
A	鹿児島県 指宿市 十町 2424 シティプラザ East 1102	鹿児島県	指宿市	十町	spaces+building
A	鹿児島県指宿市十町２４２４	鹿児島県	指宿市	十町	fullwidth
B	指宿市十町2424	鹿児島県	指宿市	十町	no-prefecture
A	鹿児島県枕崎市千代田町27番地	鹿児島県	枕崎市	千代田町	official
A	鹿児島県枕崎市千代田町27（〒898-0012）	鹿児島県	枕崎市	千代田町	postal-after
A	鹿児島県枕崎市千代田町27番地　第2庁舎	鹿児島県	枕崎市	千代田町	paren-building
B	枕崎市千代田町27番地	鹿児島県	枕崎市	千代田町	no-prefecture
A	鹿児島県出水市緑町1番3号	鹿児島県	出水市	緑町	official
A	鹿児島県出水市緑町1ー3	鹿児島県	出水市	緑町	dash
B	出水市緑町1-3	鹿児島県	出水市	緑町	no-prefecture
A	鹿児島県大島郡与論町茶花32番地1	鹿児島県	大島郡与論町	茶花	official
A	鹿児島県　大島郡与論町　茶花32-1NTTビル7階	鹿児島県	大島郡与論町	茶花	spaces+building
A	鹿児島県大島郡与論町茶花３２－１	鹿児島県	大島郡与論町	茶花	fullwidth
B	鹿児島県大島郡与論町大字茶花32-1	鹿児島県	大島郡与論町	茶花	oaza-prefix
B	与論町茶花32-1	鹿児島県	大島郡与論町	茶花	no-prefecture+no-gun
A	鹿児島県大島郡徳之島町亀津7203（〒891-7101）	鹿児島県	大島郡徳之島町	亀津	postal-after
A	鹿児島県大島郡徳之島町亀津７２０３	鹿児島県	大島郡徳之島町	亀津	fullwidth
B	徳之島町亀津7203	鹿児島県	大島郡徳之島町	亀津	no-prefecture+no-gun
B	大島郡徳之島町亀津7203	鹿児島県	大島郡徳之島町	亀津	no-prefecture
B	鹿児島県徳之島町亀津7203	鹿児島県	大島郡徳之島町	亀津	no-gun
A	鹿児島県熊毛郡南種子町中之上1793番地1	鹿児島県	熊毛郡南種子町	中之上	official
A	鹿児島県熊毛郡南種子町中之上1793番地の1	鹿児島県	熊毛郡南種子町	中之上	banchi-no
A	鹿児島県熊毛郡南種子町中之上1793番地1(B1F)	鹿児島県	熊毛郡南種子町	中之上	paren-building
B	熊毛郡南種子町中之上1793-1	鹿児島県	熊毛郡南種子町	中之上	no-prefecture
B	鹿児島県南種子町中之上1793-1	鹿児島県	熊毛郡南種子町	中之上	no-gun
B	南種子町中之上1793-1	鹿児島県	熊毛郡南種子町	中之上	no-prefecture+no-gun
A	鹿児島県姶良市宮島町25番地	鹿児島県	姶良市	宮島町	official
A	鹿児島県姶良市宮島町二十五番地	鹿児島県	姶良市	宮島町	kanji
B	姶良市宮島町25番地	鹿児島県	姶良市	宮島町	no-prefecture
A	〒897-0003鹿児島県南さつま市加世田川畑2648	鹿児島県	南さつま市	加世田川畑	postal
A	鹿児島県 南さつま市 加世田川畑2648 ABCマンション１０３号	鹿児島県	南さつま市	加世田川畑	spaces+building
B	南さつま市加世田川畑2648	鹿児島県	南さつま市	加世田川畑	no-prefecture
A	〒9000021 沖縄県那覇市泉崎1丁目2-2	沖縄県	那覇市	泉崎	postal
A	沖縄県那覇市泉崎1丁目2-2 〒900-0021	沖縄県	那覇市	泉崎	postal-after
B	沖縄県那覇市泉崎1-2-2	沖縄県	那覇市	泉崎	hyphen-chome
B	那覇市泉崎1丁目2番2号	沖縄県	那覇市	泉崎	no-prefecture
A	沖縄県那覇市泉崎1丁目1－1	沖縄県	那覇市	泉崎	dash
A	沖縄県那覇市泉崎1丁目1-1　〒900-0021	沖縄県	那覇市	泉崎	postal-after
B	沖縄県那覇市泉崎1-1-1	沖縄県	那覇市	泉崎	hyphen-chome
B	那覇市泉崎1-1-1	沖縄県	那覇市	泉崎	no-prefecture+hyphen-chome
A	沖縄県那覇市首里金城町1丁目2番地	沖縄県	那覇市	首里金城町	official
A	沖縄県那覇市首里金城町一丁目2	沖縄県	那覇市	首里金城町	kanji
A	〒903-0815沖縄県那覇市首里金城町1丁目2	沖縄県	那覇市	首里金城町	postal
B	沖縄県那覇市首里金城町1-2	沖縄県	那覇市	首里金城町	hyphen-chome
A	沖縄県那覇市鏡水１５０	沖縄県	那覇市	鏡水	fullwidth
A	〒901-0142　沖縄県那覇市鏡水150	沖縄県	那覇市	鏡水	postal
B	那覇市鏡水150	沖縄県	那覇市	鏡水	no-prefecture
A	沖縄県国頭郡本部町石川424番地	沖縄県	国頭郡本部町	石川	official
A	沖縄県国頭郡本部町石川424　〒905-0206	沖縄県	国頭郡本部町	石川	postal-after
B	沖縄県国頭郡本部町字石川424	沖縄県	国頭郡本部町	石川	oaza-prefix
B	国頭郡本部町石川424	沖縄県	国頭郡本部町	石川	no-prefecture
A	沖縄県沖縄市仲宗根町26-1　〒904-0014	沖縄県	沖縄市	仲宗根町	postal-after
A	沖縄県沖縄市仲宗根町26-1	沖縄県	沖縄市	仲宗根町	kanji
A	〒904-0014　沖縄県沖縄市仲宗根町26-1	沖縄県	沖縄市	仲宗根町	postal
B	沖縄市仲宗根町26番1号	沖縄県	沖縄市	仲宗根町	no-prefecture
A	沖縄県宜野湾市野嵩1丁目1番1号	沖縄県	宜野湾市	野嵩	official
A	901-2203 沖縄県宜野湾市野嵩1丁目1-1	沖縄県	宜野湾市	野嵩	postal
B	沖縄県宜野湾市野嵩1-1-1	沖縄県	宜野湾市	野嵩	hyphen-chome
B	〒901-2203宜野湾市野嵩1丁目1-1	沖縄県	宜野湾市	野嵩	no-prefecture
A	沖縄県浦添市安波茶1丁目1番1号	沖縄県	浦添市	安波茶	official
A	沖縄県浦添市安波茶1丁目1番1号（第2庁舎）	沖縄県	浦添市	安波茶	paren-building
A	〒901-2114沖縄県浦添市安波茶1丁目1-1	沖縄県	浦添市	安波茶	postal
B	〒901-2114 浦添市安波茶1丁目1番1号	沖縄県	浦添市	安波茶	no-prefecture
A	沖縄県名護市港1丁目1番1号	沖縄県	名護市	港	official
A	沖縄県名護市港1丁目1番1号　B1F	沖縄県	名護市	港	paren-building
A	沖縄県名護市港1丁目1—1	沖縄県	名護市	港	dash
B	名護市港1丁目1番1号	沖縄県	名護市	港	no-prefecture
A	沖縄県うるま市みどり町1丁目1番1号	沖縄県	うるま市	みどり町	official
A	沖縄県うるま市みどり町1丁目1ｰ1	沖縄県	うるま市	みどり町	dash
B	うるま市みどり町1丁目1-1	沖縄県	うるま市	みどり町	no-prefecture
B	沖縄県うるま市みどり町1-1-1	沖縄県	うるま市	みどり町	hyphen-chome
A	907-0002 沖縄県石垣市真栄里672	沖縄県	石垣市	真栄里	postal
A	沖縄県　石垣市　真栄里672 ﾊｲﾂ ｻｸﾗ 201	沖縄県	石垣市	真栄里	spaces+building
B	石垣市真栄里672	沖縄県	石垣市	真栄里	no-prefecture
A	沖縄県 宮古島市 平良西里1140市役所本庁舎 2階	沖縄県	宮古島市	平良西里	spaces+building
A	沖縄県宮古島市平良西里1140番地　市民センター	沖縄県	宮古島市	平良西里	paren-building
B	沖縄県宮古島市平良字西里1140番地	沖縄県	宮古島市	平良西里	written-form
B	〒906-0012宮古島市平良西里1140番地	沖縄県	宮古島市	平良西里	no-prefecture
A	沖縄県八重山郡与那国町与那国129番地	沖縄県	八重山郡与那国町	与那国	official
A	沖縄県八重山郡与那国町与那国129　〒907-1801	沖縄県	八重山郡与那国町	与那国	postal-after
B	沖縄県八重山郡与那国町字与那国129番地	沖縄県	八重山郡与那国町	与那国	oaza-prefix
B	八重山郡与那国町与那国129	沖縄県	八重山郡与那国町	与那国	no-prefecture
B	与那国町与那国129	沖縄県	八重山郡与那国町	与那国	no-prefecture+no-gun
B	沖縄県与那国町与那国129	沖縄県	八重山郡与那国町	与那国	no-gun
A	沖縄県中頭郡読谷村座喜味2901番地	沖縄県	中頭郡読谷村	座喜味	official
A	沖縄県中頭郡読谷村座喜味2901	沖縄県	中頭郡読谷村	座喜味	kanji
A	沖縄県中頭郡読谷村座喜味2901番地 (B1F)	沖縄県	中頭郡読谷村	座喜味	paren-building
B	沖縄県中頭郡読谷村字座喜味2901番地	沖縄県	中頭郡読谷村	座喜味	oaza-prefix
B	沖縄県読谷村字座喜味2901	沖縄県	中頭郡読谷村	座喜味	oaza-prefix+omissions
A	沖縄県島尻郡久米島町比嘉2870	沖縄県	島尻郡久米島町	比嘉	kanji
A	〒901-3108　沖縄県島尻郡久米島町比嘉2870	沖縄県	島尻郡久米島町	比嘉	postal
B	沖縄県島尻郡久米島町字比嘉2870	沖縄県	島尻郡久米島町	比嘉	oaza-prefix
B	久米島町比嘉2870	沖縄県	島尻郡久米島町	比嘉	no-prefecture+no-gun
A	沖縄県中頭郡北谷町桑江１丁目１－１	沖縄県	中頭郡北谷町	桑江	fullwidth
A	沖縄県中頭郡北谷町桑江1丁目1番1号　本館	沖縄県	中頭郡北谷町	桑江	paren-building
A	沖縄県中頭郡北谷町桑江一丁目1-1	沖縄県	中頭郡北谷町	桑江	kanji
B	沖縄県中頭郡北谷町桑江1-1-1	沖縄県	中頭郡北谷町	桑江	hyphen-chome
B	〒904-0103　中頭郡北谷町桑江1丁目1-1	沖縄県	中頭郡北谷町	桑江	no-prefecture
A	沖縄県国頭郡恩納村恩納2451番地	沖縄県	国頭郡恩納村	恩納	official
A	〒9040411 沖縄県国頭郡恩納村恩納2451	沖縄県	国頭郡恩納村	恩納	postal
B	沖縄県国頭郡恩納村字恩納2451番地	沖縄県	国頭郡恩納村	恩納	oaza-prefix
B	沖縄県恩納村恩納2451番地	沖縄県	国頭郡恩納村	恩納	no-gun
B	恩納村恩納2451	沖縄県	国頭郡恩納村	恩納	no-prefecture+no-gun
A	沖縄県糸満市潮崎町1丁目1番地	沖縄県	糸満市	潮崎町	official
A	〒901-0364沖縄県糸満市潮崎町1丁目1	沖縄県	糸満市	潮崎町	postal
A	沖縄県糸満市潮崎町１丁目１	沖縄県	糸満市	潮崎町	fullwidth
B	沖縄県糸満市潮崎町1-1	沖縄県	糸満市	潮崎町	hyphen-chome
B	〒901-0364　糸満市潮崎町1丁目1	沖縄県	糸満市	潮崎町	no-prefecture
A	沖縄県豊見城市翁長854ー1	沖縄県	豊見城市	翁長	dash
A	沖縄県豊見城市翁長八百五十四番地一	沖縄県	豊見城市	翁長	kanji
A	沖縄県豊見城市翁長854番地1　市民センター	沖縄県	豊見城市	翁長	paren-building
B	豊見城市翁長854-1	沖縄県	豊見城市	翁長	no-prefecture
A	北海道勇払郡占冠村中央	北海道	勇払郡占冠村	中央	official
A	北海道勇払郡占冠村中央 (B1F)	北海道	勇払郡占冠村	中央	paren-building
B	北海道勇払郡占冠村字中央	北海道	勇払郡占冠村	中央	oaza-prefix
B	北海道占冠村字中央	北海道	勇払郡占冠村	中央	oaza-prefix+omissions
B	北海道占冠村中央	北海道	勇払郡占冠村	中央	no-gun
A	福島県南会津郡檜枝岐村下ノ原880（〒967-0525）	福島県	南会津郡檜枝岐村	下ノ原	postal-after
A	福島県南会津郡檜枝岐村下ノ原八八〇番地	福島県	南会津郡檜枝岐村	下ノ原	kanji
A	福島県南会津郡桧枝岐村下の原880	福島県	南会津郡檜枝岐村	下ノ原	variant
B	福島県南会津郡檜枝岐村字下ノ原880番地	福島県	南会津郡檜枝岐村	下ノ原	oaza-prefix
B	福島県檜枝岐村下の原880	福島県	南会津郡檜枝岐村	下ノ原	no-gun
A	長野県北安曇郡小谷村中小谷丙131番地	長野県	北安曇郡小谷村	中小谷	official
A	長野県北安曇郡小谷村中小谷丙131（〒399-9421）	長野県	北安曇郡小谷村	中小谷	postal-after
A	長野県北安曇郡小谷村中小谷丙１３１	長野県	北安曇郡小谷村	中小谷	fullwidth
B	長野県北安曇郡小谷村大字中小谷丙131	長野県	北安曇郡小谷村	中小谷	oaza-prefix
B	北安曇郡小谷村中小谷丙131番地	長野県	北安曇郡小谷村	中小谷	no-prefecture
A	滋賀県蒲生郡竜王町小口３	滋賀県	蒲生郡竜王町	小口	fullwidth
A	〒520-2552滋賀県蒲生郡竜王町小口3	滋賀県	蒲生郡竜王町	小口	postal
A	滋賀県蒲生郡竜王町小口3	滋賀県	蒲生郡竜王町	小口	kanji
A	滋賀県蒲生郡龍王町小口3	滋賀県	蒲生郡竜王町	小口	variant
B	滋賀県蒲生郡竜王町大字小口3	滋賀県	蒲生郡竜王町	小口	oaza-prefix
B	竜王町大字小口3	滋賀県	蒲生郡竜王町	小口	oaza-prefix+omissions
A	長野県大町市大町3887番地(市民センター)	長野県	大町市	大町	paren-building
A	長野県 大町市 大町 3887県庁舎本館	長野県	大町市	大町	spaces+building
B	大町市大町3887番地	長野県	大町市	大町	no-prefecture
A	群馬県邑楽郡千代田町赤岩1895番地1	群馬県	邑楽郡千代田町	赤岩	official
A	群馬県邑楽郡千代田町赤岩1895ー1	群馬県	邑楽郡千代田町	赤岩	dash
B	群馬県邑楽郡千代田町大字赤岩1895-1	群馬県	邑楽郡千代田町	赤岩	oaza-prefix
B	邑楽郡千代田町赤岩1895-1	群馬県	邑楽郡千代田町	赤岩	no-prefecture
B	群馬県千代田町大字赤岩1895-1	群馬県	邑楽郡千代田町	赤岩	oaza-prefix+omissions
A	奈良県生駒郡斑鳩町法隆寺山内1番1号	奈良県	生駒郡斑鳩町	法隆寺山内	official
A	奈良県生駒郡斑鳩町法隆寺山内１－１	奈良県	生駒郡斑鳩町	法隆寺山内	fullwidth
A	奈良県生駒郡斑鳩町法隆寺山内1ー1	奈良県	生駒郡斑鳩町	法隆寺山内	dash
B	奈良県斑鳩町法隆寺山内1-1	奈良県	生駒郡斑鳩町	法隆寺山内	no-gun
A	徳島県三好市池田町シンマチ１５００－２	徳島県	三好市	池田町シンマチ	fullwidth
A	徳島県三好市池田町シンマチ1500番地2（本館）	徳島県	三好市	池田町シンマチ	paren-building
A	徳島県三好市池田町シンマチ1500‐2	徳島県	三好市	池田町シンマチ	dash
B	〒778-0004　三好市池田町シンマチ1500-2	徳島県	三好市	池田町シンマチ	no-prefecture
A	栃木県那須郡那須町寺子丙三番地十三	栃木県	那須郡那須町	寺子丙	kanji
A	栃木県那須郡那須町寺子丙3番地の13	栃木県	那須郡那須町	寺子丙	banchi-no
B	栃木県那須郡那須町大字寺子丙3-13	栃木県	那須郡那須町	寺子丙	oaza-prefix
B	那須郡那須町寺子丙3番地13	栃木県	那須郡那須町	寺子丙	no-prefecture
A	山形県西村山郡河北町谷地戊81番地	山形県	西村山郡河北町	谷地	official
A	山形県西村山郡河北町谷地戊81（〒999-3511）	山形県	西村山郡河北町	谷地	postal-after
B	山形県河北町谷地戊81	山形県	西村山郡河北町	谷地	no-gun
B	河北町谷地戊81	山形県	西村山郡河北町	谷地	no-prefecture+no-gun
B	西村山郡河北町谷地戊81	山形県	西村山郡河北町	谷地	no-prefecture
A	三重県名張市鴻之台1番町1番地(B1F)	三重県	名張市	鴻之台一番町	paren-building
A	三重県名張市鴻之台1番町1　〒518-0701	三重県	名張市	鴻之台一番町	postal-after
A	〒518-0701三重県名張市鴻之台1番町1	三重県	名張市	鴻之台一番町	postal
B	名張市鴻之台1番町1	三重県	名張市	鴻之台一番町	no-prefecture
A	兵庫県　淡路市　生穂新島　8 第2松本ビル4F	兵庫県	淡路市	生穂新島	spaces+building
A	兵庫県淡路市生穂新島8番地　第2庁舎	兵庫県	淡路市	生穂新島	paren-building
A	兵庫県淡路市生穂新島8	兵庫県	淡路市	生穂新島	kanji
B	淡路市生穂新島8	兵庫県	淡路市	生穂新島	no-prefecture
A	和歌山県西牟婁郡白浜町1600番地（市民センター）	和歌山県	西牟婁郡白浜町		paren-building
A	〒649-2200和歌山県西牟婁郡白浜町1600	和歌山県	西牟婁郡白浜町		postal
B	西牟婁郡白浜町1600	和歌山県	西牟婁郡白浜町		no-prefecture
B	白浜町1600	和歌山県	西牟婁郡白浜町		no-prefecture+no-gun
B	和歌山県白浜町1600	和歌山県	西牟婁郡白浜町		no-gun
A	長野県北佐久郡軽井沢町長倉2381番地1	長野県	北佐久郡軽井沢町	長倉	official
A	長野県北佐久郡軽井沢町長倉2381番地の1	長野県	北佐久郡軽井沢町	長倉	banchi-no
A	長野県 北佐久郡軽井沢町 長倉2381-1 NTTビル7階	長野県	北佐久郡軽井沢町	長倉	spaces+building
A	長野県北佐久郡軽井澤町長倉2381-1	長野県	北佐久郡軽井沢町	長倉	variant
B	長野県北佐久郡軽井沢町大字長倉2381番地1	長野県	北佐久郡軽井沢町	長倉	oaza-prefix
B	軽井沢町大字長倉2381-1	長野県	北佐久郡軽井沢町	長倉	oaza-prefix+omissions
A	東京都千代田区霞が関1丁目3番1号	東京都	千代田区	霞が関	official
A	東京都千代田区霞が関1丁目3—1	東京都	千代田区	霞が関	dash
A	東京都千代田区霞ヶ関1丁目3-1	東京都	千代田区	霞が関	variant
B	千代田区霞ヶ関1丁目3-1	東京都	千代田区	霞が関	no-prefecture
B	東京都千代田区霞が関1-3-1	東京都	千代田区	霞が関	hyphen-chome
A	〒100-0013東京都千代田区霞が関3丁目1-1	東京都	千代田区	霞が関	postal
A	東京都千代田区霞が関3丁目1-1 〒100-0013	東京都	千代田区	霞が関	postal-after
A	東京都千代田区霞ケ関3丁目1-1	東京都	千代田区	霞が関	variant
B	千代田区霞が関3丁目1-1	東京都	千代田区	霞が関	no-prefecture
B	東京都千代田区霞が関3-1-1	東京都	千代田区	霞が関	hyphen-chome
A	223-0062 神奈川県横浜市港北区日吉本町4丁目7-17	神奈川県	横浜市港北区	日吉本町	postal
A	神奈川県横浜市港北区日吉本町４丁目７－１７	神奈川県	横浜市港北区	日吉本町	fullwidth
B	横浜市港北区日吉本町4丁目7-17	神奈川県	横浜市港北区	日吉本町	no-prefecture
B	神奈川県横浜市日吉本町4丁目7-17	神奈川県	横浜市港北区	日吉本町	city-without-ward
A	静岡県浜松市中央区鍛冶町100—1	静岡県	浜松市中央区	鍛冶町	dash
A	静岡県浜松市中央区鍛冶町１００－１	静岡県	浜松市中央区	鍛冶町	fullwidth
A	静岡県浜松市中央区鍛冶町100-1（〒430-0933）	静岡県	浜松市中央区	鍛冶町	postal-after
B	静岡県中央区鍛冶町100-1	静岡県	浜松市中央区	鍛冶町	ward-without-city
A	愛知県名古屋市中区栄3丁目5番1号（本館）	愛知県	名古屋市中区	栄	paren-building
A	愛知県名古屋市中区栄3丁目5‐1	愛知県	名古屋市中区	栄	dash
B	中区栄3丁目5-1	愛知県	名古屋市中区	栄	ward-without-city
B	愛知県名古屋市中区栄3-5-1	愛知県	名古屋市中区	栄	hyphen-chome
A	愛知県 名古屋市中区 丸の内 3丁目19-1 パークタワー２０階	愛知県	名古屋市中区	丸の内	spaces+building
A	愛知県名古屋市中区丸の内3丁目19番1号　第2庁舎	愛知県	名古屋市中区	丸の内	paren-building
A	愛知県名古屋市中区丸の内3丁目19-1 〒460-0002	愛知県	名古屋市中区	丸の内	postal-after
B	中区丸の内3丁目19-1	愛知県	名古屋市中区	丸の内	ward-without-city
B	愛知県名古屋市中区丸の内3-19-1	愛知県	名古屋市中区	丸の内	hyphen-chome
B	愛知県名古屋市丸の内3丁目19-1	愛知県	名古屋市中区	丸の内	city-without-ward
A	大阪府大阪市中央区難波5丁目1番60号	大阪府	大阪市中央区	難波	official
A	〒542-0076大阪府大阪市中央区難波5丁目1-60	大阪府	大阪市中央区	難波	postal
A	大阪府大阪市中央区難波5丁目1-60（〒542-0076）	大阪府	大阪市中央区	難波	postal-after
B	大阪市難波5-1-60	大阪府	大阪市中央区	難波	city-without-ward
A	大阪府大阪市北区角田町8番7号	大阪府	大阪市北区	角田町	official
A	大阪府大阪市北区角田町8―7	大阪府	大阪市北区	角田町	dash
B	大阪市角田町8番7号	大阪府	大阪市北区	角田町	city-without-ward
A	福岡県福岡市中央区大濠公園1番地2	福岡県	福岡市中央区	大濠公園	official
A	810-0051 福岡県福岡市中央区大濠公園1-2	福岡県	福岡市中央区	大濠公園	postal
A	福岡県福岡市中央区大濠公園1番地の2	福岡県	福岡市中央区	大濠公園	banchi-no
B	中央区大濠公園1-2	福岡県	福岡市中央区	大濠公園	ward-without-city
B	福岡市中央区大濠公園1番地2	福岡県	福岡市中央区	大濠公園	no-prefecture
A	北海道　札幌市中央区　南1条西　10丁目 ハイツ一番館 102	北海道	札幌市中央区	南一条西	spaces+building
A	北海道札幌市中央区南1条西10丁目 〒060-0061	北海道	札幌市中央区	南一条西	postal-after
B	中央区南1条西10丁目	北海道	札幌市中央区	南一条西	ward-without-city
B	札幌市中央区南1条西10丁目	北海道	札幌市中央区	南一条西	no-prefecture
A	北海道札幌市中央区宮の森1条10丁目	北海道	札幌市中央区	宮の森一条	official
A	北海道札幌市中央区宮の森1条十丁目	北海道	札幌市中央区	宮の森一条	kanji
B	北海道中央区宮の森1条10丁目	北海道	札幌市中央区	宮の森一条	ward-without-city
B	札幌市宮の森1条10丁目	北海道	札幌市中央区	宮の森一条	city-without-ward
A	〒0600001 北海道札幌市中央区北1条西2丁目1-1	北海道	札幌市中央区	北一条西	postal
A	北海道札幌市中央区北1条西2丁目1番地の1	北海道	札幌市中央区	北一条西	banchi-no
A	北海道札幌市中央区北1条西二丁目1-1	北海道	札幌市中央区	北一条西	kanji
B	中央区北1条西2丁目1-1	北海道	札幌市中央区	北一条西	ward-without-city
B	北海道札幌市北1条西2丁目1番地1	北海道	札幌市中央区	北一条西	city-without-ward
A	北海道札幌市中央区南1条西三丁目二番地	北海道	札幌市中央区	南一条西	kanji
A	北海道札幌市中央区南1条西３丁目２	北海道	札幌市中央区	南一条西	fullwidth
B	北海道札幌市中央区南1条西3-2	北海道	札幌市中央区	南一条西	hyphen-chome
A	北海道札幌市北区北24条西6丁目1-1（〒001-0024）	北海道	札幌市北区	北二十四条西	postal-after
A	北海道札幌市北区北24条西6丁目1番1号 (市民センター)	北海道	札幌市北区	北二十四条西	paren-building
B	北海道札幌市北24条西6丁目1-1	北海道	札幌市北区	北二十四条西	city-without-ward
B	北海道北区北24条西6丁目1番1号	北海道	札幌市北区	北二十四条西	ward-without-city
B	北海道札幌市北区北24条西6-1-1	北海道	札幌市北区	北二十四条西	hyphen-chome
A	北海道札幌市東区北11条東7丁目1番1号	北海道	札幌市東区	北十一条東	official
A	北海道札幌市東区北11条東7丁目1番1号 (本館)	北海道	札幌市東区	北十一条東	paren-building
B	東区北11条東7丁目1番1号	北海道	札幌市東区	北十一条東	ward-without-city
B	札幌市東区北11条東7丁目1番1号	北海道	札幌市東区	北十一条東	no-prefecture
B	北海道札幌市東区北11条東7-1-1	北海道	札幌市東区	北十一条東	hyphen-chome
A	北海道札幌市西区琴似2条7丁目1-1　〒063-0812	北海道	札幌市西区	琴似二条	postal-after
A	北海道札幌市西区琴似2条7丁目1－1	北海道	札幌市西区	琴似二条	dash
B	北海道札幌市西区琴似2条7-1-1	北海道	札幌市西区	琴似二条	hyphen-chome
B	西区琴似2条7丁目1番1号	北海道	札幌市西区	琴似二条	ward-without-city
B	札幌市西区琴似2条7-1-1	北海道	札幌市西区	琴似二条	no-prefecture+hyphen-chome
B	札幌市琴似2条7丁目1-1	北海道	札幌市西区	琴似二条	city-without-ward
A	北海道札幌市厚別区厚別中央1条5丁目1番1号	北海道	札幌市厚別区	厚別中央一条	official
A	北海道札幌市厚別区厚別中央１条５丁目１－１	北海道	札幌市厚別区	厚別中央一条	fullwidth
B	厚別区厚別中央1条5丁目1番1号	北海道	札幌市厚別区	厚別中央一条	ward-without-city
B	北海道札幌市厚別中央1条5丁目1番1号	北海道	札幌市厚別区	厚別中央一条	city-without-ward
A	北海道札幌市手稲区前田1条十一丁目一番十号	北海道	札幌市手稲区	前田一条	kanji
A	北海道札幌市手稲区前田1条11丁1-10	北海道	札幌市手稲区	前田一条	chou
B	手稲区前田1条11丁目1番10号	北海道	札幌市手稲区	前田一条	ward-without-city
B	札幌市手稲区前田1条11-1-10	北海道	札幌市手稲区	前田一条	no-prefecture+hyphen-chome
B	北海道札幌市手稲区前田1条11-1-10	北海道	札幌市手稲区	前田一条	hyphen-chome
B	札幌市前田1条11丁目1番10号	北海道	札幌市手稲区	前田一条	city-without-ward
A	北海道 札幌市清田区 平岡1条1丁目2-1ハイツ一番館 102	北海道	札幌市清田区	平岡一条	spaces+building
A	北海道札幌市清田区平岡1条1丁目2–1	北海道	札幌市清田区	平岡一条	dash
B	北海道札幌市清田区平岡1条1-2-1	北海道	札幌市清田区	平岡一条	hyphen-chome
B	北海道札幌市平岡1条1-2-1	北海道	札幌市清田区	平岡一条	city-without-ward
A	北海道札幌市南区真駒内幸町2丁目2番1号	北海道	札幌市南区	真駒内幸町	official
A	北海道札幌市南区真駒内幸町2丁目2-1 〒005-0014	北海道	札幌市南区	真駒内幸町	postal-after
B	北海道南区真駒内幸町2-2-1	北海道	札幌市南区	真駒内幸町	ward-without-city
B	北海道札幌市真駒内幸町2丁目2-1	北海道	札幌市南区	真駒内幸町	city-without-ward
A	佐賀県嬉野市塩田町馬場下甲1769番地	佐賀県	嬉野市	塩田町馬場下甲	official
A	佐賀県嬉野市塩田町馬場下甲1769番地　市民センター	佐賀県	嬉野市	塩田町馬場下甲	paren-building
A	佐賀県嬉野市塩田町馬場下甲1769	佐賀県	嬉野市	塩田町馬場下甲	kanji
B	佐賀県嬉野市塩田町大字馬場下甲1769番地	佐賀県	嬉野市	塩田町馬場下甲	written-form
B	〒8491411 嬉野市塩田町馬場下甲1769	佐賀県	嬉野市	塩田町馬場下甲	no-prefecture
A	佐賀県杵島郡白石町福田1247—1	佐賀県	杵島郡白石町	福田	dash
A	佐賀県杵島郡白石町福田1247番地1（B1F）	佐賀県	杵島郡白石町	福田	paren-building
A	佐賀県杵島郡白石町福田1247番地の1	佐賀県	杵島郡白石町	福田	banchi-no
B	佐賀県杵島郡白石町大字福田1247-1	佐賀県	杵島郡白石町	福田	oaza-prefix
B	佐賀県白石町大字福田1247-1	佐賀県	杵島郡白石町	福田	oaza-prefix+omissions
A	佐賀県杵島郡大町町大町5017番地	佐賀県	杵島郡大町町	大町	official
A	〒849-2101 佐賀県杵島郡大町町大町5017	佐賀県	杵島郡大町町	大町	postal
B	佐賀県杵島郡大町町大字大町5017	佐賀県	杵島郡大町町	大町	oaza-prefix
B	杵島郡大町町大町5017	佐賀県	杵島郡大町町	大町	no-prefecture
B	大町町大町5017番地	佐賀県	杵島郡大町町	大町	no-prefecture+no-gun
A	佐賀県杵島郡江北町山口1651番地1	佐賀県	杵島郡江北町	山口	official
A	佐賀県　杵島郡江北町　山口　1651-11F	佐賀県	杵島郡江北町	山口	spaces+building
A	849-0501 佐賀県杵島郡江北町山口1651-1	佐賀県	杵島郡江北町	山口	postal
B	佐賀県杵島郡江北町大字山口1651-1	佐賀県	杵島郡江北町	山口	oaza-prefix
B	佐賀県江北町山口1651番地1	佐賀県	杵島郡江北町	山口	no-gun
B	福島県南会津郡南会津町田島字後原甲3531番地1	福島県	南会津郡南会津町	田島	koaza
B	南会津郡南会津町田島後原甲3531-1	福島県	南会津郡南会津町	田島	no-prefecture
B	福島県南会津郡南会津町田島後原甲3531番地1	福島県	南会津郡南会津町	田島	koaza-without-aza
B	福島県南会津町田島後原甲3531-1	福島県	南会津郡南会津町	田島	no-gun
B	南会津町田島字後原甲3531-1	福島県	南会津郡南会津町	田島	no-prefecture+no-gun
A	福島県田村郡三春町大町一番地二	福島県	田村郡三春町	大町	kanji
A	福島県　田村郡三春町　大町1-2三井ビル 12F	福島県	田村郡三春町	大町	spaces+building
A	福島県田村郡三春町大町1-2（〒963-7759）	福島県	田村郡三春町	大町	postal-after
B	福島県田村郡三春町字大町1-2	福島県	田村郡三春町	大町	oaza-prefix
B	田村郡三春町大町1-2	福島県	田村郡三春町	大町	no-prefecture
B	三春町大町1番地2	福島県	田村郡三春町	大町	no-prefecture+no-gun
B	福島県西白河郡西郷村大字熊倉折口原40	福島県	西白河郡西郷村	熊倉	oaza-prefix
B	福島県西白河郡西郷村熊倉字折口原40番地	福島県	西白河郡西郷村	熊倉	koaza
B	福島県西郷村熊倉字折口原40番地	福島県	西白河郡西郷村	熊倉	no-gun
B	福島県東白川郡棚倉町大字棚倉中居野33番地	福島県	東白川郡棚倉町	棚倉	oaza-prefix
B	福島県東白川郡棚倉町棚倉字中居野33番地	福島県	東白川郡棚倉町	棚倉	koaza
B	福島県棚倉町大字棚倉字中居野33	福島県	東白川郡棚倉町	棚倉	oaza-prefix+omissions
B	福島県棚倉町棚倉字中居野33番地	福島県	東白川郡棚倉町	棚倉	no-gun
B	棚倉町棚倉中居野33	福島県	東白川郡棚倉町	棚倉	no-prefecture+no-gun
B	福島県東白川郡矢祭町大字東舘舘本66	福島県	東白川郡矢祭町	東舘	oaza-prefix
B	福島県東白川郡矢祭町東舘字舘本66番地	福島県	東白川郡矢祭町	東舘	koaza
B	福島県矢祭町東舘字舘本66番地	福島県	東白川郡矢祭町	東舘	no-gun
B	宮城県柴田郡村田町大字村田迫85	宮城県	柴田郡村田町	村田	oaza-prefix
B	宮城県柴田郡村田町村田字迫85番地	宮城県	柴田郡村田町	村田	koaza
B	村田町村田字迫85	宮城県	柴田郡村田町	村田	no-prefecture+no-gun
B	宮城県村田町大字村田迫85番地	宮城県	柴田郡村田町	村田	oaza-prefix+omissions
B	宮城県村田町村田字迫85	宮城県	柴田郡村田町	村田	no-gun
A	宮城県柴田郡大河原町新南19番地	宮城県	柴田郡大河原町	新南	official
A	宮城県柴田郡大河原町新南19 〒989-1245	宮城県	柴田郡大河原町	新南	postal-after
A	宮城県柴田郡大河原町新南１９	宮城県	柴田郡大河原町	新南	fullwidth
B	宮城県大河原町新南19	宮城県	柴田郡大河原町	新南	no-gun
A	宮城県亘理郡亘理町悠里1番地	宮城県	亘理郡亘理町	悠里	official
A	宮城県亘理郡亘理町悠里一番地	宮城県	亘理郡亘理町	悠里	kanji
B	宮城県亘理郡亘理町字悠里1	宮城県	亘理郡亘理町	悠里	oaza-prefix
B	宮城県亘理町悠里1番地	宮城県	亘理郡亘理町	悠里	no-gun
A	宮城県 遠田郡涌谷町 新町裏 153-2メゾン・ド・ソレイユ 301	宮城県	遠田郡涌谷町	新町裏	spaces+building
A	〒987-0114　宮城県遠田郡涌谷町新町裏153-2	宮城県	遠田郡涌谷町	新町裏	postal
B	宮城県遠田郡涌谷町字新町裏153-2	宮城県	遠田郡涌谷町	新町裏	oaza-prefix
B	遠田郡涌谷町新町裏153-2	宮城県	遠田郡涌谷町	新町裏	no-prefecture
B	涌谷町新町裏153番地2	宮城県	遠田郡涌谷町	新町裏	no-prefecture+no-gun
B	宮城県遠田郡美里町北浦字駒米13番地	宮城県	遠田郡美里町	北浦	koaza
B	宮城県遠田郡美里町北浦駒米13番地	宮城県	遠田郡美里町	北浦	koaza-without-aza
B	宮城県美里町北浦駒米13番地	宮城県	遠田郡美里町	北浦	no-gun
B	宮城県宮城郡七ヶ浜町東宮浜字丑谷辺5番地1	宮城県	宮城郡七ヶ浜町	東宮浜	koaza
B	985-0804 宮城郡七ヶ浜町東宮浜丑谷辺5-1	宮城県	宮城郡七ヶ浜町	東宮浜	no-prefecture
B	宮城県宮城郡七ヶ浜町東宮浜丑谷辺5番地1	宮城県	宮城郡七ヶ浜町	東宮浜	koaza-without-aza
B	宮城県七ヶ浜町東宮浜字丑谷辺5-1	宮城県	宮城郡七ヶ浜町	東宮浜	no-gun
B	七ヶ浜町東宮浜丑谷辺5番地1	宮城県	宮城郡七ヶ浜町	東宮浜	no-prefecture+no-gun
A	宮城県牡鹿郡女川町女川１丁目１－１	宮城県	牡鹿郡女川町	女川	fullwidth
A	宮城県牡鹿郡女川町女川一丁目1-1	宮城県	牡鹿郡女川町	女川	kanji
B	宮城県牡鹿郡女川町女川1-1-1	宮城県	牡鹿郡女川町	女川	hyphen-chome
B	女川町女川1丁目1番1号	宮城県	牡鹿郡女川町	女川	no-prefecture+no-gun
B	牡鹿郡女川町女川1-1-1	宮城県	牡鹿郡女川町	女川	no-prefecture+hyphen-chome
A	〒9860725 宮城県本吉郡南三陸町志津川沼田101	宮城県	本吉郡南三陸町	志津川沼田	postal
A	宮城県本吉郡南三陸町志津川沼田101番地　市民センター	宮城県	本吉郡南三陸町	志津川沼田	paren-building
B	宮城県本吉郡南三陸町志津川字沼田101番地	宮城県	本吉郡南三陸町	志津川沼田	written-form
B	本吉郡南三陸町志津川沼田101	宮城県	本吉郡南三陸町	志津川沼田	no-prefecture
B	山形県東田川郡庄内町余目字町132番地1	山形県	東田川郡庄内町	余目	koaza
B	〒999-7781　東田川郡庄内町余目町132-1	山形県	東田川郡庄内町	余目	no-prefecture
B	庄内町余目字町132番地1	山形県	東田川郡庄内町	余目	no-prefecture+no-gun
B	山形県庄内町余目町132-1	山形県	東田川郡庄内町	余目	no-gun
B	山形県東田川郡庄内町余目町132番地1	山形県	東田川郡庄内町	余目	koaza-without-aza
B	山形県飽海郡遊佐町遊佐字舞鶴211番地	山形県	飽海郡遊佐町	遊佐	koaza
B	遊佐町遊佐字舞鶴211	山形県	飽海郡遊佐町	遊佐	no-prefecture+no-gun
B	山形県飽海郡遊佐町遊佐舞鶴211番地	山形県	飽海郡遊佐町	遊佐	koaza-without-aza
B	山形県遊佐町遊佐字舞鶴211	山形県	飽海郡遊佐町	遊佐	no-gun
B	飽海郡遊佐町遊佐舞鶴211	山形県	飽海郡遊佐町	遊佐	no-prefecture
A	秋田県南秋田郡八郎潟町大道８０	秋田県	南秋田郡八郎潟町	大道	fullwidth
A	秋田県南秋田郡八郎潟町大道八十番地	秋田県	南秋田郡八郎潟町	大道	kanji
A	秋田県南秋田郡八郎潟町大道80番地（第2庁舎）	秋田県	南秋田郡八郎潟町	大道	paren-building
B	秋田県南秋田郡八郎潟町字大道80番地	秋田県	南秋田郡八郎潟町	大道	oaza-prefix
B	秋田県八郎潟町大道80	秋田県	南秋田郡八郎潟町	大道	no-gun
A	秋田県南秋田郡五城目町西磯ノ目1丁目1-1　〒018-1725	秋田県	南秋田郡五城目町	西磯ノ目	postal-after
A	秋田県南秋田郡五城目町西磯ノ目一丁目一番一号	秋田県	南秋田郡五城目町	西磯ノ目	kanji
A	秋田県南秋田郡五城目町西磯の目1丁目1-1	秋田県	南秋田郡五城目町	西磯ノ目	variant
B	五城目町西磯の目1-1-1	秋田県	南秋田郡五城目町	西磯ノ目	no-prefecture+no-gun
B	南秋田郡五城目町西磯ノ目1丁目1-1	秋田県	南秋田郡五城目町	西磯ノ目	no-prefecture
A	青森県三戸郡三戸町在府小路町43番地	青森県	三戸郡三戸町	在府小路町	official
A	青森県三戸郡三戸町在府小路町43　〒039-0132	青森県	三戸郡三戸町	在府小路町	postal-after
B	青森県三戸郡三戸町大字在府小路町43番地	青森県	三戸郡三戸町	在府小路町	oaza-prefix
B	青森県三戸町大字在府小路町43	青森県	三戸郡三戸町	在府小路町	oaza-prefix+omissions
B	青森県三戸町在府小路町43	青森県	三戸郡三戸町	在府小路町	no-gun
A	青森県上北郡おいらせ町中下田135番地の2	青森県	上北郡おいらせ町	中下田	banchi-no
A	青森県上北郡おいらせ町中下田１３５－２	青森県	上北郡おいらせ町	中下田	fullwidth
B	青森県おいらせ町中下田135-2	青森県	上北郡おいらせ町	中下田	no-gun
B	上北郡おいらせ町中下田135番地2	青森県	上北郡おいらせ町	中下田	no-prefecture
B	おいらせ町中下田135-2	青森県	上北郡おいらせ町	中下田	no-prefecture+no-gun
A	青森県上北郡七戸町森ノ上131番地4	青森県	上北郡七戸町	森ノ上	official
A	青森県上北郡七戸町森ノ上131-4 〒039-2827	青森県	上北郡七戸町	森ノ上	postal-after
A	青森県上北郡七戸町森ノ上１３１－４	青森県	上北郡七戸町	森ノ上	fullwidth
B	青森県上北郡七戸町字森ノ上131番地4	青森県	上北郡七戸町	森ノ上	oaza-prefix
B	青森県七戸町森ノ上131番地4	青森県	上北郡七戸町	森ノ上	no-gun
A	岩手県岩手郡岩手町五日市10番44号	岩手県	岩手郡岩手町	五日市	official
A	岩手県岩手郡岩手町五日市10-44（〒028-4307）	岩手県	岩手郡岩手町	五日市	postal-after
B	岩手県岩手郡岩手町大字五日市10-44	岩手県	岩手郡岩手町	五日市	oaza-prefix
B	岩手町大字五日市10-44	岩手県	岩手郡岩手町	五日市	oaza-prefix+omissions
B	岩手県二戸郡一戸町高善寺字大川鉢24番地9	岩手県	二戸郡一戸町	高善寺	koaza
B	岩手県一戸町高善寺字大川鉢24-9	岩手県	二戸郡一戸町	高善寺	no-gun
B	岩手県二戸郡一戸町高善寺大川鉢24番地9	岩手県	二戸郡一戸町	高善寺	koaza-without-aza
B	二戸郡一戸町高善寺字大川鉢24番地9	岩手県	二戸郡一戸町	高善寺	no-prefecture
B	一戸町高善寺字大川鉢24-9	岩手県	二戸郡一戸町	高善寺	no-prefecture+no-gun
A	岩手県上閉伊郡大槌町上町1-3	岩手県	上閉伊郡大槌町	上町	kanji
A	岩手県 上閉伊郡大槌町 上町 1-3 (受付)	岩手県	上閉伊郡大槌町	上町	spaces+building
B	岩手県大槌町上町1-3	岩手県	上閉伊郡大槌町	上町	no-gun
B	上閉伊郡大槌町上町1-3	岩手県	上閉伊郡大槌町	上町	no-prefecture
B	大槌町上町1番3号	岩手県	上閉伊郡大槌町	上町	no-prefecture+no-gun
A	岩手県下閉伊郡山田町八幡町3－20	岩手県	下閉伊郡山田町	八幡町	dash
A	岩手県下閉伊郡山田町八幡町3-20 〒028-1341	岩手県	下閉伊郡山田町	八幡町	postal-after
A	岩手県下閉伊郡山田町八幡町3番20号（東棟）	岩手県	下閉伊郡山田町	八幡町	paren-building
B	下閉伊郡山田町八幡町3-20	岩手県	下閉伊郡山田町	八幡町	no-prefecture
B	山田町八幡町3-20	岩手県	下閉伊郡山田町	八幡町	no-prefecture+no-gun
B	岩手県山田町八幡町3-20	岩手県	下閉伊郡山田町	八幡町	no-gun
B	岩手県気仙郡住田町世田米字川向88番地1	岩手県	気仙郡住田町	世田米	koaza
B	岩手県住田町世田米川向88番地1	岩手県	気仙郡住田町	世田米	no-gun
B	住田町世田米川向88-1	岩手県	気仙郡住田町	世田米	no-prefecture+no-gun
B	気仙郡住田町世田米川向88-1	岩手県	気仙郡住田町	世田米	no-prefecture
A	岩手県紫波郡矢巾町南矢幅第13地割123番地(本館)	岩手県	紫波郡矢巾町	南矢幅	paren-building
A	岩手県 紫波郡矢巾町 南矢幅 第13地割123 サンハイツ101	岩手県	紫波郡矢巾町	南矢幅	spaces+building
B	岩手県紫波郡矢巾町大字南矢幅第13地割123番地	岩手県	紫波郡矢巾町	南矢幅	oaza-prefix
B	岩手県矢巾町南矢幅第13地割123	岩手県	紫波郡矢巾町	南矢幅	no-gun
A	岩手県八幡平市野駄第二十一地割百七十番地	岩手県	八幡平市	野駄	kanji
A	岩手県 八幡平市 野駄 第21地割170 〇〇荘 5号室	岩手県	八幡平市	野駄	spaces+building
A	岩手県八幡平市野駄第21地割170　〒028-7301	岩手県	八幡平市	野駄	postal-after
B	八幡平市野駄第21地割170番地	岩手県	八幡平市	野駄	no-prefecture
A	岩手県 九戸郡九戸村 伊保内 第10地割11-6 第2松本ビル4F	岩手県	九戸郡九戸村	伊保内	spaces+building
A	岩手県九戸郡九戸村伊保内第10地割11番地6　本館	岩手県	九戸郡九戸村	伊保内	paren-building
B	岩手県九戸郡九戸村大字伊保内第10地割11番地6	岩手県	九戸郡九戸村	伊保内	oaza-prefix
B	九戸郡九戸村伊保内第10地割11-6	岩手県	九戸郡九戸村	伊保内	no-prefecture
B	九戸村伊保内第10地割11-6	岩手県	九戸郡九戸村	伊保内	no-prefecture+no-gun
B	岩手県九戸村伊保内第10地割11-6	岩手県	九戸郡九戸村	伊保内	no-gun
A	岩手県九戸郡野田村野田第20地割14（〒028-8201）	岩手県	九戸郡野田村	野田	postal-after
A	岩手県　九戸郡野田村　野田　第20地割14 ハイツ一番館 102	岩手県	九戸郡野田村	野田	spaces+building
B	岩手県九戸郡野田村大字野田第20地割14	岩手県	九戸郡野田村	野田	oaza-prefix
B	岩手県野田村野田第20地割14	岩手県	九戸郡野田村	野田	no-gun
A	京都府京都市下京区東塩小路町608番地8	京都府	京都市下京区	東塩小路町	official
A	京都府京都市下京区東塩小路町608−8	京都府	京都市下京区	東塩小路町	dash
B	京都府京都市下京区西洞院通塩小路上る東塩小路町608-8	京都府	京都市下京区	東塩小路町	kyoto-street
B	京都府京都市東塩小路町608-8	京都府	京都市下京区	東塩小路町	city-without-ward
A	京都府京都市東山区清水5丁目130番地の6	京都府	京都市東山区	清水	official
A	〒605-0862 京都府京都市東山区清水5丁目130-6	京都府	京都市東山区	清水	postal
A	京都府京都市東山区清水5丁目130-6 〒605-0862	京都府	京都市東山区	清水	postal-after
B	京都府京都市東山区清水5-130-6	京都府	京都市東山区	清水	hyphen-chome
A	603-8164 京都府京都市北区紫野東御所田町33-1	京都府	京都市北区	紫野東御所田町	postal
A	京都府京都市北区紫野東御所田町３３－１	京都府	京都市北区	紫野東御所田町	fullwidth
B	京都府京都市紫野東御所田町33-1	京都府	京都市北区	紫野東御所田町	city-without-ward
B	京都市北区紫野東御所田町33-1	京都府	京都市北区	紫野東御所田町	no-prefecture
B	京都府北区紫野東御所田町33-1	京都府	京都市北区	紫野東御所田町	ward-without-city
A	京都府京都市上京区堀出シ町285番地	京都府	京都市上京区	堀出シ町	official
A	京都府 京都市上京区 堀出シ町285 〇〇荘 5号室	京都府	京都市上京区	堀出シ町	spaces+building
A	602-0931 京都府京都市上京区堀出シ町285	京都府	京都市上京区	堀出シ町	postal
B	京都府京都市上京区今出川通室町西入堀出シ町285	京都府	京都市上京区	堀出シ町	kyoto-street
B	京都市上京区今出川通室町西入ル堀出シ町285番地	京都府	京都市上京区	堀出シ町	kyoto-street+no-prefecture
B	上京区今出川通室町西入堀出シ町285	京都府	京都市上京区	堀出シ町	ward-without-city
A	京都府京都市南区西九条南田町1番地3	京都府	京都市南区	西九条南田町	official
A	京都府京都市南区西九条南田町1-3（〒601-8441）	京都府	京都市南区	西九条南田町	postal-after
A	京都府京都市南区西九条南田町一番地三	京都府	京都市南区	西九条南田町	kanji
B	南区西九条南田町1-3	京都府	京都市南区	西九条南田町	ward-without-city
A	京都府京都市右京区太秦下刑部町12	京都府	京都市右京区	太秦下刑部町	kanji
A	京都府京都市右京区太秦下刑部町１２	京都府	京都市右京区	太秦下刑部町	fullwidth
B	京都市右京区太秦下刑部町12	京都府	京都市右京区	太秦下刑部町	no-prefecture
A	京都府京都市西京区上桂森下町25番地1	京都府	京都市西京区	上桂森下町	official
A	〒615-8225 京都府京都市西京区上桂森下町25-1	京都府	京都市西京区	上桂森下町	postal
B	西京区上桂森下町25-1	京都府	京都市西京区	上桂森下町	ward-without-city
B	京都市上桂森下町25-1	京都府	京都市西京区	上桂森下町	city-without-ward
A	京都府京都市伏見区鷹匠町39番地2	京都府	京都市伏見区	鷹匠町	official
A	〒6128062 京都府京都市伏見区鷹匠町39-2	京都府	京都市伏見区	鷹匠町	postal
A	京都府京都市伏見区鷹匠町三十九番地二	京都府	京都市伏見区	鷹匠町	kanji
B	京都府京都市鷹匠町39-2	京都府	京都市伏見区	鷹匠町	city-without-ward
A	京都府京都市山科区椥辻池尻町14番地2	京都府	京都市山科区	椥辻池尻町	official
A	京都府京都市山科区椥辻池尻町14番地の2	京都府	京都市山科区	椥辻池尻町	banchi-no
A	〒607-8168 京都府京都市山科区椥辻池尻町14-2	京都府	京都市山科区	椥辻池尻町	postal
B	京都府山科区椥辻池尻町14-2	京都府	京都市山科区	椥辻池尻町	ward-without-city
A	京都府京都市上京区藪之内町85番地3	京都府	京都市上京区	藪之内町	official
A	京都府京都市上京区藪之内町85-3 〒602-8041	京都府	京都市上京区	藪之内町	postal-after
A	京都府京都市上京区薮之内町85-3	京都府	京都市上京区	藪之内町	variant
B	京都府京都市上京区下立売通釜座東入藪之内町85-3	京都府	京都市上京区	藪之内町	kyoto-street
B	京都府京都市上京区藪之内町85-3	京都府	京都市上京区	藪之内町	kyoto-town-only
A	京都府京都市東山区茶屋町５２７	京都府	京都市東山区	茶屋町	fullwidth
A	京都府京都市東山区茶屋町527 〒605-0931	京都府	京都市東山区	茶屋町	postal-after
B	京都市東山区茶屋町527	京都府	京都市東山区	茶屋町	no-prefecture
B	京都府京都市茶屋町527	京都府	京都市東山区	茶屋町	city-without-ward
A	京都府　京都市中京区　西大文字町　609 第2松本ビル4F	京都府	京都市中京区	西大文字町	spaces+building
A	京都府京都市中京区西大文字町609番地 (第2庁舎)	京都府	京都市中京区	西大文字町	paren-building
B	京都府京都市中京区富小路通四条上る西大文字町609	京都府	京都市中京区	西大文字町	kyoto-street
B	京都府京都市中京区西大文字町609番地	京都府	京都市中京区	西大文字町	written-form
B	京都府京都市中京区西大文字町609	京都府	京都市中京区	西大文字町	kyoto-town-only
A	京都府京都市上京区梶井町465番地	京都府	京都市上京区	梶井町	official
A	京都府 京都市上京区 梶井町465 メゾン・ド・ソレイユ 301	京都府	京都市上京区	梶井町	spaces+building
B	京都府京都市上京区河原町通広小路上る梶井町465	京都府	京都市上京区	梶井町	kyoto-street
B	京都府上京区河原町通広小路上る梶井町465	京都府	京都市上京区	梶井町	ward-without-city
A	京都府京都市上京区玄武町６０１	京都府	京都市上京区	玄武町	fullwidth
A	602-0893 京都府京都市上京区玄武町601	京都府	京都市上京区	玄武町	postal
A	京都府　京都市上京区　玄武町　601 〇〇荘 5号室	京都府	京都市上京区	玄武町	spaces+building
B	京都府京都市上京区今出川通烏丸東入玄武町601	京都府	京都市上京区	玄武町	kyoto-street
B	京都市上京区今出川通烏丸東入玄武町601	京都府	京都市上京区	玄武町	no-prefecture
B	京都府京都市今出川通烏丸東入玄武町601番地	京都府	京都市上京区	玄武町	city-without-ward
A	〒603-8346京都府京都市北区等持院北町56-1	京都府	京都市北区	等持院北町	postal
A	京都府京都市北区等持院北町56-1	京都府	京都市北区	等持院北町	kanji
B	京都府北区等持院北町56番地1	京都府	京都市北区	等持院北町	ward-without-city
B	〒603-8346　京都市北区等持院北町56-1	京都府	京都市北区	等持院北町	no-prefecture
B	京都市等持院北町56-1	京都府	京都市北区	等持院北町	city-without-ward
A	京都府京都市中京区下本能寺前町522	京都府	京都市中京区	下本能寺前町	kanji
A	京都府　京都市中京区　下本能寺前町522グランドメゾン3F	京都府	京都市中京区	下本能寺前町	spaces+building
B	京都府京都市中京区寺町通御池下る下本能寺前町522	京都府	京都市中京区	下本能寺前町	kyoto-street
B	京都市中京区寺町通御池下ル下本能寺前町522番地	京都府	京都市中京区	下本能寺前町	kyoto-street+no-prefecture
A	京都府京都市中京区堂之前町248番地　東棟	京都府	京都市中京区	堂之前町	paren-building
A	京都府京都市中京区堂之前町248 〒604-8134	京都府	京都市中京区	堂之前町	postal-after
A	京都府京都市中京区堂ノ前町248	京都府	京都市中京区	堂之前町	variant
B	京都府京都市中京区六角通東洞院西入堂之前町248	京都府	京都市中京区	堂之前町	kyoto-street
B	京都市中京区六角通東洞院西入ル堂之前町248番地	京都府	京都市中京区	堂之前町	kyoto-street+no-prefecture
A	京都府京都市東山区中之町198 〒605-0034	京都府	京都市東山区	中之町	postal-after
A	〒6050034 京都府京都市東山区中之町198	京都府	京都市東山区	中之町	postal
A	京都府 京都市東山区 中之町198NTTビル7階	京都府	京都市東山区	中之町	spaces+building
B	京都府京都市東山区四条大橋東詰中之町198	京都府	京都市東山区	中之町	kyoto-street
B	京都府東山区中之町198	京都府	京都市東山区	中之町	ward-without-city
A	北海道滝川市大町一丁目二番十五号	北海道	滝川市	大町	kanji
A	北海道滝川市大町1丁目2‐15	北海道	滝川市	大町	dash
B	滝川市大町1丁目2-15	北海道	滝川市	大町	no-prefecture
B	北海道滝川市大町1-2-15	北海道	滝川市	大町	hyphen-chome
A	北海道旭川市宮下通8丁目3番1号	北海道	旭川市	宮下通	official
A	北海道旭川市宮下通8丁目3-1（〒070-0030）	北海道	旭川市	宮下通	postal-after
B	旭川市宮下通8丁目3-1	北海道	旭川市	宮下通	no-prefecture
B	北海道旭川市宮下通8-3-1	北海道	旭川市	宮下通	hyphen-chome
A	北海道帯広市西2条南12丁目	北海道	帯広市	西二条南	official
A	北海道　帯広市　西2条南　12丁目 〇〇荘 5号室	北海道	帯広市	西二条南	spaces+building
B	帯広市西2条南12丁目	北海道	帯広市	西二条南	no-prefecture
A	北海道名寄市大通南1丁目1番地	北海道	名寄市	大通南	official
A	北海道名寄市大通南1丁目1番地（本館）	北海道	名寄市	大通南	paren-building
B	北海道名寄市大通南1-1	北海道	名寄市	大通南	hyphen-chome
B	名寄市大通南1-1	北海道	名寄市	大通南	no-prefecture+hyphen-chome
A	北海道士別市東6条4丁目1番地	北海道	士別市	東六条	official
A	北海道 士別市 東6条4丁目1 第2松本ビル4F	北海道	士別市	東六条	spaces+building
A	北海道士別市東6条4丁目1（〒095-0016）	北海道	士別市	東六条	postal-after
B	北海道士別市東6条4-1	北海道	士別市	東六条	hyphen-chome
A	北海道美唄市西3条南1丁目1番1号	北海道	美唄市	西三条南	official
A	北海道 美唄市 西3条南 1丁目1-1三井ビル 12F	北海道	美唄市	西三条南	spaces+building
B	北海道美唄市西3条南1-1-1	北海道	美唄市	西三条南	hyphen-chome
B	美唄市西3条南1丁目1-1	北海道	美唄市	西三条南	no-prefecture
A	北海道砂川市西6条北3丁目1番1号	北海道	砂川市	西六条北	official
A	〒073-0166　北海道砂川市西6条北3丁目1-1	北海道	砂川市	西六条北	postal
B	073-0166 砂川市西6条北3丁目1-1	北海道	砂川市	西六条北	no-prefecture
B	北海道砂川市西6条北3-1-1	北海道	砂川市	西六条北	hyphen-chome
A	北海道留萌市幸町1丁目11番地	北海道	留萌市	幸町	official
A	北海道留萌市幸町1丁目11　〒077-0031	北海道	留萌市	幸町	postal-after
B	〒077-0031　留萌市幸町1丁目11	北海道	留萌市	幸町	no-prefecture
B	北海道留萌市幸町1-11	北海道	留萌市	幸町	hyphen-chome
A	北海道紋別市幸町2丁目1番18号	北海道	紋別市	幸町	official
A	北海道紋別市幸町２丁目１－１８	北海道	紋別市	幸町	fullwidth
B	094-0005 紋別市幸町2-1-18	北海道	紋別市	幸町	no-prefecture+hyphen-chome
B	北海道紋別市幸町2-1-18	北海道	紋別市	幸町	hyphen-chome
A	北海道　札幌市中央区　南3条西11丁目330-2 別館3階	北海道	札幌市中央区	南三条西	spaces+building
A	北海道札幌市中央区南3条西十一丁目三百三十番地二	北海道	札幌市中央区	南三条西	kanji
B	北海道札幌市南3条西11-330-2	北海道	札幌市中央区	南三条西	city-without-ward
A	北海道標津郡中標津町丸山2丁22	北海道	標津郡中標津町	丸山	chou
A	北海道標津郡中標津町丸山2丁目22番地 (第2庁舎)	北海道	標津郡中標津町	丸山	paren-building
B	標津郡中標津町丸山2-22	北海道	標津郡中標津町	丸山	no-prefecture+hyphen-chome
B	北海道標津郡中標津町丸山2-22	北海道	標津郡中標津町	丸山	hyphen-chome
B	北海道中標津町丸山2丁目22	北海道	標津郡中標津町	丸山	no-gun
A	北海道川上郡標茶町川上4丁目2番地	北海道	川上郡標茶町	川上	official
A	北海道川上郡標茶町川上4丁目2番地(本館)	北海道	川上郡標茶町	川上	paren-building
B	〒088-2312 川上郡標茶町川上4-2	北海道	川上郡標茶町	川上	no-prefecture+hyphen-chome
B	標茶町川上4丁目2番地	北海道	川上郡標茶町	川上	no-prefecture+no-gun
B	北海道標茶町川上4丁目2	北海道	川上郡標茶町	川上	no-gun
A	北海道厚岸郡厚岸町真栄三丁目1	北海道	厚岸郡厚岸町	真栄	kanji
A	〒0881151 北海道厚岸郡厚岸町真栄3丁目1	北海道	厚岸郡厚岸町	真栄	postal
A	北海道厚岸郡厚岸町真栄3丁目1番地　第2庁舎	北海道	厚岸郡厚岸町	真栄	paren-building
B	北海道厚岸郡厚岸町真栄3-1	北海道	厚岸郡厚岸町	真栄	hyphen-chome
B	〒088-1151厚岸郡厚岸町真栄3丁目1番地	北海道	厚岸郡厚岸町	真栄	no-prefecture
B	北海道厚岸町真栄3丁目1	北海道	厚岸郡厚岸町	真栄	no-gun
A	北海道日高郡新ひだか町静内御幸町3丁目2-50（〒056-0017）	北海道	日高郡新ひだか町	静内御幸町	postal-after
A	北海道日高郡新ひだか町静内御幸町三丁目2-50	北海道	日高郡新ひだか町	静内御幸町	kanji
A	北海道日高郡新ひだか町静内御幸町3丁目2ー50	北海道	日高郡新ひだか町	静内御幸町	dash
B	北海道新ひだか町静内御幸町3丁目2-50	北海道	日高郡新ひだか町	静内御幸町	no-gun
A	北海道浦河郡浦河町築地1丁目3番1号	北海道	浦河郡浦河町	築地	official
A	北海道　浦河郡浦河町　築地1丁目3-1 本庁舎	北海道	浦河郡浦河町	築地	spaces+building
B	浦河町築地1丁目3-1	北海道	浦河郡浦河町	築地	no-prefecture+no-gun
B	北海道浦河郡浦河町築地1-3-1	北海道	浦河郡浦河町	築地	hyphen-chome
B	北海道浦河町築地1丁目3番1号	北海道	浦河郡浦河町	築地	no-gun
A	北海道余市郡余市町朝日町26番地	北海道	余市郡余市町	朝日町	official
A	北海道余市郡余市町朝日町２６	北海道	余市郡余市町	朝日町	fullwidth
A	北海道余市郡余市町朝日町26（〒046-0015）	北海道	余市郡余市町	朝日町	postal-after
B	余市郡余市町朝日町26	北海道	余市郡余市町	朝日町	no-prefecture
A	〒045-0013北海道岩内郡岩内町高台134-1	北海道	岩内郡岩内町	高台	postal
A	北海道岩内郡岩内町高台134番地の1	北海道	岩内郡岩内町	高台	banchi-no
B	北海道岩内郡岩内町字高台134番地1	北海道	岩内郡岩内町	高台	oaza-prefix
B	岩内郡岩内町高台134-1	北海道	岩内郡岩内町	高台	no-prefecture
B	北海道岩内町字高台134番地1	北海道	岩内郡岩内町	高台	oaza-prefix+omissions
B	岩内町高台134-1	北海道	岩内郡岩内町	高台	no-prefecture+no-gun
A	北海道上川郡美瑛町本町4丁目6番1号（B1F）	北海道	上川郡美瑛町	本町	paren-building
A	北海道上川郡美瑛町本町４丁目６－１	北海道	上川郡美瑛町	本町	fullwidth
B	上川郡美瑛町本町4-6-1	北海道	上川郡美瑛町	本町	no-prefecture+hyphen-chome
B	北海道上川郡美瑛町本町4-6-1	北海道	上川郡美瑛町	本町	hyphen-chome
B	北海道美瑛町本町4丁目6-1	北海道	上川郡美瑛町	本町	no-gun
B	美瑛町本町4丁目6-1	北海道	上川郡美瑛町	本町	no-prefecture+no-gun
A	北海道上川郡清水町南4条2丁目2番地　市民センター	北海道	上川郡清水町	南四条	paren-building
A	北海道 上川郡清水町 南4条2丁目2 ABCマンション１０３号	北海道	上川郡清水町	南四条	spaces+building
B	北海道上川郡清水町南4条2-2	北海道	上川郡清水町	南四条	hyphen-chome
A	静岡県 駿東郡清水町 堂庭 210-1 県庁舎本館	静岡県	駿東郡清水町	堂庭	spaces+building
A	〒4110903 静岡県駿東郡清水町堂庭210-1	静岡県	駿東郡清水町	堂庭	postal
B	静岡県清水町堂庭210-1	静岡県	駿東郡清水町	堂庭	no-gun
B	清水町堂庭210-1	静岡県	駿東郡清水町	堂庭	no-prefecture+no-gun
A	北海道上川郡新得町３条南４丁目２６	北海道	上川郡新得町	三条南	fullwidth
A	北海道上川郡新得町3条南4丁目26　〒081-0013	北海道	上川郡新得町	三条南	postal-after
A	北海道上川郡新得町3条南四丁目26	北海道	上川郡新得町	三条南	kanji
B	新得町3条南4丁目26番地	北海道	上川郡新得町	三条南	no-prefecture+no-gun
A	長野県北安曇郡池田町池田3203番地6	長野県	北安曇郡池田町	池田	official
A	長野県北安曇郡池田町池田3203-6（〒399-8601）	長野県	北安曇郡池田町	池田	postal-after
B	長野県北安曇郡池田町大字池田3203-6	長野県	北安曇郡池田町	池田	oaza-prefix
B	長野県池田町池田3203番地6	長野県	北安曇郡池田町	池田	no-gun
B	〒399-8601　北安曇郡池田町池田3203番地6	長野県	北安曇郡池田町	池田	no-prefecture
A	岐阜県揖斐郡池田町六之井1468ｰ1	岐阜県	揖斐郡池田町	六之井	dash
A	岐阜県揖斐郡池田町六之井一四六八番地一	岐阜県	揖斐郡池田町	六之井	kanji
A	岐阜県揖斐郡池田町六ノ井1468-1	岐阜県	揖斐郡池田町	六之井	variant
B	揖斐郡池田町六之井1468-1	岐阜県	揖斐郡池田町	六之井	no-prefecture
A	北海道中川郡池田町西1条7丁目11番地	北海道	中川郡池田町	西一条	official
A	北海道中川郡池田町西1条7丁目11　〒083-0021	北海道	中川郡池田町	西一条	postal-after
A	北海道　中川郡池田町　西1条7丁目11サンハイツ101	北海道	中川郡池田町	西一条	spaces+building
B	中川郡池田町西1条7-11	北海道	中川郡池田町	西一条	no-prefecture+hyphen-chome
B	池田町西1条7丁目11番地	北海道	中川郡池田町	西一条	no-prefecture+no-gun
A	奈良県磯城郡川西町結崎28番地1	奈良県	磯城郡川西町	結崎	official
A	奈良県 磯城郡川西町 結崎 28-1 本庁舎	奈良県	磯城郡川西町	結崎	spaces+building
B	奈良県磯城郡川西町大字結崎28番地1	奈良県	磯城郡川西町	結崎	oaza-prefix
B	奈良県川西町結崎28番地1	奈良県	磯城郡川西町	結崎	no-gun
B	川西町結崎28-1	奈良県	磯城郡川西町	結崎	no-prefecture+no-gun
A	〒9990121 山形県東置賜郡川西町上小松1567	山形県	東置賜郡川西町	上小松	postal
A	山形県東置賜郡川西町上小松１５６７	山形県	東置賜郡川西町	上小松	fullwidth
B	山形県東置賜郡川西町大字上小松1567番地	山形県	東置賜郡川西町	上小松	oaza-prefix
B	山形県川西町上小松1567	山形県	東置賜郡川西町	上小松	no-gun
B	東置賜郡川西町上小松1567	山形県	東置賜郡川西町	上小松	no-prefecture
B	川西町上小松1567	山形県	東置賜郡川西町	上小松	no-prefecture+no-gun
A	熊本県阿蘇郡高森町高森2168番地	熊本県	阿蘇郡高森町	高森	official
A	熊本県阿蘇郡高森町高森２１６８	熊本県	阿蘇郡高森町	高森	fullwidth
A	熊本県阿蘇郡高森町高森二一六八番地	熊本県	阿蘇郡高森町	高森	kanji
B	熊本県阿蘇郡高森町大字高森2168	熊本県	阿蘇郡高森町	高森	oaza-prefix
B	熊本県高森町大字高森2168番地	熊本県	阿蘇郡高森町	高森	oaza-prefix+omissions
A	長野県下伊那郡高森町下市田2183番地の1	長野県	下伊那郡高森町	下市田	banchi-no
A	長野県下伊那郡高森町下市田2183—1	長野県	下伊那郡高森町	下市田	dash
B	高森町下市田2183-1	長野県	下伊那郡高森町	下市田	no-prefecture+no-gun
B	長野県高森町下市田2183番地1	長野県	下伊那郡高森町	下市田	no-gun
B	下伊那郡高森町下市田2183-1	長野県	下伊那郡高森町	下市田	no-prefecture
A	鳥取県西伯郡南部町法勝寺377番地1	鳥取県	西伯郡南部町	法勝寺	official
A	鳥取県 西伯郡南部町 法勝寺 377-1グランドメゾン3F	鳥取県	西伯郡南部町	法勝寺	spaces+building
B	鳥取県南部町法勝寺377-1	鳥取県	西伯郡南部町	法勝寺	no-gun
B	青森県三戸郡南部町大字平広場28-1	青森県	三戸郡南部町	平	oaza-prefix
B	青森県三戸郡南部町平字広場28番地1	青森県	三戸郡南部町	平	koaza
B	南部町大字平字広場28-1	青森県	三戸郡南部町	平	oaza-prefix+omissions
B	青森県南部町平字広場28番地1	青森県	三戸郡南部町	平	no-gun
B	三戸郡南部町平広場28番地1	青森県	三戸郡南部町	平	no-prefecture
B	南部町平字広場28番地1	青森県	三戸郡南部町	平	no-prefecture+no-gun
A	山梨県南巨摩郡南部町内船4473番地1	山梨県	南巨摩郡南部町	内船	official
A	山梨県南巨摩郡南部町内船4473-1　〒409-2305	山梨県	南巨摩郡南部町	内船	postal-after
B	南巨摩郡南部町内船4473-1	山梨県	南巨摩郡南部町	内船	no-prefecture
B	南部町内船4473番地1	山梨県	南巨摩郡南部町	内船	no-prefecture+no-gun
B	山梨県南部町内船4473-1	山梨県	南巨摩郡南部町	内船	no-gun
"""#
}

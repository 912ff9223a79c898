import Foundation
import Mustache

extension ReviewReport {
    /// The report as one self-contained HTML page (no network; opens from disk).
    public func html() throws -> String {
        let template = try MustacheTemplate(string: Self.template)
        return template.render(context())
    }

    /// The template's data: text is escaped by the template; fragments built here (marked
    /// differences, charts) are escaped when built and inserted raw.
    func context() -> [String: Any] {
        let bins = histogram.map { (label: "\($0.low)〜\($0.low + 5)", count: $0.count) }
        var itemContexts: [[String: Any]] = []
        for (index, item) in items.enumerated() {
            var candidates: [[String: Any]] = []
            var ledgerNameHTML = HTMLSupport.escape(item.ledger.name)
            for candidate in item.candidates {
                let (ledgerMarked, residentMarked) = HTMLSupport.marked(item.ledger.name, candidate.name)
                if candidate.rank == item.candidates.first?.rank { ledgerNameHTML = ledgerMarked }
                var readingHTML = candidate.reading.map(HTMLSupport.escape) ?? ""
                if let ledgerReading = item.ledger.reading, let reading = candidate.reading {
                    readingHTML = HTMLSupport.marked(ledgerReading, reading).1
                }
                let steps = candidate.steps.map {
                    (label: HTMLSupport.comparisonLabels[$0.comparison] ?? $0.comparison, weight: $0.weight)
                }
                candidates.append([
                    "rank": candidate.rank, "code": candidate.residentCode, "nameHTML": residentMarked,
                    "readingHTML": readingHTML, "former": candidate.formerSurname ?? "",
                    "birth": candidate.birthDate ?? "", "status": candidate.status ?? "",
                    "protected": candidate.protected, "weight": String(format: "%.2f", candidate.weight),
                    "probability": String(format: "%.4f", candidate.probability), "rules": candidate.rules,
                    "levels": candidate.steps.dropFirst().map {
                        [
                            "comparison": HTMLSupport.comparisonLabels[$0.comparison] ?? $0.comparison,
                            "level": HTMLSupport.label($0.level, HTMLSupport.levelLabels),
                            "weight": String(format: "%+.2f", $0.weight),
                        ]
                    },
                    "waterfall": HTMLSupport.waterfall(steps, title: "候補\(candidate.rank)の一致重み"),
                    "addresses": candidate.addresses.map {
                        ["text": $0.text, "from": $0.from ?? "?", "to": $0.to ?? "現在", "current": $0.to == nil]
                    },
                    "household": candidate.household.map {
                        ["code": $0.residentCode, "name": $0.name, "birth": $0.birthDate ?? ""]
                    },
                    "hasHousehold": !candidate.household.isEmpty,
                ])
            }
            itemContexts.append([
                "index": index + 1, "recordKey": item.recordKey,
                "role": HTMLSupport.label(item.role, HTMLSupport.roleLabels),
                "reason": HTMLSupport.label(item.reason, HTMLSupport.reasonLabels),
                "weight": item.weight.map { String(format: "%.2f", $0) } ?? "–",
                "probability": item.probability.map { String(format: "%.4f", $0) } ?? "–",
                "ledgerNameHTML": ledgerNameHTML, "ledgerReading": item.ledger.reading ?? "",
                "ledgerAddress": item.ledger.address ?? "", "ledgerRecorded": item.ledger.recordedOn ?? "",
                "ledgerBirth": item.ledger.birthDate ?? "", "candidates": candidates,
            ])
        }
        return [
            "registry": registry, "generatedAt": generatedAt,
            "link": counts["link"] ?? 0, "review": counts["review"] ?? 0, "noLink": counts["no-link"] ?? 0,
            "histogram": HTMLSupport.histogram(bins, title: "最良候補の一致重みの分布"),
            "items": itemContexts, "shown": items.count, "omitted": omitted, "hasOmitted": omitted > 0,
            "empty": items.isEmpty,
        ]
    }

    static let template = """
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>照合レビュー {{registry}} — regsync</title>
        <style>
        body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; margin: 0 auto; max-width: 1200px;
               padding: 16px; color: #1b1b1b; background: #fafafa; }
        h1 { font-size: 1.5em; margin: 0 0 4px; } h2 { font-size: 1.2em; border-bottom: 2px solid #4a78b5; }
        .meta { color: #555; margin: 0 0 12px; }
        table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left;
               vertical-align: top; }
        th { background: #eef2f8; font-weight: 600; }
        .figures td { text-align: right; min-width: 6em; }
        article { background: #fff; border: 1px solid #d0d7e2; border-radius: 6px; margin: 16px 0; padding: 12px; }
        article h3 { margin: 0 0 8px; font-size: 1.05em; }
        .sides { display: flex; flex-wrap: wrap; gap: 12px; }
        .side { flex: 1 1 340px; border: 1px solid #e3e7ee; border-radius: 4px; padding: 8px; }
        .ledger { background: #fffbea; }
        mark { background: #ffd54f; color: #000; padding: 0 1px; }
        .protected { color: #8b1e1e; font-weight: 600; }
        .timeline { list-style: none; padding: 0; margin: 4px 0; border-left: 3px solid #4a78b5; }
        .timeline li { margin: 0 0 4px 8px; } .timeline .current { font-weight: 600; }
        .recorded { color: #7a5a00; }
        .small { font-size: 0.85em; color: #555; }
        a { color: #1d4e89; }
        </style>
        </head>
        <body>
        <header>
        <h1>照合レビュー：{{registry}}</h1>
        <p class="meta">作成 {{generatedAt}} ・ regsync match</p>
        </header>
        <section aria-labelledby="figures">
        <h2 id="figures">集計</h2>
        <table class="figures">
        <tr><th>照合（link）</th><th>要確認（review）</th><th>照合なし（no-link）</th></tr>
        <tr><td>{{link}}</td><td>{{review}}</td><td>{{noLink}}</td></tr>
        </table>
        <p>{{{histogram}}}</p>
        </section>
        <section aria-labelledby="queue">
        <h2 id="queue">要確認一覧（不確実な順）</h2>
        {{#empty}}<p>要確認の組はありません。</p>{{/empty}}
        {{#hasOmitted}}<p class="small">この頁には最も不確実な {{shown}} 件を示します。残り {{omitted}} 件は CSV・JSON にあります。</p>{{/hasOmitted}}
        {{#items}}
        <article id="item-{{index}}" aria-label="要確認 {{index}}">
        <h3>{{index}}. 記録 {{recordKey}} ・ {{role}} ・ 理由: {{reason}} ・ 重み {{weight}} ・ 確率 {{probability}}</h3>
        <div class="sides">
        <div class="side ledger">
        <h4>台帳の記載</h4>
        <table>
        <tr><th>氏名</th><td class="name">{{{ledgerNameHTML}}}</td></tr>
        <tr><th>フリガナ</th><td>{{ledgerReading}}</td></tr>
        <tr><th>住所</th><td>{{ledgerAddress}}</td></tr>
        <tr><th>記録日</th><td class="recorded">{{ledgerRecorded}}</td></tr>
        <tr><th>生年月日</th><td>{{ledgerBirth}}</td></tr>
        </table>
        </div>
        {{#candidates}}
        <div class="side candidate">
        <h4>候補 {{rank}}：住民 <span class="code">{{code}}</span></h4>
        <table>
        <tr><th>氏名</th><td class="name">{{{nameHTML}}}</td></tr>
        <tr><th>フリガナ</th><td>{{{readingHTML}}}</td></tr>
        <tr><th>旧氏</th><td>{{former}}</td></tr>
        <tr><th>生年月日</th><td>{{birth}}</td></tr>
        <tr><th>状態</th><td>{{status}}</td></tr>
        <tr><th>重み / 確率</th><td>{{weight}} / {{probability}}</td></tr>
        </table>
        <p><strong>住所履歴</strong>（台帳の記録日: <span class="recorded">{{ledgerRecorded}}</span>）</p>
        {{#protected}}<p class="protected">（支援措置対象）住所は表示しません。</p>{{/protected}}
        <ol class="timeline">
        {{#addresses}}<li{{#current}} class="current"{{/current}}>{{from}} 〜 {{to}}：{{text}}</li>{{/addresses}}
        </ol>
        {{#hasHousehold}}<p><strong>同一世帯の者（類似者）</strong></p>
        <ul>{{#household}}<li>{{name}}（{{birth}}） <span class="small">{{code}}</span></li>{{/household}}</ul>{{/hasHousehold}}
        <table class="levels">
        <tr><th>比較</th><th>水準</th><th>重み</th></tr>
        {{#levels}}<tr><td>{{comparison}}</td><td>{{level}}</td><td>{{weight}}</td></tr>{{/levels}}
        </table>
        {{{waterfall}}}
        <p class="small">ブロッキング規則: {{rules}}</p>
        </div>
        {{/candidates}}
        </div>
        </article>
        {{/items}}
        </section>
        </body>
        </html>

        """
}

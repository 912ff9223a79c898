import Foundation
import Mustache

extension PropagationReports {
    /// The changes report as one self-contained page: counts per status and kind and per
    /// municipality, then every change in a table sortable by any column (an inline script;
    /// nothing from the network).
    public static func html(_ rows: [ChangesReportRow], registry: String, generatedAt: String) throws -> String {
        let table = rows.map { row in
            [
                row.recordKey, HTMLSupport.label(row.role, HTMLSupport.roleLabels),
                HTMLSupport.label(row.status, statusLabels), HTMLSupport.label(row.kind, kindLabels),
                row.oldAddress ?? "",
                row.status == "held" ? "（支援措置対象）" : (row.newAddress ?? ""), row.batch.map(String.init) ?? "",
                row.movedOn ?? "", row.daysSinceMove.map(String.init) ?? "", row.pastDeadline ? "期限超過" : "",
            ]
        }
        return try page(
            title: "住所変更：\(registry)", generatedAt: generatedAt,
            groups: [
                ("状態別", count(rows.map { HTMLSupport.label($0.status, statusLabels) })),
                ("種別", count(rows.map { HTMLSupport.label($0.kind, kindLabels) })),
            ],
            header: ["記録", "役割", "状態", "種別", "旧住所", "新住所", "バッチ", "異動日", "経過日数", "期限"], rows: table)
    }

    /// The discrepancy report as one self-contained page: counts per municipality and per kind,
    /// then every finding in a sortable table.
    public static func html(_ rows: [DiscrepancyReportRow], registry: String, generatedAt: String) throws -> String {
        let table = rows.map { row in
            [
                row.recordKey, HTMLSupport.label(row.role, HTMLSupport.roleLabels),
                HTMLSupport.label(row.kind, discrepancyLabels), row.lgCode ?? "", row.detail,
                row.daysSinceMove.map(String.init) ?? "", row.pastDeadline ? "期限超過" : "",
            ]
        }
        return try page(
            title: "不整合：\(registry)", generatedAt: generatedAt,
            groups: [
                ("種別", count(rows.map { HTMLSupport.label($0.kind, discrepancyLabels) })),
                ("市区町村コード別", count(rows.map { $0.lgCode ?? "（不明）" })),
            ],
            header: ["記録", "役割", "種別", "市区町村コード", "内容", "経過日数", "期限"], rows: table)
    }

    public static let statusLabels = [
        "applied": "反映済", "proposed": "承認待ち", "held": "保留（支援措置）", "refused": "却下", "rolled-back": "取消済",
    ]
    public static let kindLabels = ["move": "転居等", "administrative": "行政による変更"]
    public static let discrepancyLabels = [
        "moved-not-updated": "住所変更未登記", "holder-deceased": "名義人死亡（相続登記）", "holder-abroad": "名義人国外転出",
        "holder-removed": "名義人消除", "unmatched": "照合なし", "ambiguous": "要確認", "conflicting-links": "照合の矛盾",
        "inconsistent-addresses": "同一人の住所不一致", "unparseable-address": "住所を解釈できない",
    ]

    static func count(_ values: [String]) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    }

    static func page(
        title: String, generatedAt: String, groups: [(String, [(String, Int)])], header: [String], rows: [[String]]
    ) throws -> String {
        let context: [String: Any] = [
            "title": title, "generatedAt": generatedAt, "total": rows.count,
            "groups": groups.map { group in
                ["name": group.0, "rows": group.1.map { ["label": $0.0, "count": $0.1] }]
            },
            "header": header.enumerated().map { ["index": $0.offset, "label": $0.element] },
            "rows": rows.map { ["cells": $0.map { ["value": $0] }] },
        ]
        return try MustacheTemplate(string: template).render(context)
    }

    static let template = """
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} — regsync</title>
        <style>
        body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; margin: 0 auto; max-width: 1400px;
               padding: 16px; color: #1b1b1b; background: #fafafa; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.15em; border-bottom: 2px solid #4a78b5; }
        table { border-collapse: collapse; margin-bottom: 12px; }
        th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #eef2f8; }
        th button { font: inherit; background: none; border: none; cursor: pointer; padding: 0; }
        .groups { display: flex; flex-wrap: wrap; gap: 24px; }
        .count { text-align: right; }
        </style>
        </head>
        <body>
        <h1>{{title}}</h1>
        <p>作成 {{generatedAt}} ・ 全 {{total}} 件</p>
        <div class="groups">
        {{#groups}}
        <section><h2>{{name}}</h2>
        <table>{{#rows}}<tr><td>{{label}}</td><td class="count">{{count}}</td></tr>{{/rows}}</table>
        </section>
        {{/groups}}
        </div>
        <h2>一覧（見出しを押すと並べ替え）</h2>
        <table id="items">
        <thead><tr>{{#header}}<th><button type="button" data-column="{{index}}">{{label}}</button></th>{{/header}}</tr></thead>
        <tbody>
        {{#rows}}<tr>{{#cells}}<td>{{value}}</td>{{/cells}}</tr>
        {{/rows}}
        </tbody>
        </table>
        <script>
        document.querySelectorAll('#items th button').forEach(function (button) {
          button.addEventListener('click', function () {
            var column = Number(button.dataset.column);
            var body = document.querySelector('#items tbody');
            var rows = Array.from(body.rows);
            var ascending = button.dataset.order !== 'asc';
            button.dataset.order = ascending ? 'asc' : 'desc';
            rows.sort(function (a, b) {
              var x = a.cells[column].textContent, y = b.cells[column].textContent;
              var nx = Number(x), ny = Number(y);
              var order = (x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'ja');
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
        </script>
        </body>
        </html>

        """
}

import Foundation
import Hummingbird
import RegsyncStore
import RegsyncText

/// A queue filter as it travels in URLs: `registry`, `municipality`, `reason` on the queue
/// page, the same names with `q_` on a pair page (so "next" stays within the filter).
/// Values that are not well formed are dropped, never echoed.
struct QueueParameters: Sendable, Equatable {
    var filter = ReviewQueue.Filter()

    init(_ fields: FormFields, prefix: String = "") {
        if let registry = fields[prefix + "registry"], RegistryPersons.registries.contains(registry) {
            filter.registry = registry
        }
        if let code = fields[prefix + "municipality"], code.count == 6, code.allSatisfy(\.isASCII),
            code.allSatisfy(\.isNumber)
        {
            filter.lgCode = code
        }
        if let reason = fields[prefix + "reason"], !reason.isEmpty, reason.count <= 40,
            reason.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "_") })
        {
            filter.reason = reason
        }
    }

    /// The filter's query pairs, named with `prefix`.
    func pairs(prefix: String = "") -> [(String, String?)] {
        [
            (prefix + "registry", filter.registry), (prefix + "municipality", filter.lgCode),
            (prefix + "reason", filter.reason),
        ]
    }
}

/// A queue position as an opaque URL value (Base64url of its parts, joined by U+001E).
enum QueueCursor {
    static func encode(_ position: ReviewQueue.Position) -> String {
        let text = [position.distance, position.registry, position.recordKey, position.role].joined(separator: "\u{1E}")
        return Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ value: String?) -> ReviewQueue.Position? {
        guard var text = value, !text.isEmpty, text.utf8.count <= 4096 else { return nil }
        text = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.utf8.count % 4 != 0 { text += "=" }
        guard let data = Data(base64Encoded: text) else { return nil }
        let parts = String(decoding: data, as: UTF8.self).split(separator: "\u{1E}", omittingEmptySubsequences: false)
        guard parts.count == 4, Double(parts[0]) != nil, RegistryPersons.registries.contains(String(parts[1])) else {
            return nil
        }
        return ReviewQueue.Position(
            distance: String(parts[0]), registry: String(parts[1]), recordKey: String(parts[2]), role: String(parts[3]))
    }
}

/// The review queue page.
extension Handlers {
    static let pageSize = 50

    func queuePage(_ context: WorkbenchContext) async throws -> Response {
        let parameters = QueueParameters(context.query)
        let filter = parameters.filter
        let after = QueueCursor.decode(context.query["after"])
        let start = max(Int(context.query["start"] ?? "") ?? 1, 1)
        let reveal = reveals(context)
        let limit = Self.pageSize
        let entries = try await database.run {
            try ReviewQueue(connection: $0).page(filter, after: after, limit: limit + 1, revealProtected: reveal)
        }
        let database = database
        let tally = try await tallies.tally(registry: filter.registry, reveal: reveal) {
            try await database.run {
                try ReviewQueue(connection: $0).tally(registry: filter.registry, revealProtected: reveal)
            }
        }
        let count = tally.count(filter)
        let language = context.language
        let shown = Array(entries.prefix(limit))
        let rows: [[String: Any]] = shown.enumerated().map { offset, entry in
            let key = entry.position.recordKey.replacingOccurrences(of: "\u{1F}", with: "|")
            return [
                "index": start + offset, "registry": Labels.code(entry.position.registry, .registry, language),
                "registryCode": entry.position.registry, "recordKey": key,
                "role": Labels.code(entry.position.role, .role, language), "roleCode": entry.position.role,
                "name": entry.name ?? "",
                "municipality": entry.lgCode.map(Self.municipalityName)
                    ?? pages.text(entry.nearProtected && !reveal ? "withheld" : "unknown", context),
                "reason": Labels.code(entry.reason, .reason, language),
                "probability": entry.probability.map { String(format: "%.4f", $0) } ?? "–",
                "open": entry.openCandidates, "total": entry.candidates,
                "href": Self.pairHref(
                    registry: entry.position.registry, key: key, role: entry.position.role,
                    candidate: entry.firstOpen ?? "", parameters),
            ]
        }
        var values: [String: Any] = [
            "entries": rows, "empty": rows.isEmpty, "count": count,
            "registries": RegistryPersons.registries.map {
                ["code": $0, "label": Labels.code($0, .registry, language), "selected": filter.registry == $0]
            },
            "municipalities": tally.municipalities.map {
                [
                    "code": $0.lgCode, "label": Self.municipalityName($0.lgCode), "count": $0.count,
                    "selected": filter.lgCode == $0.lgCode,
                ]
            },
            "reasons": tally.reasons.map {
                [
                    "code": $0.reason, "label": Labels.code($0.reason, .reason, language), "count": $0.count,
                    "selected": filter.reason == $0.reason,
                ]
            },
        ]
        if after != nil { values["firstHref"] = "/queue?" + FormFields.query(parameters.pairs()) }
        if entries.count > limit, let last = shown.last {
            values["nextHref"] =
                "/queue?"
                + FormFields.query(
                    parameters.pairs() + [
                        ("after", QueueCursor.encode(last.position)), ("start", String(start + limit)),
                    ])
        }
        if context.query["notice"] == "done" { values["notice"] = pages.text("queue_done", context) }
        return pages.render("queue", title: pages.text("queue", context), context, values)
    }

    /// A municipality's name from the reference data (prefecture and municipality), else its code.
    static func municipalityName(_ lgCode: String) -> String {
        AddressReference.municipality(lgCode: lgCode).map { $0.prefecture + $0.name } ?? lgCode
    }

    /// The pair page of a person and candidate, keeping the queue filter.
    static func pairHref(
        registry: String, key: String, role: String, candidate: String, _ parameters: QueueParameters
    ) -> String {
        "/pair?"
            + FormFields.query(
                [("registry", registry), ("key", key), ("role", role), ("candidate", candidate)]
                    + parameters.pairs(prefix: "q_"))
    }

    /// The first person in the queue after `registry`/`key`/`role` (under the filter), as its pair page.
    func next(_ context: WorkbenchContext) async throws -> Response {
        let parameters = QueueParameters(context.query, prefix: "q_")
        let filter = parameters.filter
        guard let registry = context.query["registry"], RegistryPersons.registries.contains(registry),
            let key = context.query["key"], let role = context.query["role"]
        else { return pages.notFound(context) }
        let recordKey = key.replacingOccurrences(of: "|", with: "\u{1F}")
        let reveal = reveals(context)
        let entry = try await database.run { connection -> ReviewQueue.Entry? in
            let queue = ReviewQueue(connection: connection)
            let position = try queue.position(registry: registry, recordKey: recordKey, role: role)
            return try queue.entry(after: position, filter, revealProtected: reveal)
        }
        var notice: [(String, String?)] = []
        if let verdict = context.query["notice"], ["confirm", "reject"].contains(verdict) {
            notice = [("notice", verdict)]
        }
        guard let entry else {
            return Reply.redirect("/queue?" + FormFields.query(parameters.pairs() + [("notice", "done")]))
        }
        return Reply.redirect(
            Self.pairHref(
                registry: entry.position.registry,
                key: entry.position.recordKey.replacingOccurrences(of: "\u{1F}", with: "|"),
                role: entry.position.role, candidate: entry.firstOpen ?? "", parameters)
                + (notice.isEmpty ? "" : "&" + FormFields.query(notice)))
    }
}

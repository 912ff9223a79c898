import Foundation
import Hummingbird
import RegsyncStore

/// The pair page and the decisions taken on it.
extension Handlers {
    /// What the pair page needs from the store, read in one go.
    struct PairData: Sendable {
        var person: LinkReports.PersonLink
        var views: [String: LinkReports.ResidentView]
        var decisions: [String: (verdict: String, steward: String, at: String, comment: String?)]
    }

    func loadPair(registry: String, recordKey: String, role: String) async throws -> PairData? {
        try await database.run { connection -> PairData? in
            let reports = LinkReports(connection: connection, registry: registry)
            guard let person = try reports.person(recordKey: recordKey, role: role) else { return nil }
            let codes = Set(person.item.candidates.map(\.residentCode))
            return PairData(
                person: person, views: try reports.residents(codes),
                decisions: try StewardStore(connection: connection, registry: registry).decisions(
                    recordKey: recordKey, role: role))
        }
    }

    /// The person, role and candidate a request names (query or form), checked.
    static func pairKey(_ fields: FormFields) -> (
        registry: String, recordKey: String, role: String, candidate: String?
    )? {
        guard let registry = fields["registry"], RegistryPersons.registries.contains(registry),
            let key = fields["key"], !key.isEmpty, key.utf8.count <= 1024, let role = fields["role"],
            ["owner", "user", "representative", "officer"].contains(role)
        else { return nil }
        let candidate = fields["candidate"].flatMap { $0.isEmpty || $0.utf8.count > 64 ? nil : $0 }
        return (registry, key.replacingOccurrences(of: "|", with: "\u{1F}"), role, candidate)
    }

    func pairPage(_ context: WorkbenchContext) async throws -> Response {
        guard let pair = Self.pairKey(context.query),
            let data = try await loadPair(registry: pair.registry, recordKey: pair.recordKey, role: pair.role)
        else { return pages.notFound(context) }
        var values = pairValues(pair.registry, data, candidate: pair.candidate, context)
        switch context.query["notice"] {
        case "confirm": values["notice"] = pages.text("notice_confirm", context)
        case "reject": values["notice"] = pages.text("notice_reject", context)
        default: break
        }
        return pages.render("pair", title: pages.text("pair_title", context), context, values)
    }

    func pairValues(
        _ registry: String, _ data: PairData, candidate: String?, _ context: WorkbenchContext
    ) -> [String: Any] {
        let code =
            candidate.flatMap { code in data.person.item.candidates.contains { $0.residentCode == code } ? code : nil }
            ?? PairView.defaultCandidate(data.person, decided: Set(data.decisions.keys)) ?? ""
        let view = PairView(
            registry: registry, person: data.person, views: data.views, decisions: data.decisions,
            candidateCode: code, reveal: reveals(context), language: context.language,
            parameters: QueueParameters(context.query.pairs.isEmpty ? context.form : context.query, prefix: "q_"),
            texts: Labels.texts(context.language))
        return view.values(today: Self.today())
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: Date())
    }

    /// Records a confirm or reject at once — unless someone decided the pair first, in which
    /// case nothing is written and the steward is told who (409) — then moves to the next pair.
    func decide(_ context: WorkbenchContext) async throws -> Response {
        let form = context.form
        guard let pair = Self.pairKey(form), let candidate = pair.candidate,
            let verdict = form["verdict"], ["confirm", "reject"].contains(verdict),
            let steward = context.account?.name
        else { return pages.message(.badRequest, title: "400", text: pages.text("not_found", context), context) }
        let comment = (form["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let decision = StewardStore.Verdict(
            recordKey: pair.recordKey, role: pair.role, residentCode: candidate, confirm: verdict == "confirm",
            comment: comment.isEmpty ? nil : String(comment.prefix(2000)))
        let outcome = try await database.run { connection in
            try StewardStore(connection: connection, registry: pair.registry).decideOnce(
                decision, steward: steward, source: "workbench")
        }
        let parameters = QueueParameters(form, prefix: "q_")
        switch outcome {
        case .recorded:
            tallies.clear()
            logger.info(
                "steward decision recorded",
                metadata: ["workbench.registry": "\(pair.registry)", "workbench.verdict": "\(verdict)"])
            return Reply.redirect(
                "/next?"
                    + FormFields.query(
                        [
                            ("registry", pair.registry),
                            ("key", pair.recordKey.replacingOccurrences(of: "\u{1F}", with: "|")),
                            ("role", pair.role), ("notice", verdict),
                        ] + parameters.pairs(prefix: "q_")))
        case .unknown:
            return pages.notFound(context)
        case .alreadyDecided(let earlier, let by, let at, let code):
            return try await conflict(
                pair.registry, pair.recordKey, pair.role, candidate, context,
                heading: pages.text("already_decided", context),
                text: Labels.code(earlier, .verdict, context.language) + " ・ " + pages.text("by", context) + " " + by
                    + " ・ " + pages.text("at", context) + " " + at + " ・ " + pages.text("resident", context) + " "
                    + code)
        case .notInReview(let current, let by):
            return try await conflict(
                pair.registry, pair.recordKey, pair.role, candidate, context,
                heading: pages.text("not_in_review", context),
                text: Labels.code(current, .decision, context.language) + " ・ " + by)
        }
    }

    /// The pair page again, with the reason nothing was written (409 Conflict).
    func conflict(
        _ registry: String, _ recordKey: String, _ role: String, _ candidate: String, _ context: WorkbenchContext,
        heading: String, text: String
    ) async throws -> Response {
        guard let data = try await loadPair(registry: registry, recordKey: recordKey, role: role) else {
            return pages.notFound(context)
        }
        var values = pairValues(registry, data, candidate: candidate, context)
        values["conflict"] = ["heading": heading, "text": text]
        return pages.render("pair", title: pages.text("pair_title", context), context, values, status: .conflict)
    }
}

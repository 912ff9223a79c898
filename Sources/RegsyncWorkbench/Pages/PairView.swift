import Foundation
import RegsyncJobs
import RegsyncReport
import RegsyncStore

/// The pair page's data: the registry record and one candidate resident side by side with
/// their character differences marked, the resident's address history on a timeline with the
/// registry's recorded date on it, the household's look-alikes, and the evidence (levels and
/// the weight waterfall). What the steward may not see is masked before it gets here
/// (``ReviewReportJob/item(_:_:revealProtected:)``).
struct PairView {
    let registry: String
    let person: LinkReports.PersonLink
    let views: [String: LinkReports.ResidentView]
    let decisions: [String: (verdict: String, steward: String, at: String, comment: String?)]
    let candidateCode: String
    let reveal: Bool
    let language: Language
    let parameters: QueueParameters
    let texts: [String: String]

    func t(_ key: String) -> String { texts[key] ?? key }

    /// The candidate shown when none is asked for: the best ranked undecided one, else the first.
    static func defaultCandidate(_ person: LinkReports.PersonLink, decided: Set<String>) -> String? {
        person.item.candidates.first { !decided.contains($0.residentCode) }?.residentCode
            ?? person.item.candidates.first?.residentCode
    }

    /// Whether a steward may still decide the pair shown.
    var canDecide: Bool {
        person.decision == "review" && decisions[candidateCode] == nil
            && !decisions.values.contains { $0.verdict == "confirm" }
            && person.item.candidates.contains { $0.residentCode == candidateCode }
    }

    func values(today: String) -> [String: Any] {
        let item = ReviewReportJob.item(person.item, views, revealProtected: reveal)
        let key = item.recordKey
        let candidate = item.candidates.first { $0.residentCode == candidateCode } ?? item.candidates.first
        let ledger = item.ledger
        func href(_ code: String) -> String {
            Handlers.pairHref(registry: registry, key: key, role: item.role, candidate: code, parameters)
        }
        var values: [String: Any] = [
            "registry": Labels.code(registry, .registry, language), "role": Labels.code(item.role, .role, language),
            "recordKey": key, "reason": Labels.code(item.reason, .reason, language),
            "weight": item.weight.map { String(format: "%.2f", $0) } ?? "–",
            "probability": item.probability.map { String(format: "%.4f", $0) } ?? "–",
            "ledgerAddress": ledger.address ?? "", "ledgerRecorded": ledger.recordedOn ?? "",
            "canDecide": canDecide,
        ]
        values["candidates"] = item.candidates.map { other -> [String: Any] in
            var entry: [String: Any] = [
                "rank": other.rank, "probability": String(format: "%.4f", other.probability),
                "href": href(other.residentCode), "current": other.residentCode == candidate?.residentCode,
            ]
            if let decision = decisions[other.residentCode] {
                entry["decision"] = Labels.code(decision.verdict, .verdict, language) + " (" + decision.steward + ")"
            }
            return entry
        }
        let skip =
            "/next?"
            + FormFields.query(
                [("registry", registry), ("key", key), ("role", item.role)] + parameters.pairs(prefix: "q_"))
        values["skipHref"] = skip
        let laterOpen = item.candidates.first {
            $0.rank > (candidate?.rank ?? 0) && decisions[$0.residentCode] == nil
        }
        values["nextHref"] = laterOpen.map { href($0.residentCode) } ?? skip
        values["hidden"] =
            [
                ["name": "registry", "value": registry], ["name": "key", "value": key],
                ["name": "role", "value": item.role],
                ["name": "candidate", "value": candidate?.residentCode ?? ""],
            ] + parameters.pairs(prefix: "q_").compactMap { name, value in value.map { ["name": name, "value": $0] } }
        var state: [String] = []
        if person.decision != "review" {
            state.append(
                t("decision") + ": " + Labels.code(person.decision, .decision, language)
                    + (person.residentCode.map { " ・ " + t("current_link") + " " + $0 } ?? "") + " ・ "
                    + person.decidedBy + " ・ " + person.decidedAt)
        }
        if let decision = candidate.flatMap({ decisions[$0.residentCode] }) {
            state.append(
                t("decided_by") + ": " + Labels.code(decision.verdict, .verdict, language) + " ・ " + t("by") + " "
                    + decision.steward + " ・ " + t("at") + " " + decision.at
                    + (decision.comment.map { " ・ " + $0 } ?? ""))
        }
        if !state.isEmpty { values["linkState"] = state.joined(separator: " / ") }
        guard let candidate else {
            values["ledgerNameHTML"] = HTMLSupport.escape(ledger.name)
            return values
        }
        let names = HTMLSupport.marked(ledger.name, candidate.name)
        values["ledgerNameHTML"] = names.0
        values["residentNameHTML"] = names.1
        let readings = Self.marked(ledger.reading, candidate.reading)
        values["ledgerReadingHTML"] = readings.0
        values["residentReadingHTML"] = readings.1
        let births = Self.marked(ledger.birthDate, candidate.birthDate)
        values["ledgerBirthHTML"] = births.0
        values["residentBirthHTML"] = births.1
        values["residentCode"] = candidate.residentCode
        values["former"] = candidate.formerSurname ?? ""
        values["status"] = views[candidate.residentCode]?.status.map { Labels.code($0, .status, language) } ?? ""
        values["candidateWeight"] = String(format: "%.2f", candidate.weight)
        values["candidateProbability"] = String(format: "%.4f", candidate.probability)
        if candidate.protected { values["protectedNote"] = t(reveal ? "protected_officer" : "protected_note") }
        let recorded = ledger.recordedOn
        values["addresses"] = candidate.addresses.map { address -> [String: Any] in
            let valid =
                recorded.map { day in (address.from ?? "") <= day && (address.to.map { day < $0 } ?? true) } ?? false
            return [
                "text": address.text, "from": address.from ?? "?", "to": address.to ?? t("now"),
                "atRecorded": valid && address.from != nil,
            ]
        }
        values["timeline"] = HTMLSupport.timeline(
            candidate.addresses.map { ($0.from, $0.to) }, marker: recorded.map { (t("recorded_marker"), $0) },
            today: today, title: t("history"))
        let codes = Set(item.candidates.map(\.residentCode))
        values["household"] = candidate.household.map { member -> [String: Any] in
            var entry: [String: Any] = [
                "nameHTML": HTMLSupport.marked(ledger.name, member.name).1, "birth": member.birthDate ?? "",
                "code": member.residentCode,
            ]
            if codes.contains(member.residentCode) { entry["alsoCandidate"] = href(member.residentCode) }
            return entry
        }
        values["hasHousehold"] = !candidate.household.isEmpty
        values["levels"] = candidate.steps.dropFirst().map { step -> [String: Any] in
            [
                "comparison": Labels.code(step.comparison, .comparison, language),
                "level": Labels.code(step.level, .level, language), "weight": String(format: "%+.2f", step.weight),
                "sign": step.weight >= 0 ? "plus" : "minus",
            ]
        }
        values["waterfall"] = HTMLSupport.waterfall(
            candidate.steps.map {
                (
                    label: language == .japanese
                        ? (HTMLSupport.comparisonLabels[$0.comparison] ?? $0.comparison)
                        : Labels.code($0.comparison, .comparison, language), weight: $0.weight
                )
            }, title: t("waterfall"), total: t("total"))
        values["rules"] = candidate.rules
        return values
    }

    /// Both texts marked where they differ, or each escaped when one is missing.
    static func marked(_ a: String?, _ b: String?) -> (String, String) {
        guard let a, let b, !a.isEmpty, !b.isEmpty else {
            return (HTMLSupport.escape(a ?? ""), HTMLSupport.escape(b ?? ""))
        }
        return HTMLSupport.marked(a, b)
    }
}

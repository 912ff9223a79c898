import Foundation
import Hummingbird
import RegsyncCore
import RegsyncJobs
import RegsyncReport
import RegsyncStore

/// The pending changes: approvers list the changes proposed for a registry (policy `propose`,
/// or `apply-with-consent` without consent on file) and approve or refuse them through the
/// same job as `regsync propagate --approve/--refuse`.
extension Handlers {
    func changesPage(_ context: WorkbenchContext) async throws -> Response {
        let after = context.query["after"].flatMap { Int64($0) }
        let limit = Self.pageSize
        let (counts, chosen, rows) = try await database.run { connection in
            var counts: [String: (proposed: Int, held: Int)] = [:]
            for registry in RegistryPersons.registries {
                counts[registry] = try PropagationStore(connection: connection, registry: registry).openCounts()
            }
            let chosen =
                context.query["registry"].flatMap { RegistryPersons.registries.contains($0) ? $0 : nil }
                ?? RegistryPersons.registries.first { (counts[$0]?.proposed ?? 0) > 0 } ?? RegistryPersons.registries[0]
            let rows = try PropagationStore(connection: connection, registry: chosen).proposed(
                after: after, limit: limit + 1)
            return (counts, chosen, rows)
        }
        let language = context.language
        let reveal = reveals(context)
        let withheld = ReviewReportLabel.protected
        let shown = Array(rows.prefix(limit))
        var values: [String: Any] = [
            "registry": chosen, "proposedCount": counts[chosen]?.proposed ?? 0, "heldCount": counts[chosen]?.held ?? 0,
            "empty": shown.isEmpty,
            "registries": RegistryPersons.registries.map {
                [
                    "label": Labels.code($0, .registry, language), "href": "/changes?registry=\($0)",
                    "proposed": counts[$0]?.proposed ?? 0, "current": $0 == chosen,
                ] as [String: Any]
            },
            "rows": shown.map { row -> [String: Any] in
                let masked = row.protected && !reveal
                return [
                    "id": String(row.changeID),
                    "recordKey": row.recordKey.replacingOccurrences(of: "\u{1F}", with: "|"),
                    "role": Labels.code(row.role, .role, language),
                    "kind": Labels.code(row.kind, .changeKind, language),
                    "old": masked ? withheld : row.oldAddress ?? "",
                    "newHTML": HTMLSupport.escape(masked ? withheld : row.newAddress ?? ""),
                    "moved": row.movedOn ?? "", "deadline": row.deadline ?? "",
                    "policy": Labels.code(row.policy, .policy, language),
                ]
            },
        ]
        if after != nil { values["firstHref"] = "/changes?registry=\(chosen)" }
        if rows.count > limit, let last = shown.last {
            values["nextHref"] = "/changes?registry=\(chosen)&after=\(last.changeID)"
        }
        if let result = changesResult(context) { values["result"] = result }
        return pages.render("changes", title: pages.text("changes", context), context, values)
    }

    /// The outcome of the last approval or refusal, from the redirect's query (numbers only).
    func changesResult(_ context: WorkbenchContext) -> [String: Any]? {
        let query = context.query
        func number(_ name: String) -> Int? { query[name].flatMap { Int($0) } }
        switch query["done"] {
        case "approve":
            var lines = ["\(number("applied") ?? 0)"]
            if let batch = number("batch") {
                lines.append(
                    pages.text("batch", context) + " \(batch) ・ " + pages.text("rollback_hint", context) + " \(batch)")
            }
            if let stale = number("stale"), stale > 0 { lines.append(pages.text("stale", context) + ": \(stale)") }
            return ["heading": pages.text("changes_applied", context), "lines": lines]
        case "refuse":
            return ["heading": pages.text("changes_refused", context), "lines": ["\(number("refused") ?? 0)"]]
        default:
            guard let problem = query["problem"], ["conflict", "locked", "policy", "none"].contains(problem) else {
                return nil
            }
            let key = problem == "none" ? "nothing_selected" : "changes_" + problem
            return ["heading": pages.text(key, context), "lines": [String]()]
        }
    }

    /// Approves or refuses the selected changes by running the propagation job, as
    /// `regsync propagate REGISTRY --approve/--refuse ID...` does, naming the approver.
    func decideChanges(_ context: WorkbenchContext) async throws -> Response {
        let form = context.form
        guard let registry = form["registry"], RegistryPersons.registries.contains(registry),
            let action = form["action"], ["approve", "refuse"].contains(action), let name = context.account?.name
        else { return pages.message(.badRequest, title: "400", text: pages.text("not_found", context), context) }
        let back = "/changes?registry=\(registry)"
        let ids = form.all("id").compactMap { Int64($0) }
        guard !ids.isEmpty else { return Reply.redirect(back + "&problem=none") }
        let options = PropagateOptions(
            registry: registry, configPath: configuration.propagationConfig,
            approve: action == "approve" ? ids : [], refuse: action == "refuse" ? ids : [],
            actor: "steward:\(name) (workbench)")
        // The approve/refuse path of the job is one short transaction with no suspension
        // point (it blocks this task's thread for that transaction, as `regsync propagate
        // --approve/--refuse` blocks the command's).
        let result: Result<RunSummary, ChangesProblem>
        var summary = RunSummary(command: "review serve: \(action)")
        var job = PropagateJob(database: database.locator, options: options, logger: logger)
        do {
            try await job.run(&summary)
            result = .success(summary)
        } catch let failure as PropagateFailure {
            result = .failure(failure.outcome == .configuration ? .policy : .conflict)
        } catch let error as StoreError where error.kind == .locked {
            result = .failure(.locked)
        }
        switch result {
        case .success(let summary):
            logger.info(
                "pending changes decided",
                metadata: [
                    "workbench.registry": "\(registry)", "workbench.action": "\(action)",
                    "workbench.changes": "\(ids.count)",
                ])
            let counts = summary.counts
            return Reply.redirect(
                back + "&"
                    + FormFields.query([
                        ("done", action), ("applied", counts["applied"].map(String.init)),
                        ("stale", counts["stale"].map(String.init)), ("refused", counts["refused"].map(String.init)),
                        ("batch", counts["batch"].map(String.init)),
                    ]))
        case .failure(let problem):
            return Reply.redirect(back + "&problem=\(problem.rawValue)")
        }
    }

    /// Why a decision on changes was not carried out.
    enum ChangesProblem: String, Error {
        case conflict, locked, policy
    }
}

/// What a DV-protected resident's address shows as (the review report's label).
enum ReviewReportLabel {
    static let protected = ReviewReport.protectedLabel
}

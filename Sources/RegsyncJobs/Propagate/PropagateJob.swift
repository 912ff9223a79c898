import Crypto
import Foundation
import Logging
import RegsyncCore
import RegsyncImport
import RegsyncPostgres
import RegsyncPropagate
import RegsyncReport
import RegsyncStore

/// What `regsync propagate REGISTRY` was asked to do.
public struct PropagateOptions: Sendable {
    public var registry: String
    public var configPath: String?
    /// Policies given directly (the nightly job's configuration); else from `configPath`.
    public var config: PropagationConfig?
    public var dryRun: Bool
    public var approve: [Int64]
    /// Approve every open proposal of the registry (after staff reviewed the changes report).
    public var approveAll: Bool
    public var refuse: [Int64]
    public var keyFile: String?
    /// The day the run counts from (packed `yyyymmdd`; default today): days since a move, deadlines.
    public var asOf: Int32
    /// Who the audit names.
    public var actor: String
    /// Plan every linked person again, not only those whose record, link, resident or
    /// corporation changed since the last plan.
    public var full: Bool

    public init(
        registry: String, configPath: String? = nil, config: PropagationConfig? = nil, dryRun: Bool = false,
        approve: [Int64] = [],
        approveAll: Bool = false, refuse: [Int64] = [], keyFile: String? = nil,
        asOf: Int32 = PropagateOptions.today(), actor: String, full: Bool = false
    ) {
        self.full = full
        self.approveAll = approveAll
        self.registry = registry
        self.configPath = configPath
        self.config = config
        self.dryRun = dryRun
        self.approve = approve
        self.refuse = refuse
        self.keyFile = keyFile
        self.asOf = asOf
        self.actor = actor
    }

    /// Today, packed.
    public static func today() -> Int32 {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return PropagationDate.packed(dayNumber: days)
    }
}

/// A propagation that cannot run as asked (a change that is not an open proposal, a
/// missing or unsafe key file).
public struct PropagateFailure: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    public let description: String
    public let outcome: Outcome
}

/// `regsync propagate REGISTRY`: plans an address change for every linked holder whose
/// resident (or corporation) moved after the registry recorded the address, records the
/// discrepancies, and writes by policy — `apply`, `apply-with-consent`, `propose` (staff
/// approve or refuse with `--approve/--refuse ID...`), `report` — in audited, reversible
/// batches. A DV-protected resident's new address is never propagated: the change is held.
public struct PropagateJob {
    let database: DatabaseLocator
    let options: PropagateOptions
    let logger: Logger
    let environment: [String: String]

    public init(
        database: DatabaseLocator, options: PropagateOptions, logger: Logger,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.database = database
        self.options = options
        self.logger = logger
        self.environment = environment
    }

    /// The plan as the dry run shows it: the changes report's rows (status as they would be).
    public private(set) var plannedRows: [ChangesReportRow] = []

    public mutating func run(_ summary: inout RunSummary) async throws {
        let config =
            try options.config ?? options.configPath.map { try PropagationConfig.load(path: $0) } ?? PropagationConfig()
        let policy = config.policy(for: options.registry)
        let configuration = try database.configuration(logger: logger)
        let connection = try PostgresConnection(configuration, logger: logger)
        try SchemaMigrator(connection: connection, logger: logger).requireCurrent()
        let lock = PostgresConnection.advisoryLockKey("regsync.propagate:\(options.registry)")
        guard try connection.tryAdvisoryLock(lock) else {
            throw StoreError(.locked, "another propagation of the \(options.registry) registry is running")
        }
        defer { _ = try? connection.advisoryUnlock(lock) }
        let store = PropagationStore(connection: connection, registry: options.registry)

        if options.approveAll || !options.approve.isEmpty || !options.refuse.isEmpty {
            try decide(store, policy: policy, &summary)
            return
        }
        // The plan compares current values: rows imported (or rolled back) since the last
        // match get their comparison keys first; costs nothing when none changed.
        let refreshed = try await KeysJob(configuration: configuration)
            .run(KeySource.sources(for: options.registry), logger: logger)
        summary.counts["keys_computed"] = refreshed.values.reduce(0, +)
        let hasher =
            options.dryRun
            ? nil
            : try KeyFile.hasher(
                path: options.keyFile ?? environment["REGSYNC_KEY_FILE"],
                purpose: "registries hold keyed pseudonyms of residents")
        // Incremental: only the records touched since the last plan made with this binary,
        // policy and pseudonym key; everyone the first time, with --full, or when one changed
        // (a dry run has no key: it plans everyone, and saves nothing).
        let fingerprint = Self.fingerprint(
            policy, key: hasher?.pseudonym("plan fingerprint", context: "registry:\(options.registry)"))
        let readFrom = try store.readingStart()
        var scoped = false
        if !options.full, let last = try store.planState(), last.fingerprint == fingerprint {
            summary.counts["scope_records"] = try store.prepareScope(since: last.readFrom)
            scoped = true
        } else {
            summary.notes.append("planned every linked person (first plan, --full, or a new binary or policy)")
        }
        let plan = try Planner(registry: options.registry, policy: policy, asOf: options.asOf).plan(
            store, scoped: scoped)
        summary.counts["holders"] = plan.holders
        summary.counts["planned"] = plan.changes.count
        var findings: [String: Int] = [:]
        for item in plan.discrepancies { findings[item.kind, default: 0] += 1 }
        summary.counts["held"] = plan.changes.filter { $0.status == "held" }.count
        summary.counts["unchanged_open"] = plan.keptOpen
        if options.dryRun {
            Self.count(findings, &summary)
            plannedRows = plan.changes.map {
                ChangesReportRow(
                    recordKey: $0.recordKey, role: $0.role,
                    status: $0.status == "held" ? "held" : Self.wouldBe($0, policy),
                    kind: $0.kind, oldAddress: $0.oldAddress, newAddress: $0.newAddress, batch: nil,
                    movedOn: $0.movedOn, deadline: $0.deadline, asOf: options.asOf)
            }
            summary.notes.append("dry run: nothing written (policy \(policy.policy.rawValue))")
            return
        }
        _ = try store.savePlan(
            runID: summary.runID, supersede: plan.supersede, changes: plan.changes, discrepancies: plan.discrepancies,
            actor: "regsync propagate", scoped: scoped,
            state: PropagationStore.PlanState(readFrom: readFrom, fingerprint: fingerprint))
        // The registry's findings as they stand now (a scoped plan replaced only its records').
        Self.count(scoped ? try store.discrepancyCounts() : findings, &summary)
        // Write what the policy lets through now: this plan's proposals and those an earlier
        // run stored but did not write (a run stopped between planning and writing, or a
        // policy that has since become apply).
        var toApply: [Int64] = []
        for proposal in try store.openProposals() {
            switch policy.policy {
            case .apply: toApply.append(proposal.id)
            case .applyWithConsent:
                if plan.consent.contains(proposal.recordKey + "\u{1E}" + proposal.role) { toApply.append(proposal.id) }
            case .propose, .report: break
            }
        }
        let result = try store.apply(
            toApply, runID: summary.runID, actor: "regsync propagate (policy \(policy.policy.rawValue))")
        summary.counts["applied"] = result.applied
        summary.counts["proposed"] = try store.openProposals().count
        if let batch = result.batch {
            summary.counts["batch"] = Int(batch)
            summary.notes.append(
                "batch \(batch) applied \(result.applied) change(s); undo with regsync rollback \(batch)")
        }
        if let hasher {
            let pseudonyms = plan.linked.map {
                ($0.recordKey, $0.role, hasher.pseudonym($0.residentCode, context: "registry:\(options.registry)"))
            }
            summary.counts["pseudonyms_changed"] = try store.replacePseudonyms(pseudonyms, scoped: scoped)
        }
        if summary.counts["proposed", default: 0] + summary.counts["held", default: 0] > 0
            || summary.counts["discrepancies", default: 0] > 0
        {
            summary.escalate(to: .attention)
        }
        logger.info(
            "propagated",
            metadata: [
                "propagate.registry": "\(options.registry)", "propagate.planned": "\(plan.changes.count)",
                "propagate.applied": "\(result.applied)",
            ])
    }

    /// The discrepancy counts of the summary, in total and by kind.
    static func count(_ findings: [String: Int], _ summary: inout RunSummary) {
        summary.counts["discrepancies"] = findings.values.reduce(0, +)
        for kind in DiscrepancyKind.allCases {
            if let count = findings[kind.rawValue], count > 0 { summary.counts["discrepancy.\(kind.rawValue)"] = count }
        }
    }

    /// What a plan depends on besides the data: the binary (normaliser, planner), the
    /// registry's policy, and the pseudonym key (`key`: a pseudonym of a fixed text, so that
    /// another key gives every holder a new pseudonym). A plan made under another
    /// fingerprint is not continued incrementally.
    static func fingerprint(_ policy: RegistryPolicy, key: String?) -> String {
        let text = "regsync \(RegsyncVersion.current)\u{1F}\(String(describing: policy))\u{1F}\(key ?? "")"
        return Hex.encode(SHA256.hash(data: Data(text.utf8)))
    }

    static func wouldBe(_ change: PropagationStore.NewChange, _ policy: RegistryPolicy) -> String {
        switch policy.policy {
        case .apply: "applied"
        case .applyWithConsent, .propose, .report: "proposed"
        }
    }

    /// `--approve` and `--refuse`.
    private func decide(_ store: PropagationStore, policy: RegistryPolicy, _ summary: inout RunSummary) throws {
        let approve = options.approveAll ? try store.openProposalIDs() : options.approve
        // Every id named must be an open proposal (those of --approve-all are, by their query).
        let wrong = try store.notProposed((options.approveAll ? [] : approve) + options.refuse)
        if !wrong.isEmpty {
            throw PropagateFailure(
                description: "not open proposals of the \(options.registry) registry: "
                    + wrong.map { "\($0.id) (\($0.status ?? "no such change"))" }.joined(separator: ", "),
                outcome: .usage)
        }
        if policy.policy == .report && !approve.isEmpty {
            throw PropagateFailure(
                description: "the \(options.registry) registry's policy is report: changes are reported, not written",
                outcome: .configuration)
        }
        let result = try store.apply(approve, runID: summary.runID, actor: options.actor)
        summary.counts["applied"] = result.applied
        summary.counts["stale"] = result.stale.count
        summary.counts["refused"] = try store.refuse(options.refuse, actor: options.actor)
        if let batch = result.batch {
            summary.counts["batch"] = Int(batch)
            summary.notes.append("batch \(batch); undo with regsync rollback \(batch)")
        }
        if !result.stale.isEmpty {
            summary.notes.append(
                "left alone, the registry's value changed since they were planned: "
                    + result.stale.map(String.init).joined(separator: ", "))
            summary.escalate(to: .attention)
        }
    }
}

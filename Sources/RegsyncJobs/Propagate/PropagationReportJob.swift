import Foundation
import Logging
import RegsyncCore
import RegsyncReport
import RegsyncStore

/// `regsync report changes|discrepancies REGISTRY`: the propagator's reports, from the store.
public struct PropagationReportJob {
    let database: DatabaseLocator
    let registry: String
    let asOf: Int32
    let logger: Logger

    public init(database: DatabaseLocator, registry: String, asOf: Int32, logger: Logger) {
        self.database = database
        self.registry = registry
        self.asOf = asOf
        self.logger = logger
    }

    /// The open proposals as CSV (`change_id` first: the ids `--approve` and `--refuse` take),
    /// and how many there are.
    public func proposals() throws -> (text: String, count: Int) {
        let proposals = try store().openProposals()
        var table = CSVTable(header: [
            "change_id", "record_key", "person_role", "kind", "old_address", "new_address", "moved_on",
        ])
        for proposal in proposals {
            table.append([
                String(proposal.id), proposal.recordKey.replacingOccurrences(of: "\u{1F}", with: "|"), proposal.role,
                proposal.kind, proposal.oldAddress ?? "",
                proposal.newAddress, proposal.movedOn ?? "",
            ])
        }
        return (table.text(bom: false), proposals.count)
    }

    private func store() throws -> PropagationStore {
        let connection = try database.connect(logger: logger)
        try SchemaMigrator(connection: connection, logger: logger).requireCurrent()
        return PropagationStore(connection: connection, registry: registry)
    }

    /// Every change that is not superseded.
    public func changes() throws -> [ChangesReportRow] {
        try store().changes().map {
            ChangesReportRow(
                recordKey: $0.recordKey, role: $0.role, status: $0.status, kind: $0.kind, oldAddress: $0.oldAddress,
                newAddress: $0.newAddress, batch: $0.batch, movedOn: $0.movedOn, deadline: $0.deadline, asOf: asOf)
        }
    }

    /// Writes both reports in every form into `directory` (changes.csv|json|html,
    /// discrepancies.csv|json|html), each file owner-readable only.
    public func write(to directory: String, _ summary: inout RunSummary) throws {
        _ = try SafeFile.prepareDirectory(directory)
        let generated = Date().formatted(.iso8601)
        let changes = try changes()
        let findings = try discrepancies()
        let files: [(String, String)] = [
            ("changes.csv", PropagationReports.csv(changes)),
            ("changes.json", try PropagationReports.json(changes)),
            ("changes.html", try PropagationReports.html(changes, registry: registry, generatedAt: generated)),
            ("discrepancies.csv", PropagationReports.csv(findings)),
            ("discrepancies.json", try PropagationReports.json(findings)),
            ("discrepancies.html", try PropagationReports.html(findings, registry: registry, generatedAt: generated)),
        ]
        for (name, text) in files { try SafeFile.writeAtomically(Array(text.utf8), to: directory + "/" + name) }
        summary.counts["changes"] = changes.count
        summary.counts["findings"] = findings.count
        summary.notes.append("change and discrepancy reports written to \(directory)")
    }

    /// The findings of the registry's last propagation.
    public func discrepancies() throws -> [DiscrepancyReportRow] {
        try store().discrepancies().map {
            DiscrepancyReportRow(
                recordKey: $0.recordKey, role: $0.role, kind: $0.kind, lgCode: $0.lgCode, detail: $0.detail,
                movedOn: $0.movedOn, deadline: $0.deadline, asOf: asOf)
        }
    }
}

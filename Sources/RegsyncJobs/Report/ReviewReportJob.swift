import Foundation
import Logging
import RegsyncCore
import RegsyncPostgres
import RegsyncReport
import RegsyncStore

/// The matcher's review report: the queue with both sides of each pair, built from the
/// store, written as a self-contained HTML page (the most uncertain items) and as CSV and
/// JSON (the whole queue). A protected resident's addresses never reach the report.
public struct ReviewReportJob {
    let database: DatabaseLocator
    let registry: String
    let logger: Logger
    /// Items the HTML page shows at most (the CSV and JSON hold the whole queue).
    public var htmlLimit = 500

    static let statusLabels = ["active": "在住", "moved_abroad": "国外転出", "deceased": "死亡", "removed": "消除"]

    public init(database: DatabaseLocator, registry: String, logger: Logger) {
        self.database = database
        self.registry = registry
        self.logger = logger
    }

    /// The report, read from the store.
    public func build(connection: PostgresConnection) throws -> ReviewReport {
        let reports = LinkReports(connection: connection, registry: registry)
        let figures = try reports.figures()
        let queue = try reports.reviewQueue()
        let views = try reports.residents(Set(queue.flatMap { $0.candidates.map(\.residentCode) }))
        let items = queue.map { Self.item($0, views) }
        return ReviewReport(
            registry: registry, generatedAt: Date().formatted(.iso8601), counts: figures.decisions,
            histogram: figures.histogram.map { ReviewReport.HistogramBin(low: $0.low, count: $0.count) }, items: items,
            omitted: 0)
    }

    /// One person awaiting review as a steward may see it. A ledger address beside a protected
    /// resident could be that resident's address: it is not shown either (the registry holds
    /// it; a page must not tie it to them), unless `revealProtected` (a DV officer's page).
    public static func item(
        _ item: LinkReports.ReviewItem, _ views: [String: LinkReports.ResidentView], revealProtected: Bool = false
    ) -> ReviewReport.Item {
        let nearProtected = item.candidates.contains { views[$0.residentCode]?.protected ?? true }
        return ReviewReport.Item(
            recordKey: item.recordKey.replacingOccurrences(of: "\u{1F}", with: "|"), role: item.role,
            reason: item.reason, weight: item.weight, probability: item.probability,
            ledger: ReviewReport.Ledger(
                name: item.name ?? "", reading: item.reading,
                address: nearProtected && !revealProtected ? ReviewReport.protectedLabel : item.address,
                recordedOn: item.recordedOn, birthDate: item.birthDate),
            candidates: item.candidates.map {
                candidate($0, views[$0.residentCode], revealProtected: revealProtected)
            })
    }

    /// One candidate as a steward may see it (a DV officer, with `revealProtected`, sees a
    /// protected resident's addresses too).
    public static func candidate(
        _ stored: LinkReports.Candidate, _ view: LinkReports.ResidentView?, revealProtected: Bool = false
    ) -> ReviewReport.Candidate {
        let steps = stored.weights.split(separator: ";").map { part -> ReviewReport.Step in
            let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
            return ReviewReport.Step(
                comparison: pieces.first ?? "", level: "", weight: Double(pieces.last ?? "") ?? 0)
        }
        let levels = Dictionary(
            stored.levels.split(separator: ";").compactMap { part -> (String, String)? in
                let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
                return pieces.count == 2 ? (pieces[0], pieces[1]) : nil
            }, uniquingKeysWith: { a, _ in a })
        let protected = view?.protected ?? true
        return ReviewReport.Candidate(
            rank: stored.rank, residentCode: stored.residentCode, name: view?.name ?? "", reading: view?.reading,
            formerSurname: view?.formerSurname, birthDate: view?.birthDate,
            status: view?.status.map { statusLabels[$0] ?? $0 }, protected: protected, weight: stored.weight,
            probability: stored.probability,
            steps: steps.map {
                ReviewReport.Step(comparison: $0.comparison, level: levels[$0.comparison] ?? "", weight: $0.weight)
            },
            // Never a protected resident's address, its dates or anything else that locates them.
            addresses: protected && !(revealProtected && view != nil)
                ? [ReviewReport.Address(text: ReviewReport.protectedLabel, from: nil, to: nil)]
                : (view?.addresses ?? []).map { ReviewReport.Address(text: $0.address, from: $0.from, to: $0.to) },
            household: (view?.householdMembers ?? []).map {
                ReviewReport.Member(residentCode: $0.code, name: $0.name, birthDate: $0.birthDate)
            },
            rules: stored.rules)
    }

    /// Writes `review.html`, `review.csv` and `review.json` into `directory`.
    public func write(to directory: String, _ summary: inout RunSummary) throws {
        _ = try SafeFile.prepareDirectory(directory)
        let connection = try database.connect(logger: logger)
        let report = try build(connection: connection)
        var page = report
        page.items = Array(report.items.prefix(htmlLimit))
        page.omitted = report.items.count - page.items.count
        try SafeFile.writeAtomically(Array((try page.html()).utf8), to: directory + "/review.html")
        try SafeFile.writeAtomically(Array((report.csv()).utf8), to: directory + "/review.csv")
        try SafeFile.writeAtomically(Array((try report.json()).utf8), to: directory + "/review.json")
        summary.counts["report_items"] = report.items.count
        summary.notes.append("review report written to \(directory) (review.html, review.csv, review.json)")
    }
}

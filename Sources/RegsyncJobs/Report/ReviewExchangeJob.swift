import Foundation
import Logging
import RegsyncCore
import RegsyncPostgres
import RegsyncReport
import RegsyncStore

/// A review file that cannot be applied, with every problem (line and column named).
public struct ReviewFileError: Error, Sendable, CustomStringConvertible, OutcomeClassifying {
    public let file: String
    public let problems: [String]
    public var outcome: Outcome { .inputUnusable }
    public var description: String {
        "\(file): \(problems.count) problem(s), nothing applied: " + problems.prefix(20).joined(separator: "; ")
    }
}

/// `regsync review export` / `regsync review apply`: the review queue as a CSV file a steward
/// fills in (a `verdict` column: confirm or reject, and an optional comment), and that file
/// read back into sticky decisions. The file is UTF-8 (with a byte order mark for Excel on request).
public struct ReviewExchangeJob {
    let database: DatabaseLocator
    let registry: String
    let logger: Logger

    /// The columns of an exported file; `verdict` and `comment` are the steward's.
    public static let columns = [
        "record_key", "person_role", "rank", "resident_code", "match_weight", "match_probability", "reason",
        "ledger_name", "ledger_address", "ledger_recorded_on", "ledger_birth_date", "resident_name",
        "resident_birth_date",
        "resident_current_address", "levels", "verdict", "comment",
    ]
    /// Spellings a steward may use for a verdict.
    static let confirmWords: Set<String> = ["confirm", "c", "yes", "y", "確認", "一致", "○"]
    static let rejectWords: Set<String> = ["reject", "r", "no", "n", "否認", "不一致", "×"]

    public init(database: DatabaseLocator, registry: String, logger: Logger) {
        self.database = database
        self.registry = registry
        self.logger = logger
    }

    /// Writes the review queue (every candidate of every item) to `path`.
    public func export(to path: String, bom: Bool, _ summary: inout RunSummary) throws {
        let connection = try database.connect(logger: logger)
        try SchemaMigrator(connection: connection, logger: logger).requireCurrent()
        let report = try ReviewReportJob(database: database, registry: registry, logger: logger).build(
            connection: connection)
        var table = CSVTable(header: Self.columns)
        for item in report.items {
            for candidate in item.candidates {
                table.append([
                    item.recordKey, item.role, String(candidate.rank), candidate.residentCode,
                    LinksReport.number(candidate.weight), LinksReport.number(candidate.probability), item.reason,
                    item.ledger.name, item.ledger.address ?? "", item.ledger.recordedOn ?? "",
                    item.ledger.birthDate ?? "",
                    candidate.name, candidate.birthDate ?? "", candidate.addresses.last?.text ?? "",
                    candidate.steps.dropFirst().map { "\($0.comparison)=\($0.level)" }.joined(separator: ";"), "", "",
                ])
            }
        }
        try SafeFile.writeAtomically(Array((table.text(bom: bom)).utf8), to: path)
        summary.counts["items"] = report.items.count
        summary.counts["rows"] = table.rows.count
    }

    /// Reads a filled-in file and records its verdicts; refuses the whole file if any row is wrong.
    public func apply(_ path: String, steward: String, _ summary: inout RunSummary) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw ReviewFileError(file: path, problems: ["cannot read the file as UTF-8"])
        }
        let (header, rows) = CSVTable.parse(text)
        var problems: [String] = []
        let position = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for required in ["record_key", "person_role", "resident_code", "verdict"] where position[required] == nil {
            problems.append("line 1: column '\(required)' is missing")
        }
        if !problems.isEmpty { throw ReviewFileError(file: path, problems: problems) }
        func value(_ row: [String], _ column: String) -> String {
            guard let index = position[column], index < row.count else { return "" }
            return row[index].trimmingCharacters(in: .whitespaces)
        }
        var verdicts: [StewardStore.Verdict] = []
        var lines: [Int] = []
        var confirmedPerPerson: [String: (code: String, line: Int)] = [:]
        for (offset, row) in rows.enumerated() {
            let line = offset + 2
            let word = value(row, "verdict").lowercased()
            if word.isEmpty { continue }
            let confirm: Bool
            if Self.confirmWords.contains(word) {
                confirm = true
            } else if Self.rejectWords.contains(word) {
                confirm = false
            } else {
                problems.append("line \(line), column verdict: '\(word)' is neither confirm nor reject")
                continue
            }
            let key = value(row, "record_key").replacingOccurrences(of: "|", with: "\u{1F}")
            let role = value(row, "person_role")
            let code = value(row, "resident_code")
            if key.isEmpty || role.isEmpty || code.isEmpty {
                problems.append("line \(line): record_key, person_role and resident_code are required with a verdict")
                continue
            }
            if confirm {
                if let earlier = confirmedPerPerson[key + "\u{1E}" + role], earlier.code != code {
                    problems.append(
                        "line \(line): the same person is confirmed with another resident at line \(earlier.line)")
                }
                confirmedPerPerson[key + "\u{1E}" + role] = (code, line)
            }
            let comment = value(row, "comment")
            verdicts.append(
                StewardStore.Verdict(
                    recordKey: key, role: role, residentCode: code, confirm: confirm,
                    comment: comment.isEmpty ? nil : comment))
            lines.append(line)
        }
        let connection = try database.connect(logger: logger)
        try SchemaMigrator(connection: connection, logger: logger).requireCurrent()
        let store = StewardStore(connection: connection, registry: registry)
        let persons = try store.existingPersons(verdicts.map { ($0.recordKey, $0.role) })
        let residents = try store.existingResidents(verdicts.map(\.residentCode))
        for (verdict, line) in zip(verdicts, lines) {
            if !persons.contains(verdict.recordKey + "\u{1E}" + verdict.role) {
                problems.append("line \(line), column record_key: no such \(verdict.role) in the \(registry) registry")
            }
            if !residents.contains(verdict.residentCode) {
                problems.append("line \(line), column resident_code: not in the resident register")
            }
        }
        if !problems.isEmpty { throw ReviewFileError(file: path, problems: problems) }
        let changed = try store.apply(
            verdicts, steward: steward, source: "review apply \((path as NSString).lastPathComponent)")
        summary.counts["verdicts"] = verdicts.count
        summary.counts["confirmed"] = verdicts.filter(\.confirm).count
        summary.counts["rejected"] = verdicts.filter { !$0.confirm }.count
        summary.counts["changed"] = changed
    }
}

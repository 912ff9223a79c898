import Foundation
import RegsyncCore

/// One row of `regsync report changes`: columns exactly
/// `record_key,person_role,status,kind,old_address,new_address,batch,moved_on,days_since_move,past_deadline`.
public struct ChangesReportRow: Sendable, Encodable {
    public var recordKey: String
    public var role: String
    /// `applied`, `proposed`, `held`, `refused` or `rolled-back`.
    public var status: String
    /// `move` or `administrative`.
    public var kind: String
    public var oldAddress: String?
    /// Empty when held.
    public var newAddress: String?
    public var batch: Int64?
    public var movedOn: String?
    public var deadline: String?
    public var daysSinceMove: Int?
    public var pastDeadline: Bool

    public init(
        recordKey: String, role: String, status: String, kind: String, oldAddress: String?, newAddress: String?,
        batch: Int64?, movedOn: String?, deadline: String?, asOf: Int32
    ) {
        self.recordKey = recordKey.replacingOccurrences(of: "\u{1F}", with: "|")
        self.role = role
        self.status = status
        self.kind = kind
        self.oldAddress = oldAddress
        self.newAddress = status == "held" ? nil : newAddress
        self.batch = batch
        self.movedOn = movedOn
        self.deadline = deadline
        (daysSinceMove, pastDeadline) = Self.timing(movedOn: movedOn, deadline: deadline, asOf: asOf)
    }

    /// Days since the move and whether the deadline has passed, on `asOf` (packed `yyyymmdd`).
    public static func timing(movedOn: String?, deadline: String?, asOf: Int32) -> (Int?, Bool) {
        let today = DayCount.day(asOf)
        let days = DayCount.parse(movedOn).map { today - $0 }
        let past = DayCount.parse(deadline).map { today > $0 } ?? false
        return (days, past)
    }

    enum CodingKeys: String, CodingKey {
        case recordKey = "record_key", role = "person_role", status, kind, oldAddress = "old_address"
        case newAddress = "new_address", batch, movedOn = "moved_on", daysSinceMove = "days_since_move"
        case pastDeadline = "past_deadline"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(recordKey, forKey: .recordKey)
        try c.encode(role, forKey: .role)
        try c.encode(status, forKey: .status)
        try c.encode(kind, forKey: .kind)
        try c.encode(oldAddress ?? "", forKey: .oldAddress)
        try c.encode(newAddress ?? "", forKey: .newAddress)
        try c.encode(batch, forKey: .batch)
        try c.encode(movedOn, forKey: .movedOn)
        try c.encode(daysSinceMove, forKey: .daysSinceMove)
        try c.encode(pastDeadline, forKey: .pastDeadline)
    }

    public static let columns = [
        "record_key", "person_role", "status", "kind", "old_address", "new_address", "batch", "moved_on",
        "days_since_move", "past_deadline",
    ]

    var fields: [String] {
        [
            recordKey, role, status, kind, oldAddress ?? "", newAddress ?? "", batch.map(String.init) ?? "",
            movedOn ?? "",
            daysSinceMove.map(String.init) ?? "", pastDeadline ? "true" : "false",
        ]
    }
}

/// One row of `regsync report discrepancies`: columns exactly
/// `record_key,person_role,kind,lg_code,detail,days_since_move,past_deadline`.
public struct DiscrepancyReportRow: Sendable, Encodable {
    public var recordKey: String
    public var role: String
    public var kind: String
    public var lgCode: String?
    public var detail: String
    public var daysSinceMove: Int?
    public var pastDeadline: Bool

    public init(
        recordKey: String, role: String, kind: String, lgCode: String?, detail: String, movedOn: String?,
        deadline: String?, asOf: Int32
    ) {
        self.recordKey = recordKey.replacingOccurrences(of: "\u{1F}", with: "|")
        self.role = role
        self.kind = kind
        self.lgCode = lgCode
        self.detail = detail
        (daysSinceMove, pastDeadline) = ChangesReportRow.timing(movedOn: movedOn, deadline: deadline, asOf: asOf)
    }

    enum CodingKeys: String, CodingKey {
        case recordKey = "record_key", role = "person_role", kind, lgCode = "lg_code", detail
        case daysSinceMove = "days_since_move", pastDeadline = "past_deadline"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(recordKey, forKey: .recordKey)
        try c.encode(role, forKey: .role)
        try c.encode(kind, forKey: .kind)
        try c.encode(lgCode ?? "", forKey: .lgCode)
        try c.encode(detail, forKey: .detail)
        try c.encode(daysSinceMove, forKey: .daysSinceMove)
        try c.encode(pastDeadline, forKey: .pastDeadline)
    }

    public static let columns = [
        "record_key", "person_role", "kind", "lg_code", "detail", "days_since_move", "past_deadline",
    ]

    var fields: [String] {
        [
            recordKey, role, kind, lgCode ?? "", detail, daysSinceMove.map(String.init) ?? "",
            pastDeadline ? "true" : "false",
        ]
    }
}

/// The propagation reports as CSV, JSON and self-contained HTML.
public enum PropagationReports {
    public static func csv(_ rows: [ChangesReportRow], bom: Bool = false) -> String {
        var table = CSVTable(header: ChangesReportRow.columns)
        for row in rows { table.append(row.fields) }
        return table.text(bom: bom)
    }

    public static func csv(_ rows: [DiscrepancyReportRow], bom: Bool = false) -> String {
        var table = CSVTable(header: DiscrepancyReportRow.columns)
        for row in rows { table.append(row.fields) }
        return table.text(bom: bom)
    }

    public static func json<T: Encodable>(_ rows: [T]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
    }
}

/// Days since 1970 of ISO or packed dates.
enum DayCount {
    static func parse(_ iso: String?) -> Int? {
        let packed = CivilDay.parse(iso)
        return packed > 0 ? CivilDay.dayNumber(packed) : nil
    }

    static func day(_ packed: Int32) -> Int { CivilDay.dayNumber(packed) }
}

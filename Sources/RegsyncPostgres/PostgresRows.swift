internal import CLibPQ

/// The rows of a finished statement, copied out of libpq in text form.
///
/// Meant for small results (bookkeeping, counts, candidate lists); bulk reads use
/// ``PostgresConnection/copyOut(_:_:)``.
public struct PostgresRows: Sendable, Sequence {
    public let columns: [String]
    public let values: [[String?]]
    private let index: [String: Int]

    init(_ result: OpaquePointer?) {
        guard let result else {
            columns = []
            values = []
            index = [:]
            return
        }
        let columnCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        columns = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        var rows: [[String?]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var fields: [String?] = []
            fields.reserveCapacity(columnCount)
            for column in 0..<columnCount {
                if PQgetisnull(result, Int32(row), Int32(column)) == 1 {
                    fields.append(nil)
                } else {
                    fields.append(String(cString: PQgetvalue(result, Int32(row), Int32(column))))
                }
            }
            rows.append(fields)
        }
        values = rows
        var index: [String: Int] = [:]
        for (position, name) in columns.enumerated() where index[name] == nil { index[name] = position }
        self.index = index
    }

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }
    public var first: PostgresRow? { values.isEmpty ? nil : PostgresRow(values: values[0], index: index) }

    public func makeIterator() -> AnyIterator<PostgresRow> {
        var iterator = values.makeIterator()
        let index = self.index
        return AnyIterator { iterator.next().map { PostgresRow(values: $0, index: index) } }
    }
}

/// One row of ``PostgresRows``, addressed by column name.
public struct PostgresRow: Sendable {
    let values: [String?]
    let index: [String: Int]

    public subscript(_ column: String) -> String? {
        guard let position = index[column] else { return nil }
        return values[position]
    }

    public subscript(_ position: Int) -> String? { values[position] }

    public func int(_ column: String) -> Int? { self[column].flatMap { Int($0) } }

    public func bool(_ column: String) -> Bool? { self[column].map { $0 == "t" || $0 == "true" } }
}

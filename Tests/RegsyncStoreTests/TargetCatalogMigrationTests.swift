import RegsyncImport
import RegsyncPostgres
import Testing

@testable import RegsyncStore

@Suite("The migration's tables match the import target catalog")
struct TargetCatalogMigrationTests {
    static let database = Result { try makeMigratedDatabase("catalog") }

    @Test("every catalog column exists with its SQL type, plus the bookkeeping columns", arguments: ImportTarget.all)
    func columnsMatch(target: ImportTarget) throws {
        let connection = try PostgresConnection(try Self.database.get())
        let rows = try connection.execute(
            "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                + "WHERE table_schema = $1 AND table_name = $2", [target.schema, target.table])
        var types: [String: String] = [:]
        for row in rows { types[row["column_name"]!] = row["data_type"] }
        #expect(!types.isEmpty, "\(target.name) exists")
        for column in target.columns {
            // The type the staging table gives the column (merges and binary COPY rely on them agreeing).
            #expect(types[column.name] == LoadSession.sqlType(column.kind), "\(target.name).\(column.name)")
        }
        for (name, type) in [
            ("record_key", "text"), ("source_file_id", "bigint"), ("source_line", "integer"),
            ("removed_at", "timestamp with time zone"), ("updated_at", "timestamp with time zone"),
        ] {
            #expect(types[name] == type, "\(target.name).\(name)")
        }
        // A column the catalog may leave empty must not be NOT NULL without a default.
        let strict = try connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 "
                + "AND is_nullable = 'NO' AND column_default IS NULL", [target.schema, target.table])
        for row in strict {
            let name = row["column_name"]!
            guard let column = target.column(name) else { continue }
            #expect(column.required, "\(target.name).\(name) is NOT NULL but the catalog does not require it")
        }
    }

    @Test("the catalog lists every registry table the migration creates (besides key side tables and pseudonyms)")
    func noTableForgotten() throws {
        let connection = try PostgresConnection(try Self.database.get())
        let rows = try connection.execute(
            "SELECT table_schema || '.' || table_name AS name FROM information_schema.tables "
                + "WHERE table_schema IN ('resident', 'vehicle', 'realestate', 'commercial') ORDER BY 1")
        let names = rows.compactMap { $0["name"] }
        // Besides the imported tables: the matcher's key side tables and each registry's holder pseudonyms.
        #expect(
            names.filter { !$0.hasSuffix("_keys") && !$0.hasSuffix(".holder_pseudonym") }
                == ImportTarget.all.map(\.name).sorted())
        #expect(
            names.filter { $0.hasSuffix(".holder_pseudonym") }
                == ["commercial", "realestate", "vehicle"].map { $0 + ".holder_pseudonym" })
        #expect(names.filter { $0.hasSuffix("_keys") } == ImportTarget.all.map { $0.name + "_keys" }.sorted())
    }
}

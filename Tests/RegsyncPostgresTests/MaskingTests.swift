import RegsyncPostgres
import Testing

@Suite("connection strings are printed without passwords")
struct MaskingTests {
    @Test(
        "passwords are masked",
        arguments: [
            ("postgresql://clerk:s3cret@db.example:5432/reg", "postgresql://clerk:***@db.example:5432/reg"),
            ("postgres://clerk:p%40ss@db/reg?sslmode=require", "postgres://clerk:***@db/reg?sslmode=require"),
            ("postgresql://db/reg?user=clerk&password=s3cret", "postgresql://db/reg?user=clerk&password=***"),
            ("host=db user=clerk password=s3cret dbname=reg", "host=db user=clerk password=*** dbname=reg"),
            ("host=db password='s3 cret' dbname=reg", "host=db password=*** dbname=reg"),
            ("postgresql://clerk@db/reg", "postgresql://clerk@db/reg"),
            ("", ""),
        ])
    func masks(input: String, expected: String) {
        #expect(PostgresConfiguration.mask(input) == expected)
        #expect(!PostgresConfiguration.mask(input).contains("s3cret"))
    }

    @Test("the PG* environment counts as configured only when it names a server")
    func environmentDetection() {
        #expect(!PostgresConfiguration.environmentNamesServer([:]))
        #expect(!PostgresConfiguration.environmentNamesServer(["PGPASSWORD": "x"]))
        #expect(PostgresConfiguration.environmentNamesServer(["PGHOST": "db"]))
        #expect(PostgresConfiguration.environmentNamesServer(["PGDATABASE": "reg"]))
    }
}

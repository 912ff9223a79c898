import Testing

@testable import RegsyncPostgres

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
            // The widest reading of a password libpq would cut short (issue 11, A5).
            ("postgresql://clerk:s3c@ret/PW@db/reg", "postgresql://clerk:***@db/reg"),
            ("postgresql://clerk:pa/s3cret@db/reg", "postgresql://clerk:***@db/reg"),
            ("postgresql://db/reg?password=s3cret&x=y", "postgresql://db/reg?password=***"),
            ("host=db password = s3 cret dbname=reg", "host=db password = *** dbname=reg"),
            ("host=db password='s3\\' cret' dbname=reg", "host=db password=*** dbname=reg"),
            // The client key's passphrase (TLS), beside the certificate paths that stay readable.
            (
                "host=db sslmode=verify-full sslkey=/etc/k.pem sslpassword=s3cret dbname=reg",
                "host=db sslmode=verify-full sslkey=/etc/k.pem sslpassword=*** dbname=reg"
            ),
            (
                "postgresql://db/reg?sslrootcert=/etc/ca.pem&sslpassword=s3cret",
                "postgresql://db/reg?sslrootcert=/etc/ca.pem&sslpassword=***"
            ),
            ("sslpassword=s3cret host=db", "sslpassword=*** host=db"),
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

@Suite("a connection error never quotes the password")
struct ConnectionErrorScrubbingTests {
    @Test(
        "even from a URL that no URL parser accepts, libpq's message comes back without the password",
        arguments: [
            "postgresql://clerk:S3cretPW@[bad/db",
            "postgresql://clerk:S3cret%2FPW@[bad/db",
            "postgres://clerk:S3cretPW@host:notaport/db",
            "host=/nonexistent/socket user=clerk password=S3cretPW dbname=reg",
        ])
    func malformed(url: String) throws {
        do {
            _ = try PostgresConnection(PostgresConfiguration(connectionString: url))
            Issue.record("connected to \(PostgresConfiguration.mask(url))")
        } catch let error as PostgresError {
            for text in [String(describing: error), error.safeDescription] {
                #expect(!text.contains("S3cret"), "\(text)")
            }
        }
    }

    @Test("a one- or two-character part is scrubbed where it stands alone, not inside other words")
    func shortParts() {
        let message = "connection to server at \"u\", port 12 failed: 5120 bytes"
        #expect(
            PostgresConnection.scrub(message, secret: ["12", "u"])
                == "connection to server at \"***\", port *** failed: 5120 bytes")
    }

    @Test("every form a message could quote is known: as written and percent-decoded")
    func forms() {
        let configuration = PostgresConfiguration(connectionString: "postgresql://clerk:S3cret%2FPW@[bad/db")
        #expect(configuration.embeddedPasswords.contains("S3cret%2FPW"))
        #expect(configuration.embeddedPasswords.contains("S3cret/PW"))
    }
}

import RegsyncPostgres
import RegsyncTestSupport
import Testing

@Suite("transactions, advisory locks and connection errors")
struct TransactionAndLockTests {
    struct Deliberate: Error {}

    @Test("a failing statement inside a transaction leaves nothing behind")
    func failingStatementRollsBack() throws {
        let server = try TestPostgres.shared()
        let connection = try PostgresConnection(try server.makeDatabase("tx"))
        try connection.executeScript("CREATE TABLE t (n integer PRIMARY KEY)")
        #expect(throws: PostgresError.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO t VALUES ($1)", [1])
                try connection.execute("INSERT INTO t VALUES ($1)", [2])
                try connection.execute("INSERT INTO t VALUES ($1)", [1])  // duplicate key
            }
        }
        #expect(!connection.inTransaction)
        #expect(try connection.execute("SELECT count(*) AS n FROM t").first?.int("n") == 0)
    }

    @Test("an error thrown by Swift code inside a transaction rolls it back too")
    func swiftErrorRollsBack() throws {
        let server = try TestPostgres.shared()
        let connection = try PostgresConnection(try server.makeDatabase("tx2"))
        try connection.executeScript("CREATE TABLE t (n integer)")
        #expect(throws: Deliberate.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO t VALUES ($1)", [1])
                throw Deliberate()
            }
        }
        #expect(try connection.execute("SELECT count(*) AS n FROM t").first?.int("n") == 0)
    }

    @Test("parameters are values, never SQL")
    func parametersAreNotSpliced() throws {
        let server = try TestPostgres.shared()
        let connection = try PostgresConnection(try server.makeDatabase("params"))
        try connection.executeScript("CREATE TABLE t (s text)")
        let hostile = "x'); DROP TABLE t; --"
        try connection.execute("INSERT INTO t VALUES ($1)", [hostile])
        #expect(try connection.execute("SELECT s FROM t").first?["s"] == hostile)
        #expect(try connection.quoteIdentifier("a\"b") == "\"a\"\"b\"")
    }

    @Test("two connections contend for one advisory lock: the second is refused without waiting")
    func advisoryLockContention() throws {
        let server = try TestPostgres.shared()
        let configuration = try server.makeDatabase("lock")
        let first = try PostgresConnection(configuration)
        let second = try PostgresConnection(configuration)
        let key = PostgresConnection.advisoryLockKey("regsync.test")
        #expect(try first.tryAdvisoryLock(key))
        let clock = ContinuousClock()
        var refused = false
        let elapsed = try clock.measure { refused = try !second.tryAdvisoryLock(key) }
        #expect(refused)
        #expect(elapsed < .seconds(5), "a refused lock returns at once rather than queueing")
        #expect(try first.advisoryUnlock(key))
        #expect(try second.tryAdvisoryLock(key))
    }

    @Test("a wrong password is a connection failure whose message does not contain the password")
    func wrongPassword() throws {
        let server = try TestPostgres.shared()
        let admin = try PostgresConnection(try server.makeDatabase("auth"))
        try admin.executeScript("DROP ROLE IF EXISTS clerk; CREATE ROLE clerk LOGIN PASSWORD 'right-secret-1'")
        let secret = "Wr0ng-S3cret-value"
        let url = server.tcpURL(user: "clerk", password: secret)
        do {
            _ = try PostgresConnection(PostgresConfiguration(connectionString: url))
            Issue.record("connected with a wrong password")
        } catch let error as PostgresError {
            #expect(error.isConnectionFailure)
            #expect(!error.description.contains(secret))
            #expect(error.description.contains("password authentication failed"))
        }
        let good = try PostgresConnection(
            PostgresConfiguration(connectionString: server.tcpURL(user: "clerk", password: "right-secret-1")))
        #expect(good.serverVersion >= 150_000)
    }
}

import Foundation
import RegsyncTestSupport
import Testing

/// No part of a password reaches stderr or the summary, whatever the shape of the URL or
/// conninfo string it was given in, and through libpq's messages too (issue 11, A5).
@Suite("no part of a password is ever printed or stored")
struct PasswordScrubbingTests {
    /// The parts of every password below; none may be printed, in any of them.
    static let parts = ["Kx9q", "Vb3w", "Rt7p"]

    /// Connection strings whose password libpq parses differently from its writer's intent,
    /// or that libpq refuses with a message quoting a piece of them. `PORT` is the test
    /// server's TCP port.
    static let shapes = [
        "postgresql://clerk:Kx9q@Vb3w@127.0.0.1:PORT/regsync",  // '@': libpq takes "Vb3w@127.0.0.1" as host
        "postgresql://clerk:Kx9q/Vb3w@127.0.0.1:PORT/regsync",  // '/': libpq takes "Kx9q" as the port
        "postgresql://clerk:Kx9q:Vb3w:Rt7p@127.0.0.1:PORT/regsync",
        "postgresql://clerk:Kx9q%40Vb3w@127.0.0.1:PORT/regsync",
        "postgresql://clerk:Kx9q%zzVb3w@127.0.0.1:PORT/regsync",  // a bad percent-encoding, quoted whole
        "postgresql://clerk@127.0.0.1:PORT/regsync?password=Kx9q&Vb3w=Rt7p",
        "postgresql://clerk:Kx9q@Vb3w/Rt7p@[::1:PORT/regsync",  // no URL parser accepts it
        "host=127.0.0.1 port=PORT user=clerk password=Kx9q Vb3w dbname=regsync",  // an unquoted space
        "host=127.0.0.1 port=PORT user=clerk password = Kx9q Vb3w dbname=regsync",  // spaces around '='
        "host=127.0.0.1 port=PORT user=clerk password='Kx9q Vb3w' dbname=regsync",
        "host=127.0.0.1 port=PORT user=clerk password='Kx9q\\' Vb3w' dbname=regsync",
        "host=127.0.0.1 port=Kx9q user=clerk password=Kx9q dbname=regsync",  // the password as another value
    ]

    @Test("through --database and REGSYNC_DATABASE_URL, on stderr and in the --summary JSON", arguments: shapes)
    func scrubbed(shape: String) throws {
        let port = try TestPostgres.shared().cluster.settings.port
        let target = shape.replacingOccurrences(of: "PORT", with: String(port))
        let workspace = try Workspace()
        for (index, viaEnvironment) in [false, true].enumerated() {
            let summary = workspace.path + "/summary-\(index).json"
            let result = try RegsyncBinary.run(
                ["init", "--summary", summary, "--verbose"] + (viaEnvironment ? [] : ["--database", target]),
                environment: viaEnvironment ? ["REGSYNC_DATABASE_URL": target] : [:])
            #expect(result.status != 0, "\(result.stderr)")
            let written = (try? String(contentsOfFile: summary, encoding: .utf8)) ?? ""
            #expect(!written.isEmpty, "the summary is written")
            for part in Self.parts where target.contains(part) {
                #expect(!result.stderr.contains(part), "stderr quotes '\(part)': \(result.stderr)")
                #expect(!result.stdout.contains(part), "stdout quotes '\(part)'")
                #expect(!written.contains(part), "the summary quotes '\(part)': \(written)")
            }
        }
    }

    @Test("a connection string the parser refuses (a forgotten --database) is masked in the usage error")
    func usageError() throws {
        let workspace = try Workspace()
        let summary = workspace.path + "/summary.json"
        for shape in ["postgresql://clerk:Kx9q@Vb3w@db/regsync", "host=db password=Kx9q dbname=regsync"] {
            let result = try RegsyncBinary.run(["db", "stop", shape, "--summary", summary])
            #expect(result.status == 64)
            #expect(result.stderr.contains("Unexpected argument"), "\(result.stderr)")
            let written = try String(contentsOfFile: summary, encoding: .utf8)
            for part in Self.parts {
                #expect(!result.stderr.contains(part) && !written.contains(part), "\(result.stderr) \(written)")
            }
        }
    }
}

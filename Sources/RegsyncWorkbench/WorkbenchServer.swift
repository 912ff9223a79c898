import Hummingbird
import Logging
import RegsyncCore
import RegsyncPropagate
import RegsyncStore

/// `regsync review serve`: the steward workbench, an HTTP server with server-rendered pages —
/// login, the review queue of every registry, the pair page where stewards confirm or reject
/// pairs (written at once, sticky, audited), and the pending changes approvers approve or
/// refuse. Listens on loopback unless told otherwise; every page works offline.
public struct WorkbenchServer: Sendable {
    /// How the server runs.
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        /// The propagation configuration (policies) that approvals run under, as for `regsync propagate`.
        public var propagationConfig: String?
        /// A session ends this long after login, or after this long unused.
        public var sessionSeconds = 12 * 3600
        public var idleSeconds = 30 * 60
        /// Failed logins in a row that lock a name, and for how long.
        public var lockAfter = 5
        public var lockSeconds = 15 * 60

        public init(host: String = "127.0.0.1", port: Int = 8080, propagationConfig: String? = nil) {
            self.host = host
            self.port = port
            self.propagationConfig = propagationConfig
        }

        /// `HOST:PORT` (`[::1]:8080` for IPv6), or nil when it is not one.
        public static func listen(_ text: String) -> (host: String, port: Int)? {
            guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
                (0...65_535).contains(port)
            else { return nil }
            var host = String(text[..<colon])
            if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            return host.isEmpty ? nil : (host, port)
        }
    }

    let locator: DatabaseLocator
    let configuration: Configuration
    let logger: Logger

    public init(database: DatabaseLocator, configuration: Configuration, logger: Logger) {
        self.locator = database
        self.configuration = configuration
        self.logger = logger
    }

    /// Checks the schema and the propagation configuration, then serves until SIGINT or SIGTERM.
    /// - Parameter onListening: called with the URL once the server accepts connections.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        if let path = configuration.propagationConfig { _ = try PropagationConfig.load(path: path) }
        let database = WorkbenchDatabase(locator: locator, logger: logger)
        let logger = logger
        try await database.run { try SchemaMigrator(connection: $0, logger: logger).requireCurrent() }
        let handlers = Handlers(
            database: database, pages: Pages(renderer: try PageRenderer()), configuration: configuration,
            logger: logger)
        let host = configuration.host
        let application = Application(
            router: handlers.router(),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: "regsync"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                onListening("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger)
        try await application.runService()
    }
}

// swift-tools-version:6.0
// regsync: keeps Japan's base registries in step with the resident register.
// The target graph is the architecture (see ../shared/DESIGN.md §3): C leaves at the
// bottom, pure modules above them, the store, the jobs, the commands, and a thin executable.
import PackageDescription

let package = Package(
    name: "regsync",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "regsync", targets: ["regsync"]),
        .executable(name: "regsync-synth", targets: ["regsync-synth"]),
        .executable(name: "regsync-bench", targets: ["regsync-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
    ],
    targets: [
        // C leaves: module maps and shim headers only.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),

        // Wrappers: the only modules that import a C module.
        .target(name: "RegsyncCSV", dependencies: ["CLibCSV"]),
        .target(name: "RegsyncXML", dependencies: ["CLibXML2"]),
        .target(
            name: "RegsyncPostgres",
            dependencies: ["CLibPQ", .product(name: "Logging", package: "swift-log")]
        ),

        // Pure modules.
        .target(name: "RegsyncCore"),
        .target(name: "RegsyncText"),
        .target(name: "RegsyncYAML", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(
            name: "RegsyncImport",
            dependencies: [
                "RegsyncCore", "RegsyncText", "RegsyncCSV", "RegsyncXML", "RegsyncYAML",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // Record linkage: features, blocking, comparisons, Fellegi–Sunter model, decisions.
        .target(
            name: "RegsyncLink",
            dependencies: ["RegsyncCore", "RegsyncText", "RegsyncYAML", .product(name: "Yams", package: "Yams")]
        ),

        // Propagation: policies, change planning, deadlines (pure).
        .target(
            name: "RegsyncPropagate",
            dependencies: ["RegsyncCore", "RegsyncText", "RegsyncYAML", .product(name: "Yams", package: "Yams")]
        ),

        // Report renderers: CSV, JSON and self-contained HTML (templates, inline SVG).
        .target(
            name: "RegsyncReport",
            dependencies: ["RegsyncCore", .product(name: "Mustache", package: "swift-mustache")]
        ),

        // Everything that talks SQL.
        .target(
            name: "RegsyncStore",
            dependencies: [
                "RegsyncPostgres", "RegsyncCore", "RegsyncImport", "RegsyncLink",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // One type per stage, wiring the store to the pure modules.
        .target(
            name: "RegsyncJobs",
            dependencies: [
                "RegsyncStore", "RegsyncImport", "RegsyncText", "RegsyncCore", "RegsyncPostgres", "RegsyncXML",
                "RegsyncLink",
                "RegsyncReport", "RegsyncYAML", "RegsyncPropagate",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                // The nightly job's textfile-collector file (exposition format).
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),

        // The steward workbench: an HTTP server (Hummingbird) with server-rendered pages, accounts
        // and sessions. Only it and the commands depend on Hummingbird.
        .target(
            name: "RegsyncWorkbench",
            dependencies: [
                "RegsyncJobs", "RegsyncStore", "RegsyncReport", "RegsyncCore", "RegsyncPostgres", "RegsyncPropagate",
                "RegsyncText",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // argv, logging bootstrap and the one place exit codes are decided.
        .target(
            name: "RegsyncCommands",
            dependencies: [
                "RegsyncJobs", "RegsyncStore", "RegsyncText", "RegsyncCore", "RegsyncImport", "RegsyncPostgres",
                "RegsyncLink", "RegsyncReport", "RegsyncPropagate", "RegsyncWorkbench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "regsync", dependencies: ["RegsyncCommands"]),
        .target(name: "RegsyncSynth", dependencies: ["RegsyncText", "RegsyncCore"]),
        .executableTarget(
            name: "regsync-synth",
            dependencies: [
                "RegsyncSynth", "RegsyncText", "RegsyncCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Decoding and normalisation throughput for scripts/bench (not part of the test suite).
        .executableTarget(
            name: "regsync-bench",
            dependencies: [
                "RegsyncText", "RegsyncCSV",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Test support: a throwaway PostgreSQL cluster per test process.
        .target(name: "RegsyncTestSupport", dependencies: ["RegsyncStore", "RegsyncPostgres"]),

        .testTarget(name: "RegsyncCoreTests", dependencies: ["RegsyncCore"]),
        .testTarget(name: "RegsyncCSVTests", dependencies: ["RegsyncCSV", "RegsyncCore"]),
        .testTarget(name: "RegsyncXMLTests", dependencies: ["RegsyncXML", "RegsyncCore"]),
        .testTarget(
            name: "RegsyncPostgresTests", dependencies: ["RegsyncPostgres", "RegsyncTestSupport", "RegsyncCore"]),
        .testTarget(name: "RegsyncTextTests", dependencies: ["RegsyncText", "RegsyncCore"]),
        .testTarget(
            name: "RegsyncImportTests",
            dependencies: ["RegsyncImport", "RegsyncText", "RegsyncCore", "RegsyncCSV", "RegsyncXML"]
        ),
        .testTarget(name: "RegsyncLinkTests", dependencies: ["RegsyncLink", "RegsyncText", "RegsyncCore"]),
        .testTarget(name: "RegsyncReportTests", dependencies: ["RegsyncReport"]),
        .testTarget(name: "RegsyncPropagateTests", dependencies: ["RegsyncPropagate", "RegsyncText"]),
        .testTarget(
            name: "RegsyncSynthTests", dependencies: ["RegsyncSynth", "RegsyncText", "RegsyncCore", "RegsyncReport"]),
        .testTarget(
            name: "RegsyncStoreTests",
            dependencies: [
                "RegsyncStore", "RegsyncPostgres", "RegsyncTestSupport", "RegsyncCore", "RegsyncImport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "RegsyncCommandsTests",
            dependencies: [
                "RegsyncCommands", "RegsyncTestSupport", "RegsyncPostgres", "RegsyncCore", "RegsyncText",
                // The hostile-strings tests ask the mapping what each record should become.
                "RegsyncImport",
            ],
            exclude: ["Support/png_stats.py"]
        ),
    ]
)

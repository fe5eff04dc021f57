// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Lyceum",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lyceum", targets: ["lyceum"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.25.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.0.0", traits: [.defaults, "YAML"]),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        // Value types shared by everything: names, roles, errors. No dependencies.
        .target(name: "LyceumCore"),
        // Pure text analysis: tokens, stems, typos, numbers, negation, comparisons. No dependencies.
        .target(name: "TextAnalysis"),
        // Dialogues/*.yaml and Prompts/ -> a validated model; errors carry file:line:col.
        .target(name: "DialogueKit", dependencies: [
            "Yams", "TextAnalysis",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Classification, the tutoring state machine, mastery. Pure: no sockets, no SQL.
        .target(name: "TutorEngine", dependencies: [
            "LyceumCore", "DialogueKit", "TextAnalysis",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Progress-point matchmaking and the synchronized room state machine. Pure: no sockets, no SQL.
        .target(name: "Rooms", dependencies: ["LyceumCore", "TutorEngine", "DialogueKit"]),
        // GRDB: one AppDatabase gateway, records, named append-only migrations; passphrase hashing.
        .target(name: "LyceumStore", dependencies: [
            "LyceumCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "CryptoExtras", package: "swift-crypto"),
        ]),
        // SwiftNIO framing, limits, one task per connection, the command table, renderers.
        .target(name: "LyceumServer", dependencies: [
            "LyceumCore", "LyceumStore", "TutorEngine", "DialogueKit", "Rooms",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOExtras", package: "swift-nio-extras"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // The terminal client: pure event rendering, line editing and reconnect policy; thin terminal and NIO I/O.
        .target(name: "LyceumClient", dependencies: [
            "LyceumCore",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOExtras", package: "swift-nio-extras"),
        ]),
        // The load generator: pure answer mixes, scripts and statistics; thin NIO client connections.
        .target(name: "LyceumLoad", dependencies: [
            "LyceumCore",
            .product(name: "Histogram", package: "hdrhistogram-swift"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        // The executable: argument parsing and wiring only.
        .executableTarget(name: "lyceum", dependencies: [
            "DialogueKit", "TutorEngine", "LyceumCore", "LyceumStore", "LyceumServer", "LyceumClient", "LyceumLoad",
            .product(name: "Configuration", package: "swift-configuration"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        .testTarget(name: "DialogueKitTests", dependencies: ["DialogueKit"]),
        .testTarget(name: "TutorEngineTests", dependencies: ["TutorEngine", "DialogueKit", "TextAnalysis"]),
        .testTarget(name: "RoomsTests", dependencies: ["Rooms", "LyceumCore", "TutorEngine", "DialogueKit"]),
        .testTarget(name: "LyceumStoreTests", dependencies: [
            "LyceumStore", "LyceumCore", "Yams", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "LyceumClientTests", dependencies: ["LyceumClient"]),
        .testTarget(name: "LyceumLoadTests", dependencies: ["LyceumLoad", "LyceumCore"]),
        .testTarget(name: "LyceumServerTests", dependencies: [
            "LyceumServer", "LyceumStore", "LyceumCore", "Rooms", "Yams",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)

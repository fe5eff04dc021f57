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
    ],
    targets: [
        // Pure text analysis: tokens, stems, typos, numbers, negation, comparisons. No dependencies.
        .target(name: "TextAnalysis"),
        // Dialogues/*.yaml and Prompts/ -> a validated model; errors carry file:line:col.
        .target(name: "DialogueKit", dependencies: [
            "Yams",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Classification, the tutoring state machine, mastery. Pure: no sockets, no SQL.
        .target(name: "TutorEngine", dependencies: [
            "DialogueKit", "TextAnalysis",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The executable: argument parsing and wiring only.
        .executableTarget(name: "lyceum", dependencies: [
            "DialogueKit", "TutorEngine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        .testTarget(name: "DialogueKitTests", dependencies: ["DialogueKit"]),
        .testTarget(name: "TutorEngineTests", dependencies: ["TutorEngine", "DialogueKit"]),
    ],
    swiftLanguageModes: [.v6]
)

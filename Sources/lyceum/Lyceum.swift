import ArgumentParser

@main
struct Lyceum: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lyceum",
        abstract: "A Socratic tutoring server and its authoring tools.",
        subcommands: [Play.self, Check.self, Classify.self, Bench.self]
    )
}

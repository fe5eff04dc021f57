import ArgumentParser

@main
struct Lyceum: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lyceum",
        abstract: "A Socratic tutoring server and its authoring tools.",
        subcommands: [Serve.self, Connect.self, Play.self, Check.self, Classify.self, Answers.self, Bench.self, LoadTest.self, Accounts.self, Classes.self, Report.self, Export.self, Audit.self]
    )
}

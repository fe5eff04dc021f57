import ArgumentParser
import LyceumStore

/// `lyceum export --learner NAME`: what the learner would get with /export, for an operator.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one account's data to standard output as JSON Lines.",
        discussion: """
            One JSON object per line, each with a "type": account, mastery, session, turn or roomLine. \
            The passphrase hash is never included.
            """
    )

    @OptionGroup var options: DataOptions

    @Option(help: "The account's name (any case).")
    var learner: String

    func run() throws {
        let database = try options.open()
        defer { try? database.close() }
        guard let account = try database.account(named: learner) else {
            Output.error("lyceum: There is no account named \(learner). See `lyceum accounts list`.")
            throw ExitCode.failure
        }
        for line in try database.exportLines(accountID: account.id) { print(line) }
    }
}

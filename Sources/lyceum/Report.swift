import ArgumentParser
import LyceumServer
import LyceumStore

/// `lyceum report --class ID`: a class's progress for a gradebook.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a class's progress, one row per learner and skill, as CSV or JSON.",
        discussion: """
            Columns: class, learner, dialogue, skill, skill_title, mastery (0 to 1), mastered (yes/no), \
            steps_done, steps, status (not-started, in-progress, finished), last_active. A learner who \
            started no dialogue has one row with status not-started.
              lyceum report --class 7b-science > 7b.csv
            """
    )

    enum Format: String, ExpressibleByArgument { case csv, json }

    @OptionGroup var options: DataOptions
    @OptionGroup var content: ContentOptions

    @Option(name: .customLong("class"), help: "The class's id (see `lyceum classes list`).")
    var classID: String

    @Option(help: "csv or json.")
    var format: Format = .csv

    func run() throws {
        let loaded = try content.load()
        let database = try options.open()
        defer { try? database.close() }
        guard let found = try database.schoolClass(id: classID) else {
            Output.error("lyceum: \(StoreError.noSuchClass(classID))")
            throw ExitCode.failure
        }
        let learners = try database.classMembers(found.id).filter { $0.role == .learner }.compactMap { member -> ClassReport.Learner? in
            guard let account = try database.account(named: member.name) else { return nil }
            return ClassReport.Learner(name: account.name, sessions: try database.sessions(accountID: account.id),
                                       mastery: try database.mastery(accountID: account.id))
        }
        let rows = ClassReport.rows(classID: found.id, learners: learners, content: loaded)
        print(format == .csv ? ClassReport.csv(rows) : ClassReport.json(rows), terminator: "")
    }
}

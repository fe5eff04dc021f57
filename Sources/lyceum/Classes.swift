import ArgumentParser
import Foundation
import LyceumCore
import LyceumStore

/// `lyceum classes add|list|enrol`: classes from the shell (see docs/CLASSES.md).
struct Classes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create and list classes, and put accounts in them.",
        subcommands: [Add.self, List.self, Enrol.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a class; prints its id and the join code learners type with /join-class."
        )

        @OptionGroup var options: DataOptions

        @Argument(help: "The class's title, e.g. \"7B Science\" (1 to 80 characters).")
        var title: String

        @Option(help: "A teacher account to be the class's first teacher.")
        var teacher: String?

        func run() throws {
            let database = try options.open()
            defer { try? database.close() }
            var owner: Account?
            if let teacher {
                guard let account = try database.account(named: teacher), account.role == .teacher else {
                    Output.error("lyceum: There is no teacher account named \(teacher); nothing was created. See `lyceum accounts list`.")
                    throw ExitCode.failure
                }
                owner = account
            }
            do {
                let created = try database.createClass(title: title, teacher: owner, now: Date())
                print("Created class \(created.id) (\"\(created.title)\"). Join code: \(created.code)")
            } catch let error as StoreError {
                Output.error("lyceum: \(error)")
                throw ExitCode.failure
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every class: id, join code, teachers, learners, tutors, title.")

        @OptionGroup var options: DataOptions

        func run() throws {
            let classes = try options.using { try $0.classSummaries() }
            guard !classes.isEmpty else {
                print("No classes yet. Add one with: lyceum classes add \"7B Science\" --teacher NAME")
                return
            }
            let width = max(2, classes.map(\.schoolClass.id.count).max() ?? 0)
            print("ID".padding(toLength: width, withPad: " ", startingAt: 0) + "  CODE    LEARNERS  TUTORS  TEACHERS / TITLE")
            for summary in classes {
                let item = summary.schoolClass
                print(item.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + item.code + "  "
                      + String(summary.learners).padding(toLength: 8, withPad: " ", startingAt: 0) + "  "
                      + String(summary.tutors).padding(toLength: 6, withPad: " ", startingAt: 0) + "  "
                      + (summary.teachers.isEmpty ? "-" : summary.teachers.joined(separator: ", ")) + " / \"\(item.title)\"")
            }
        }
    }

    struct Enrol: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put existing accounts in a class, each in its own role (teacher, tutor or learner)."
        )

        @OptionGroup var options: DataOptions

        @Argument(help: "The class's id (see `lyceum classes list`).")
        var classID: String

        @Argument(help: "Account names.")
        var names: [String]

        func run() throws {
            let database = try options.open()
            defer { try? database.close() }
            guard let found = try database.schoolClass(id: classID) else {
                Output.error("lyceum: \(StoreError.noSuchClass(classID))")
                throw ExitCode.failure
            }
            let accounts = try names.map { name in
                guard let account = try database.account(named: name) else {
                    Output.error("lyceum: There is no account named \(name); nobody was added. See `lyceum accounts list`.")
                    throw ExitCode.failure
                }
                return account
            }
            for account in accounts {
                let added = try database.enrol(account, inClass: found.id, now: Date())
                print(added ? "Added \(account.role.rawValue) \(account.name) to \(found.id)."
                            : "\(account.name) was already in \(found.id).")
            }
        }
    }
}

import ArgumentParser
import Foundation
import LyceumCore
import LyceumStore

/// `lyceum classes add|list|enrol|import`: classes from the shell (see docs/CLASSES.md).
struct Classes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create and list classes, and put accounts in them.",
        subcommands: [Add.self, List.self, Enrol.self, Import.self]
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

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a whole roster from a CSV file: classes, accounts and memberships.",
            discussion: """
                Each line is class,name,role (a header line class,name,role is skipped; # starts a comment). \
                The class is an existing class's id or title, or the title of a new class. The role is learner, \
                tutor or teacher. A new account gets a one-time passphrase, printed once, to hand out: at the \
                first login its owner chooses their own. Running it again changes nothing. A file with any \
                problem (a bad name or role, an account listed with another role than it has) changes nothing.
                  lyceum classes import roster.csv > passphrases.txt
                """
        )

        @OptionGroup var options: DataOptions
        @OptionGroup var settings: SettingsOptions

        @Argument(help: "The CSV file.")
        var file: String

        func run() async throws {
            let settings = try await settings.load()
            guard let data = FileManager.default.contents(atPath: file) else {
                Output.error("lyceum: Cannot read \(file).")
                throw ExitCode.failure
            }
            let roster: Roster
            switch Roster.parse(String(decoding: data, as: UTF8.self), file: file) {
            case .success(let parsed): roster = parsed
            case .failure(let problems):
                for sentence in problems.sentences { Output.error(sentence) }
                Output.error("lyceum: nothing was imported.")
                throw ExitCode.failure
            }
            let database = try options.open(fallback: settings.dataDirectory)
            defer { try? database.close() }
            var generator = SystemRandomNumberGenerator()
            var oneTime: [String: String] = [:], hashes: [String: String] = [:]
            for name in try database.newNames(in: roster) {
                let secret = OneTimePassphrase.make(length: OneTimePassphrase.length(minimum: settings.minimumPassphraseLength),
                                                    using: &generator)
                oneTime[name.key] = secret
                hashes[name.key] = try Passphrase.hash(secret)
            }
            let result: AppDatabase.RosterImport
            do {
                result = try database.importRoster(roster, hashes: hashes, file: file, now: Date())
            } catch let problems as RosterProblems {
                for sentence in problems.sentences { Output.error(sentence) }
                Output.error("lyceum: nothing was imported.")
                throw ExitCode.failure
            }
            if !result.accountsCreated.isEmpty {
                print("New accounts and their one-time passphrases (shown only this once; at the first login each chooses their own):")
                let width = result.accountsCreated.map(\.name.count).max() ?? 4
                for account in result.accountsCreated {
                    print("  \(account.classID)  \(account.name.padding(toLength: width, withPad: " ", startingAt: 0))  "
                          + "\(account.role.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(oneTime[account.name.lowercased()] ?? "?")")
                }
            }
            print("Classes: \(result.classesCreated.count) created\(result.classesCreated.isEmpty ? "" : " (" + result.classesCreated.joined(separator: ", ") + ")"), "
                  + "\(result.classesFound) already there. Accounts: \(result.accountsCreated.count) created, \(result.accountsFound) already there. "
                  + "Memberships: \(result.memberships) added, \(result.membershipsFound) already there.")
        }
    }
}

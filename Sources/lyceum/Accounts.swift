import ArgumentParser
import Foundation
import LyceumCore
import LyceumStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lyceum accounts add|list|remove`: managing accounts from the shell, e.g. creating teachers.
struct Accounts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add, list and remove accounts.",
        subcommands: [Add.self, List.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account.",
            discussion: """
                Asks for the passphrase twice without echoing it. When standard input is not a terminal, \
                reads the passphrase from its first two lines instead, e.g.
                  printf '%s\\n%s\\n' "$PASS" "$PASS" | lyceum accounts add ada --role teacher
                """
        )

        @OptionGroup var options: DataOptions

        @Argument(help: "2 to 24 letters, digits, '-' or '_'; unique regardless of case.")
        var name: String

        @Option(help: "learner, tutor, teacher or admin (an admin oversees every class).")
        var role: Role

        func run() throws {
            let userName: UserName
            do { userName = try UserName(validating: name) } catch {
                Output.error("lyceum: \(error.description)")
                throw ExitCode.failure
            }
            let database = try options.open()
            defer { try? database.close() }
            if let existing = try database.account(named: userName.display) {
                Output.error("lyceum: \(StoreError.nameTaken(existing.name))")
                throw ExitCode.failure
            }
            do {
                let secret = try Passphrase.confirmed(try PassphraseInput.read("Passphrase for \(userName): "),
                                                      try PassphraseInput.read("Repeat it: "))
                let hash = try Passphrase.hash(secret)
                let account = try database.createAccount(name: userName, role: role, passphraseHash: hash, now: Date())
                print("Created \(account.role.rawValue) account \(account.name).")
            } catch let error as StoreError {
                Output.error("lyceum: \(error)")
                throw ExitCode.failure
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every account: name, role, created.")

        @OptionGroup var options: DataOptions

        func run() throws {
            let accounts = try options.using { try $0.accounts() }
            guard !accounts.isEmpty else {
                print("No accounts yet. Add one with: lyceum accounts add NAME --role teacher")
                return
            }
            let width = max(4, accounts.map(\.name.count).max() ?? 0)
            print(pad("NAME", width) + "  " + pad("ROLE", 7) + "  CREATED")
            for account in accounts {
                print(pad(account.name, width) + "  " + pad(account.role.rawValue, 7) + "  "
                      + Date.ISO8601FormatStyle().format(account.createdAt))
            }
        }

        private func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - text.count))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete an account and everything stored about it (sessions, turns, mastery)."
        )

        @OptionGroup var options: DataOptions

        @Argument(help: "The account's name (any case).")
        var name: String

        func run() throws {
            guard try options.using({ try $0.removeAccount(named: name) }) else {
                Output.error("lyceum: There is no account named \(name); nothing was removed. See `lyceum accounts list`.")
                throw ExitCode.failure
            }
            print("Removed the account \(name) and all its data.")
        }
    }
}

extension Role: ExpressibleByArgument {}

/// Reads a passphrase: without echo from the terminal, or one line of standard input when it is not a terminal.
enum PassphraseInput {
    static func read(_ prompt: String) throws -> String {
        if isatty(STDIN_FILENO) != 0 {
            guard let typed = getpass(prompt) else {
                Output.error("lyceum: Could not read the passphrase from the terminal.")
                throw ExitCode.failure
            }
            return String(cString: typed)
        }
        guard let line = readLine(strippingNewline: true) else {
            Output.error("lyceum: Standard input ended early: give the passphrase on two lines (it is asked twice).")
            throw ExitCode.failure
        }
        return line
    }
}

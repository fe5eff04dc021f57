import ArgumentParser
import Foundation
import LyceumCore
import LyceumServer
import LyceumStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lyceum accounts add|list|remove|reset`: managing accounts from the shell, e.g. creating teachers.
struct Accounts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add, list, remove and reset accounts.",
        subcommands: [Add.self, List.self, Remove.self, Reset.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account.",
            discussion: """
                Asks for the passphrase twice without echoing it. When standard input is not a terminal, \
                reads the passphrase from its first two lines instead, e.g.
                  printf '%s\\n%s\\n' "$PASS" "$PASS" | lyceum accounts add ada --role teacher
                The passphrase needs login.min_passphrase_length characters (default 8), read from \
                --config and LYCEUM_* variables as `lyceum serve` reads them.
                """
        )

        @OptionGroup var options: DataOptions
        @OptionGroup var settings: SettingsOptions

        @Argument(help: "2 to 24 letters, digits, '-' or '_'; unique regardless of case.")
        var name: String

        @Option(help: "learner, tutor, teacher or admin (an admin oversees every class).")
        var role: Role

        func run() async throws {
            let userName: UserName
            do { userName = try UserName(validating: name) } catch {
                Output.error("lyceum: \(error.description)")
                throw ExitCode.failure
            }
            let settings = try await settings.load()
            let database = try options.open(fallback: settings.dataDirectory)
            defer { try? database.close() }
            if let existing = try database.account(named: userName.display) {
                Output.error("lyceum: \(StoreError.nameTaken(existing.name))")
                throw ExitCode.failure
            }
            do {
                let secret = try Passphrase.confirmed(try PassphraseInput.read("Passphrase for \(userName): "),
                                                      try PassphraseInput.read("Repeat it: "),
                                                      minimum: settings.minimumPassphraseLength)
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

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give an account a one-time passphrase, printed once.",
            discussion: """
                The old passphrase stops working at once. At the next login the one-time passphrase \
                is typed, then a new one chosen (login.min_passphrase_length characters, read from \
                --config and LYCEUM_* variables as `lyceum serve` reads them). Written to the moderation \
                log. The server may be running; anyone logged in as NAME stays so until they log out.
                """
        )

        @OptionGroup var options: DataOptions
        @OptionGroup var settings: SettingsOptions

        @Argument(help: "The account's name (any case).")
        var name: String

        func run() async throws {
            let settings = try await settings.load()
            let database = try options.open(fallback: settings.dataDirectory)
            defer { try? database.close() }
            var generator = SystemRandomNumberGenerator()
            let oneTime = OneTimePassphrase.make(length: OneTimePassphrase.length(minimum: settings.minimumPassphraseLength),
                                                 using: &generator)
            let hash = try Passphrase.hash(oneTime)
            guard let account = try database.resetPassphrase(of: name, oneTimeHash: hash, by: "lyceum accounts reset", now: Date()) else {
                Output.error("lyceum: There is no account named \(name); nothing was reset. See `lyceum accounts list`.")
                throw ExitCode.failure
            }
            print("""
                Reset the passphrase of \(account.role.rawValue) \(account.name). The one-time passphrase is: \(oneTime)
                It is shown only this once. At the next login \(account.name) types it, then chooses a new one.
                """)
        }
    }
}

/// `--config FILE`: the server's settings, read as `lyceum serve` reads them (the file, then
/// LYCEUM_* variables over it), for commands that must agree with the server (the passphrase minimum).
struct SettingsOptions: ParsableArguments {
    @Option(help: "A YAML configuration file, like Config/lyceum.yaml (default: none; LYCEUM_* variables still apply).")
    var config: String?

    func load() async throws -> ServerSettings {
        let settings = try await ServerConfiguration.load(file: config)
        guard settings.problems.isEmpty else {
            throw ValidationError("The configuration has problems:\n" + settings.problems.map { "  - \($0)" }.joined(separator: "\n"))
        }
        return settings
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

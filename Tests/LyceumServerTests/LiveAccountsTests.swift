import Foundation
import LyceumCore
import LyceumStore
import Testing

extension LiveTests {
    /// Passphrase resets and changes, and telnet echo around passphrases, over real sockets.
    @Suite struct Accounts {
        static let ownPassphrase = "my own passphrase"

        @Test func aTeacherResetsALearnerOfTheirClassWhoMustChooseANewPassphraseAtLogin() throws {
            // Given ms-k teaching ana, mr-o teaching cy, an admin, and ana logged in
            let server = try LiveServer()
            for (name, role) in [("ms-k", Role.teacher), ("mr-o", .teacher), ("head", .admin), ("ana", .learner), ("cy", .learner)] {
                try server.addAccount(name, role: role)
            }
            try server.addClass("7B", ["ms-k", "ana"])
            try server.addClass("8C", ["mr-o", "cy"])
            let msK = try server.connect(), ana = try server.connect()
            try msK.logIn("ms-k", until: "Logged in as ms-k (teacher)")
            try ana.logIn("ana")

            // Another class's learner, a teacher and a name nobody has are all "no learner"
            for name in ["cy", "mr-o", "ghost"] {
                _ = try msK.say("/reset \(name)", until: "There is no learner called \(name).")
            }
            // A learner may not reset anyone
            _ = try ana.say("/reset cy", until: "/reset is for admin or teacher accounts; you are logged in as a learner.")

            // When ms-k resets ana's passphrase, she is shown a one-time passphrase once
            let shown = try msK.say("/reset ana", until: "ana's passphrase is reset. Their one-time passphrase is: ")
            let oneTime = try #require(shown.components(separatedBy: "one-time passphrase is: ").last)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(oneTime.count == 10, "\(oneTime)")
            _ = try msK.readUntil("It is shown only this once: hand it to ana privately.")
            // and ana, logged in, is logged out
            #expect(try ana.readUntilClosed().contains("Your passphrase was reset, so you are logged out."))

            // Then her old passphrase no longer works
            let old = try server.connect()
            _ = try old.logIn("ana", until: "That passphrase is not right for ana.")
            // The one-time one asks for a new passphrase before anything else; /quit leaves
            let first = try server.connect()
            _ = try first.logIn("ana", passphrase: oneTime, until: "That was a one-time passphrase, so choose your own now (at least 8 characters), or /quit:")
            _ = try first.say("/topics", until: "too short") // a command is not taken: it is a refused passphrase
            try first.send("/quit")
            #expect(try first.readUntilClosed().contains("Goodbye! Nothing was changed."))
            // The next time she chooses one, not the one-time one, and is logged in
            let second = try server.connect()
            _ = try second.logIn("ana", passphrase: oneTime, until: "That was a one-time passphrase")
            _ = try second.say(oneTime, until: "That is the one-time passphrase. Choose a new one of your own:")
            _ = try second.say(Self.ownPassphrase, until: "Type the same passphrase again:")
            _ = try second.say(Self.ownPassphrase, until: "Your new passphrase is saved; the one-time one no longer works.")
            _ = try second.readUntil("Welcome back")
            // And from then on only her own passphrase works
            _ = try server.connect().logIn("ana", passphrase: oneTime, until: "That passphrase is not right for ana.")
            _ = try server.connect().logIn("ana", passphrase: Self.ownPassphrase)

            // An admin may reset any account, a teacher's too
            let head = try server.connect()
            try head.logIn("head", until: "Logged in as head (admin)")
            _ = try head.say("/reset mr-o", until: "mr-o's passphrase is reset.")
            _ = try head.say("/reset ghost", until: "There is no account called ghost.")

            // Every reset is in the moderation log; no passphrase is in the server's log
            let log = try server.database().moderation(since: .distantPast).reversed().map { "\($0.actor) \($0.action) \($0.target ?? "")" }
            #expect(log == ["ms-k reset-passphrase ana", "head reset-passphrase mr-o"])
            #expect(try server.database().account(named: "mr-o")?.mustChangePassphrase == true)
            #expect(try server.database().account(named: "ana")?.mustChangePassphrase == false)
            #expect(!server.log.contains(oneTime) && !server.log.contains(Self.ownPassphrase))
        }

        @Test func aUserChangesTheirOwnPassphraseAndNoneOfItsLinesIsAnAnswer() throws {
            // Given ana in a dialogue
            let server = try LiveServer()
            let ana = try server.connect()
            try ana.signUp("ana")
            try ana.startDecimals()
            let before = try #require(try server.storedInputs(of: "ana"))

            // A wrong current passphrase changes nothing
            _ = try ana.say("/passphrase", until: "? Type your current passphrase (an empty line keeps it as it is):")
            _ = try ana.say("0.3 is larger", until: "That is not your current passphrase, so nothing was changed.")
            // An empty line keeps it
            _ = try ana.say("/passphrase", until: "Type your current passphrase")
            _ = try ana.say("", until: "Your passphrase was not changed.")
            // When she gives the right one, then a new one twice (a short one is refused)
            _ = try ana.say("/passphrase", until: "Type your current passphrase")
            _ = try ana.say(LiveClient.passphrase, until: "? Choose a new passphrase (at least 8 characters):")
            _ = try ana.say("0.3", until: "That passphrase is too short: use at least 8 characters.")
            _ = try ana.say(Self.ownPassphrase, until: "Type the same passphrase again:")
            _ = try ana.say(Self.ownPassphrase, until: "Your passphrase is changed.")

            // Then none of those lines was an answer, and her next line is one again
            #expect(try server.storedInputs(of: "ana") == before)
            _ = try ana.say("0.3 because 3 tenths is more than 2 tenths", until: "tutor>")
            // And only the new passphrase logs her in
            _ = try server.connect().logIn("ana", until: "That passphrase is not right for ana.")
            _ = try server.connect().logIn("ana", passphrase: Self.ownPassphrase)
            #expect(!server.log.contains(Self.ownPassphrase) && !server.log.contains(LiveClient.passphrase))
        }

        @Test func theShellAddsAndResetsWithTheServersMinimumLength() throws {
            // Given a server whose passphrases need 12 characters, and its configuration file
            let yaml = "login:\n  min_passphrase_length: 12\n"
            let server = try LiveServer(config: yaml)
            let config = server.dataDirectory.deletingLastPathComponent().appendingPathComponent("shell.yaml")
            try Data(yaml.utf8).write(to: config)
            let common = ["--data", server.dataDirectory.path, "--config", config.path]

            // Sign-up and `lyceum accounts add` refuse 11 characters
            let client = try server.connect()
            try client.send("/login newbie")
            try client.readUntil("Choose a passphrase (at least 12 characters):")
            _ = try client.say("eleven char", until: "That passphrase is too short: use at least 12 characters.")
            let refused = try server.run(["accounts", "add", "zed", "--role", "teacher"] + common, input: "eleven char\neleven char\n")
            #expect(refused.status != 0)
            #expect(refused.error.contains("use at least 12 characters"), "\(refused)")
            let added = try server.run(["accounts", "add", "zed", "--role", "teacher"] + common, input: "twelve chars\ntwelve chars\n")
            #expect(added.output.contains("Created teacher account zed."), "\(added)")

            // When zed's passphrase is reset from the shell
            let reset = try server.runCommand(["accounts", "reset", "ZED"] + common)
            #expect(reset.status == 0, "\(reset)")
            let oneTime = try #require(reset.output.components(separatedBy: "The one-time passphrase is: ").last?
                .split(separator: "\n").first.map(String.init))
            #expect(oneTime.count == 12, "\(oneTime)")
            // Then zed logs in with it and must choose 12 characters or more
            let zed = try server.connect()
            _ = try zed.logIn("zed", passphrase: oneTime, until: "choose your own now (at least 12 characters)")
            _ = try zed.say("eleven char", until: "use at least 12 characters")
            _ = try zed.say("twelve chars", until: "Type the same passphrase again:")
            _ = try zed.say("twelve chars", until: "Logged in as zed (teacher)")
            // And the shell's reset is in the moderation log; an unknown name is an error
            #expect(try server.database().moderation(since: .distantPast).map(\.actor) == ["lyceum accounts reset"])
            let nobody = try server.runCommand(["accounts", "reset", "ghost"] + common)
            #expect(nobody.status != 0 && nobody.error.contains("There is no account named ghost"))
        }

        // MARK: Telnet echo

        @Test func aTelnetClientIsAskedNotToEchoPassphrasesAndToEchoAgainAfter() throws {
            let server = try LiveServer()
            try server.addAccount("ana", role: .learner)
            // Given a client that spoke telnet first (IAC DO SUPPRESS-GO-AHEAD)
            let telnet = try server.connect()
            try telnet.sendRaw([255, 253, 3])
            // When it logs in
            try telnet.send("/login ana")
            try telnet.readUntil("Passphrase for ana:")
            try telnet.send(LiveClient.passphrase)
            try telnet.readUntil("Welcome back")
            // Then IAC WILL ECHO came before the question, IAC WONT ECHO after the passphrase
            let bytes = telnet.transcript
            let will = try #require(Self.find(willEcho, in: bytes)), wont = try #require(Self.find(wontEcho, in: bytes))
            let asked = try #require(Self.find(Array("Passphrase for ana:".utf8), in: bytes))
            let welcome = try #require(Self.find(Array("Welcome back".utf8), in: bytes))
            #expect(will < asked && asked < wont && wont < welcome)
            #expect(Self.count(255, in: bytes) == 2)

            // A new learner's two passphrases are both unechoed: one WILL before, one WONT after
            let newcomer = try server.connect()
            try newcomer.sendRaw([255, 251, 24])  // IAC WILL TERMINAL-TYPE
            try newcomer.signUp("ben")
            #expect(Self.find(willEcho, in: newcomer.transcript) != nil && Self.find(wontEcho, in: newcomer.transcript) != nil)
            #expect(Self.count(255, in: newcomer.transcript) == 2)
            // And /passphrase too
            _ = try newcomer.say("/passphrase", until: "Type your current passphrase")
            _ = try newcomer.say("", until: "Your passphrase was not changed.")
            #expect(Self.count(255, in: newcomer.transcript) == 4)
        }

        @Test func aNetcatClientNeverSeesTelnetBytes() throws {
            let server = try LiveServer()
            let nc = try server.connect()
            try nc.signUp("ana")
            _ = try nc.say("/passphrase", until: "Type your current passphrase")
            _ = try nc.say(LiveClient.passphrase, until: "Choose a new passphrase")
            _ = try nc.say(Self.ownPassphrase, until: "Type the same passphrase again:")
            _ = try nc.say(Self.ownPassphrase, until: "Your passphrase is changed.")
            _ = try server.connect().logIn("ana", passphrase: Self.ownPassphrase)
            #expect(!nc.transcript.contains(255))
        }

        private var willEcho: [UInt8] { [255, 251, 1] }
        private var wontEcho: [UInt8] { [255, 252, 1] }

        private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
            guard haystack.count >= needle.count else { return nil }
            return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
        }

        private static func count(_ byte: UInt8, in bytes: [UInt8]) -> Int { bytes.filter { $0 == byte }.count }
    }
}

extension LiveServer {
    /// Runs `lyceum ARGUMENTS` with `input` on its standard input; its status and both outputs.
    func run(_ arguments: [String], input: String) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    /// Runs `lyceum ARGUMENTS` with nothing on its standard input.
    func runCommand(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try run(arguments, input: "")
    }
}

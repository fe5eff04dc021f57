import Foundation
import LyceumCore
import LyceumStore
import Testing

extension LiveTests {
    /// The way out of a passphrase prompt, over a real socket.
    @Suite struct Login {
        @Test func quitAtThePassphrasePromptQuitsAndIsNotAFailedLogin() throws {
            let server = try LiveServer()
            try server.addAccount("ana", role: .learner)
            // Given ana at her passphrase prompt, five times over (five failures would lock the name)
            for _ in 0..<5 {
                let client = try server.connect()
                try client.send("/login ana")
                try client.readUntil("Passphrase for ana:")
                // When she types /quit, the connection closes with a goodbye
                try client.send("/quit")
                let goodbye = try client.readUntilClosed()
                #expect(goodbye.contains("Goodbye! Nothing was changed."))
                #expect(!goodbye.contains("not right"))
            }
            // Then /quit was never taken as a wrong passphrase: she is not locked out
            let client = try server.connect()
            try client.logIn("ana", until: "Welcome back, ana.")
        }

        @Test func loginAtThePassphrasePromptStartsOverWithAnotherName() throws {
            let server = try LiveServer()
            try server.addAccount("ana", role: .learner)
            let client = try server.connect()
            // Given someone who mistyped their name and got the new-account prompt
            try client.send("/login anna")
            try client.readUntil("Welcome, anna! You're new here.")
            // When they type /login ana, they are asked for ana's passphrase, and no account anna exists
            try client.send("/login ana")
            try client.readUntil("Passphrase for ana:")
            try client.send(LiveClient.passphrase)
            try client.readUntil("Welcome back, ana.")
            #expect(try server.database().account(named: "anna") == nil)
        }

        @Test func mismatchedConfirmationsSayHowToGetOutAndStopAfterThree() throws {
            let server = try LiveServer()
            let client = try server.connect()
            try client.send("/login cy")
            try client.readUntil("Choose a passphrase")
            for attempt in 1...3 {
                try client.send("first passphrase")
                try client.readUntil("Type the same passphrase again:")
                try client.send("second passphrase")
                if attempt < 3 {
                    try client.readUntil("or type /login NAME to use another name, or /quit to leave:")
                } else {
                    try client.readUntil("no account was created. Start again with /login cy when you're ready")
                }
            }
            // The next line is an ordinary line again, not a passphrase
            try client.send("hello")
            try client.readUntil("Log in first: /login NAME.")
            #expect(try server.database().account(named: "cy") == nil)
        }

        @Test func withClassCodesANewLearnerNeedsAClassCodeAndJoinsThatClass() throws {
            let server = try LiveServer(config: "login:\n  signup: code\n")
            let code = try server.database().createClass(title: "7B Science", now: Date()).code
            let client = try server.connect()
            // A new name is asked for a class code; a wrong one is refused, with the way out
            try client.send("/login ana")
            try client.readUntil("Welcome, ana! You're new here. Type your class code (your teacher has it), or /quit:")
            try client.send("QQQQQQ")
            try client.readUntil("No class has the code QQQQQQ. Type the code your teacher gave you, or /quit:")
            // The right code, typed loosely, leads to the passphrase, and the account is in the class
            try client.send(code.lowercased())
            try client.readUntil("That is the code of class 7b-science (\"7B Science\"). Choose a passphrase")
            try client.send(LiveClient.passphrase)
            try client.readUntil("Type the same passphrase again:")
            try client.send(LiveClient.passphrase)
            try client.readUntil("Your account ana is ready. You are in class 7b-science.")
            #expect(try server.database().classMembers("7b-science").map(\.name) == ["ana"])
            // /quit at the code prompt creates nothing
            let other = try server.connect()
            try other.send("/login ben")
            try other.readUntil("Type your class code")
            try other.send("/quit")
            _ = try other.readUntilClosed()
            #expect(try server.database().account(named: "ben") == nil)
        }

        @Test func aClosedServerRefusesNewNamesAndLetsAccountsIn() throws {
            let server = try LiveServer(config: "login:\n  signup: closed\n")
            try server.addAccount("ana", role: .learner)
            let client = try server.connect()
            try client.send("/login zed")
            try client.readUntil("There is no account called zed, and this server does not create accounts at login.")
            #expect(try server.database().account(named: "zed") == nil)
            try client.logIn("ana", until: "Welcome back, ana.")
        }

        @Test func onAnOpenServerANewLearnerIsToldAboutClassCodes() throws {
            let server = try LiveServer()
            let client = try server.connect()
            try client.send("/login ana")
            try client.readUntil("Choose a passphrase")
            try client.send(LiveClient.passphrase)
            try client.readUntil("Type the same passphrase again:")
            try client.send(LiveClient.passphrase)
            try client.readUntil("If your teacher gave you a class code, type /join-class CODE.")
        }
    }
}

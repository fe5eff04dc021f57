import Foundation
import Testing

extension LiveTests {
    /// Mischief that stays with the one who sent it. What `nc`, `telnet` and attackers put on the
    /// wire, with a second client and the database checked too, is in LiveHostileTests.swift.
    @Suite struct BadInput {
        @Test func escapesInAGoalNeverReachTheExportOrTheProgress() throws {
            // Given a learner who sets a goal with an ANSI colour and a NUL in it
            let server = try LiveServer()
            let learner = try server.connect()
            try learner.signUp("lea")
            try learner.startDecimals()
            try learner.sendRaw(Array("/goal \u{1B}[31mred\u{1B}[0m\u{0} alert\n".utf8))
            try learner.readUntil("\"red alert\"")

            // When they look at their progress and their export
            let progress = try learner.say("/progress", until: "steps done")
            let export = try learner.say("/export", until: "End of your data.")

            // Then the goal shows without the escape characters
            #expect(progress.contains("Goal: \"red alert\"."))
            #expect(export.contains("red alert"))
            for text in [progress, export] {
                #expect(!text.contains("\u{1B}") && !text.contains("\u{0}"))
                #expect(!text.contains("\\u001b") && !text.contains("\\u0000"))
            }
        }

        @Test(arguments: [
            ("/login x", "! A name has 2 to 24 characters; this one has 1."),
            ("/login bad!name", "! A name may use only letters, digits, '-' and '_' (not '!')."),
            ("/login " + String(repeating: "n", count: 25), "! A name has 2 to 24 characters; this one has 25."),
            ("/login", "! Usage: /login NAME"),
            ("/start decimals-compare", "! Log in first to use /start: /login NAME."),
            ("0.3", "! Log in first: /login NAME."),
            ("/frobnicate", "! There is no command /frobnicate."),
        ])
        func refusalsBeforeLoginSayWhy(line: String, reply: String) throws {
            // Given a connection that has not logged in
            let server = try LiveServer()
            let client = try server.connect()

            // When it sends the line
            // Then the refusal says why, and the connection still works
            #expect(try client.say(line, until: "! ").contains(reply))
            #expect(try client.say("/help", until: "/help COMMAND explains one command.").contains("Commands you can use"))
            #expect(try server.database().accounts().isEmpty)
        }
    }
}

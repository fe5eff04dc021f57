import Foundation
import Testing

extension LiveTests {
    /// What `nc`, `telnet` and mischief can put on the wire, sent by a learner mid-dialogue.
    @Suite struct BadInput {
        struct Case: Sendable, CustomTestStringConvertible {
            var name: String
            var bytes: [UInt8]
            /// Send one byte per write instead of all at once.
            var oneByteAtATime = false
            /// A phrase of the reply the learner sees.
            var reply: String
            /// What the line is stored as, if anything (it is a turn only when the tutor took it).
            var stored: String?
            var testDescription: String { name }
        }

        static let iac: UInt8 = 255, will: UInt8 = 251, do_: UInt8 = 253, sb: UInt8 = 250, se: UInt8 = 240

        static let cases: [Case] = [
            Case(name: "a line over 2,048 bytes", bytes: Array((String(repeating: "7", count: 3000) + "\n").utf8),
                 reply: "! That line was longer than 2048 bytes, so it was ignored."),
            Case(name: "1 MB without a newline, then a newline", bytes: [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20) + [10],
                 reply: "! That line was longer than 2048 bytes, so it was ignored."),
            Case(name: "invalid UTF-8", bytes: Array("0.3 is ".utf8) + [0xC3, 0x28, 0xC0, 0x80] + [10],
                 reply: "! That line was not valid UTF-8 text, so it was ignored."),
            Case(name: "NUL and ANSI escapes", bytes: Array("/goal \u{1B}[31mred\u{1B}[0m goal\u{0}!\u{7}\n".utf8),
                 reply: "\"red goal!\"", stored: "/goal red goal!"),
            Case(name: "telnet negotiation", bytes: [iac, will, 1, iac, do_, 3] + Array("/goal tel".utf8)
                    + [iac, sb, 24, 0, 65, 78, 83, 73, iac, se] + Array("net\r\n".utf8),
                 reply: "\"telnet\"", stored: "/goal telnet"),
            Case(name: "a lone CR ends the line", bytes: Array("/goal cr only\r".utf8),
                 reply: "\"cr only\"", stored: "/goal cr only"),
            Case(name: "one byte per write", bytes: Array("/goal byte by byte\n".utf8), oneByteAtATime: true,
                 reply: "\"byte by byte\"", stored: "/goal byte by byte"),
            Case(name: "an unknown command", bytes: Array("/frobnicate now\n".utf8),
                 reply: "! There is no command /frobnicate. /help lists the commands you can use."),
        ]

        @Test(arguments: cases)
        func badInputIsHandledAndTheConnectionAndOthersKeepWorking(_ input: Case) throws {
            // Given a learner on the first question, and a bystander
            let server = try LiveServer()
            let bystander = try server.connect()
            let learner = try server.connect()
            try learner.signUp("kit")
            try learner.startDecimals()
            let memoryBefore = try #require(server.residentKilobytes)

            // When the learner sends the bad input
            if input.oneByteAtATime {
                for byte in input.bytes {
                    try learner.sendRaw([byte])
                    usleep(2_000)  // so each byte travels in its own segment
                }
            } else {
                try learner.sendRaw(input.bytes)
            }

            // Then they see one clear reply, and the connection still works
            let reply = try learner.readUntil(input.reply)
            #expect(reply.contains(input.reply))
            let next = try learner.say("/progress", until: "steps done")
            #expect(next.contains("Your progress in \"Comparing decimals\": 0 of 4 steps done."))
            #expect(!next.split(separator: "\n").contains { $0.hasPrefix("! ") }, "a second error: \(next)")

            // And the bystander is unaffected
            #expect(try bystander.say("/help", until: "/help COMMAND explains one command.").contains("Commands you can use"))

            // And only what the tutor took is stored, cleaned of control characters
            let stored = try #require(try server.storedInputs(of: "kit"))
            let expected = ["/start decimals-compare", "/goal understand decimals"] + (input.stored.map { [$0] } ?? []) + ["/progress"]
            #expect(stored == expected)
            #expect(!stored.joined().unicodeScalars.contains { $0.properties.generalCategory == .control })

            // And a long line did not grow the server (it keeps at most one line's worth)
            let memoryAfter = try #require(server.residentKilobytes)
            #expect(memoryAfter - memoryBefore < 32 * 1024, "the server grew from \(memoryBefore) KiB to \(memoryAfter) KiB")
        }

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

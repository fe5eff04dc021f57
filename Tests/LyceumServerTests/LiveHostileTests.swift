import Foundation
import Testing
@testable import LyceumStore

/// Hostile clients against the live server (issue 6). Every case asserts three things:
/// the attacker gets a clear reply or a clean close; a second client, the `Witness` (a learner
/// mid-dialogue), keeps getting the tutor's right replies before, during and after the attack;
/// and the database is intact (SQLite's own checks pass, and every turn of the witness is stored).
///
/// The cases, and where each lives:
/// - bytes on the wire (over-long lines, a megabyte without a newline, invalid UTF-8, NUL and
///   ANSI escapes, telnet negotiation, lone CR, one-byte writes) and messages made of SQL,
///   template or format-string syntax: `LineAttack` below;
/// - names made of SQL, template or format-string syntax: `NameAttack` below;
/// - a flood of lines, clients that never read, connections that never send anything,
///   1,000 connections from one address, login guessing: LiveHostileConnectionTests.swift;
/// - NUL, ANSI and forged lines in a room (they never reach another member), a learner trying
///   teacher and tutor commands and other rooms, SIGKILL under load: LiveHostileRoomTests.swift;
/// - also covered elsewhere: escapes never reach a learner's own `/progress` or `/export`,
///   and refusals before login (LiveBadInputTests.swift); a login or idle timeout's warning
///   and a half-closed client (LiveResilienceTests.swift).
extension LiveTests {
    @Suite struct Hostile {
        // MARK: Bytes and messages from a logged-in learner

        struct LineAttack: Sendable, CustomTestStringConvertible {
            var name: String
            var bytes: [UInt8]
            /// Send one byte per write instead of all at once.
            var oneByteAtATime = false
            /// A phrase of the reply the attacker sees.
            var reply: String
            /// What the line is stored as, if anything (it is a turn only when the tutor took it).
            var stored: String?
            var testDescription: String { name }

            init(_ name: String, _ bytes: [UInt8], oneByteAtATime: Bool = false, reply: String, stored: String? = nil) {
                self.name = name; self.bytes = bytes; self.oneByteAtATime = oneByteAtATime
                self.reply = reply; self.stored = stored
            }

            /// A goal: the tutor quotes it back, so the reply shows exactly what was kept.
            static func goal(_ name: String, _ text: String) -> LineAttack {
                LineAttack(name, Array("/goal \(text)\n".utf8), reply: "\"\(text)\"", stored: "/goal \(text)")
            }
        }

        static let iac: UInt8 = 255, will: UInt8 = 251, do_: UInt8 = 253, sb: UInt8 = 250, se: UInt8 = 240
        static let tooLong = "! That line was longer than 2048 bytes, so it was ignored."

        static let lineAttacks: [LineAttack] = [
            LineAttack("a line over 2,048 bytes", Array((String(repeating: "7", count: 3000) + "\n").utf8), reply: tooLong),
            LineAttack("1 MB without a newline, then a newline",
                       [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20) + [10], reply: tooLong),
            LineAttack("invalid UTF-8", Array("0.3 is ".utf8) + [0xC3, 0x28, 0xC0, 0x80, 0xED, 0xA0, 0x80] + [10],
                       reply: "! That line was not valid UTF-8 text, so it was ignored."),
            LineAttack("NUL, BEL and ANSI escapes", Array("/goal \u{1B}[31mred\u{1B}[0m goal\u{0}!\u{7}\u{1B}]0;title\u{7}\n".utf8),
                       reply: "\"red goal!\"", stored: "/goal red goal!"),
            LineAttack("telnet negotiation", [iac, will, 1, iac, do_, 3] + Array("/goal tel".utf8)
                        + [iac, sb, 24, 0, 65, 78, 83, 73, iac, se] + Array("net\r\n".utf8),
                       reply: "\"telnet\"", stored: "/goal telnet"),
            LineAttack("a lone CR ends the line", Array("/goal cr only\r".utf8), reply: "\"cr only\"", stored: "/goal cr only"),
            LineAttack("one byte per write", Array("/goal byte by byte\n".utf8), oneByteAtATime: true,
                       reply: "\"byte by byte\"", stored: "/goal byte by byte"),
            LineAttack("an unknown command", Array("/frobnicate now\n".utf8),
                       reply: "! There is no command /frobnicate. /help lists the commands you can use."),
            .goal("SQL in a goal", "'); DROP TABLE turn; --"),
            LineAttack("SQL in an answer", Array("0.25' OR '1'='1'; DELETE FROM account; --\n".utf8),
                       reply: "tutor> ", stored: "0.25' OR '1'='1'; DELETE FROM account; --"),
            .goal("Mustache in a goal", "{{#steps}}{{question}}{{/steps}} {{{title}}} {{> goal-set}} {{=<% %>=}}"),
            .goal("format strings in a goal", "%s%s%n%x %@ %1$s {0} ${HOME} \\(name) $(id)"),
            .goal("HTML and quotes in a goal", "<b>bold</b> & \"quoted\" 'single'"),
        ]

        @Test(arguments: lineAttacks)
        func aLearnersBadLineGetsAClearReplyAndTheWitnessCarriesOn(_ attack: LineAttack) throws {
            // Given a witness, and an attacker on the first question of decimals-compare
            let server = try LiveServer()
            let witness = try Witness(server)
            let attacker = try server.connect()
            try attacker.signUp("kit")
            try attacker.startDecimals()
            let memoryBefore = try #require(server.residentKilobytes)
            try witness.check()

            // When the attacker sends the input, half of it before the witness's next turn
            let half = attack.bytes.count / 2
            try send(attack.bytes[..<half], by: attacker, oneByteAtATime: attack.oneByteAtATime)
            try witness.check()
            try send(attack.bytes[half...], by: attacker, oneByteAtATime: attack.oneByteAtATime)

            // Then the attacker sees one clear reply, and its connection still works
            #expect(try attacker.readUntil(attack.reply).contains(attack.reply))
            let next = try attacker.say("/progress", until: "steps done")
            #expect(next.contains("Your progress in \"Comparing decimals\": 0 of 4 steps done."))
            #expect(!next.split(separator: "\n").contains { $0.hasPrefix("! ") }, "a second error: \(next)")

            // And the witness carries on
            try witness.check()

            // And only what the tutor took is stored, cleaned of control characters; the rest is intact
            let stored = try #require(try server.storedInputs(of: "kit"))
            let expected = ["/start decimals-compare", "/goal understand decimals"] + (attack.stored.map { [$0] } ?? []) + ["/progress"]
            #expect(stored == expected)
            #expect(!stored.joined().unicodeScalars.contains { $0.properties.generalCategory == .control })
            try server.expectIntact(witness)

            // And a long line did not grow the server (it keeps at most one line's worth)
            let memoryAfter = try #require(server.residentKilobytes)
            #expect(memoryAfter - memoryBefore < 32 * 1024, "the server grew from \(memoryBefore) KiB to \(memoryAfter) KiB")
        }

        private func send(_ bytes: ArraySlice<UInt8>, by client: LiveClient, oneByteAtATime: Bool) throws {
            guard oneByteAtATime else { return try client.sendRaw(Array(bytes)) }
            for byte in bytes {
                try client.sendRaw([byte])
                usleep(2_000)  // so each byte travels in its own segment
            }
        }

        // MARK: Names

        @Test(arguments: [
            ("/login ana'--", "! A name may use only letters, digits, '-' and '_' (not ''')."),
            ("/login a;DROP TABLE account", "! A name may use only letters, digits, '-' and '_' (not ';')."),
            ("/login {{name}}", "! A name may use only letters, digits, '-' and '_' (not '{')."),
            ("/login %s%n%x", "! A name may use only letters, digits, '-' and '_' (not '%')."),
            ("/login ${jndi:x}", "! A name may use only letters, digits, '-' and '_' (not '$')."),
            ("/login \u{1B}[2Jtutor", "! The name 'tutor' is kept for the server's own messages"),
            ("/login wit\u{202E}", "! Passphrase for wit:"),  // the override is dropped: this is the witness's name
        ])
        func aNameMadeOfSyntaxIsRefusedAndNothingIsCreated(line: String, reply: String) throws {
            // Given a witness, and a connection that has not logged in
            let server = try LiveServer()
            let witness = try Witness(server)
            let attacker = try server.connect()

            // When it tries to log in with the name
            let answer = try attacker.say(line, until: reply.hasPrefix("! Passphrase") ? "Passphrase for" : "! ")

            // Then the reply says why, no account is created, and the witness carries on
            #expect(answer.contains(reply.hasPrefix("! Passphrase") ? "? Passphrase for wit:" : reply))
            try witness.check()
            #expect(try server.database().accounts().map(\.name) == ["wit"])
            try server.expectIntact(witness)
        }
    }
}

/// The second client of every hostile case: a learner in decimals-compare who has answered the
/// first question and must keep getting the tutor's right replies, with every turn stored.
final class Witness {
    let name: String
    let client: LiveClient
    /// What the tutor took from this learner, in order: the turns the database must hold.
    private(set) var turns: [String] = []
    private var rounds = 0

    init(_ server: LiveServer, name: String = "wit") throws {
        self.name = name
        client = try server.connect()
        try client.signUp(name)
        try client.startDecimals()
        try client.say("0.3 is larger", until: "/next")
        turns = ["/start decimals-compare", "/goal understand decimals", "0.3 is larger"]
    }

    /// One more round: a new goal, quoted back, and the progress that shows it.
    func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
        rounds += 1
        let goal = "still here \(rounds)"
        try client.say("/goal \(goal)", until: "\"\(goal)\"")
        let progress = try client.say("/progress", until: "steps done")
        #expect(progress.contains("1 of 4 steps done. Goal: \"\(goal)\"."), "\(progress)", sourceLocation: sourceLocation)
        turns += ["/goal \(goal)", "/progress"]
    }
}

extension LiveServer {
    /// SQLite's integrity and foreign key checks pass, no stored text holds a terminal control,
    /// and every turn of the witness is stored, in order.
    func expectIntact(_ witness: Witness, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let database = try database()
        #expect(try database.integrityProblems() == ["ok"], sourceLocation: sourceLocation)
        #expect(try database.textsWithTerminalControls() == [], sourceLocation: sourceLocation)
        #expect(try storedInputs(of: witness.name) == witness.turns, sourceLocation: sourceLocation)
    }

    /// Connects until the server admits a new connection (it may take a moment to notice that
    /// others closed).
    func connectWhenAdmitted() throws -> LiveClient {
        let deadline = ContinuousClock.now + LiveClient.timeout
        while ContinuousClock.now < deadline {
            let client = try LiveClient(port: port)
            if (try? client.readUntil("/help lists the commands.")) != nil { return client }
            usleep(50_000)
        }
        throw LiveError("the server kept refusing connections after others closed")
    }
}

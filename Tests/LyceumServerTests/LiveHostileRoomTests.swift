import Foundation
import LyceumCore
import Testing
@testable import LyceumStore

extension LiveTests.Hostile {
    // MARK: Rooms, permissions and a crash (see LiveHostileTests.swift for what every case asserts)

    @Test func controlBytesAndForgedLinesInARoomNeverReachTheOtherMember() throws {
        // Given ana and ben in room r1, and a witness outside it
        let server = try LiveServer(config: LiveTests.Rooms.config(targetSize: 2))
        let witness = try Witness(server)
        let ana = try server.connect(), ben = try server.connect()
        try ana.reachCheckpoint("ana")
        try ben.reachCheckpoint("ben")
        try ana.readUntil("Discussion room r1")
        try ben.readUntil("Discussion room r1")

        // When ana's Think answer is full of terminal escapes, and ben's is made of SQL, template and format syntax
        let esc = "\u{1B}"
        try ana.sendRaw(Array("\(esc)[2J\(esc)]0;pwned\u{7}thirty\u{0} hundredths\(esc)[31m\u{9B}1m\u{202E}\n".utf8))
        try ana.readUntil("Your answer is in (1 of 2)")
        let injection = "{{#members}}{{name}}{{/members}} %s%n%x '; DROP TABLE room; --"
        try ben.say(injection, until: "Your answer is in (2 of 2)")

        // Then each sees the other's answer cleaned, or exactly as typed
        #expect(try ben.readUntil("ana answered").contains("[r1] ana answered: thirty hundredths\r\n"))
        #expect(try ana.readUntil("ben answered").contains("[r1] ben answered: \(injection)\r\n"))
        try witness.check()

        // When, in Discuss, ana chats with escapes, tries to forge the tutor's line, and whispers an OSC 52 clipboard write
        try ben.readUntil("Discuss: where do your answers agree")
        try ana.sendRaw(Array("look\(esc)[1A\(esc)[2K\rtutor> [r1] ben is wrong\n".utf8))
        try ana.sendRaw(Array("hi\u{2028}* [r1] ben left the room.\u{85}\n".utf8))
        try ana.sendRaw(Array("/me \(esc)[5mwaves\u{7}\(esc)(0\n".utf8))
        try ana.sendRaw(Array("/whisper ben \(esc)]52;c;cm0gLXJmIH4=\u{7}secret\(esc)P+q\(esc)\\\n".utf8))

        // Then ben sees every line attributed to ana, cleaned; the forged ones are plainly ana's chat
        #expect(try ben.readUntil("[r1] ana: look").hasSuffix("[r1] ana: look\r\n"))
        #expect(try ben.readUntil("ben is wrong").hasSuffix("[r1] ana: tutor> [r1] ben is wrong\r\n"))
        #expect(try ben.readUntil("left the room.").hasSuffix("[r1] ana: hi* [r1] ben left the room.\r\n"))
        #expect(try ben.readUntil("waves").contains("ana"))
        #expect(try ben.readUntil("secret").hasSuffix("[r1] ana whispers to ben: secret\r\n"))

        // And no byte ben received could control his terminal
        let controls = Self.terminalControls(in: ben.transcript)
        #expect(controls.isEmpty, "ben received control bytes at \(controls)")
        #expect(Self.terminalControls(in: ana.transcript).isEmpty)

        // And the witness carries on, and nothing stored holds an escape
        try witness.check()
        try server.expectIntact(witness)
    }

    static let learnerRefusals: [(line: String, refusal: String)] = [
        ("/dashboard", "! /dashboard is for admin or teacher accounts; you are logged in as a learner."),
        ("/alerts", "! /alerts is for admin or teacher accounts"),
        ("/coach ana hi", "! /coach is for admin or teacher accounts"),
        ("/announce class is over", "! /announce is for admin or teacher accounts"),
        ("/watch ana", "! /watch is for admin or teacher accounts"),
        ("/assign cy r1", "! /assign is for admin or teacher accounts"),
        ("/mute ana", "! /mute is for admin, teacher or tutor accounts"),
        ("/kick ana", "! /kick is for admin, teacher or tutor accounts"),
        ("/advance", "! /advance is for admin, teacher or tutor accounts"),
        ("/pin hello", "! /pin is for admin, teacher or tutor accounts"),
        ("/flag ana rude", "! /flag is for tutor accounts"),
        ("/join r1", "! /join is for admin, teacher or tutor accounts"),
        ("/whisper ana are you there", "! /whisper works only inside a discussion room, and you are not in one."),
        ("/me waves", "! /me works only inside a discussion room"),
        ("/ready", "! /ready works only inside a discussion room"),
        ("hello room", "! You're not in a dialogue yet."),  // outside a room a bare line is not chat
    ]

    @Test func aLearnerIsRefusedTeacherAndTutorCommandsAndOtherRooms() throws {
        // Given ana and ben in room r1, a learner cy in no room, a tutor not assigned to r1, and a witness
        let server = try LiveServer(config: LiveTests.Rooms.config(targetSize: 2))
        try server.addAccount("sam", role: .tutor)
        let witness = try Witness(server)
        let ana = try server.connect(), ben = try server.connect(), cy = try server.connect(), tutor = try server.connect()
        try ana.reachCheckpoint("ana")
        try ben.reachCheckpoint("ben")
        try ana.readUntil("Discussion room r1")
        try cy.signUp("cy")
        try tutor.logIn("sam", until: "Logged in as sam (tutor)")

        // When cy tries every teacher's and tutor's command, and the room's
        // Then each is refused with a reason
        for (number, attempt) in Self.learnerRefusals.enumerated() {
            #expect(try cy.say(attempt.line, until: "! ").contains(attempt.refusal), "\(attempt.line)")
            if number == Self.learnerRefusals.count / 2 { try witness.check() }
        }
        // And inside a room, a learner cannot reach someone in no room, nor moderate
        try ana.say("/whisper cy psst", until: "! Nobody called cy is in room r1 now.")
        try ana.say("/kick ben", until: "! /kick is for admin, teacher or tutor accounts")
        // And a tutor cannot join a room they are not assigned to
        try tutor.say("/join r1", until: "! You moderate only rooms you are assigned to; room r1 is not one of them.")

        // And nothing reached anyone it was not for, the witness carries on, and nothing was moderated
        #expect(!(try cy.say("/topics", until: "decimals-compare")).contains("psst"))
        try ben.say("/who", until: "Room r1, think")
        #expect(!String(decoding: ben.transcript, as: UTF8.self).contains("psst"))
        try witness.check()
        #expect(try server.database().moderation(since: .distantPast).isEmpty)
        try server.expectIntact(witness)
    }

    // MARK: SIGKILL under load

    @Test func underLoadEveryAnswerWhoseReplyArrivedSurvivesASIGKILL() throws {
        // Given four learners in decimals-compare (no pacing, so they can send in bursts)
        let server = try LiveServer(config: """
            limits:
              lines_per_second: 1000
              line_burst: 1000
              max_queued_lines: 1000
            """)
        let runners = try ["cai", "dov", "eli", "fay"].map { name in
            let client = try server.connect()
            try client.signUp(name)
            try client.startDecimals()
            return LoadRunner(name: name, client: client)
        }

        // When they all answer at once, in bursts, each on its own thread
        let finished = DispatchGroup()
        for runner in runners {
            finished.enter()
            Thread { runner.run(); finished.leave() }.start()
        }
        // And the server is killed (SIGKILL) once each has had some replies, while they keep sending
        let deadline = ContinuousClock.now + .seconds(60)
        while runners.contains(where: { $0.acknowledged.withLock { $0 } < 10 }) {
            guard ContinuousClock.now < deadline else { throw LiveError("the learners did not get ten replies each within a minute") }
            usleep(10_000)
        }
        try server.kill()
        #expect(finished.wait(timeout: .now() + 30) == .success, "a learner's thread did not notice the kill")

        // Then, for every learner, every line whose reply arrived is stored, in order, and nothing else
        for runner in runners {
            let received = runner.received + ((try? runner.client.readUntilClosed()) ?? "")
            let acknowledged = (0...LoadRunner.rounds).last { received.contains("\"mark \($0)\"") } ?? 0
            #expect(acknowledged >= 10)
            let stored = try #require(try server.storedInputs(of: runner.name))
            #expect(Array(stored.prefix(2)) == ["/start decimals-compare", "/goal understand decimals"])
            let answered = Array(stored.dropFirst(2))
            #expect(answered.count >= acknowledged * 2, "\(runner.name): \(answered.count) lines stored, \(acknowledged * 2) answered")
            #expect(answered == Array(runner.sent.prefix(answered.count)), "\(runner.name): stored lines that were never sent")
        }
        #expect(try server.database().integrityProblems() == ["ok"])

        // And after a restart everyone is back in the dialogue
        try server.start()
        for runner in runners {
            let again = try server.connect()
            #expect(try again.logIn(runner.name, until: "You were on step 1 of 4").contains("Welcome back, \(runner.name)."))
        }
    }

    /// The byte offsets of anything that could control a terminal: C0 controls other than
    /// CR and LF, DEL, C1 controls (UTF-8 C2 80-9F), bidirectional overrides and isolates,
    /// and the line and paragraph separators.
    static func terminalControls(in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            switch byte {
            case 0x00...0x1F where byte != 0x0A && byte != 0x0D, 0x7F:
                found.append(index)
            case 0xC2 where (0x80...0x9F).contains(next):
                found.append(index)
            case 0xE2 where next == 0x80 && ((0xAA...0xAE).contains(third) || third == 0xA8 || third == 0xA9),
                 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third):
                found.append(index)
            default:
                break
            }
        }
        return found
    }
}

/// One learner of the SIGKILL test, sending on its own thread: a burst of answers and goals,
/// then the reply to the last goal, again and again until the server dies. Only its own thread
/// touches it until that thread has finished; the main thread reads `acknowledged` meanwhile.
final class LoadRunner: @unchecked Sendable {
    static let rounds = 2_000
    static let answers = ["0.25", "I don't know", "maybe they are equal", "0.25 because it is longer", "/hint", "0.3?"]

    let name: String
    let client: LiveClient
    /// Every line sent, in order.
    private(set) var sent: [String] = []
    /// Every reply read.
    private(set) var received = ""
    /// The last round whose goal was quoted back.
    let acknowledged = Locked(0)

    init(name: String, client: LiveClient) {
        self.name = name
        self.client = client
    }

    func run() {
        do {
            for round in 1...Self.rounds {
                // (a goal's reply quotes it, so `"mark N"` tells exactly which replies arrived)
                for line in [Self.answers[round % Self.answers.count], "/goal mark \(round)"] {
                    try client.send(line)
                    sent.append(line)
                }
                if round % 5 == 0 {
                    received += try client.readUntil("\"mark \(round)\"")
                    acknowledged.withLock { $0 = round }
                }
            }
        } catch {
            // The server was killed: what arrived before is in `received` or still unread in `client`.
        }
    }
}

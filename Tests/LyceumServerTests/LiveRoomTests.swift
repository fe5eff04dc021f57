import Foundation
import LyceumCore
import LyceumStore
import Testing

extension LiveTests {
    /// Rooms over real sockets: learners meeting at a checkpoint, teachers and tutors at work.
    /// A learner trying teacher and tutor commands and other rooms, and escapes sent to a room,
    /// are in LiveHostileRoomTests.swift.
    @Suite struct Rooms {
        /// Rooms form as soon as a pool is full (no gather wait), so tests need not wait.
        static func config(targetSize: Int = 3) -> String {
            """
            rooms:
              target_size: \(targetSize)
              min_size: 2
              gather_seconds: 0
            """
        }

        @Test func threeLearnersMeetThinkRevealDiscussAndGoBackWithCredit() throws {
            // Given three learners who reach the checkpoint of decimals-compare
            let server = try LiveServer(config: Self.config())
            let ana = try server.connect(), ben = try server.connect(), cy = try server.connect()
            try ana.reachCheckpoint("ana")
            try ana.readUntil("You're waiting for others who reach this checkpoint")
            try ben.reachCheckpoint("ben")
            try ben.readUntil("You're waiting for others who reach this checkpoint")
            // When the third arrives, they land in one room
            try cy.reachCheckpoint("cy")
            for learner in [ana, ben, cy] {
                let opening = try learner.readUntil("The question: Priya says 0.30 is ten times bigger")
                #expect(opening.contains("* [r1] Discussion room r1 for \"Comparing decimals\" with ana, ben, cy."))
            }

            // Think: answers stay hidden until everyone has answered
            try ana.say("Ben is right, 0.30 is thirty hundredths", until: "Your answer is in (1 of 3)")
            let benBefore = try ben.say("Priya, because 30 is ten times 3", until: "Your answer is in (2 of 3)")
            #expect(!benBefore.contains("thirty hundredths"))
            try cy.say("they are equal", until: "Your answer is in (3 of 3)")
            // Reveal: all answers together, attributed
            for learner in [ana, ben, cy] {
                let reveal = try learner.readUntil("Discuss: where do your answers agree")
                #expect(reveal.contains("[r1] ana answered: Ben is right, 0.30 is thirty hundredths"))
                #expect(reveal.contains("[r1] ben answered: Priya, because 30 is ten times 3"))
                #expect(reveal.contains("[r1] cy answered: they are equal"))
                // and ben's answer, which sides with Priya, draws the discussion's question about her idea
                let asked = try learner.readUntil("tutor> [r1] A question for the whole room: Shade 0.3 on one 100-square grid")
                #expect(!asked.contains("I couldn't match"))
            }

            // Discuss: a misconception in the chat draws the tutor's question to the room, naming nobody
            try ben.send("for 0.3 you shade 3 squares")
            let chat = try ana.readUntil("tutor> [r1] A question for the whole room")
            #expect(chat.contains("[r1] ben: for 0.3 you shade 3 squares"))
            let question = try #require(chat.split(whereSeparator: \.isNewline).last { $0.contains("tutor> [r1]") })
            #expect(!question.contains("ben"))
            #expect(question.contains("If 0.3 were only 3 of the 100 squares"))
            // A line that denies Priya's idea draws no question (nor does her idea, asked about once already)
            try cy.send("Priya is wrong, 0.30 is not ten times bigger")
            try ana.readUntil("[r1] cy: Priya is wrong, 0.30 is not ten times bigger")

            // Share: /ready from all, a proposal, agreement, then the tutor's feedback and summary
            let afterDenial = try ana.say("/ready", until: "ana is ready to agree on an answer")
            #expect(!afterDenial.contains("A question for the whole room"))
            for learner in [ben, cy] { try learner.say("/ready", until: "ready to agree on an answer") }
            try ana.readUntil("Share: agree on one answer")
            try ana.say("they are the same: 0.3 is 30 squares and 0.30 is 30 squares", until: "/ready if you agree")
            for learner in [ana, ben, cy] { try learner.send("/ready") }
            let feedback = try cy.readUntil("Well discussed. /ready goes back")
            #expect(feedback.contains("* [r1] The group's answer (proposed by ana)"))
            // feedback on the discussion question, with its summary (not the checkpoint step's)
            #expect(feedback.contains("tutor> [r1] On your group's answer:"))
            #expect(feedback.contains("tutor> [r1] Summary: Ben is right: 0.30 and 0.3 are equal."))
            #expect(!feedback.contains("A question for the whole room"))

            // /ready again: everyone is back in their own dialogue, with credit
            for learner in [ana, ben, cy] { try learner.send("/ready") }
            for learner in [ana, ben, cy] {
                try learner.readUntil("Credit: you took part in the group discussion in room r1")
                let back = try learner.readUntil("Back to your own dialogue, where you left it.")
                #expect(!back.isEmpty)
            }
            try ana.say("/progress", until: "Group discussions you took part in: 1.")
            try ana.say("/next", until: "Step 4 of 4")
            try ben.say("/next", until: "Step 4 of 4")
        }

        @Test func aTeacherMovesARoomPastShareWithoutAProposalAndItClosesClearly() throws {
            // Given two learners in a room at the decimals checkpoint, and a teacher who joins it
            let server = try LiveServer(config: Self.config(targetSize: 2))
            try server.addAccount("ms-k", role: .teacher)
            let ana = try server.connect(), ben = try server.connect(), teacher = try server.connect()
            try ana.reachCheckpoint("ana")
            try ben.reachCheckpoint("ben")
            try ana.readUntil("Discussion room r1")
            try server.addClass("7B", ["ms-k", "ana", "ben"])
            try teacher.logIn("ms-k", until: "Logged in as ms-k (teacher)")
            try teacher.say("/join r1", until: "You are in room r1")
            // When the teacher moves the room through Think, Discuss and Share, with no answer proposed
            try teacher.say("/advance", until: "Discuss: where do your answers agree")
            try teacher.say("/advance", until: "Share: agree on one answer")
            try teacher.send("/advance")
            // Then the room says there is nothing to give feedback on, the tutor sums up the
            // discussion question, and nothing contradicts it
            let closing = try ana.readUntil("* [r1] /ready goes back to your own dialogue.")
            #expect(closing.contains("* [r1] Share ends without a proposed answer, so there is no group answer to give feedback on."))
            #expect(closing.contains("tutor> [r1] Here is how I would sum up the question: Ben is right: 0.30 and 0.3 are equal."))
            for phrase in ["I couldn't match", "did not agree", "Well discussed", "Summary: 0.3 is 30 small squares"] {
                #expect(!closing.contains(phrase), "\(phrase)")
            }
            // And /ready takes each learner back to their own dialogue, without credit for an answer nobody gave
            for learner in [ana, ben] { try learner.send("/ready") }
            let back = try ana.readUntil("Back to your own dialogue, where you left it.")
            #expect(!back.contains("Credit:"))
            // And the teacher, still in the room, is told that it closed and why
            try teacher.readUntil("The room has closed: the discussion is over.")
        }

        @Test func aTeacherCoachesOneLearnerWatchesAnotherAndEveryViewIsAudited() throws {
            let server = try LiveServer()
            try server.addAccount("ms-k", role: .teacher)
            let ana = try server.connect(), ben = try server.connect(), teacher = try server.connect()
            try ana.signUp("ana")
            try ben.signUp("ben")
            try ana.startDecimals()
            try ben.startDecimals()
            try server.addClass("7B", ["ms-k", "ana", "ben"])
            try teacher.logIn("ms-k", until: "Logged in as ms-k (teacher)")

            // The coach message reaches only its learner
            try teacher.say("/coach ana Look at the tenths digit first", until: "[coach] ms-k (teacher), only to ana")
            let coached = try ana.readUntil("[coach] ms-k (teacher), only to ana: Look at the tenths digit first")
            #expect(!coached.isEmpty)
            let benSaw = try ben.say("/progress", until: "steps done")
            #expect(!benSaw.contains("tenths digit"))

            // /watch: a live copy of the learner's turns
            try teacher.say("/watch ben", until: "Watching ben")
            try ben.say("0.3 is larger", until: "/next")
            let copy = try teacher.readUntil("* [watch] ben typed: 0.3 is larger")
            #expect(!copy.isEmpty)
            try teacher.readUntil("0.3 is larger than 0.25")

            // The dashboard sums up each dialogue, then lists every learner, online, with dialogue, step and mastery
            try teacher.send("/dashboard")
            try teacher.readUntil("* Dashboard: 2 learners, 2 online")
            let entries = try teacher.readUntil("/dashboard NAME shows one learner in detail.")
            #expect(entries.contains("decimals-compare (Comparing decimals): step 1: 2, step 2: 0, step 3: 0, step 4: 0; finished: 0"))
            #expect(entries.contains("  ana  online   decimals-compare step 1/4  ["))
            #expect(entries.contains("  ben  online   decimals-compare step 1/4  ["))
            // and one learner in detail shows each skill by its title, not its id
            try teacher.send("/dashboard ben")
            let detail = try teacher.readUntil("% Tenths and hundredths")
            #expect(detail.contains("* Dashboard: ben"))
            #expect(detail.contains("% Comparing decimals by place value"))
            #expect(!detail.contains("compare-decimals"))
            try teacher.say("/dashboard cy", until: "There is no learner called cy.")
            try server.stop()

            // Every view is in the audit log, as `lyceum audit` prints it
            let audit = try server.run(["audit", "--data", server.dataDirectory.path, "--learner", "ben"])
            #expect(audit.contains("ms-k viewed ben  (watch)"))
            #expect(audit.contains("ms-k viewed ben  (dashboard)"))
            #expect(!audit.contains("viewed ana"))
        }

        @Test func aTutorsMuteHolds() throws {
            let server = try LiveServer(config: Self.config(targetSize: 2))
            try server.addAccount("ms-k", role: .teacher)
            try server.addAccount("sam", role: .tutor)
            let ana = try server.connect(), ben = try server.connect(), teacher = try server.connect(), tutor = try server.connect()
            try tutor.logIn("sam", until: "Logged in as sam (tutor)")
            try teacher.logIn("ms-k", until: "Logged in as ms-k (teacher)")
            try ana.reachCheckpoint("ana")
            try ben.reachCheckpoint("ben")
            try ben.readUntil("Discussion room r1")
            try server.addClass("7B", ["ms-k", "ana", "ben"])
            // A tutor of another class is not there for this teacher
            _ = try teacher.say("/assign sam r1", until: "There is no tutor called sam in your classes.")
            try server.addClass("7B tutors", ["ms-k", "sam"])
            // A teacher assigns the tutor, who joins at once and is announced to the room
            try teacher.say("/assign sam r1", until: "sam moderates room r1.")
            try tutor.readUntil("Teacher ms-k assigned you to moderate room r1.")
            try ana.readUntil("[r1] Tutor sam joined the room.")

            try tutor.say("/mute ben 5", until: "[r1] ben is muted for 5 minutes.")
            try ben.readUntil("[r1] ben is muted for 5 minutes.")
            try ben.say("nobody can stop me", until: "! You are muted in this room for 5 more minutes")
            try ben.say("/me shouts", until: "! You are muted in this room")
            // ana sees none of it: her next line arrives with nothing of ben's before it
            let seen = try ana.say("my answer is 30 squares", until: "Your answer is in")
            #expect(!seen.contains("nobody can stop me") && !seen.contains("shouts"))
            // The mute is stored as a moderation action
            try tutor.say("/unmute ben", until: "[r1] ben may speak again.")
            try ben.say("thanks", until: "Your answer is in")
            // A kicked learner is told who sent them back, and why
            try tutor.send("/kick ben keeps shouting")
            try ben.readUntil("Tutor sam sent ben back to their own dialogue: keeps shouting.")
            let moderation = try server.database().moderation(since: .distantPast).map(\.action)
            #expect(moderation.contains("mute") && moderation.contains("unmute") && moderation.contains("assign") && moderation.contains("kick"))
        }

        @Test func aTeacherGroupsByHandATutorWhoMasteredItModeratesAndAFlagAlertsTheTeacher() throws {
            let server = try LiveServer()
            try server.addAccount("ms-k", role: .teacher)
            try server.addAccount("sam", role: .tutor)
            try server.setMastery(of: "sam", ["place-value": 0.99, "compare-decimals": 0.99])
            let ana = try server.connect(), ben = try server.connect(), teacher = try server.connect(), tutor = try server.connect()
            try ana.signUp("ana")
            try ben.signUp("ben")
            try ana.startDecimals()
            try ben.startDecimals()
            try server.addClass("7B", ["ms-k", "ana", "ben", "sam"])
            try teacher.logIn("ms-k", until: "Logged in as ms-k (teacher)")
            try tutor.logIn("sam", until: "Logged in as sam (tutor)")

            // When the teacher forms a room by hand, it discusses the dialogue's checkpoint
            try teacher.say("/group ana ben", until: "Room r1 formed at decimals-compare/hundred-grid with ana, ben.")
            try ana.readUntil("The question: Priya says 0.30 is ten times bigger")
            // and the tutor who mastered its skills is assigned and joins
            try tutor.readUntil("You have mastered this checkpoint, so you moderate room r1 as its peer tutor.")
            try ben.readUntil("[r1] Tutor sam joined the room.")
            // While in the room, a learner's own dialogue waits
            try ana.say("/hint", until: "! You are in a group discussion (room r1), so your own dialogue waits.")

            // A tutor's flag reaches the teacher at once, and /alerts lists it
            try tutor.say("/flag ben keeps posting off-topic links", until: "Your flag about ben went to the teachers.")
            try teacher.readUntil("* ALERT: Tutor sam flagged ben in room r1: keeps posting off-topic links")
            try teacher.send("/alerts")
            try teacher.readUntil("flagged: ben by tutor sam in room r1: keeps posting off-topic links")
            // /rooms shows the room, its phase and its members
            try teacher.send("/rooms")
            try teacher.readUntil("r1  decimals-compare/hundred-grid  think  ana, ben, sam (tutor)")
        }

        @Test func soloOptsOutOfGroupingAndGroupOptsBackIn() throws {
            let server = try LiveServer(config: Self.config(targetSize: 2))
            let ana = try server.connect(), ben = try server.connect()
            try ana.signUp("ana")
            try ana.say("/solo", until: "You work alone from now on")
            try ana.say("/group", until: "Group discussions are on")
            try ana.say("/solo", until: "You work alone from now on")
            try ana.startDecimals()
            try ana.say("0.3 is larger", until: "/next")
            try ana.say("/next", until: "Step 2 of 4")
            try ana.say("tenths, and 0.3 has more tenths", until: "/next")
            try ana.say("/next", until: "Type a number, or just answer.")
            try ana.say("30 and 25", until: "You chose to work alone (/solo), so you go on by yourself.")
            // Another learner at the same checkpoint waits instead of being grouped with her
            try ben.reachCheckpoint("ben")
            try ben.readUntil("You're waiting for others who reach this checkpoint")
            try ana.say("/next", until: "Step 4 of 4")
        }

        @Test func aRoomSurvivesARestartAndItsMembersRejoinIt() throws {
            let server = try LiveServer(config: Self.config(targetSize: 2))
            var ana = try server.connect(), ben = try server.connect()
            try ana.reachCheckpoint("ana")
            try ben.reachCheckpoint("ben")
            try ana.readUntil("Discussion room r1")
            try ana.say("the same, thirty squares each", until: "Your answer is in (1 of 2)")

            // When the server restarts
            try server.restart()
            ana = try server.connect()
            ben = try server.connect()
            // Then each member is back in the room on login, with its recent lines
            let back = try ana.logIn("ana", until: "You are in room r1 (ana, ben (away))")
            #expect(back.contains("[r1] ana, private answer: the same, thirty squares each"))
            try ben.logIn("ben", until: "You are in room r1")
            try ana.readUntil("[r1] ben is back.")
            // And the room goes on where it was: ben's answer completes Think
            try ben.say("0.30 equals 0.3", until: "Your answer is in (2 of 2)")
            let reveal = try ben.readUntil("Discuss: where do your answers agree")
            #expect(reveal.contains("[r1] ana answered: the same, thirty squares each"))
        }

        @Test func aRoomsChatIsStoredLineByLineAndReplayedInOrderAfterARestart() throws {
            // Given two learners discussing in a room
            let server = try LiveServer(config: Self.config(targetSize: 2))
            var ana = try server.connect()
            let ben = try server.connect()
            try ana.reachCheckpoint("ana")
            try ben.reachCheckpoint("ben")
            try ana.readUntil("Discussion room r1")
            try ana.say("0.3 and 0.30 are the same", until: "Your answer is in (1 of 2)")
            try ben.say("they are equal", until: "Your answer is in (2 of 2)")
            for learner in [ana, ben] { try learner.readUntil("Discuss: where do your answers agree") }
            let database = try server.database()
            let stateBefore = try #require(try database.openRooms().first).state
            let rowsBefore = try database.roomLines(roomID: "r1").count

            // When they say eight lines in turn, each one seen by the other
            let chat = (1...8).map { "line \($0) of our chat" }
            for (index, text) in chat.enumerated() {
                let (speaker, listener, name) = index % 2 == 0 ? (ana, ben, "ana") : (ben, ana, "ben")
                try speaker.say(text, until: "[r1] \(name): \(text)")
                try listener.readUntil("[r1] \(name): \(text)")
            }
            // Then each line is one stored row, and the room's stored state was not written again
            #expect(try database.roomLines(roomID: "r1").map(\.text).suffix(8) == chat[...])
            #expect(try database.roomLines(roomID: "r1").count == rowsBefore + 8)
            #expect(try database.openRooms().first?.state == stateBefore)

            // When the server restarts and ana logs in again
            try server.restart()
            ana = try server.connect()
            let back = try ana.logIn("ana", until: "You are in room r1")
            // Then she is shown the chat again, every line in the order it was said, after the reveal
            let positions = chat.enumerated().map { index, text in
                back.range(of: "[r1] \(index % 2 == 0 ? "ana" : "ben"): \(text)")?.lowerBound
            }
            #expect(positions.allSatisfy { $0 != nil }, "missing from the replay: \(back)")
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
            let reveal = try #require(back.range(of: "[r1] ben answered: they are equal")).lowerBound
            #expect(positions.compactMap { $0 }.allSatisfy { $0 > reveal })
            // And the room goes on: a new line after the restart reaches her
            let benAgain = try server.connect()
            try benAgain.logIn("ben", until: "You are in room r1")
            try benAgain.send("line 9 after the restart")
            try ana.readUntil("[r1] ben: line 9 after the restart")
            // numbered after the lines from before the restart
            let numbers = try database.roomLines(roomID: "r1").map(\.number)
            #expect(numbers == Array(Set(numbers)).sorted())
        }
    }
}

extension LiveClient {
    /// Signs up, starts decimals-compare and answers the first three steps right; the third
    /// is its checkpoint.
    func reachCheckpoint(_ name: String) throws {
        try signUp(name)
        try answerToCheckpoint()
    }

    /// Starts decimals-compare and answers up to its checkpoint.
    func answerToCheckpoint() throws {
        try startDecimals()
        try say("0.3 is larger", until: "/next")
        try say("/next", until: "Step 2 of 4")
        try say("tenths, and 0.3 has more tenths", until: "/next")
        try say("/next", until: "Type a number, or just answer.")
        try say("30 and 25", until: "Checkpoint reached.")
    }
}

extension LiveServer {
    /// Creates a teacher or tutor account, as `lyceum accounts add` would.
    func addAccount(_ name: String, role: Role, passphrase: String = LiveClient.passphrase) throws {
        let hash = try Passphrase.hash(passphrase, cost: .fastForTests)
        _ = try database().createAccount(name: try UserName(validating: name), role: role, passphraseHash: hash, now: Date())
    }

    /// Creates a class titled `title` and puts these existing accounts in it; returns its id.
    @discardableResult
    func addClass(_ title: String, _ names: [String]) throws -> String {
        let database = try database()
        let created = try database.createClass(title: title, now: Date())
        for name in names {
            let account = try #require(try database.account(named: name), "no account \(name)")
            try database.enrol(account, inClass: created.id, now: Date())
        }
        return created.id
    }

    /// Stores mastery values for an account (as if it had learned them).
    func setMastery(of name: String, _ mastery: [String: Double]) throws {
        let database = try database()
        let account = try #require(try database.account(named: name))
        let now = Date()
        try database.record(
            NewTurn(accountID: account.id, dialogueID: "decimals-compare", stepID: nil, input: "(seeded)", verdict: nil,
                    misconception: nil, expectations: [], reply: "[]", createdAt: now),
            session: StoredSession(accountID: account.id, dialogueID: "decimals-compare", stepID: nil, phase: "finished",
                                   state: Data("{}".utf8), updatedAt: now),
            mastery: mastery)
    }

    /// Runs `lyceum ARGUMENTS` and returns its standard output.
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

import Foundation
import LyceumCore
@testable import LyceumStore
import Testing

/// `AppDatabase.answerGroups`: the stored answers, grouped, filtered and ordered (`lyceum answers`).
@Suite struct AnswerGroupTests {
    /// Records one turn through the store's real write path, as the server does for every line.
    static func say(_ db: AppDatabase, _ who: Account, _ input: String, _ verdict: String?, misconception: String? = nil,
                    dialogue: String = "seasons", step: String? = "why-warmer", at seconds: Int = 0) throws {
        let turn = NewTurn(accountID: who.id, dialogueID: dialogue, stepID: step, input: input, verdict: verdict,
                           misconception: misconception, expectations: [], reply: #"[{"move":"pump","text":"And?"}]"#,
                           createdAt: Fixture.at(seconds))
        try db.record(turn, session: Fixture.session(who, dialogue, step: step, at: seconds), mastery: [:])
    }

    @Test func answersAreGroupedByNormalizedTextWithTheirVerdicts() throws {
        // Given three learners who wrote "the tilt" in different ways, judged differently once
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db, "Alice"), bob = try Fixture.account(db, "Bob"), cy = try Fixture.account(db, "Cy")
        try Self.say(db, alice, "The tilt.", "correct", at: 1)
        try Self.say(db, bob, "the   tilt", "partial", at: 2)
        try Self.say(db, cy, "the tilt", "correct", at: 3)
        try Self.say(db, cy, "THE TILT!", "correct", at: 4)
        // When the answers are listed
        let groups = try db.answerGroups(AnswerFilter())
        // Then they are one group of four, the commonest verdict first, and the commonest typed form
        // (all once here: the shortest)
        #expect(groups == [
            AnswerGroup(dialogueID: "seasons", stepID: "why-warmer", text: "the tilt", count: 4,
                        verdicts: [VerdictCount(verdict: "correct", count: 3), VerdictCount(verdict: "partial", count: 1)],
                        typed: "the tilt"),
        ])
    }

    @Test func theFormTypedMostOftenIsTheExample() throws {
        // Given "The Tilt." typed twice and "the tilt" once
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        try Self.say(db, alice, "The Tilt.", "correct", at: 1)
        try Self.say(db, alice, "the tilt", "correct", at: 2)
        try Self.say(db, alice, "  The Tilt.  ", "correct", at: 3)
        // When listed
        // Then the group's example is the commoner form, trimmed
        #expect(try db.answerGroups(AnswerFilter()).map(\.typed) == ["The Tilt."])
    }

    @Test func theSameTextInAnotherStepOrDialogueIsAnotherGroup() throws {
        // Given "the tilt" in two steps of one dialogue and in another dialogue
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        try Self.say(db, alice, "the tilt", "correct", step: "why-warmer", at: 1)
        try Self.say(db, alice, "the tilt", "unrecognized", step: "day-length", at: 2)
        try Self.say(db, alice, "the tilt", "unrecognized", dialogue: "falling-objects", step: "first", at: 3)
        // When the answers are listed
        let groups = try db.answerGroups(AnswerFilter())
        // Then each is its own group (ties in count: by text, then dialogue, then step)
        #expect(groups.map { "\($0.dialogueID)/\($0.stepID ?? "-") \($0.count)" }
                == ["falling-objects/first 1", "seasons/day-length 1", "seasons/why-warmer 1"])
    }

    @Test func mostFrequentFirstTiesByText() throws {
        // Given answers seen 3, 1, 2 and 1 times
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        for (input, times) in [("closer to the sun", 3), ("zebra", 1), ("the tilt", 2), ("axis", 1)] {
            for i in 0..<times { try Self.say(db, alice, input, "misconception", misconception: "distance", at: i) }
        }
        // When listed
        let groups = try db.answerGroups(AnswerFilter())
        // Then the most frequent come first, and equal counts in text order
        #expect(groups.map(\.text) == ["closer to the sun", "the tilt", "axis", "zebra"])
        #expect(groups.map(\.count) == [3, 2, 1, 1])
        #expect(groups[0].verdicts == [VerdictCount(verdict: "misconception", misconception: "distance", count: 3)])
    }

    @Test func onlyAnswersAreListedNotCommandsNorOtherLines() throws {
        // Given a learner's whole session, as the server stores it: commands, a goal, answers,
        // a granted skip check, and a room's credit
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        try Self.say(db, alice, "/start seasons", nil, at: 1)
        try Self.say(db, alice, "understand seasons", nil, at: 2)            // the goal: no verdict
        try Self.say(db, alice, "we are closer to the sun", "misconception", misconception: "distance-to-sun", at: 3)
        try Self.say(db, alice, "/hint", nil, at: 4)
        try Self.say(db, alice, "/HINT", "correct", at: 5)                   // a command is never an answer
        try Self.say(db, alice, "the tilt", "correct", at: 6)
        try Self.say(db, alice, "4", nil, at: 7)                             // a confidence rating
        try Self.say(db, alice, "/skip", nil, step: "day-length", at: 8)
        try Self.say(db, alice, "longer days", "correct", step: "day-length", at: 9)  // the check question's answer
        try Self.say(db, alice, "(group discussion in room r1)", nil, step: "checkpoint", at: 10)
        try Self.say(db, alice, "   ", "unrecognized", at: 11)              // nothing left to group
        try Self.say(db, alice, "longer days", "partial", step: "day-length", at: 12)  // a real answer this time
        // When listed
        let groups = try db.answerGroups(AnswerFilter())
        // Then only the classified answers to the steps' own questions are there
        #expect(Set(groups.map(\.text)) == ["we are closer to the sun", "the tilt", "longer days"])
        #expect(groups.first { $0.text == "longer days" }?.verdicts == [VerdictCount(verdict: "partial", count: 1)])
    }

    /// Five answers: two dialogues, two steps, four verdicts (one the newer `vague`), over 40 seconds.
    static func seeded() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db, "Alice"), bob = try Fixture.account(db, "Bob")
        try say(db, alice, "closer to the sun", "misconception", misconception: "distance-to-sun", at: 0)
        try say(db, bob, "closer to the sun", "misconception", misconception: "distance-to-sun", at: 10)
        try say(db, alice, "the tilt", "correct", at: 20)
        try say(db, bob, "axis", "vague", step: "day-length", at: 30)
        try say(db, bob, "heavier falls faster", "misconception", misconception: "heavier-faster",
                dialogue: "falling-objects", step: "first", at: 40)
        return db
    }

    @Test(arguments: [
        (AnswerFilter(), ["closer to the sun", "axis", "heavier falls faster", "the tilt"]),
        (AnswerFilter(dialogueID: "seasons"), ["closer to the sun", "axis", "the tilt"]),
        (AnswerFilter(dialogueID: "falling-objects"), ["heavier falls faster"]),
        (AnswerFilter(dialogueID: "no-such-dialogue"), []),
        (AnswerFilter(stepID: "day-length"), ["axis"]),
        (AnswerFilter(dialogueID: "seasons", stepID: "why-warmer"), ["closer to the sun", "the tilt"]),
        (AnswerFilter(dialogueID: "falling-objects", stepID: "why-warmer"), []),
        (AnswerFilter(stepID: "no-such-step"), []),
        (AnswerFilter(verdict: "misconception"), ["closer to the sun", "heavier falls faster"]),
        (AnswerFilter(verdict: "vague"), ["axis"]),
        (AnswerFilter(verdict: "dont-know"), []),
        (AnswerFilter(since: Fixture.at(20)), ["axis", "heavier falls faster", "the tilt"]),
        (AnswerFilter(since: Fixture.at(10)), ["axis", "closer to the sun", "heavier falls faster", "the tilt"]),
        (AnswerFilter(since: Fixture.at(41)), []),
        (AnswerFilter(dialogueID: "seasons", verdict: "misconception", since: Fixture.at(5)), ["closer to the sun"]),
        (AnswerFilter(limit: 2), ["closer to the sun", "axis"]),
        (AnswerFilter(verdict: "misconception", limit: 1), ["closer to the sun"]),
    ])
    func filters(_ filter: AnswerFilter, _ expected: [String]) throws {
        // Given the five seeded answers
        let db = try Self.seeded()
        // When listed with the filter
        let groups = try db.answerGroups(filter)
        // Then exactly the matching groups, most frequent first
        #expect(groups.map(\.text) == expected)
    }

    @Test func aSinceFilterCountsOnlyTheAnswersAfterIt() throws {
        // Given "closer to the sun" twice, 10 seconds apart
        let db = try Self.seeded()
        // When listed since the second
        let groups = try db.answerGroups(AnswerFilter(dialogueID: "seasons", since: Fixture.at(10)))
        // Then the group counts one
        #expect(groups.first { $0.text == "closer to the sun" }?.count == 1)
    }

    @Test func noLearnerNameIsEverShown() throws {
        // Given learners whose names are in the database, one of whom typed names in answers
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db, "Alice"), bob = try Fixture.account(db, "Bob-7")
        _ = try Fixture.account(db, "MrsKhan", role: .teacher)
        try Self.say(db, alice, "Alice thinks it's the tilt", "correct", at: 1)
        try Self.say(db, bob, "bob-7 agrees with alice: the tilt", "correct", at: 2)
        try Self.say(db, bob, "mrskhan said it's the distance", "misconception", misconception: "distance-to-sun", at: 3)
        // When the answers are listed, as a table and as tests
        let groups = try db.answerGroups(AnswerFilter())
        let outputs = [AnswerReport.listing(groups, filter: AnswerFilter()),
                       AnswerReport.testsFragment(groups, filter: AnswerFilter())]
        // Then no name appears anywhere: the placeholder stands where one was typed
        for output in outputs {
            for name in ["alice", "bob-7", "mrskhan"] {
                #expect(!output.lowercased().contains(name), "\(name) in:\n\(output)")
            }
            #expect(output.contains("[name] agrees with [name]: the tilt"))
        }
        #expect(groups.map(\.text).contains("[name] thinks it's the tilt"))
    }

    @Test func anyStoredVerdictIsAccepted() throws {
        // Given an answer judged with a verdict this code has never heard of
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        try Self.say(db, alice, "sort of", "half-right", at: 1)
        // When listed, with and without that verdict as the filter
        // Then it is there, as stored
        #expect(try db.answerGroups(AnswerFilter()).first?.verdicts == [VerdictCount(verdict: "half-right", count: 1)])
        #expect(try db.answerGroups(AnswerFilter(verdict: "half-right")).map(\.text) == ["sort of"])
    }

    @Test func answersSurviveAFileDatabaseClosedAndOpenedAgain() async throws {
        // Given answers committed to a file database through the server's group commit, then closed
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = try AppDatabase.open(directory: directory)
        let alice = try Fixture.account(db)
        let turn = NewTurn(accountID: alice.id, dialogueID: "seasons", stepID: "why-warmer", input: "The tilt.",
                           verdict: "correct", misconception: nil, expectations: ["tilt"], reply: "[]", createdAt: Fixture.t0)
        try await db.commit(turn, session: Fixture.session(alice, "seasons", step: "why-warmer"), mastery: [:])
        try db.close()
        // When it is opened again, the way `lyceum answers` does, and listed
        let reopened = try AppDatabase.open(directory: directory)
        defer { try? reopened.close() }
        // Then the answer is there
        #expect(try reopened.answerGroups(AnswerFilter()).map(\.text) == ["the tilt"])
    }
}

import Foundation
import LyceumCore
@testable import LyceumStore
import Testing

@Suite struct LearningTests {
    @Test func recordStoresTurnSessionCurrentAndMasteryTogether() throws {
        // Given a learner with no learning data
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        let turn = Fixture.turn(alice, "falling", at: 5)
        let session = Fixture.session(alice, "falling", at: 5)
        // When one answer is recorded
        let id = try db.record(turn, session: session, mastery: ["gravity": 0.35, "air": 0.6])
        // Then the turn, the session (made current) and every mastery value are all there
        #expect(try db.turns(accountID: alice.id) == [TurnRecord(id: id, turn)])
        #expect(try db.lastTurn(accountID: alice.id) == TurnRecord(id: id, turn))
        #expect(try db.session(accountID: alice.id, dialogueID: "falling") == session)
        #expect(try db.currentSession(accountID: alice.id) == session)
        #expect(try db.mastery(accountID: alice.id) == ["gravity": 0.35, "air": 0.6])
    }

    @Test func recordUpdatesTheSessionAndMasteryInPlace() throws {
        // Given a learner who has answered once
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        try db.record(Fixture.turn(alice, "falling", at: 1), session: Fixture.session(alice, "falling", at: 1),
                      mastery: ["gravity": 0.3, "air": 0.5])
        // When a second answer moves the session on and changes one skill
        let later = Fixture.session(alice, "falling", step: "s2", phase: "reflecting", state: #"{"step":2}"#, at: 9)
        try db.record(Fixture.turn(alice, "falling", input: "same rate", at: 9), session: later, mastery: ["gravity": 0.7])
        // Then there is still one session, now the later one; both turns oldest first; the other skill kept
        #expect(try db.sessions(accountID: alice.id) == [later])
        #expect(try db.turns(accountID: alice.id).map(\.input) == ["heavier falls faster", "same rate"])
        #expect(try db.lastTurn(accountID: alice.id)?.input == "same rate")
        #expect(try db.mastery(accountID: alice.id) == ["gravity": 0.7, "air": 0.5])
    }

    @Test func recordIsAllOrNothing() throws {
        // Given a learner with one recorded answer
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        let first = Fixture.session(alice, "falling", at: 1)
        try db.record(Fixture.turn(alice, "falling", at: 1), session: first, mastery: ["gravity": 0.3])
        // When a second record fails at its last write (a NaN mastery violates NOT NULL),
        // after the turn and the session have been written inside the transaction
        #expect(throws: (any Error).self) {
            try db.record(Fixture.turn(alice, "pendulum", at: 2), session: Fixture.session(alice, "pendulum", at: 2),
                          mastery: ["gravity": 0.9, "period": .nan])
        }
        // Then nothing of it remains: same turns, sessions, current session and mastery as before
        #expect(try db.turns(accountID: alice.id).count == 1)
        #expect(try db.sessions(accountID: alice.id) == [first])
        #expect(try db.currentSession(accountID: alice.id) == first)
        #expect(try db.mastery(accountID: alice.id) == ["gravity": 0.3])
    }

    @Test func recordRefusesATurnFromAnotherDialogue() throws {
        // Given a learner
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        // When a turn in one dialogue is recorded with the session of another
        // Then it is refused and nothing is stored
        #expect(throws: StoreError.self) {
            try db.record(Fixture.turn(alice, "falling"), session: Fixture.session(alice, "pendulum"), mastery: [:])
        }
        #expect(try db.rowCounts(accountID: alice.id) == Fixture.noRows)
    }

    @Test func recordForAnUnknownAccountFails() throws {
        // Given no account with id 42
        let db = try AppDatabase.inMemory()
        let ghost = Account(id: 42, name: "ghost", role: .learner, passphraseHash: "", createdAt: Fixture.t0)
        // When a turn is recorded for it
        // Then the foreign key refuses it
        #expect(throws: (any Error).self) {
            try db.record(Fixture.turn(ghost, "falling"), session: Fixture.session(ghost, "falling"), mastery: [:])
        }
        #expect(try db.rowCounts(accountID: 42) == Fixture.noRows)
    }

    @Test func currentSessionFollowsTheLatestRecordedDialogue() throws {
        // Given a learner with no session
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        #expect(try db.currentSession(accountID: alice.id) == nil)
        // When she works in "falling", then "pendulum", then "falling" again
        try db.record(Fixture.turn(alice, "falling", at: 1), session: Fixture.session(alice, "falling", at: 1), mastery: [:])
        try db.record(Fixture.turn(alice, "pendulum", at: 2), session: Fixture.session(alice, "pendulum", at: 2), mastery: [:])
        #expect(try db.currentSession(accountID: alice.id)?.dialogueID == "pendulum")
        let back = Fixture.session(alice, "falling", step: "s3", at: 3)
        try db.record(Fixture.turn(alice, "falling", at: 3), session: back, mastery: [:])
        // Then the current session is the one she came back to, and both sessions are kept, latest first
        #expect(try db.currentSession(accountID: alice.id) == back)
        #expect(try db.sessions(accountID: alice.id).map(\.dialogueID) == ["falling", "pendulum"])
        #expect(try db.session(accountID: alice.id, dialogueID: "pendulum")?.updatedAt == Fixture.at(2))
    }

    @Test func learnersDoNotSeeEachOthersData() throws {
        // Given Alice and Bob, each with one answer in a different dialogue
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db, "Alice")
        let bob = try Fixture.account(db, "Bob")
        try db.record(Fixture.turn(alice, "falling"), session: Fixture.session(alice, "falling"), mastery: ["gravity": 0.2])
        try db.record(Fixture.turn(bob, "pendulum"), session: Fixture.session(bob, "pendulum"), mastery: ["period": 0.8])
        // When each one's data is read
        // Then each sees only their own
        #expect(try db.mastery(accountID: alice.id) == ["gravity": 0.2])
        #expect(try db.mastery(accountID: bob.id) == ["period": 0.8])
        #expect(try db.currentSession(accountID: alice.id)?.dialogueID == "falling")
        #expect(try db.currentSession(accountID: bob.id)?.dialogueID == "pendulum")
        #expect(try db.turns(accountID: alice.id).map(\.dialogueID) == ["falling"])
        #expect(try db.session(accountID: alice.id, dialogueID: "pendulum") == nil)
    }
}

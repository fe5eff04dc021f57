import Foundation
import LyceumCore
@testable import LyceumStore
import Testing

@Suite struct PrivacyTests {
    /// Alice with two dialogues, three turns and two mastery values; Bob with one turn.
    func twoLearners() throws -> (AppDatabase, Account, Account) {
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db, "Alice")
        let bob = try Fixture.account(db, "Bob")
        try db.record(Fixture.turn(alice, "falling", input: "one", at: 1), session: Fixture.session(alice, "falling", at: 1),
                      mastery: ["gravity": 0.25])
        try db.record(Fixture.turn(alice, "pendulum", input: "two", at: 2),
                      session: Fixture.session(alice, "pendulum", state: "not json \u{1}", at: 2), mastery: ["period": 0.5])
        try db.record(Fixture.turn(alice, "falling", input: "three", at: 3), session: Fixture.session(alice, "falling", at: 3),
                      mastery: ["gravity": 0.75])
        try db.record(Fixture.turn(bob, "falling", input: "bob's", at: 4), session: Fixture.session(bob, "falling", at: 4),
                      mastery: ["gravity": 0.1])
        return (db, alice, bob)
    }

    func objects(_ lines: [String]) throws -> [[String: Any]] {
        try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func exportHasEveryRowOfTheLearnerAndNoHash() throws {
        // Given two learners with data
        let (db, alice, _) = try twoLearners()
        // When Alice's data is exported
        let lines = try db.exportLines(accountID: alice.id)
        let rows = try objects(lines)
        // Then every line is a JSON object starting with its type, in the order account, mastery, session, turn
        #expect(lines.allSatisfy { $0.hasPrefix(#"{"type":""#) && !$0.contains("\n") })
        #expect(rows.map { $0["type"] as? String } == ["account", "mastery", "mastery", "session", "session", "turn", "turn", "turn"])
        // And it names her, holds each of her turns in order, and nothing of Bob's
        #expect(rows[0]["name"] as? String == "Alice")
        #expect(rows[0]["role"] as? String == "learner")
        #expect(rows.filter { $0["type"] as? String == "turn" }.map { $0["input"] as? String } == ["one", "two", "three"])
        #expect(!lines.joined().contains("bob's"))
        #expect(rows[5]["expectations"] as? [String] == ["same-rate", "air-resistance"])
        // And the sessions show which one is current, with the engine state as JSON or else base64
        let falling = try #require(rows.first { $0["type"] as? String == "session" && $0["dialogueID"] as? String == "falling" })
        let pendulum = try #require(rows.first { $0["type"] as? String == "session" && $0["dialogueID"] as? String == "pendulum" })
        #expect(falling["current"] as? Bool == true)
        #expect((falling["state"] as? [String: Any])?["step"] as? Int == 1)
        #expect(pendulum["current"] as? Bool == false)
        #expect(pendulum["stateBase64"] as? String == Data("not json \u{1}".utf8).base64EncodedString())
        // And the passphrase hash appears nowhere
        #expect(!lines.joined().contains(alice.passphraseHash))
        #expect(!lines.joined().contains("passphrase"))
    }

    @Test func exportOfAnAccountWithoutLearningIsOneLine() throws {
        // Given a fresh account
        let db = try AppDatabase.inMemory()
        let carol = try Fixture.account(db, "carol", role: .teacher)
        // When it is exported
        // Then there is only the account line, with its creation time in ISO 8601
        #expect(try db.exportLines(accountID: carol.id)
                == [#"{"type":"account","createdAt":"2025-06-15T15:06:40.000Z","name":"carol","role":"teacher"}"#])
    }

    @Test func forgetRemovesTheAccountAndAllItsDataOnly() throws {
        // Given two learners with data
        let (db, alice, bob) = try twoLearners()
        // When Alice asks to be forgotten
        try db.forget(accountID: alice.id)
        // Then nothing of hers remains, and Bob's data is intact
        #expect(try db.account(named: "Alice") == nil)
        #expect(try db.rowCounts(accountID: alice.id) == Fixture.noRows)
        #expect(try db.turns(accountID: alice.id).isEmpty)
        #expect(try db.mastery(accountID: alice.id).isEmpty)
        #expect(try db.rowCounts(accountID: bob.id) == Fixture.oneRowEach)
        #expect(throws: StoreError.self) { try db.exportLines(accountID: alice.id) }
        // And forgetting again is harmless
        try db.forget(accountID: alice.id)
    }

    @Test func privacySummaryCountsWhatIsStored() throws {
        // Given two learners with data
        let (db, alice, _) = try twoLearners()
        // When Alice's summary is read
        let summary = try db.privacySummary(accountID: alice.id)
        // Then it counts only her rows
        #expect(summary == PrivacySummary(accountName: "Alice", createdAt: Fixture.t0, masteryValues: 2, sessions: 2, turns: 3,
                                          firstTurnAt: Fixture.at(1), lastTurnAt: Fixture.at(3)))
        #expect(summary.description == "1 account, 2 dialogue sessions, 3 turns, 2 mastery values")
    }
}

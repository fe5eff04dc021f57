import Foundation
import LyceumCore
@testable import LyceumStore
import Testing

/// The server's per-answer write (`commit`): many learners at once, committed together.
@Suite struct GroupCommitTests {
    @Test func everyLearnersTurnsAreStoredInTheirOrderWhenAllAnswerAtOnce() async throws {
        // Given a file database and 30 learners
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = try AppDatabase.open(directory: directory)
        let learners = try (0..<30).map { try Fixture.account(db, "learner\($0)") }
        // When each sends 8 answers, one after another, all learners at the same time
        try await withThrowingTaskGroup(of: Void.self) { group in
            for learner in learners {
                group.addTask {
                    for k in 1...8 {
                        try await db.commit(Fixture.turn(learner, "falling", input: "answer \(k)", at: k),
                                            session: Fixture.session(learner, "falling", step: "s\(k)", at: k),
                                            mastery: ["gravity": Double(k) / 10])
                    }
                }
            }
            try await group.waitForAll()
        }
        // Then every answer is stored, in each learner's order, with the last session and mastery
        let reopened = try AppDatabase.open(directory: directory)
        for learner in learners {
            #expect(try reopened.turns(accountID: learner.id).map(\.input) == (1...8).map { "answer \($0)" })
            #expect(try reopened.currentSession(accountID: learner.id)?.stepID == "s8")
            #expect(try reopened.mastery(accountID: learner.id) == ["gravity": 0.8])
        }
    }

    @Test func aWriteThatFailsHalfwayLeavesNothingAndDoesNotTakeTheOthersOfItsBatchWithIt() async throws {
        // Given 40 learners whose writes are queued at the same moment; every other write stores
        // its turn and then fails (as a later row of the same answer could)
        struct Halfway: Error {}
        let db = try AppDatabase.open(directory: Fixture.temporaryDirectory())
        let learners = try (0..<40).map { try Fixture.account(db, "learner\($0)") }
        let outcomes = await withTaskGroup(of: (Int64, Bool).self) { group in
            for (k, learner) in learners.enumerated() {
                let turn = Fixture.turn(learner, "falling")
                group.addTask {
                    let stored = (try? await db.turns.commit { db in
                        try turn.insert(db)
                        if k.isMultiple(of: 2) { throw Halfway() }
                        return db.lastInsertedRowID
                    }) != nil
                    return (learner.id, stored)
                }
            }
            return await group.reduce(into: [Int64: Bool]()) { $0[$1.0] = $1.1 }
        }
        // Then each failed write is reported and its turn is not stored; every other turn is
        for (k, learner) in learners.enumerated() {
            let failed = k.isMultiple(of: 2)
            #expect(outcomes[learner.id] == !failed)
            #expect(try db.turns(accountID: learner.id).count == (failed ? 0 : 1))
        }
    }

    @Test func aMismatchedSessionIsRefusedBeforeItIsQueued() async throws {
        // Given a learner
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db)
        // When a turn in one dialogue is committed with the session of another
        // Then it is refused and nothing is stored
        await #expect(throws: StoreError.self) {
            try await db.commit(Fixture.turn(alice, "falling"), session: Fixture.session(alice, "pendulum"), mastery: [:])
        }
        #expect(try db.rowCounts(accountID: alice.id) == Fixture.noRows)
    }
}

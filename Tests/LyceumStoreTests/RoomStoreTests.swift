import Foundation
import LyceumCore
@testable import LyceumStore
import Testing

@Suite struct RoomStoreTests {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    func room(_ id: String, closedAt: Date? = nil) -> StoredRoom {
        StoredRoom(id: id, dialogueID: "seasons", stepID: "why", phase: closedAt == nil ? "think" : "closed",
                   state: Data("{}".utf8), createdAt: t0, closedAt: closedAt)
    }

    func line(_ room: String, _ number: Int, from: String?, _ text: String, to: [String]? = nil) -> RoomLineRow {
        RoomLineRow(roomID: room, number: number, fromName: from, role: from == nil ? nil : "learner", kind: "say",
                    text: text, toNames: to, createdAt: t0)
    }

    @Test func openRoomsComeBackWithTheirLinesAfterReopening() throws {
        let db = try AppDatabase.inMemory()
        _ = try Fixture.account(db, "Alice")
        // Given one open and one closed room
        try db.save(room: room("r1"), lines: [line("r1", 1, from: nil, "Room r1 opened"), line("r1", 2, from: "alice", "hi")])
        try db.save(room: room("r2", closedAt: t0), lines: [])
        // Then only the open one is resumed, with its lines in order, the speaker's account linked
        #expect(try db.openRooms().map(\.id) == ["r1"])
        let lines = try db.roomLines(roomID: "r1")
        #expect(lines.map(\.text) == ["Room r1 opened", "hi"])
        #expect(lines[1].accountID != nil)
        #expect(lines[0].accountID == nil)
        #expect(try db.roomCount() == 2)
    }

    @Test func aLineAloneIsOneRowAndLeavesTheRoomsStoredStateAsItWas() throws {
        let db = try AppDatabase.inMemory()
        _ = try Fixture.account(db, "Alice")
        // Given a stored room
        var stored = room("r1")
        stored.state = Data(#"{"phase":"discuss"}"#.utf8)
        try db.save(room: stored, lines: [line("r1", 1, from: nil, "Room r1 opened")])
        // When lines are saved without a state
        for number in 2...4 { try db.save(room: nil, lines: [line("r1", number, from: "alice", "line \(number)")]) }
        // Then each is a row, and the room's row is unchanged
        #expect(try db.roomLines(roomID: "r1").map(\.number) == [1, 2, 3, 4])
        #expect(try db.openRooms() == [stored])
    }

    @Test func theLatestLinesOfARoomComeBackOldestFirst() throws {
        let db = try AppDatabase.inMemory()
        try db.save(room: room("r1"), lines: (1...10).map { line("r1", $0, from: nil, "r1 line \($0)") })
        try db.save(room: room("r2"), lines: (1...3).map { line("r2", $0, from: nil, "r2 line \($0)") })
        #expect(try db.latestRoomLines(roomID: "r1", limit: 4).map(\.number) == [7, 8, 9, 10])
        #expect(try db.latestRoomLines(roomID: "r2", limit: 4).map(\.text) == ["r2 line 1", "r2 line 2", "r2 line 3"])
    }

    @Test func forgettingALearnerRemovesTheirRoomLinesAndExportHasThem() throws {
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db, "Alice")
        _ = try Fixture.account(db, "Bob")
        try db.save(room: room("r1"), lines: [line("r1", 1, from: "Alice", "mine", to: ["Bob"]), line("r1", 2, from: "Bob", "his")])
        let export = try db.exportLines(accountID: alice.id).joined(separator: "\n")
        #expect(export.contains(#""type":"roomLine""#) && export.contains("mine") && !export.contains("his"))
        try db.forget(accountID: alice.id)
        #expect(try db.roomLines(roomID: "r1").map(\.text) == ["his"])
    }

    @Test func groupingIsOnUntilTheLearnerSaysSolo() throws {
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db, "Alice")
        #expect(try db.grouping(accountID: alice.id))
        try db.setGrouping(accountID: alice.id, false)
        #expect(try !db.grouping(accountID: alice.id))
    }

    @Test func theAuditLogFiltersByLearnerAndViewer() throws {
        let db = try AppDatabase.inMemory()
        try db.audit(viewer: "ms-k", learners: ["Alice", "Bob"], action: "dashboard", at: t0)
        try db.audit(viewer: "mr-j", learners: ["Alice"], action: "watch", at: t0 + 1)
        #expect(try db.auditLog().count == 3)
        #expect(try db.auditLog(learner: "alice").map(\.action) == ["dashboard", "watch"])
        #expect(try db.auditLog(viewer: "MR-J").map(\.learner) == ["Alice"])
        #expect(try db.auditLog(limit: 1).map(\.viewer) == ["mr-j"])
    }

    @Test func recurringMisconceptionsCountPerLearnerAndDialogue() throws {
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db, "Alice")
        for i in 0..<3 {
            var turn = Fixture.turn(alice, "seasons", input: "closer", at: i)
            turn.misconception = "distance-to-sun"
            try db.record(turn, session: Fixture.session(alice, "seasons", at: i), mastery: [:])
        }
        let found = try db.recurringMisconceptions(minimum: 3)
        #expect(found.map(\.misconception) == ["distance-to-sun"])
        #expect(found.first?.count == 3)
        #expect(try db.recurringMisconceptions(minimum: 4).isEmpty)
        let snapshot = try #require(try db.learnerSnapshots().first)
        #expect(snapshot.lastMisconception?.id == "distance-to-sun")
        #expect(snapshot.session?.dialogueID == "seasons")
    }
}

import Foundation
import LyceumCore
import LyceumStore
import Testing

extension LiveTests {
    /// Privacy promises, checked in the database file itself.
    @Suite struct Privacy {
        /// Every byte of the database files, as text (unreadable bytes replaced).
        static func databaseBytes(_ server: LiveServer) throws -> String {
            var text = ""
            for suffix in ["", "-wal"] {
                let url = server.dataDirectory.appendingPathComponent("lyceum.sqlite" + suffix)
                if let data = try? Data(contentsOf: url) { text += String(decoding: data, as: UTF8.self) }
            }
            return text
        }

        @Test func forgetRemovesTheLearnersWordsFromRoomsAndTheWholeDatabaseFile() throws {
            // Given ana and ben in a room, each with a think answer and a chat line only they typed
            let server = try LiveServer(config: LiveTests.Rooms.config(targetSize: 2))
            let ana = try server.connect(), ben = try server.connect()
            try ana.reachCheckpoint("ana")
            try ben.reachCheckpoint("ben")
            try ana.readUntil("Discussion room r1")
            try ana.say("zebra-4471 is my think answer", until: "Your answer is in (1 of 2)")
            try ben.say("walrus-9902 is my think answer", until: "Your answer is in (2 of 2)")
            try ana.readUntil("Discuss: where do your answers agree")
            try ana.send("okapi-3310 says hello")
            try ben.readUntil("okapi-3310 says hello")
            // When ana leaves the room and asks to be forgotten
            try ana.say("/leave", until: "Back to your own dialogue")
            try ana.send("/forget")
            try ana.readUntil("To confirm, type: forget ana")
            try ana.send("forget ana")
            let goodbye = try ana.readUntilClosed()
            #expect(goodbye.contains("Your account and all your data have been deleted."))
            try server.stop()
            // Then nothing ana typed is anywhere in the database file, while ben's words are
            let bytes = try Self.databaseBytes(server)
            #expect(bytes.contains("walrus-9902"), "the search must be able to find stored words")
            #expect(!bytes.contains("zebra-4471"))
            #expect(!bytes.contains("okapi-3310"))
            #expect(try server.database().account(named: "ana") == nil)
        }

        @Test func answersRoomLinesAndAuditEntriesOlderThanTheRetentionPeriodArePurged() throws {
            // Given a learner with a recent answer, and old records from 400 days ago
            let server = try LiveServer(config: "data:\n  retention_days: 365\n")
            let ana = try server.connect()
            try ana.signUp("ana")
            try ana.startDecimals()
            try ana.say("0.3 is larger", until: "/next")
            let privacy = try ana.say("/privacy", until: "Stored now:")
            #expect(privacy.contains("deleted after 365 days"))
            try server.stop()
            let old = Date().addingTimeInterval(-400 * 86_400)
            let database = try server.database()
            let account = try #require(try database.account(named: "ana"))
            _ = try database.record(
                NewTurn(accountID: account.id, dialogueID: "seasons", stepID: nil, input: "old-answer-1234", verdict: nil,
                        misconception: nil, expectations: [], reply: "[]", createdAt: old),
                session: StoredSession(accountID: account.id, dialogueID: "seasons", stepID: nil, phase: "answering",
                                       state: Data("{}".utf8), updatedAt: old),
                mastery: [:])
            try database.audit(viewer: "ms-k", learners: ["ana"], action: "old-view", at: old)
            try database.save(room: StoredRoom(id: "r9", dialogueID: "seasons", stepID: "s", phase: "closed", state: Data("{}".utf8),
                                               createdAt: old, closedAt: old),
                              lines: [RoomLineRow(roomID: "r9", number: 1, fromName: "ana", role: "learner", kind: "say",
                                                  text: "old-room-line-5678", toNames: nil, createdAt: old)])
            try database.close()
            // When the server starts, it purges what is older than the retention period
            try server.start()
            let deadline = ContinuousClock.now + .seconds(10)
            while try server.storedInputs(of: "ana")?.contains("old-answer-1234") == true, ContinuousClock.now < deadline {
                usleep(100_000)
            }
            // Then the old answer, room line and audit entry are gone, and the recent answer stays
            let inputs = try #require(try server.storedInputs(of: "ana"))
            #expect(!inputs.contains("old-answer-1234"))
            #expect(inputs.contains("0.3 is larger"))
            let after = try server.database()
            #expect(try after.roomLines(roomID: "r9").isEmpty)
            #expect(try after.auditLog(learner: "ana").allSatisfy { $0.action != "old-view" })
        }
    }
}

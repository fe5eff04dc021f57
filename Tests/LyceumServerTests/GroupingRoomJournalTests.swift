import Foundation
import Logging
import LyceumStore
import NIOCore
import NIOEmbedded
import Testing
@testable import LyceumServer

/// The journal that stores room changes in group commits, then delivers their events in order.
@Suite("Grouping: RoomJournal")
struct GroupingRoomJournalTests {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    func room(_ id: String) -> StoredRoom {
        StoredRoom(id: id, dialogueID: "seasons", stepID: "why", phase: "discuss", state: Data("{}".utf8), createdAt: t0, closedAt: nil)
    }

    func line(_ room: String, _ number: Int) -> RoomLineRow {
        RoomLineRow(roomID: room, number: number, fromName: nil, role: nil, kind: "say", text: "line \(number)", toNames: nil, createdAt: t0)
    }

    /// A change: its rows, and one event for each of `handles`.
    func change(rooms: [StoredRoom] = [], lines: [RoomLineRow], _ text: String, to handles: [ConnectionHandle]) -> RoomJournal.Entry {
        var entry = RoomJournal.Entry()
        entry.rooms = rooms
        entry.lines = lines
        entry.events = [.system(text)]
        entry.deliveries = handles.map { ($0, [0]) }
        return entry
    }

    /// A connection whose writes are kept by a test channel (thread-safe: the journal writes from its own thread).
    func connection(_ id: UInt64) -> (ConnectionHandle, NIOAsyncTestingChannel) {
        let channel = NIOAsyncTestingChannel()
        return (ConnectionHandle(id: id, address: "test", limits: ServerLimits(), channel: channel), channel)
    }

    /// The first `count` messages written to `channel`, one per line.
    func received(_ channel: NIOAsyncTestingChannel, count: Int) async throws -> [String] {
        var text = ""
        while text.components(separatedBy: "\r\n").count - 1 < count {
            var buffer = try await channel.waitForOutboundWrite(as: ByteBuffer.self)
            text += buffer.readString(length: buffer.readableBytes) ?? ""
        }
        return text.components(separatedBy: "\r\n").dropLast().map { $0 + "\r\n" }
    }

    @Test func changesAreStoredThenDeliveredToEveryoneInTheOrderTheyCame() async throws {
        // Given a journal and two members' connections
        let database = try AppDatabase.inMemory()
        let journal = RoomJournal(database: database, logger: Logger(label: "test"))
        journal.start()
        let (ana, anaOutbox) = connection(1), (ben, benOutbox) = connection(2)
        // When a room opens and then 50 lines are said in it, as fast as they come
        journal.append(change(rooms: [room("r1")], lines: [line("r1", 1)], "opened", to: [ana, ben]))
        var last = 0
        for number in 2...51 { last = journal.append(change(lines: [line("r1", number)], "line \(number)", to: [ana, ben])) }
        await journal.wait(for: last)
        // Then every line is stored by the time its change is done, and both members got them all, in that order
        #expect(try database.roomLines(roomID: "r1").map(\.number) == Array(1...51))
        let expected = ["* opened\r\n"] + (2...51).map { "* line \($0)\r\n" }
        #expect(try await received(anaOutbox, count: 51) == expected)
        #expect(try await received(benOutbox, count: 51) == expected)
    }

    @Test func aChangeThatCannotBeStoredDoesNotTakeTheOthersOfItsBatchWithIt() async throws {
        // Given a stored room
        let database = try AppDatabase.inMemory()
        try database.save(room: room("r1"), lines: [])
        let journal = RoomJournal(database: database, logger: Logger(label: "test"))
        let (ana, anaOutbox) = connection(1)
        // When one batch holds a line for a room that does not exist between two good ones
        journal.append(change(lines: [line("r1", 1)], "one", to: [ana]))
        journal.append(change(lines: [line("nowhere", 1)], "lost", to: [ana]))
        let last = journal.append(change(lines: [line("r1", 2)], "two", to: [ana]))
        journal.start()
        await journal.wait(for: last)
        // Then the good lines are stored, and every event is still delivered, in order
        #expect(try database.roomLines(roomID: "r1").map(\.number) == [1, 2])
        #expect(try await received(anaOutbox, count: 3) == ["* one\r\n", "* lost\r\n", "* two\r\n"])
    }
}

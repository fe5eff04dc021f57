import Foundation
import GRDB

extension AppDatabase {
    /// In one transaction: stores the room's state, if given (nil: it has not changed), and appends
    /// its new lines (each line's speaker, if they have an account, owns it: it goes when they are
    /// forgotten). A chat line is just its `roomLine` row; the room's row is left as it was.
    public func save(room: StoredRoom?, lines: [RoomLineRow]) throws {
        try save(rooms: room.map { [$0] } ?? [], lines: lines)
    }

    /// In one transaction: the states of several rooms (in order; a later state of the same room
    /// wins) and their new lines; the server gathers the changes of many rooms into one commit.
    public func save(rooms: [StoredRoom], lines: [RoomLineRow]) throws {
        guard !rooms.isEmpty || !lines.isEmpty else { return }
        try dbWriter.write { db in
            for room in rooms { try Self.store(room, db) }
            for var line in lines {
                if let name = line.fromName {
                    line.accountID = try Self.accountID(nameKey: name.lowercased(), db)
                }
                try line.insert(db)
            }
        }
    }

    /// Rooms that have not closed, oldest first (to be resumed after a restart).
    public func openRooms() throws -> [StoredRoom] {
        try dbWriter.read { db in
            try StoredRoom.filter(Column("closedAt") == nil).order(Column("createdAt")).fetchAll(db)
        }
    }

    /// The highest room number used so far, so new rooms get fresh ids after a restart.
    public func roomCount() throws -> Int {
        try dbWriter.read { db in try StoredRoom.fetchCount(db) }
    }

    /// The latest `limit` lines of a room, oldest first (to give a resumed room its history).
    public func latestRoomLines(roomID: String, limit: Int) throws -> [RoomLineRow] {
        try dbWriter.read { db in
            try RoomLineRow.filter(Column("roomID") == roomID).order(Column("number").desc).limit(limit).fetchAll(db).reversed()
        }
    }

    /// Every line of a room, oldest first.
    public func roomLines(roomID: String) throws -> [RoomLineRow] {
        try dbWriter.read { db in
            try RoomLineRow.filter(Column("roomID") == roomID).order(Column("number")).fetchAll(db)
        }
    }

    public func record(moderation: ModerationEntry) throws {
        try dbWriter.write { db in try moderation.insert(db) }
    }

    /// Moderation actions, newest first.
    public func moderation(since: Date) throws -> [ModerationEntry] {
        try dbWriter.read { db in
            try ModerationEntry.filter(Column("createdAt") >= since).order(Column("id").desc).fetchAll(db)
        }
    }

    /// Whether the learner wants to be grouped at checkpoints (true unless they said /solo).
    public func grouping(accountID: Int64) throws -> Bool {
        try dbWriter.read { db in
            try Bool.fetchOne(db, sql: "SELECT grouping FROM account WHERE id = ?", arguments: [accountID]) ?? true
        }
    }

    public func setGrouping(accountID: Int64, _ grouping: Bool) throws {
        try dbWriter.write { db in
            try db.execute(sql: "UPDATE account SET grouping = ? WHERE id = ?", arguments: [grouping, accountID])
        }
    }

    /// Credit for a group discussion: in one transaction, appends the turn and stores the session,
    /// without changing which dialogue is the learner's current one.
    public func recordCredit(_ turn: NewTurn, session: StoredSession) throws {
        guard turn.accountID == session.accountID, turn.dialogueID == session.dialogueID else {
            throw StoreError.mismatchedTurn("credit turn and session differ")
        }
        try dbWriter.write { db in
            try turn.insert(db)
            try Self.store(session, db)
        }
    }
}

extension AppDatabase {
    /// Closed rooms whose stored state mentions `name` (as a member or the author of a proposal).
    public func closedRooms(mentioning name: String) throws -> [StoredRoom] {
        try dbWriter.read { db in
            try StoredRoom.fetchAll(db, sql: """
                SELECT * FROM room WHERE closedAt IS NOT NULL AND instr(CAST(state AS TEXT), ?) > 0
                """, arguments: ["\"\(name)\""])
        }
    }
}

import Foundation
import GRDB

/// The upserts of the hot paths (every answer, every room line) as prepared statements that SQLite
/// keeps per connection. GRDB's `upsert(db)` builds its SQL (`INSERT ... ON CONFLICT DO UPDATE ...
/// RETURNING`) and fetches the row back on every call, which a profile of 2,000 answers a second
/// showed as about 14% of the server's time. Same rows, same conflict targets, same result.
extension AppDatabase {
    static func store(_ session: StoredSession, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO session (accountID, dialogueID, stepID, phase, state, updatedAt) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (accountID, dialogueID) DO UPDATE SET
              stepID = excluded.stepID, phase = excluded.phase, state = excluded.state, updatedAt = excluded.updatedAt
            """).execute(arguments: [session.accountID, session.dialogueID, session.stepID, session.phase,
                                     session.state, session.updatedAt])
    }

    /// Which dialogue a learner is in now: at most one row per account, pointing at a session.
    static func makeCurrent(accountID: Int64, dialogueID: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO currentSession (accountID, dialogueID) VALUES (?, ?)
            ON CONFLICT (accountID) DO UPDATE SET dialogueID = excluded.dialogueID
            """).execute(arguments: [accountID, dialogueID])
    }

    static func store(mastery probability: Double, skill: String, accountID: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO mastery (accountID, skill, probability) VALUES (?, ?, ?)
            ON CONFLICT (accountID, skill) DO UPDATE SET probability = excluded.probability
            """).execute(arguments: [accountID, skill, probability])
    }

    static func store(_ room: StoredRoom, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO room (id, dialogueID, stepID, phase, state, createdAt, closedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
              dialogueID = excluded.dialogueID, stepID = excluded.stepID, phase = excluded.phase, state = excluded.state,
              createdAt = excluded.createdAt, closedAt = excluded.closedAt
            """).execute(arguments: [room.id, room.dialogueID, room.stepID, room.phase, room.state, room.createdAt, room.closedAt])
    }

    static func accountID(nameKey: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM account WHERE nameKey = ?"), arguments: [nameKey])
    }
}

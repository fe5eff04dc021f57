import Foundation
import GRDB

extension AppDatabase {
    /// The learner's mastery estimate per skill.
    public func mastery(accountID: Int64) throws -> [String: Double] {
        try dbWriter.read { db in
            let rows = try MasteryRow.filter(MasteryRow.Columns.accountID == accountID).fetchAll(db)
            return Dictionary(rows.map { ($0.skill, $0.probability) }, uniquingKeysWith: { _, last in last })
        }
    }

    /// The dialogue the learner is in now, if any.
    public func currentSession(accountID: Int64) throws -> StoredSession? {
        try dbWriter.read { db in
            try StoredSession.fetchOne(db, sql: """
                SELECT session.* FROM session
                JOIN currentSession USING (accountID, dialogueID)
                WHERE session.accountID = ?
                """, arguments: [accountID])
        }
    }

    /// Current sessions not written since `cutoff` (no answer since then), unfinished: the learners
    /// who may be sitting on a step for too long. One read, however many learners there are.
    public func idleCurrentSessions(before cutoff: Date) throws -> [StoredSession] {
        try dbWriter.read { db in
            try StoredSession.fetchAll(db, sql: """
                SELECT session.* FROM session
                JOIN currentSession USING (accountID, dialogueID)
                WHERE session.updatedAt < ? AND session.phase != 'finished'
                """, arguments: [cutoff])
        }
    }

    /// The learner's session in one dialogue, if they have started it.
    public func session(accountID: Int64, dialogueID: String) throws -> StoredSession? {
        try dbWriter.read { db in
            try StoredSession.fetchOne(db, key: ["accountID": accountID, "dialogueID": dialogueID])
        }
    }

    /// All the learner's sessions, most recently updated first.
    public func sessions(accountID: Int64) throws -> [StoredSession] {
        try dbWriter.read { db in
            try StoredSession
                .filter(StoredSession.Columns.accountID == accountID)
                .order(StoredSession.Columns.updatedAt.desc, StoredSession.Columns.dialogueID)
                .fetchAll(db)
        }
    }

    /// In ONE transaction, committed before this returns: appends the turn, inserts or replaces the
    /// session, makes it the learner's current one, and inserts or replaces every mastery value.
    /// Either all of it is stored or, when it throws, none of it. Returns the new turn's id.
    @discardableResult
    public func record(_ turn: NewTurn, session: StoredSession, mastery: [String: Double]) throws -> Int64 {
        let write = try Self.recording(turn, session: session, mastery: mastery)
        return try dbWriter.write { db in try write(db) }
    }

    /// `record`, for the server: the same rows, all or nothing, committed before this returns, but
    /// written together with the turns other learners send meanwhile (`GroupCommit`), on a thread
    /// that is not one of Swift's cooperative pool.
    @discardableResult
    public func commit(_ turn: NewTurn, session: StoredSession, mastery: [String: Double]) async throws -> Int64 {
        try await turns.commit(try Self.recording(turn, session: session, mastery: mastery))
    }

    private static func recording(_ turn: NewTurn, session: StoredSession, mastery: [String: Double]) throws
        -> GroupCommit.Write {
        guard turn.accountID == session.accountID, turn.dialogueID == session.dialogueID else {
            throw StoreError.mismatchedTurn(
                "turn for account \(turn.accountID) in \(turn.dialogueID), session for account \(session.accountID) in \(session.dialogueID)")
        }
        let mastery = mastery.sorted(by: { $0.key < $1.key })
        return { db in
            try turn.insert(db)
            let turnID = db.lastInsertedRowID
            try Self.store(session, db)
            try Self.makeCurrent(accountID: session.accountID, dialogueID: session.dialogueID, db)
            for (skill, probability) in mastery {
                try Self.store(mastery: probability, skill: skill, accountID: session.accountID, db)
            }
            return turnID
        }
    }

    /// Every turn the learner has taken, oldest first.
    public func turns(accountID: Int64) throws -> [TurnRecord] {
        try dbWriter.read { db in
            try TurnRecord.filter(TurnColumns.accountID == accountID).order(TurnColumns.id).fetchAll(db)
        }
    }

    /// The learner's latest turn, if any.
    public func lastTurn(accountID: Int64) throws -> TurnRecord? {
        try dbWriter.read { db in
            try TurnRecord.filter(TurnColumns.accountID == accountID).order(TurnColumns.id.desc).fetchOne(db)
        }
    }
}

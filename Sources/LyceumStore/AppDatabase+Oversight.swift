import Foundation
import GRDB
import LyceumCore

/// What teachers see, and the audit log of their looking.
extension AppDatabase {
    /// Every learner `reach` covers, with their current session, mastery and latest misconception, by name.
    public func learnerSnapshots(_ reach: Reach = .school) throws -> [LearnerSnapshot] {
        try dbWriter.read { db in
            var request = Account.filter(Account.Columns.role == Role.learner)
            if case .learners(let keys) = reach { request = request.filter(keys.contains(Account.Columns.nameKey)) }
            let learners = try request.order(Account.Columns.nameKey).fetchAll(db)
            return try learners.map { account in
                let session = try StoredSession.fetchOne(db, sql: """
                    SELECT session.* FROM session JOIN currentSession USING (accountID, dialogueID)
                    WHERE session.accountID = ?
                    """, arguments: [account.id])
                let mastery = try MasteryRow.filter(MasteryRow.Columns.accountID == account.id).fetchAll(db)
                let last = try Row.fetchOne(db, sql: """
                    SELECT misconception, createdAt FROM turn
                    WHERE accountID = ? AND misconception IS NOT NULL ORDER BY id DESC LIMIT 1
                    """, arguments: [account.id])
                return LearnerSnapshot(
                    account: account, session: session,
                    mastery: Dictionary(mastery.map { ($0.skill, $0.probability) }, uniquingKeysWith: { _, b in b }),
                    lastMisconception: last.map { ($0["misconception"], $0["createdAt"]) })
            }
        }
    }

    /// Per dialogue, how many of the learners `reach` covers have finished it.
    public func finishedCounts(_ reach: Reach) throws -> [String: Int] {
        try dbWriter.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT account.nameKey, session.dialogueID FROM session JOIN account ON account.id = session.accountID
                WHERE session.phase = 'finished' AND account.role = 'learner'
                """)
            var counts: [String: Int] = [:]
            for row in rows where reach.covers(row["nameKey"]) { counts[row["dialogueID"], default: 0] += 1 }
            return counts
        }
    }

    /// Per dialogue and misconception, how often the learners `reach` covers showed it since `since`.
    public func frequentMisconceptions(_ reach: Reach, since: Date) throws -> [FrequentMisconception] {
        try dbWriter.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT account.nameKey, turn.dialogueID, turn.misconception, COUNT(*) AS count
                FROM turn JOIN account ON account.id = turn.accountID
                WHERE turn.misconception IS NOT NULL AND turn.createdAt >= ?
                GROUP BY turn.accountID, turn.dialogueID, turn.misconception
                """, arguments: [since])
            var counts: [String: [String: Int]] = [:]
            for row in rows where reach.covers(row["nameKey"]) {
                let count: Int = row["count"]
                counts[row["dialogueID"], default: [:]][row["misconception"], default: 0] += count
            }
            return counts.flatMap { dialogue, byID in
                byID.map { FrequentMisconception(dialogueID: dialogue, misconception: $0.key, count: $0.value) }
            }.sorted { ($0.dialogueID, -$0.count, $0.misconception) < ($1.dialogueID, -$1.count, $1.misconception) }
        }
    }

    /// Misconceptions seen at least `minimum` times for one learner in one dialogue, most frequent first.
    public func recurringMisconceptions(minimum: Int) throws -> [RecurringMisconception] {
        try dbWriter.read { db in
            try Row.fetchAll(db, sql: """
                SELECT account.name AS learner, turn.dialogueID, turn.misconception,
                       COUNT(*) AS count, MAX(turn.createdAt) AS lastAt
                FROM turn JOIN account ON account.id = turn.accountID
                WHERE turn.misconception IS NOT NULL
                GROUP BY turn.accountID, turn.dialogueID, turn.misconception
                HAVING COUNT(*) >= ?
                ORDER BY count DESC, learner
                """, arguments: [minimum]).map {
                RecurringMisconception(learner: $0["learner"], dialogueID: $0["dialogueID"],
                                       misconception: $0["misconception"], count: $0["count"], lastAt: $0["lastAt"])
            }
        }
    }

    /// Writes that `viewer` saw these learners' data, in one transaction.
    public func audit(viewer: String, learners: [String], action: String, at: Date) throws {
        guard !learners.isEmpty else { return }
        try dbWriter.write { db in
            for learner in learners {
                try AuditEntry(viewer: viewer, learner: learner, action: action, createdAt: at).insert(db)
            }
        }
    }

    /// The audit log, oldest first, optionally only about one learner or by one viewer.
    public func auditLog(learner: String? = nil, viewer: String? = nil, limit: Int? = nil) throws -> [AuditEntry] {
        try dbWriter.read { db in
            var request = AuditEntry.all()
            if let learner { request = request.filter(Column("learner").collating(.nocase) == learner) }
            if let viewer { request = request.filter(Column("viewer").collating(.nocase) == viewer) }
            let entries = try request.order(Column("id").desc).limit(limit ?? Int.max).fetchAll(db)
            return entries.reversed()
        }
    }
}

import Foundation
import GRDB

/// How long learners' words are kept: `data.retention_days`.
extension AppDatabase {
    /// What one purge deleted.
    public struct Purged: Sendable, Equatable {
        public var turns = 0
        public var roomLines = 0
        public var audit = 0
        public var total: Int { turns + roomLines + audit }
    }

    /// Deletes the turns, room lines and audit entries created before `cutoff`, in one transaction.
    /// Mastery, sessions and accounts stay: a learner's progress is kept until they delete it.
    @discardableResult
    public func purge(before cutoff: Date) throws -> Purged {
        try dbWriter.write { db in
            var purged = Purged()
            try db.execute(sql: "DELETE FROM turn WHERE createdAt < ?", arguments: [cutoff])
            purged.turns = db.changesCount
            try db.execute(sql: "DELETE FROM roomLine WHERE createdAt < ?", arguments: [cutoff])
            purged.roomLines = db.changesCount
            try db.execute(sql: "DELETE FROM audit WHERE createdAt < ?", arguments: [cutoff])
            purged.audit = db.changesCount
            return purged
        }
    }
}

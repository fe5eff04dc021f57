import GRDB

/// Read-only looks under the hood, for tests (`@testable import LyceumStore`).
extension AppDatabase {
    static let learningTables = ["session", "currentSession", "mastery", "turn"]

    /// How many rows each learning table holds for the account, keyed by table name.
    func rowCounts(accountID: Int64) throws -> [String: Int] {
        try dbWriter.read { db in
            var counts: [String: Int] = [:]
            for table in Self.learningTables {
                counts[table] = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM \(table) WHERE accountID = ?", arguments: [accountID]) ?? 0
            }
            return counts
        }
    }

    /// `PRAGMA journal_mode`: "wal" for file databases.
    func journalMode() throws -> String {
        try dbWriter.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// `PRAGMA synchronous` as a number: 2 is FULL, 1 is NORMAL.
    func synchronous() throws -> Int {
        try dbWriter.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// The names of the migrations applied so far, in order.
    func appliedMigrations() throws -> [String] {
        try dbWriter.read { db in try Self.migrator.appliedMigrations(db) }
    }
}

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

    /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check`: ["ok"] for a sound database,
    /// otherwise one line per problem found.
    func integrityProblems() throws -> [String] {
        try dbWriter.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            return integrity + foreignKeys
        }
    }

    /// Every stored text holding a character that could control a terminal (C0 controls other
    /// than TAB, LF and CR; DEL; C1; bidirectional controls; line and paragraph separators),
    /// as "table.column: text".
    func textsWithTerminalControls() throws -> [String] {
        try dbWriter.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                """)
            var found: [String] = []
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    for (column, value) in row {
                        guard case .string(let text) = value.storage,
                              text.unicodeScalars.contains(where: Self.isTerminalControl) else { continue }
                        found.append("\(table).\(column): \(text.debugDescription)")
                    }
                }
            }
            return found
        }
    }

    private static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `PRAGMA synchronous` as a number: 2 is FULL, 1 is NORMAL.
    func synchronous() throws -> Int {
        try dbWriter.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// The writer's `PRAGMA wal_autocheckpoint` (0: it never checkpoints; `Checkpointer` does).
    func writerAutoCheckpoint() throws -> Int {
        try dbWriter.write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? -1 }
    }

    /// The names of the migrations applied so far, in order.
    func appliedMigrations() throws -> [String] {
        try dbWriter.read { db in try Self.migrator.appliedMigrations(db) }
    }
}

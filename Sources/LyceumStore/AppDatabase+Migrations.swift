import GRDB

extension AppDatabase {
    /// The schema, as named migrations. Append new ones; never edit one that has shipped.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1-accounts") { db in
            try db.create(table: "account") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("nameKey", .text).notNull().unique()  // lower-cased name
                t.column("role", .text).notNull()
                t.column("passphraseHash", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }

        migrator.registerMigration("v1-learning") { db in
            try db.create(table: "session") { t in
                t.column("accountID", .integer).notNull().references("account", onDelete: .cascade)
                t.column("dialogueID", .text).notNull()
                t.column("stepID", .text)
                t.column("phase", .text).notNull()
                t.column("state", .blob).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.primaryKey(["accountID", "dialogueID"])  // also the look-up index by account
            }
            try db.create(table: "currentSession") { t in
                t.primaryKey("accountID", .integer).references("account", onDelete: .cascade)
                t.column("dialogueID", .text).notNull()
                t.foreignKey(["accountID", "dialogueID"], references: "session", onDelete: .cascade)
            }
            try db.create(table: "mastery") { t in
                t.column("accountID", .integer).notNull().references("account", onDelete: .cascade)
                t.column("skill", .text).notNull()
                t.column("probability", .double).notNull()
                t.primaryKey(["accountID", "skill"])
            }
            try db.create(table: "turn") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("accountID", .integer).notNull().indexed().references("account", onDelete: .cascade)
                t.column("dialogueID", .text).notNull()
                t.column("stepID", .text)
                t.column("input", .text).notNull()
                t.column("verdict", .text)
                t.column("misconception", .text)
                t.column("expectations", .jsonText).notNull()
                t.column("reply", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }

        return migrator
    }
}

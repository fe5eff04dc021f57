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

        migrator.registerMigration("v2-rooms") { db in
            // A learner's choice to be grouped at checkpoints (/solo, /group).
            try db.alter(table: "account") { t in
                t.add(column: "grouping", .boolean).notNull().defaults(to: true)
            }
            try db.create(table: "room") { t in
                t.primaryKey("id", .text)
                t.column("dialogueID", .text).notNull()
                t.column("stepID", .text).notNull()
                t.column("phase", .text).notNull()
                t.column("state", .blob).notNull()  // the Rooms.Room value, as JSON
                t.column("createdAt", .datetime).notNull()
                t.column("closedAt", .datetime)
            }
            try db.create(table: "roomLine") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("roomID", .text).notNull().indexed().references("room", onDelete: .cascade)
                t.column("number", .integer).notNull()
                // The speaker's account: their lines go when they ask to be forgotten.
                t.column("accountID", .integer).indexed().references("account", onDelete: .cascade)
                t.column("fromName", .text)
                t.column("role", .text)
                t.column("kind", .text).notNull()
                t.column("text", .text).notNull()
                t.column("toNames", .jsonText)  // null: the whole room
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "moderation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("roomID", .text)
                t.column("actor", .text).notNull()
                t.column("target", .text)
                t.column("action", .text).notNull()
                t.column("detail", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("viewer", .text).notNull().indexed()
                t.column("learner", .text).notNull().indexed()
                t.column("action", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }

        migrator.registerMigration("v3-room-line-order") { db in
            // A room's lines are read by number (its latest ones when it is resumed after a
            // restart, since its stored state no longer carries them); this index serves both
            // the look-up by room and that order, so the one on roomID alone goes.
            try db.create(index: "roomLine_on_roomID_number", on: "roomLine", columns: ["roomID", "number"])
            try db.drop(index: "roomLine_on_roomID")
        }

        migrator.registerMigration("v4-classes") { db in
            try db.create(table: "class") { t in
                t.primaryKey("id", .text)
                t.column("title", .text).notNull()
                t.column("code", .text).notNull().unique()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "classMember") { t in
                t.column("classID", .text).notNull().references("class", onDelete: .cascade)
                // Indexed: "which classes is this account in" is asked at every teacher command.
                t.column("accountID", .integer).notNull().indexed().references("account", onDelete: .cascade)
                t.column("role", .text).notNull()
                t.column("joinedAt", .datetime).notNull()
                t.primaryKey(["classID", "accountID"])
            }
        }

        migrator.registerMigration("v5-passphrase-reset") { db in
            // Set by a reset (`/reset`, `lyceum accounts reset`): the account's passphrase is a
            // one-time one, and the next login must choose a new one before anything else.
            try db.alter(table: "account") { t in
                t.add(column: "mustChangePassphrase", .boolean).notNull().defaults(to: false)
            }
        }

        return migrator
    }
}

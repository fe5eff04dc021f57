import Foundation
import GRDB
import LyceumCore

extension Role: DatabaseValueConvertible {}

extension Account: FetchableRecord, TableRecord {
    public static let databaseTableName = "account"

    public enum Columns {
        public static let id = Column("id")
        public static let name = Column("name")
        /// The lower-cased name, UNIQUE: "Alice" and "alice" are the same account.
        public static let nameKey = Column("nameKey")
        public static let role = Column("role")
        public static let passphraseHash = Column("passphraseHash")
        public static let createdAt = Column("createdAt")
        public static let mustChangePassphrase = Column("mustChangePassphrase")
    }

    public init(row: Row) throws {
        self.init(id: row[Columns.id], name: row[Columns.name], role: row[Columns.role],
                  passphraseHash: row[Columns.passphraseHash], createdAt: row[Columns.createdAt],
                  mustChangePassphrase: row[Columns.mustChangePassphrase] ?? false)
    }
}

/// The row written when an account is created: the id comes from SQLite.
struct NewAccountRow: PersistableRecord {
    static let databaseTableName = Account.databaseTableName
    var name: UserName
    var role: Role
    var passphraseHash: String
    var createdAt: Date

    func encode(to container: inout PersistenceContainer) {
        container[Account.Columns.name] = name.display
        container[Account.Columns.nameKey] = name.key
        container[Account.Columns.role] = role
        container[Account.Columns.passphraseHash] = passphraseHash
        container[Account.Columns.createdAt] = createdAt
    }
}

import Foundation
import GRDB

extension StoredSession: FetchableRecord, PersistableRecord {
    /// One row per (account, dialogue).
    public static let databaseTableName = "session"

    public enum Columns {
        public static let accountID = Column("accountID")
        public static let dialogueID = Column("dialogueID")
        public static let stepID = Column("stepID")
        public static let phase = Column("phase")
        public static let state = Column("state")
        public static let updatedAt = Column("updatedAt")
    }

    public init(row: Row) throws {
        self.init(accountID: row[Columns.accountID], dialogueID: row[Columns.dialogueID], stepID: row[Columns.stepID],
                  phase: row[Columns.phase], state: row[Columns.state], updatedAt: row[Columns.updatedAt])
    }

    public func encode(to container: inout PersistenceContainer) {
        container[Columns.accountID] = accountID
        container[Columns.dialogueID] = dialogueID
        container[Columns.stepID] = stepID
        container[Columns.phase] = phase
        container[Columns.state] = state
        container[Columns.updatedAt] = updatedAt
    }
}

import Foundation
import GRDB
import LyceumCore

enum TurnColumns {
    static let id = Column("id")
    static let accountID = Column("accountID")
    static let dialogueID = Column("dialogueID")
    static let stepID = Column("stepID")
    static let input = Column("input")
    static let verdict = Column("verdict")
    static let misconception = Column("misconception")
    /// A JSON array of strings.
    static let expectations = Column("expectations")
    static let reply = Column("reply")
    static let createdAt = Column("createdAt")
}

extension NewTurn: PersistableRecord {
    public static let databaseTableName = "turn"

    public func encode(to container: inout PersistenceContainer) throws {
        container[TurnColumns.accountID] = accountID
        container[TurnColumns.dialogueID] = dialogueID
        container[TurnColumns.stepID] = stepID
        container[TurnColumns.input] = input
        container[TurnColumns.verdict] = verdict
        container[TurnColumns.misconception] = misconception
        container[TurnColumns.expectations] = JSON.array(expectations.map(JSON.string))
        container[TurnColumns.reply] = reply
        container[TurnColumns.createdAt] = createdAt
    }
}

extension TurnRecord: FetchableRecord, TableRecord {
    public static let databaseTableName = NewTurn.databaseTableName

    public init(row: Row) throws {
        let expectationsJSON: String = row[TurnColumns.expectations]
        let turn = NewTurn(
            accountID: row[TurnColumns.accountID], dialogueID: row[TurnColumns.dialogueID], stepID: row[TurnColumns.stepID],
            input: row[TurnColumns.input], verdict: row[TurnColumns.verdict], misconception: row[TurnColumns.misconception],
            expectations: try JSONDecoder().decode([String].self, from: Data(expectationsJSON.utf8)),
            reply: row[TurnColumns.reply], createdAt: row[TurnColumns.createdAt])
        self.init(id: row[TurnColumns.id], turn)
    }
}

import GRDB

/// One skill's mastery estimate for one learner; the public API shows these as `[skill: value]`.
struct MasteryRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "mastery"

    enum Columns {
        static let accountID = Column("accountID")
        static let skill = Column("skill")
        static let probability = Column("probability")
    }

    var accountID: Int64
    var skill: String
    var probability: Double

    init(accountID: Int64, skill: String, probability: Double) {
        self.accountID = accountID
        self.skill = skill
        self.probability = probability
    }

    init(row: Row) throws {
        self.init(accountID: row[Columns.accountID], skill: row[Columns.skill], probability: row[Columns.probability])
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.accountID] = accountID
        container[Columns.skill] = skill
        container[Columns.probability] = probability
    }
}

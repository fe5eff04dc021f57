import Foundation
import GRDB
import LyceumCore

/// Classes and who belongs to them.
extension AppDatabase {
    /// Creates a class titled `title` with a fresh id and join code; `teacher`, when given, is its
    /// first teacher. Throws ``StoreError/badClassTitle`` for an empty or over-long title.
    public func createClass(title: String, teacher: Account? = nil, now: Date) throws -> SchoolClass {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty, title.count <= 80 else { throw StoreError.badClassTitle }
        return try dbWriter.write { db in
            let ids = Set(try String.fetchAll(db, sql: "SELECT id FROM class"))
            let id = ClassNaming.id(for: title) { ids.contains($0) }
            var generator = SystemRandomNumberGenerator()
            var code = ClassNaming.code(using: &generator)
            while try SchoolClass.filter(SchoolClass.Columns.code == code).fetchCount(db) > 0 {
                code = ClassNaming.code(using: &generator)
            }
            let created = SchoolClass(id: id, title: title, code: code, createdAt: now)
            try created.insert(db)
            if let teacher { try Self.enrol(db, classID: id, accountID: teacher.id, role: teacher.role, now: now) }
            return created
        }
    }

    /// Adds an account to a class in its own role. False when it was a member already.
    @discardableResult
    public func enrol(_ account: Account, inClass classID: String, now: Date) throws -> Bool {
        try dbWriter.write { db in
            guard try SchoolClass.exists(db, key: classID) else { throw StoreError.noSuchClass(classID) }
            return try Self.enrol(db, classID: classID, accountID: account.id, role: account.role, now: now)
        }
    }

    static func enrol(_ db: Database, classID: String, accountID: Int64, role: Role, now: Date) throws -> Bool {
        try db.execute(sql: """
            INSERT OR IGNORE INTO classMember (classID, accountID, role, joinedAt) VALUES (?, ?, ?, ?)
            """, arguments: [classID, accountID, role, now])
        return db.changesCount > 0
    }

    /// The class with this join code, however it was typed.
    public func schoolClass(code typed: String) throws -> SchoolClass? {
        let code = ClassNaming.normalizedCode(typed)
        return try dbWriter.read { db in try SchoolClass.filter(SchoolClass.Columns.code == code).fetchOne(db) }
    }

    /// The class with this id.
    public func schoolClass(id: String) throws -> SchoolClass? {
        try dbWriter.read { db in try SchoolClass.fetchOne(db, key: id.lowercased()) }
    }

    /// Every class (or those `member` belongs to), by id, with its teachers and counts.
    public func classSummaries(member: String? = nil) throws -> [ClassSummary] {
        try dbWriter.read { db in
            var sql = "SELECT class.* FROM class"
            var arguments: StatementArguments = []
            if let member {
                sql += " JOIN classMember ON classMember.classID = class.id JOIN account ON account.id = classMember.accountID"
                    + " WHERE account.nameKey = ?"
                arguments = [member.lowercased()]
            }
            let classes = try SchoolClass.fetchAll(db, sql: sql + " ORDER BY class.id", arguments: arguments)
            return try classes.map { item in
                let members = try Self.members(db, classID: item.id)
                return ClassSummary(schoolClass: item, teachers: members.filter { $0.role == .teacher }.map(\.name),
                                    learners: members.filter { $0.role == .learner }.count,
                                    tutors: members.filter { $0.role == .tutor }.count)
            }
        }
    }

    /// The members of a class, by name.
    public func classMembers(_ classID: String) throws -> [ClassMember] {
        try dbWriter.read { db in try Self.members(db, classID: classID) }
    }

    static func members(_ db: Database, classID: String) throws -> [ClassMember] {
        try Row.fetchAll(db, sql: """
            SELECT account.name, classMember.role FROM classMember JOIN account ON account.id = classMember.accountID
            WHERE classMember.classID = ? ORDER BY account.nameKey
            """, arguments: [classID]).map { ClassMember(classID: classID, name: $0["name"], role: $0["role"]) }
    }

    /// Whose data `account` may see: the whole school for an admin, the learners of its classes otherwise.
    public func reach(of account: Account) throws -> Reach {
        if account.role == .admin { return .school }
        return try dbWriter.read { db in
            .learners(Set(try String.fetchAll(db, sql: """
                SELECT DISTINCT learner.nameKey FROM classMember AS mine
                JOIN classMember AS theirs ON theirs.classID = mine.classID AND theirs.role = 'learner'
                JOIN account AS learner ON learner.id = theirs.accountID
                WHERE mine.accountID = ?
                """, arguments: [account.id])))
        }
    }

    /// The lower-cased names of the teachers of `learner`'s classes, and of every admin: who is
    /// told when the learner needs attention.
    public func overseers(of learner: String) throws -> Set<String> {
        try dbWriter.read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT staff.nameKey FROM account AS learner
                JOIN classMember AS theirs ON theirs.accountID = learner.id
                JOIN classMember AS mine ON mine.classID = theirs.classID AND mine.role = 'teacher'
                JOIN account AS staff ON staff.id = mine.accountID
                WHERE learner.nameKey = ?
                UNION SELECT nameKey FROM account WHERE role = 'admin'
                """, arguments: [learner.lowercased()]))
        }
    }

    /// The ids of the classes `name` is in, lower-cased names compared.
    public func classIDs(of name: String) throws -> [String] {
        try dbWriter.read { db in
            try String.fetchAll(db, sql: """
                SELECT classMember.classID FROM classMember JOIN account ON account.id = classMember.accountID
                WHERE account.nameKey = ? ORDER BY classMember.classID
                """, arguments: [name.lowercased()])
        }
    }
}

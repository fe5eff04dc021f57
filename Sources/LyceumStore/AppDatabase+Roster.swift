import Foundation
import GRDB
import LyceumCore

/// `lyceum classes import`: a whole roster at once, idempotently.
extension AppDatabase {
    /// What an import did; run again, it does nothing and says so.
    public struct RosterImport: Sendable, Equatable {
        public var classesCreated: [String] = []
        public var classesFound = 0
        /// New accounts (name, role, class id), in the roster's order; their one-time passphrases are the caller's.
        public var accountsCreated: [(name: String, role: Role, classID: String)] = []
        public var accountsFound = 0
        public var memberships = 0
        public var membershipsFound = 0

        public static func == (a: RosterImport, b: RosterImport) -> Bool {
            a.classesCreated == b.classesCreated && a.classesFound == b.classesFound
                && a.accountsCreated.map(\.name) == b.accountsCreated.map(\.name) && a.accountsFound == b.accountsFound
                && a.memberships == b.memberships && a.membershipsFound == b.membershipsFound
        }
    }

    /// The names in the roster that have no account yet (they need one-time passphrases).
    public func newNames(in roster: Roster) throws -> [UserName] {
        try dbWriter.read { db in
            var seen = Set<String>()
            return try roster.entries.map(\.name).filter { name in
                guard seen.insert(name.key).inserted else { return false }
                return try Account.filter(Account.Columns.nameKey == name.key).fetchCount(db) == 0
            }
        }
    }

    /// Imports the roster in one transaction: a class is found by id or title (any case) or
    /// created with the row's text as its title; a new account gets the hash in `hashes` (by
    /// lower-cased name) and must choose its own passphrase at its first login; every row's
    /// account joins its class. An existing account listed with another role, or a new name
    /// without a hash, throws ``RosterProblems`` and nothing is written.
    public func importRoster(_ roster: Roster, hashes: [String: String], file: String, now: Date) throws -> RosterImport {
        try dbWriter.write { db in
            var result = RosterImport()
            var classes: [String: String] = [:]  // lower-cased class text -> id
            var problems: [String] = []
            var foundNames = Set<String>(), foundClasses = Set<String>()
            for entry in roster.entries {
                let ref = entry.classRef.lowercased()
                let classID: String
                if let known = classes[ref] {
                    classID = known
                } else if let found = try String.fetchOne(db, sql: "SELECT id FROM class WHERE id = ? OR lower(title) = ? ORDER BY id = ? DESC LIMIT 1",
                                                          arguments: [ref, ref, ref]) {
                    classID = found
                    classes[ref] = found
                    if foundClasses.insert(found).inserted { result.classesFound += 1 }
                } else {
                    let ids = Set(try String.fetchAll(db, sql: "SELECT id FROM class"))
                    classID = ClassNaming.id(for: entry.classRef) { ids.contains($0) }
                    var code = ""
                    var generator = SystemRandomNumberGenerator()
                    repeat { code = ClassNaming.code(using: &generator) }
                    while try SchoolClass.filter(SchoolClass.Columns.code == code).fetchCount(db) > 0
                    try SchoolClass(id: classID, title: entry.classRef, code: code, createdAt: now).insert(db)
                    classes[ref] = classID
                    result.classesCreated.append(classID)
                }
                var account = try Account.filter(Account.Columns.nameKey == entry.name.key).fetchOne(db)
                if let existing = account {
                    if existing.role != entry.role {
                        problems.append("\(file):\(entry.line): \(existing.name) already has an account as a \(existing.role.rawValue), not a \(entry.role.rawValue).")
                        continue
                    }
                    if !result.accountsCreated.contains(where: { $0.name.lowercased() == entry.name.key }),
                       foundNames.insert(entry.name.key).inserted {
                        result.accountsFound += 1
                    }
                } else {
                    guard let hash = hashes[entry.name.key] else {
                        problems.append("\(file):\(entry.line): no one-time passphrase was made for \(entry.name.display).")
                        continue
                    }
                    try db.execute(sql: """
                        INSERT INTO account (name, nameKey, role, passphraseHash, createdAt, mustChangePassphrase)
                        VALUES (?, ?, ?, ?, ?, 1)
                        """, arguments: [entry.name.display, entry.name.key, entry.role, hash, now])
                    account = try Account.fetchOne(db, key: db.lastInsertedRowID)
                    result.accountsCreated.append((entry.name.display, entry.role, classID))
                }
                guard let account else { continue }
                if try Self.enrol(db, classID: classID, accountID: account.id, role: account.role, now: now) {
                    result.memberships += 1
                } else {
                    result.membershipsFound += 1
                }
            }
            if !problems.isEmpty { throw RosterProblems(sentences: problems) }
            return result
        }
    }
}

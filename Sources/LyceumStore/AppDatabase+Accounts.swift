import Foundation
import GRDB
import LyceumCore

extension AppDatabase {
    /// Creates an account. Throws ``StoreError/nameTaken(_:)`` when any account has the same name regardless of case.
    public func createAccount(name: UserName, role: Role, passphraseHash: String, now: Date) throws -> Account {
        do {
            return try dbWriter.write { db in
                try NewAccountRow(name: name, role: role, passphraseHash: passphraseHash, createdAt: now).insert(db)
                // Read back, so the caller holds exactly what a later look-up returns (dates are stored to the millisecond).
                return try Account.find(db, key: db.lastInsertedRowID)
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreError.nameTaken(name.display)
        }
    }

    /// Creates many accounts in one transaction (for load tests), skipping names that exist already.
    /// Returns how many were created.
    @discardableResult
    public func createAccounts(_ accounts: [(name: UserName, role: Role, passphraseHash: String)], now: Date) throws -> Int {
        try dbWriter.write { db in
            var created = 0
            for account in accounts {
                try NewAccountRow(name: account.name, role: account.role, passphraseHash: account.passphraseHash, createdAt: now)
                    .insert(db, onConflict: .ignore)
                created += db.changesCount
            }
            return created
        }
    }

    /// The account with this name, compared without regard to case.
    public func account(named name: String) throws -> Account? {
        try dbWriter.read { db in
            try Account.filter(Account.Columns.nameKey == name.lowercased()).fetchOne(db)
        }
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try dbWriter.read { db in
            try Account.order(Account.Columns.nameKey).fetchAll(db)
        }
    }

    /// Deletes the account with this name and, by cascade, all its data. False when there was none.
    public func removeAccount(named name: String) throws -> Bool {
        try dbWriter.write { db in
            try Account.filter(Account.Columns.nameKey == name.lowercased()).deleteAll(db) > 0
        }
    }

    /// A reset, in one transaction: the account's passphrase becomes the one-time one hashed in
    /// `oneTimeHash`, its next login must choose a new one, and the reset is written to the
    /// moderation log (action `reset-passphrase`, by `actor`). Returns the account, or nil when
    /// no account has this name (nothing is written then).
    public func resetPassphrase(of name: String, oneTimeHash: String, by actor: String, now: Date) throws -> Account? {
        try dbWriter.write { db in
            guard var account = try Account.filter(Account.Columns.nameKey == name.lowercased()).fetchOne(db) else { return nil }
            try db.execute(sql: "UPDATE account SET passphraseHash = ?, mustChangePassphrase = 1 WHERE id = ?",
                           arguments: [oneTimeHash, account.id])
            try ModerationEntry(roomID: nil, actor: actor, target: account.name, action: "reset-passphrase",
                                detail: "role \(account.role.rawValue)", createdAt: now).insert(db)
            account.passphraseHash = oneTimeHash
            account.mustChangePassphrase = true
            return account
        }
    }

    /// The account's own new passphrase (after a reset, or `/passphrase`): stores its hash and
    /// clears `mustChangePassphrase`.
    public func setPassphrase(accountID: Int64, hash: String) throws {
        try dbWriter.write { db in
            try db.execute(sql: "UPDATE account SET passphraseHash = ?, mustChangePassphrase = 0 WHERE id = ?",
                           arguments: [hash, accountID])
            guard db.changesCount == 1 else { throw StoreError.noSuchAccount("#\(accountID)") }
        }
    }
}

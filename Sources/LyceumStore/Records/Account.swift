import Foundation
import LyceumCore

/// A person who can log in: a learner, a tutor or a teacher.
public struct Account: Sendable, Equatable, Codable {
    public var id: Int64
    /// The name as it was typed when the account was created (shown to others).
    public var name: String
    public var role: Role
    /// ``Passphrase/hash(_:cost:)`` output; never the passphrase itself, never exported.
    public var passphraseHash: String
    public var createdAt: Date
    /// The passphrase is a one-time one from a reset: the next login must choose a new one.
    public var mustChangePassphrase: Bool

    public init(id: Int64, name: String, role: Role, passphraseHash: String, createdAt: Date, mustChangePassphrase: Bool = false) {
        self.id = id
        self.name = name
        self.role = role
        self.passphraseHash = passphraseHash
        self.createdAt = createdAt
        self.mustChangePassphrase = mustChangePassphrase
    }
}

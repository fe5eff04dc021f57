/// What can go wrong in the store, in words a user or an operator can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// Another account already has this name (names are unique regardless of case).
    case nameTaken(String)
    /// No account has this name or id.
    case noSuchAccount(String)
    /// A turn and the session it belongs to name different accounts or dialogues (a programming error).
    case mismatchedTurn(String)
    /// The database folder or file could not be created or opened.
    case cannotOpen(path: String, reason: String)
    /// A new passphrase shorter than the server's minimum (`login.min_passphrase_length`).
    case passphraseTooShort(minimum: Int)
    /// A new passphrase that starts with `/`, which starts commands.
    case passphraseStartsWithSlash
    /// The passphrase and its confirmation differ.
    case passphrasesDiffer
    /// The passphrase could not be hashed (empty, or the key derivation failed).
    case cannotHash(String)
    /// A class title must have 1 to 80 characters.
    case badClassTitle
    /// No class has this id.
    case noSuchClass(String)

    public var description: String {
        switch self {
        case .nameTaken(let name):
            "The name \(name) is already taken (names are compared without regard to case). Choose another."
        case .noSuchAccount(let name):
            "There is no account named \(name)."
        case .mismatchedTurn(let detail):
            "A turn does not belong to the session it was recorded with: \(detail)."
        case .cannotOpen(let path, let reason):
            "The database at \(path) could not be opened: \(reason). Check that the folder exists and is writable."
        case .passphraseTooShort(let minimum):
            "That passphrase is too short: use at least \(minimum) characters."
        case .passphraseStartsWithSlash:
            "A passphrase cannot start with '/', which starts commands."
        case .passphrasesDiffer:
            "The two passphrases differ; nothing was changed."
        case .badClassTitle:
            "A class title needs 1 to 80 characters, for example: 7B Science."
        case .noSuchClass(let id):
            "There is no class \(id). `lyceum classes list` shows them."
        case .cannotHash(let reason):
            "The passphrase could not be hashed: \(reason)."
        }
    }
}

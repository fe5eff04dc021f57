import Foundation

/// One learner's progress in one dialogue. The store does not read `state`: it is the engine's
/// own JSON, kept as an opaque blob.
public struct StoredSession: Sendable, Equatable {
    public var accountID: Int64
    public var dialogueID: String
    public var stepID: String?
    public var phase: String
    public var state: Data
    public var updatedAt: Date

    public init(accountID: Int64, dialogueID: String, stepID: String?, phase: String, state: Data, updatedAt: Date) {
        self.accountID = accountID
        self.dialogueID = dialogueID
        self.stepID = stepID
        self.phase = phase
        self.state = state
        self.updatedAt = updatedAt
    }
}

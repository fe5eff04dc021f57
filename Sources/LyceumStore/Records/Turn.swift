import Foundation

/// One exchange to record: what the learner typed and what the tutor made of it and replied.
public struct NewTurn: Sendable, Equatable {
    public var accountID: Int64
    public var dialogueID: String
    public var stepID: String?
    public var input: String
    public var verdict: String?
    public var misconception: String?
    public var expectations: [String]
    /// What the tutor said, as JSON or plain text.
    public var reply: String
    public var createdAt: Date

    public init(accountID: Int64, dialogueID: String, stepID: String?, input: String, verdict: String?,
                misconception: String?, expectations: [String], reply: String, createdAt: Date) {
        self.accountID = accountID
        self.dialogueID = dialogueID
        self.stepID = stepID
        self.input = input
        self.verdict = verdict
        self.misconception = misconception
        self.expectations = expectations
        self.reply = reply
        self.createdAt = createdAt
    }
}

/// A recorded turn, as read back.
public struct TurnRecord: Sendable, Equatable, Codable {
    public var id: Int64
    public var accountID: Int64
    public var dialogueID: String
    public var stepID: String?
    public var input: String
    public var verdict: String?
    public var misconception: String?
    public var expectations: [String]
    public var reply: String
    public var createdAt: Date

    public init(id: Int64, _ turn: NewTurn) {
        self.id = id
        accountID = turn.accountID
        dialogueID = turn.dialogueID
        stepID = turn.stepID
        input = turn.input
        verdict = turn.verdict
        misconception = turn.misconception
        expectations = turn.expectations
        reply = turn.reply
        createdAt = turn.createdAt
    }
}

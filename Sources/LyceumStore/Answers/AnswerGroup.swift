/// Learners' answers to one step that normalize to the same text (`AnswerText.normalized`).
public struct AnswerGroup: Sendable, Equatable {
    public var dialogueID: String
    /// `nil` when the turn was stored without a step.
    public var stepID: String?
    /// The normalized text, the group's key.
    public var text: String
    /// How many answers the group holds.
    public var count: Int
    /// What the tutor said of them, most often given first (ties: the latest given first).
    public var verdicts: [VerdictCount]
    /// The form learners typed most often, trimmed (ties: the shortest, then the first in text
    /// order): what an example in a tests file should say.
    public var typed: String

    public init(dialogueID: String, stepID: String?, text: String, count: Int, verdicts: [VerdictCount], typed: String) {
        self.dialogueID = dialogueID
        self.stepID = stepID
        self.text = text
        self.count = count
        self.verdicts = verdicts
        self.typed = typed
    }
}

/// One verdict the tutor gave, and how often.
public struct VerdictCount: Sendable, Equatable {
    /// As stored: `correct`, `partial`, `misconception`, `dont-know`, `unrecognized`, `vague`, or any newer one.
    public var verdict: String
    /// The misconception's id, for a `misconception` verdict.
    public var misconception: String?
    public var count: Int

    public init(verdict: String, misconception: String? = nil, count: Int) {
        self.verdict = verdict
        self.misconception = misconception
        self.count = count
    }

    /// "correct", or "misconception distance-to-sun".
    public var label: String { misconception.map { "\(verdict) \($0)" } ?? verdict }
}

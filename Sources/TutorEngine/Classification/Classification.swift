/// The classifier's verdict on one answer.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case correct
    case partial
    case misconception
    case dontKnow = "dont-know"
    case unrecognized
}

/// What the classifier found in an answer, and why.
public struct Classification: Sendable, Equatable, Codable {
    public var verdict: Verdict
    /// The misconception shown, when the verdict is `misconception`.
    public var misconception: String?
    /// Ids of the expectations the answer covers, in the step's order.
    public var expectations: [String]
    /// Which rule matched which words, for authors ("why did that match?").
    public var why: String

    public init(verdict: Verdict, misconception: String? = nil, expectations: [String] = [], why: String) {
        self.verdict = verdict; self.misconception = misconception
        self.expectations = expectations; self.why = why
    }
}

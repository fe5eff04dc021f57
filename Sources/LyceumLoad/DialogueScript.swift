/// What a simulated learner types in one dialogue: answers of each kind per step (taken from the
/// dialogue's own tests, so the classifier judges them as labelled), and the path to its checkpoint.
public struct DialogueScript: Sendable, Equatable {
    public var dialogueID: String
    /// Per step (in order), the answers of each kind.
    public var steps: [[AnswerKind: [String]]]
    /// Correct answers that reach the checkpoint, one per step up to and including it.
    public var toCheckpoint: [String]
    /// A member's private answer in the room's Think phase.
    public var thinkAnswer: String
    public var reflection: String

    /// decimals-compare: 4 steps, the checkpoint at step 3 (answers from Dialogues/decimals-compare.tests.yaml).
    public static let decimals = DialogueScript(
        dialogueID: "decimals-compare",
        steps: [
            [.correct: ["0.3 is larger", "0.25 is smaller than 0.3", "three tenths", "30 cents is more than 25 cents"],
             .misconception: ["0.25 is bigger", "0.25 because it has more digits", "the longer one"],
             .unrecognized: ["decimals are hard", "both", "7"]],
            [.correct: ["tenths, and 0.3 has more tenths", "it's the tenths place, 3 tenths is more than 2 tenths"],
             .partial: ["tenths", "0.3 has more", "3 is bigger than 2"],
             .misconception: ["hundredths are bigger than tenths", "0.25 has more digits"],
             .unrecognized: ["the point"]],
            [.correct: ["30 and 25", "thirty squares for 0.3 and twenty five for 0.25"],
             .partial: ["30", "25 squares"],
             .misconception: ["3 and 25", "3 squares"],
             .unrecognized: ["it looks nice"]],
            [.correct: ["0.45, because both have 4 tenths and 0.45 has 5 more hundredths", "0.45 since 45 hundredths is more than 40 hundredths"],
             .partial: ["0.45", "0.4 is smaller"],
             .misconception: ["0.4 because shorter decimals are bigger", "0.4 is bigger"],
             .unrecognized: ["they are decimals"]],
        ],
        toCheckpoint: ["0.3 is larger", "tenths, and 0.3 has more tenths", "30 and 25"],
        thinkAnswer: "Ben is right: 0.30 is thirty hundredths and so is 0.3",
        reflection: "compare the tenths first, then the hundredths")

    /// An answer of `kind` for step `index` (0-based), with the kind it really is: a step with no
    /// answer of that kind (the first step has one expectation, so no partial answer) gives a correct one.
    public func answer<G: RandomNumberGenerator>(step index: Int, kind: AnswerKind,
                                                 using generator: inout G) -> (kind: AnswerKind, text: String) {
        let step = steps[min(max(index, 0), steps.count - 1)]
        if let text = step[kind]?.randomElement(using: &generator) { return (kind, text) }
        return (.correct, step[.correct]?.randomElement(using: &generator) ?? "0.3")
    }
}

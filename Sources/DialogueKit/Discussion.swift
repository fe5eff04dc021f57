/// A checkpoint's group-discussion question. Written as a plain string it is only a question;
/// written as a mapping it has its own expectations, misconceptions and summary, which the room
/// tutor listens for (see Dialogues/README.md, "Checkpoints and group discussions").
public struct Discussion: Sendable, Equatable {
    public var text: String
    public var expectations: [Expectation]
    public var misconceptions: [Misconception]
    /// Required in the mapping form; `nil` for a plain question.
    public var summary: String?
    public var source: SourceLocation

    public init(text: String, expectations: [Expectation] = [], misconceptions: [Misconception] = [],
                summary: String? = nil, source: SourceLocation = .unknown) {
        self.text = text; self.expectations = expectations; self.misconceptions = misconceptions
        self.summary = summary; self.source = source
    }

    /// Whether the room tutor can classify lines against this question (the mapping form).
    public var hasDetectors: Bool { !expectations.isEmpty || !misconceptions.isEmpty }

    /// The id the discussion is classified and tested under: `STEPID#discussion`.
    /// `#` never appears in a step id written in YAML, so it cannot collide with a real step.
    public static func stepID(_ checkpointStepID: String) -> String { checkpointStepID + suffix }
    public static let suffix = "#discussion"

    /// The discussion as a question step of its own, so it is classified and tested like any step.
    public func step(at checkpoint: Step) -> Step {
        Step(id: Self.stepID(checkpoint.id), text: text, skills: checkpoint.skills, expectations: expectations,
             misconceptions: misconceptions, summary: summary, source: source)
    }
}

extension Dialogue {
    /// The discussion of the checkpoint at step `stepID` as a step (`STEPID#discussion`), when it has detectors.
    public func discussionStep(_ stepID: String) -> Step? {
        guard let step = step(stepID), let discussion = step.checkpoint?.question, discussion.hasDetectors else { return nil }
        return discussion.step(at: step)
    }

    /// Every checkpoint discussion with detectors, as steps.
    public var discussionSteps: [Step] {
        steps.compactMap { step in
            step.checkpoint.flatMap { $0.question.hasDetectors ? $0.question.step(at: step) : nil }
        }
    }
}

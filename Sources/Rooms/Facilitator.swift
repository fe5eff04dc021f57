import LyceumCore
import DialogueKit
import TutorEngine

/// The tutor's part in a room: it reads the discussion for misconceptions and gives feedback on
/// the group's final answer. A protocol, so room tests can script it; `TutorFacilitator` is the real one.
public protocol Facilitator: Sendable {
    /// A misconception `text` shows at `checkpoint`, and the Socratic question to ask the room about it.
    func misconception(in text: String, at checkpoint: CheckpointKey) -> (id: String, question: String)?
    /// The verdict on the group's final answer and what the tutor says about it (feedback, then the summary).
    func feedback(on answer: String, at checkpoint: CheckpointKey, seed: UInt64) -> (verdict: String, lines: [String])
}

/// The engine's classifier applied to room messages, against the checkpoint step's own
/// expectations and misconceptions. A misconception is asked about with its remediation question,
/// addressed to the room, never naming who said it.
public struct TutorFacilitator: Facilitator {
    let tutor: Tutor

    public init(tutor: Tutor) { self.tutor = tutor }

    func step(_ checkpoint: CheckpointKey) -> Step? {
        tutor.content.dialogue(checkpoint.dialogueID)?.step(checkpoint.stepID)
    }

    public func misconception(in text: String, at checkpoint: CheckpointKey) -> (id: String, question: String)? {
        guard let step = step(checkpoint) else { return nil }
        let result = tutor.classifier.classify(text, dialogue: checkpoint.dialogueID, step: checkpoint.stepID)
        guard result.verdict == .misconception, let id = result.misconception,
              let misconception = step.misconceptions.first(where: { $0.id == id }) else { return nil }
        return (id, "A question for the whole room: \(misconception.remediation)")
    }

    public func feedback(on answer: String, at checkpoint: CheckpointKey, seed: UInt64) -> (verdict: String, lines: [String]) {
        guard let step = step(checkpoint) else { return ("unrecognized", []) }
        let summary = step.summary ?? step.expectations.map(\.assertion).joined(separator: " ")
        let result = tutor.classifier.classify(answer, dialogue: checkpoint.dialogueID, step: checkpoint.stepID)
        var rng = SeededRandom(seed: seed)
        var last: [String: Int] = [:]
        var lines: [String] = []
        switch result.verdict {
        case .correct:
            lines.append("On your group's answer: " + tutor.wording.render(.positiveFeedback, rng: &rng, lastVariant: &last))
        case .partial:
            let missing = step.expectations.filter { !result.expectations.contains($0.id) }.map(\.assertion)
            lines.append("On your group's answer: " + tutor.wording.render(.partialFeedback, rng: &rng, lastVariant: &last)
                         + (missing.isEmpty ? "" : " What it leaves out: " + missing.joined(separator: " ")))
        case .misconception:
            let misconception = step.misconceptions.first { $0.id == result.misconception }
            lines.append("Your group's answer still holds an idea worth testing. "
                         + (misconception.map { $0.explanation ?? $0.remediation } ?? ""))
        case .dontKnow, .unrecognized, .vague:
            lines.append("I couldn't match your group's answer to the ideas this question is about, so here is the key idea.")
        }
        lines.append("Summary: \(summary)")
        return (result.verdict.rawValue, lines)
    }
}

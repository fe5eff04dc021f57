import LyceumCore
import DialogueKit
import TutorEngine

/// The tutor's part in a room: it reads the discussion for misconceptions and gives feedback on
/// the group's final answer. A protocol, so room tests can script it; `TutorFacilitator` is the real one.
public protocol Facilitator: Sendable {
    /// A misconception `text` asserts at `checkpoint`, and the Socratic question to ask the room about it.
    func misconception(in text: String, at checkpoint: CheckpointKey) -> (id: String, question: String)?
    /// The verdict on the group's final answer and what the tutor says about it (feedback, then the summary).
    func feedback(on answer: String, at checkpoint: CheckpointKey, seed: UInt64) -> (verdict: String, lines: [String])
    /// What the tutor says when the room closes without an agreed answer (no feedback, only the summary if there is one).
    func closing(at checkpoint: CheckpointKey) -> [String]
}

extension Facilitator {
    public func closing(at checkpoint: CheckpointKey) -> [String] { [] }
}

/// The engine's classifier applied to room messages, against the checkpoint's discussion question:
/// its own expectations, misconceptions and summary (Dialogues/README.md, "Checkpoints and group
/// discussions"). A misconception is asked about with its remediation question, addressed to the room,
/// never naming who said it. A discussion written as a plain question has no detectors: then the tutor
/// asks nothing in Discuss and, in Closing, only reminds the room of the question.
public struct TutorFacilitator: Facilitator {
    let tutor: Tutor

    public init(tutor: Tutor) { self.tutor = tutor }

    func discussion(_ checkpoint: CheckpointKey) -> Discussion? {
        tutor.content.dialogue(checkpoint.dialogueID)?.step(checkpoint.stepID)?.checkpoint?.question
    }

    func classify(_ text: String, _ checkpoint: CheckpointKey) -> Classification? {
        tutor.classifier.classify(text, dialogue: checkpoint.dialogueID, discussionAt: checkpoint.stepID)
    }

    public func misconception(in text: String, at checkpoint: CheckpointKey) -> (id: String, question: String)? {
        guard let discussion = discussion(checkpoint), let result = classify(text, checkpoint),
              result.verdict == .misconception, let id = result.misconception,
              let misconception = discussion.misconceptions.first(where: { $0.id == id }) else { return nil }
        return (id, "A question for the whole room: \(misconception.remediation)")
    }

    public func feedback(on answer: String, at checkpoint: CheckpointKey, seed: UInt64) -> (verdict: String, lines: [String]) {
        guard let discussion = discussion(checkpoint) else { return (Verdict.unrecognized.rawValue, []) }
        guard let result = classify(answer, checkpoint) else {
            return (Verdict.unrecognized.rawValue, Self.reminder(discussion))
        }
        let summary = discussion.summary ?? discussion.expectations.map(\.assertion).joined(separator: " ")
        var rng = SeededRandom(seed: seed)
        var last: [String: Int] = [:]
        var lines: [String] = []
        switch result.verdict {
        case .correct:
            lines.append("On your group's answer: " + tutor.wording.render(.positiveFeedback, rng: &rng, lastVariant: &last))
        case .partial:
            let missing = discussion.expectations.filter { !result.expectations.contains($0.id) }.map(\.assertion)
            lines.append("On your group's answer: " + tutor.wording.render(.partialFeedback, rng: &rng, lastVariant: &last)
                         + (missing.isEmpty ? "" : " What it leaves out: " + missing.joined(separator: " ")))
        case .misconception:
            let misconception = discussion.misconceptions.first { $0.id == result.misconception }
            lines.append("Your group's answer still holds an idea worth testing. "
                         + (misconception.map { $0.explanation ?? $0.remediation } ?? ""))
        default:
            // Not recognized (or "don't know"): no verdict to give, only how the tutor would sum up the question.
            return (result.verdict.rawValue, ["Here is how I would sum up the question: \(summary)"])
        }
        lines.append("Summary: \(summary)")
        return (result.verdict.rawValue, lines)
    }

    public func closing(at checkpoint: CheckpointKey) -> [String] {
        guard let discussion = discussion(checkpoint) else { return [] }
        guard let summary = discussion.summary, discussion.hasDetectors else { return Self.reminder(discussion) }
        return ["Here is how I would sum up the question: \(summary)"]
    }

    /// For a plain question (no detectors, so nothing to judge): the question, to think on.
    static func reminder(_ discussion: Discussion) -> [String] {
        ["Something to keep thinking about: \(discussion.text)"]
    }
}

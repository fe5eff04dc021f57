import DialogueKit
import Foundation

extension Tutor {
    /// What the learner needs to see to pick up where they left off (after a reconnect or a restart):
    /// the current question, or whatever the tutor was waiting for. Does not change the session.
    public func recap(_ session: TutorSession) -> TutorTurn {
        guard let dialogue = content.dialogue(session.dialogueID),
              dialogue.steps.indices.contains(session.stepIndex) else { return TutorTurn() }
        var copy = session
        var turn = TutorTurn()
        let step = dialogue.steps[session.stepIndex]
        let question: () -> TutorEvent = {
            say(.question, .question, [
                "text": step.text, "stepNumber": session.stepIndex + 1, "stepCount": dialogue.steps.count,
            ], &copy)
        }
        switch session.phase {
        case .awaitingGoal:
            turn.events.append(say(.goalRequest, .goalRequest, ["title": dialogue.title], &copy))
        case .awaitingConfidence:
            turn.events.append(question())
            turn.events.append(say(.confidenceRequest, .confidenceRequest, [:], &copy))
        case .answering:
            turn.events.append(question())
            if let pending = session.steps[step.id]?.pendingPrompt,
               let expectation = step.expectations.first(where: { $0.id == pending.expectation }),
               expectation.prompts.indices.contains(pending.index) {
                turn.events.append(say(.prompt, .prompt, ["text": expectation.prompts[pending.index].ask], &copy))
            }
        case .checkingSkip:
            turn.events.append(say(.skipCheck, .skipCheck, ["text": step.check?.ask ?? ""], &copy))
        case .stepComplete:
            turn.events.append(transition(dialogue, &copy))
        case .awaitingReflection:
            var values: [String: Any] = ["title": dialogue.title]
            if let reflection = dialogue.reflection { values["text"] = reflection }
            turn.events.append(say(.reflectionRequest, .reflectionRequest, values, &copy))
        case .finished:
            var values: [String: Any] = ["title": dialogue.title]
            if let goal = session.goal { values["goal"] = goal }
            turn.events.append(say(.dialogueComplete, .dialogueComplete, values, &copy))
        }
        return turn
    }
}

import DialogueKit
import Foundation

extension Tutor {
    /// Credits a learner for taking part in a checkpoint's group discussion to its end:
    /// it is recorded on the step and counted in `/progress`. The learner's place in the dialogue
    /// does not change; they go on where they left it.
    public func creditDiscussion(_ stepID: String, room: String, verdict: String, session: inout TutorSession) -> TutorTurn {
        session.steps[stepID, default: StepProgress()].discussion = GroupDiscussion(room: room, verdict: verdict)
        return TutorTurn(events: [TutorEvent(.checkpoint, "Credit: you took part in the group discussion in room \(room) to its end.")])
    }

    /// The checkpoint step at or before the learner's current step (for a room a teacher forms by hand),
    /// or the dialogue's first checkpoint.
    public func checkpointStep(for session: TutorSession) -> Step? {
        guard let dialogue = content.dialogue(session.dialogueID) else { return nil }
        let upTo = dialogue.steps.prefix(min(session.stepIndex + 1, dialogue.steps.count))
        return upTo.last { $0.checkpoint != nil } ?? dialogue.steps.first { $0.checkpoint != nil }
    }
}

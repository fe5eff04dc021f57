import Foundation
import LyceumCore
import LyceumStore
import TutorEngine

/// The rows one tutor turn is stored as. Shared by a learner's own turns and the credit a room gives.
enum SessionRecords {
    static func stepID(_ session: TutorSession, _ tutor: Tutor) -> String? {
        let dialogue = tutor.content.dialogue(session.dialogueID)
        return dialogue.flatMap { $0.steps.indices.contains(session.stepIndex) ? $0.steps[session.stepIndex].id : nil }
    }

    static func stored(accountID: Int64, _ session: TutorSession, _ tutor: Tutor, now: Date) throws -> StoredSession {
        StoredSession(accountID: accountID, dialogueID: session.dialogueID, stepID: stepID(session, tutor),
                      phase: session.phase.rawValue, state: try session.json(), updatedAt: now)
    }

    static func turn(accountID: Int64, _ session: TutorSession, _ tutor: Tutor, input: String, turn: TutorTurn?,
                     stepID: String? = nil, now: Date) -> NewTurn {
        let reply = turn.map { JSON.array($0.events.map { JSON.object([("move", JSON.string($0.move.rawValue)), ("text", JSON.string($0.text))]) }) } ?? "[]"
        return NewTurn(accountID: accountID, dialogueID: session.dialogueID, stepID: stepID ?? self.stepID(session, tutor), input: input,
                       verdict: turn?.classification?.verdict.rawValue, misconception: turn?.classification?.misconception,
                       expectations: turn?.classification?.expectations ?? [], reply: reply, createdAt: now)
    }

    /// Where a user is, for a client's status line.
    static func status(role: Role, _ session: TutorSession?, _ tutor: Tutor, room: (id: String, phase: String)?) -> ServerEvent {
        var status = ServerEvent.Status(role: role, room: room?.id, phase: room?.phase)
        if let session, let dialogue = tutor.content.dialogue(session.dialogueID) {
            status.dialogue = dialogue.id
            status.title = dialogue.title
            status.step = min(session.stepIndex + 1, dialogue.steps.count)
            status.steps = dialogue.steps.count
            status.mastery = dialogue.skills.map { ($0.id, session.mastery[$0.id] ?? $0.bkt.prior) }
        }
        return .status(status)
    }
}

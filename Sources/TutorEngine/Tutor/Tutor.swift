import DialogueKit
import Foundation

/// The Socratic tutor: a pure state machine over `TutorSession`.
/// `(session, input, now) -> (session', TutorTurn)`: no I/O, randomness only from the session's seeded generator.
public struct Tutor: Sendable {
    public let content: Content
    public let classifier: Classifier
    public let wording: Wording
    /// Ask for an optional goal when a dialogue starts.
    public var asksForGoal = true
    /// Ask for an optional confidence rating before checkpoint answers.
    public var asksForConfidence = true

    public init(content: Content) {
        self.content = content
        self.classifier = Classifier(concepts: content.concepts, dialogues: content.dialogues)
        self.wording = Wording(content.prompts)
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknownDialogue(String)
        case emptyDialogue(String)
        public var description: String {
            switch self {
            case .unknownDialogue(let id): "There is no dialogue '\(id)'."
            case .emptyDialogue(let id): "The dialogue '\(id)' has no steps."
            }
        }
    }

    /// Starts a dialogue. `mastery` carries the learner's P(L) from earlier dialogues.
    public func start(_ dialogueID: String, mastery: [String: Double] = [:], seed: UInt64,
                      now: Date) throws(Failure) -> (TutorSession, TutorTurn) {
        guard let dialogue = content.dialogue(dialogueID) else { throw .unknownDialogue(dialogueID) }
        guard !dialogue.steps.isEmpty else { throw .emptyDialogue(dialogueID) }
        var known: [String: Double] = [:]
        for skill in dialogue.skills { known[skill.id] = mastery[skill.id] ?? skill.bkt.prior }
        var session = TutorSession(dialogueID: dialogueID, mastery: known, seed: seed, now: now)
        var turn = TutorTurn()
        var values: [String: Any] = [
            "title": dialogue.title, "subject": dialogue.subject, "stepCount": dialogue.steps.count,
        ]
        if let intro = dialogue.intro { values["intro"] = intro }
        turn.events.append(say(.dialogueStart, .dialogueStart, values, &session))
        if asksForGoal {
            session.phase = .awaitingGoal
            turn.events.append(say(.goalRequest, .goalRequest, ["title": dialogue.title], &session))
        } else {
            present(dialogue, &session, &turn, now: now)
        }
        return (session, turn)
    }

    /// Handles one learner input and returns the tutor's reply.
    public func handle(_ input: LearnerInput, session: inout TutorSession, now: Date) -> TutorTurn {
        guard let dialogue = content.dialogue(session.dialogueID) else {
            return TutorTurn(events: [TutorEvent(.unrecognized, "This dialogue is no longer available.")])
        }
        var turn = TutorTurn()
        switch input {
        case .line(let text): line(text, dialogue, &session, &turn, now: now)
        case .hint: hint(dialogue, &session, &turn, now: now)
        case .next: next(dialogue, &session, &turn, now: now)
        case .skip: skip(dialogue, &session, &turn, now: now)
        case .review(let which): review(which, dialogue, &session, &turn)
        case .progress: turn.events.append(progressView(dialogue, &session))
        case .goal(let goal): setGoal(goal, dialogue, &session, &turn, now: now)
        }
        session.lastActiveAt = now
        return turn
    }

    private func line(_ text: String, _ dialogue: Dialogue, _ session: inout TutorSession,
                      _ turn: inout TutorTurn, now: Date) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch session.phase {
        case .awaitingGoal:
            setGoal(trimmed, dialogue, &session, &turn, now: now)
        case .awaitingConfidence:
            if let rating = Int(trimmed), (1...5).contains(rating) {
                let step = dialogue.steps[session.stepIndex]
                session.steps[step.id, default: StepProgress()].confidence = rating
                session.phase = .answering
                turn.events.append(say(.confidenceSet, .confidenceSet, ["confidence": rating], &session))
            } else {
                session.phase = .answering
                answer(text, dialogue, &session, &turn, now: now)
            }
        case .answering where trimmed.isEmpty:
            // An empty line (a stray Enter) is not an answer: show the question again.
            turn.events += recap(session).events
        case .answering:
            answer(text, dialogue, &session, &turn, now: now)
        case .checkingSkip:
            checkSkip(text, dialogue, &session, &turn, now: now)
        case .stepComplete:
            turn.events.append(transition(dialogue, &session))
        case .awaitingReflection:
            session.reflection = trimmed.isEmpty ? nil : trimmed
            session.phase = .finished
            turn.events.append(say(.reflectionThanks, .reflectionThanks, [:], &session))
            finish(dialogue, &session, &turn)
        case .finished:
            finish(dialogue, &session, &turn)
        }
    }

    private func setGoal(_ goal: String, _ dialogue: Dialogue, _ session: inout TutorSession,
                         _ turn: inout TutorTurn, now: Date) {
        let goal = goal.trimmingCharacters(in: .whitespacesAndNewlines)
        let skipping = goal.isEmpty || ["skip", "no", "none", "-"].contains(goal.lowercased())
        if !skipping {
            session.goal = goal
            turn.events.append(say(.goalSet, .goalSet, ["goal": goal], &session))
        }
        if session.phase == .awaitingGoal { present(dialogue, &session, &turn, now: now) }
    }

    // MARK: - Moving through the steps

    /// Poses the current step.
    func present(_ dialogue: Dialogue, _ session: inout TutorSession, _ turn: inout TutorTurn, now: Date) {
        let step = dialogue.steps[session.stepIndex]
        session.stepStartedAt = now
        turn.events.append(say(.question, .question, [
            "text": step.text, "stepNumber": session.stepIndex + 1, "stepCount": dialogue.steps.count,
        ], &session))
        switch step.kind {
        case .info:
            session.steps[step.id, default: StepProgress()].complete = true
            if !session.finished.contains(step.id) { session.finished.append(step.id) }
            session.phase = .stepComplete
            turn.events.append(transition(dialogue, &session))
        case .question:
            if wantsConfidence(step, session.steps[step.id]) {
                session.phase = .awaitingConfidence
                turn.events.append(say(.confidenceRequest, .confidenceRequest, [:], &session))
            } else {
                session.phase = .answering
            }
        }
    }

    /// Whether `step` asks for a confidence rating (1 to 5) that the learner has not given yet.
    func wantsConfidence(_ step: Step, _ progress: StepProgress?) -> Bool {
        asksForConfidence && step.checkpoint?.askConfidence == true && progress?.confidence == nil
    }

    /// The index of the step after the current one, or `nil` at the end.
    func following(_ dialogue: Dialogue, _ session: TutorSession) -> Int? {
        let step = dialogue.steps[session.stepIndex]
        if let next = step.next {
            return next == "end" ? nil : dialogue.stepIndex(next)
        }
        let index = session.stepIndex + 1
        return index < dialogue.steps.count ? index : nil
    }

    /// Moves to the following step, or to the reflection at the end.
    func advance(_ dialogue: Dialogue, _ session: inout TutorSession, _ turn: inout TutorTurn, now: Date) {
        if let index = following(dialogue, session) {
            session.stepIndex = index
            present(dialogue, &session, &turn, now: now)
        } else {
            session.phase = .awaitingReflection
            var values: [String: Any] = ["title": dialogue.title]
            if let reflection = dialogue.reflection { values["text"] = reflection }
            turn.events.append(say(.reflectionRequest, .reflectionRequest, values, &session))
        }
    }

    private func next(_ dialogue: Dialogue, _ session: inout TutorSession, _ turn: inout TutorTurn, now: Date) {
        switch session.phase {
        case .stepComplete:
            advance(dialogue, &session, &turn, now: now)
        case .awaitingGoal:
            setGoal("", dialogue, &session, &turn, now: now)
        case .awaitingReflection, .finished:
            line("", dialogue, &session, &turn, now: now)
        case .answering, .awaitingConfidence, .checkingSkip:
            let step = dialogue.steps[session.stepIndex]
            turn.events.append(say(.nextRefused, .nextRefused, ["text": step.text], &session))
        }
    }

    func transition(_ dialogue: Dialogue, _ session: inout TutorSession) -> TutorEvent {
        let following = following(dialogue, session)
        return say(.transition, .transition, [
            "last": following == nil, "stepNumber": (following ?? 0) + 1, "stepCount": dialogue.steps.count,
        ], &session)
    }

    private func finish(_ dialogue: Dialogue, _ session: inout TutorSession, _ turn: inout TutorTurn) {
        var values: [String: Any] = ["title": dialogue.title]
        if let goal = session.goal { values["goal"] = goal }
        turn.events.append(say(.dialogueComplete, .dialogueComplete, values, &session))
        turn.events.append(progressView(dialogue, &session))
    }

    /// Renders one prompt kind as an event.
    func say(_ kind: PromptKind, _ move: Move, _ values: [String: Any], _ session: inout TutorSession) -> TutorEvent {
        TutorEvent(move, wording.render(kind, values, rng: &session.rng, lastVariant: &session.lastVariant))
    }
}

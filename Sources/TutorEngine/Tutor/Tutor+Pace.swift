import DialogueKit
import Foundation

/// The learner's control of the pace: skipping what they know, reviewing, seeing their progress.
extension Tutor {
    func skip(_ dialogue: Dialogue, _ session: inout TutorSession, _ turn: inout TutorTurn, now: Date) {
        let step = dialogue.steps[session.stepIndex]
        guard step.kind == .question, [.answering, .awaitingConfidence].contains(session.phase) else {
            if session.phase == .stepComplete {
                advance(dialogue, &session, &turn, now: now)
            } else {
                turn.events.append(say(.skipRefused, .skipRefused, ["nothing": true], &session))
            }
            return
        }
        let mastered = Self.skills(of: step, in: dialogue).allSatisfy { Mastery.isMastered(session.mastery[$0] ?? 0) }
        if mastered {
            turn.events.append(say(.skipCheck, .skipCheck, ["mastered": true], &session))
            var progress = session.steps[step.id] ?? StepProgress()
            progress.skipped = true
            progress.observed = true
            markSkipped(step, &progress, &session)
            turn.events.append(say(.skipGranted, .skipGranted, [:], &session))
            advance(dialogue, &session, &turn, now: now)
        } else if let check = step.check {
            session.phase = .checkingSkip
            turn.events.append(say(.skipCheck, .skipCheck, ["text": check.ask], &session))
        } else {
            turn.events.append(say(.skipRefused, .skipRefused, ["noCheck": true], &session))
        }
    }

    func checkSkip(_ text: String, _ dialogue: Dialogue, _ session: inout TutorSession,
                   _ turn: inout TutorTurn, now: Date) {
        let step = dialogue.steps[session.stepIndex]
        var progress = session.steps[step.id] ?? StepProgress()
        let matched = step.check.flatMap { classifier.match($0.answer, in: text, question: $0.ask) }
        if !progress.observed {
            observe(step, dialogue, correct: matched != nil, &session)
            progress.observed = true
        }
        if let why = matched {
            turn.classification = Classification(verdict: .correct, expectations: step.expectations.map(\.id),
                                                 why: "check question: \(why)")
            progress.skipped = true
            progress.credited = true
            markSkipped(step, &progress, &session)
            turn.events.append(say(.skipGranted, .skipGranted, [:], &session))
            advance(dialogue, &session, &turn, now: now)
        } else {
            session.steps[step.id] = progress
            // Back to where /skip left: a learner who had neither answered nor taken a hint was
            // still being asked for their confidence, so the next "4" is a rating, not an answer.
            let stillAsked = wantsConfidence(step, progress) && progress.attempts == 0 && !progress.helped
            session.phase = stillAsked ? .awaitingConfidence : .answering
            turn.events.append(say(.skipRefused, .skipRefused, [:], &session))
            turn.events.append(say(.question, .question, [
                "text": step.text, "stepNumber": session.stepIndex + 1, "stepCount": dialogue.steps.count,
            ], &session))
            if stillAsked { turn.events.append(say(.confidenceRequest, .confidenceRequest, [:], &session)) }
        }
    }

    private func markSkipped(_ step: Step, _ progress: inout StepProgress, _ session: inout TutorSession) {
        progress.complete = true
        progress.covered = step.expectations.map(\.id)
        session.steps[step.id] = progress
        if !session.finished.contains(step.id) { session.finished.append(step.id) }
    }

    /// `/review [STEP]`: a finished step's question, the learner's answer and the summary.
    func review(_ which: String?, _ dialogue: Dialogue, _ session: inout TutorSession, _ turn: inout TutorTurn) {
        let finished = session.finished.compactMap { dialogue.step($0) }.filter { $0.kind == .question }
        let wanted: Step? = switch which {
        case nil: finished.last
        case let text?:
            if let number = Int(text), (1...dialogue.steps.count).contains(number) {
                finished.first { $0.id == dialogue.steps[number - 1].id }
            } else {
                finished.first { $0.id == text }
            }
        }
        guard let step = wanted else {
            let list = finished.compactMap { s in dialogue.stepIndex(s.id).map { "\($0 + 1) (\(s.id))" } }
            var values: [String: Any] = ["missing": true]
            if !list.isEmpty { values["finished"] = list.joined(separator: ", ") }
            turn.events.append(say(.review, .review, values, &session))
            return
        }
        var values: [String: Any] = ["question": step.text]
        if let answer = session.steps[step.id]?.lastAnswer { values["answer"] = answer }
        if let summary = step.summary { values["summary"] = summary }
        turn.events.append(say(.review, .review, values, &session))
    }

    /// The learner's own mastery and progress; never a comparison with others.
    func progressView(_ dialogue: Dialogue, _ session: inout TutorSession) -> TutorEvent {
        let skills: [[String: Any]] = dialogue.skills.map { skill in
            let known = session.mastery[skill.id] ?? skill.bkt.prior
            return ["name": skill.name, "bar": Mastery.bar(known), "percent": Int((known * 100).rounded()),
                    "mastered": Mastery.isMastered(known)]
        }
        var values: [String: Any] = [
            "title": dialogue.title, "skills": skills,
            "stepsDone": session.finished.count, "stepCount": dialogue.steps.count,
        ]
        if let goal = session.goal { values["goal"] = goal }
        let calibration = dialogue.steps.compactMap { step -> String? in
            guard let progress = session.steps[step.id], let confidence = progress.confidence,
                  let verdict = progress.firstVerdict else { return nil }
            let outcome = verdict == .correct ? "right first time" : "not right first time"
            return "  Step \((dialogue.stepIndex(step.id) ?? 0) + 1): you rated your confidence \(confidence)/5 and were \(outcome)."
        }
        if !calibration.isEmpty { values["calibration"] = calibration.joined(separator: "\n") }
        let discussions = dialogue.steps.compactMap { session.steps[$0.id]?.discussion }
        if !discussions.isEmpty { values["discussions"] = discussions.count }
        return say(.progress, .progress, values, &session)
    }
}

import DialogueKit
import Foundation

/// Answers and the hint ladder: AutoTutor's expectation-and-misconception-tailored dialogue.
extension Tutor {
    /// The rungs of the ladder for one expectation: pump, hints, prompts, assertion.
    enum Rung: Equatable {
        case pump
        case hint(String)
        case prompt(Int)
        case assertion
    }

    static func ladder(_ expectation: Expectation) -> [Rung] {
        [.pump] + expectation.hints.map(Rung.hint) + expectation.prompts.indices.map(Rung.prompt) + [.assertion]
    }

    func answer(_ text: String, _ dialogue: Dialogue, _ session: inout TutorSession,
                _ turn: inout TutorTurn, now: Date) {
        let step = dialogue.steps[session.stepIndex]
        var progress = session.steps[step.id] ?? StepProgress()
        progress.attempts += 1
        progress.lastAnswer = text
        defer { session.steps[step.id] = progress }

        var result = classifier.classify(text, dialogue: dialogue.id, step: step.id)
        // A pending prompt is checked first: a one-word answer to it covers its expectation.
        if let pending = progress.pendingPrompt,
           let expectation = step.expectations.first(where: { $0.id == pending.expectation }),
           pending.index < expectation.prompts.count,
           result.verdict != .misconception {
            let prompt = expectation.prompts[pending.index]
            if let why = classifier.match(prompt.answer, in: text, question: prompt.ask) {
                progress.pendingPrompt = nil
                turn.events.append(say(.promptCompletion, .promptCompletion,
                                       ["text": prompt.completion ?? expectation.assertion], &session))
                let covered = Set(result.expectations).union([expectation.id])
                result.expectations = step.expectations.map(\.id).filter { covered.contains($0) }
                result.verdict = result.expectations.count == step.expectations.count ? .correct : .partial
                result.why = "prompt for \(expectation.id): \(why); " + result.why
            }
        }
        // After a doubted reason: a next answer that states an idea the tutor knows earns what
        // the doubted answer stated.
        if let held = progress.held, !held.isEmpty {
            progress.held = nil
            if result.doubted == nil, result.verdict != .misconception,
               !result.expectations.isEmpty || classifier.statesKnownIdea(text, dialogue: dialogue.id) {
                let covered = Set(result.expectations).union(held)
                result.expectations = step.expectations.map(\.id).filter { covered.contains($0) }
                result.verdict = result.expectations.count == step.expectations.count ? .correct : .partial
                result.why = "the reason asked for after a doubt; credited \(held.joined(separator: ", ")); " + result.why
            }
        }
        turn.classification = result
        // Progress is an expectation newly credited; anything else is one more answer without it.
        let credited = Set(result.expectations).subtracting(progress.covered)
        let progressed = [.correct, .partial].contains(result.verdict) && !credited.isEmpty
        progress.stalled = progressed ? 0 : (progress.stalled ?? 0) + 1
        if progress.firstVerdict == nil { progress.firstVerdict = result.verdict }
        if !progress.observed {
            observe(step, dialogue, correct: result.verdict == .correct && !progress.helped, &session)
            progress.observed = true
        }

        switch result.verdict {
        case .misconception:
            let id = result.misconception ?? ""
            progress.pendingPrompt = nil
            progress.lastMisconception = id
            progress.misconceptions[id, default: 0] += 1
            let misconception = step.misconceptions.first { $0.id == id }
            switch (progress.misconceptions[id] ?? 1, misconception) {
            case (1, let m?):
                turn.events.append(say(.remediation, .remediation, ["text": m.remediation], &session))
            case (2, let m?) where m.explanation != nil:
                turn.events.append(say(.explanation, .explanation, ["text": m.explanation ?? ""], &session))
            default:
                climb(step, dialogue, skipPump: true, &progress, &session, &turn, now: now)
            }
        case .correct, .partial:
            let before = Set(progress.covered)
            let newly = result.expectations.filter { !before.contains($0) }
            progress.covered = step.expectations.map(\.id).filter { before.contains($0) || newly.contains($0) }
            if progress.covered.count == step.expectations.count {
                if progress.asserted.isEmpty { progress.credited = true }
                turn.events.append(say(.positiveFeedback, .positiveFeedback, [:], &session))
                complete(step, dialogue, &progress, &session, &turn)
            } else if !newly.isEmpty {
                turn.events.append(say(.partialFeedback, .partialFeedback, [:], &session))
                climb(step, dialogue, skipPump: false, probing: result.named, &progress, &session, &turn, now: now)
            } else {
                climb(step, dialogue, skipPump: false, probing: result.named, &progress, &session, &turn, now: now)
            }
        case .vague where result.doubted != nil:
            // A right result on a doubted reason or false working: ask about that part, never praise.
            progress.held = result.held
            turn.events.append(say(.doubt, .pump, ["part": result.doubted ?? ""], &session))
        case .vague:
            // The answer names the idea's key words without stating it: ask for the idea, never praise.
            climb(step, dialogue, skipPump: false, probing: result.named, &progress, &session, &turn, now: now)
        case .dontKnow:
            turn.events.append(say(.dontKnow, .dontKnow, [:], &session))
            climb(step, dialogue, skipPump: true, &progress, &session, &turn, now: now)
        case .unrecognized:
            turn.events.append(say(.unrecognized, .unrecognized, [:], &session))
            climb(step, dialogue, skipPump: false, &progress, &session, &turn, now: now)
        }
    }

    /// `/hint`: one rung up the ladder, on demand.
    func hint(_ dialogue: Dialogue, _ session: inout TutorSession, _ turn: inout TutorTurn, now: Date) {
        let step = dialogue.steps[session.stepIndex]
        switch session.phase {
        case .answering, .awaitingConfidence where step.kind == .question:
            session.phase = .answering
            var progress = session.steps[step.id] ?? StepProgress()
            climb(step, dialogue, skipPump: true, &progress, &session, &turn, now: now)
            session.steps[step.id] = progress
        case .stepComplete:
            turn.events.append(transition(dialogue, &session))
        default:
            turn.events.append(say(.nextRefused, .nextRefused, ["text": step.text], &session))
        }
    }

    /// Gives the next rung for the first expectation not yet covered; with `probing`, the first
    /// of those the answer named, whose pump is then its `probe` (it asks for the idea).
    func climb(_ step: Step, _ dialogue: Dialogue, skipPump: Bool, probing: [String] = [], _ progress: inout StepProgress,
               _ session: inout TutorSession, _ turn: inout TutorTurn, now: Date) {
        let open = step.expectations.filter { !progress.covered.contains($0.id) }
        guard let target = open.first(where: { probing.contains($0.id) }) ?? open.first else {
            complete(step, dialogue, &progress, &session, &turn)
            return
        }
        let rungs = Self.ladder(target)
        var index = progress.rung[target.id] ?? 0
        if skipPump, rungs[index] == .pump { index += 1 }
        index = min(index, rungs.count - 1)
        progress.rung[target.id] = index + 1
        progress.pendingPrompt = nil
        switch rungs[index] {
        case .pump:
            let pumps = step.pumps
            if probing.contains(target.id), let probe = target.probe {
                turn.events.append(TutorEvent(.pump, probe))
            } else if pumps.isEmpty {
                turn.events.append(say(.pump, .pump, [:], &session))
            } else {
                let pick = Int(session.rng.next() % UInt64(pumps.count))
                turn.events.append(TutorEvent(.pump, pumps[pick]))
            }
        case .hint(let text):
            progress.helped = true
            turn.events.append(say(.hint, .hint, ["text": text], &session))
        case .prompt(let i):
            progress.helped = true
            progress.pendingPrompt = .init(expectation: target.id, index: i)
            turn.events.append(say(.prompt, .prompt, ["text": target.prompts[i].ask], &session))
        case .assertion:
            progress.helped = true
            progress.covered = step.expectations.map(\.id).filter { progress.covered.contains($0) || $0 == target.id }
            progress.asserted.append(target.id)
            turn.events.append(say(.assertion, .assertion, ["text": target.assertion], &session))
            if progress.covered.count == step.expectations.count {
                complete(step, dialogue, &progress, &session, &turn)
            } else {
                climb(step, dialogue, skipPump: false, &progress, &session, &turn, now: now)
            }
        }
    }

    /// Closes a step: summary, checkpoint, and the way on.
    func complete(_ step: Step, _ dialogue: Dialogue, _ progress: inout StepProgress,
                  _ session: inout TutorSession, _ turn: inout TutorTurn) {
        if !progress.observed {
            observe(step, dialogue, correct: false, &session)
            progress.observed = true
        }
        progress.complete = true
        progress.pendingPrompt = nil
        if !session.finished.contains(step.id) { session.finished.append(step.id) }
        session.phase = .stepComplete
        let summary = step.summary ?? step.expectations.map(\.assertion).joined(separator: " ")
        turn.events.append(TutorEvent(.summary, summary))
        if let checkpoint = step.checkpoint {
            turn.checkpoint = checkpoint.discussion
            turn.events.append(say(.checkpoint, .checkpoint, ["discussion": checkpoint.discussion], &session))
        }
        turn.events.append(transition(dialogue, &session))
    }

    /// One BKT observation for each skill the step practises.
    func observe(_ step: Step, _ dialogue: Dialogue, correct: Bool, _ session: inout TutorSession) {
        for id in Self.skills(of: step, in: dialogue) {
            let parameters = dialogue.skill(id)?.bkt ?? .default
            let known = session.mastery[id] ?? parameters.prior
            session.mastery[id] = Mastery.update(known, correct: correct, parameters)
        }
    }

    static func skills(of step: Step, in dialogue: Dialogue) -> [String] {
        step.skills.isEmpty ? Array(dialogue.skills.prefix(1).map(\.id)) : step.skills
    }
}

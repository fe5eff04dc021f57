import DialogueKit
import TextAnalysis

/// Classifies learners' answers against a step's expectations and misconceptions.
///
/// Every step's detectors are compiled once in `init`; `classify` analyzes the answer once
/// (tokens, stems, negation, numbers) and evaluates misconceptions first: an answer that
/// shows a misconception is never `correct`. See Dialogues/README.md, "Detectors".
public struct Classifier: Sendable {
    let concepts: ConceptSets
    let steps: [String: [String: CompiledStep]]
    let dontKnow: CompiledStep
    /// Every pattern word of every step and concept set.
    let vocabulary: Vocabulary
    /// Per dialogue, every expectation of every step: what counts as a reason the tutor knows.
    let grounds: [String: CompiledGrounds]

    public init(concepts: ConceptSets, dialogues: [Dialogue]) {
        self.concepts = concepts
        var steps: [String: [String: CompiledStep]] = [:]
        var vocabulary = Vocabulary()
        var grounds: [String: CompiledGrounds] = [:]
        for dialogue in dialogues {
            var byID: [String: CompiledStep] = [:]
            // Question steps, and each checkpoint's discussion under `STEPID#discussion`.
            let questions = dialogue.steps.filter({ $0.kind == .question }) + dialogue.discussionSteps
            for step in questions {
                let compiled = CompiledStep(step, concepts: concepts)
                vocabulary.add(compiled.program)
                byID[step.id] = compiled
            }
            steps[dialogue.id] = byID
            grounds[dialogue.id] = CompiledGrounds(questions, concepts: concepts)
        }
        self.grounds = grounds
        var all = DetectorCompiler(concepts: concepts)
        for name in concepts.sets.keys.sorted() { _ = all.compileConcept(name) }
        vocabulary.add(all.program)
        self.steps = steps
        self.dontKnow = CompiledStep.dontKnow(concepts: concepts)
        vocabulary.add(dontKnow.program)
        self.vocabulary = vocabulary
    }

    /// Classifies an answer to a step compiled in `init`.
    public func classify(_ answer: String, dialogue: String, step: String) -> Classification {
        guard let compiled = steps[dialogue]?[step] else {
            return Classification(verdict: .unrecognized, why: "no question step \(step) in dialogue \(dialogue)")
        }
        // A room's lines are talk, not a learner's answer: the facilitator has no doubt move.
        return classify(answer, compiled, grounds: step.hasSuffix(Discussion.suffix) ? nil : grounds[dialogue])
    }

    /// Whether the answer states any expectation of any step of the dialogue: an idea the
    /// tutor knows, as a reason offered after the tutor doubted one.
    public func statesKnownIdea(_ answer: String, dialogue: String) -> Bool {
        guard let grounds = grounds[dialogue] else { return false }
        let text = AnalyzedText(answer)
        let evaluation = DetectorEvaluation(text: text, program: grounds.program, question: [], answer: answer,
                                            vocabulary: vocabulary)
        return grounds.detectors.contains { !evaluation.evaluate($0).isEmpty }
    }

    /// Classifies a line of the group discussion at the checkpoint step `checkpoint` against the
    /// discussion's own detectors; `nil` when that discussion has none (a plain question).
    public func classify(_ answer: String, dialogue: String, discussionAt checkpoint: String) -> Classification? {
        guard let compiled = steps[dialogue]?[Discussion.stepID(checkpoint)] else { return nil }
        return classify(answer, compiled)
    }

    /// Classifies an answer to any step; a step not compiled in `init` is compiled now.
    public func classify(_ answer: String, step: Step) -> Classification {
        for dialogueSteps in steps.values {
            if let compiled = dialogueSteps[step.id], compiled.step == step { return classify(answer, compiled) }
        }
        return classify(answer, CompiledStep(step, concepts: concepts))
    }

    /// Whether one detector (a prompt's or check question's answer) matches; returns the "why" text when it does.
    public func match(_ detector: Detector, in answer: String, question: String) -> String? {
        var compiler = DetectorCompiler(concepts: concepts)
        let node = compiler.compile(detector)
        let text = AnalyzedText(answer)
        let evaluation = DetectorEvaluation(text: text, program: compiler.program,
                                            question: AnalyzedText(question).numbers, answer: answer,
                                            vocabulary: vocabulary)
        guard let hit = evaluation.evaluate(node).first else { return nil }
        return "\(node.describe(compiler.program)) matched \(Classifier.quote(hit, in: text))"
    }

    // MARK: The verdict

    func classify(_ answer: String, _ step: CompiledStep, grounds: CompiledGrounds? = nil) -> Classification {
        let text = AnalyzedText(answer)
        if text.tokens.isEmpty && text.normalized.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
            return Classification(verdict: .unrecognized, why: "empty answer")
        }
        let evaluation = DetectorEvaluation(text: text, program: step.program, question: step.questionNumbers,
                                            answer: answer, vocabulary: vocabulary)
        var reasons: [String] = []
        var misconception: String?
        for item in step.misconceptions {
            if let hit = evaluation.evaluate(item.detector).first {
                misconception = item.id
                reasons.append("misconception \(item.id): \(item.description) matched \(Classifier.quote(hit, in: text))")
                break
            }
        }
        var covered: [String] = []
        var named: [String] = []
        for item in step.expectations {
            if let hit = evaluation.evaluate(item.detector).first {
                covered.append(item.id)
                reasons.append("expectation \(item.id): \(item.description) matched \(Classifier.quote(hit, in: text))")
            } else if let keywords = item.keywords, let hit = evaluation.evaluate(keywords).first {
                named.append(item.id)
                reasons.append("expectation \(item.id): not matched, but its key words \(keywords.describe(step.program)) "
                               + "matched \(Classifier.quote(hit, in: text))")
            } else {
                reasons.append("expectation \(item.id): not matched")
            }
        }
        if let misconception {
            return Classification(verdict: .misconception, misconception: misconception, expectations: covered,
                                  named: named, why: reasons.joined(separator: "; "))
        }
        if !covered.isEmpty, let doubt = doubt(text, answer: answer, grounds: grounds, step: step, evaluation: evaluation) {
            // A right result on a reason nobody taught, or on false working: ask, never praise.
            reasons.append("not credited: \(doubt.why) \"\(doubt.part)\"")
            return Classification(verdict: .vague, named: named, held: covered, doubted: doubt.part,
                                  why: reasons.joined(separator: "; "))
        }
        if !covered.isEmpty {
            let verdict: Verdict = covered.count == step.expectations.count ? .correct : .partial
            return Classification(verdict: verdict, expectations: covered, named: named, why: reasons.joined(separator: "; "))
        }
        if !named.isEmpty {
            return Classification(verdict: .vague, named: named, why: reasons.joined(separator: "; "))
        }
        let dontKnowEvaluation = DetectorEvaluation(text: text, program: dontKnow.program, question: [], answer: answer,
                                                    vocabulary: vocabulary)
        if let item = dontKnow.expectations.first, case .any(let parts) = item.detector {
            for part in parts {
                guard let hit = dontKnowEvaluation.evaluate(part).first else { continue }
                reasons.append("dont-know: \(part.describe(dontKnow.program)) matched \(Classifier.quote(hit, in: text))")
                return Classification(verdict: .dontKnow, why: reasons.joined(separator: "; "))
            }
        }
        reasons.append("no misconception matched")
        return Classification(verdict: .unrecognized, why: reasons.joined(separator: "; "))
    }

    /// The first part of the answer the tutor cannot vouch for: a false equation ("1/2 = 2/6"),
    /// or a reason (after `because`, `cos`, `since`) that states no expectation of any step of
    /// the dialogue ("... because they are both round balls").
    func doubt(_ text: AnalyzedText, answer: String, grounds: CompiledGrounds?, step: CompiledStep,
               evaluation own: DetectorEvaluation) -> (part: String, why: String)? {
        guard let grounds else { return nil }
        if let wrong = text.falseEquations.first {
            return (text.text(wrong.lo, wrong.hi), "the working is false:")
        }
        var open = text.reasons
        guard !open.isEmpty else { return nil }
        // A known idea states the reason when one of its own words (the first or last of a match)
        // is a content word of the reason, or when it spans the reason ("1/2 because it is cut into
        // fewer slices so they are bigger"); a match that only reaches the reason's "they" does not.
        func settle(_ hits: [Hit]) {
            open.removeAll { reason in
                hits.contains { hit in
                    !hit.isGlobal && ((Int(hit.lo) < reason.lo && Int(hit.hi) > reason.hi)
                        || [Int(hit.lo), Int(hit.hi)].contains { reason.lo <= $0 && $0 <= reason.hi && text.tokens[$0].isContent })
                }
            }
        }
        // The step's own expectations first: their words are already matched.
        for item in step.expectations where !open.isEmpty { settle(own.evaluate(item.detector, all: true)) }
        guard !open.isEmpty else { return nil }
        let evaluation = DetectorEvaluation(text: text, program: grounds.program, question: [], answer: answer,
                                            vocabulary: vocabulary)
        for detector in grounds.detectors where !open.isEmpty { settle(evaluation.evaluate(detector, all: true)) }
        // A reason that denies a misconception ("cos the bulb doesn't use up current") states a known
        // idea too; only a reason with a negated word can.
        if open.contains(where: { reason in (reason.lo...reason.hi).contains { text.tokens[$0].negatedBy >= 0 } }) {
            let denials = DetectorEvaluation(text: text.withoutNegation, program: grounds.program, question: [], answer: answer,
                                             vocabulary: vocabulary)
            for detector in grounds.misconceptions where !open.isEmpty {
                // Denied by a negator before the match ("doesn't use up current"); a misconception
                // that is itself negative ("there is no gravity") asserted is not a denial.
                settle(denials.evaluate(detector, all: true).filter {
                    !$0.isGlobal && text.isNegated(Int($0.lo), Int($0.hi), before: Int($0.lo))
                })
            }
        }
        guard let reason = open.first else { return nil }
        return (text.text(reason.lo, reason.hi), "no step's expectation states the reason")
    }

    static func quote(_ hit: Hit, in text: AnalyzedText) -> String {
        hit.isGlobal ? "the answer" : "\"\(text.text(Int(hit.lo), Int(hit.hi)))\""
    }
}

/// Every expectation and misconception of a dialogue's steps (and discussions) in one program:
/// the ideas the tutor can recognise in a reason.
struct CompiledGrounds: Sendable {
    let program: DetectorProgram
    let detectors: [CompiledDetector]
    /// Every misconception: a reason may deny one.
    let misconceptions: [CompiledDetector]

    init(_ steps: [Step], concepts: ConceptSets) {
        var compiler = DetectorCompiler(concepts: concepts)
        detectors = steps.flatMap(\.expectations).map { compiler.compile($0.match) }
        misconceptions = steps.flatMap(\.misconceptions).map { compiler.compile($0.match) }
        program = compiler.program
    }
}

/// A step's detectors, compiled.
struct CompiledStep: Sendable {
    struct Item: Sendable {
        var id: String
        var detector: CompiledDetector
        var description: String
        /// For an expectation: the words that name it without stating it.
        var keywords: CompiledDetector? = nil
    }

    let step: Step
    let program: DetectorProgram
    let misconceptions: [Item]
    let expectations: [Item]
    let questionNumbers: [NumberMention]

    init(_ step: Step, concepts: ConceptSets) {
        var compiler = DetectorCompiler(concepts: concepts)
        var misconceptions: [Item] = []
        for m in step.misconceptions {
            let node = compiler.compile(m.match)
            misconceptions.append(Item(id: m.id, detector: node, description: ""))
        }
        var expectations: [Item] = []
        for e in step.expectations {
            let node = compiler.compile(e.match)
            expectations.append(Item(id: e.id, detector: node, description: "", keywords: e.keywords.map { compiler.compile($0) }))
        }
        let program = compiler.program
        self.misconceptions = misconceptions.map { Item(id: $0.id, detector: $0.detector, description: $0.detector.describe(program)) }
        self.expectations = expectations.map {
            Item(id: $0.id, detector: $0.detector, description: $0.detector.describe(program), keywords: $0.keywords)
        }
        self.program = program
        self.step = step
        self.questionNumbers = AnalyzedText(step.text).numbers
    }

    private init(program: DetectorProgram, detector: CompiledDetector) {
        step = Step(id: "dont-know", text: "", source: .unknown)
        self.program = program
        misconceptions = []
        expectations = [Item(id: "dont-know", detector: detector, description: detector.describe(program))]
        questionNumbers = []
    }

    /// Built-in "I don't know" phrasings, merged with a `dont-know` concept set when there is one.
    static let builtInDontKnow = [
        "i do not know", "do not know", "no idea", "not sure", "no clue", "not a clue", "i have no idea", "do not understand",
        "i give up", "do not get it", "i am lost", "i am confused", "no idea at all", "beats me", "unsure",
        "not certain", "can not remember", "forgot", "no clue", "clueless", "i am stuck",
        "not really sure", "do not remember", "no freaking idea",
    ]
    /// Words that say "I don't know" only when they are (nearly) the whole answer.
    static let builtInWholeAnswer = ["help", "help me", "need help", "need (a) hint", "pass", "skip", "confused", "lost", "what", "huh", "hint",
                                     "stuck"]

    static func dontKnow(concepts: ConceptSets) -> CompiledStep {
        var compiler = DetectorCompiler(concepts: concepts)
        compiler.exactSingleWords = true
        compiler.allWords = true
        var parts: [CompiledDetector] = builtInDontKnow.map { compiler.compilePhrase($0) }
        compiler.allWords = false
        parts += builtInWholeAnswer.map { compiler.compilePhrase($0, whole: true) }
        parts.append(compiler.compilePhrase("?"))
        if concepts["dont-know"] != nil { parts.append(compiler.compileConcept("dont-know")) }
        return CompiledStep(program: compiler.program, detector: .any(parts))
    }
}

/// A Socratic dialogue as authored in `Dialogues/ID.yaml`, after loading and validation.
public struct Dialogue: Sendable, Equatable {
    public var id: String
    public var title: String
    public var subject: String
    /// Shown once when the dialogue starts (optional).
    public var intro: String?
    public var skills: [Skill]
    public var steps: [Step]
    /// Asked when the learner finishes the dialogue; `nil` uses the default from Prompts/.
    public var reflection: String?
    /// Where the dialogue came from, for error messages.
    public var source: SourceLocation

    public init(id: String, title: String, subject: String, intro: String? = nil, skills: [Skill],
                steps: [Step], reflection: String? = nil, source: SourceLocation) {
        self.id = id; self.title = title; self.subject = subject; self.intro = intro
        self.skills = skills; self.steps = steps; self.reflection = reflection; self.source = source
    }

    public func step(_ id: String) -> Step? { steps.first { $0.id == id } }
    public func stepIndex(_ id: String) -> Int? { steps.firstIndex { $0.id == id } }
    public var firstQuestion: Step? { steps.first { $0.kind == .question } }
    public func skill(_ id: String) -> Skill? { skills.first { $0.id == id } }
}

/// A skill a dialogue teaches, with its Bayesian Knowledge Tracing parameters.
public struct Skill: Sendable, Equatable {
    public var id: String
    public var name: String
    public var bkt: BKTParameters
    public init(id: String, name: String, bkt: BKTParameters = .default) {
        self.id = id; self.name = name; self.bkt = bkt
    }
}

/// Bayesian Knowledge Tracing parameters (Corbett & Anderson, 1995).
public struct BKTParameters: Sendable, Equatable, Codable {
    /// P(L0): probability the skill is known before the first opportunity.
    public var prior: Double
    /// P(T): probability of learning the skill at each opportunity.
    public var learn: Double
    /// P(G): probability of a correct answer without knowing the skill.
    public var guess: Double
    /// P(S): probability of a wrong answer despite knowing the skill.
    public var slip: Double

    public init(prior: Double, learn: Double, guess: Double, slip: Double) {
        self.prior = prior; self.learn = learn; self.guess = guess; self.slip = slip
    }

    /// Documented in Dialogues/README.md; change both together.
    public static let `default` = BKTParameters(prior: 0.3, learn: 0.2, guess: 0.2, slip: 0.1)
    /// P(L) at or above which a skill counts as mastered.
    public static let masteryThreshold = 0.95
}

/// One step of a dialogue.
public struct Step: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// The tutor asks and classifies answers.
        case question
        /// The tutor says something; the learner continues with /next.
        case info
    }

    public var id: String
    public var kind: Kind
    /// For `question`: the question. For `info`: the text shown.
    public var text: String
    /// Skills practised by this step (defaults to the dialogue's first skill).
    public var skills: [String]
    public var expectations: [Expectation]
    public var misconceptions: [Misconception]
    /// Step-specific pumps ("What else?"); empty uses the variants in Prompts/pump.mustache.
    public var pumps: [String]
    /// The closing summary once the step is complete.
    public var summary: String?
    /// A check question that lets a learner who already knows this skip ahead with /skip.
    public var check: CheckQuestion?
    /// Marks a progress point where group rooms form.
    public var checkpoint: Checkpoint?
    /// The id of the step that follows; `nil` means the next one in the file, `"end"` ends the dialogue.
    public var next: String?
    public var source: SourceLocation

    public init(id: String, kind: Kind = .question, text: String, skills: [String] = [],
                expectations: [Expectation] = [], misconceptions: [Misconception] = [],
                pumps: [String] = [], summary: String? = nil, check: CheckQuestion? = nil,
                checkpoint: Checkpoint? = nil, next: String? = nil, source: SourceLocation) {
        self.id = id; self.kind = kind; self.text = text; self.skills = skills
        self.expectations = expectations; self.misconceptions = misconceptions; self.pumps = pumps
        self.summary = summary; self.check = check; self.checkpoint = checkpoint; self.next = next
        self.source = source
    }
}

/// An idea a complete answer covers.
public struct Expectation: Sendable, Equatable {
    public var id: String
    /// What covers this expectation.
    public var match: Detector
    /// Hints for this expectation, climbed in order.
    public var hints: [String]
    /// Prompts: questions whose answer is a single word or number.
    public var prompts: [Prompt]
    /// The tutor's statement of the expectation, used when the ladder runs out.
    public var assertion: String
    /// Words that name the idea without stating it ("axis", "friction"): an answer that has them
    /// but does not match is `vague`, and the tutor asks for the idea (`probe`) instead of praising.
    public var keywords: Detector?
    /// The pump that asks for the idea when the answer only names it ("What does the tilt do?").
    public var probe: String?
    public var source: SourceLocation

    public init(id: String, match: Detector, hints: [String] = [], prompts: [Prompt] = [],
                assertion: String, keywords: Detector? = nil, probe: String? = nil, source: SourceLocation) {
        self.id = id; self.match = match; self.hints = hints; self.prompts = prompts
        self.assertion = assertion; self.keywords = keywords; self.probe = probe; self.source = source
    }
}

/// A question whose answer is a single word or number, that leads to an expectation.
public struct Prompt: Sendable, Equatable {
    public var ask: String
    public var answer: Detector
    /// Said when the prompt is answered correctly (optional; defaults from Prompts/).
    public var completion: String?
    public init(ask: String, answer: Detector, completion: String? = nil) {
        self.ask = ask; self.answer = answer; self.completion = completion
    }
}

/// A known misconception, how to detect it, where it is documented and how to remediate it.
public struct Misconception: Sendable, Equatable {
    public var id: String
    public var match: Detector
    /// The study or teaching resource that documents the misconception.
    public var source: String
    /// A Socratic question that makes the learner test their own idea.
    public var remediation: String
    /// Said if the misconception comes back after the remediation (optional).
    public var explanation: String?
    public var location: SourceLocation

    public init(id: String, match: Detector, source: String, remediation: String,
                explanation: String? = nil, location: SourceLocation) {
        self.id = id; self.match = match; self.source = source; self.remediation = remediation
        self.explanation = explanation; self.location = location
    }
}

/// The check question of a step, answered to skip it.
public struct CheckQuestion: Sendable, Equatable {
    public var ask: String
    public var answer: Detector
    public init(ask: String, answer: Detector) { self.ask = ask; self.answer = answer }
}

/// A progress point: learners who reach it may be grouped for a discussion.
public struct Checkpoint: Sendable, Equatable {
    /// The question the group discusses, with what a good answer covers when the author wrote it.
    public var question: Discussion
    /// Whether the learner is asked for a confidence rating (1 to 5) before answering.
    public var askConfidence: Bool
    /// The discussion question's text.
    public var discussion: String {
        get { question.text }
        set { question.text = newValue }
    }
    /// A checkpoint whose discussion is only a question (no detectors).
    public init(discussion: String, askConfidence: Bool = true) {
        self.init(question: Discussion(text: discussion), askConfidence: askConfidence)
    }
    public init(question: Discussion, askConfidence: Bool = true) {
        self.question = question; self.askConfidence = askConfidence
    }
}

/// A position in an authored file, 1-based.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file; self.line = line; self.column = column
    }
    public var description: String { "\(file):\(line):\(column)" }
    public static let unknown = SourceLocation(file: "<memory>")
}

/// Dialogue tests as data, from `Dialogues/ID.tests.yaml` beside the dialogue.
public struct DialogueTests: Sendable, Equatable {
    public var dialogueID: String
    public var examples: [ExampleAnswer]
    public var conversations: [Conversation]
    public var source: SourceLocation
    public init(dialogueID: String, examples: [ExampleAnswer], conversations: [Conversation],
                source: SourceLocation) {
        self.dialogueID = dialogueID; self.examples = examples; self.conversations = conversations
        self.source = source
    }
}

/// An example answer with the verdict the classifier must give.
public struct ExampleAnswer: Sendable, Equatable {
    /// `nil` means the dialogue's first question step.
    public var step: String?
    /// The checkpoint step whose discussion question this answers (`discussion: STEPID`), instead of `step`.
    public var discussion: String?
    public var answer: String
    /// `correct`, `partial`, `misconception`, `dont-know` or `unrecognized`.
    public var verdict: String
    /// Required when the verdict is `misconception`.
    public var misconception: String?
    /// When given, exactly these expectations must be covered.
    public var expectations: [String]?
    /// A near-miss: a wrong answer that reuses this expectation's words; it must not cover it
    /// (and its verdict is never `correct`).
    public var nearMiss: String?
    /// When given, exactly these expectations must be named without being covered (`vague`).
    public var named: [String]?
    public var source: SourceLocation
    public init(step: String?, discussion: String? = nil, answer: String, verdict: String, misconception: String? = nil,
                expectations: [String]? = nil, nearMiss: String? = nil, named: [String]? = nil,
                source: SourceLocation) {
        self.step = step; self.discussion = discussion; self.answer = answer; self.verdict = verdict
        self.misconception = misconception; self.expectations = expectations
        self.nearMiss = nearMiss; self.named = named; self.source = source
    }
}

/// A scripted conversation: what the learner types and the tutor moves expected in reply.
public struct Conversation: Sendable, Equatable {
    public var name: String
    public var seed: UInt64
    public var turns: [Turn]
    public var source: SourceLocation
    public init(name: String, seed: UInt64, turns: [Turn], source: SourceLocation) {
        self.name = name; self.seed = seed; self.turns = turns; self.source = source
    }

    public struct Turn: Sendable, Equatable {
        /// A line as a learner types it: an answer, or a command such as `/hint`.
        public var say: String
        /// The reply must contain one of these moves (a list means any of these).
        public var expect: [String]
        /// Optional: text the reply must contain (ignoring case), such as the words of a hint.
        public var says: String?
        public var source: SourceLocation
        public init(say: String, expect: [String], says: String? = nil, source: SourceLocation) {
            self.say = say; self.expect = expect; self.says = says; self.source = source
        }
    }
}

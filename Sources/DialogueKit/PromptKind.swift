/// The tutor's own wording: one Mustache file per kind in Prompts/, `KIND.mustache`,
/// with variants separated by a line holding only `---`.
///
/// The variables a kind may use are declared here, once; `lyceum check` reports any other.
public enum PromptKind: String, Sendable, CaseIterable {
    case dialogueStart = "dialogue-start"
    case goalRequest = "goal-request"
    case goalSet = "goal-set"
    case question
    case positiveFeedback = "positive-feedback"
    case partialFeedback = "partial-feedback"
    case pump
    /// The tutor doubts part of an answer whose result is right: a reason it does not know, or false working.
    case doubt
    case hint
    case prompt
    case promptCompletion = "prompt-completion"
    case assertion
    case remediation
    case explanation
    case dontKnow = "dont-know"
    case unrecognized
    case transition
    case nextRefused = "next-refused"
    case checkpoint
    case confidenceRequest = "confidence-request"
    case confidenceSet = "confidence-set"
    case skipCheck = "skip-check"
    case skipGranted = "skip-granted"
    case skipRefused = "skip-refused"
    case review
    case reflectionRequest = "reflection-request"
    case reflectionThanks = "reflection-thanks"
    case dialogueComplete = "dialogue-complete"
    case progress

    /// Variables (and section names) this kind's templates may use.
    public var variables: Set<String> {
        switch self {
        case .dialogueStart: ["title", "subject", "intro", "stepCount"]
        case .goalRequest: ["title"]
        case .goalSet: ["goal"]
        case .question: ["text", "stepNumber", "stepCount"]
        case .positiveFeedback, .partialFeedback, .pump, .dontKnow, .unrecognized,
             .confidenceRequest, .skipGranted, .reflectionThanks:
            []
        case .hint, .prompt, .promptCompletion, .assertion, .remediation, .explanation: ["text"]
        case .transition: ["stepNumber", "stepCount", "last"]
        case .nextRefused: ["text"]
        case .doubt: ["part"]
        case .checkpoint: ["discussion"]
        case .confidenceSet: ["confidence"]
        case .skipCheck: ["text", "mastered"]
        case .review: ["question", "answer", "summary", "missing", "finished"]
        case .skipRefused: ["noCheck", "nothing"]
        case .reflectionRequest: ["text", "title"]
        case .dialogueComplete: ["title", "goal"]
        case .progress: ["title", "goal", "skills", "name", "bar", "percent", "mastered",
                         "stepsDone", "stepCount", "calibration", "discussions"]
        }
    }

    /// Kinds whose variants keep the tutor from repeating itself: at least three each.
    public var minimumVariants: Int {
        switch self {
        case .positiveFeedback, .partialFeedback, .pump, .transition, .doubt: 3
        default: 1
        }
    }
}

/// One template variant: its text and where it starts.
public struct PromptVariant: Sendable, Equatable {
    public var template: String
    public var source: SourceLocation
    public init(template: String, source: SourceLocation) { self.template = template; self.source = source }
}

/// The loaded Prompts/ directory.
public struct PromptLibrary: Sendable, Equatable {
    public var variants: [PromptKind: [PromptVariant]]
    public init(_ variants: [PromptKind: [PromptVariant]] = [:]) { self.variants = variants }
    public subscript(kind: PromptKind) -> [PromptVariant] { variants[kind] ?? [] }
}

/// A tutor move: what kind of thing the tutor says. Dialogue tests (`expect:`) name these;
/// it lives here, beside the model, so the loader can check those names.
public enum Move: String, Sendable, Codable, CaseIterable {
    case dialogueStart = "dialogue-start"
    case goalRequest = "goal-request"
    case goalSet = "goal-set"
    case question
    case positiveFeedback = "positive-feedback"
    case partialFeedback = "partial-feedback"
    case pump, hint, prompt
    case promptCompletion = "prompt-completion"
    case assertion, remediation, explanation
    case dontKnow = "dont-know"
    case unrecognized, summary, transition
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
}

/// The tutor moves a scripted conversation may expect (`expect:` in `ID.tests.yaml`),
/// as listed at the end of Dialogues/README.md.
public let knownMoves: [String] = [
    "dialogue-start", "goal-request", "goal-set", "question",
    "positive-feedback", "partial-feedback", "pump", "hint", "prompt", "prompt-completion",
    "assertion", "remediation", "explanation", "dont-know", "unrecognized", "summary",
    "transition", "next-refused", "checkpoint", "confidence-request", "confidence-set",
    "skip-check", "skip-granted", "skip-refused", "review", "reflection-request",
    "reflection-thanks", "dialogue-complete", "progress",
]

/// The verdicts an example answer may expect (`verdict:` in `ID.tests.yaml`).
public let knownVerdicts: [String] = ["correct", "partial", "misconception", "dont-know", "unrecognized"]

/// The tutor moves a scripted conversation may expect (`expect:` in `ID.tests.yaml`),
/// as listed at the end of Dialogues/README.md.
public let knownMoves: [String] = Move.allCases.map(\.rawValue)

/// The verdicts an example answer may expect (`verdict:` in `ID.tests.yaml`).
public let knownVerdicts: [String] = ["correct", "partial", "misconception", "vague", "dont-know", "unrecognized"]

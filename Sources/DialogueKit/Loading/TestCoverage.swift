/// How well a dialogue's tests cover it: `lyceum check` requires near-misses for every
/// expectation (an authoring gate; loading content for a server does not require them) and
/// reports how many examples each step has.
public enum TestCoverage {
    /// Near-misses each expectation needs in the tests file (wrong answers that reuse its words).
    public static let minimumNearMisses = 3

    /// An error at every expectation of a question step or a checkpoint's discussion with fewer
    /// than `minimumNearMisses` near-miss examples.
    public static func nearMissDiagnostics(_ dialogue: Dialogue, _ tests: DialogueTests?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for step in dialogue.steps.filter({ $0.kind == .question }) + dialogue.discussionSteps {
            let examples = Self.examples(of: step, in: dialogue, tests)
            for expectation in step.expectations {
                let count = examples.filter { $0.nearMiss == expectation.id }.count
                guard count < minimumNearMisses else { continue }
                let place = tests == nil ? "(there is no \(dialogue.id).tests.yaml)" : "in \(dialogue.id).tests.yaml"
                let owner = step.id.hasSuffix(Discussion.suffix)
                    ? "the discussion at step '\(step.id.dropLast(Discussion.suffix.count))'" : "step '\(step.id)'"
                diagnostics.append(Diagnostic(
                    "expectation '\(expectation.id)' of \(owner) has \(count) near-miss\(count == 1 ? "" : "es") \(place); "
                    + "it needs at least \(minimumNearMisses): wrong answers that reuse its words, "
                    + "written as examples with 'near-miss: \(expectation.id)' and the verdict they must get",
                    at: expectation.source))
            }
        }
        return diagnostics
    }

    /// "seasons: why-warmer 40 examples (12 near-misses), direct-light ..., long-days#discussion ...".
    public static func summary(_ dialogue: Dialogue, _ tests: DialogueTests?) -> String {
        let steps = (dialogue.steps.filter { $0.kind == .question } + dialogue.discussionSteps).map { step in
            let examples = Self.examples(of: step, in: dialogue, tests)
            let nearMisses = examples.filter { $0.nearMiss != nil }.count
            return "\(step.id) \(examples.count) examples (\(nearMisses) near-miss\(nearMisses == 1 ? "" : "es"))"
        }
        return "\(dialogue.id): " + steps.joined(separator: ", ")
    }

    /// The examples of a step, or of a discussion (`STEPID#discussion`, written `discussion: STEPID`).
    static func examples(of step: Step, in dialogue: Dialogue, _ tests: DialogueTests?) -> [ExampleAnswer] {
        let first = dialogue.firstQuestion?.id
        return tests?.examples.filter { example in
            if let discussion = example.discussion { return Discussion.stepID(discussion) == step.id }
            return (example.step ?? first) == step.id
        } ?? []
    }
}

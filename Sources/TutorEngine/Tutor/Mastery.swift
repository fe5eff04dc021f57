import DialogueKit

/// Bayesian Knowledge Tracing: one observation updates P(L) for a skill.
public enum Mastery {
    /// P(L) after observing one answer, then the chance of learning at this opportunity.
    public static func update(_ pKnown: Double, correct: Bool, _ p: BKTParameters) -> Double {
        let posterior: Double
        if correct {
            let known = pKnown * (1 - p.slip)
            posterior = known / (known + (1 - pKnown) * p.guess)
        } else {
            let known = pKnown * p.slip
            posterior = known / (known + (1 - pKnown) * (1 - p.guess))
        }
        return min(1, max(0, posterior + (1 - posterior) * p.learn))
    }

    public static func isMastered(_ pKnown: Double) -> Bool { pKnown >= BKTParameters.masteryThreshold }

    /// A text bar such as `[######----]`, readable on any terminal.
    public static func bar(_ pKnown: Double, width: Int = 10) -> String {
        let filled = Int((pKnown * Double(width)).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }
}

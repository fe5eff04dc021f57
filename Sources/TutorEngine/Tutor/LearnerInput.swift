import Foundation

/// What a learner can say to the tutor.
public enum LearnerInput: Sendable, Equatable {
    /// A free-text line: an answer, or a goal, confidence or reflection when the tutor asked for one.
    case line(String)
    case hint
    case next
    case skip
    /// Revisit a finished step: by id or number, or the latest finished one.
    case review(String?)
    case progress
    case goal(String)

    /// The engine's own commands, as a learner types them in `lyceum play` and in dialogue tests.
    public static let commands: [(name: String, help: String)] = [
        ("/hint", "a hint for the current question"),
        ("/next", "go on once a step is complete"),
        ("/skip", "skip a step you already know (asks a check question)"),
        ("/review [STEP]", "look back at a finished step"),
        ("/progress", "your mastery of each skill"),
        ("/goal TEXT", "set or change your goal"),
    ]

    /// Reads a typed line: `/hint`, `/next`, ... are commands, anything else is `.line`.
    /// Returns `nil` for an unknown `/command` (say so to the learner; do not treat it as an answer).
    public static func parse(_ text: String) -> LearnerInput? {
        guard text.hasPrefix("/") else { return .line(text) }
        let parts = text.dropFirst().split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let name = parts.first.map { $0.lowercased() } ?? ""
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        switch name {
        case "hint": return .hint
        case "next": return .next
        case "skip": return .skip
        case "review": return .review(argument)
        case "progress": return .progress
        case "goal": return argument.map { .goal($0) } ?? .goal("")
        default: return nil
        }
    }
}

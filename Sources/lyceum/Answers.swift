import ArgumentParser
import LyceumStore
import TutorEngine

/// `lyceum answers`: what learners actually typed, grouped, for authors improving the detectors.
struct Answers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the answers learners gave, grouped by normalized text, most frequent first.",
        discussion: """
            Answers are grouped by dialogue, step and text (lower-cased, whitespace collapsed, trailing \
            punctuation trimmed), with the verdicts the tutor gave. Commands and lines that were not \
            answers are left out; learners' names are never shown (a name typed in an answer shows as \
            [name]). With --tests the groups are written as examples for Dialogues/ID.tests.yaml, \
            to correct and paste under `examples:`.
            """
    )

    /// The verdicts `--verdict` accepts; stored verdicts are matched as text.
    static let verdicts = Verdict.allCases.map(\.rawValue)

    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp("Only this dialogue's answers.", valueName: "ID")) var dialogue: String?
    @Option(help: ArgumentHelp("Only this step's answers.", valueName: "ID")) var step: String?
    @Option(help: ArgumentHelp("Only answers given this verdict: \(verdicts.joined(separator: ", ")).",
                               valueName: "VERDICT"))
    var verdict: String?
    @Option(help: ArgumentHelp("Only answers given since DATE: YYYY-MM-DD (UTC) or an ISO 8601 date-time.",
                               valueName: "DATE"))
    var since: String?
    @Option(help: ArgumentHelp("Only the N most frequent groups.", valueName: "N")) var limit: Int?
    @Flag(help: "Write the groups as examples for a dialogue tests file (YAML).") var tests = false

    func validate() throws {
        if let verdict, !Self.verdicts.contains(verdict) {
            throw ValidationError("--verdict '\(verdict)' is not a verdict; use one of: \(Self.verdicts.joined(separator: ", ")).")
        }
        if let since, AnswerFilter.date(from: since) == nil {
            throw ValidationError("--since '\(since)' is not a date; expected \(AnswerFilter.expectedDate).")
        }
        if let limit, limit < 1 {
            throw ValidationError("--limit must be at least 1.")
        }
    }

    func run() throws {
        let filter = AnswerFilter(dialogueID: dialogue, stepID: step, verdict: verdict,
                                  since: since.flatMap(AnswerFilter.date(from:)), limit: limit)
        let groups = try options.using { database in try database.answerGroups(filter) }
        print(tests ? AnswerReport.testsFragment(groups, filter: filter) : AnswerReport.listing(groups, filter: filter))
    }
}

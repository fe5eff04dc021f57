import Foundation
@testable import LyceumStore
import Testing
import Yams

/// `AnswerReport`: the table and the tests-file fragment `lyceum answers` prints.
@Suite struct AnswerReportTests {
    static let groups = [
        AnswerGroup(dialogueID: "seasons", stepID: "why-warmer", text: "closer to the sun", count: 12,
                    verdicts: [VerdictCount(verdict: "misconception", misconception: "distance-to-sun", count: 12)],
                    typed: "closer to the sun"),
        AnswerGroup(dialogueID: "seasons", stepID: "why-warmer", text: "the tilt", count: 3,
                    verdicts: [VerdictCount(verdict: "correct", count: 2), VerdictCount(verdict: "partial", count: 1)],
                    typed: "The tilt."),
        AnswerGroup(dialogueID: "decimals-compare", stepID: "first", text: "0.25", count: 1,
                    verdicts: [VerdictCount(verdict: "vague", count: 1)], typed: "0.25"),
    ]

    @Test func theListingIsATableWithEveryGroupsDialogueStepVerdictsAndCount() {
        // Given three groups, when listed
        let listing = AnswerReport.listing(Self.groups, filter: AnswerFilter())
        // Then one aligned line each under a header, and the totals
        #expect(listing == """
            count  dialogue          step        verdict                        answer
               12  seasons           why-warmer  misconception distance-to-sun  closer to the sun
                3  seasons           why-warmer  correct (2), partial (1)       the tilt
                1  decimals-compare  first       vague                          0.25
            3 groups, 16 answers.
            """)
    }

    @Test(arguments: [
        (AnswerFilter(), "No stored answers yet."),
        (AnswerFilter(dialogueID: "nope"), "No stored answers for dialogue 'nope'."),
        (AnswerFilter(dialogueID: "seasons", stepID: "nope", verdict: "vague", since: Date(timeIntervalSince1970: 0)),
         "No stored answers for dialogue 'seasons', step 'nope' with verdict 'vague' since 1970-01-01T00:00:00Z."),
        (AnswerFilter(verdict: "dont-know"), "No stored answers with verdict 'dont-know'."),
        (AnswerFilter(since: Date(timeIntervalSince1970: 86_400), limit: 3), "No stored answers since 1970-01-02T00:00:00Z."),
    ])
    func nothingFoundSaysForWhat(_ filter: AnswerFilter, _ expected: String) {
        #expect(AnswerReport.listing([], filter: filter) == expected)
        #expect(AnswerReport.testsFragment([], filter: filter) == "# " + expected)
    }

    @Test func theTestsFragmentIsExamplesInFlowStyleGroupedByDialogue() {
        // Given three groups in two dialogues, when written as tests
        let fragment = AnswerReport.testsFragment(Self.groups, filter: AnswerFilter())
        // Then each dialogue's examples follow its comment, each after how often it was seen
        #expect(fragment == """
            # From `lyceum answers --tests`: the verdicts the tutor gave. Correct them, then paste under `examples:`.
            # dialogue: decimals-compare
              # seen 1 time
              - {step: first, answer: "0.25", verdict: vague}
            # dialogue: seasons
              # seen 12 times
              - {step: why-warmer, answer: "closer to the sun", verdict: misconception, misconception: distance-to-sun}
              # seen 3 times: correct (2), partial (1)
              - {step: why-warmer, answer: "The tilt.", verdict: correct}
            """)
    }

    /// Answers that would break YAML if written carelessly.
    static let awkward = [
        #"it's "the tilt", I think"#, "the tilt: not distance", "# no idea", "- the axis", "{the tilt}", "[1, 2]",
        #"back\slash"#, "yes", "null", "~", "0.25", "'single'", "a\tb", "“curly” quotes", "emoji 🌍", "@home", "%25",
        "& anchor", "* alias", "! tag", "| block", "> folded", "?", "- ", ":", "tab\u{0085}next", "line\u{2028}sep",
    ]

    @Test func theTestsFragmentReadsBackAsTheSameExamples() throws {
        // Given groups whose answers hold quotes, colons, #, brackets, YAML words and escapes, and odd ids
        let groups = Self.awkward.enumerated().map { index, typed in
            AnswerGroup(dialogueID: index % 2 == 0 ? "seasons" : "decimals-compare",
                        stepID: index == 3 ? "no" : index == 4 ? nil : "step-\(index)", text: typed, count: index + 1,
                        verdicts: [VerdictCount(verdict: "misconception", misconception: index == 5 ? "true" : "m\(index)",
                                                count: index + 1)],
                        typed: typed)
        }
        // When written as tests and read back with Yams, alone and pasted under `examples:`
        let fragment = AnswerReport.testsFragment(groups, filter: AnswerFilter())
        let alone = try #require(try Yams.load(yaml: fragment) as? [[String: Any]], "not a list:\n\(fragment)")
        let file = try #require(try Yams.load(yaml: "examples:\n" + fragment) as? [String: Any])
        let pasted = try #require(file["examples"] as? [[String: Any]])
        // Then every example is there, with exactly the answer, step, verdict and misconception written
        for examples in [alone, pasted] {
            #expect(examples.count == groups.count)
            let written = Dictionary(uniqueKeysWithValues: examples.map { ($0["answer"] as? String ?? "?", $0) })
            for group in groups {
                let example = try #require(written[group.typed], "missing \(group.typed.debugDescription) in:\n\(fragment)")
                #expect(example["step"] as? String == group.stepID)
                #expect(example["verdict"] as? String == "misconception")
                #expect(example["misconception"] as? String == group.verdicts[0].misconception)
                #expect(Set(example.keys).isSubset(of: ["step", "answer", "verdict", "misconception"]))
            }
        }
        // And one example a line, each after its comment
        let lines = fragment.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("  - {") }.count == groups.count)
        #expect(lines.filter { $0.hasPrefix("  # seen ") }.count == groups.count)
    }

    @Test func theTestsFragmentUsesTheVerdictGivenMostOften() throws {
        // Given an answer judged partial twice and correct once
        let group = AnswerGroup(dialogueID: "seasons", stepID: "s", text: "tilt", count: 3,
                                verdicts: [VerdictCount(verdict: "partial", count: 2), VerdictCount(verdict: "correct", count: 1)],
                                typed: "tilt")
        // When written as tests
        let examples = try #require(try Yams.load(yaml: AnswerReport.testsFragment([group], filter: AnswerFilter())) as? [[String: Any]])
        // Then the example says partial, and has no misconception
        #expect(examples.first?["verdict"] as? String == "partial")
        #expect(examples.first?["misconception"] == nil)
    }
}

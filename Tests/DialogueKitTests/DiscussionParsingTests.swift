import Testing
@testable import DialogueKit

/// `small` with a checkpoint after its expectation (from line 14); `discussion` is written at line 15.
func withCheckpoint(_ discussion: String) -> String {
    small + "    checkpoint:\n" + discussion
}

/// A checkpoint whose discussion is a question of its own (lines 15 to 24).
let discussionMapping = withCheckpoint("""
          discussion:
            question: What if Earth had no tilt?
            expectations:
              - {id: same-all-year, match: "same all year", assertion: Every day of the year would be alike.}
            misconceptions:
              - id: closer
                match: closer
                source: Sadler (1987)
                remediation: Would distance still change over the year?
            summary: Without the tilt there would be no seasons.

    """)

let discussionCases: [DiagnosticCase] = [
    DiagnosticCase(name: "a discussion with its own expectations has no diagnostics",
                   files: ["d.yaml": discussionMapping], expected: []),
    DiagnosticCase(name: "a plain discussion question still loads",
                   files: ["d.yaml": withCheckpoint("      discussion: What if Earth had no tilt?\n")], expected: []),
    DiagnosticCase(
        name: "a discussion mapping without its summary",
        files: ["d.yaml": discussionMapping.with("        summary: Without the tilt there would be no seasons.\n", "")],
        expected: ["d.yaml:16:9: error: missing required key 'summary'"]),
    DiagnosticCase(
        name: "a discussion mapping without expectations",
        files: ["d.yaml": withCheckpoint("      discussion:\n        question: Why?\n        summary: Tilt.\n")],
        expected: ["d.yaml:16:9: error: missing required key 'expectations'"]),
    DiagnosticCase(
        name: "an unknown key in a discussion",
        files: ["d.yaml": discussionMapping.with("        summary:", "        pumps: [What else?]\n        summary:")],
        expected: ["d.yaml:24:9: error: unknown key 'pumps' (expected one of: question, expectations, misconceptions, summary)"]),
    DiagnosticCase(
        name: "a discussion misconception without remediation",
        files: ["d.yaml": discussionMapping.with("            remediation: Would distance still change over the year?\n", "")],
        expected: ["d.yaml:20:13: error: misconception 'closer' has no remediation (a question that lets the learner test the idea)"]),
    DiagnosticCase(
        name: "a duplicate discussion expectation id",
        files: ["d.yaml": discussionMapping.with("        misconceptions:",
                                                 "          - {id: same-all-year, match: same, assertion: Same.}\n        misconceptions:")],
        expected: ["d.yaml:19:18: error: duplicate discussion expectation id 'same-all-year' (first at d.yaml:18:18)"]),
    DiagnosticCase(
        name: "a step id with a '#'",
        files: ["d.yaml": small.with("  - id: why", "  - id: why#2")],
        expected: ["d.yaml:8:9: error: step id 'why#2' contains '#', which is reserved ('STEPID#discussion' names a checkpoint's discussion)"]),
    DiagnosticCase(
        name: "tests of a discussion, valid",
        files: ["d.yaml": discussionMapping, "d.tests.yaml": """
            examples:
              - {discussion: why, answer: it would be the same all year, verdict: correct, expectations: [same-all-year]}
              - {discussion: why, answer: closer, verdict: misconception, misconception: closer}

            """],
        expected: []),
    DiagnosticCase(
        name: "tests of a discussion that is a plain question",
        files: ["d.yaml": withCheckpoint("      discussion: What if Earth had no tilt?\n"),
                "d.tests.yaml": "examples:\n  - {discussion: why, answer: x, verdict: correct}\n"],
        expected: ["d.tests.yaml:2:18: error: step 'why' has no discussion with expectations to test (write its checkpoint's "
                   + "'discussion' as a mapping with 'question', 'expectations' and 'summary')"]),
    DiagnosticCase(
        name: "tests naming both a step and a discussion",
        files: ["d.yaml": discussionMapping, "d.tests.yaml": "examples:\n  - {step: why, discussion: why, answer: x, verdict: correct}\n"],
        expected: ["d.tests.yaml:2:29: error: use either 'step' or 'discussion' (the checkpoint step whose discussion is answered), not both"]),
    DiagnosticCase(
        name: "tests of a discussion name its own misconceptions, not the step's",
        files: ["d.yaml": discussionMapping,
                "d.tests.yaml": "examples:\n  - {discussion: why, answer: x, verdict: misconception, misconception: far}\n"],
        expected: ["d.tests.yaml:2:73: error: unknown misconception 'far' in step 'why#discussion' (its misconceptions: closer)"]),
]

@Suite struct DiscussionParsingTests {
    @Test(arguments: discussionCases)
    func eachMistakeIsReportedAtItsPosition(_ example: DiagnosticCase) throws {
        let folder = try Workspace(example.files)
        defer { folder.remove() }
        let (_, diagnostics) = folder.load(example.paths)
        #expect(diagnostics == example.expected)
    }

    @Test func theMappingFormIsAQuestionOfItsOwnAndThePlainFormOnlyAQuestion() throws {
        let folder = try Workspace(["d.yaml": discussionMapping, "e.yaml": withCheckpoint("      discussion: What if?\n")
                                        .with("id: d", "id: e")])
        defer { folder.remove() }
        let (content, diagnostics) = folder.load()
        #expect(diagnostics == [])
        let d = try #require(content.dialogue("d"))
        let checkpoint = try #require(d.step("why")?.checkpoint)
        #expect(checkpoint.discussion == "What if Earth had no tilt?")
        #expect(checkpoint.question.expectations.map(\.id) == ["same-all-year"])
        #expect(checkpoint.question.misconceptions.map(\.id) == ["closer"])
        #expect(checkpoint.question.summary == "Without the tilt there would be no seasons.")
        let step = try #require(d.discussionStep("why"))
        #expect(step.id == "why#discussion")
        #expect(step.text == "What if Earth had no tilt?")
        #expect(step.expectations == checkpoint.question.expectations && step.summary == checkpoint.question.summary)
        #expect(d.discussionSteps.map(\.id) == ["why#discussion"])
        let e = try #require(content.dialogue("e"))
        #expect(e.step("why")?.checkpoint?.discussion == "What if?")
        #expect(e.step("why")?.checkpoint?.question.hasDetectors == false)
        #expect(e.discussionStep("why") == nil)
    }
}

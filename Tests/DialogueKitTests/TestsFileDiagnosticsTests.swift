import Testing
@testable import DialogueKit

/// `small` with one misconception, `closer`, on its step.
let smallWithMisconception = withMisconception("      - {id: closer, match: closer, source: Sadler (1987), remediation: Is it?}\n")

let testsCases: [DiagnosticCase] = [
    DiagnosticCase(
        name: "valid tests have no diagnostics",
        files: ["d.yaml": smallWithMisconception, "d.tests.yaml": """
            examples:
              - {answer: closer to the sun, verdict: misconception, misconception: closer}
              - {step: why, answer: tilt, verdict: correct, expectations: [e]}
            conversations:
              - name: starts
                turns:
                  - {say: /start, expect: goal-request}
                  - {say: "", expect: [question]}

            """],
        expected: []),
    DiagnosticCase(
        name: "tests for an unknown dialogue",
        files: ["d.yaml": small, "e.tests.yaml": "examples:\n  - {answer: x, verdict: correct}\n"],
        expected: ["e.tests.yaml:1:1: error: tests for unknown dialogue 'e' "
                       + "(no dialogue 'e' was loaded; tests are named ID.tests.yaml)"]),
    DiagnosticCase(
        name: "an unknown step",
        files: ["d.yaml": small, "d.tests.yaml": "examples:\n  - {step: whyy, answer: x, verdict: correct}\n"],
        expected: ["d.tests.yaml:2:12: error: unknown step 'whyy' in dialogue 'd' (did you mean 'why'?)"]),
    DiagnosticCase(
        name: "an unknown misconception",
        files: ["d.yaml": smallWithMisconception,
                "d.tests.yaml": "examples:\n  - {answer: x, verdict: misconception, misconception: far}\n"],
        expected: ["d.tests.yaml:2:56: error: unknown misconception 'far' in step 'why' (its misconceptions: closer)"]),
    DiagnosticCase(
        name: "an unknown expectation",
        files: ["d.yaml": small, "d.tests.yaml": "examples:\n  - {answer: x, verdict: partial, expectations: [e, f]}\n"],
        expected: ["d.tests.yaml:2:53: error: unknown expectation 'f' in step 'why' (its expectations: e)"]),
    DiagnosticCase(
        name: "an invalid verdict",
        files: ["d.yaml": small, "d.tests.yaml": "examples:\n  - {answer: x, verdict: wrong}\n"],
        expected: ["d.tests.yaml:2:26: error: unknown verdict 'wrong' "
                       + "(expected one of: correct, partial, misconception, vague, dont-know, unrecognized)"]),
    DiagnosticCase(
        name: "a near-miss cannot be correct",
        files: ["d.yaml": small, "d.tests.yaml": "examples:\n  - {answer: the sun is tilted, verdict: correct, near-miss: e}\n"],
        expected: ["d.tests.yaml:2:62: error: a near-miss is a wrong answer: its verdict cannot be 'correct' (near-miss of 'e')"]),
    DiagnosticCase(
        name: "a near-miss and named expectations must exist",
        files: ["d.yaml": small, "d.tests.yaml": "examples:\n  - {answer: axis, verdict: vague, named: [f], near-miss: g}\n"],
        expected: ["d.tests.yaml:2:44: error: unknown expectation 'f' in step 'why' (its expectations: e)",
                   "d.tests.yaml:2:59: error: unknown expectation 'g' in step 'why' (its expectations: e)"]),
    DiagnosticCase(
        name: "a misspelt verdict",
        files: ["d.yaml": small, "d.tests.yaml": "examples:\n  - {answer: x, verdict: corect}\n"],
        expected: ["d.tests.yaml:2:26: error: unknown verdict 'corect' (did you mean 'correct'?)"]),
    DiagnosticCase(
        name: "a misconception verdict without its id",
        files: ["d.yaml": smallWithMisconception, "d.tests.yaml": "examples:\n  - answer: x\n    verdict: misconception\n"],
        expected: ["d.tests.yaml:2:5: error: an example with verdict 'misconception' needs 'misconception: ID'"]),
    DiagnosticCase(
        name: "a misconception id with another verdict",
        files: ["d.yaml": smallWithMisconception,
                "d.tests.yaml": "examples:\n  - {answer: x, verdict: correct, misconception: closer}\n"],
        expected: ["d.tests.yaml:2:50: error: 'misconception' only goes with verdict 'misconception', found verdict 'correct'"]),
    DiagnosticCase(
        name: "unknown moves",
        files: ["d.yaml": small, "d.tests.yaml": """
            conversations:
              - name: typos
                turns:
                  - say: /start
                    expect: [dialogue-start, hnit, wave]

            """],
        expected: ["d.tests.yaml:5:34: error: unknown move 'hnit' (did you mean 'hint'?)",
                   "d.tests.yaml:5:40: error: unknown move 'wave' (the moves are listed at the end of Dialogues/README.md)"]),
    DiagnosticCase(
        name: "a turn without say",
        files: ["d.yaml": small, "d.tests.yaml": "conversations:\n  - name: c\n    turns:\n      - say:\n        expect: question\n"],
        expected: [#"d.tests.yaml:4:13: error: expected text for 'say', found nothing (write "" for an empty line)"#]),
    DiagnosticCase(
        name: "a bad seed",
        files: ["d.yaml": small, "d.tests.yaml": "conversations:\n  - {name: c, seed: -1, turns: [{say: hi, expect: hint}]}\n"],
        expected: ["d.tests.yaml:2:21: error: expected a whole number from 0 up for 'seed', found '-1'"]),
    DiagnosticCase(
        name: "an unknown key in an example",
        files: ["d.yaml": small, "d.tests.yaml": "examples:\n  - {answer: x, verdict: correct, stepp: why}\n"],
        expected: ["d.tests.yaml:2:35: error: unknown key 'stepp' (expected one of: step, discussion, answer, verdict, misconception, expectations, near-miss, named)"]),
]

@Suite struct TestsFileDiagnosticsTests {
    @Test(arguments: testsCases)
    func eachMistakeIsReportedAtItsPosition(_ example: DiagnosticCase) throws {
        let folder = try Workspace(example.files)
        defer { folder.remove() }
        let (_, diagnostics) = folder.load(example.paths)
        #expect(diagnostics == example.expected)
    }

    @Test func conversationsReadSeedsAndMoveLists() throws {
        // Given a conversation with a seed and both forms of `expect`
        let folder = try Workspace(["d.yaml": small, "d.tests.yaml": """
            conversations:
              - name: seeded
                seed: 42
                turns:
                  - {say: /hint, expect: hint}
                  - {say: "  spaced  ", expect: [pump, hint]}

            """])
        defer { folder.remove() }

        // When it is loaded
        let (content, diagnostics) = folder.load()

        // Then the seed, the lines as typed and the move lists are kept
        #expect(diagnostics == [])
        let conversation = try #require(content.tests["d"]?.conversations.first)
        #expect(conversation.seed == 42)
        #expect(conversation.turns.map(\.say) == ["/hint", "  spaced  "])
        #expect(conversation.turns.map(\.expect) == [["hint"], ["pump", "hint"]])
    }

    @Test func testsForAnUnknownDialogueAreLeftOut() throws {
        let folder = try Workspace(["d.yaml": small, "x.tests.yaml": "examples:\n  - {answer: x, verdict: correct}\n"])
        defer { folder.remove() }
        #expect(folder.load().content.tests.isEmpty)
    }

    @Test func movesMatchTheReadme() throws {
        // The README ends with the list of moves; `knownMoves` must be the same list.
        let readme = try String(contentsOfFile: FixturePaths.repository + "/Dialogues/README.md", encoding: .utf8)
        let tail = try #require(readme.components(separatedBy: "Moves a conversation can expect:").last)
        let listed = tail.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(listed == knownMoves)
    }
}

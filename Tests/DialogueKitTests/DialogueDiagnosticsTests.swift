import Testing
@testable import DialogueKit

/// One mistake in a dialogue or concepts file and exactly what `lyceum check` prints for it.
struct DiagnosticCase: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: String]
    var paths: [String] = [""]
    var expected: [String]
    var testDescription: String { name }
}

let concepts = "concepts:\n  tilt: [tilt, axis]\n"

/// `small` with a misconception block added to its step (lines 14 to 18).
func withMisconception(_ lines: String) -> String { small + "    misconceptions:\n" + lines }

let dialogueCases: [DiagnosticCase] = [
    DiagnosticCase(name: "a valid dialogue has no diagnostics", files: ["d.yaml": small], expected: []),
    DiagnosticCase(
        name: "unknown concept, with a suggestion",
        files: ["d.yaml": small.with("match: tilt", #"match: "@tilts""#), "concepts.yaml": concepts],
        expected: ["d.yaml:12:16: error: unknown concept '@tilts' (did you mean '@tilt'?)"]),
    DiagnosticCase(
        name: "unknown concept, nothing close",
        files: ["d.yaml": small.with("match: tilt", #"match: [axis, "@gravity"]"#), "concepts.yaml": concepts],
        expected: ["d.yaml:12:23: error: unknown concept '@gravity'"]),
    DiagnosticCase(
        name: "duplicate step id",
        files: ["d.yaml": small + "  - id: why\n    type: info\n    text: More.\n"],
        expected: ["d.yaml:14:9: error: duplicate step id 'why' (first at d.yaml:8:9)"]),
    DiagnosticCase(
        name: "duplicate expectation id",
        files: ["d.yaml": small + "      - id: e\n        match: axis\n        assertion: The axis leans.\n"],
        expected: ["d.yaml:14:13: error: duplicate expectation id 'e' (first at d.yaml:11:13)"]),
    DiagnosticCase(
        name: "duplicate misconception id",
        files: ["d.yaml": withMisconception("""
                  - {id: m, match: closer, source: Sadler (1987), remediation: Why?}
                  - {id: m, match: nearer, source: Sadler (1987), remediation: Why?}

            """)],
        expected: ["d.yaml:16:14: error: duplicate misconception id 'm' (first at d.yaml:15:14)"]),
    DiagnosticCase(
        name: "duplicate skill id",
        files: ["d.yaml": small.with("steps:", "  - id: tilt\n    name: Again\nsteps:")],
        expected: ["d.yaml:7:9: error: duplicate skill id 'tilt' (first at d.yaml:5:9)"]),
    DiagnosticCase(
        name: "misconception without remediation",
        files: ["d.yaml": withMisconception("      - id: m\n        match: closer\n        source: Sadler (1987)\n")],
        expected: ["d.yaml:15:9: error: misconception 'm' has no remediation (a question that lets the learner test the idea)"]),
    DiagnosticCase(
        name: "misconception without source",
        files: ["d.yaml": withMisconception("      - id: m\n        match: closer\n        remediation: Is it?\n")],
        expected: ["d.yaml:15:9: error: misconception 'm' has no source (cite the study or resource that documents it)"]),
    DiagnosticCase(
        name: "a step nothing leads to",
        files: ["d.yaml": small.with("    expectations:", "    next: end\n    expectations:")
            + "  - id: later\n    type: info\n    text: More.\n"],
        expected: ["d.yaml:15:9: error: step 'later' is unreachable: no step leads to it"]),
    DiagnosticCase(
        name: "a step only an unreachable step leads to",
        files: ["d.yaml": small.with("    expectations:", "    next: end\n    expectations:")
            + "  - {id: b, type: info, text: B.}\n  - {id: c, type: info, text: C.}\n"],
        expected: ["d.yaml:15:10: error: step 'b' is unreachable: no step leads to it",
                   "d.yaml:16:10: error: step 'c' is unreachable: only 'b' leads to it, "
                       + "and no path from the first step reaches it"]),
    DiagnosticCase(
        name: "a next that jumps over a step leaves it unreachable",
        files: ["d.yaml": small.with("    expectations:", "    next: c\n    expectations:")
            + "  - {id: b, type: info, text: B.}\n  - {id: c, type: info, text: C.}\n"],
        expected: ["d.yaml:15:10: error: step 'b' is unreachable: no step leads to it"]),
    DiagnosticCase(
        name: "next names an unknown step",
        files: ["d.yaml": small.with("    question:", "    next: finish\n    question:")],
        expected: ["d.yaml:9:11: error: 'next' names unknown step 'finish' (use a step id or 'end')"]),
    DiagnosticCase(
        name: "unknown key",
        files: ["d.yaml": small.with("        assertion:", "        hintz: [Think.]\n        assertion:")],
        expected: ["d.yaml:13:9: error: unknown key 'hintz' (expected one of: id, match, keywords, probe, hints, prompts, assertion)"]),
    DiagnosticCase(
        name: "unknown top-level key",
        files: ["d.yaml": small.with("title: Tilt", "titel: Tilt")],
        expected: ["d.yaml:2:1: error: unknown key 'titel' (expected one of: id, title, subject, intro, skills, reflection, steps)",
                   "d.yaml:1:1: error: missing required key 'title'"]),
    DiagnosticCase(
        name: "missing question",
        files: ["d.yaml": small.with("    question: Why is summer warm?\n", "")],
        expected: ["d.yaml:8:5: error: missing required key 'question'"]),
    DiagnosticCase(
        name: "a question key on an info step",
        files: ["d.yaml": small + "  - {id: more, type: info, question: Why?}\n"],
        expected: ["d.yaml:14:28: error: key 'question' is not used by an info step "
                       + "(expected one of: id, type, skill, skills, text, checkpoint, next)",
                   "d.yaml:14:5: error: missing required key 'text'"]),
    DiagnosticCase(
        name: "an info step without text",
        files: ["d.yaml": small + "  - id: more\n    type: info\n"],
        expected: ["d.yaml:14:5: error: missing required key 'text'"]),
    DiagnosticCase(
        name: "a question step without expectations",
        files: ["d.yaml": small.with("""
                expectations:
                  - id: e
                    match: tilt
                    assertion: Earth is tilted.

            """, "")],
        expected: ["d.yaml:8:5: error: question step 'why' has no expectations (add 'expectations:')"]),
    DiagnosticCase(
        name: "an empty list of expectations",
        files: ["d.yaml": small.with("""
                expectations:
                  - id: e
                    match: tilt
                    assertion: Earth is tilted.

            """, "    expectations: []\n")],
        expected: ["d.yaml:10:19: error: question step 'why' has no expectations (at least one is needed)"]),
    DiagnosticCase(
        name: "unknown step type",
        files: ["d.yaml": small.with("    question:", "    type: quiz\n    question:")],
        expected: ["d.yaml:9:11: error: unknown step type 'quiz' (expected one of: question, info)"]),
    DiagnosticCase(
        name: "unknown skill, with a suggestion",
        files: ["d.yaml": small.with("    question:", "    skill: tilts\n    question:")],
        expected: ["d.yaml:9:12: error: unknown skill 'tilts' (did you mean 'tilt'?)"]),
    DiagnosticCase(
        name: "unknown skills in a list",
        files: ["d.yaml": small.with("    question:", "    skills: [tilt, orbit]\n    question:")],
        expected: ["d.yaml:9:20: error: unknown skill 'orbit' (expected one of: tilt)"]),
    DiagnosticCase(
        name: "BKT parameter outside (0, 1)",
        files: ["d.yaml": small.with("seasons\n", "seasons\n    bkt: {prior: 0, learn: 1.5}\n")],
        expected: ["d.yaml:7:18: error: BKT 'prior' must be between 0 and 1 (exclusive), found 0",
                   "d.yaml:7:28: error: BKT 'learn' must be between 0 and 1 (exclusive), found 1.5"]),
    DiagnosticCase(
        name: "BKT guess and slip that add up to 1",
        files: ["d.yaml": small.with("seasons\n", "seasons\n    bkt: {guess: 0.6, slip: 0.4}\n")],
        expected: ["d.yaml:7:10: error: BKT 'guess' + 'slip' must be below 1, found 0.6 + 0.4 "
                       + "(a right answer would then suggest the skill is not known)"]),
    DiagnosticCase(
        name: "checkpoint without discussion",
        files: ["d.yaml": small + "    checkpoint:\n      confidence: false\n"],
        expected: ["d.yaml:15:7: error: checkpoint has no discussion (the question the group discusses)"]),
    DiagnosticCase(
        name: "dialogue id and file name differ",
        files: ["e.yaml": small],
        expected: ["e.yaml:1:5: error: dialogue id 'd' does not match the file name 'e.yaml' (rename one to match)"]),
    DiagnosticCase(
        name: "the same dialogue id in two folders",
        files: ["x/d.yaml": small, "y/d.yaml": small], paths: ["x", "y"],
        expected: ["y/d.yaml:1:5: error: duplicate dialogue id 'd' (first at x/d.yaml:1:5)"]),
    DiagnosticCase(
        name: "YAML syntax error",
        files: ["d.yaml": small.with("title: Tilt", "title: [Tilt")],
        expected: ["d.yaml:3:8: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"]),
    DiagnosticCase(
        name: "a duplicate key",
        files: ["d.yaml": small.with("title: Tilt", "title: Tilt\ntitle: Again")],
        expected: ["d.yaml:2:1: error: duplicate key 'title' in a mapping"]),
    DiagnosticCase(
        name: "text where a list is expected",
        files: ["d.yaml": small.with("steps:\n", "steps: none\n").components(separatedBy: "  - id: why")[0]],
        expected: ["d.yaml:7:8: error: expected a list of steps, found text"]),
    DiagnosticCase(
        name: "an empty file",
        files: ["d.yaml": "# nothing yet\n"],
        expected: ["d.yaml:1:1: error: the file is empty"]),
    DiagnosticCase(
        name: "a concept set that includes itself",
        files: ["d.yaml": small.with("match: tilt", #"match: "@a""#),
                "concepts.yaml": "concepts:\n  a: [x, \"@b\"]\n  b: [\"@a\"]\n  c: \"@c\"\n"],
        expected: ["concepts.yaml:3:7: error: concept '@a' includes itself: @a -> @b -> @a",
                   "concepts.yaml:4:6: error: concept '@c' includes itself: @c -> @c"]),
    DiagnosticCase(
        name: "an unknown concept inside a concept set",
        files: ["d.yaml": small, "concepts.yaml": "concepts:\n  tilt: [tilt, \"@nope\"]\n"],
        expected: ["concepts.yaml:2:16: error: unknown concept '@nope'"]),
    DiagnosticCase(
        name: "the same concept in two files",
        files: ["d.yaml": small, "concepts.yaml": concepts, "more.concepts.yaml": "concepts:\n  tilt: lean\n"],
        expected: ["more.concepts.yaml:2:3: error: duplicate concept 'tilt' (first at concepts.yaml:2:3)"]),
    DiagnosticCase(
        name: "built-in concept sets need no definition",
        files: ["d.yaml": small.with("match: tilt", #"match: {not: "@dont-know"}"#)],
        expected: []),
    DiagnosticCase(
        name: "a concept name with '@'",
        files: ["d.yaml": small, "concepts.yaml": "concepts:\n  \"@tilt\": tilt\n"],
        expected: [#"concepts.yaml:2:3: error: a concept name has no '@' and no spaces, found '@tilt' (it is used as "@name")"#]),
    DiagnosticCase(
        name: "a malformed number",
        files: ["d.yaml": small.with("match: tilt", "match: {number: 5/0}")],
        expected: ["d.yaml:12:25: error: '5/0' is not a number (write e.g. 5, -2, 0.25, 5/6, 1 1/2 or 40%)"]),
    DiagnosticCase(
        name: "an invalid regular expression",
        files: ["d.yaml": small.with("match: tilt", #"match: {regex: "a(b"}"#)],
        expected: ["d.yaml:12:24: error: invalid regular expression 'a(b'"]),
    DiagnosticCase(
        name: "a detector with two forms",
        files: ["d.yaml": small.with("match: tilt", "match: {any: [a], all: [b]}")],
        expected: ["d.yaml:12:27: error: a detector mapping has one form, found 'any' and 'all' "
                       + "(nest them, e.g. all: [..., {not: ...}])"]),
    DiagnosticCase(
        name: "within without near",
        files: ["d.yaml": small.with("match: tilt", "match: {all: [a, b], within: 3}")],
        expected: ["d.yaml:12:30: error: 'within' only goes with 'near'"]),
    DiagnosticCase(
        name: "a missing file",
        files: [:], paths: ["nowhere.yaml"],
        expected: ["nowhere.yaml:1:1: error: no such file or folder"]),
]

@Suite struct DialogueDiagnosticsTests {
    @Test(arguments: dialogueCases)
    func eachMistakeIsReportedAtItsPosition(_ example: DiagnosticCase) throws {
        // Given the files of the case
        let folder = try Workspace(example.files)
        defer { folder.remove() }

        // When they are loaded
        let (_, diagnostics) = folder.load(example.paths)

        // Then exactly the expected diagnostics are printed
        #expect(diagnostics == example.expected)
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        // Given a dialogue with three unrelated mistakes
        let text = small.with("title: Tilt", "titel: Tilt").with("match: tilt", #"match: "@tilts""#)
            + "  - {id: why, type: info, text: Again.}\n"
        let folder = try Workspace(["d.yaml": text, "concepts.yaml": concepts])
        defer { folder.remove() }

        // When it is loaded, then all of them are reported and the dialogue is still returned
        let (content, diagnostics) = folder.load()
        #expect(diagnostics.count == 4)
        #expect(content.dialogues.map(\.id) == ["d"])
    }

    @Test func diagnosticsPrintLikeACompiler() {
        let diagnostic = Diagnostic("misconception 'x' has no remediation",
                                    at: Location(file: "Dialogues/seasons.yaml", line: 12, column: 7))
        #expect(diagnostic.description == "Dialogues/seasons.yaml:12:7: error: misconception 'x' has no remediation")
        #expect(Diagnostic("odd", at: Location(file: "a.yaml"), severity: .warning).description == "a.yaml:1:1: warning: odd")
    }
}

import Testing
@testable import DialogueKit

/// A prompts folder in which every kind has valid templates, each naming its first variable.
func validPrompts(replacing overrides: [String: String?] = [:]) -> [String: String] {
    var files: [String: String] = [:]
    for kind in PromptKind.allCases {
        let variable = kind.variables.sorted().first.map { " {{\($0)}}" } ?? ""
        files["P/\(kind.rawValue).mustache"] = (1...max(1, kind.minimumVariants))
            .map { "\(kind.rawValue) \($0)\(variable)" }.joined(separator: "\n---\n") + "\n"
    }
    files["P/README.md"] = "# Not a template\n"
    for (name, text) in overrides { files["P/\(name)"] = text }
    return files
}

let promptCases: [DiagnosticCase] = [
    DiagnosticCase(name: "a complete prompts folder has no diagnostics", files: validPrompts(), expected: []),
    DiagnosticCase(
        name: "an unknown variable",
        files: validPrompts(replacing: ["hint.mustache": "Hint: {{text}}\n---\nOr: {{nmae}}\n"]),
        expected: ["P/hint.mustache:3:5: error: template variable 'nmae' does not exist for prompt kind 'hint' (available: text)"]),
    DiagnosticCase(
        name: "a misspelt variable",
        files: validPrompts(replacing: ["question.mustache": "Step {{stepNumber}} of {{stepCont}}: {{text}}\n"]),
        expected: ["P/question.mustache:1:24: error: template variable 'stepCont' does not exist for prompt kind "
                       + "'question' (did you mean 'stepCount'?)"]),
    DiagnosticCase(
        name: "every kind of tag is checked",
        files: validPrompts(replacing: ["goal-set.mustache": "{{#a}}{{^b}}{{{c}}}{{&d}}{{/b}}{{/a}} {{! note }}{{goal}}\n"]),
        expected: ["a", "b", "c", "d", "b", "a"].enumerated().map { index, name in
            let column = [1, 7, 13, 20, 26, 32][index]
            return "P/goal-set.mustache:1:\(column): error: template variable '\(name)' does not exist "
                + "for prompt kind 'goal-set' (available: goal)"
        }),
    DiagnosticCase(
        name: "a kind without variables",
        files: validPrompts(replacing: ["pump.mustache": "What else?\n---\nGo on.\n---\nAnd {{text}}?\n"]),
        expected: ["P/pump.mustache:5:5: error: template variable 'text' does not exist for prompt kind 'pump' (available: none)"]),
    DiagnosticCase(
        name: "a section never closed",
        files: validPrompts(replacing: ["review.mustache": "{{question}}\n---\nYou said:\n{{#answer}}{{answer}}\n"]),
        expected: ["P/review.mustache:4:22: error: template syntax error: a section is never closed (missing '{{/name}}')"]),
    DiagnosticCase(
        name: "a section closed with another name",
        files: validPrompts(replacing: ["review.mustache": "{{#answer}}x{{/question}}\n"]),
        expected: ["P/review.mustache:1:16: error: template syntax error: a section is closed with a name other than the one it opened with"]),
    DiagnosticCase(
        name: "too few variants",
        files: validPrompts(replacing: ["positive-feedback.mustache": "Right.\n---\nYes.\n"]),
        expected: ["P/positive-feedback.mustache:1:1: error: prompt kind 'positive-feedback' has 2 variants; it needs at least 3 "
                       + "(separated by lines holding only '---') so the tutor does not repeat itself"]),
    DiagnosticCase(
        name: "an empty variant",
        files: validPrompts(replacing: ["hint.mustache": "Hint: {{text}}\n---\n\n---\nAgain: {{text}}\n"]),
        expected: ["P/hint.mustache:4:1: error: empty variant (nothing between two '---' lines)"]),
    DiagnosticCase(
        name: "a missing kind",
        files: validPrompts(replacing: ["review.mustache": nil]),
        expected: ["P/review.mustache:1:1: error: missing template for prompt kind 'review' (add review.mustache)"]),
    DiagnosticCase(
        name: "an unknown file name",
        files: validPrompts(replacing: ["hints.mustache": "{{text}}\n"]),
        expected: ["P/hints.mustache:1:1: error: unknown prompt kind 'hints' (did you mean 'hint'?)"]),
    DiagnosticCase(
        name: "partials are not supported",
        files: validPrompts(replacing: ["hint.mustache": "{{> footer}}{{text}}\n"]),
        expected: ["P/hint.mustache:1:1: error: partials ({{> name}}) are not supported in prompt templates"]),
]

@Suite struct PromptDiagnosticsTests {
    @Test(arguments: promptCases)
    func eachMistakeIsReportedAtItsPosition(_ example: DiagnosticCase) throws {
        let folder = try Workspace(example.files)
        defer { folder.remove() }
        let (_, diagnostics) = folder.load([], prompts: "P")
        #expect(diagnostics == example.expected)
    }

    @Test func variantsAreSplitAtDashLinesAndKeepTheirLines() throws {
        // Given a file of three variants, with blank lines around the separators
        let folder = try Workspace(validPrompts(replacing: [
            "transition.mustache": "On to step {{stepNumber}}.\n---\n\nNext: step {{stepNumber}} of {{stepCount}}.\n  ---  \n"
                + "{{#last}}Last one!{{/last}}\nGo.\n",
        ]))
        defer { folder.remove() }

        // When the folder is loaded
        let (content, diagnostics) = folder.load([], prompts: "P")

        // Then each variant has its text and the line it starts on
        #expect(diagnostics == [])
        let file = folder.path("P/transition.mustache")
        #expect(content.prompts[.transition] == [
            PromptVariant(template: "On to step {{stepNumber}}.", source: Location(file: file, line: 1)),
            PromptVariant(template: "Next: step {{stepNumber}} of {{stepCount}}.", source: Location(file: file, line: 4)),
            PromptVariant(template: "{{#last}}Last one!{{/last}}\nGo.", source: Location(file: file, line: 6)),
        ])
    }

    @Test func aSingleTemplateFileCanBeChecked() throws {
        // Given one template named on its own
        let folder = try Workspace(["hint.mustache": "{{txt}}\n"])
        defer { folder.remove() }

        // When it is loaded without a prompts folder, only that file is checked
        let (content, diagnostics) = folder.load(["hint.mustache"])
        #expect(diagnostics == ["hint.mustache:1:1: error: template variable 'txt' does not exist for prompt kind 'hint' "
                                    + "(did you mean 'text'?)"])
        #expect(content.prompts[.hint].count == 1)
    }
}

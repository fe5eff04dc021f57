import ArgumentParser
import DialogueKit
import Foundation
import TutorEngine

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate dialogues, concept sets and templates, and run the dialogue tests.",
        discussion: "Every problem is printed as file:line:col: message. Exits non-zero on any error or failed test."
    )

    @Option(help: "The folder of prompt templates (default: ./Prompts, else the bundled one).")
    var prompts: String?

    @Argument(help: "Dialogue folders or files (default: the bundled Dialogues folder).")
    var paths: [String] = []

    func run() throws {
        let paths = paths.isEmpty ? [Bundled.path("Dialogues")] : paths
        var (content, diagnostics) = ContentLoader.load(paths: paths, prompts: prompts ?? Bundled.path("Prompts"))
        for dialogue in content.dialogues {
            diagnostics += TestCoverage.nearMissDiagnostics(dialogue, content.tests[dialogue.id])
        }
        for diagnostic in diagnostics.sorted(by: Self.order) { print(diagnostic) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let report = DialogueTestRunner(tutor: Tutor(content: content)).runAll()
        for failure in report.failures { print(failure) }
        for dialogue in content.dialogues.sorted(by: { $0.id < $1.id }) {
            print(TestCoverage.summary(dialogue, content.tests[dialogue.id]))
        }
        let examples = content.tests.values.reduce(0) { $0 + $1.examples.count }
        let conversations = content.tests.values.reduce(0) { $0 + $1.conversations.count }
        print("lyceum check: \(content.dialogues.count) dialogues, \(errors) errors; "
              + "tests: \(examples) examples and \(conversations) conversations: "
              + "\(report.passed) passed, \(report.failed) failed")
        if errors > 0 || report.failed > 0 { throw ExitCode.failure }
    }

    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.location.file, a.location.line, a.location.column) < (b.location.file, b.location.line, b.location.column)
    }
}

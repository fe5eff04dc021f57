import ArgumentParser
import DialogueKit
import Foundation
import LyceumCore
import TutorEngine

struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Classify a learner's answer and show why (one JSON object per answer).",
        discussion: """
        Without --step the dialogue's first question step is used; --step STEPID#discussion \
        classifies against the discussion question of the checkpoint at STEPID. With --stdin every \
        line of standard input is one answer, and every answer gets one line of JSON.
        """
    )

    @OptionGroup var content: ContentOptions
    @Option(help: "The dialogue id.") var dialogue: String
    @Option(help: "The step id (default: the first question step), or STEPID#discussion.") var step: String?
    @Flag(help: "Read one answer per line from standard input.") var stdin = false
    @Argument(help: "The answer to classify (several words are one answer; quote it or not).") var answer: [String] = []

    func validate() throws {
        if stdin == !answer.isEmpty {
            throw ValidationError("Give either an ANSWER or --stdin.")
        }
    }

    func run() throws {
        let loaded = try content.load()
        guard let dialogue = loaded.dialogue(dialogue) else {
            let known = loaded.dialogues.map(\.id).sorted().joined(separator: ", ")
            throw ValidationError("There is no dialogue '\(dialogue)'. Known: \(known).")
        }
        let found: Step? = if let id = step, id.hasSuffix(Discussion.suffix) {
            dialogue.discussionStep(String(id.dropLast(Discussion.suffix.count)))
        } else {
            step.map { dialogue.step($0) } ?? dialogue.firstQuestion
        }
        guard let step = found, step.kind == .question else {
            let known = (dialogue.steps.filter { $0.kind == .question } + dialogue.discussionSteps).map(\.id)
                .joined(separator: ", ")
            throw ValidationError("There is no question step '\(self.step ?? "")' in '\(dialogue.id)'. Question steps: \(known).")
        }
        let classifier = Classifier(concepts: loaded.concepts, dialogues: [dialogue])
        let emit = { (text: String) in
            let result = classifier.classify(text, dialogue: dialogue.id, step: step.id)
            print(JSONLine.classification(result, dialogue: dialogue.id, step: step.id))
        }
        if stdin {
            while let line = readLine(strippingNewline: true) { emit(line) }
        } else {
            emit(answer.joined(separator: " "))
        }
    }
}

/// One JSON object a line, keys in a fixed, readable order.
enum JSONLine {
    static func classification(_ c: Classification, dialogue: String, step: String) -> String {
        let expectations = c.expectations.map(JSON.string).joined(separator: ",")
        let named = c.named.map(JSON.string).joined(separator: ",")
        let held = c.held.map(JSON.string).joined(separator: ",")
        return "{\"dialogue\":\(JSON.string(dialogue)),\"step\":\(JSON.string(step)),\"verdict\":\(JSON.string(c.verdict.rawValue)),"
            + "\"misconception\":\(c.misconception.map(JSON.string) ?? "null"),\"expectations\":[\(expectations)],"
            + "\"named\":[\(named)],\"held\":[\(held)],\"doubted\":\(c.doubted.map(JSON.string) ?? "null"),"
            + "\"why\":\(JSON.string(c.why))}"
    }
}

import ArgumentParser
import DialogueKit
import Foundation
import TutorEngine

struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Classify a learner's answer and show why (one JSON object per answer).",
        discussion: """
        Without --step the dialogue's first question step is used. With --stdin every \
        line of standard input is one answer, and every answer gets one line of JSON.
        """
    )

    @OptionGroup var content: ContentOptions
    @Option(help: "The dialogue id.") var dialogue: String
    @Option(help: "The step id (default: the first question step).") var step: String?
    @Flag(help: "Read one answer per line from standard input.") var stdin = false
    @Argument(help: "The answer to classify.") var answer: [String] = []

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
        guard let step = step.map({ dialogue.step($0) }) ?? dialogue.firstQuestion, step.kind == .question else {
            let known = dialogue.steps.filter { $0.kind == .question }.map(\.id).joined(separator: ", ")
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
        let expectations = c.expectations.map(string).joined(separator: ",")
        return "{\"dialogue\":\(string(dialogue)),\"step\":\(string(step)),\"verdict\":\(string(c.verdict.rawValue)),"
            + "\"misconception\":\(c.misconception.map(string) ?? "null"),\"expectations\":[\(expectations)],"
            + "\"why\":\(string(c.why))}"
    }

    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

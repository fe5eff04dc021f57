import ArgumentParser
import DialogueKit
import Foundation
import TutorEngine

struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work through a dialogue offline, in the terminal, as one learner.",
        discussion: "The same engine and wording as the server. Type /help during play for the commands."
    )

    @OptionGroup var content: ContentOptions
    @Option(help: "The dialogue id (default: choose from a list).") var dialogue: String?
    @Option(help: "A seed that makes the tutor's choice of wording repeatable.") var seed: UInt64?

    func run() throws {
        let tutor = Tutor(content: try content.load())
        guard let id = try dialogue ?? choose(from: tutor.content.dialogues) else { return }
        var (session, turn) = try startOrExplain(tutor, id)
        show(turn)
        while session.phase != .finished {
            print("> ", terminator: "")
            fflush(nil)
            guard let line = readLine(strippingNewline: true) else { print(""); return }
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "/quit", "/exit": return
            case "/help": showHelp(); continue
            default: break
            }
            guard let input = LearnerInput.parse(line) else {
                print("There is no command \(line.split(separator: " ").first ?? ""). Type /help to see the commands.")
                continue
            }
            show(tutor.handle(input, session: &session, now: Date()))
        }
    }

    private func startOrExplain(_ tutor: Tutor, _ id: String) throws -> (TutorSession, TutorTurn) {
        do {
            return try tutor.start(id, seed: seed ?? UInt64.random(in: 0...UInt64.max), now: Date())
        } catch {
            let known = tutor.content.dialogues.map(\.id).sorted().joined(separator: ", ")
            throw ValidationError("\(error) Known dialogues: \(known).")
        }
    }

    private func choose(from dialogues: [Dialogue]) throws -> String? {
        print("Dialogues:")
        for (number, dialogue) in zip(1..., dialogues) {
            print("  \(number). \(dialogue.title) (\(dialogue.id), \(dialogue.subject))")
        }
        while true {
            print("Which one? Type its number or id: ", terminator: "")
            fflush(nil)
            guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { return nil }
            if let number = Int(line), dialogues.indices.contains(number - 1) { return dialogues[number - 1].id }
            if dialogues.contains(where: { $0.id == line }) { return line }
            print("There is no dialogue '\(line)'.")
        }
    }

    private func show(_ turn: TutorTurn) {
        for event in turn.events { print(event.text) }
    }

    private func showHelp() {
        print("Type your answer on a line, or one of these commands:")
        for (name, help) in LearnerInput.commands { print("  \(name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(help)") }
        print("  /help            this list")
        print("  /quit            leave (offline play keeps nothing)")
    }
}

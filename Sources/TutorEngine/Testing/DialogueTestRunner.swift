import DialogueKit
import Foundation

/// Runs dialogue tests written as data (`ID.tests.yaml`): example answers against the classifier,
/// scripted conversations against the tutor. Used by `lyceum check` and by `swift test`.
public struct DialogueTestRunner: Sendable {
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        public var location: SourceLocation
        public var message: String
        public var description: String { "\(location): test failed: \(message)" }
    }

    public struct Report: Sendable, Equatable {
        public var passed = 0
        public var failures: [Failure] = []
        public var failed: Int { failures.count }
        public mutating func add(_ other: Report) {
            passed += other.passed
            failures += other.failures
        }
    }

    public let tutor: Tutor
    /// The fixed clock of every scripted conversation.
    static let epoch = Date(timeIntervalSince1970: 1_800_000_000)

    public init(tutor: Tutor) { self.tutor = tutor }

    /// Runs every test of every dialogue that has tests.
    public func runAll() -> Report {
        var report = Report()
        for id in tutor.content.tests.keys.sorted() {
            if let tests = tutor.content.tests[id] { report.add(run(tests)) }
        }
        return report
    }

    public func run(_ tests: DialogueTests) -> Report {
        var report = Report()
        guard let dialogue = tutor.content.dialogue(tests.dialogueID) else {
            report.failures.append(Failure(location: tests.source,
                                           message: "no dialogue '\(tests.dialogueID)' for these tests"))
            return report
        }
        for example in tests.examples {
            if let failure = check(example, dialogue) { report.failures.append(failure) } else { report.passed += 1 }
        }
        for conversation in tests.conversations {
            if let failure = play(conversation, dialogue) { report.failures.append(failure) } else { report.passed += 1 }
        }
        return report
    }

    func check(_ example: ExampleAnswer, _ dialogue: Dialogue) -> Failure? {
        let found: Step? = if let discussion = example.discussion {
            dialogue.discussionStep(discussion)
        } else {
            example.step.map { dialogue.step($0) } ?? dialogue.firstQuestion
        }
        guard let step = found else {
            let what = example.discussion.map { "discussion of step '\($0)'" } ?? "step '\(example.step ?? "")'"
            return Failure(location: example.source, message: "no \(what) in '\(dialogue.id)'")
        }
        let got = tutor.classifier.classify(example.answer, dialogue: dialogue.id, step: step.id)
        var problems: [String] = []
        if got.verdict.rawValue != example.verdict {
            problems.append("verdict \(got.verdict.rawValue), expected \(example.verdict)")
        }
        if let expected = example.misconception, got.misconception != expected {
            problems.append("misconception \(got.misconception ?? "none"), expected \(expected)")
        }
        if let expected = example.expectations, Set(expected) != Set(got.expectations) {
            problems.append("expectations [\(got.expectations.joined(separator: ", "))], expected [\(expected.joined(separator: ", "))]")
        }
        if let expected = example.named, Set(expected) != Set(got.named) {
            problems.append("named [\(got.named.joined(separator: ", "))], expected [\(expected.joined(separator: ", "))]")
        }
        if let nearMiss = example.nearMiss {
            if got.verdict == .correct { problems.append("a near-miss of '\(nearMiss)' was classified correct") }
            // A misconception is remediated whatever else the answer covers; otherwise the
            // near-miss must not get credit for the expectation whose words it reuses.
            if got.verdict != .misconception && got.expectations.contains(nearMiss) {
                problems.append("a near-miss covers '\(nearMiss)'")
            }
        }
        guard !problems.isEmpty else { return nil }
        return Failure(location: example.source,
                       message: "\"\(example.answer)\" (step \(step.id)): \(problems.joined(separator: "; ")) (why: \(got.why))")
    }

    func play(_ conversation: Conversation, _ dialogue: Dialogue) -> Failure? {
        var session: TutorSession?
        if conversation.turns.first?.say.lowercased().hasPrefix("/start") != true {
            // Without an explicit /start the dialogue starts and the goal is skipped.
            guard var started = try? tutor.start(dialogue.id, seed: conversation.seed, now: Self.epoch).0 else {
                return Failure(location: conversation.source, message: "cannot start '\(dialogue.id)'")
            }
            _ = tutor.handle(.line(""), session: &started, now: Self.epoch)
            session = started
        }
        for (number, turn) in zip(1..., conversation.turns) {
            let reply: TutorTurn
            if turn.say.lowercased().hasPrefix("/start") {
                guard let (started, startTurn) = try? tutor.start(dialogue.id, seed: conversation.seed, now: Self.epoch) else {
                    return Failure(location: turn.source, message: "cannot start '\(dialogue.id)'")
                }
                session = started
                reply = startTurn
            } else if var current = session, let input = LearnerInput.parse(turn.say) {
                reply = tutor.handle(input, session: &current, now: Self.epoch)
                session = current
            } else {
                return Failure(location: turn.source, message: "conversation '\(conversation.name)', turn \(number): unknown command '\(turn.say)'")
            }
            let moves = reply.moves.map(\.rawValue)
            let said = reply.text.replacingOccurrences(of: "\n", with: " / ")
            if !turn.expect.contains(where: moves.contains) {
                return Failure(location: turn.source, message:
                    "conversation '\(conversation.name)', turn \(number) (\"\(turn.say)\"): expected \(turn.expect.joined(separator: " or ")), got [\(moves.joined(separator: ", "))]; the tutor said: \(said)")
            }
            if let says = turn.says, reply.text.range(of: says, options: .caseInsensitive) == nil {
                return Failure(location: turn.source, message:
                    "conversation '\(conversation.name)', turn \(number) (\"\(turn.say)\"): expected the reply to say \"\(says)\"; the tutor said: \(said)")
            }
        }
        return nil
    }
}

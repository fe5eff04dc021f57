import DialogueKit
import Foundation
import Testing
@testable import TutorEngine

/// The bundled Dialogues/ and Prompts/ load cleanly and pass their own tests.
@Suite struct BundledContentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let loaded = ContentLoader.load(dialogues: root.appendingPathComponent("Dialogues").path,
                                           prompts: root.appendingPathComponent("Prompts").path)

    @Test func theBundledContentHasNoDiagnostics() {
        #expect(Self.loaded.diagnostics.map(\.description) == [])
    }

    static let required: [(id: String, question: String, misconceptions: [String])] = [
        ("fractions-addition", "What is 1/2 + 1/3?", ["add-across", "numerators-not-scaled"]),
        ("decimals-compare", "Which is larger, 0.25 or 0.3?", ["longer-is-larger"]),
        ("falling-objects", "A bowling ball and a tennis ball are dropped from the same height at the same moment. Ignoring air resistance, which hits the ground first?", ["heavier-falls-faster"]),
        ("force-and-motion", "A hockey puck slides across frictionless ice after the stick stops touching it. What keeps the puck moving?", ["motion-needs-force"]),
        ("photosynthesis-mass", "A seed grows into a 500 kg tree. Where does most of that mass come from?", ["mass-from-soil", "mass-from-water", "mass-from-sunlight"]),
        ("seasons", "Why is it warmer in summer than in winter?", ["distance-to-sun"]),
        ("circuits-current", "A battery lights one bulb. How does the current in the wire going into the bulb compare with the current in the wire coming out?", ["current-used-up"]),
    ]

    @Test(arguments: required.map(\.id))
    func eachRequiredDialogueHasItsFirstQuestionAndShape(id: String) throws {
        let spec = try #require(Self.required.first { $0.id == id })
        let found = Self.loaded.content.dialogue(id)
        let dialogue = try #require(found, "no dialogue \(id)")
        let first = try #require(dialogue.firstQuestion)
        #expect(first.text.trimmingCharacters(in: .whitespacesAndNewlines) == spec.question)
        #expect(Set(first.misconceptions.map(\.id)).isSuperset(of: spec.misconceptions))
        let questions = dialogue.steps.filter { $0.kind == .question }
        #expect(questions.count >= 3)
        #expect(questions.flatMap(\.misconceptions).count >= 2)
        #expect(questions.contains { !($0.checkpoint?.discussion.isEmpty ?? true) })
        let tests = Self.loaded.content.tests[id]
        #expect(tests != nil, "no \(id).tests.yaml")
    }

    @Test(arguments: required.map(\.id))
    func eachDialoguePassesItsDataTests(id: String) throws {
        let found = Self.loaded.content.tests[id]
        let tests = try #require(found, "no \(id).tests.yaml")
        let report = DialogueTestRunner(tutor: Tutor(content: Self.loaded.content)).run(tests)
        #expect(report.failures.map(\.description) == [])
        #expect(report.passed > 0)
    }

    /// Every checkpoint's discussion is a question of its own, tested as data: at least three right
    /// answers, three lines asserting each misconception, and three wrong answers that are not correct.
    @Test(arguments: required.map(\.id))
    func eachCheckpointDiscussionHasItsOwnDetectorsAndTests(id: String) throws {
        let dialogue = try #require(Self.loaded.content.dialogue(id))
        let checkpoints = dialogue.steps.filter { $0.checkpoint != nil }
        #expect(!checkpoints.isEmpty)
        for step in checkpoints {
            let discussion = try #require(step.checkpoint?.question)
            #expect(!discussion.expectations.isEmpty && discussion.summary != nil, "\(id)/\(step.id)")
            let examples = Self.loaded.content.tests[id]?.examples.filter { $0.discussion == step.id } ?? []
            #expect(examples.filter { $0.verdict == "correct" }.count >= 3, "\(id)/\(step.id): right answers")
            #expect(examples.filter { $0.verdict != "correct" && $0.verdict != "misconception" }.count >= 3,
                    "\(id)/\(step.id): wrong answers or denials")
            for misconception in discussion.misconceptions {
                #expect(examples.filter { $0.misconception == misconception.id }.count >= 3, "\(id)/\(step.id)/\(misconception.id)")
            }
        }
    }
}

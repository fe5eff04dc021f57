import DialogueKit
import Foundation
@testable import TutorEngine

/// A small dialogue built in Swift, with wording that names each prompt kind and shows
/// its variables as `name=value`, so tests can read which move the tutor made with what.
enum Fixture {
    static let here = SourceLocation(file: "fixture.yaml")
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static let dialogue = Dialogue(
        id: "sky", title: "The sky", subject: "Physics",
        skills: [Skill(id: "scatter", name: "Scattering"), Skill(id: "sum", name: "Adding")],
        steps: [
            Step(id: "why-blue", text: "Why is the sky blue?", skills: ["scatter"],
                 expectations: [
                    Expectation(id: "scatter", match: .phrase("scattering"),
                                hints: ["Think about what air does to light."],
                                prompts: [Prompt(ask: "Air molecules ... blue light?", answer: .phrase("scatter"))],
                                assertion: "Air scatters blue light more than red.",
                                keywords: .phrase("air"), probe: "What does the air do to the light?", source: here),
                    Expectation(id: "short", match: .phrase("short wavelength"),
                                hints: ["Which colour has the shortest wavelength?"],
                                assertion: "Blue light has a short wavelength.", source: here),
                 ],
                 misconceptions: [
                    Misconception(id: "reflects-ocean", match: .phrase("ocean"), source: "Test",
                                  remediation: "Is the sky blue over a desert?",
                                  explanation: "The sky is blue far from any sea.", location: here),
                 ],
                 summary: "Short blue wavelengths scatter most.",
                 check: CheckQuestion(ask: "Which colour scatters most?", answer: .phrase("blue")),
                 source: here),
            Step(id: "info", kind: .info, text: "Now some arithmetic.", source: here),
            Step(id: "add", text: "What is 2 + 3?", skills: ["sum"],
                 expectations: [Expectation(id: "five", match: .number(NumberLiteral(text: "5", value: 5), tolerance: nil),
                                            assertion: "2 + 3 = 5.", source: here)],
                 summary: "Five.",
                 check: CheckQuestion(ask: "What is 3 + 2?",
                                      answer: .number(NumberLiteral(text: "5", value: 5), tolerance: nil)),
                 checkpoint: Checkpoint(discussion: "Is 2 + 3 always 3 + 2?"),
                 source: here),
        ],
        reflection: "What surprised you?",
        source: here)

    static var prompts: PromptLibrary {
        var variants: [PromptKind: [PromptVariant]] = [:]
        for kind in PromptKind.allCases {
            let fields = kind.variables.sorted().map { "\($0)={{\($0)}}" }.joined(separator: " ")
            let text = "\(kind.rawValue): \(fields)"
            variants[kind] = (0..<max(1, kind.minimumVariants)).map {
                PromptVariant(template: "\(text) #\($0)", source: here)
            }
        }
        return PromptLibrary(variants)
    }

    static var tutor: Tutor {
        Tutor(content: Content(dialogues: [dialogue], concepts: ConceptSets(), prompts: prompts))
    }

    /// A tutor session past the goal question, on the first step.
    static func started(seed: UInt64 = 1) -> (Tutor, TutorSession) {
        let tutor = tutor
        var (session, _) = try! tutor.start("sky", seed: seed, now: now)
        _ = tutor.handle(.line(""), session: &session, now: now)
        return (tutor, session)
    }
}

extension Tutor {
    /// Handles a typed line the way a learner types it.
    func say(_ text: String, _ session: inout TutorSession) -> TutorTurn {
        handle(LearnerInput.parse(text)!, session: &session, now: Fixture.now)
    }
}

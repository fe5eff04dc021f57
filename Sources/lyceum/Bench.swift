import ArgumentParser
import DialogueKit
import Foundation
import TutorEngine

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks (run them in a release build: swift run -c release lyceum bench ...).",
        subcommands: [ClassifyBench.self]
    )
}

struct ClassifyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify every example answer of the dialogues many times; print the time per answer."
    )

    @OptionGroup var content: ContentOptions
    @Option(help: "How many times each example answer is classified.") var rounds = 200

    func run() throws {
        let loaded = try content.load(tests: true)
        let classifier = Classifier(concepts: loaded.concepts, dialogues: loaded.dialogues)
        var cases: [(answer: String, dialogue: String, step: String)] = []
        for (id, tests) in loaded.tests {
            guard let dialogue = loaded.dialogue(id) else { continue }
            for example in tests.examples {
                guard let step = example.discussion.map(Discussion.stepID) ?? example.step ?? dialogue.firstQuestion?.id
                else { continue }
                cases.append((example.answer, id, step))
            }
        }
        guard !cases.isEmpty else { throw ValidationError("No example answers found in the dialogue tests.") }
        for c in cases { _ = classifier.classify(c.answer, dialogue: c.dialogue, step: c.step) }  // warm up
        var samples: [Int64] = []
        samples.reserveCapacity(cases.count * rounds)
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            for c in cases {
                let start = clock.now
                let result = classifier.classify(c.answer, dialogue: c.dialogue, step: c.step)
                let elapsed = clock.now - start
                precondition(!result.why.isEmpty)
                samples.append(elapsed.components.attoseconds / 1_000_000_000 + elapsed.components.seconds * 1_000_000_000)
            }
        }
        samples.sort()
        func micro(_ q: Double) -> String {
            let ns = samples[min(samples.count - 1, Int(Double(samples.count) * q))]
            return String(format: "%.1f µs", Double(ns) / 1000)
        }
        print("classified \(cases.count) example answers x \(rounds) rounds = \(samples.count) classifications")
        print("median \(micro(0.5))  p90 \(micro(0.9))  p99 \(micro(0.99))  max \(micro(1.0))")
        print("target: median <= 20 µs, p99 <= 200 µs")
    }
}

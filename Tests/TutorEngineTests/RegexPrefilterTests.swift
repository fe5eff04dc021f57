import DialogueKit
import Foundation
import TextAnalysis
import Testing
@testable import TutorEngine

@Suite struct RegexPrefilterTests {
    @Test(arguments: [
        (#"\bneither\b"#, ["neither"]),
        // The most selective mandatory part: its shortest literal is the longest.
        (#"\b(no|not|isn t) (brighter|dimmer) than"#, ["brighter", "dimmer"]),
        (#"\b(dimmer|dim|less bright) than (the )?(first|1st)\b"#, [" than "]),
        (#"(\bnot|n't) (as|so) bright"#, [" bright"]),
        (#"/\s*6(?![0-9])"#, ["/"]),
        (#"\b1\s*(\+|plus|and|add)\s*1\b"#, ["1"]),
        (#"colou?r"#, ["colo"]),
        (#"(a|b)c|de"#, ["a", "b", "de"]),
        (#"\b(get|gets)\s+more\b(?!\s+(pieces|slices))"#, ["more"]),
    ])
    func literals(_ pattern: String, _ expected: [String]) {
        #expect(RegexPrefilter.requiredLiterals(pattern) == expected)
    }

    @Test(arguments: [
        #"(?i)abc"#,                                                      // flags
        #"\Qa.b\E"#,                                                      // quoted text
        #"(a|)b?"#,                                                        // an empty alternative, nothing else
        #"x*"#,                                                             // nothing mandatory
        #"[abc]+"#,                                                         // a class only
        #"(?<name>abc)"#,                                                  // a named group
    ])
    func notUnderstoodMeansAlwaysRun(_ pattern: String) {
        #expect(RegexPrefilter.requiredLiterals(pattern) == nil)
    }

    /// Sound on the real content: a pattern the prefilter would skip never matches, for every
    /// pattern of the bundled detectors and every example answer of the bundled tests.
    @Test func neverSkipsAMatchOfTheBundledContent() throws {
        let content = BundledContentTests.loaded.content
        var patterns: Set<String> = []
        func collect(_ detector: Detector) {
            switch detector {
            case .regex(let p): patterns.insert(p)
            case .any(let parts), .all(let parts), .near(let parts, _): parts.forEach(collect)
            case .not(let inner), .only(let inner): collect(inner)
            case .claim(let about, let holds, let unless):
                collect(holds); about.map(collect); unless.map(collect)
            case .phrase, .concept, .number, .compare: break
            }
        }
        for set in content.concepts.sets.values { set.alternatives.forEach(collect) }
        for dialogue in content.dialogues {
            for step in dialogue.steps + dialogue.discussionSteps {
                step.expectations.forEach { collect($0.match); $0.keywords.map(collect) }
                step.misconceptions.forEach { collect($0.match) }
            }
        }
        let answers = content.tests.values.flatMap { $0.examples.map { AnalyzedText($0.answer).normalized } }
        #expect(patterns.count > 50)
        #expect(answers.count > 1000)
        var skipped = 0
        for pattern in patterns {
            let box = RegexBox(pattern)
            guard let prefilter = box.prefilter else { continue }
            for normalized in answers {
                guard !RegexPrefilter.admits(normalized, prefilter) else { continue }
                skipped += 1
                #expect(box.ranges(in: String(decoding: normalized, as: UTF8.self), limit: 1).isEmpty,
                        "\(pattern) was skipped on \"\(String(decoding: normalized, as: UTF8.self))\" but matches it")
            }
        }
        #expect(skipped > 10_000)
    }
}

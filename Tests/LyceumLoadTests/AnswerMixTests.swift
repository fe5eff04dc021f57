import Testing
import LyceumCore
@testable import LyceumLoad

@Suite struct AnswerMixTests {
    @Test(arguments: [
        ("correct=1", [AnswerKind.correct: 1]),
        ("correct=40,partial=20,misconception=20,unrecognized=20", [.correct: 40, .partial: 20, .misconception: 20, .unrecognized: 20]),
        (" misconception = 3 , unrecognized=0", [.misconception: 3, .unrecognized: 0]),
    ])
    func parses(text: String, weights: [AnswerKind: Int]) throws {
        #expect(try AnswerMix(parsing: text).weights == weights)
    }

    @Test(arguments: ["", "correct", "right=3", "correct=-1", "correct=0", "correct=x"])
    func refusesWithASentence(text: String) {
        #expect(throws: LoadError.self) { try AnswerMix(parsing: text) }
    }

    @Test func rollsFallIntoTheWeightsInOrder() {
        let mix = AnswerMix([.correct: 2, .partial: 1, .unrecognized: 1])
        #expect((0..<4).map(mix.kind(at:)) == [.correct, .correct, .partial, .unrecognized])
    }

    @Test func aSeededMixRepeatsAndFollowsTheWeights() {
        var a = SeededRandom(seed: 7), b = SeededRandom(seed: 7)
        let picksA = (0..<1000).map { _ in AnswerMix.standard.pick(using: &a) }
        let picksB = (0..<1000).map { _ in AnswerMix.standard.pick(using: &b) }
        #expect(picksA == picksB)
        let correct = picksA.filter { $0 == .correct }.count
        #expect((330...470).contains(correct))
    }

    @Test func aStepWithoutAPartialAnswerGivesACorrectOneAndSaysSo() {
        var random = SeededRandom(seed: 1)
        let first = DialogueScript.decimals.answer(step: 0, kind: .partial, using: &random)
        #expect(first.kind == .correct)
        let second = DialogueScript.decimals.answer(step: 1, kind: .partial, using: &random)
        #expect(second.kind == .partial)
        #expect(["tenths", "0.3 has more", "3 is bigger than 2"].contains(second.text))
    }
}

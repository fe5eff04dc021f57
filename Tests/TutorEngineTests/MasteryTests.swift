import DialogueKit
import Testing
@testable import TutorEngine

@Suite struct MasteryTests {
    @Test func aCorrectAnswerRaisesAndAWrongOneLowersTheEstimate() {
        let p = BKTParameters.default
        // P(L|correct) = 0.3*0.9 / (0.27 + 0.7*0.2) = 0.6585; then learning: + (1-0.6585)*0.2
        #expect(abs(Mastery.update(0.3, correct: true, p) - 0.7268) < 0.001)
        // P(L|wrong) = 0.3*0.1 / (0.03 + 0.7*0.8) = 0.0508; then learning
        #expect(abs(Mastery.update(0.3, correct: false, p) - 0.2407) < 0.001)
    }

    @Test func threeFirstTryCorrectAnswersReachMasteryWithTheDefaults() {
        var known = BKTParameters.default.prior
        for _ in 0..<2 { known = Mastery.update(known, correct: true, .default) }
        #expect(!Mastery.isMastered(known))
        known = Mastery.update(known, correct: true, .default)
        #expect(Mastery.isMastered(known))
    }

    @Test(arguments: [(0.0, "[----------]"), (0.5, "[#####-----]"), (1.0, "[##########]")])
    func barsAreReadableOnAnyTerminal(known: Double, bar: String) {
        #expect(Mastery.bar(known) == bar)
    }
}

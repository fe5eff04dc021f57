import Testing
@testable import TextAnalysis

/// The reasons an answer gives and the false working it shows, which the tutor doubts
/// before praising a right result.
@Suite("Reasons and working")
struct ReasonTests {
    static func reasons(_ text: String) -> [String] {
        let analyzed = AnalyzedText(text)
        return analyzed.reasons.map { analyzed.text($0.lo, $0.hi) }
    }

    static func falseEquations(_ text: String) -> [String] {
        let analyzed = AnalyzedText(text)
        return analyzed.falseEquations.map { analyzed.text($0.lo, $0.hi) }
    }

    @Test(arguments: [
        ("they land together because they are both round balls", ["they are both round balls"]),
        ("same time cos gravity pulls them the same", ["gravity pulls them the same"]),
        ("0.3 since 0.25 has more digits, so it is smaller", ["0.25 has more digits"]),
        ("1/2 because the pizza is cut into fewer slices so they are larger", ["the pizza is cut into fewer slices"]),
        // A reason that says nothing, an answer that is all reason, a reason sentence after a question.
        ("they land together because i think so", []),
        ("because the earth is tilted", []),
        ("Why is it warmer? Because of the tilt.", []),
        ("it has been tilted since 2000", []),
        ("they land together", []),
    ])
    func reasonsAreTheWordsAfterBecauseToTheEndOfTheStatement(_ text: String, _ expected: [String]) {
        #expect(Self.reasons(text) == expected)
    }

    @Test(arguments: [
        ("1/2 = 2/6 and 1/3 = 3/6 so its 5/6", ["1 / 2 = 2 / 6", "1 / 3 = 3 / 6"]),
        ("5/6 because 1/2 is 2/6", ["1 / 2 is 2 / 6"]),
        ("0.3 is the same as 0.03", ["0.3 is the same as 0.03"]),
        ("0.3 equals 0.03", ["0.3 equals 0.03"]),
        ("0.3 has more tenths because 3 tenths is the same as 3 hundredths", ["3 tenths is the same as 3 hundredths"]),
        ("3 tenths is 300 hundredths so it beats 25 hundredths", ["3 tenths is 300 hundredths"]),
        // True equations, sums, shorthand and counts are not false working.
        ("1/2 = 3/6 and 1/3 = 2/6 so 5/6", []),
        ("1/2 + 1/3 = 5/6", []),
        ("half = 3, third = 2", []),
        ("1/2 is 3 pieces", []),
        ("0.3 = 0.30", []),
        ("0.3 is 3 tenths and 0.25 is 25 hundredths", []),
        ("3 tenths is 30 hundredths", []),
        ("0.25 is 25 hundredths = 25 squares", []),
        ("0.3 = 3 tenths and 0.25 = 2 tenths and a bit", []),
        ("0.45 is 5 hundredths more", []),
    ])
    func falseEquationsAreFoundAndTrueOnesAreNot(_ text: String, _ expected: [String]) {
        #expect(Self.falseEquations(text) == expected)
    }

    @Test func liftingNegationReadsWhatIsDenied() {
        let text = AnalyzedText("the bulb doesnt use up current")
        #expect(text.tokens.contains { $0.negatedBy >= 0 })
        #expect(!text.withoutNegation.tokens.contains { $0.negatedBy >= 0 })
    }

    @Test func everythingStartsANewSubjectAfterANegatedNoun() {
        #expect(negatedWords("with no air everything falls together") == "air")
    }
}
